"""Stage 4, views (roll-out): who goes live when, per plan, per programme and per organisation.

An indsats or a programme milestone may carry a roll-out plan (`udrulning`): waves such as "Rul 2"
with their organisations. Each organisation's go-live gets a state for the build's as-of date, so
the matrix reads without colour: "I drift", "Planlagt", "Overskredet" or "Uden dato".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum

from macros.core.periods import Period
from macros.core.urls import milestone_href
from macros.data.fields import Colour
from macros.data.models import GoLive, Milestone, Organisation, Portfolio, Programme, Wave
from macros.views.views import InitiativeRow, by_number, milestone_title, organisation_order


class GoLiveState(Enum):
    """Where one organisation's go-live stands on the as-of date."""

    LIVE = "i drift"
    PLANNED = "planlagt"
    OVERDUE = "overskredet"
    UNDATED = "uden dato"

    @property
    def css_name(self) -> str:
        """The state's class suffix in portfolio.css."""
        return self.name.lower()


@dataclass(frozen=True)
class GoLiveView:
    """One organisation in one wave of a plan."""

    organisation: Organisation
    """The organisation going live."""
    wave: str
    """The wave's name, e.g. "Rul 2"."""
    planned: Period | None
    """Its planned go-live: its own, else the wave's."""
    live: Period | None
    """When it actually went live."""
    colour: Colour | None
    """Its colour, if the editor gave one."""
    note: str | None
    """The editor's note on this organisation."""
    state: GoLiveState
    """Live, planned, overdue or undated on the as-of date."""

    @property
    def timing(self) -> str | None:
        """Før or efter planen for a go-live clear of the planned period; None otherwise."""
        if self.live is None or self.planned is None:
            return None
        if self.live.end < self.planned.start:
            return "før planen"
        return "efter planen" if self.live.start > self.planned.end else None

    @property
    def summary(self) -> str:
        """The state in words with its date, e.g. "Overskredet – planlagt januar 2024"."""
        if self.live is not None:
            timing = f" ({self.timing})" if self.timing else ""
            return f"I drift {self.live}{timing}"
        if self.planned is None:
            return "Uden dato"
        if self.state is GoLiveState.OVERDUE:
            return f"Overskredet – planlagt {self.planned}"
        return f"Planlagt {self.planned}"


@dataclass(frozen=True)
class WaveView:
    """One wave of a plan with its organisations' go-lives."""

    name: str
    """E.g. "Rul 2"."""
    planned: Period | None
    """The wave's planned go-live, if given."""
    note: str | None
    """The editor's note on the wave."""
    go_lives: tuple[GoLiveView, ...]
    """Its organisations, in the file's order."""


@dataclass(frozen=True)
class RollOutPlan:
    """The roll-out plan of one indsats or programme milestone."""

    key: str
    """Its stable identity for calendars: "indsats-<id>" or "milepael-<id>"."""
    title: str
    """The indsats' title, or the milestone's number and title."""
    href: str
    """The page of the indsats or milestone."""
    programme: Programme
    """The programme it belongs to."""
    waves: tuple[WaveView, ...]
    """Its waves, in the file's order."""

    def go_live_of(self, organisation_id: str) -> GoLiveView | None:
        """The organisation's go-live in this plan, if it is in one of its waves."""
        for wave in self.waves:
            for go_live in wave.go_lives:
                if go_live.organisation.id == organisation_id:
                    return go_live
        return None

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        """Every organisation of the plan, wave by wave."""
        return tuple(go_live.organisation for wave in self.waves for go_live in wave.go_lives)


@dataclass(frozen=True)
class MatrixRow:
    """One organisation across a programme's plans."""

    organisation: Organisation
    """The row's organisation."""
    cells: tuple[GoLiveView | None, ...]
    """Its go-live in each plan, in the matrix's column order; None where it takes no part."""


