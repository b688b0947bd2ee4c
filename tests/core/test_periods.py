"""Danish periods: parsing every written form, precision, bounds, order and Danish output."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from macros.core.periods import Part, Period, PeriodError, Precision, format_date, parse_period


@pytest.mark.parametrize(
    ("written", "printed", "start", "end", "precision"),
    [
        ("2018-04-09", "9. april 2018", date(2018, 4, 9), date(2018, 4, 9), Precision.DAY),
        ("09-04-18", "9. april 2018", date(2018, 4, 9), date(2018, 4, 9), Precision.DAY),
        ("9.4.2018", "9. april 2018", date(2018, 4, 9), date(2018, 4, 9), Precision.DAY),
        ("9. april 2018", "9. april 2018", date(2018, 4, 9), date(2018, 4, 9), Precision.DAY),
        ("Marts 2019", "marts 2019", date(2019, 3, 1), date(2019, 3, 31), Precision.MONTH),
        ("2019-03", "marts 2019", date(2019, 3, 1), date(2019, 3, 31), Precision.MONTH),
        ("feb. 2020", "februar 2020", date(2020, 2, 1), date(2020, 2, 29), Precision.MONTH),
        (
            "1. kvartal 2018",
            "1. kvartal 2018",
            date(2018, 1, 1),
            date(2018, 3, 31),
            Precision.QUARTER,
        ),
        (
            "4. kvt. 2018",
            "4. kvartal 2018",
            date(2018, 10, 1),
            date(2018, 12, 31),
            Precision.QUARTER,
        ),
        ("Q2 2018", "2. kvartal 2018", date(2018, 4, 1), date(2018, 6, 30), Precision.QUARTER),
        ("1. halvår 2018", "1. halvår 2018", date(2018, 1, 1), date(2018, 6, 30), Precision.HALF),
        ("2. halvår 2018", "2. halvår 2018", date(2018, 7, 1), date(2018, 12, 31), Precision.HALF),
        (2018, "2018", date(2018, 1, 1), date(2018, 12, 31), Precision.YEAR),
        ("2018", "2018", date(2018, 1, 1), date(2018, 12, 31), Precision.YEAR),
        ("primo 2018", "primo 2018", date(2018, 1, 1), date(2018, 4, 30), Precision.YEAR),
        ("Medio 2019", "medio 2019", date(2019, 5, 1), date(2019, 8, 31), Precision.YEAR),
        ("ultimo 2023", "ultimo 2023", date(2023, 9, 1), date(2023, 12, 31), Precision.YEAR),
        (
            "primo marts 2019",
            "primo marts 2019",
            date(2019, 3, 1),
            date(2019, 3, 10),
            Precision.MONTH,
        ),
        (
            "medio september 2022",
            "medio september 2022",
            date(2022, 9, 11),
            date(2022, 9, 20),
            Precision.MONTH,
        ),
        (
            "ultimo februar 2020",
            "ultimo februar 2020",
            date(2020, 2, 21),
            date(2020, 2, 29),
            Precision.MONTH,
        ),
        (
            "ultimo februar 2019",
            "ultimo februar 2019",
            date(2019, 2, 21),
            date(2019, 2, 28),
            Precision.MONTH,
        ),
        ("29-02-2020", "29. februar 2020", date(2020, 2, 29), date(2020, 2, 29), Precision.DAY),
    ],
)
def test_each_written_form_keeps_its_precision_and_prints_in_danish(
    written: str | int, printed: str, start: date, end: date, precision: Precision
) -> None:
    period = parse_period(written)
    assert (str(period), period.start, period.end, period.precision) == (
        printed,
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2018-02-30", "'2018-02-30' er ikke en gyldig dato — februar 2018 har kun 28 dage"),
        ("29-02-2019", "'29-02-2019' er ikke en gyldig dato — februar 2019 har kun 28 dage"),
        ("31. april 2018", "'31. april 2018' er ikke en gyldig dato — april 2018 har kun 30 dage"),
        ("2018-00-10", "'2018-00-10' er ikke en gyldig dato — der er ingen måned nummer 0"),
        ("2018-13", "'2018-13' er ikke en gyldig måned — der er ingen måned nummer 13"),
        (
            "5. kvartal 2018",
            "'5. kvartal 2018' kan ikke læses som dato eller periode — skriv fx "
            "2018-04-09, april 2018, 2. kvartal 2018, 1. halvår 2018, 2018 eller medio 2018",
        ),
        ("marst 2019", "'marst 2019': 'marst' er ikke et månedsnavn — mente du marts?"),
        (
            "medio 1. halvår 2019",
            "'medio 1. halvår 2019': medio kan kun bruges om en måned eller "
            "et år, fx medio 2019 eller medio marts 2019",
        ),
        (1850, "året 1850 ligger uden for 1900–2199 — tjek årstallet"),
        (
            True,
            "skal være en dato eller periode, fx 2018-04-09, april 2018, 2. kvartal 2018, "
            "1. halvår 2018, 2018 eller medio 2018",
        ),
    ],
)
def test_impossible_or_unreadable_dates_are_errors_in_danish(written: object, message: str) -> None:
    with pytest.raises(PeriodError) as raised:
        parse_period(written)
    assert str(raised.value) == message


def test_periods_sort_by_their_first_then_last_day() -> None:
    written = [
        "medio 2019",
        "2018",
        "9. april 2018",
        "1. kvartal 2018",
        "marts 2018",
        "2. halvår 2018",
    ]
    ordered = sorted(parse_period(text) for text in written)
    assert [str(period) for period in ordered] == [
        "1. kvartal 2018",
        "2018",
        "marts 2018",
        "9. april 2018",
        "2. halvår 2018",
        "medio 2019",
    ]


def test_primo_medio_ultimo_split_a_year_into_three_parts_without_gaps() -> None:
    parts = [parse_period(f"{part.value} 2024") for part in Part]
    assert parts[0].start == date(2024, 1, 1)
    assert parts[-1].end == date(2024, 12, 31)
    for earlier, later in itertools.pairwise(parts):
        assert (later.start - earlier.end).days == 1


def test_the_canonical_yaml_form_reads_back_to_the_same_period() -> None:
    for written in [
        "09-04-18",
        "Marts 2019",
        "Q3 2018",
        "1. halvår 2018",
        "2018",
        "ultimo maj 2020",
    ]:
        period = parse_period(written)
        assert parse_period(period.as_yaml()) == period
        assert isinstance(period, Period)


def test_format_date_is_danish() -> None:
    assert format_date(date(2018, 12, 1)) == "1. december 2018"


@pytest.mark.parametrize(
    ("written", "datetime"),
    [
        ("2018-04-09", "2018-04-09"),
        ("marts 2019", "2019-03"),
        ("2018", "2018"),
        ("1. kvartal 2018", None),
        ("1. halvår 2018", None),
        ("medio 2019", None),
        ("primo marts 2019", None),
    ],
)
def test_machine_readable_form_for_html_time(written: str, datetime: str | None) -> None:
    assert parse_period(written).machine_readable == datetime
