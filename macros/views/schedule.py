"""Stage 4, views (schedule): milestones against their baseline, timelines and what changed.

Slip is measured between period ends: a milestone due "ultimo 2018" and now expected "medio
2019" has slipped from 31 December 2018 to 31 August 2019. Overdue and upcoming are computed for
the build's as-of date here, and again in the browser for the reader's today (the page carries
the dates as data attributes; see content/assets/javascripts/portfolio-dates.js).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from macros.core.periods import Period, format_date
from macros.core.urls import milestone_href
from macros.data.fields import Colour
from macros.data.models import Group, Milestone, MilestoneStatus
from macros.views.axis import Cut, Tick, TimeScale, time_scale
from macros.views.views import (
    DatedItem,
    Finish,
    InitiativeRow,
    by_number,
    milestone_title,
)

DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class Schedule:
    """For which day overdue and upcoming are computed, and whether the browser may redo it."""

    as_of: date
    """The build's as-of date."""
    window_days: int
    """How many days ahead count as upcoming."""
    live: bool
    """True when the as-of date is simply the build day: the browser then recomputes for its
    today. False for a snapshot with a fixed date (PORTFOLIO_AS_OF or opgørelsesdato)."""


class Due(Enum):
    """Where an open date stands on the as-of date."""

    DONE = "afsluttet"
    DROPPED = "udgået"
    OVERDUE = "overskredet"
    UPCOMING = "kommende"
    LATER = "senere"
    UNDATED = "uden deadline"


def due(deadline: Period | None, status: MilestoneStatus, as_of: date, window_days: int) -> Due:
    """Overdue when the deadline has ended before `as_of` and the milestone is still open."""
    if status is MilestoneStatus.DONE:
        return Due.DONE
    if status is MilestoneStatus.DROPPED:
        return Due.DROPPED
    if deadline is None:
        return Due.UNDATED
    if deadline.end < as_of:
        return Due.OVERDUE
    return Due.UPCOMING if (deadline.end - as_of).days <= window_days else Due.LATER


def slip_text(days: int | None) -> str:
    """The slip in words: "Til tiden", "3 dage før tid", "92 dage (ca. 3 måneder) senere"."""
    if days is None:
        return "–"
    if days == 0:
        return "Til tiden"
    size = abs(days)
    words = f"{size} dag" if size == 1 else f"{size} dage"
    if size >= 60:
        words += f" (ca. {round(size / DAYS_PER_MONTH)} måneder)"
    return f"{words} {'senere' if days > 0 else 'før tid'}"


@dataclass(frozen=True)
class MilestoneRow:
    """A programme milestone with its dates compared to the baseline."""

    milestone: Milestone
    """The milestone with every field."""
    due: Due
    """Where it stands on the as-of date, by the deadline in force."""
    slip_days: int | None
    """Days from the baseline's end to the expected (or done, or in-force) date's end."""
    initiatives: tuple[InitiativeRow, ...]
    """The indsatser it names."""

    @property
    def title(self) -> str:
        """Number and title, e.g. "8.1 Koncept … er klar"."""
        return milestone_title(self.milestone)

    @property
    def href(self) -> str:
        """Its own page."""
        return milestone_href(self.milestone.id)

    @property
    def is_open(self) -> bool:
        """Not yet done or dropped, so it can become overdue."""
        return self.due not in (Due.DONE, Due.DROPPED)

    @property
    def slip(self) -> str:
        """The slip in Danish words."""
        return slip_text(self.slip_days)


def milestone_row(
    milestone: Milestone, rows_by_id: dict[str, InitiativeRow], as_of: date, window_days: int
) -> MilestoneRow:
    """One milestone compared with its baseline on `as_of`."""
    compared = milestone.completed or milestone.expected or milestone.current_deadline
    baseline = milestone.deadline
    dropped = milestone.status is MilestoneStatus.DROPPED
    slip = (compared.end - baseline.end).days if compared and baseline and not dropped else None
    linked = tuple(rows_by_id[i] for i in milestone.initiatives if i in rows_by_id)
    state = due(milestone.current_deadline, milestone.status, as_of, window_days)
    return MilestoneRow(milestone, state, slip, linked)


@dataclass(frozen=True)
class Theme:
    """The milestones of one theme, e.g. "Milepæl 8: Uddannelse og kompetenceudvikling"."""

    name: str
    """The heading: "Milepæl 8: …", or the theme alone when the milestones have no number."""
    rows: tuple[MilestoneRow, ...]
    """Its milestones in number order."""


def by_theme(rows: Iterable[MilestoneRow]) -> tuple[Theme, ...]:
    """Milestones grouped by theme, in the order the rows come (number order)."""
    themes: dict[str, list[MilestoneRow]] = {}
    for row in rows:
        themes.setdefault(_theme_name(row.milestone), []).append(row)
    return tuple(Theme(name, tuple(members)) for name, members in themes.items())


