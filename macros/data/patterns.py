r"""Regular expressions for the JSON Schema: what the validator accepts, as the IDE runs them.

VS Code's YAML extension runs a schema's `pattern` as an ECMA-262 regular expression, with or
without the u flag depending on its version; the tests run the same patterns with Python's re
(jsonschema) and with Node. So that all of them read a pattern alike, the patterns here keep to
a common subset:

- no \d, \s, \w or \b, whose meaning differs between the engines: classes are spelt out, and
  [\s\S] is the one way to say "any character";
- no inline flags such as (?i): a letter is written with its capitals, [mM];
- no lookbehind and no named groups; lookahead only as (?!…); $ only at the very end;
- \- only inside a class, and no other escape of a character that needs none;
- a character outside the Basic Multilingual Plane counts as one character, also where ECMA-262
  without the u flag sees the two halves of a surrogate pair.

Each pattern is built from what the validator itself reads: the month and season words, the
other words and signs and the year range of macros.core.periods, the calendar's month lengths, the
characters the loader refuses, the whitespace Python's str.split and str.strip remove.
tests/data/test_schema_patterns.py holds every pattern to the validator's answers, in both
directions, with the exceptions each test names (for periods: a range whose ends are out of
order). One lookahead that must match is written (?!(?!…)), the only lookahead this subset has.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence

from macros.core.periods import (
    DAY_SEPARATORS,
    DAY_WORD,
    FIRST_YEAR,
    FROM_WORD,
    HALF_NUMBER,
    HALF_WORD,
    LAST_YEAR,
    MONTH_NUMBERS,
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
    Part,
    Qualifier,
)
from macros.data.load import CONTROL_CHARACTERS

WHITESPACE = r"\t\n \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Python's whitespace (str.isspace: what split and strip remove) less the control characters,
which the loader refuses anywhere; as the inside of a class."""

SPACE = f"[{WHITESPACE}]"
ANY = r"[\s\S]"
_HIGH, _LOW = r"\ud800-\udbff", r"\udc00-\udfff"
ASTRAL = r"(?:[^\x00-\uffff]|[\ud800-\udfff])"
"""A character outside the Basic Multilingual Plane, or (ECMA-262 without u) one of its halves."""

CASE_VARIANTS = {"k": "\u212a", "å": "\u212b"}
"""Characters besides the capital whose str.lower() is the letter: the Kelvin and Ångström signs."""

_DANISH = set("æøåÆØÅ")


def _code(char: str) -> str:
    assert ord(char) <= 0xFFFF, "a pattern spells only BMP characters as \\u escapes"
    return f"\\u{ord(char):04x}" if ord(char) > 0xFF else f"\\x{ord(char):02x}"


def _shown(char: str, escaped: str) -> str:
    if char in escaped:
        return f"\\{char}"
    return char if " " < char < "\x7f" or char in _DANISH else _code(char)


def literal(text: str) -> str:
    """`text` matched as written, outside a class."""
    return "".join(_shown(char, "\\^$.|?*+()[]{}") for char in text)


def class_of(chars: Iterable[str]) -> str:
    """The inside of a class holding each of `chars`."""
    return "".join(_shown(char, "\\]^-[") for char in dict.fromkeys(chars))


def one_of(*alternatives: str) -> str:
    """A non-capturing group of alternatives."""
    return f"(?:{'|'.join(alternatives)})"


def any_case(word: str) -> str:
    """`word` in any mix of capitals: what str.lower() turns into `word`."""
    parts = []
    for char in word:
        variants = [char]
        if len(char.upper()) == 1:
            variants.append(char.upper())
        variants.extend(CASE_VARIANTS.get(char, ""))
        distinct = list(dict.fromkeys(variants))
        parts.append(f"[{class_of(distinct)}]" if len(distinct) > 1 else literal(char))
    return "".join(parts)


def strip_wrapped(pattern: str) -> str:
    """A whole-text pattern for what matches `pattern` once surrounding whitespace is stripped."""
    return f"^{SPACE}*{one_of(pattern)}{SPACE}*$"


# --- Numbers and dates ---------------------------------------------------------------------------


