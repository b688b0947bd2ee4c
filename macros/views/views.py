"""Stage 4, views: what a page shows, computed from the portfolio as plain, documented rows.

Views hold no HTML and read no files or clocks; the as-of date arrives as an argument. Every
`href` is relative to the site root; templates prefix it with the page's way back to the root.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from macros.core.collation import danish_order
from macros.core.periods import Period, format_date
from macros.core.urls import group_href, initiative_href, milestone_href
from macros.data.fields import Colour, OrganisationType, Section
from macros.data.models import (
    Group,
    Initiative,
    Milestone,
    MilestoneStatus,
    Organisation,
    Portfolio,
    Programme,
    Step,
)

UPCOMING_DAYS = 60
"""How far ahead the home page looks for dated steps and milestones."""
LATEST_CHANGES = 10
"""How many status changes the home page lists."""
NO_SECTION = "Uden sektion"


def milestone_title(milestone: Milestone) -> str:
    """Number and title, e.g. "8.1 Uddannelse af personale"; the title alone without number."""
    return f"{milestone.number} {milestone.title}" if milestone.number else milestone.title


@dataclass(frozen=True)
class ColourCount:
    """How many indsatser have one colour."""

    colour: Colour
    """The colour, with its label and CSS name; its meaning is the portfolio's (Settings)."""
    count: int
    """Number of indsatser with that colour at their status date."""


@dataclass(frozen=True)
class ColourSummary:
    """A count of indsatser per colour."""

    rows: tuple[ColourCount, ...]
    """One row per colour, in legend order, zeros included."""
    total: int
    """All indsatser counted."""
    as_of: str
    """The as-of date in Danish, e.g. "23. november 2026"."""


def colour_summary(initiatives: Iterable[Initiative], as_of: date) -> ColourSummary:
    """Count the indsatser per colour; every colour appears, also with 0."""
    counts = Counter(initiative.colour for initiative in initiatives)
    rows = tuple(ColourCount(colour, counts[colour]) for colour in Colour)
    return ColourSummary(rows, sum(counts.values()), format_date(as_of))


@dataclass(frozen=True)
class InitiativeRow:
    """One indsats with what every listing shows beside it."""

    initiative: Initiative
    """The indsats itself (title, colour, dates …)."""
    group: Group
    """Its responsible group."""
    programme: Programme
    """Its programme."""
    next_step: Step | None
    """The first dated step ending on or after the as-of date, if any; never for a finished
    indsats (grå, or with an afsluttet date), whose steps are history."""
    milestones: tuple[Milestone, ...]
    """Programme milestones that name this indsats."""
    participants: tuple[Organisation, ...] = ()
    """The organisations taking part: `deltagere`, then the rest of its roll-out plan."""

    @property
    def href(self) -> str:
        """The indsats' page."""
        return initiative_href(self.initiative.id)

    @property
    def status_on(self) -> date:
        """The status date."""
        return self.initiative.status_date

    @property
    def status_date(self) -> str:
        """The status date in Danish."""
        return format_date(self.initiative.status_date)

    @property
    def previous_colour(self) -> Colour | None:
        """The colour of the latest earlier status, if the history has one."""
        history = sorted(self.initiative.history, key=lambda entry: entry.on)
        return history[-1].colour if history else None

    @property
    def finished(self) -> bool:
        """Whether the indsats is over (grå, or with an afsluttet date): nothing comes next."""
        return not _is_active(self.initiative)

    @property
    def section(self) -> str:
        """The section's name, or "Uden sektion"."""
        return self.initiative.section.value if self.initiative.section else NO_SECTION

    @property
    def finish(self) -> Finish | None:
        """When it was or is expected to be done, for those that wait for it; None if unsaid.

        Done is `afsluttet`, or grå (finished, the date perhaps not written); otherwise the
        planned `slut`, else its last dated step.
        """
        initiative = self.initiative
        if initiative.completed or initiative.colour is Colour.GREY:
            return Finish("afsluttet", initiative.completed, done=True)
        if initiative.end:
            return Finish("planlagt slut", initiative.end, done=False)
        dated = [step.when for step in initiative.steps if step.when is not None]
        last = max(dated, key=lambda when: when.end) if dated else None
        return Finish("sidste skridt", last, done=False) if last else None


