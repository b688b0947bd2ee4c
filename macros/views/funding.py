"""Stage 4, views: the money — each indsats' amounts, and a programme's sums of them.

A sum adds only amounts paid alike: yearly amounts with yearly ones, one-off amounts with one-off
ones. Adding a yearly running cost to a one-off setup cost would give a number no budget has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from macros.core.money import kroner, share_of
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
    funding: Funding

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
    """"Årlige beløb", "Engangsbeløb" or "Beløb uden angivet hyppighed"."""
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
    sums: tuple[FundingSum, ...]


def funding_lines(rows: Iterable[InitiativeRow]) -> tuple[FundingLine, ...]:
    """Every amount of `rows`, in their order and each indsats' own order."""
    return tuple(FundingLine(row, funding) for row in rows for funding in row.initiative.funding)


def budget(rows: Iterable[InitiativeRow]) -> Budget:
    """The amounts of `rows` with one sum per kind of amount that occurs."""
    lines = funding_lines(rows)
    sums = []
    for frequency, heading in _SUM_LABELS.items():
        alike = [line.funding for line in lines if line.funding.frequency is frequency]
        if alike:
            sums.append(_sum(heading, alike))
    return Budget(lines, tuple(sums))


def _sum(heading: str, amounts: list[Funding]) -> FundingSum:
    shared = [share_of(f.amount, f.co_financed) for f in amounts if f.co_financed is not None]
    total = kroner(sum(f.amount for f in amounts))
    co_financed = kroner(sum(shared)) if shared else ""
    return FundingSum(heading, len(amounts), total, co_financed, len(shared))
