"""Stage 4, views (money): each amount's words, and sums that add only amounts paid alike."""

from __future__ import annotations

from datetime import date

from macros.data.validate import load_portfolio
from macros.views.funding import budget
from macros.views.views import initiative_rows
from tests.conftest import TESTS

EVERY_FIELD = TESTS / "fixtures" / "every-field"


def test_a_budget_sums_yearly_and_one_off_amounts_apart() -> None:
    portfolio = load_portfolio(EVERY_FIELD)
    found = budget(initiative_rows(portfolio, date(2018, 3, 1)))
    assert [
        (line.row.initiative.id, line.amount, line.frequency, line.co_financed)
        for line in found.lines
    ] == [
        ("sambo", "1.200.000 kr.", "Årligt", "40 % (480.000 kr.)"),
        ("sambo", "250.000 kr.", "Engangsbeløb", ""),
        ("afsluttet", "1.500.000 kr.", "Ikke angivet", ""),
    ]
    assert [(s.heading, s.count, s.total, s.co_financed, s.shared) for s in found.sums] == [
        ("Årlige beløb", 1, "1.200.000 kr.", "480.000 kr.", 1),
        ("Engangsbeløb", 1, "250.000 kr.", "", 0),
        ("Beløb uden angivet hyppighed", 1, "1.500.000 kr.", "", 0),
    ]


def test_without_amounts_a_budget_is_empty() -> None:
    assert budget(()).lines == ()
    assert budget(()).sums == ()