@dataclass(frozen=True)
class Finish:
    """When an indsats was or is expected to be done, and what that date is."""

    what: str
    """What the date is: "afsluttet", "planlagt slut" or "sidste skridt"."""
    when: Period | None
    """The date; None for a finished (grå) indsats whose afsluttet is not written."""
    done: bool
    """True when the indsats is finished."""

    def __str__(self) -> str:
        return f"{self.what} {self.when}" if self.when else self.what


def next_step(initiative: Initiative, as_of: date) -> Step | None:
    """The earliest dated step that has not ended before `as_of`."""
    upcoming = [
        (step.when, index, step)
        for index, step in enumerate(initiative.steps)
        if step.when is not None and step.when.end >= as_of
    ]
    return min(upcoming)[2] if upcoming else None


def _group_order(group: Group) -> tuple[int, str]:
    return (group.order or 10_000, group.name)


def _section_order(row: InitiativeRow) -> int:
    section = row.initiative.section
    return list(Section).index(section) if section else len(Section)


def organisation_order(organisation: Organisation) -> tuple[int, str]:
    """Kommuner first, then regions, hospitals …; by Danish name within a type."""
    return list(OrganisationType).index(organisation.type), danish_order(organisation.name)


def participants_of(portfolio: Portfolio, ids: Iterable[str]) -> tuple[Organisation, ...]:
    """The organisations of `ids` (a file's `deltagere` and roll-out plan), in that order."""
    return tuple(portfolio.organisations[named] for named in ids)


def initiative_rows(portfolio: Portfolio, as_of: date) -> tuple[InitiativeRow, ...]:
    """Every indsats in group order, then section, then title."""
    milestones_of: dict[str, list[Milestone]] = {}
    for milestone in portfolio.milestones.values():
        for initiative_id in milestone.initiatives:
            milestones_of.setdefault(initiative_id, []).append(milestone)
    rows = [
        InitiativeRow(
            initiative,
            portfolio.groups[initiative.group],
            portfolio.programmes[initiative.programme],
            next_step(initiative, as_of) if _is_active(initiative) else None,
            tuple(milestones_of.get(initiative.id, ())),
            participants_of(portfolio, initiative.organisation_ids),
        )
        for initiative in portfolio.initiatives.values()
    ]
    return tuple(
        sorted(
            rows,
            key=lambda row: (
                _group_order(row.group),
                _section_order(row),
                row.initiative.title.lower(),
            ),
        )
    )


@dataclass(frozen=True)
class SectionRows:
    """The indsatser of one section of a group's table."""

    name: str
    """The section, e.g. "Prioriterede indsatser"."""
    rows: tuple[InitiativeRow, ...]
    """Its indsatser, by title."""


def by_section(rows: Iterable[InitiativeRow]) -> tuple[SectionRows, ...]:
    """Rows split into sections in the seed's order; empty sections left out."""
    ordered = sorted(rows, key=lambda row: (_section_order(row), row.initiative.title.lower()))
    sections: dict[str, list[InitiativeRow]] = {}
    for row in ordered:
        sections.setdefault(row.section, []).append(row)
    return tuple(SectionRows(name, tuple(members)) for name, members in sections.items())


@dataclass(frozen=True)
class GroupView:
    """A responsible group's page and status report."""

    group: Group
    """The group, with the committee it reports to."""
    programme: Programme | None
    """The programme the group belongs to, if given."""
    summary: ColourSummary
    """Its indsatser per colour."""
    sections: tuple[SectionRows, ...]
    """Its indsatser by section."""
    milestones: tuple[Milestone, ...]
    """Programme milestones it is responsible for, by number."""
    latest_status_date: str | None
    """The newest status date among its indsatser, in Danish."""

    @property
    def href(self) -> str:
        """The group's page."""
        return group_href(self.group.id)


def by_number(milestones: Iterable[Milestone]) -> tuple[Milestone, ...]:
    """Milestones in number order ("2.1" before "10.1"); unnumbered ones last, by title."""

    def key(milestone: Milestone) -> tuple[tuple[int, ...], str]:
        numbers = tuple(int(part) for part in re.findall(r"\d+", milestone.number or ""))
        return (numbers or (10_000,), milestone.number or milestone.title)

    return tuple(sorted(milestones, key=key))


