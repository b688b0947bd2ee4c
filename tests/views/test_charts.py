"""Stage 4, views (charts): the colours at each status round, and each milestone's trend line."""

from __future__ import annotations

from datetime import date

import pytest

from macros.core.period_parser import parse_period
from macros.data.fields import URGENCY, Colour
from macros.data.models import Initiative, Milestone, MilestoneStatus, Portfolio, Programme
from macros.data.validate import load_portfolio
from macros.views.charts import (
    MAX_ROUNDS,
    MilestoneTrend,
    PointKind,
    colour_rounds,
    milestone_trend,
    round_dates,
)
from macros.views.schedule import milestone_rows
from macros.views.views import colour_summary
from tests.conftest import MINIMAL, PROJECT

GREEN, YELLOW, RED, GREY = Colour.GREEN, Colour.YELLOW, Colour.RED, Colour.GREY


@pytest.fixture(scope="module")
def minimal() -> Portfolio:
    return load_portfolio(MINIMAL)


def initiative(
    minimal: Portfolio, colour: Colour, on: str, history: tuple[tuple[str, Colour], ...] = ()
) -> Initiative:
    """The fixture's indsats with `colour` on `on` and the earlier statuses of `history`."""
    sambo = minimal.initiatives["sambo"]
    entry = sambo.history[0]
    return sambo.model_copy(
        update={
            "colour": colour,
            "status_date": date.fromisoformat(on),
            "history": tuple(
                entry.model_copy(update={"on": date.fromisoformat(d), "colour": c})
                for d, c in history
            ),
        }
    )


def days(*texts: str) -> list[date]:
    return [date.fromisoformat(text) for text in texts]


def test_reports_weeks_apart_are_one_round_dated_by_its_last() -> None:
    rounds = round_dates(days("2018-02-01", "2018-02-20", "2018-02-20", "2018-06-01"))
    assert rounds == [(date(2018, 2, 1), date(2018, 2, 20)), (date(2018, 6, 1), date(2018, 6, 1))]


def test_a_gap_of_more_than_three_weeks_starts_a_new_round() -> None:
    assert len(round_dates(days("2018-02-01", "2018-02-22"))) == 1, "21 days: the same round"
    assert len(round_dates(days("2018-02-01", "2018-02-23"))) == 2, "22 days: the next"


def test_a_round_lasts_a_month_at_most_however_close_the_reports() -> None:
    rounds = round_dates(days("2018-01-01", "2018-01-15", "2018-01-29", "2018-02-12"))
    assert rounds == [(date(2018, 1, 1), date(2018, 1, 29)), (date(2018, 2, 12), date(2018, 2, 12))]


def test_each_round_counts_every_indsats_by_its_latest_status(minimal: Portfolio) -> None:
    indsatser = [
        initiative(minimal, RED, "2018-02-20", (("2017-06-22", GREEN),)),
        initiative(minimal, GREY, "2018-02-01"),  # reports in the last round only
        initiative(minimal, GREEN, "2017-06-20"),  # does not report again: carried forward
    ]
    result = colour_rounds(indsatser, date(2018, 3, 15))
    assert [(r.first, r.on) for r in result.rounds] == [
        (date(2017, 6, 20), date(2017, 6, 22)),
        (date(2018, 2, 1), date(2018, 2, 20)),
    ]
    first, last = result.rounds
    assert [c.colour for c in first.counts] == list(URGENCY), "rød first: the bars' order"
    assert {c.colour: c.count for c in first.counts if c.count} == {GREEN: 2}
    assert first.total == 2, "the one without a status yet is not counted"
    assert first.reported == 2
    assert {c.colour: c.count for c in last.counts if c.count} == {RED: 1, GREY: 1, GREEN: 1}
    assert last.reported == 2, "the carried-forward one did not report in this round"
    assert last.when == "1.–20. februar 2018"
    assert first.when == "20.–22. juni 2017"


def test_a_status_after_the_as_of_date_is_not_counted(minimal: Portfolio) -> None:
    result = colour_rounds([initiative(minimal, RED, "2018-02-20", (("2017-06-22", GREEN),))],
                           date(2018, 1, 1))  # fmt: skip
    assert [(r.on, r.total) for r in result.rounds] == [(date(2017, 6, 22), 1)]
    assert {c.colour for c in result.rounds[0].counts if c.count} == {GREEN}


