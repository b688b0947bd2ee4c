"""Amounts in kroner and shares in per cent, as editors copy them from budgets.

A budget says "661.500 kr.", "250.000,- kr." or "1,64 mio. kr."; an editor may also write a bare
250000. Each is read to whole kroner here, and printed back the Danish way ("1.521.450 kr."), so
the models, the views and the exports agree on one reading. The grammar is written once, as
regular expressions the JSON Schema uses too (macros.data.fields), in the subset of regular
expressions both Python and the editor's IDE read alike (see macros.data.patterns).
"""

from __future__ import annotations

import re

MILLION, MILLION_DECIMALS = 1_000_000, 6
"""Decimals a "mio." amount may have: six keep it whole kroner (1,234567 mio. is 1.234.567)."""
_WHOLE = r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)"
"""250000 or 250.000: digits, with a full stop between each group of three if any."""
_MILLIONS = f"{_WHOLE}(?:,[0-9]{{1,{MILLION_DECIMALS}}})?"
_UNIT = "(?:[kK][rR]\\.?|[kK]roner)"


def amount_grammar(gap: str) -> str:
    """The amount forms, with `gap` the class of whitespace allowed around and between parts.

    "250000", "250.000 kr.", "250.000,- kr", "1,64 mio. kr.", "61 mio."; decimals only with
    "mio.", as whole kroner is what a budget line holds.
    """
    space = f"[{gap}]*"
    plain = f"(?P<whole>{_WHOLE})(?:,-)?"
    millions = f"(?P<millions>{_MILLIONS}){space}[mM]io\\.?"
    return f"{space}(?:{millions}|{plain})(?:{space}{_UNIT})?{space}"


SHARE_WANTED = "skriv et helt tal fra 0 til 100, fx 50 %"
SHARE_ADVICE = f"er ikke en andel i procent — {SHARE_WANTED}"
AMOUNT_EXAMPLES = '250000, "250.000 kr." eller "1,5 mio. kr."'
AMOUNT_ADVICE = f"er ikke et beløb i kroner — skriv fx {AMOUNT_EXAMPLES}"


class MoneyError(ValueError):
    """Not an amount or a share; the message is Danish and says what to write instead."""


def unnamed(grammar: str) -> str:
    """The grammar without group names, as a JSON Schema's pattern must be written."""
    return re.sub(r"\(\?P<[a-z]+>", "(?:", grammar)


def parse_kroner(text: str, gap: str) -> int:
    """Whole kroner from a budget's way of writing them; MoneyError if it is not one of them."""
    match = re.fullmatch(amount_grammar(gap), text)
    if match is None:
        raise MoneyError(f"'{text}' {_what_to_write(text, gap)}")
    plain: str | None = match.group("whole")
    if plain is not None:
        return int(plain.replace(".", ""))
    millions: str = match.group("millions")
    whole, _, decimals = millions.replace(".", "").partition(",")
    return int(whole) * MILLION + int(decimals.ljust(MILLION_DECIMALS, "0") or 0)


def _what_to_write(text: str, gap: str) -> str:
    """The advice for a text that is no amount: whole kroner, kr. after it, or the forms."""
    space = f"[{gap}]*"
    with_øre = re.fullmatch(f"{space}({_WHOLE}),([0-9]+){space}(?:{_UNIT})?{space}", text)
    if with_øre:
        rounded_up = int(with_øre.group(2)[0]) >= 5
        whole = int(with_øre.group(1).replace(".", "")) + rounded_up
        return f"er ikke i hele kroner — rund af, fx {kroner(whole)}"
    unit_first = re.fullmatch(f"{space}{_UNIT}{space}({_WHOLE}){space}", text)
    if unit_first:
        return f"skal have kr. efter tallet — skriv {unit_first.group(1)} kr."
    return f"{AMOUNT_ADVICE}; ord som ca. hører i noten"


def share_grammar(gap: str) -> str:
    """A whole per cent from 0 to 100: "50", "50 %", "50%" or "50 procent"."""
    space = f"[{gap}]*"
    return f"{space}(?P<share>100|[1-9]?[0-9]){space}(?:%|procent)?{space}"


def parse_share(text: str, gap: str) -> int:
    """A whole per cent from 0 to 100; MoneyError if the text is not one."""
    match = re.fullmatch(share_grammar(gap), text)
    if match is None:
        raise MoneyError(f"'{text}' {SHARE_ADVICE}")
    return int(match.group("share"))


def kroner(amount: int) -> str:
    """An amount the Danish way, with a full stop between thousands: "1.521.450 kr."."""
    return f"{amount:,} kr.".replace(",", ".")


def share_of(amount: int, share: int) -> int:
    """`share` per cent of `amount`, to the nearest krone."""
    return (amount * share + 50) // 100
