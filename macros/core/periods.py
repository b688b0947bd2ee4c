"""Danish periods: exact dates and the fuzzy forms editors write.

Editors copy dates from meeting tables: "09-04-18", "marts 2019", "1. kvartal 2018", "medio 2019".
A `Period` keeps the precision that was written, has a first and a last day, sorts by them and
prints itself back in Danish. Parsing lives here, not in YAML, so every form is read the same way
and an impossible date becomes a Danish message instead of a traceback.
"""

from __future__ import annotations

import calendar
import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
MONTH_NUMBERS |= {name[:3]: number for name, number in list(MONTH_NUMBERS.items())}
MONTH_NUMBERS |= {"sept": 9}
"""Every month word understood, lower case: the names, their first three letters and sept."""

FIRST_YEAR, LAST_YEAR = 1900, 2199

# The grammar's other words and signs. The JSON Schema's period pattern (macros.data.patterns) is
# built from these and the month words too, so the editor's IDE reads the same forms.
QUARTER_NUMBER, HALF_NUMBER = "[1-4]", "[12]"
QUARTER_WORD, QUARTER_ABBREVIATION, QUARTER_LETTER = "kvartal", "kvt", "q"
"""1. kvartal, 1. kvt. (the full stop may be left out) and q1."""
HALF_WORD = "halvår"
DAY_SEPARATORS = "-./"
"""Between day, month and year in the numeric form: 09-04-18, 9.4.2018, 9/4/18."""
TWO_DIGIT_CENTURY = 2000
"""What a two-digit year in the numeric form adds up to: 18 is 2018."""

EXAMPLES = "2018-04-09, april 2018, 2. kvartal 2018, 1. halvår 2018, 2018 eller medio 2018"


class Precision(Enum):
    """How much of the date the editor gave."""

    DAY = "dag"
    MONTH = "måned"
    QUARTER = "kvartal"
    HALF = "halvår"
    YEAR = "år"


class Part(Enum):
    """Primo, medio, ultimo: the first, middle or last third of a month or a year."""

    PRIMO = "primo"
    MEDIO = "medio"
    ULTIMO = "ultimo"


class PeriodError(ValueError):
    """The text is not a period; the message is Danish and says what to write instead."""


@dataclass(frozen=True, order=True)
class Period:
    """A span of days written by an editor; `start` and `end` are both inclusive.

    Ordering compares (start, end) first, so "marts 2019" sorts before "9. april 2019" and a
    quarter sorts before the months that end after it.
    """

    start: date
    end: date
    precision: Precision = field(compare=False)
    part: Part | None = field(default=None, compare=False)

    @property
    def is_exact(self) -> bool:
        """True for a single day."""
        return self.precision is Precision.DAY

    @property
    def machine_readable(self) -> str | None:
        """The period as an HTML <time datetime>: 2018-04-09, 2018-04 or 2018.

        None for forms HTML cannot state: quarters, half-years, primo/medio/ultimo.
        """
        if self.part is not None:
            return None
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.start:%Y-%m}"
        return str(self.start.year) if self.precision is Precision.YEAR else None

    def __str__(self) -> str:
        return format_period(self)

    def as_yaml(self) -> str:
        """The canonical form an editor would write for this period."""
        if self.precision is Precision.DAY and self.part is None:
            return self.start.isoformat()
        return format_period(self)


