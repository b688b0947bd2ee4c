"""Danish periods: exact dates and the fuzzy forms editors write.

Editors copy dates from meeting tables: "09-04-18", "marts 2019", "1. kvartal 2018", "medio 2019",
"foråret 2019", "primo marts – medio september 2022", "fra marts 2019 til juni 2019",
"8.–12. marts 2022", "ultimo 2018/primo 2019", "senest den 1. juli 2019". A `Period` keeps
the precision that was written, has a first and a last day, sorts by them and prints itself back
in Danish. Parsing lives here, not in YAML, so every form is read the same way and an impossible or
incomplete date becomes a Danish message that says what is missing instead of a traceback.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Iterator
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


class _UnreadableError(PeriodError):
    """No form of the grammar fits the text; something else may still explain it better."""


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
    its year, as it is read only with one.
    """
    if _days_of_one_month(first, last):
        return f"{first.start.day}."
    first_text, shared = str(first), f" {last.start.year}"
    if _is_leap_day(first) or not (first_text.endswith(shared) and str(last).endswith(shared)):
        return first_text
    return first_text.removesuffix(shared)


def _days_of_one_month(first: Period, last: Period) -> bool:
    both_days = first.precision is last.precision is Precision.DAY
    return both_days and first.start.replace(day=1) == last.start.replace(day=1)


def _is_leap_day(period: Period) -> bool:
    return period.precision is Precision.DAY and (period.start.month, period.start.day) == (2, 29)


def winter_years(first_year: int) -> str:
    """The two years of the winter beginning in December of `first_year`: 2019/20."""
    return f"{first_year}/{(first_year + 1) % 100:02d}"


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
_SEASON = re.compile(f"({'|'.join(SEASON_MONTHS)}) ([0-9]{{4}})")
_WINTER_WORDS = "|".join(word for word, first in SEASON_MONTHS.items() if first == WINTER_MONTH)
_WINTER = re.compile(f"(?:{_WINTER_WORDS}) ([0-9]{{4}})/([0-9]{{2}}|[0-9]{{4}})")
_YEAR = re.compile(r"[0-9]{4}")
_PART = re.compile(f"({'|'.join(part.value for part in Part)}) (.+)")
_QUALIFIERS = {qualifier.value.removesuffix("."): qualifier for qualifier in Qualifier}
_QUALIFIER_WORDS = "|".join(
    re.escape(qualifier.value.removesuffix(".")) + ("\\.?" if qualifier.value.endswith(".") else "")
    for qualifier in Qualifier
)
_QUALIFIED = re.compile(f"({_QUALIFIER_WORDS})(?: (.+))?")
_RANGE_SEPARATOR = re.compile(f"[{RANGE_DASHES}{RANGE_HYPHEN}]| {RANGE_WORD} ")
_DAY_ALONE = re.compile(f"(?:{DAY_WORD} )?([0-9]{{1,2}})\\.?")
_LONGEST_MONTH = 31
"""A day alone above it ("32.–…") is no day in any month and reads as nothing."""
_NEW_YEAR = "; går perioden over nytår, så skriv årstallet ved begge ender"
_NEW_MONTH = "; går perioden over et månedsskifte, så skriv måneden ved begge ender"
"""What a message on a range's order adds when the first end took its year, or month, from the
last: the editor may have meant the year or month before."""
_FROM_TO = f"{FROM_WORD} marts {EXAMPLE_YEAR} {RANGE_WORD} juni {EXAMPLE_YEAR}"
"""The example of a message on fra … til, where none can be made from what was written."""
_FOUR_DIGITS = re.compile("[0-9]{4}")


def parse_period(value: object) -> Period:
    """Read one period from what an editor wrote.

    Args:
        value: a YAML scalar — a string, or an int for a bare year.

    Returns:
        The period, keeping the written precision.

    Raises:
        PeriodError: with a Danish message saying what is wrong or missing, or naming the forms
            that are understood.
    """
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise PeriodError(f"skal være en dato eller periode, fx {EXAMPLES}")
    if isinstance(value, int):
        return year(value)
    text = " ".join(str(value).lower().split())
    try:
        return _parse_text(text, str(value))
    except _UnreadableError:
        completed = _with_a_year(text)
        if completed is None:
            raise
        raise PeriodError(f"'{value}': året mangler — skriv fx {completed}") from None


