"""Danish periods: parsing every written form, precision, bounds, order and Danish output."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from macros.core.periods import (
    Part,
    Period,
    PeriodError,
    Precision,
    Qualifier,
    format_date,
    parse_period,
)


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


# --- Ranges, seasons, senest, pr. and den ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "printed", "start", "end", "precision"),
    [
        (
            "primo marts – medio september 2022",
            "primo marts – medio september 2022",
            date(2022, 3, 1),
            date(2022, 9, 20),
            Precision.RANGE,
        ),
        ("2018–2019", "2018–2019", date(2018, 1, 1), date(2019, 12, 31), Precision.RANGE),
        ("2018-2019", "2018–2019", date(2018, 1, 1), date(2019, 12, 31), Precision.RANGE),
        ("2018 — 2019", "2018–2019", date(2018, 1, 1), date(2019, 12, 31), Precision.RANGE),
        ("2018 til 2019", "2018–2019", date(2018, 1, 1), date(2019, 12, 31), Precision.RANGE),
        (
            "marts-april 2018",
            "marts – april 2018",
            date(2018, 3, 1),
            date(2018, 4, 30),
            Precision.RANGE,
        ),
        (
            "ultimo 2018 – primo 2019",
            "ultimo 2018 – primo 2019",
            date(2018, 9, 1),
            date(2019, 4, 30),
            Precision.RANGE,
        ),
        (
            "2018-04-09 - 2018-04-12",
            "9. april 2018 – 12. april 2018",
            date(2018, 4, 9),
            date(2018, 4, 12),
            Precision.RANGE,
        ),
        (
            "foråret – efteråret 2019",
            "foråret – efteråret 2019",
            date(2019, 3, 1),
            date(2019, 11, 30),
            Precision.RANGE,
        ),
        ("foråret 2019", "foråret 2019", date(2019, 3, 1), date(2019, 5, 31), Precision.SEASON),
        ("Forår 2019", "foråret 2019", date(2019, 3, 1), date(2019, 5, 31), Precision.SEASON),
        ("sommeren 2019", "sommeren 2019", date(2019, 6, 1), date(2019, 8, 31), Precision.SEASON),
        ("efterår 2019", "efteråret 2019", date(2019, 9, 1), date(2019, 11, 30), Precision.SEASON),
        (
            "vinteren 2019/20",
            "vinteren 2019/20",
            date(2019, 12, 1),
            date(2020, 2, 29),
            Precision.SEASON,
        ),
        (
            "vinter 1999/00",
            "vinteren 1999/00",
            date(1999, 12, 1),
            date(2000, 2, 29),
            Precision.SEASON,
        ),
        (
            "senest marts 2019",
            "senest marts 2019",
            date(2019, 3, 1),
            date(2019, 3, 31),
            Precision.MONTH,
        ),
        (
            "Senest den 1. juli 2019",
            "senest 1. juli 2019",
            date(2019, 7, 1),
            date(2019, 7, 1),
            Precision.DAY,
        ),
        (
            "senest medio februar 2022",
            "senest medio februar 2022",
            date(2022, 2, 11),
            date(2022, 2, 20),
            Precision.MONTH,
        ),
        (
            "pr. januar 2019",
            "pr. januar 2019",
            date(2019, 1, 1),
            date(2019, 1, 31),
            Precision.MONTH,
        ),
        ("pr januar 2019", "pr. januar 2019", date(2019, 1, 1), date(2019, 1, 31), Precision.MONTH),
        ("den 8. marts 2022", "8. marts 2022", date(2022, 3, 8), date(2022, 3, 8), Precision.DAY),
        ("Den 09-04-18", "9. april 2018", date(2018, 4, 9), date(2018, 4, 9), Precision.DAY),
    ],
)
def test_ranges_seasons_and_words_before_a_period_print_back_in_danish(
    written: str, printed: str, start: date, end: date, precision: Precision
) -> None:
    period = parse_period(written)
    assert (str(period), period.start, period.end, period.precision) == (
        printed,
        start,
        end,
        precision,
    )


def test_a_range_keeps_its_two_ends_and_the_first_takes_the_last_ends_year() -> None:
    period = parse_period("primo marts – medio september 2022")
    assert period.ends is not None
    first, last = period.ends
    assert (str(first), str(last)) == ("primo marts 2022", "medio september 2022")
    assert (first.part, last.part) == (Part.PRIMO, Part.MEDIO)
    assert (period.start, period.end) == (first.start, last.end)


def test_hyphens_inside_an_end_keep_their_meaning() -> None:
    assert str(parse_period("2018-04")) == "april 2018"
    assert str(parse_period("09-04-18")) == "9. april 2018"
    assert str(parse_period("2018-04-09")) == "9. april 2018"
    assert str(parse_period("2018-04 – 2018-06")) == "april – juni 2018"
    assert str(parse_period("2018-04-09 – 2018-06-01")) == "9. april 2018 – 1. juni 2018"


def test_senest_and_pr_keep_the_days_of_the_period_they_stand_before() -> None:
    deadline = parse_period("senest marts 2019")
    assert deadline == parse_period("marts 2019")
    assert deadline.qualifier is Qualifier.BY
    assert parse_period("pr. januar 2019").qualifier is Qualifier.FROM
    assert not parse_period("senest 5. april 2018").is_exact
    assert parse_period("den 5. april 2018").is_exact


def test_new_forms_sort_as_periods() -> None:
    written = [
        "senest marts 2019",
        "2018–2019",
        "vinteren 2018/19",
        "efteråret 2018",
        "pr. januar 2019",
        "den 8. marts 2019",
        "foråret – efteråret 2019",
    ]
    ordered = sorted(parse_period(text) for text in written)
    assert [str(period) for period in ordered] == [
        "2018–2019",
        "efteråret 2018",
        "vinteren 2018/19",
        "pr. januar 2019",
        "senest marts 2019",
        "foråret – efteråret 2019",
        "8. marts 2019",
    ]


@pytest.mark.parametrize(
    "written",
    [
        "primo marts – medio september 2022",
        "2018–2019",
        "marts – maj 2019",
        "9. april 2018 – 12. april 2018",
        "ultimo 2018 – primo 2019",
        "efteråret 2019 – vinteren 2019/20",
        "foråret 2019",
        "vinteren 2019/20",
        "senest marts 2019",
        "senest den 1. juli 2019",
        "pr. januar 2019",
        "den 8. marts 2022",
    ],
)
def test_the_canonical_yaml_form_of_a_new_form_reads_back_to_it(written: str) -> None:
    period = parse_period(written)
    again = parse_period(period.as_yaml())
    assert (again, str(again), again.precision, again.qualifier) == (
        period,
        str(period),
        period.precision,
        period.qualifier,
    )


@pytest.mark.parametrize(
    ("written", "datetime"),
    [
        ("den 8. marts 2022", "2022-03-08"),
        ("foråret 2019", None),
        ("vinteren 2019/20", None),
        ("2018–2019", None),
        ("marts – maj 2019", None),
        ("senest marts 2019", None),
        ("pr. januar 2019", None),
    ],
)
def test_html_cannot_state_a_range_a_season_or_senest(written: str, datetime: str | None) -> None:
    assert parse_period(written).machine_readable == datetime


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("primo december", "'primo december': året mangler — skriv fx primo december 2022"),
        ("Marts", "'Marts': året mangler — skriv fx marts 2022"),
        ("foråret", "'foråret': året mangler — skriv fx foråret 2022"),
        ("vinteren", "'vinteren': året mangler — skriv fx vinteren 2022/23"),
        ("senest marts", "'senest marts': året mangler — skriv fx senest marts 2022"),
        (
            "primo marts – medio september",
            "'primo marts – medio september': året mangler — "
            "skriv fx primo marts – medio september 2022",
        ),
        (
            "9. april – 12. april 2018",
            "'9. april – 12. april 2018': året mangler ved 9. april — "
            "skriv fx 9. april 2018 – 12. april 2018",
        ),
        (
            "medio september – primo marts 2022",
            "'medio september – primo marts 2022': slutningen (primo marts 2022) ligger før "
            "starten (medio september 2022) — skriv den tidligste først; går perioden over "
            "nytår, så skriv årstallet ved begge ender",
        ),
        (
            "2019–2018",
            "'2019–2018': slutningen (2018) ligger før starten (2019) — skriv den tidligste først",
        ),
        (
            "2018 – marts 2018",
            "'2018 – marts 2018': 2018 og marts 2018 dækker over hinanden — den sidste ende skal "
            "både begynde og slutte efter den første",
        ),
        ("senest", "'senest': der mangler en dato efter senest — skriv fx senest marts 2022"),
        ("pr.", "'pr.': der mangler en dato efter pr. — skriv fx pr. marts 2022"),
        (
            "vinteren 2019",
            "'vinteren 2019': vinteren går over nytår — skriv vinteren 2018/19 eller "
            "vinteren 2019/20",
        ),
        (
            "vinteren 2019/2020",
            "'vinteren 2019/2020': vinteren går fra december 2019 til februar 2020 — "
            "skriv vinteren 2019/20",
        ),
        (
            "den marts 2022",
            "'den marts 2022': 'den' bruges kun foran en dag, fx den 8. marts 2022 — "
            "skriv ellers bare marts 2022",
        ),
        (
            "primo foråret 2019",
            "'primo foråret 2019': primo kan kun bruges om en måned eller et år, "
            "fx primo 2019 eller primo marts 2019",
        ),
        ("marst – maj 2022", "'marst – maj 2022': 'marst' er ikke et månedsnavn — mente du marts?"),
        (
            "2018-02-30 – 2018-03-05",
            "'2018-02-30 – 2018-03-05' er ikke en gyldig dato — februar 2018 har kun 28 dage",
        ),
        (
            "2018-1-2-2019",
            "'2018-1-2-2019' kan ikke læses som dato eller periode — skriv fx "
            "2018-04-09, april 2018, 2. kvartal 2018, 1. halvår 2018, 2018 eller medio 2018",
        ),
    ],
)
def test_an_incomplete_or_disordered_period_says_what_is_wrong(written: str, message: str) -> None:
    with pytest.raises(PeriodError) as raised:
        parse_period(written)
    assert str(raised.value) == message