def numbers(low: int, high: int, *, zero: str) -> str:
    """The whole numbers low…high (below 100) as alternatives.

    Args:
        low: the first number.
        high: the last number.
        zero: how a leading zero is written: "0" (two digits always) or "0?" (one or two).
    """
    alternatives = []
    for tens in range(low // 10, high // 10 + 1):
        first, last = max(low, tens * 10) % 10, min(high, tens * 10 + 9) % 10
        units = str(first) if first == last else f"[{first}-{last}]"
        alternatives.append(f"{zero if tens == 0 else tens}{units}")
    return "|".join(alternatives)


def _month_numbers(months: Sequence[int], zero: str) -> str:
    return "|".join(f"{zero}{month}" if month < 10 else str(month) for month in months)


_NONZERO_MULTIPLES_OF_FOUR = "0[48]|[2468][048]|[13579][26]"
_MULTIPLES_OF_FOUR = "[02468][048]|[13579][26]"


def years(first: int, last: int) -> str:
    """The four-digit years first…last, which must be whole centuries (1900–2199)."""
    assert first % 100 == 0
    assert last % 100 == 99
    centuries = "|".join(str(century) for century in range(first // 100, last // 100 + 1))
    return f"(?:{centuries})[0-9]{{2}}"


def leap_years(first: int, last: int) -> str:
    """The leap years among years(first, last): every fourth, but a century only every fourth."""
    centuries = range(first // 100, last // 100 + 1)
    inside = f"(?:{'|'.join(map(str, centuries))})(?:{_NONZERO_MULTIPLES_OF_FOUR})"
    return one_of(inside, *(f"{century}00" for century in centuries if century % 4 == 0))


ANY_YEAR = r"(?!0000)[0-9]{4}"
"""0001–9999, the years datetime.date reads."""
ANY_LEAP_YEAR = "(?!0000)" + one_of(
    f"[0-9]{{2}}(?:{_NONZERO_MULTIPLES_OF_FOUR})", f"(?:{_MULTIPLES_OF_FOUR})00"
)

_TWO_DIGIT_LEAP_YEARS = (
    _MULTIPLES_OF_FOUR if TWO_DIGIT_CENTURY % 400 == 0 else _NONZERO_MULTIPLES_OF_FOUR
)


def _months_by_length() -> dict[int, list[int]]:
    """Months by their number of days in a common year: 31, 28 and 30."""
    by_length: dict[int, list[int]] = {}
    for month in range(1, 13):
        by_length.setdefault(calendar.monthrange(2001, month)[1], []).append(month)
    return by_length


def calendar_dates(
    arrange: Callable[[str, str, str], str],
    *,
    zero: str,
    months: Callable[[Sequence[int]], str],
    year: str,
    leap_year: str,
) -> str:
    """Every date that exists, as alternatives: a day no later than its month's last.

    Args:
        arrange: puts the day, month and year patterns in the written order.
        zero: how a day below 10 is written ("0" or "0?").
        months: the pattern of the given month numbers.
        year: the years.
        leap_year: those of the years with a 29 February.
    """
    alternatives = [
        arrange(one_of(numbers(1, length, zero=zero)), one_of(months(numbers_)), one_of(year))
        for length, numbers_ in _months_by_length().items()
    ]
    alternatives.append(arrange("29", one_of(months([2])), one_of(leap_year)))
    return "|".join(one_of(alternative) for alternative in alternatives)


# --- Periods -------------------------------------------------------------------------------------

_GAP = f"{SPACE}+"
"""Where the period grammar has a space: any run of whitespace (parse_period splits on it)."""
_MAYBE_GAP = f"{SPACE}*"


def winters(first: int, last: int) -> str:
    """The two years of each winter beginning in first…last (whole centuries): 2019/20."""
    centuries = "|".join(str(century) for century in range(first // 100, last // 100 + 1))
    pairs = (f"{year:02d}/{(year + 1) % 100:02d}" for year in range(100))
    return f"(?:{centuries}){one_of(*pairs)}"


def _month_words(months: Sequence[int]) -> str:
    return "|".join(any_case(word) for word, number in MONTH_NUMBERS.items() if number in months)


def _days(*, hyphens: bool = True) -> str:
    """The forms of one exact day: 2018-04-09, 9-4-18 or 09.04.2018, 9. april 2018.

    Without `hyphens`, only those without a hyphen: 09.04.2018, 9/4/18 and 9. april 2018.
    """
    year, leap_year = years(FIRST_YEAR, LAST_YEAR), leap_years(FIRST_YEAR, LAST_YEAR)
    separators = DAY_SEPARATORS if hyphens else DAY_SEPARATORS.replace(RANGE_HYPHEN, "")
    separator = f"[{class_of(separators)}]"
    numeric = calendar_dates(
        lambda day, month, year_: f"{day}{separator}{month}{separator}{year_}",
        zero="0?",
        months=lambda months: _month_numbers(months, "0?"),
        year=f"{year}|[0-9]{{2}}",
        leap_year=f"{leap_year}|{_TWO_DIGIT_LEAP_YEARS}",
    )
    named = calendar_dates(
        lambda day, month, year_: rf"{day}\.?{_GAP}{month}\.?{_GAP}{year_}",
        zero="0?",
        months=_month_words,
        year=year,
        leap_year=leap_year,
    )
    if not hyphens:
        return one_of(numeric, named)
    iso = calendar_dates(
        lambda day, month, year_: f"{year_}-{month}-{day}",
        zero="0?",
        months=lambda months: _month_numbers(months, "0?"),
        year=year,
        leap_year=leap_year,
    )
    return one_of(iso, numeric, named)


def _day_word() -> str:
    return f"(?:{any_case(DAY_WORD)}{_GAP})?"


def _parts() -> str:
    return one_of(*(any_case(part.value) for part in Part))


def _before_a_year() -> tuple[str, ...]:
    """The forms that end in a year, less the year: (primo) marts, 1. kvartal, q1, foråret."""
    quarter_word = one_of(any_case(QUARTER_WORD), rf"{any_case(QUARTER_ABBREVIATION)}\.?")
    seasons = [word for word, first in SEASON_MONTHS.items() if first != WINTER_MONTH]
    return (
        rf"(?:{_parts()}{_GAP})?{one_of(_month_words(range(1, 13)))}\.?",
        rf"{QUARTER_NUMBER}\.?{_MAYBE_GAP}{quarter_word}",
        f"{any_case(QUARTER_LETTER)}{QUARTER_NUMBER}",
        rf"{HALF_NUMBER}\.?{_MAYBE_GAP}{any_case(HALF_WORD)}",
        one_of(*(any_case(word) for word in seasons)),
    )


def _end(*, hyphens: bool = True) -> str:
    """One period without senest or pr., as either end of a range too.

    Without `hyphens`, only the forms without a hyphen: the ends around an unspaced one.
    """
    year = years(FIRST_YEAR, LAST_YEAR)
    winter = [word for word, first in SEASON_MONTHS.items() if first == WINTER_MONTH]
    iso_month = [f"{year}-{one_of(numbers(1, 12, zero='0?'))}"] if hyphens else []
    return one_of(
        f"{one_of(*_before_a_year())}{_GAP}{year}",
        f"(?:{_parts()}{_GAP})?{one_of(year, *iso_month)}",
        f"{_day_word()}{_days(hyphens=hyphens)}",
        f"{one_of(*(any_case(word) for word in winter))}{_GAP}{winters(FIRST_YEAR, LAST_YEAR)}",
    )


def _day_alone() -> str:
    """A day of the month without month and year, as in 8.–12. marts 2022."""
    longest = max(_months_by_length())
    return rf"{_day_word()}{one_of(numbers(1, longest, zero='0?'))}\.?"


def _days_without_a_year() -> str:
    """A named day whose year a range's last end gives: 1. marts, but never 29. februar.

    Why no 29 February: which years have one is the last end's to say (see periods._first_end).
    """
    return _day_word() + one_of(
        *(
            rf"{one_of(numbers(1, length, zero='0?'))}\.?{_GAP}{one_of(_month_words(months))}\.?"
            for length, months in _months_by_length().items()
        )
    )


def _til_follows() -> str:
    """A lookahead after fra: til, with a space either side, comes later in the text.

    Why a lookahead: with fra the range's separator must be til, and fra with its own copy of the
    ends would add a third to the pattern's size; no end holds til, so the one found is the
    separator.
    """
    return f"(?!(?!{ANY}*?{_GAP}{any_case(RANGE_WORD)}{_GAP}))"


def _turn() -> str:
    """Two months, or primo/medio/ultimo of two years, around a slash: ultimo 2018/primo 2019.

    The first may leave out its year to take the last end's: marts/april 2019.
    """
    year, part = years(FIRST_YEAR, LAST_YEAR), f"{_parts()}{_GAP}"
    named_month = rf"(?:{part})?{one_of(_month_words(range(1, 13)))}\.?"
    end = one_of(
        f"{named_month}{_GAP}{year}",
        f"(?:{part})?{year}-{one_of(numbers(1, 12, zero='0?'))}",
        f"{part}{year}",
    )
    slash = f"{_MAYBE_GAP}{literal(TURN_SLASH)}{_MAYBE_GAP}"
    return f"{one_of(end, named_month, _parts())}{slash}{end}"


def _ranges() -> str:
    """Two ends around a dash, til, a hyphen or a slash; senest before them, or fra before til.

    The first end may leave out what it shares with the last: the year (primo marts – maj 2022,
    1. marts – 15. april 2022) and for a day the month too (8.–12. marts 2022). Around an unspaced
    hyphen only ends without one.
    """
    hyphen, dashes = literal(RANGE_HYPHEN), f"[{class_of(RANGE_DASHES)}]"
    spaced = one_of(
        f"{_MAYBE_GAP}{dashes}{_MAYBE_GAP}",
        f"{_GAP}{hyphen}{_MAYBE_GAP}",
        f"{_MAYBE_GAP}{hyphen}{_GAP}",
        f"{_GAP}{any_case(RANGE_WORD)}{_GAP}",
    )
    by = f"{any_case(Qualifier.BY.value)}{_GAP}"
    from_to = f"{any_case(FROM_WORD)}{_GAP}{_til_follows()}"
    ranges = [f"(?:{by})?{_turn()}"]
    for separator, hyphens, before in ((spaced, True, one_of(by, from_to)), (hyphen, False, by)):
        last = _end(hyphens=hyphens)
        first = one_of(last, *_before_a_year(), _parts(), _days_without_a_year())
        days = f"{_day_alone()}{separator}{_day_word()}{_days(hyphens=hyphens)}"
        ranges.append(f"(?:{before})?{one_of(f'{first}{separator}{last}', days)}")
    return one_of(*ranges)


def exact_date_pattern() -> str:
    """What ExactDateField accepts: a period with the precision of one day."""
    return strip_wrapped(f"{_day_word()}{_days()}")


def period_pattern() -> str:
    """What parse_period accepts as text (a bare year may also be a number).

    The order of a range's ends is beyond a pattern: "2019–2018" passes here. Pr. stands before
    one period only; senest before a range too, except fra … til.
    """
    qualifiers = (
        any_case(qualifier.value.removesuffix("."))
        + (r"\.?" if qualifier.value.endswith(".") else "")
        for qualifier in Qualifier
    )
    return strip_wrapped(one_of(f"(?:{one_of(*qualifiers)}{_GAP})?{_end()}", _ranges()))


def moment_pattern(separators: str, hour_minute: str) -> str:
    """What MomentField accepts, but for the hour summer time skips (which depends on the year)."""
    day = calendar_dates(
        lambda day_, month, year: f"{year}-{month}-{day_}",
        zero="0",
        months=lambda months: _month_numbers(months, "0"),
        year=ANY_YEAR,
        leap_year=ANY_LEAP_YEAR,
    )
    return strip_wrapped(f"{one_of(day)}[{class_of(separators)}]{hour_minute}")


# --- Texts and phone numbers ---------------------------------------------------------------------


def character(refused: str) -> str:
    """One character not in the class `refused`, a surrogate pair counting as one.

    Why three alternatives that never overlap: with two ways to read a pair (as one character
    or two), ECMA-262 without the u flag backtracks through every mix of them and takes
    seconds on a long text of emoji.
    """
    return one_of(f"[{_HIGH}][{_LOW}]", f"[{_HIGH}](?![{_LOW}])", f"[^{refused}{_HIGH}]")


def text_pattern(max_length: int) -> str:
    """1 to `max_length` characters once stripped of whitespace, and no control character."""
    first = character(WHITESPACE + CONTROL_CHARACTERS)
    then = character(CONTROL_CHARACTERS)
    return f"^{SPACE}*{first}{then}{{0,{max_length - 1}}}{SPACE}*$"


PHONE_SEPARATORS = f"{WHITESPACE}\\ufe63\\uff0d\\-"
"""What the phone number may be broken up by: whitespace and hyphens, after NFKC (﹣ －)."""
PLUS_FORMS = "+\u207a\u208a\ufb29\ufe62\uff0b"
"""+ and what NFKC makes into +: ⁺ ₊ ﬩ ﹢ ＋."""
TWO_DIGIT_FORMS = r"\u2469-\u2473\u3251-\u325f\u32b1-\u32bf"
"""⑩–⑳, ㉑–㉟, ㊱–㊿: one character that NFKC makes into two digits."""


def digit_forms(digit: int) -> str:
    """The characters NFKC makes into `digit` within the BMP: 4 ⁴ ₄ ④ ４."""
    superscript = {1: "\u00b9", 2: "\u00b2", 3: "\u00b3"}.get(digit, chr(0x2070 + digit))
    circled = chr(0x2460 + digit - 1) if digit else "\u24ea"
    return f"{digit}{superscript}{chr(0x2080 + digit)}{circled}{chr(0xFF10 + digit)}"


def phone_pattern(prefixes: Sequence[str], digits: int) -> str:
    """A phone number as _phone reads it: NFKC, less whitespace and hyphens, is prefix + digits.

    A text with a character NFKC makes into two digits, or one outside the BMP (𝟐, 🯲), is let
    through: a pattern cannot count those digits in every engine.
    """
    gap = f"[{PHONE_SEPARATORS}]*"

    def sign(char: str) -> str:
        forms = PLUS_FORMS if char == "+" else digit_forms(int(char))
        return f"[{class_of(forms)}]"

    prefix = one_of(*(gap.join(sign(char) for char in written) for written in prefixes))
    digit = f"[0-9{class_of(''.join(digit_forms(number)[1:] for number in range(10)))}]"
    exact = f"{gap}(?:{prefix}{gap})?(?:{digit}{gap}){{{digits}}}"
    let_through = f"{ANY}*(?:[{TWO_DIGIT_FORMS}]|{ASTRAL}){ANY}*"
    return f"^{one_of(exact, let_through)}$"
