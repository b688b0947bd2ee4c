"""Stage 4, views (decisions): the order, the grouping by programme and område, and which
decisions a programme's and an indsats' pages list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from macros.data.fields import DecisionStatus, DecisionType
from macros.data.models import Decision, Portfolio
from macros.data.validate import load_portfolio
from macros.views.decisions import (
    NO_AREA,
    DecisionRow,
    by_programme,
    decision_rows,
    decisions_by_initiative,
    decisions_of_programme,
)
from macros.views.views import initiative_rows
from tests.conftest import PROJECT, TESTS

EVERY_FIELD = TESTS / "fixtures" / "every-field"
AS_OF = date(2018, 3, 1)


@pytest.fixture(scope="module")
def portfolio() -> Portfolio:
    return load_portfolio(EVERY_FIELD)


def decision(decision_id: str, **fields: Any) -> Decision:
    """A recommendation of the every-field programme, with `fields` in their YAML names."""
    data = {
        "type": "anbefaling",
        "titel": decision_id,
        "tekst": "Tekst.",
        "program": "sundhedsaftalen",
    }
    return Decision.model_validate({**data, **fields, "id": decision_id})


def rows_of(portfolio: Portfolio, *decisions: Decision) -> tuple[DecisionRow, ...]:
    """The rows of `portfolio` with `decisions` in place of its own."""
    changed = replace(portfolio, decisions={each.id: each for each in decisions})
    return decision_rows(changed, initiative_rows(changed, AS_OF))


def test_a_row_has_the_programme_group_and_indsatser_the_file_names(
    portfolio: Portfolio,
) -> None:
    (row,) = decision_rows(portfolio, initiative_rows(portfolio, AS_OF))
    assert row.decision.type is DecisionType.DECISION
    assert row.decision.status is DecisionStatus.ADOPTED
    assert (row.programme.id, row.group and row.group.id) == (
        "sundhedsaftalen",
        "behandling-og-pleje",
    )
    assert [linked.initiative.id for linked in row.initiatives] == ["sambo", "afsluttet"]
    assert (row.href, row.title) == (
        "beslutninger/samarbejdsaftale/",
        "Beslutning 2: En fælles samarbejdsaftale",
    )


def test_words_shown_for_type_and_status() -> None:
    assert [kind.label for kind in DecisionType] == ["Anbefaling", "Beslutning", "Mulighed"]
    assert [kind.text_heading for kind in DecisionType] == [
        "Anbefalingen",
        "Beslutningen",
        "Muligheden",
    ]
    assert [status.label for status in DecisionStatus] == [
        "Afventer beslutning",
        "Vedtaget",
        "Forkastet",
    ]
    assert decision("uden-nummer").label == "Anbefaling"


def test_numbered_decisions_come_first_by_number_then_the_rest_by_file_name(
    portfolio: Portfolio,
) -> None:
    rows = rows_of(
        portfolio,
        decision("b"),
        decision("a"),
        decision("tiende", nummer=10),
        decision("anden", nummer=2),
    )
    assert [row.decision.id for row in rows] == ["anden", "tiende", "a", "b"]


def test_areas_keep_the_order_their_first_decision_has_and_the_unplaced_come_last(
    portfolio: Portfolio,
) -> None:
    rows = rows_of(
        portfolio,
        decision("en", nummer=1, område="Økonomi"),
        decision("to", nummer=2),
        decision("tre", nummer=3, område="Jura"),
        decision("fire", nummer=4, område="Økonomi"),
    )
    (section,) = by_programme(rows, portfolio.programmes.values())
    assert [(area.name, [r.decision.id for r in area.rows]) for area in section.areas] == [
        ("Økonomi", ["en", "fire"]),
        ("Jura", ["tre"]),
        (NO_AREA, ["to"]),
    ]


def test_a_programme_without_areas_has_one_unnamed_group(portfolio: Portfolio) -> None:
    rows = rows_of(portfolio, decision("en"), decision("to"))
    (section,) = by_programme(rows, portfolio.programmes.values())
    assert [(area.name, len(area.rows)) for area in section.areas] == [(None, 2)]


def test_programmes_without_decisions_are_left_out() -> None:
    example = load_portfolio(PROJECT / "portfolio")
    rows = decision_rows(example, initiative_rows(example, AS_OF))
    programmes = sorted(example.programmes.values(), key=lambda programme: programme.name)
    sections = by_programme(rows, programmes)
    assert [section.programme.id for section in sections] == ["telekol-syd"]
    areas = [area.name for area in sections[0].areas]
    assert areas == [
        "Organisering af opgaveudførelse",
        "Juridisk organisering",
        "Økonomi og samfinansiering",
        "Indkøb og marked",
    ]
    numbers = [row.decision.number for area in sections[0].areas for row in area.rows]
    assert numbers == list(range(1, 11))
    assert decisions_of_programme(rows, "sundhedsaftalen-2015-2018") == ()
    assert len(decisions_of_programme(rows, "telekol-syd")) == 10


def test_each_indsats_gets_the_decisions_that_name_it(portfolio: Portfolio) -> None:
    rows = rows_of(
        portfolio,
        decision("en", nummer=1, indsatser=["sambo"]),
        decision("to", nummer=2, indsatser=["afsluttet", "sambo"]),
        decision("tre", nummer=3),
    )
    named = decisions_by_initiative(rows)
    assert {key: [row.decision.id for row in value] for key, value in named.items()} == {
        "sambo": ["en", "to"],
        "afsluttet": ["to"],
    }
