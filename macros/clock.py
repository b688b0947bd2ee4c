"""The as-of date ("today") of a run, resolved once by an entry point and passed down.

Why: overdue and upcoming depend on the date; reading the clock deep inside the pipeline would make
builds unreproducible and that logic untestable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

AS_OF_VARIABLE = "PORTFOLIO_AS_OF"


class AsOfError(ValueError):
    """The as-of date given in the environment cannot be read."""


def as_of_date(environ: Mapping[str, str] = os.environ, today: date | None = None) -> date:
    """PORTFOLIO_AS_OF (YYYY-MM-DD) if set, else the day of SOURCE_DATE_EPOCH, else today."""
    given = environ.get(AS_OF_VARIABLE, "").strip()
    if given:
        try:
            return date.fromisoformat(given)
        except ValueError:
            raise AsOfError(
                f"{AS_OF_VARIABLE}='{given}' er ikke en dato — skriv den som 2018-02-20"
            ) from None
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return today or date.today()
