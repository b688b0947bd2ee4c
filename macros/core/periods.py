"""Danish periods: exact dates and the fuzzy forms editors write.

Editors copy dates from meeting tables: "09-04-18", "marts 2019", "1. kvartal 2018", "medio 2019",
"foråret 2019", "primo marts – medio september 2022", "fra marts 2019 til juni 2019",
"8.–12. marts 2022", "ultimo 2018/primo 2019", "senest den 1. juli 2019". A `Period` keeps
the precision that was written, has a first and a last day, sorts by them and prints itself back
in Danish. The words and signs of the grammar are defined here; reading a text into a Period is
macros.core.period_parser's.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
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

SEASON_NAMES = ("foråret", "sommeren", "efteråret", "vinteren")
"""The seasons as printed: three months each from March, June, September and December."""
SEASON_MONTHS = {name: 3 * number for number, name in enumerate(SEASON_NAMES, start=1)}
# Without the definite ending (-et, -en) too: forår, sommer, efterår, vinter.
SEASON_MONTHS |= {name[:-2]: first for name, first in list(SEASON_MONTHS.items())}
"""Every season word understood (foråret or forår, …) and the month its season begins."""
WINTER_MONTH = 12
"""The month winter begins: it ends in February of the next year, so it is written 2019/20."""

FIRST_YEAR, LAST_YEAR = 1900, 2199

# The grammar's other words and signs. The JSON Schema's period pattern (macros.data.patterns) is
# built from these and the month and season words too, so the editor's IDE reads the same forms.
QUARTER_NUMBER, HALF_NUMBER = "[1-4]", "[12]"
QUARTER_WORD, QUARTER_ABBREVIATION, QUARTER_LETTER = "kvartal", "kvt", "q"
"""1. kvartal, 1. kvt. (the full stop may be left out) and q1."""
HALF_WORD = "halvår"
DAY_SEPARATORS = "-./"
"""Between day, month and year in the numeric form: 09-04-18, 9.4.2018, 9/4/18."""
TWO_DIGIT_CENTURY = 2000
"""What a two-digit year in the numeric form adds up to: 18 is 2018."""
DAY_WORD = "den"
"""May stand before a day, "den 8. marts 2022", and is dropped."""
RANGE_DASHES = "–—"
"""En and em dash: between the two ends of a range, with or without spaces around."""
RANGE_HYPHEN = "-"
"""Between the two ends of a range too: with a space on either side, or with none where neither
end holds a hyphen ("2018-2019", "marts-april 2018"), as 2018-04 is a month and 09-04-18 a day."""
RANGE_WORD = "til"
"""Between the two ends of a range, with spaces: "marts til maj 2019"."""
FROM_WORD = "fra"
"""Before the first end of a range whose ends til joins: "fra marts 2019 til juni 2019"."""
TURN_SLASH = "/"
"""Between two months, or primo/medio/ultimo of two years, around a turn: "ultimo 2018/primo 2019".
Spaces around it may be left out or written."""
EXAMPLE_YEAR = 2022
"""The year a message about a missing year suggests: "skriv fx primo december 2022"."""

EXAMPLES = "2018-04-09, april 2018, 2. kvartal 2018, 1. halvår 2018, 2018 eller medio 2018"
MORE_EXAMPLES = (
    "foråret 2019, vinteren 2019/20, primo marts – medio september 2022, 2018–2019, "
    "fra marts 2019 til juni 2019, 8.–12. marts 2022, ultimo 2018/primo 2019, "
    "den 8. marts 2022, senest marts 2019 og pr. januar 2019"
)
"""The forms EXAMPLES leaves out, for the schema's description."""


class Precision(Enum):
    """How much of the date the editor gave."""

    DAY = "dag"
    MONTH = "måned"
    SEASON = "årstid"
    QUARTER = "kvartal"
    HALF = "halvår"
    YEAR = "år"
    RANGE = "tidsrum"
    """Two ends, each with its own precision: "primo marts – medio september 2022"."""