def _theme_name(milestone: Milestone) -> str:
    theme = milestone.theme or "Uden tema"
    main = re.match(r"\d+", milestone.number or "")
    return f"Milepæl {main.group()}: {theme}" if main else theme


@dataclass(frozen=True)
class TimelineItem:
    """A step or milestone placed on a timeline."""

    item: DatedItem
    """What falls due, when, and where to read more."""
    row: MilestoneRow | None
    """For a milestone, its comparison with the baseline; None for a step."""
    left: float
    """Where its period starts, in percent of the timeline's width."""
    width: float
    """How long its period lasts, in percent (a single day gets a visible minimum)."""
    overdue: bool = False
    """For a step, True when it fell due unreported (as the home page counts overdue)."""
    waits_for: tuple[Wait, ...] = ()
    """For a step, the indsatser its indsats waits for (afhænger_af)."""


@dataclass(frozen=True)
class Wait:
    """An indsats a step's indsats waits for, and whether it is done by the step's start."""

    row: InitiativeRow
    """The indsats waited for."""
    finish: Finish | None
    """When it was or is expected to be done (InitiativeRow.finish); None if nothing says."""
    after_step: bool
    """True when it is not done and its expected finish ends after the step starts: the step is
    planned before what it needs. False when nothing says when it finishes."""


@dataclass(frozen=True)
class TimelineMarks:
    """What a timeline marks beside the dates of its steps and milestones."""

    milestones: Mapping[str, MilestoneRow] = field(default_factory=dict)
    """Each milestone compared with its baseline, by its href."""
    overdue: frozenset[DatedItem] = frozenset()
    """The steps that fell due unreported."""
    waits: Mapping[str, tuple[InitiativeRow, ...]] = field(default_factory=dict)
    """What each waiting indsats waits for, by its href (views.waits_by_href)."""


@dataclass(frozen=True)
class Timeline:
    """Steps and milestones in date order, with positions for the drawn bars.

    The axis is fitted to the dates (views/axis.py): from the earliest quarter to the latest,
    with empty years cut out, and the as-of date inside it.
    """

    items: tuple[TimelineItem, ...]
    """Every dated step and milestone, by start, then end."""
    ticks: tuple[Tick, ...] = ()
    """The axis' labels: where each stretch starts, the years and, where there is room,
    quarters."""
    cuts: tuple[Cut, ...] = ()
    """Empty stretches of more than a year, left out of the axis."""
    as_of: date | None = None
    """The as-of date, marked on the axis; None on an empty timeline."""
    span: str = ""
    """What the axis covers in words, e.g. "april 2017 – december 2019 og april – juni 2023"."""
    today: float | None = None
    """Where the as-of date stands, in percent; None on an empty timeline."""


MIN_WIDTH = 0.6
"""Percent; a single day would otherwise be invisible."""


def timeline(
    items: Iterable[DatedItem], marks: TimelineMarks, as_of: date | None = None
) -> Timeline:
    """Place `items` on an axis fitted to their dates and `as_of`, each with what `marks` says.

    Why `as_of` on the axis: the reader sees where today (the snapshot's day) falls among the
    dates; a timeline that ended years ago gets a cut, then the as-of date alone.
    """
    ordered = sorted(items, key=lambda i: (i.when.start, i.when.end, i.title))
    spans = [(item.when.start, item.when.end) for item in ordered]
    scale = time_scale([*spans, *([(as_of, as_of)] if as_of and ordered else [])])
    if scale is None:
        return Timeline(())
    placed = tuple(
        TimelineItem(
            item,
            marks.milestones.get(item.href) if item.kind == "Milepæl" else None,
            *_place(item.when, scale),
            item in marks.overdue,
            _waits(item, marks.waits.get(item.href, ())) if item.kind == "Skridt" else (),
        )
        for item in ordered
    )
    today = round(100 * scale.at(as_of), 2) if as_of else None
    return Timeline(placed, scale.ticks(), scale.cuts, as_of, scale.span_text(), today)


def _waits(step: DatedItem, waited: tuple[InitiativeRow, ...]) -> tuple[Wait, ...]:
    """What the step's indsats waits for, each marked if it is not done by the step's start."""
    return tuple(
        Wait(row, finish, finish is not None and _unfinished_by(finish, step.when))
        for row in waited
        for finish in [row.finish]
    )


def _unfinished_by(finish: Finish, when: Period) -> bool:
    """Whether an indsats not yet done is expected to finish only after `when` starts."""
    return not finish.done and finish.when is not None and finish.when.end >= when.start


def milestone_rows(
    milestones: Iterable[Milestone],
    rows: Iterable[InitiativeRow],
    as_of: date,
    window_days: int,
) -> tuple[MilestoneRow, ...]:
    """Every milestone compared with its baseline, in number order."""
    rows_by_id = {row.initiative.id: row for row in rows}
    return tuple(milestone_row(m, rows_by_id, as_of, window_days) for m in by_number(milestones))


