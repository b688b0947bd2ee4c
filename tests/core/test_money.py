"""Stage 1, core (money): amounts as budgets write them, shares in per cent, Danish printing."""

from __future__ import annotations

import pytest

from macros.core.money import MoneyError, kroner, parse_kroner, parse_share, share_of

GAP = " \xa0"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("250000", 250_000),
        ("250.000", 250_000),
        ("250.000 kr.", 250_000),
        ("250.000,- kr.", 250_000),
        ("661.500 kr", 661_500),
        ("1.521.450 kroner", 1_521_450),
        ("1,64 mio. kr.", 1_640_000),
        ("61 mio. kr.", 61_000_000),
        ("1,234567 mio.", 1_234_567),
        ("0 kr.", 0),
        (" 250.000\xa0kr. ", 250_000),
    ],
)
def test_an_amount_is_read_to_whole_kroner(text: str, amount: int) -> None:
    assert parse_kroner(text, GAP) == amount


@pytest.mark.parametrize("text", ["1.5", "250.00", "1,2345678 mio.", "ca. 1 mio.", "", "-3"])
def test_what_is_not_an_amount_is_refused_with_examples(text: str) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_kroner(text, GAP)
    assert str(refused.value) == (
        f"'{text}' er ikke et beløb i kroner — skriv fx 250000, \"250.000 kr.\" eller "
        '"1,5 mio. kr."; ord som ca. hører i noten'
    )


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("3757,5 kr.", "er ikke i hele kroner — rund af, fx 3.758 kr."),
        ("3757,49", "er ikke i hele kroner — rund af, fx 3.757 kr."),
        ("661.500,00 kr.", "er ikke i hele kroner — rund af, fx 661.500 kr."),
        ("kr. 250.000", "skal have kr. efter tallet — skriv 250.000 kr."),
    ],
)
def test_ore_and_kr_before_the_number_get_their_own_advice(text: str, advice: str) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_kroner(text, GAP)
    assert str(refused.value) == f"'{text}' {advice}"


@pytest.mark.parametrize(("text", "share"), [("50", 50), ("50 %", 50), ("100%", 100), ("0", 0)])
def test_a_share_is_a_whole_per_cent(text: str, share: int) -> None:
    assert parse_share(text, GAP) == share


@pytest.mark.parametrize("text", ["101", "50,5 %", "-1", "halvdelen", "050"])
def test_a_share_outside_0_to_100_or_not_whole_is_refused(text: str) -> None:
    with pytest.raises(MoneyError, match="skriv et helt tal fra 0 til 100, fx 50 %"):
        parse_share(text, GAP)


def test_amounts_print_with_a_full_stop_between_thousands() -> None:
    assert kroner(1_521_450) == "1.521.450 kr."
    assert kroner(950) == "950 kr."
    assert share_of(1_521_450, 50) == 760_725
    assert share_of(5, 50) == 3
