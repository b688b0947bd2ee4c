"""Denmark's public holidays, computed for any year: the days opening hours call "helligdag".

Why computed: a list typed into the procedure ran out (it ended on 26 December 2027), and from
then on the on-call rule treated Skærtorsdag as an ordinary Thursday, with no warning. The
`holidays` package knows the Danish calendar, including that Store Bededag was abolished from
2024. Only the public holidays are here: the organisation's own extra closing days (e.g. 24 and
31 December or Grundlovsdag, which are not public holidays) are the procedure's `lukkedage`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType

import holidays


@functools.cache
def public_holidays(year: int) -> Mapping[date, str]:
    """Denmark's public holidays in `year`, in date order, with their Danish names."""
    calendar = holidays.country_holidays("DK", years=year, language="da")
    return MappingProxyType(dict(sorted(calendar.items())))


def public_holiday(day: date) -> str | None:
    """The Danish name of the public holiday on `day`, e.g. "Skærtorsdag", or None."""
    return public_holidays(day.year).get(day)


def public_holidays_in(years: Iterable[int]) -> tuple[tuple[date, str], ...]:
    """The public holidays of each of `years`, in date order."""
    return tuple(sorted(item for year in years for item in public_holidays(year).items()))