def group_views(
    portfolio: Portfolio, rows: tuple[InitiativeRow, ...], as_of: date
) -> tuple[GroupView, ...]:
    """One view per group, in the groups' order."""
    views = []
    for group in sorted(portfolio.groups.values(), key=_group_order):
        members = [row for row in rows if row.group.id == group.id]
        # Why only up to as_of: a snapshot site must not report a status from its future.
        dates = [row.status_on for row in members if row.status_on <= as_of]
        views.append(
            GroupView(
                group,
                portfolio.programmes.get(group.programme) if group.programme else None,
                colour_summary((row.initiative for row in members), as_of),
                by_section(members),
                by_number(m for m in portfolio.milestones.values() if m.group == group.id),
                format_date(max(dates)) if dates else None,
            )
        )
    return tuple(views)


@dataclass(frozen=True)
class GroupCount:
    """One group's indsatser per colour, within what a page counts (all, or one programme)."""

    group: Group
    """The group."""
    summary: ColourSummary
    """Its counted indsatser per colour."""


@dataclass(frozen=True)
class ProgrammeView:
    """A programme's page: counts, groups and milestones; its indsatser are in the overview."""

    programme: Programme
    """The programme."""
    groups: tuple[GroupView, ...]
    """Groups with indsatser or milestones in it, or that belong to it."""
    summary: ColourSummary
    """Its indsatser per colour."""
    group_counts: tuple[GroupCount, ...]
    """Its indsatser per group and colour, groups with none left out."""
    milestones: tuple[Milestone, ...]
    """Its milestones, by number."""


def programme_views(
    portfolio: Portfolio,
    rows: tuple[InitiativeRow, ...],
    groups: tuple[GroupView, ...],
    as_of: date,
) -> tuple[ProgrammeView, ...]:
    """One view per programme, by name."""
    views = []
    for programme in sorted(portfolio.programmes.values(), key=lambda p: p.name.lower()):
        members = tuple(row for row in rows if row.programme.id == programme.id)
        milestones = by_number(
            m for m in portfolio.milestones.values() if m.programme == programme.id
        )
        involved = {row.group.id for row in members} | {m.group for m in milestones}
        views.append(
            ProgrammeView(
                programme,
                tuple(
                    view
                    for view in groups
                    if view.group.id in involved or view.group.programme == programme.id
                ),
                colour_summary((row.initiative for row in members), as_of),
                _group_counts(groups, members, as_of),
                milestones,
            )
        )
    return tuple(views)


def _group_counts(
    groups: tuple[GroupView, ...], rows: tuple[InitiativeRow, ...], as_of: date
) -> tuple[GroupCount, ...]:
    counts = []
    for view in groups:
        members = [row.initiative for row in rows if row.group.id == view.group.id]
        if members:
            counts.append(GroupCount(view.group, colour_summary(members, as_of)))
    return tuple(counts)


@dataclass(frozen=True)
class DatedItem:
    """A dated step of an indsats or a programme milestone, for lists and timelines."""

    when: Period
    """When it falls due (for a milestone: the deadline in force)."""
    kind: str
    """ "Skridt" or "Milepæl"."""
    title: str
    """The indsats' or milestone's title."""
    text: str
    """What happens (the step's text), or the milestone's status."""
    href: str
    """Where to read more."""
    colour: Colour | None
    """The indsats' colour; None for milestones."""


def step_items(rows: Iterable[InitiativeRow]) -> Iterable[DatedItem]:
    """Every dated step of `rows`."""
    for row in rows:
        for step in row.initiative.steps:
            if step.when is not None:
                yield DatedItem(
                    step.when,
                    "Skridt",
                    row.initiative.title,
                    step.text,
                    row.href,
                    row.initiative.colour,
                )


def milestone_items(milestones: Iterable[Milestone], *, open_only: bool) -> Iterable[DatedItem]:
    """Milestones with a deadline in force, dated by it; only open ones if `open_only`."""
    for milestone in milestones:
        deadline = milestone.current_deadline
        if deadline is not None and (milestone.status in OPEN_MILESTONE or not open_only):
            yield DatedItem(
                deadline,
                "Milepæl",
                milestone_title(milestone),
                milestone.status.value.capitalize(),
                milestone_href(milestone.id),
                None,
            )