@dataclass(frozen=True)
class Change:
    """Something that changed on a date: a colour, a deadline, or a milestone or indsats done."""

    on: date
    """When it changed (a period's last day when only a period is known)."""
    when: str
    """The date as the data gives it, in Danish."""
    kind: str
    """ "Farveskift", "Ny deadline", "Milepæl afsluttet" or "Indsats afsluttet"."""
    title: str
    """The indsats' or milestone's title."""
    href: str
    """Its page."""
    text: str
    """What changed, in words."""
    before: Colour | None = None
    """For a colour change, the colour before."""
    after: Colour | None = None
    """For a colour change, the colour after."""


@dataclass(frozen=True)
class GroupChanges:
    """The changes a group is responsible for, and from when they count as new."""

    group: Group
    """The group."""
    since: date | None
    """The group's previous status date: changes after it are new. None without one."""
    changes: tuple[Change, ...]
    """Every change up to the as-of date, newest first."""


def colour_changes(row: InitiativeRow, as_of: date) -> Iterable[Change]:
    """Each time the indsats' colour differed from its previous status, up to `as_of`."""
    # Why the key: on a tie the current status stays last (and colours do not compare).
    statuses = sorted(
        [(entry.on, entry.colour) for entry in row.initiative.history]
        + [(row.initiative.status_date, row.initiative.colour)],
        key=lambda status: status[0],
    )
    for (_, before), (on, after) in itertools.pairwise(statuses):
        if after is not before and on <= as_of:
            text = f"{before.label} blev {after.value}"
            yield Change(
                on,
                format_date(on),
                "Farveskift",
                row.initiative.title,
                row.href,
                text,
                before,
                after,
            )


def milestone_changes(row: MilestoneRow, as_of: date) -> Iterable[Change]:
    """Revised deadlines (with the reason) and completion of a milestone, up to `as_of`."""
    milestone = row.milestone
    previous = milestone.deadline
    for revision in milestone.revisions:
        if revision.decided <= as_of:
            text = f"Ny deadline {revision.deadline} (før {previous or 'ingen'}): {revision.reason}"
            yield Change(
                revision.decided,
                format_date(revision.decided),
                "Ny deadline",
                row.title,
                row.href,
                text,
            )
        previous = revision.deadline
    yield from _done(milestone.completed, "Milepæl afsluttet", row.title, row.href, as_of)


def group_changes(
    groups: Iterable[Group],
    rows: Iterable[InitiativeRow],
    milestones: Iterable[MilestoneRow],
    as_of: date,
) -> tuple[GroupChanges, ...]:
    """Per group: its changes, newest first, and its previous status date."""
    rows, milestones = tuple(rows), tuple(milestones)
    result = []
    for group in groups:
        members = [row for row in rows if row.group.id == group.id]
        changes = [c for row in members for c in colour_changes(row, as_of)]
        changes += [
            c
            for row in members
            for c in _done(
                row.initiative.completed, "Indsats afsluttet", row.initiative.title, row.href, as_of
            )
        ]
        changes += [
            c
            for m in milestones
            if m.milestone.group == group.id
            for c in milestone_changes(m, as_of)
        ]
        ordered = tuple(sorted(changes, key=lambda c: (c.on, c.title), reverse=True))
        result.append(GroupChanges(group, _previous_status_date(members, as_of), ordered))
    return tuple(result)


def _done(done: Period | None, kind: str, title: str, href: str, as_of: date) -> Iterable[Change]:
    """A completion, once its period has begun by `as_of`, dated no later than `as_of`."""
    if done and done.start <= as_of:
        yield Change(min(done.end, as_of), str(done), kind, title, href, "Afsluttet")


def _previous_status_date(rows: Iterable[InitiativeRow], as_of: date) -> date | None:
    """The group's previous status round: the newest of its indsatser's previous status dates.

    Why per indsats: in one round the indsatser may be reported on different days; taking the
    group's second-newest date would file part of the latest round as old.
    """
    previous = [day for row in rows if (day := _previous_of(row, as_of))]
    return max(previous) if previous else None


def _previous_of(row: InitiativeRow, as_of: date) -> date | None:
    own = sorted(
        {entry.on for entry in row.initiative.history} | {row.initiative.status_date},
        reverse=True,
    )
    own = [day for day in own if day <= as_of]
    return own[1] if len(own) > 1 else None


def _place(when: Period, scale: TimeScale) -> tuple[float, float]:
    """Left and width in percent; at least MIN_WIDTH wide, and never past the timeline's end."""
    left = 100 * scale.at(when.start)
    width = max(MIN_WIDTH, 100 * scale.end_of(when.end) - left)
    return round(min(left, 100 - width), 2), round(width, 2)
