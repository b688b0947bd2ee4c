"""The one shape every problem with the portfolio takes: a Danish message at file:line:col."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Issue:
    """One problem an editor must fix.

    Ordering is by file, then line and column, so a report reads top to bottom.
    """

    file: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class PortfolioInvalid(Exception):
    """Raised when the portfolio has problems; carries all of them, sorted and deduplicated."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: tuple[Issue, ...] = tuple(sorted(set(issues)))
        super().__init__(f"{len(self.issues)} fejl i porteføljen")
