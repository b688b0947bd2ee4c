"""Stage 4, views: recommendations, decisions and options, with what they concern.

A recommendation often comes before any indsats and may concern several, so decisions are their
own kind; these views list them by programme and area, and find the ones that name a programme or
an indsats for those pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from macros.core.urls import decision_href
from macros.data.models import Decision, Group, Portfolio, Programme
from macros.views.views import InitiativeRow

NO_AREA = "Øvrige"
"""The heading over a programme's decisions without an område, when others have one."""


@dataclass(frozen=True)
class DecisionRow:
    """One recommendation, decision or option with the programme, group and indsatser it names."""

    decision: Decision
    """The decision itself (type, number, texts, status …)."""
    programme: Programme
    """Its programme."""
    group: Group | None
    """The group of the portfolio that made or received it, if the file names one."""
    initiatives: tuple[InitiativeRow, ...]
    """The indsatser it concerns, in the file's order."""

    @property
    def href(self) -> str:
        """The decision's page."""
        return decision_href(self.decision.id)

    @property
    def title(self) -> str:
        """Type, number and title: "Anbefaling 3: Tæt kobling til det sundhedsfaglige"."""
        return f"{self.decision.label}: {self.decision.title}"


@dataclass(frozen=True)
class DecisionArea:
    """A programme's decisions under one område."""

    name: str | None
    """The område; None when none of the programme's decisions has one (no heading then)."""
    rows: tuple[DecisionRow, ...]
    """Its decisions, by number and then file name."""


@dataclass(frozen=True)
class ProgrammeDecisions:
    """One programme's section of the list of decisions."""

    programme: Programme
    """The programme."""
    areas: tuple[DecisionArea, ...]
    """Its decisions by område, in the order the first of each comes."""


def _decision_order(decision: Decision) -> tuple[int, str]:
    """Numbered ones first by number ("Anbefaling 2" before 10), then the rest by file name."""
    return (decision.number or 10_000, decision.id)


def decision_rows(portfolio: Portfolio, rows: Iterable[InitiativeRow]) -> tuple[DecisionRow, ...]:
    """Every decision with what it names, by number and then file name."""
    by_id = {row.initiative.id: row for row in rows}
    return tuple(
        DecisionRow(
            decision,
            portfolio.programmes[decision.programme],
            portfolio.groups[decision.group] if decision.group else None,
            tuple(by_id[named] for named in decision.initiatives),
        )
        for decision in sorted(portfolio.decisions.values(), key=_decision_order)
    )


def by_programme(
    rows: Iterable[DecisionRow], programmes: Iterable[Programme]
) -> tuple[ProgrammeDecisions, ...]:
    """The decisions by programme, in the order of `programmes`; those without any left out."""
    listed = tuple(rows)
    sections = (
        ProgrammeDecisions(programme, _by_area(r for r in listed if r.programme.id == programme.id))
        for programme in programmes
    )
    return tuple(section for section in sections if section.areas)


def _by_area(rows: Iterable[DecisionRow]) -> tuple[DecisionArea, ...]:
    areas: dict[str | None, list[DecisionRow]] = {}
    for row in rows:
        areas.setdefault(row.decision.area, []).append(row)
    if list(areas) == [None]:
        return (DecisionArea(None, tuple(areas[None])),)
    # Why last: decisions without an område would otherwise seem to belong to the area above.
    named = [DecisionArea(name, tuple(members)) for name, members in areas.items() if name]
    rest = [DecisionArea(NO_AREA, tuple(areas[None]))] if None in areas else []
    return (*named, *rest)


def decisions_of_programme(
    rows: Iterable[DecisionRow], programme_id: str
) -> tuple[DecisionRow, ...]:
    """The decisions of one programme, in the list's order."""
    return tuple(row for row in rows if row.programme.id == programme_id)


def decisions_by_initiative(rows: Iterable[DecisionRow]) -> dict[str, tuple[DecisionRow, ...]]:
    """The decisions naming each indsats under `indsatser`, by the indsats' id."""
    found: dict[str, list[DecisionRow]] = {}
    for row in rows:
        for initiative in row.initiatives:
            found.setdefault(initiative.initiative.id, []).append(row)
    return {initiative_id: tuple(named) for initiative_id, named in found.items()}
