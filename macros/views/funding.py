"""Stage 4, views: the money — each indsats' amounts, and a programme's sums of them.

A sum adds only amounts paid alike and for the same period: yearly amounts for 2024–2026 with
each other, one-off amounts for 4. kvartal 2023 with each other. Adding a yearly running cost to
a one-off setup cost, or this year's budget to one from years ago, would give a number no budget
has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from macros.core.money import kroner, share_of
from macros.core.periods import Period
from macros.data.fields import Frequency
from macros.data.models import Funding
from macros.views.views import InitiativeRow

_SUM_LABELS = {
    Frequency.YEARLY: "Årlige beløb",
    Frequency.ONCE: "Engangsbeløb",
    None: "Beløb uden angivet hyppighed",
}
"""A sum's heading by what it adds up; also their order."""


@dataclass(frozen=True)
class FundingLine:
    """One amount of one indsats, with the words a table shows for it."""

    row: InitiativeRow
    """The indsats."""
    funding: Funding
    """The amount as written."""

    @property
    def amount(self) -> str:
        """The amount the Danish way: "1.521.450 kr."."""
        return kroner(self.funding.amount)

    @property
    def frequency(self) -> str:
        """The kind in words: "Årligt", "Engangsbeløb" or "Ikke angivet"."""
        frequency = self.funding.frequency
        return frequency.label if frequency else "Ikke angivet"

    @property
    def co_financed(self) -> str:
        """The co-financed share and what it comes to: "50 % (760.725 kr.)"; "" if not given."""
        share = self.funding.co_financed
        if share is None:
            return ""
        return f"{share} % ({kroner(share_of(self.funding.amount, share))})"


@dataclass(frozen=True)
class FundingSum:
    """The amounts of one kind (yearly, one-off, not said) added up."""

    heading: str
    """What it adds: "Årlige beløb 2024–2026", "Engangsbeløb uden periode" and the like."""
    count: int
    """How many amounts it adds."""
    total: str
    """Their sum: "1.852.200 kr."."""
    co_financed: str
    """The co-financed part of those that give a share, "" if none does."""
    shared: int
    """How many of the amounts give a co-financed share."""


@dataclass(frozen=True)
class Budget:
    """A programme's or an indsats' amounts, and their sums by kind."""

    lines: tuple[FundingLine, ...]
    """Every amount, in the indsatser's order."""
    sums: tuple[FundingSum, ...]
    """One sum per kind and period that holds two amounts or more."""


def funding_lines(rows: Iterable[InitiativeRow]) -> tuple[FundingLine, ...]:
    """Every amount of `rows`, in their order and each indsats' own order."""
    return tuple(FundingLine(row, funding) for row in rows for funding in row.initiative.funding)


def budget(rows: Iterable[InitiativeRow]) -> Budget:
    """The amounts of `rows`, summed by kind and period where two or more are alike."""
    lines = funding_lines(rows)
    alike: dict[tuple[Frequency | None, Period | None], list[Funding]] = {}
    for line in lines:
        alike.setdefault((line.funding.frequency, line.funding.period), []).append(line.funding)
    order = list(_SUM_LABELS)
    keys = sorted(alike, key=lambda key: (order.index(key[0]), key[1] is None, key[1]))
    sums = tuple(_sum(_heading(*key), alike[key]) for key in keys if len(alike[key]) > 1)
    return Budget(lines, sums)


def _heading(frequency: Frequency | None, period: Period | None) -> str:
    return f"{_SUM_LABELS[frequency]} {period or 'uden periode'}"


def _sum(heading: str, amounts: list[Funding]) -> FundingSum:
    shared = [share_of(f.amount, f.co_financed) for f in amounts if f.co_financed is not None]
    total = kroner(sum(f.amount for f in amounts))
    co_financed = kroner(sum(shared)) if shared else ""
    return FundingSum(heading, len(amounts), total, co_financed, len(shared))