OPEN_MILESTONE = (MilestoneStatus.NOT_STARTED, MilestoneStatus.STARTED)


def _is_active(initiative: Initiative) -> bool:
    return initiative.colour is not Colour.GREY and initiative.completed is None


@dataclass(frozen=True)
class HomeView:
    """The home page: where the portfolio stands and what comes next."""

    as_of: str
    """The as-of date in Danish."""
    summary: ColourSummary
    """All indsatser per colour."""
    groups: tuple[GroupCount, ...]
    """Every group with indsatser, with its colour counts."""
    needs_action: tuple[InitiativeRow, ...]
    """Red indsatser not yet completed ("Kræver handling"), in overview order."""
    upcoming: tuple[DatedItem, ...]
    """Steps of active indsatser and open milestones ending within UPCOMING_DAYS, soonest
    first."""
    overdue: tuple[DatedItem, ...]
    """Open milestones past their deadline, and steps of active indsatser that fell due after
    the indsats' last status (so nobody has reported on them), oldest first."""
    latest_changes: tuple[InitiativeRow, ...]
    """Indsatser by status date, newest first, not after the as-of date."""


def home_view(
    portfolio: Portfolio,
    rows: tuple[InitiativeRow, ...],
    groups: tuple[GroupView, ...],
    as_of: date,
    window_days: int = UPCOMING_DAYS,
) -> HomeView:
    """What the home page shows on `as_of`; upcoming means within `window_days`."""
    active = [row for row in rows if _is_active(row.initiative)]
    overdue = overdue_items(active, portfolio.milestones.values(), as_of)
    changes = sorted(
        (row for row in rows if row.initiative.status_date <= as_of),
        key=lambda row: row.initiative.status_date,
        reverse=True,
    )
    return HomeView(
        format_date(as_of),
        colour_summary(portfolio.initiatives.values(), as_of),
        _group_counts(groups, rows, as_of),
        tuple(row for row in active if row.initiative.colour is Colour.RED),
        upcoming_items(portfolio, rows, as_of, window_days),
        tuple(overdue),
        tuple(changes[:LATEST_CHANGES]),
    )


def _item_order(item: DatedItem) -> tuple[Period, str]:
    return (item.when, item.title)


def upcoming_items(
    portfolio: Portfolio, rows: Iterable[InitiativeRow], as_of: date, window_days: int
) -> tuple[DatedItem, ...]:
    """Steps of active indsatser and open milestones due within `window_days`, soonest first."""
    horizon = as_of + timedelta(days=window_days)
    steps = step_items(row for row in rows if _is_active(row.initiative))
    milestones = milestone_items(portfolio.milestones.values(), open_only=True)
    upcoming = (i for i in (*steps, *milestones) if as_of <= i.when.end <= horizon)
    return tuple(sorted(upcoming, key=_item_order))


def overdue_items(
    rows: Iterable[InitiativeRow], milestones: Iterable[Milestone], as_of: date
) -> list[DatedItem]:
    """What is overdue on `as_of`, oldest first.

    Steps of active indsatser that fell due after the indsats' last status date (so nobody has
    reported on them), and open milestones past their deadline.
    """
    unreported = [
        item
        for row in rows
        if _is_active(row.initiative)
        for item in step_items([row])
        if row.initiative.status_date < item.when.end < as_of
    ]
    late = (m for m in milestone_items(milestones, open_only=True) if m.when.end < as_of)
    return sorted((*unreported, *late), key=_item_order)


@dataclass(frozen=True)
class GroupTimelineRow:
    """A group as the portfolio's or a programme's timeline lists it: what of theirs it holds.

    Why: every dated step stands on its group's timeline only; the wider timelines link there.
    """

    group: GroupView
    """The group, with its page's address."""
    steps: int
    """Dated steps of its indsatser (on a programme's timeline: of the programme's only)."""
    overdue: int
    """Overdue steps and milestones among those counted, as the home page counts overdue."""
    next_item: DatedItem | None
    """The first of its steps or open milestones ending on or after the as-of date."""


