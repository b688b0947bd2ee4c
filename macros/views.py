"""Stage 4, views: what a page shows, computed from the portfolio as plain, documented rows.

Views hold no HTML and read no files or clocks; the as-of date arrives as an argument.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from macros.models import Group, Initiative, Portfolio, Programme, Step
from macros.periods import format_date
from macros.vocabulary import Colour, Section


@dataclass(frozen=True)
class ColourCount:
    """How many indsatser have one colour."""

    colour: Colour
    """The colour, with its label, meaning and CSS name."""
    count: int
    """Number of indsatser with that colour at their status date."""


@dataclass(frozen=True)
class ColourSummary:
    """The home page's count of indsatser per colour."""

    rows: tuple[ColourCount, ...]
    """One row per colour, in legend order, zeros included."""
    total: int
    """All indsatser."""
    as_of: str
    """The as-of date in Danish, e.g. "23. november 2026"."""


def colour_summary(portfolio: Portfolio, as_of: date) -> ColourSummary:
    """Count the indsatser per colour; every colour appears, also with 0."""
    counts = Counter(initiative.colour for initiative in portfolio.initiatives.values())
    rows = tuple(ColourCount(colour, counts[colour]) for colour in Colour)
    return ColourSummary(rows, sum(counts.values()), format_date(as_of))


@dataclass(frozen=True)
class InitiativeRow:
    """One indsats as a row of the portfolio overview."""

    initiative: Initiative
    """The indsats itself (title, colour, dates …)."""
    group: Group
    """Its responsible group."""
    programme: Programme
    """Its programme."""
    next_step: Step | None
    """The first dated step ending on or after the as-of date, if any."""

    @property
    def status_date(self) -> str:
        """The status date in Danish."""
        return format_date(self.initiative.status_date)


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


def initiative_rows(portfolio: Portfolio, as_of: date) -> tuple[InitiativeRow, ...]:
    """Every indsats in group order, then section, then title."""
    rows = [
        InitiativeRow(
            initiative,
            portfolio.groups[initiative.group],
            portfolio.programmes[initiative.programme],
            next_step(initiative, as_of),
        )
        for initiative in portfolio.initiatives.values()
    ]
    sections = list(Section)
    return tuple(
        sorted(
            rows,
            key=lambda row: (
                _group_order(row.group),
                sections.index(row.initiative.section) if row.initiative.section else len(sections),
                row.initiative.title.lower(),
            ),
        )
    )
