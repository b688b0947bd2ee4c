"""Reading what editors write into a Period: every form of macros.core.periods' grammar.

Parsing lives here, not in YAML, so every form is read the same way and an impossible or
incomplete date becomes a Danish message that says what is missing instead of a traceback.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from macros.core.periods import (
    DAY_SEPARATORS,
    DAY_WORD,
    EXAMPLE_YEAR,
    EXAMPLES,
    FROM_WORD,
    HALF_NUMBER,
    HALF_WORD,
    MONTH_NUMBERS,
    MONTHS,
    QUARTER_ABBREVIATION,
    QUARTER_LETTER,
    QUARTER_NUMBER,
    QUARTER_WORD,
    RANGE_DASHES,
    RANGE_HYPHEN,
    RANGE_WORD,
    SEASON_MONTHS,
    TURN_SLASH,
    TWO_DIGIT_CENTURY,
    WINTER_MONTH,
    Joint,
    Part,
    Period,
    PeriodError,
    Precision,
    Qualifier,
    day,
    half_year,
    is_leap_day,
    month,
    part_of,
    quarter,
    season,
    span,
    winter_years,
    year,
)


class _UnreadableError(PeriodError):
    """No form of the grammar fits the text; something else may still explain it better."""


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
    return PeriodError(
        f"'{original}': slutningen mangler — skriv fx {example}, eller skriv bare {first_text}, "
        "hvis ingen slutning er kendt"
    )


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
    if is_leap_day(lent):
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
