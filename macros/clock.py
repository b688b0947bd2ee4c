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


def as_of_date(
    environ: Mapping[str, str] = os.environ,
    today: date | None = None,
    configured: str | None = None,
) -> date:
    """The as-of date: PORTFOLIO_AS_OF, else `configured`, else SOURCE_DATE_EPOCH's day, else today.

    `configured` is the site's `opgørelsesdato`; dates are written YYYY-MM-DD.
    """
    given = environ.get(AS_OF_VARIABLE, "").strip()
    if given:
        return _iso_date(given, AS_OF_VARIABLE)
    if configured:
        return _iso_date(configured, "opgørelsesdato")
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return today or date.today()


def _iso_date(given: str, name: str) -> date:
    try:
        return date.fromisoformat(given)
    except ValueError:
        raise AsOfError(f"{name}='{given}' er ikke en dato — skriv den som 2018-02-20") from None


def is_pinned(environ: Mapping[str, str] = os.environ, configured: str | None = None) -> bool:
    """Whether the as-of date was fixed on purpose (a snapshot) rather than taken from the clock."""
    return bool(environ.get(AS_OF_VARIABLE, "").strip() or configured)