def _parse_text(text: str, original: str) -> Period:
    qualified = _QUALIFIED.fullmatch(text)
    if qualified:
        return _qualified(qualified, original)
    return _unqualified(text, original)


def _unqualified(text: str, original: str) -> Period:
    """One period or a range in any of its forms, without senest or pr."""
    if text == FROM_WORD or text.startswith(f"{FROM_WORD} "):
        return _from_to(text.removeprefix(FROM_WORD).strip(), original)
    try:
        return _parse_end(text, original)
    except _UnreadableError:
        whole = _parse_range(text, original)
        if whole is None:
            whole = _parse_slash(text, original)
        if whole is None:
            raise
        return whole


def _qualified(match: re.Match[str], original: str) -> Period:
    """Senest or pr. and a period: the period, remembering the word before it."""
    qualifier = _QUALIFIERS[match[1].removesuffix(".")]
    if match[2] is None:
        raise PeriodError(
            f"'{original}': der mangler en dato efter {qualifier.value} — "
            f"skriv fx {qualifier.value} marts {EXAMPLE_YEAR}"
        )
    period = _unqualified(match[2], original)
    if period.ends is not None and (qualifier is Qualifier.FROM or period.joint is Joint.FROM_TO):
        raise PeriodError(_not_before_a_range(qualifier, period, original))
    return replace(period, qualifier=qualifier)


def _not_before_a_range(qualifier: Qualifier, whole: Period, original: str) -> str:
    """Pr. before any range, or senest before fra … til: what to write instead."""
    assert whole.ends is not None
    if qualifier is Qualifier.FROM:
        what, instead = "et tidsrum", whole.ends[0]
    else:
        what, instead = f"{FROM_WORD} … {RANGE_WORD}", replace(whole, joint=Joint.DASH)
    return (
        f"'{original}': {qualifier.value} kan ikke stå foran {what} — "
        f"skriv fx {qualifier.value} {instead}"
    )


def _with_a_year(text: str) -> str | None:
    """`text` with a year added, when that is all it lacks ("primo december"); else None."""
    if not text or _FOUR_DIGITS.search(text):
        return None
    for years in (str(EXAMPLE_YEAR), winter_years(EXAMPLE_YEAR)):
        completed = f"{text} {years}"
        try:
            _parse_text(completed, completed)
        except PeriodError:
            continue
        return completed
    return None


def _parse_end(text: str, original: str) -> Period:
    """One period, not a range and without senest or pr.: also an end of a range."""
    if text.startswith(f"{DAY_WORD} "):
        return _after_day_word(text.removeprefix(f"{DAY_WORD} "), original)
    part_match = _PART.fullmatch(text)
    if part_match:
        return _part(part_match, original)
    return _parse_whole(text, original)


def _after_day_word(text: str, original: str) -> Period:
    period = _parse_whole(text, original)
    if not period.is_exact:
        raise PeriodError(
            f"'{original}': '{DAY_WORD}' bruges kun foran en dag, "
            f"fx {DAY_WORD} 8. marts {EXAMPLE_YEAR} — skriv ellers bare {period}"
        )
    return period


def _part(match: re.Match[str], original: str) -> Period:
    whole = _parse_whole(match[2], original)
    if whole.precision not in (Precision.MONTH, Precision.YEAR):
        raise PeriodError(
            f"'{original}': {match[1]} kan kun bruges om en måned eller et år, "
            f"fx {match[1]} 2019 eller {match[1]} marts 2019"
        )
    return part_of(whole, Part(match[1]))


def _parse_range(text: str, original: str) -> Period | None:
    """Two ends around a dash or til, or None when no split of `text` gives two.

    Why the first split that reads: no end holds a dash or " til ", and an unspaced hyphen only
    splits ends without hyphens, so a text splits into two ends in one way at most.
    """
    for first_text, last_text in _range_splits(text):
        try:
            ends = _ends(first_text, last_text, original)
        except _UnreadableError:
            continue
        return _range(*ends, original)
    return None


def _range_splits(text: str) -> Iterator[tuple[str, str]]:
    for separator in _RANGE_SEPARATOR.finditer(text):
        before, after = text[: separator.start()], text[separator.end() :]
        unspaced = not before.endswith(" ") and not after.startswith(" ")
        if separator[0] == RANGE_HYPHEN and unspaced and RANGE_HYPHEN in before + after:
            continue  # 2018-04-09: the hyphens belong to the ends.
        first, last = before.removesuffix(" "), after.removeprefix(" ")
        if first and last:
            yield first, last


