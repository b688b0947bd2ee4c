"""Stage 4, views: what the home page and the listings compute for a given as-of date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest

from macros.core.period_parser import parse_period
from macros.data.fields import Colour
from macros.data.models import Initiative, Portfolio
from macros.data.validate import load_portfolio
from macros.output.pages import way_to_root
from macros.views.views import (
    HomeView,
    group_timeline_rows,
    group_views,
    home_view,
    initiative_rows,
    next_step,
)
from tests.conftest import MINIMAL


@pytest.fixture(scope="module")
def minimal() -> Portfolio:
    return load_portfolio(MINIMAL)


def with_sambo(portfolio: Portfolio, **changes: object) -> Portfolio:
    """The portfolio with its one indsats changed, e.g. colour=Colour.RED."""
    sambo = portfolio.initiatives["sambo"].model_copy(update=changes)
    return replace(portfolio, initiatives=MappingProxyType({"sambo": sambo}))


def home(portfolio: Portfolio, as_of: date) -> HomeView:
    rows = initiative_rows(portfolio, as_of)
    return home_view(portfolio, rows, group_views(portfolio, rows, as_of), as_of)


def test_next_step_is_the_first_dated_step_not_yet_ended(minimal: Portfolio) -> None:
    sambo: Initiative = minimal.initiatives["sambo"]
    assert next_step(sambo, date(2018, 8, 20)) is sambo.steps[0]
    assert next_step(sambo, date(2018, 8, 21)) is None, "undated steps are never next"


def test_upcoming_holds_what_ends_within_60_days(minimal: Portfolio) -> None:
    # The step of 20 August 2018 is 60 days after 21 June and 61 after 20 June.
    assert [i.kind for i in home(minimal, date(2018, 6, 21)).upcoming] == ["Skridt"]
    assert home(minimal, date(2018, 6, 20)).upcoming == ()
    step = minimal.initiatives["sambo"].steps[0].model_copy(update={"when": parse_period("2018")})
    year_long = with_sambo(minimal, steps=(step,))
    assert home(year_long, date(2018, 6, 21)).upcoming == (), "a year is not due within 60 days"


def test_overdue_milestones_use_the_deadline_in_force(minimal: Portfolio) -> None:
    # Baseline november 2018 was revised to august 2019; expected august 2019.
    assert [i.kind for i in home(minimal, date(2019, 3, 1)).overdue] == ["Skridt"]
    overdue = home(minimal, date(2019, 9, 1)).overdue
    assert [(i.kind, i.title) for i in overdue if i.kind == "Milepæl"] == [
        ("Milepæl", "8.1 Undervisningsmateriale udarbejdet")
    ]


def test_a_step_is_overdue_only_when_no_status_came_after_it(minimal: Portfolio) -> None:
    reported = with_sambo(minimal, status_date=date(2018, 9, 1))
    assert [i.kind for i in home(reported, date(2018, 10, 1)).overdue] == []
    assert [i.kind for i in home(minimal, date(2018, 10, 1)).overdue] == ["Skridt"]


def test_needs_action_lists_red_indsatser_that_are_not_completed(minimal: Portfolio) -> None:
    red = with_sambo(minimal, colour=Colour.RED)
    assert [row.initiative.id for row in home(red, date(2018, 3, 1)).needs_action] == ["sambo"]
    done = with_sambo(minimal, colour=Colour.RED, completed=parse_period("2018"))
    assert home(done, date(2018, 3, 1)).needs_action == ()


def test_a_snapshot_never_shows_a_status_from_its_future(minimal: Portfolio) -> None:
    assert home(minimal, date(2018, 2, 19)).latest_changes == ()

    def latest(as_of: date) -> str | None:
        rows = initiative_rows(minimal, as_of)
        return group_views(minimal, rows, as_of)[0].latest_status_date

    assert latest(date(2018, 2, 19)) is None
    assert latest(date(2018, 2, 20)) == "20. februar 2018"


def test_latest_changes_know_the_previous_colour(minimal: Portfolio) -> None:
    (row,) = home(minimal, date(2018, 3, 1)).latest_changes
    assert (row.previous_colour, row.initiative.colour) == (Colour.GREEN, Colour.YELLOW)


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("", ""),
        ("oversigt/", "../"),
        ("grupper/x/", "../../"),
        ("grupper/x/statusrapport/", "../../../"),
    ],
)
def test_way_to_root_climbs_one_folder_per_level(url: str, base: str) -> None:
    assert way_to_root(url) == base


def test_group_timeline_rows_count_what_the_home_page_counts(minimal: Portfolio) -> None:
    as_of = date(2019, 9, 1)
    rows = initiative_rows(minimal, as_of)
    groups = group_views(minimal, rows, as_of)
    timelines = group_timeline_rows(groups, rows, minimal.milestones.values(), as_of)
    assert [row.group for row in timelines] == list(groups)
    dated = sum(1 for i in minimal.initiatives.values() for s in i.steps if s.when)
    assert sum(row.steps for row in timelines) == dated
    assert sum(row.overdue for row in timelines) == len(home(minimal, as_of).overdue)


def test_a_groups_next_date_is_its_first_open_item_not_yet_ended(minimal: Portfolio) -> None:
    as_of = date(2018, 6, 21)
    rows = initiative_rows(minimal, as_of)
    (timeline,) = [
        row
        for row in group_timeline_rows(
            group_views(minimal, rows, as_of), rows, minimal.milestones.values(), as_of
        )
        if row.steps
    ]
    assert timeline.next_item is not None
    assert (timeline.next_item.kind, str(timeline.next_item.when)) == ("Skridt", "20. august 2018")
    groups = group_views(minimal, rows, as_of)
    later = group_timeline_rows(groups, rows, minimal.milestones.values(), date(2030, 1, 1))
    assert all(row.next_item is None for row in later)
    only_steps = group_timeline_rows(groups, rows, (), date(2019, 9, 1))
    assert sum(row.overdue for row in only_steps) == 1, "without milestones, only the step"


@pytest.mark.parametrize(
    "changes",
    [{"colour": Colour.GREY}, {"completed": parse_period("marts 2018")}],
    ids=["grå", "afsluttet"],
)
def test_a_finished_indsats_has_no_next_step(
    minimal: Portfolio, changes: dict[str, object]
) -> None:
    as_of = date(2018, 3, 15)
    assert initiative_rows(minimal, as_of)[0].next_step is not None, "gul, with a step in August"
    row = initiative_rows(with_sambo(minimal, **changes), as_of)[0]
    assert row.finished
    assert row.next_step is None, "a finished indsats' steps are history"
