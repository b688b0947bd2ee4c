"""Stage 4, views: what a page shows, computed from the portfolio as plain, documented rows.

Views hold no HTML and read no files or clocks; the as-of date arrives as an argument.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from macros.models import Portfolio
from macros.periods import format_date
from macros.vocabulary import Colour


@dataclass(frozen=True)
class ColourCount:
    """How many indsatser have one colour."""

    colour: Colour
    """The colour."""
    count: int
    """Number of indsatser with that colour at their status date."""

    @property
    def label(self) -> str:
        """The colour's Danish word, capitalised for a table cell."""
        return self.colour.value.capitalize()

    @property
    def meaning(self) -> str:
        """The legend text for the colour."""
        return self.colour.meaning

    @property
    def css_name(self) -> str:
        """ASCII name used in CSS classes."""
        return self.colour.name.lower()


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
