"""Stage 4, views (money): each amount's words, and sums that add only amounts paid alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from macros.core.period_parser import parse_period
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
    # One amount of each kind and period: nothing to add up.
    assert found.sums == ()


def test_a_sum_adds_only_amounts_of_one_kind_and_one_period() -> None:
    portfolio = load_portfolio(TESTS.parent / "portfolio")
    found = budget(initiative_rows(portfolio, date(2023, 5, 15)))
    assert [(s.heading, s.count, s.total, s.co_financed, s.shared) for s in found.sums] == [
        ("Årlige beløb 2024–2026", 2, "1.852.200 kr.", "926.100 kr.", 2),
    ]


def test_without_amounts_a_budget_is_empty() -> None:
    assert budget(()).lines == ()
    assert budget(()).sums == ()


def test_yearly_amounts_for_different_periods_are_not_added_up() -> None:
    portfolio = load_portfolio(EVERY_FIELD)
    (row, *_) = initiative_rows(portfolio, date(2018, 3, 1))
    yearly = row.initiative.funding[0]
    older = yearly.model_copy(update={"period": parse_period("2016")})
    twice = replace(
        row, initiative=row.initiative.model_copy(update={"funding": (yearly, older, yearly)})
    )
    assert [(s.heading, s.count) for s in budget((twice,)).sums] == [
        ("Årlige beløb 2018–2019", 2),
    ]