def _from_to(rest: str, original: str) -> Period:
    """Fra <periode> til <periode>: the same range as with a dash, printed with fra and til.

    Why split at the first til: no end holds one.
    """
    first_text, til, last_text = f" {rest} ".partition(f" {RANGE_WORD} ")
    first_text, last_text = first_text.strip(), last_text.strip()
    if not til or not last_text:
        raise _without_an_end(first_text, original)
    if not first_text:
        earlier = _months_away(_parse_end(last_text, original).start, -3)
        example = f"{FROM_WORD} {earlier} {RANGE_WORD} {last_text}" if earlier else _FROM_TO
        raise PeriodError(f"'{original}': starten mangler — skriv fx {example}")
    return _range(*_ends(first_text, last_text, original), original, Joint.FROM_TO)


def _without_an_end(first_text: str, original: str) -> PeriodError:
    """Fra without til and a last end: what is missing, or that til must join the ends."""
    if not first_text:
        return PeriodError(
            f"'{original}': der mangler en dato efter {FROM_WORD} — skriv fx {_FROM_TO}"
        )
    try:
        first = _parse_end(first_text, original)
    except _UnreadableError:
        whole = _parse_range(first_text, original)
        if whole is None:
            raise
        return PeriodError(
            f"'{original}': efter {FROM_WORD} står {RANGE_WORD} mellem enderne — "
            f"skriv fx {replace(whole, joint=Joint.FROM_TO)}"
        )
    later = _months_away(first.end, 3)
    example = f"{FROM_WORD} {first_text} {RANGE_WORD} {later}" if later else _FROM_TO
    return PeriodError(f"'{original}': slutningen mangler — skriv fx {example}")