class Joint(Enum):
    """How the two ends of a range are joined: kept to print the range back in the same form."""

    DASH = "–"
    """A dash, a hyphen or til between the ends; printed with a dash: "marts – maj 2019"."""
    FROM_TO = "fra … til"
    """"fra marts 2019 til juni 2019": the same days as "marts – juni 2019"."""
    SLASH = "/"
    """Around a turn of the year or the month: "ultimo 2018/primo 2019" runs from the first end's
    first day to the last end's last day, as "ultimo 2018 – primo 2019" does."""


class Part(Enum):
    """Primo, medio, ultimo: the first, middle or last third of a month or a year."""

    PRIMO = "primo"
    MEDIO = "medio"
    ULTIMO = "ultimo"


class Qualifier(Enum):
    """A word before a period that is kept to print it back; the period's days stay the same.

    A full stop ending the word may be left out: "pr januar 2019".
    """

    BY = "senest"
    """At the latest: "senest marts 2019" is due when March 2019 has ended. Before a range,
    "senest primo marts – medio september 2022", it keeps the range's days, so it is due when
    the last end has ended (20 September): as for one period, senest changes how it prints, not
    when it is due. Not before "fra … til", whose fra says when the work begins instead."""
    FROM = "pr."
    """From: "pr. januar 2019" spans January 2019, when the change takes effect. Before one period
    only: "pr. 2018–2019" would say from when twice."""


class PeriodError(ValueError):
    """The text is not a period; the message is Danish and says what to write instead."""


@dataclass(frozen=True, order=True)
class Period:
    """A span of days written by an editor; `start` and `end` are both inclusive.

    Ordering compares (start, end) only, so "marts 2019" sorts before "9. april 2019" and a
    quarter sorts before the months that end after it. The rest of what was written changes how
    a period prints, never where it sorts or when it is due: "senest marts 2019" sorts as marts
    2019 and, like every deadline, is overdue once its last day (31 March) has passed; "senest
    8.–12. marts 2022" sorts as the range and is overdue after 12 March.
    """

    start: date
    end: date
    precision: Precision = field(compare=False)
    part: Part | None = field(default=None, compare=False)
    ends: tuple[Period, Period] | None = field(default=None, compare=False)
    """A range's first and last end as written, the first with the year (for a day alone, "8.",
    also the month) it took from the last."""
    qualifier: Qualifier | None = field(default=None, compare=False)
    """Senest or pr. before the period."""
    joint: Joint = field(default=Joint.DASH, compare=False)
    """How a range's ends were joined: a dash, fra … til, or a slash."""

    @property
    def is_exact(self) -> bool:
        """True for a single day ("senest 5. april 2018" is not one)."""
        return self.precision is Precision.DAY and self.qualifier is None

    @property
    def machine_readable(self) -> str | None:
        """The period as an HTML <time datetime>: 2018-04-09, 2018-04 or 2018.

        None for forms HTML cannot state: quarters, half-years, seasons, ranges in every form
        (a dash, fra … til, a slash, days of a month: HTML has no intervals), primo/medio/ultimo,
        and a period after senest or pr.
        """
        if self.part is not None or self.qualifier is not None:
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
        return self.start.isoformat() if self.is_exact else format_period(self)


