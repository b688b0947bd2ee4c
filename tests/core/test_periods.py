"""Danish periods: parsing every written form, precision, bounds, order and Danish output."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from macros.core.period_parser import parse_period
from macros.core.periods import Joint, Part, Period, PeriodError, Precision, Qualifier, format_date


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
            "9.–12. april 2018",
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
        # Primo of a whole year keeps its year: »primo – maj 2019« would read as primo maj.
        (
            "primo 2019 – maj 2019",
            "primo 2019 – maj 2019",
            date(2019, 1, 1),
            date(2019, 5, 31),
            Precision.RANGE,
        ),
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
    assert str(parse_period("2018-04-09 – 2018-06-01")) == "9. april – 1. juni 2018"


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
            "29. februar – 3. marts 2020",
            "'29. februar – 3. marts 2020': året mangler ved 29. februar — "
            "skriv fx 29. februar 2020 – 3. marts 2020",
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


# --- Fra … til, days of a month, a slash around a turn, senest before a range -------------------

NEW_RANGES = [
    # written, printed, first day, last day, joint
    (
        "fra marts 2019 til juni 2019",
        "fra marts til juni 2019",
        (2019, 3, 1),
        (2019, 6, 30),
        Joint.FROM_TO,
    ),
    ("Fra 2018 til 2019", "fra 2018 til 2019", (2018, 1, 1), (2019, 12, 31), Joint.FROM_TO),
    ("fra 1. marts til 15. april 2022", None, (2022, 3, 1), (2022, 4, 15), Joint.FROM_TO),
    ("fra 8. til 12. marts 2022", None, (2022, 3, 8), (2022, 3, 12), Joint.FROM_TO),
    (
        "fra  ultimo 2018\ttil primo 2019",
        "fra ultimo 2018 til primo 2019",
        (2018, 9, 1),
        (2019, 4, 30),
        Joint.FROM_TO,
    ),
    ("ultimo 2018/primo 2019", None, (2018, 9, 1), (2019, 4, 30), Joint.SLASH),
    (
        "Ultimo 2018 / primo 2019",
        "ultimo 2018/primo 2019",
        (2018, 9, 1),
        (2019, 4, 30),
        Joint.SLASH,
    ),
    ("december 2018/januar 2019", None, (2018, 12, 1), (2019, 1, 31), Joint.SLASH),
    ("ultimo december 2018/primo januar 2019", None, (2018, 12, 21), (2019, 1, 10), Joint.SLASH),
    ("marts/april 2019", None, (2019, 3, 1), (2019, 4, 30), Joint.SLASH),
    ("2018-12/2019-01", "december 2018/januar 2019", (2018, 12, 1), (2019, 1, 31), Joint.SLASH),
    ("8.–12. marts 2022", None, (2022, 3, 8), (2022, 3, 12), Joint.DASH),
    ("8.-12. marts 2022", "8.–12. marts 2022", (2022, 3, 8), (2022, 3, 12), Joint.DASH),
    ("8. – 12. marts 2022", "8.–12. marts 2022", (2022, 3, 8), (2022, 3, 12), Joint.DASH),
    ("den 8.–12. marts 2022", "8.–12. marts 2022", (2022, 3, 8), (2022, 3, 12), Joint.DASH),
    ("12.-14.4.2018", "12.–14. april 2018", (2018, 4, 12), (2018, 4, 14), Joint.DASH),
    ("28. februar – 3. marts 2022", None, (2022, 2, 28), (2022, 3, 3), Joint.DASH),
    ("9. april – 12. april 2018", "9.–12. april 2018", (2018, 4, 9), (2018, 4, 12), Joint.DASH),
    ("29. februar 2020 – 3. marts 2020", None, (2020, 2, 29), (2020, 3, 3), Joint.DASH),
    (
        "1. marts 2022 – 15. april 2022",
        "1. marts – 15. april 2022",
        (2022, 3, 1),
        (2022, 4, 15),
        Joint.DASH,
    ),
    ("30. december 2022 – 2. januar 2023", None, (2022, 12, 30), (2023, 1, 2), Joint.DASH),
]


@pytest.mark.parametrize(("written", "printed", "first", "last", "joint"), NEW_RANGES)
def test_fra_til_days_of_a_month_and_a_slash_are_ranges_printed_in_their_form(
    written: str,
    printed: str | None,
    first: tuple[int, int, int],
    last: tuple[int, int, int],
    joint: Joint,
) -> None:
    period = parse_period(written)
    assert (str(period), period.start, period.end) == (
        printed or written,
        date(*first),
        date(*last),
    )
    assert (period.precision, period.joint, period.qualifier) == (
        Precision.RANGE,
        joint,
        None,
    )
    assert period.machine_readable is None  # HTML's datetime states no interval
    again = parse_period(period.as_yaml())
    assert (again, str(again), again.joint) == (period, str(period), period.joint)


def test_each_end_takes_what_it_leaves_out_from_the_last() -> None:
    def ends(written: str) -> list[str]:
        period = parse_period(written)
        assert period.ends is not None
        return [str(end) for end in period.ends]

    assert ends("fra 1. marts til 15. april 2022") == ["1. marts 2022", "15. april 2022"]
    assert ends("8.–12. marts 2022") == ["8. marts 2022", "12. marts 2022"]
    assert ends("marts/april 2019") == ["marts 2019", "april 2019"]
    assert ends("ultimo 2018/primo 2019") == ["ultimo 2018", "primo 2019"]


def test_the_new_forms_mean_the_same_days_as_a_range_with_a_dash() -> None:
    assert parse_period("fra 2018 til 2019") == parse_period("2018–2019")
    assert parse_period("ultimo 2018/primo 2019") == parse_period("ultimo 2018 – primo 2019")
    assert parse_period("8.–12. marts 2022") == parse_period("2022-03-08 – 2022-03-12")


def test_senest_before_a_range_keeps_the_range_so_it_is_due_when_the_last_end_ends() -> None:
    deadline = parse_period("senest primo marts – medio september 2022")
    assert deadline == parse_period("primo marts – medio september 2022")
    assert (deadline.qualifier, deadline.end) == (Qualifier.BY, date(2022, 9, 20))
    assert str(deadline) == "senest primo marts – medio september 2022"
    assert deadline.machine_readable is None
    turn = parse_period("Senest ultimo 2018/primo 2019")
    assert (str(turn), turn.end, turn.joint) == (
        "senest ultimo 2018/primo 2019",
        date(2019, 4, 30),
        Joint.SLASH,
    )
    days = parse_period("senest 8.-12. marts 2022")
    assert (str(days), days.start, days.end) == (
        "senest 8.–12. marts 2022",
        date(2022, 3, 8),
        date(2022, 3, 12),
    )
    for period in (deadline, turn, days):
        assert parse_period(period.as_yaml()).qualifier is Qualifier.BY


def test_the_new_forms_sort_by_their_first_then_last_day() -> None:
    written = [
        "senest 8.–12. marts 2022",
        "fra 2018 til 2019",
        "ultimo 2018/primo 2019",
        "28. februar – 3. marts 2022",
        "marts 2022",
        "fra 1. marts til 15. april 2022",
        "december 2018/januar 2019",
        "8. marts 2022",
    ]
    ordered = sorted(parse_period(text) for text in written)
    assert [str(period) for period in ordered] == [
        "fra 2018 til 2019",
        "ultimo 2018/primo 2019",
        "december 2018/januar 2019",
        "28. februar – 3. marts 2022",
        "marts 2022",
        "fra 1. marts til 15. april 2022",
        "8. marts 2022",
        "senest 8.–12. marts 2022",
    ]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "fra marts 2019",
            "'fra marts 2019': slutningen mangler — skriv fx fra marts 2019 til juni 2019, eller "
            "skriv bare marts 2019, hvis ingen slutning er kendt",
        ),
        (
            "fra 2018 til",
            "'fra 2018 til': slutningen mangler — skriv fx fra 2018 til marts 2019, eller skriv "
            "bare 2018, hvis ingen slutning er kendt",
        ),
        (
            "fra 2199",
            "'fra 2199': slutningen mangler — skriv fx fra marts 2022 til juni 2022, eller skriv "
            "bare 2199, hvis ingen slutning er kendt",
        ),
        (
            "fra til juni 2019",
            "'fra til juni 2019': starten mangler — skriv fx fra marts 2019 til juni 2019",
        ),
        ("fra", "'fra': der mangler en dato efter fra — skriv fx fra marts 2022 til juni 2022"),
        (
            "fra marts – juni 2019",
            "'fra marts – juni 2019': efter fra står til mellem enderne — "
            "skriv fx fra marts til juni 2019",
        ),
        (
            "fra marts til juni",
            "'fra marts til juni': året mangler — skriv fx fra marts til juni 2022",
        ),
        (
            "fra juni 2019 til marts 2019",
            "'fra juni 2019 til marts 2019': slutningen (marts 2019) ligger før starten "
            "(juni 2019) — skriv den tidligste først",
        ),
        (
            "fra december til januar 2023",
            "'fra december til januar 2023': slutningen (januar 2023) ligger før starten "
            "(december 2023) — skriv den tidligste først; går perioden over nytår, så skriv "
            "årstallet ved begge ender",
        ),
        (
            "28.–3. marts 2022",
            "'28.–3. marts 2022': slutningen (3. marts 2022) ligger før starten (28. marts 2022) "
            "— skriv den tidligste først; går perioden over et månedsskifte, så skriv måneden "
            "ved begge ender",
        ),
        (
            "31.–12. april 2022",
            "'31.–12. april 2022': slutningen (12. april 2022) ligger før starten (31. april "
            "2022) — skriv den tidligste først; går perioden over et månedsskifte, så skriv "
            "måneden ved begge ender",
        ),
        (
            "12.–12. marts 2022",
            "'12.–12. marts 2022': 12. marts 2022 og 12. marts 2022 dækker over hinanden — "
            "den sidste ende skal både begynde og slutte efter den første",
        ),
        ("8.–12. marts", "'8.–12. marts': året mangler — skriv fx 8.–12. marts 2022"),
        (
            "29. februar – 3. marts 2019",
            "'29. februar – 3. marts 2019' er ikke en gyldig dato — februar 2019 har kun 28 dage",
        ),
        (
            "2018/2019",
            "'2018/2019': skråstregen står kun mellem måneder eller mellem primo, medio og "
            "ultimo af et år — skriv fx 2018–2019",
        ),
        (
            "8./12. marts 2022",
            "'8./12. marts 2022': skråstregen står kun mellem måneder eller mellem primo, medio "
            "og ultimo af et år — skriv fx 8.–12. marts 2022",
        ),
        (
            "primo 2019/ultimo 2018",
            "'primo 2019/ultimo 2018': slutningen (ultimo 2018) ligger før starten (primo 2019) "
            "— skriv den tidligste først",
        ),
        (
            "pr. 2018–2019",
            "'pr. 2018–2019': pr. kan ikke stå foran et tidsrum — skriv fx pr. 2018",
        ),
        (
            "pr. ultimo 2018/primo 2019",
            "'pr. ultimo 2018/primo 2019': pr. kan ikke stå foran et tidsrum — "
            "skriv fx pr. ultimo 2018",
        ),
        (
            "senest fra marts til juni 2019",
            "'senest fra marts til juni 2019': senest kan ikke stå foran fra … til — "
            "skriv fx senest marts – juni 2019",
        ),
        (
            "2019/20",
            "'2019/20' kan ikke læses som dato eller periode — skriv fx "
            "2018-04-09, april 2018, 2. kvartal 2018, 1. halvår 2018, 2018 eller medio 2018",
        ),
    ],
)
def test_an_incomplete_new_form_says_what_is_missing_or_wrong(written: str, message: str) -> None:
    with pytest.raises(PeriodError) as raised:
        parse_period(written)
    assert str(raised.value) == message


def test_a_slash_inside_a_season_or_a_day_keeps_its_meaning() -> None:
    assert str(parse_period("vinteren 2019/20")) == "vinteren 2019/20"
    assert parse_period("vinteren 2019/20").precision is Precision.SEASON
    assert str(parse_period("9/4/18")) == "9. april 2018"
    assert str(parse_period("efteråret 2019 – vinteren 2019/20")) == (
        "efteråret 2019 – vinteren 2019/20"
    )