@dataclass(frozen=True)
class RollOutMatrix:
    """A programme's plans as columns and their organisations as rows."""

    plans: tuple[RollOutPlan, ...]
    """The columns: the programme's indsatser, then its milestones, that have a plan."""
    rows: tuple[MatrixRow, ...]
    """Every organisation in any of the plans, by type and then name."""
    notes: tuple[tuple[RollOutPlan, WaveView], ...] = ()
    """The programme's waves with a note or without organisations (those have no cells), so
    the matrix says what it does not show."""

    @property
    def counts(self) -> tuple[tuple[GoLiveState, int], ...]:
        """How many go-lives are in each state, for the states that have any."""
        found = Counter(cell.state for row in self.rows for cell in row.cells if cell)
        return tuple((state, found[state]) for state in GoLiveState if found[state])


@dataclass(frozen=True)
class OrganisationGoLive:
    """One go-live of an organisation, with the plan it belongs to."""

    plan: RollOutPlan
    """The indsats' or milestone's plan."""
    go_live: GoLiveView
    """The organisation's wave, dates and state in it."""


def go_live_state(planned: Period | None, live: Period | None, as_of: date) -> GoLiveState:
    """Live once it went live; overdue when the planned period ended before `as_of`."""
    if live is not None:
        return GoLiveState.LIVE
    if planned is None:
        return GoLiveState.UNDATED
    return GoLiveState.OVERDUE if planned.end < as_of else GoLiveState.PLANNED


def roll_out_plans(
    portfolio: Portfolio, rows: Iterable[InitiativeRow], as_of: date
) -> tuple[RollOutPlan, ...]:
    """The plans of the indsatser in `rows`' order, then of the milestones by number."""
    initiatives = (
        (
            f"indsats-{row.initiative.id}",
            row.initiative.title,
            row.href,
            row.programme,
            row.initiative.roll_out,
        )
        for row in rows
        if row.initiative.roll_out
    )
    milestones = (
        (
            f"milepael-{milestone.id}",
            milestone_title(milestone),
            milestone_href(milestone.id),
            portfolio.programmes[milestone.programme],
            milestone.roll_out,
        )
        for milestone in by_number(_with_plan(portfolio.milestones.values()))
    )
    return tuple(
        RollOutPlan(key, title, href, programme, _waves(portfolio, waves, as_of))
        for key, title, href, programme, waves in (*initiatives, *milestones)
    )


def _with_plan(milestones: Iterable[Milestone]) -> Iterator[Milestone]:
    return (milestone for milestone in milestones if milestone.roll_out)


def _waves(portfolio: Portfolio, waves: Iterable[Wave], as_of: date) -> tuple[WaveView, ...]:
    return tuple(
        WaveView(
            wave.name,
            wave.planned,
            wave.note,
            tuple(_go_live(portfolio, wave, go_live, as_of) for go_live in wave.organisations),
        )
        for wave in waves
    )


def _go_live(portfolio: Portfolio, wave: Wave, go_live: GoLive, as_of: date) -> GoLiveView:
    planned = go_live.planned or wave.planned
    return GoLiveView(
        portfolio.organisations[go_live.organisation],
        wave.name,
        planned,
        go_live.live,
        go_live.colour,
        go_live.note,
        go_live_state(planned, go_live.live, as_of),
    )


def roll_out_matrix(plans: Iterable[RollOutPlan], programme_id: str) -> RollOutMatrix:
    """The matrix of one programme's plans; empty when it has none."""
    # Why not a plan without organisations: its column would say "Ikke med" on every row.
    columns = tuple(p for p in plans if p.programme.id == programme_id and p.organisations)
    organisations = {o.id: o for plan in columns for o in plan.organisations}
    rows = (
        MatrixRow(organisation, tuple(plan.go_live_of(organisation.id) for plan in columns))
        for organisation in sorted(organisations.values(), key=organisation_order)
    )
    notes = (
        (plan, wave)
        for plan in plans
        if plan.programme.id == programme_id
        for wave in plan.waves
        if wave.note or not wave.go_lives
    )
    return RollOutMatrix(columns, tuple(rows), tuple(notes))


def go_lives_of(
    plans: Iterable[RollOutPlan], organisation_id: str
) -> tuple[OrganisationGoLive, ...]:
    """Every go-live of one organisation, in the plans' order."""
    found = ((plan, plan.go_live_of(organisation_id)) for plan in plans)
    return tuple(OrganisationGoLive(plan, go_live) for plan, go_live in found if go_live)
