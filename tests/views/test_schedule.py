"""Stage 4, views (schedule): slip against the baseline, due states on edge dates, timelines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest

from macros.core.period_parser import parse_period
from macros.data.fields import Colour
from macros.data.models import Milestone, MilestoneStatus, Portfolio
from macros.data.validate import load_portfolio
from macros.views.schedule import (
    Due,
    TimelineMarks,
    by_theme,
    colour_changes,
    due,
    group_changes,
    milestone_changes,
    milestone_rows,
    slip_text,
    timeline,
)
from macros.views.views import (
    DatedItem,
    Finish,
    dependencies,
    initiative_rows,
    milestone_items,
    step_items,
    waits_by_href,
)
from tests.conftest import MINIMAL, PROJECT, TESTS

OPEN = MilestoneStatus.STARTED


@pytest.mark.parametrize(
    ("deadline", "as_of", "expected"),
    [
        ("2018-12-31", date(2018, 12, 31), Due.UPCOMING),  # the last day is still on time
        ("2018-12-31", date(2019, 1, 1), Due.OVERDUE),  # across the year end
        ("2020-02-29", date(2020, 2, 29), Due.UPCOMING),  # leap day
        ("2020-02-29", date(2020, 3, 1), Due.OVERDUE),
        ("4. kvartal 2018", date(2018, 12, 31), Due.UPCOMING),  # a quarter ends on its last day
        ("4. kvartal 2018", date(2019, 1, 1), Due.OVERDUE),
        ("1. kvartal 2019", date(2019, 1, 31), Due.UPCOMING),  # ends 31 March: 59 days ahead
        ("1. kvartal 2019", date(2019, 1, 29), Due.LATER),  # 61 days ahead
        ("primo 2019", date(2019, 4, 30), Due.UPCOMING),  # primo = January–April
        ("primo 2019", date(2019, 5, 1), Due.OVERDUE),
        ("medio 2019", date(2019, 8, 31), Due.UPCOMING),  # medio = May–August
        ("ultimo 2019", date(2020, 1, 1), Due.OVERDUE),  # ultimo = September–December
        ("ultimo februar 2019", date(2019, 2, 28), Due.UPCOMING),
        ("ultimo februar 2019", date(2019, 3, 1), Due.OVERDUE),
        ("senest marts 2019", date(2019, 3, 31), Due.UPCOMING),  # senest: the end of March counts
        ("senest marts 2019", date(2019, 4, 1), Due.OVERDUE),
        ("vinteren 2019/20", date(2020, 2, 29), Due.UPCOMING),  # winter ends in February
        ("vinteren 2019/20", date(2020, 3, 1), Due.OVERDUE),
        ("primo marts – medio september 2022", date(2022, 9, 20), Due.UPCOMING),  # the last end
        ("primo marts – medio september 2022", date(2022, 9, 21), Due.OVERDUE),
        # senest before a range: due when the range's last end ends, as senest before one period.
        ("senest primo marts – medio september 2022", date(2022, 9, 20), Due.UPCOMING),
        ("senest primo marts – medio september 2022", date(2022, 9, 21), Due.OVERDUE),
        ("ultimo 2018/primo 2019", date(2019, 4, 30), Due.UPCOMING),  # primo 2019 ends in April
        ("ultimo 2018/primo 2019", date(2019, 5, 1), Due.OVERDUE),
        ("fra marts 2019 til juni 2019", date(2019, 7, 1), Due.OVERDUE),
        ("8.–12. marts 2022", date(2022, 3, 12), Due.UPCOMING),
        ("8.–12. marts 2022", date(2022, 3, 13), Due.OVERDUE),
    ],
)
def test_due_uses_the_end_of_the_deadline_period(deadline: str, as_of: date, expected: Due) -> None:
    assert due(parse_period(deadline), OPEN, as_of, window_days=60) is expected


def test_done_dropped_and_undated_milestones_are_never_overdue() -> None:
    past = parse_period("2017")
    assert due(past, MilestoneStatus.DONE, date(2020, 1, 1), 60) is Due.DONE
    assert due(past, MilestoneStatus.DROPPED, date(2020, 1, 1), 60) is Due.DROPPED
    assert due(None, OPEN, date(2020, 1, 1), 60) is Due.UNDATED


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (None, "–"),
        (0, "Til tiden"),
        (1, "1 dag senere"),
        (-7, "7 dage før tid"),
        (59, "59 dage senere"),
        (243, "243 dage (ca. 8 måneder) senere"),
    ],
)
def test_slip_reads_in_danish(days: int | None, text: str) -> None:
    assert slip_text(days) == text


@pytest.fixture(scope="module")
def minimal() -> Portfolio:
    return load_portfolio(MINIMAL)


def test_a_revised_milestone_keeps_its_baseline_and_slips_by_period_ends(
    minimal: Portfolio,
) -> None:
    rows = initiative_rows(minimal, date(2018, 3, 1))
    (row,) = milestone_rows(minimal.milestones.values(), rows, date(2018, 3, 1), 60)
    # Baseline november 2018 (ends 30 November), expected august 2019 (ends 31 August).
    assert row.milestone.deadline == parse_period("november 2018")
    assert row.slip_days == (date(2019, 8, 31) - date(2018, 11, 30)).days
    assert row.slip == "274 dage (ca. 9 måneder) senere"
    assert [linked.initiative.id for linked in row.initiatives] == ["sambo"]


def test_the_national_milestones_are_grouped_by_theme_in_number_order() -> None:
    portfolio = load_portfolio(PROJECT / "portfolio")
    kol = [m for m in portfolio.milestones.values() if m.programme == "telekol-syd"]
    themes = by_theme(milestone_rows(kol, (), date(2018, 3, 15), 60))
    names = [theme.name for theme in themes]
    assert names[0].startswith("Milepæl 3:")
    assert "Milepæl 8: Uddannelse og kompetenceudvikling" in names
    numbers = [
        row.milestone.number for theme in themes for row in theme.rows if row.milestone.number
    ]
    assert numbers.index("6.1A") < numbers.index("6.2A") < numbers.index("10.1")


def test_timeline_places_periods_as_periods_on_the_quarters_they_span() -> None:
    items = [
        DatedItem(parse_period("1. kvartal 2018"), "Skridt", "A", "a", "indsatser/a/", None),
        DatedItem(parse_period("2018-11-30"), "Skridt", "B", "b", "indsatser/b/", None),
    ]
    line = timeline(items, TimelineMarks())
    assert line.span == "januar – december 2018", "from a quarter's start to a quarter's end"
    assert [tick.label for tick in line.ticks] == ["2018", "apr.", "juli", "okt."]
    quarter, day = line.items
    assert quarter.left == 0
    assert quarter.width == pytest.approx(100 * 90 / 365, abs=0.01)
    assert day.width >= 0.6, "a single day stays visible"
    assert day.left == pytest.approx(100 * 333 / 365, abs=0.01), "30 November, day 334 of 365"


def test_timeline_of_milestones_links_each_to_its_row(minimal: Portfolio) -> None:
    milestones: list[Milestone] = list(minimal.milestones.values())
    rows = milestone_rows(milestones, (), date(2018, 3, 1), 60)
    marks = TimelineMarks({r.href: r for r in rows})
    line = timeline(milestone_items(milestones, open_only=False), marks)
    assert [placed.row for placed in line.items] == list(rows)


def test_changes_hold_colour_shifts_revisions_and_completion(minimal: Portfolio) -> None:
    as_of = date(2019, 12, 31)
    rows = initiative_rows(minimal, as_of)
    milestones = milestone_rows(minimal.milestones.values(), rows, as_of, 60)
    (group,) = group_changes(minimal.groups.values(), rows, milestones, as_of)
    assert [(c.on, c.kind, c.text) for c in group.changes] == [
        (date(2018, 2, 20), "Farveskift", "Grøn blev gul"),
        (date(2018, 2, 1), "Ny deadline",
         "Ny deadline august 2019 (før november 2018): Leverandøren er forsinket."),
    ]  # fmt: skip
    # sambo's statuses: 23 November 2017 (history) and 20 February 2018 (now).
    assert group.since == date(2017, 11, 23)


def test_changes_after_the_as_of_date_are_left_out(minimal: Portfolio) -> None:
    as_of = date(2018, 2, 10)  # after the new deadline (1 February), before the colour change
    rows = initiative_rows(minimal, as_of)
    milestones = milestone_rows(minimal.milestones.values(), rows, as_of, 60)
    (group,) = group_changes(minimal.groups.values(), rows, milestones, as_of)
    assert [c.kind for c in group.changes] == ["Ny deadline"]


def test_a_status_and_a_history_entry_on_the_same_day_do_not_break_the_changes(
    minimal: Portfolio,
) -> None:
    sambo = minimal.initiatives["sambo"]
    same_day = sambo.history[0].model_copy(update={"on": sambo.status_date, "colour": Colour.RED})
    portfolio = replace(
        minimal,
        initiatives=MappingProxyType(
            {"sambo": sambo.model_copy(update={"history": (*sambo.history, same_day)})}
        ),
    )
    row = initiative_rows(portfolio, date(2018, 3, 1))[0]
    # Grøn (2017) → Rød (history, 20 Feb) → Gul (current, 20 Feb): the current one comes last.
    assert [c.text for c in colour_changes(row, date(2018, 3, 1))] == [
        "Grøn blev rød",
        "Rød blev gul",
    ]


def test_the_previous_round_is_the_newest_previous_status_of_any_indsats(
    minimal: Portfolio,
) -> None:
    sambo = minimal.initiatives["sambo"]
    # A second indsats reported two days later in the same round, with an older previous status.
    other = sambo.model_copy(update={"id": "anden", "status_date": date(2018, 2, 22)})
    other = other.model_copy(
        update={"history": (sambo.history[0].model_copy(update={"on": date(2017, 11, 1)}),)}
    )
    portfolio = replace(minimal, initiatives=MappingProxyType({"sambo": sambo, "anden": other}))
    as_of = date(2018, 3, 1)
    rows = initiative_rows(portfolio, as_of)
    (group,) = group_changes(portfolio.groups.values(), rows, (), as_of)
    assert group.since == date(2017, 11, 23)
    assert {c.on for c in group.changes} == {date(2018, 2, 20), date(2018, 2, 22)}


def test_a_dropped_milestone_has_no_slip(minimal: Portfolio) -> None:
    dropped = minimal.milestones["kol-8-1"].model_copy(update={"status": MilestoneStatus.DROPPED})
    (row,) = milestone_rows([dropped], (), date(2018, 3, 1), 60)
    assert (row.slip_days, row.slip, row.is_open) == (None, "–", False)


def test_a_completion_counts_once_its_period_has_begun(minimal: Portfolio) -> None:
    done = minimal.milestones["kol-8-1"].model_copy(
        update={"status": MilestoneStatus.DONE, "completed": parse_period("2. kvartal 2018")}
    )
    (row,) = milestone_rows([done], (), date(2018, 5, 1), 60)
    completions = [c for c in milestone_changes(row, date(2018, 5, 1)) if c.kind != "Ny deadline"]
    assert [(c.on, c.when) for c in completions] == [(date(2018, 5, 1), "2. kvartal 2018")]


def test_a_step_shows_what_its_indsats_waits_for_and_whether_it_is_done_in_time() -> None:
    portfolio = load_portfolio(TESTS / "fixtures" / "every-field")
    rows = initiative_rows(portfolio, date(2018, 3, 1))
    waiting = next(row for row in rows if row.initiative.id == "sambo")
    done = next(row for row in rows if row.initiative.id == "afsluttet")
    step = next(iter(step_items([waiting])))
    (wait,) = (
        timeline([step], TimelineMarks(waits=waits_by_href(rows, dependencies(rows))))
        .items[0]
        .waits_for
    )
    assert (wait.row, wait.finish, wait.after_step) == (
        done, Finish("afsluttet", parse_period("december 2017"), done=True), False,
    )  # fmt: skip
    # Not done, and planned to finish after the step (2018-03-20) starts: the step comes too soon.
    late = replace(
        done,
        initiative=done.initiative.model_copy(
            update={
                "completed": None,
                "end": parse_period("2. kvartal 2018"),
                "colour": Colour.YELLOW,
            }
        ),
    )
    (wait,) = timeline([step], TimelineMarks(waits={waiting.href: (late,)})).items[0].waits_for
    assert (wait.finish, wait.after_step) == (
        Finish("planlagt slut", parse_period("2. kvartal 2018"), done=False), True,
    )  # fmt: skip
    # Grå is finished even without afsluttet: a planned slut after the step is no warning.
    finished = replace(late, initiative=late.initiative.model_copy(update={"colour": Colour.GREY}))
    (wait,) = timeline([step], TimelineMarks(waits={waiting.href: (finished,)})).items[0].waits_for
    assert (str(wait.finish), wait.after_step) == ("afsluttet", False)


def test_without_an_end_the_last_dated_step_says_when_an_indsats_finishes() -> None:
    portfolio = load_portfolio(PROJECT / "portfolio")
    rows = {row.initiative.id: row for row in initiative_rows(portfolio, date(2023, 5, 15))}
    assert rows["telehjerte-undervisning"].finish == Finish(
        "sidste skridt", parse_period("ultimo november 2023"), done=False
    )
    listed = tuple(rows.values())
    assert waits_by_href(listed, dependencies(listed)) == {
        "indsatser/telehjerte-pilot/": (
            rows["telehjerte-instrukser"], rows["telehjerte-undervisning"],
        ),
    }  # fmt: skip
