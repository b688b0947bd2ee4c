"""The as-of date ("today") of a run, resolved once by an entry point and passed down.

Why: overdue and upcoming depend on the date; reading the clock deep inside the pipeline would make
builds unreproducible and that logic untestable. The date travels with where it came from, so a
message about it can say how to move it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from zoneinfo import ZoneInfo

AS_OF_VARIABLE = "PORTFOLIO_AS_OF"
DANISH_TIME = ZoneInfo("Europe/Copenhagen")
"""Where the portfolio's days begin and end, whatever the machine's own time zone (CI: UTC)."""


class AsOfError(ValueError):
    """The as-of date given in the environment cannot be read."""


class AsOfSource(Enum):
    """Where the as-of date came from, described in Danish for messages."""

    VARIABLE = f"miljøvariablen {AS_OF_VARIABLE}"
    CONFIGURED = "opgørelsesdato i mkdocs.yml"
    SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH, byggets tidsstempel"
    TODAY = "dagens dato"

    @property
    def description(self) -> str:
        """How the date was chosen, e.g. "opgørelsesdato i mkdocs.yml"."""
        return self.value

    @property
    def pinned(self) -> bool:
        """Whether the date was fixed on purpose (a snapshot) rather than taken from the clock."""
        return self in (AsOfSource.VARIABLE, AsOfSource.CONFIGURED)

    @property
    def remedy(self) -> str:
        """What to do about a date in the data that lies after the as-of date."""
        return {
            AsOfSource.VARIABLE: f"ret datoen, eller sæt {AS_OF_VARIABLE} til en senere dato",
            AsOfSource.CONFIGURED: "ret datoen, eller ryk opgørelsesdato i mkdocs.yml frem",
            AsOfSource.SOURCE_DATE_EPOCH: "ret datoen, eller byg med et senere SOURCE_DATE_EPOCH",
            AsOfSource.TODAY: "en status kan ikke være fra fremtiden; ret datoen",
        }[self]


@dataclass(frozen=True)
class AsOf:
    """The date time-dependent facts are computed for, and how it was chosen."""

    day: date
    """The as-of date."""
    source: AsOfSource
    """Where it came from."""

    def __str__(self) -> str:
        return f"{self.day.isoformat()} ({self.source.description})"


def as_of_date(
    environ: Mapping[str, str] = os.environ,
    today: date | None = None,
    configured: str | None = None,
) -> AsOf:
    """The as-of date: PORTFOLIO_AS_OF, else `configured`, else SOURCE_DATE_EPOCH's day, else today.

    `configured` is the site's `opgørelsesdato`; dates are written YYYY-MM-DD.
    """
    given = environ.get(AS_OF_VARIABLE, "").strip()
    if given:
        return AsOf(_iso_date(given, AS_OF_VARIABLE), AsOfSource.VARIABLE)
    if configured:
        return AsOf(_iso_date(configured, "opgørelsesdato"), AsOfSource.CONFIGURED)
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isascii() and epoch.isdigit():
        day = datetime.fromtimestamp(int(epoch), tz=UTC).date()
        return AsOf(day, AsOfSource.SOURCE_DATE_EPOCH)
    return AsOf(today or datetime.now(DANISH_TIME).date(), AsOfSource.TODAY)


def _iso_date(given: str, name: str) -> date:
    try:
        return date.fromisoformat(given)
    except ValueError:
        raise AsOfError(f"{name}='{given}' er ikke en dato — skriv den som 2018-02-20") from None