def format_date(day: date) -> str:
    """Print a day the Danish way: 9. april 2018."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def format_period(period: Period) -> str:
    """Print a period in Danish with the precision it was given."""
    start = period.start
    month_year = f"{MONTHS[start.month - 1]} {start.year}"
    if period.part is not None:
        scope = month_year if period.precision is Precision.MONTH else str(start.year)
        return f"{period.part.value} {scope}"
    if period.precision is Precision.DAY:
        return format_date(start)
    if period.precision is Precision.MONTH:
        return month_year
    if period.precision is Precision.QUARTER:
        return f"{(start.month - 1) // 3 + 1}. kvartal {start.year}"
    if period.precision is Precision.HALF:
        return f"{1 if start.month <= 6 else 2}. halvår {start.year}"
    return str(start.year)


def day(year: int, month: int, day_of_month: int) -> Period:
    """An exact day; raises PeriodError with a Danish message for an impossible date."""
    _check_year(year)
    if not 1 <= month <= 12:
        raise PeriodError(f"der er ingen måned nummer {month}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day_of_month <= last:
        raise PeriodError(f"{MONTHS[month - 1]} {year} har kun {last} dage")
    exact = date(year, month, day_of_month)
    return Period(exact, exact, Precision.DAY)


def month(year: int, month_number: int) -> Period:
    """A whole calendar month."""
    _check_year(year)
    last = calendar.monthrange(year, month_number)[1]
    return Period(date(year, month_number, 1), date(year, month_number, last), Precision.MONTH)


def quarter(year: int, number: int) -> Period:
    """Quarter 1–4 of a year."""
    _check_year(year)
    first_month = 3 * (number - 1) + 1
    return Period(
        date(year, first_month, 1),
        month(year, first_month + 2).end,
        Precision.QUARTER,
    )


def half_year(year: int, number: int) -> Period:
    """Half-year 1 (January–June) or 2 (July–December)."""
    _check_year(year)
    first_month = 1 if number == 1 else 7
    return Period(date(year, first_month, 1), month(year, first_month + 5).end, Precision.HALF)


def year(year_number: int) -> Period:
    """A whole calendar year."""
    _check_year(year_number)
    return Period(date(year_number, 1, 1), date(year_number, 12, 31), Precision.YEAR)


def part_of(whole: Period, part: Part) -> Period:
    """Primo/medio/ultimo of a month or a year: its first, middle or last third.

    Why thirds: the words have no official boundaries. Thirds never overlap and cover the whole
    span: for a year January–April, May–August, September–December; for a month the days 1–10,
    11–20 and 21 to the end.
    """
    index = list(Part).index(part)
    if whole.precision is Precision.YEAR:
        first_month = 1 + 4 * index
        return Period(
            date(whole.start.year, first_month, 1),
            month(whole.start.year, first_month + 3).end,
            whole.precision,
            part,
        )
    first = whole.start.replace(day=1 + 10 * index)
    last = whole.end if part is Part.ULTIMO else whole.start.replace(day=10 * (index + 1))
    return Period(first, last, whole.precision, part)


# Why [0-9], not \d: \d also matches other scripts' digits, and int() would read them.
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_SEPARATOR = f"[{re.escape(DAY_SEPARATORS)}]"
_NUMERIC_DAY = re.compile(
    f"([0-9]{{1,2}}){_SEPARATOR}([0-9]{{1,2}}){_SEPARATOR}([0-9]{{4}}|[0-9]{{2}})"
)
_NAMED_DAY = re.compile(r"([0-9]{1,2})\.? ([a-zæøå]+)\.? ([0-9]{4})")
_NAMED_MONTH = re.compile(r"([a-zæøå]+)\.? ([0-9]{4})")
_QUARTER = re.compile(
    f"({QUARTER_NUMBER})\\.? ?(?:{QUARTER_WORD}|{QUARTER_ABBREVIATION}\\.?) ([0-9]{{4}})"
    f"|{QUARTER_LETTER}({QUARTER_NUMBER}) ([0-9]{{4}})"
)
_HALF = re.compile(f"({HALF_NUMBER})\\.? ?{HALF_WORD} ([0-9]{{4}})")
_YEAR = re.compile(r"[0-9]{4}")
_PART = re.compile(f"({'|'.join(part.value for part in Part)}) (.+)")


def parse_period(value: object) -> Period:
    """Read one period from what an editor wrote.

    Args:
        value: a YAML scalar — a string, or an int for a bare year.

    Returns:
        The period, keeping the written precision.

    Raises:
        PeriodError: with a Danish message naming the forms that are understood.
    """
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise PeriodError(f"skal være en dato eller periode, fx {EXAMPLES}")
    if isinstance(value, int):
        return year(value)
    text = " ".join(str(value).lower().split())
    part_match = _PART.fullmatch(text)
    if part_match:
        whole = _parse_whole(part_match.group(2), original=str(value))
        if whole.precision not in (Precision.MONTH, Precision.YEAR):
            raise PeriodError(
                f"'{value}': {part_match.group(1)} kan kun bruges om en måned eller et år, "
                f"fx {part_match.group(1)} 2019 eller {part_match.group(1)} marts 2019"
            )
        return part_of(whole, Part(part_match.group(1)))
    return _parse_whole(text, original=str(value))


def _parse_whole(text: str, original: str) -> Period:
    for pattern, build in _PARSERS:
        match = pattern.fullmatch(text)
        if match:
            return build(match, original)
    raise PeriodError(f"'{original}' kan ikke læses som dato eller periode — skriv fx {EXAMPLES}")


def _exact_day(year_number: int, month_number: int, day_of_month: int, original: str) -> Period:
    try:
        return day(year_number, month_number, day_of_month)
    except PeriodError as error:
        raise PeriodError(f"'{original}' er ikke en gyldig dato — {error}") from None


def _from_iso_day(match: re.Match[str], original: str) -> Period:
    return _exact_day(int(match[1]), int(match[2]), int(match[3]), original)


def _from_iso_month(match: re.Match[str], original: str) -> Period:
    number = int(match[2])
    if not 1 <= number <= 12:
        raise PeriodError(
            f"'{original}' er ikke en gyldig måned — der er ingen måned nummer {number}"
        )
    return month(int(match[1]), number)


def _from_numeric_day(match: re.Match[str], original: str) -> Period:
    # Why: the seed tables write "09-04-18"; a two-digit year there always means 20xx.
    year_text = match[3]
    full_year = int(year_text) + TWO_DIGIT_CENTURY if len(year_text) == 2 else int(year_text)
    return _exact_day(full_year, int(match[2]), int(match[1]), original)


def _from_named_day(match: re.Match[str], original: str) -> Period:
    return _exact_day(int(match[3]), _month_number(match[2], original), int(match[1]), original)


def _from_named_month(match: re.Match[str], original: str) -> Period:
    return month(int(match[2]), _month_number(match[1], original))


def _from_quarter(match: re.Match[str], _original: str) -> Period:
    number, year_text = (match[1], match[2]) if match[1] else (match[3], match[4])
    return quarter(int(year_text), int(number))


def _from_half(match: re.Match[str], _original: str) -> Period:
    return half_year(int(match[2]), int(match[1]))


def _from_year(match: re.Match[str], _original: str) -> Period:
    return year(int(match[0]))


_PARSERS = (
    (_ISO_DAY, _from_iso_day),
    (_ISO_MONTH, _from_iso_month),
    (_NUMERIC_DAY, _from_numeric_day),
    (_QUARTER, _from_quarter),
    (_HALF, _from_half),
    (_NAMED_DAY, _from_named_day),
    (_NAMED_MONTH, _from_named_month),
    (_YEAR, _from_year),
)


def _month_number(name: str, original: str) -> int:
    number = MONTH_NUMBERS.get(name)
    if number is not None:
        return number
    close = difflib.get_close_matches(name, MONTHS, n=1, cutoff=0.7)
    if close:
        raise PeriodError(f"'{original}': '{name}' er ikke et månedsnavn — mente du {close[0]}?")
    raise PeriodError(f"'{original}' kan ikke læses som dato eller periode — skriv fx {EXAMPLES}")


def _check_year(year_number: int) -> None:
    if not FIRST_YEAR <= year_number <= LAST_YEAR:
        raise PeriodError(
            f"året {year_number} ligger uden for {FIRST_YEAR}–{LAST_YEAR} — tjek årstallet"
        )