def format_date(day: date) -> str:
    """Print a day the Danish way: 9. april 2018."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def format_period(period: Period) -> str:
    """Print a period in Danish with the precision it was given."""
    if period.qualifier is not None:
        return f"{period.qualifier.value} {format_period(replace(period, qualifier=None))}"
    if period.ends is not None:
        return _format_range(*period.ends, period.joint)
    start = period.start
    month_year = f"{MONTHS[start.month - 1]} {start.year}"
    if period.part is not None:
        scope = month_year if period.precision is Precision.MONTH else str(start.year)
        return f"{period.part.value} {scope}"
    if period.precision is Precision.DAY:
        return format_date(start)
    if period.precision is Precision.MONTH:
        return month_year
    if period.precision is Precision.SEASON:
        return _format_season(start)
    if period.precision is Precision.QUARTER:
        return f"{(start.month - 1) // 3 + 1}. kvartal {start.year}"
    if period.precision is Precision.HALF:
        return f"{1 if start.month <= 6 else 2}. halvår {start.year}"
    return str(start.year)


def _format_season(start: date) -> str:
    name = SEASON_NAMES[start.month // 3 - 1]
    if start.month == WINTER_MONTH:
        return f"{name} {winter_years(start.year)}"
    return f"{name} {start.year}"


def _format_range(first: Period, last: Period, joint: Joint) -> str:
    """Both ends around an en dash, after fra and til, or around a slash, as they were joined."""
    first_text, last_text = _first_end_text(first, last), str(last)
    if joint is Joint.FROM_TO:
        return f"{FROM_WORD} {first_text} {RANGE_WORD} {last_text}"
    if joint is Joint.SLASH:
        return f"{first_text}{TURN_SLASH}{last_text}"
    # Why: Danish spaces the dash only between ends of several words; in "8.–12. marts 2022" the
    # dash joins the two days alone, as the month and year belong to both.
    several_words = " " in first_text + last_text and not _days_of_one_month(first, last)
    gap = " " if several_words else ""
    return f"{first_text}{gap}–{gap}{last_text}"


def _first_end_text(first: Period, last: Period) -> str:
    """The first end less what it takes from the last when read back.

    8. (–12. marts 2022), 1. marts (– 15. april 2022), primo marts (– maj 2022); 29. februar keeps
    its year, as it is read only with one, and so does primo 2019, as »primo – maj 2019« reads
    as primo maj.
    """
    if _days_of_one_month(first, last):
        return f"{first.start.day}."
    first_text, shared = str(first), f" {last.start.year}"
    part_of_a_year = first.part is not None and first.precision is Precision.YEAR
    if is_leap_day(first) or part_of_a_year:
        return first_text
    if not (first_text.endswith(shared) and str(last).endswith(shared)):
        return first_text
    return first_text.removesuffix(shared)


def _days_of_one_month(first: Period, last: Period) -> bool:
    both_days = first.precision is last.precision is Precision.DAY
    return both_days and first.start.replace(day=1) == last.start.replace(day=1)


def is_leap_day(period: Period) -> bool:
    """Whether `period` is a 29 February, which a range's first end must give its year."""
    return period.precision is Precision.DAY and (period.start.month, period.start.day) == (2, 29)


def winter_years(first_year: int) -> str:
    """The two years of the winter beginning in December of `first_year`: 2019/20."""
    return f"{first_year}/{(first_year + 1) % 100:02d}"


def _check_year(year_number: int) -> None:
    """Refuse a year outside the range the site reads (a typo such as 218)."""
    if not FIRST_YEAR <= year_number <= LAST_YEAR:
        raise PeriodError(
            f"året {year_number} ligger uden for {FIRST_YEAR}–{LAST_YEAR} — tjek årstallet"
        )


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


def season(year_number: int, first_month: int) -> Period:
    """Three months from `first_month`: 3 (foråret), 6, 9 or 12.

    Vinteren runs from December of `year_number` to February of the next year.
    """
    _check_year(year_number)
    # The last month, counted in months from January of year 0: two after the first.
    last_year, last_index = divmod(year_number * 12 + first_month - 1 + 2, 12)
    last = date(last_year, last_index + 1, calendar.monthrange(last_year, last_index + 1)[1])
    return Period(date(year_number, first_month, 1), last, Precision.SEASON)


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


def span(first: Period, last: Period, joint: Joint = Joint.DASH) -> Period:
    """The range from the first day of `first` to the last day of `last`, keeping both ends."""
    return Period(first.start, last.end, Precision.RANGE, ends=(first, last), joint=joint)