def group_timeline_rows(
    groups: Iterable[GroupView],
    rows: Iterable[InitiativeRow],
    milestones: Iterable[Milestone],
    as_of: date,
) -> tuple[GroupTimelineRow, ...]:
    """One row per group, in the groups' order, counting only `rows` and `milestones`."""
    steps: dict[str, list[InitiativeRow]] = {}
    for row in rows:
        steps.setdefault(row.group.id, []).append(row)
    owned: dict[str, list[Milestone]] = {}
    for milestone in milestones:
        owned.setdefault(milestone.group, []).append(milestone)
    return tuple(
        _group_timeline_row(
            group, steps.get(group.group.id, []), owned.get(group.group.id, []), as_of
        )
        for group in groups
    )


def _group_timeline_row(
    group: GroupView, rows: list[InitiativeRow], milestones: list[Milestone], as_of: date
) -> GroupTimelineRow:
    active = [row for row in rows if _is_active(row.initiative)]
    open_items = (*step_items(active), *milestone_items(milestones, open_only=True))
    coming = [item for item in open_items if item.when.end >= as_of]
    return GroupTimelineRow(
        group,
        sum(1 for _ in step_items(rows)),
        len(overdue_items(active, milestones, as_of)),
        min(coming, key=_item_order, default=None),
    )


@dataclass(frozen=True)
class Choice:
    """One option of an overview filter: the value in the URL and the name shown."""

    value: str
    """What the filter compares with a row's data attribute and writes into the URL."""
    label: str
    """What the option shows."""


@dataclass(frozen=True)
class OverviewView:
    """The portfolio overview: every indsats and the choices of each filter."""

    rows: tuple[InitiativeRow, ...]
    """All indsatser, in overview order."""
    groups: tuple[Choice, ...]
    """Groups with indsatser, in group order."""
    programmes: tuple[Choice, ...]
    """Programmes with indsatser, by name."""
    colours: tuple[Choice, ...]
    """All colours, in legend order."""
    sections: tuple[Choice, ...]
    """Sections in use, in the seed's order."""
    organisations: tuple[Choice, ...]
    """Organisations taking part in any of the indsatser, kommuner first, by name."""


def overview_view(rows: tuple[InitiativeRow, ...]) -> OverviewView:
    """The overview of `rows` with filter choices taken from the rows themselves."""
    groups = {row.group.id: row.group.name for row in rows}
    programmes = {row.programme.id: row.programme.name for row in rows}
    sections = {row.section: None for row in sorted(rows, key=_section_order)}
    organisations = {o.id: o for row in rows for o in row.participants}.values()
    return OverviewView(
        rows,
        tuple(Choice(key, name) for key, name in groups.items()),
        tuple(Choice(k, n) for k, n in sorted(programmes.items(), key=lambda kv: kv[1].lower())),
        tuple(Choice(colour.value, colour.label) for colour in Colour),
        tuple(Choice(name, name) for name in sections),
        tuple(Choice(o.id, o.name) for o in sorted(organisations, key=organisation_order)),
    )


@dataclass(frozen=True)
class Dependencies:
    """What one indsats waits for (its afhænger_af) and which indsatser wait for it."""

    waits_for: tuple[InitiativeRow, ...]
    """The indsatser it names under afhænger_af, in the file's order."""
    needed_by: tuple[InitiativeRow, ...]
    """The indsatser that name it, in the overview's order."""


def waits_by_href(
    rows: Sequence[InitiativeRow], both_ways: Mapping[str, Dependencies]
) -> dict[str, tuple[InitiativeRow, ...]]:
    """What each indsats that waits for others waits for, by its page (the steps' href).

    `both_ways` is `dependencies(rows)`, worked out once per build.
    """
    return {row.href: waits for row in rows if (waits := both_ways[row.initiative.id].waits_for)}


def dependencies(rows: Sequence[InitiativeRow]) -> dict[str, Dependencies]:
    """Every indsats' dependencies both ways (most have none), by id."""
    by_id = {row.initiative.id: row for row in rows}
    needed_by: dict[str, list[InitiativeRow]] = {}
    for row in rows:
        for named in row.initiative.depends_on:
            needed_by.setdefault(named, []).append(row)
    return {
        row.initiative.id: Dependencies(
            tuple(by_id[named] for named in row.initiative.depends_on if named in by_id),
            tuple(needed_by.get(row.initiative.id, ())),
        )
        for row in rows
    }