def test_only_the_latest_rounds_are_kept(minimal: Portfolio) -> None:
    history = tuple((f"{2000 + year}-01-01", YELLOW) for year in range(MAX_ROUNDS + 3))
    result = colour_rounds([initiative(minimal, GREEN, "2020-06-01", history)], date(2021, 1, 1))
    assert len(result.rounds) == MAX_ROUNDS
    assert result.left_out == 4
    assert result.rounds[-1].on == date(2020, 6, 1)


def test_the_latest_round_of_the_example_is_the_home_pages_count() -> None:
    portfolio = load_portfolio(PROJECT / "portfolio")
    as_of = date(2023, 5, 15)
    result = colour_rounds(portfolio.initiatives.values(), as_of)
    latest = {c.colour: c.count for c in result.rounds[-1].counts}
    summary = colour_summary(portfolio.initiatives.values(), as_of)
    assert latest == {row.colour: row.count for row in summary.rows}
    assert result.rounds[-1].total == summary.total == result.initiatives


def trend_of(
    minimal: Portfolio, milestone: Milestone, programme: Programme | None = None
) -> MilestoneTrend:
    """The trend of one milestone on 1 March 2019, in the fixture's programme by default."""
    as_of = date(2019, 3, 1)
    rows = milestone_rows([milestone], (), as_of, 60)
    return milestone_trend(programme or minimal.programmes["sundhedsaftalen"], rows, as_of)


def test_a_milestone_line_runs_from_its_baseline_through_each_revision(minimal: Portfolio) -> None:
    trend = trend_of(minimal, minimal.milestones["kol-8-1"])
    (line,) = trend.lines
    assert [(p.on, p.forecast, p.kind) for p in line.points] == [
        (date(2015, 1, 1), date(2018, 11, 30), PointKind.BASELINE),  # from the programme's start
        (date(2018, 2, 1), date(2019, 8, 31), PointKind.REVISION),
        (date(2019, 3, 1), date(2019, 8, 31), PointKind.EXPECTED),  # forventet, at the as-of date
    ]
    assert line.moved
    assert line.label == "8.1"
    assert trend.drawn_from == "programmets start (2015)"
    assert trend.forecasts == (date(2018, 11, 30), date(2019, 8, 31))


def test_without_a_programme_start_the_baseline_starts_with_the_milestone(
    minimal: Portfolio,
) -> None:
    programme = minimal.programmes["sundhedsaftalen"].model_copy(update={"start": None})
    (line,) = trend_of(minimal, minimal.milestones["kol-8-1"], programme).lines
    assert line.points[0].on == date(2018, 1, 1), "its own start, 1. kvartal 2018"
    bare = minimal.milestones["kol-8-1"].model_copy(update={"start": None})
    (line,) = trend_of(minimal, bare, programme).lines
    assert line.points[0].on == date(2018, 2, 1), "else its first revision"


def test_a_completed_milestone_ends_on_the_diagonal(minimal: Portfolio) -> None:
    done = minimal.milestones["kol-8-1"].model_copy(
        update={"status": MilestoneStatus.DONE, "completed": parse_period("2018-10-05")}
    )
    (line,) = trend_of(minimal, done).lines
    last = line.points[-1]
    assert last.kind is PointKind.COMPLETED
    assert last.on == last.forecast == date(2018, 10, 5)


def test_a_milestone_without_deadline_is_named_not_drawn(minimal: Portfolio) -> None:
    undated = minimal.milestones["kol-8-1"].model_copy(update={"deadline": None, "revisions": ()})
    trend = trend_of(minimal, undated)
    assert trend.lines == ()
    assert [row.milestone.id for row in trend.undated] == ["kol-8-1"]


def test_an_unrevised_milestone_keeps_its_baseline_to_the_as_of_date(minimal: Portfolio) -> None:
    kept = minimal.milestones["kol-8-1"].model_copy(update={"revisions": (), "expected": None})
    (line,) = trend_of(minimal, kept).lines
    assert [(p.forecast, p.kind) for p in line.points] == [
        (date(2018, 11, 30), PointKind.BASELINE),
        (date(2018, 11, 30), PointKind.IN_FORCE),
    ]
    assert not line.moved