def _months_away(day_in: date, months: int) -> Period | None:
    """The month `months` after (or before) the month of `day_in`, for an example in a message.

    None outside 1900–2199, where the message shows _FROM_TO instead.
    """
    index = day_in.year * 12 + day_in.month - 1 + months
    try:
        return month(index // 12, index % 12 + 1)
    except PeriodError:
        return None


def _parse_slash(text: str, original: str) -> Period | None:
    """Two ends around a slash ("ultimo 2018/primo 2019"), or None when `text` has no such two.

    Why only months and primo/medio/ultimo of years: "2018/2019" and "2018/19" may name a season,
    a school year or a financial year rather than two whole years. "vinteren 2019/20" and "9/4/18"
    are read as one period before a slash is tried, so they keep their meaning.
    """
    before, slash, after = text.partition(TURN_SLASH)
    first_text, last_text = before.removesuffix(" "), after.removeprefix(" ")
    if not slash or TURN_SLASH in after or not first_text or not last_text:
        return None
    try:
        first, last, hint = _ends(first_text, last_text, original)
    except _UnreadableError:
        return None
    whole = _range(first, last, hint, original, Joint.SLASH)
    if not (_around_a_turn(first) and _around_a_turn(last)):
        raise PeriodError(
            f"'{original}': skråstregen står kun mellem måneder eller mellem primo, medio og "
            f"ultimo af et år — skriv fx {replace(whole, joint=Joint.DASH)}"
        )
    return whole


def _around_a_turn(end: Period) -> bool:
    """A month (ultimo december 2018, januar 2019), or primo/medio/ultimo of a year."""
    return end.precision is Precision.MONTH or (
        end.precision is Precision.YEAR and end.part is not None
    )


def _ends(first_text: str, last_text: str, original: str) -> tuple[Period, Period, str]:
    """A range's two ends, and what a message on their order adds (see _NEW_YEAR)."""
    last = _parse_end(last_text, original)
    first, hint = _first_end(first_text, last, original)
    return first, last, hint


def _first_end(text: str, last: Period, original: str) -> tuple[Period, str]:
    """The first end, and what a message on the order adds if it took from the last.

    The first may take the year from the last ("primo marts – maj 2022", "1. marts – 15. april
    2022"), and a day alone the month and year too ("8.–12. marts 2022").

    Why not 29 February without its year: to read "29. februar – 1. marts 2020" but refuse it in
    2019, the schema's pattern would have to tie the first end to the leap years of the last, and
    it would double in size.
    """
    try:
        return _parse_end(text, original), ""
    except _UnreadableError as unreadable:
        taken = _day_of_the_last(text, last, original)
        if taken is None:
            taken = _year_of_the_last(text, last, original)
        if taken is None:
            raise unreadable from None
        return taken


def _year_of_the_last(text: str, last: Period, original: str) -> tuple[Period, str] | None:
    try:
        lent = _parse_end(f"{text} {last.start.year}", original)
    except _UnreadableError:
        return None
    if _is_leap_day(lent):
        raise PeriodError(f"'{original}': året mangler ved {text} — skriv fx {lent} – {last}")
    return lent, _NEW_YEAR


def _day_of_the_last(text: str, last: Period, original: str) -> tuple[Period, str] | None:
    """A day alone, "8." (or "den 8."), before a day: that day of the last day's month."""
    alone = _DAY_ALONE.fullmatch(text)
    number = int(alone[1]) if alone else 0
    if last.precision is not Precision.DAY or not 1 <= number <= _LONGEST_MONTH:
        return None
    start = last.start
    if number > calendar.monthrange(start.year, start.month)[1]:
        # "31.–12. april 2022": out of order whatever the month's length, so it is said as such.
        written = f"{number}. {MONTHS[start.month - 1]} {start.year}"
        raise PeriodError(_disorder(original, written, last, _NEW_MONTH))
    return day(start.year, start.month, number), _NEW_MONTH


def _range(
    first: Period, last: Period, hint: str, original: str, joint: Joint = Joint.DASH
) -> Period:
    """The range, if its last end begins and ends after the first."""
    if last.end < first.start:
        raise PeriodError(_disorder(original, str(first), last, hint))
    if last.start <= first.start or last.end <= first.end:
        raise PeriodError(
            f"'{original}': {first} og {last} dækker over hinanden — "
            "den sidste ende skal både begynde og slutte efter den første"
        )
    return span(first, last, joint)


def _disorder(original: str, first: str, last: Period, hint: str) -> str:
    return (
        f"'{original}': slutningen ({last}) ligger før starten ({first}) — "
        f"skriv den tidligste først{hint}"
    )


def _parse_whole(text: str, original: str) -> Period:
    for pattern, build in _PARSERS:
        match = pattern.fullmatch(text)
        if match:
            return build(match, original)
    raise _unreadable(original)


def _unreadable(original: str) -> _UnreadableError:
    return _UnreadableError(
        f"'{original}' kan ikke læses som dato eller periode — skriv fx {EXAMPLES}"
    )


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


def _from_season(match: re.Match[str], original: str) -> Period:
    first_month, year_number = SEASON_MONTHS[match[1]], int(match[2])
    if first_month == WINTER_MONTH:
        raise PeriodError(
            f"'{original}': vinteren går over nytår — skriv vinteren "
            f"{winter_years(year_number - 1)} eller vinteren {winter_years(year_number)}"
        )
    return season(year_number, first_month)


def _from_winter(match: re.Match[str], original: str) -> Period:
    """Vinteren 2019/20: December 2019 to February 2020.

    Why only two digits after the slash: as the schema's pattern, which cannot tie a second
    four-digit year to the first without listing every pair, states the same rule.
    """
    first_year = int(match[1])
    if match[2] != f"{(first_year + 1) % 100:02d}":
        raise PeriodError(
            f"'{original}': vinteren går fra december {first_year} til februar "
            f"{first_year + 1} — skriv vinteren {winter_years(first_year)}"
        )
    return season(first_year, WINTER_MONTH)


def _from_year(match: re.Match[str], _original: str) -> Period:
    return year(int(match[0]))


_PARSERS = (
    (_ISO_DAY, _from_iso_day),
    (_ISO_MONTH, _from_iso_month),
    (_NUMERIC_DAY, _from_numeric_day),
    (_QUARTER, _from_quarter),
    (_HALF, _from_half),
    (_NAMED_DAY, _from_named_day),
    (_WINTER, _from_winter),
    (_SEASON, _from_season),
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
    raise _unreadable(original)


def _check_year(year_number: int) -> None:
    if not FIRST_YEAR <= year_number <= LAST_YEAR:
        raise PeriodError(
            f"året {year_number} ligger uden for {FIRST_YEAR}–{LAST_YEAR} — tjek årstallet"
        )
