"""Field types: links, phone numbers, clock times, moments and numbers; the schema in step.

Digits are ASCII only: Python's \\d and int() also take Arabic-Indic (٣) or full-width (３)
digits, which would reach a tel: link or a sort order unnoticed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from macros.core.period_parser import parse_period
from macros.core.periods import PeriodError
from macros.data.fields import (
    ClockField,
    LinkAddressField,
    MomentField,
    PhoneField,
    PositiveNumberField,
)
from macros.data.kinds import KINDS_BY_NAME
from macros.data.models import Milestone
from macros.data.schema import json_schema

LINK: TypeAdapter[str] = TypeAdapter(LinkAddressField)
PHONE: TypeAdapter[str] = TypeAdapter(PhoneField)


def _refusal(adapter: TypeAdapter[Any], value: object) -> str:
    with pytest.raises(ValidationError) as raised:
        adapter.validate_python(value)
    (error,) = raised.value.errors()
    assert error["type"] == "dansk"
    return str(error["msg"])


@pytest.mark.parametrize(
    "url",
    [
        "https://www.rsyd.dk/notat.pdf",
        "http://intra.rsyd.dk",
        "https://sundhed.dk/side?id=3#afsnit",
        "https://æblerne.dk/",
        "mailto:edi@rsyd.dk",
        "mailto:edi@rsyd.dk?subject=EDI",
    ],
)
def test_a_good_link_passes_the_validator_and_the_schema(url: str) -> None:
    assert LINK.validate_python(url) == url
    assert re.search(_link_schema_pattern(), url)


NO_HOST = "mangler et domæne efter https:// — skriv fx https://www.eksempel.dk/…"
NO_ADDRESS = "mangler en e-mailadresse efter mailto: — skriv fx mailto:edi@eksempel.dk"
INVISIBLE = (
    "adressen har et usynligt tegn (tegn nr. 14), fx en tabulator eller et linjeskift — slet det; "
    "det kommer ofte med, når adressen kopieres"
)
UPPER = "skal starte med {} skrevet med små bogstaver — skriv {}"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://", f"'https://' {NO_HOST}"),
        ("http:///x", f"'http:///x' {NO_HOST.replace('https', 'http')}"),
        ("https://?q=1", f"'https://?q=1' {NO_HOST}"),
        ("https://[::1", f"'https://[::1' {NO_HOST}"),
        ("mailto:", f"'mailto:' {NO_ADDRESS}"),
        ("mailto:?subject=x", f"'mailto:?subject=x' {NO_ADDRESS}"),
        ("https://a b.dk", "adressen har et mellemrum (tegn nr. 10) — skriv det som %20"),
        ("https://a.dk/\t", INVISIBLE),
        ("https://a.dk/\n", INVISIBLE),
        ("https://a.dk/\u200bx", INVISIBLE),
        ("https://a.dk/\x00", INVISIBLE),
        ("https://a.dk/\u00a0", INVISIBLE),
        ("HTTPS://a.dk", "'HTTPS://a.dk' " + UPPER.format("https://", "https://a.dk")),
        ("Mailto:e@a.dk", "'Mailto:e@a.dk' " + UPPER.format("mailto:", "mailto:e@a.dk")),
        (
            "javascript:alert(1)",
            "'javascript:alert(1)' er ikke en tilladt adresse — brug en adresse, der starter "
            "med https://, http:// eller mailto:",
        ),
    ],
)
def test_a_bad_link_is_refused_by_the_validator_and_the_schema(url: str, message: str) -> None:
    assert _refusal(LINK, url) == message
    if url != "https://[::1":  # the schema does not read IPv6 brackets; the validator does
        assert not re.search(_link_schema_pattern(), url)


def _link_schema_pattern() -> str:
    schema = json_schema(KINDS_BY_NAME["indsats"])
    pattern = schema["definitions"]["Link"]["properties"]["url"]["pattern"]
    assert isinstance(pattern, str)
    assert pattern.endswith("$")
    # Why \Z: in the editor's ECMA-262 regex $ is the end of the text; Python's $ also matches
    # before a final line break.
    return pattern.removesuffix("$") + r"\Z"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("24 90 87 31", "24 90 87 31"),
        ("+45 24908731", "24 90 87 31"),
        (24908731, "24 90 87 31"),
        # Full width: the same digits, which NFKC makes ASCII.
        ("２４ ９０ ８７ ３１", "24 90 87 31"),
        ("＋４５２４９０８７３１", "24 90 87 31"),
    ],
)
def test_a_phone_number_is_shown_in_ascii_pairs(written: object, shown: str) -> None:
    assert PHONE.validate_python(written) == shown


@pytest.mark.parametrize("written", ["٢٤ ٩٠ ٨٧ ٣١", "24 90 87 ٣١", "۲۴۹۰۸۷۳۱", "२४९०८७३१"])
def test_a_phone_number_in_another_script_is_refused(written: str) -> None:
    assert _refusal(PHONE, written) == (
        f"'{written}' har cifre, der ikke er 0–9 — skriv nummeret med almindelige cifre, "
        "fx 24 90 87 31"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (ClockField, "０8:00"),
        (ClockField, "٠٨:٠٠"),
        (ClockField, "٨:00"),
        (MomentField, "２０２６-１２-０５ 18:00"),
        (MomentField, "2026-12-05 １8:00"),
        (PositiveNumberField, "²"),
        (PositiveNumberField, "３"),
    ],
)
def test_times_and_numbers_take_ascii_digits_only(field: Any, value: str) -> None:
    message = _refusal(TypeAdapter(field), value)
    assert message.startswith(f"'{value}' ")


def test_a_moment_in_other_digits_is_not_called_a_date_that_does_not_exist() -> None:
    message = _refusal(TypeAdapter(MomentField), "２０２６-１２-０５ 18:00")
    assert "er ikke et tidspunkt" in message


@pytest.mark.parametrize("text", ["２０１８-０２-２０", "٢٠١٨", "1. kvartal ２０１８", "９-4-18"])
def test_a_period_takes_ascii_digits_only(text: str) -> None:
    with pytest.raises(PeriodError, match="kan ikke læses som dato eller periode"):
        parse_period(text)


@pytest.mark.parametrize("number", ["８.1", "8.١", "６.1A"])
def test_a_milestone_number_takes_ascii_digits_only(number: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Milestone.model_validate({"id": "x", "nummer": number})
    assert ("nummer",) in [tuple(error["loc"]) for error in raised.value.errors()]
    types = {error["type"] for error in raised.value.errors() if error["loc"] == ("nummer",)}
    assert types == {"string_pattern_mismatch"}
