"""Stage 4, views (roll-out): go-live states, plans, the programme matrix and an organisation's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from macros.core.period_parser import parse_period
from macros.data.fields import Colour
from macros.data.models import Portfolio
from macros.data.validate import load_portfolio
from macros.views.rollout import (
    GoLiveState,
    RollOutPlan,
    go_live_state,
    go_lives_of,
    roll_out_matrix,
    roll_out_plans,
)
from macros.views.views import initiative_rows
from tests.conftest import TESTS

EVERY_FIELD = TESTS / "fixtures" / "every-field"
BEFORE = date(2018, 3, 1)


@pytest.fixture(scope="module")
def portfolio() -> Portfolio:
    return load_portfolio(EVERY_FIELD)


def plans_on(portfolio: Portfolio, as_of: date) -> tuple[RollOutPlan, ...]:
    return roll_out_plans(portfolio, initiative_rows(portfolio, as_of), as_of)


@pytest.mark.parametrize(
    ("planned", "live", "as_of", "state"),
    [
        (None, None, BEFORE, GoLiveState.UNDATED),
        ("januar 2024", None, date(2024, 1, 31), GoLiveState.PLANNED),
        ("januar 2024", None, date(2024, 2, 1), GoLiveState.OVERDUE),
        ("januar 2024", "2023-10-02", date(2025, 1, 1), GoLiveState.LIVE),
        (None, "2023-10-02", BEFORE, GoLiveState.LIVE),
    ],
)
def test_a_go_live_is_overdue_only_after_its_whole_planned_period(
    planned: str | None, live: str | None, as_of: date, state: GoLiveState
) -> None:
    as_period = parse_period(planned) if planned else None
    lived = parse_period(live) if live else None
    assert go_live_state(as_period, lived, as_of) is state


def test_each_indsats_and_milestone_with_a_plan_is_one_plan(portfolio: Portfolio) -> None:
    plans = plans_on(portfolio, BEFORE)
    assert [plan.href for plan in plans] == ["indsatser/sambo/", "milepæle/kol-8-1/"]
    assert [plan.key for plan in plans] == ["indsats-sambo", "milepael-kol-8-1"]
    assert [plan.title for plan in plans] == [
        "Videreudvikling af SAM:BO",
        "8.1 Undervisningsmateriale udarbejdet",
    ]


def test_an_organisation_takes_the_waves_date_unless_it_has_its_own(portfolio: Portfolio) -> None:
    wave = plans_on(portfolio, BEFORE)[0].waves[0]
    region, odense = wave.go_lives
    assert (region.organisation.id, str(region.planned)) == ("region-syddanmark", "2. halvår 2018")
    assert (region.state, region.summary) == (GoLiveState.PLANNED, "Planlagt 2. halvår 2018")
    assert (odense.organisation.id, str(odense.planned)) == ("odense-kommune", "marts 2018")
    assert odense.state is GoLiveState.LIVE
    assert odense.summary == "I drift 15. januar 2018 (før planen)"
    assert odense.colour is Colour.GREEN
    assert odense.note == "Startede før planen."


def test_a_planned_go_live_that_passed_says_overdue_with_its_date(portfolio: Portfolio) -> None:
    region = plans_on(portfolio, date(2019, 1, 1))[0].waves[0].go_lives[0]
    assert region.summary == "Overskredet – planlagt 2. halvår 2018"


def test_a_go_live_after_the_planned_period_is_late(portfolio: Portfolio) -> None:
    odense = plans_on(portfolio, BEFORE)[0].waves[0].go_lives[1]
    assert replace(odense, live=parse_period("2019-02-01")).timing == "efter planen"
    assert replace(odense, live=parse_period("2018-03-10")).timing is None


def test_the_matrix_has_a_row_per_organisation_kommuner_first(portfolio: Portfolio) -> None:
    matrix = roll_out_matrix(plans_on(portfolio, BEFORE), "sundhedsaftalen")
    assert [row.organisation.id for row in matrix.rows] == ["odense-kommune", "region-syddanmark"]
    odense, region = matrix.rows
    assert [cell.wave if cell else None for cell in odense.cells] == ["Rul 1", "Bølge 1"]
    assert [cell.wave if cell else None for cell in region.cells] == ["Rul 1", None]
    assert matrix.counts == ((GoLiveState.LIVE, 1), (GoLiveState.PLANNED, 2))
    assert [(plan.key, wave.name) for plan, wave in matrix.notes] == [
        ("indsats-sambo", "Rul 1"),
        ("milepael-kol-8-1", "Bølge 1"),
    ]


def test_a_programme_without_plans_has_an_empty_matrix(portfolio: Portfolio) -> None:
    matrix = roll_out_matrix(plans_on(portfolio, BEFORE), "findes-ikke")
    assert (matrix.plans, matrix.rows, matrix.counts) == ((), (), ())


def test_an_organisation_sees_its_go_lives_in_every_plan(portfolio: Portfolio) -> None:
    found = go_lives_of(plans_on(portfolio, BEFORE), "odense-kommune")
    assert [(f.plan.href, f.go_live.wave) for f in found] == [
        ("indsatser/sambo/", "Rul 1"),
        ("milepæle/kol-8-1/", "Bølge 1"),
    ]


def test_the_plans_organisations_take_part_after_those_under_deltagere(
    portfolio: Portfolio,
) -> None:
    sambo = portfolio.initiatives["sambo"].model_copy(update={"participants": ("odense-kommune",)})
    assert sambo.organisation_ids == ("odense-kommune", "region-syddanmark")
    alone = sambo.model_copy(update={"participants": ()})
    assert alone.organisation_ids == ("region-syddanmark", "odense-kommune")
