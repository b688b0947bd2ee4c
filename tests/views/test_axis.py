"""Stage 4, views (axis): a time axis fitted to its dates, with long empty stretches cut out and
labels that never overlap or run past the end."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from macros.views.axis import (
    CHAR_PIXELS,
    CUT_SHARE,
    LABEL_PADDING,
    MIN_STRETCH_SHARE,
    NARROW_TRACK,
    WIDE_TRACK,
    Stretch,
    TimeScale,
    short_date,
    time_scale,
)


def day(text: str) -> date:
    return date.fromisoformat(text)


def scale_of(*days: str) -> TimeScale:
    scale = time_scale([(day(d), day(d)) for d in days])
    assert scale is not None
    return scale


def test_the_axis_runs_from_the_first_quarter_to_the_last() -> None:
    scale = scale_of("2018-02-10", "2018-05-03")
    assert scale.stretches == (Stretch(day("2018-01-01"), day("2018-06-30")),)
    assert scale.at(day("2018-01-01")) == 0
    assert scale.end_of(day("2018-06-30")) == 1
    assert scale.span_text() == "januar – juni 2018"


def test_nothing_to_place_gives_no_axis() -> None:
    assert time_scale([]) is None


@pytest.mark.parametrize(("gap", "stretches"), [(365, 1), (366, 2)])
def test_an_empty_stretch_of_more_than_a_year_is_cut(gap: int, stretches: int) -> None:
    first = day("2018-02-15")
    scale = time_scale([(first, first), (first + timedelta(days=gap), first + timedelta(days=gap))])
    assert scale is not None
    assert len(scale.stretches) == stretches
    assert len(scale.cuts) == stretches - 1


def test_a_far_off_date_gets_its_own_stretch_instead_of_squeezing_the_rest() -> None:
    scale = scale_of("2018-01-15", "2018-11-20", "2023-05-15")
    assert scale.span_text() == "januar – december 2018 og april – juni 2023"
    (cut,) = scale.cuts
    assert cut.width == CUT_SHARE
    assert cut.after == day("2018-12-31")
    assert cut.before == day("2023-04-01")
    # 2018 has 365 days, the quarter of 2023 91: together they share what the cut leaves.
    per_day = (1 - CUT_SHARE) / (365 + 91)
    assert cut.left == pytest.approx(365 * per_day)
    assert scale.at(day("2023-04-01")) == pytest.approx(365 * per_day + CUT_SHARE)
    assert scale.at(day("2020-06-01")) == pytest.approx(cut.left + CUT_SHARE / 2), "in the cut"


def test_a_short_stretch_after_a_cut_keeps_room_for_its_label() -> None:
    scale = scale_of("2016-12-20", "2017-09-01", "2018-06-01", "2019-03-31", "2023-05-15")
    assert scale.shares[-1] == pytest.approx(MIN_STRETCH_SHARE), "one quarter of eleven"
    assert sum(scale.shares) + CUT_SHARE == pytest.approx(1)
    assert scale.end_of(scale.last) == pytest.approx(1)


def test_positions_never_go_back() -> None:
    scale = scale_of("2016-12-20", "2019-03-31", "2023-05-15", "2024-01-01")
    days = [scale.first + timedelta(days=n) for n in range(0, (scale.last - scale.first).days, 7)]
    positions = [scale.at(d) for d in days]
    assert positions == sorted(positions)
    assert positions[0] >= 0
    assert positions[-1] <= 1


def test_nothing_is_cut_when_asked_not_to() -> None:
    scale = time_scale([(day("2017-11-23"), day("2017-11-23")), (day("2021-06-01"),) * 2],
                       cut_after=None)  # fmt: skip
    assert scale is not None
    assert len(scale.stretches) == 1


def extents(scale: TimeScale, track: int, *, wide: bool) -> list[tuple[float, float]]:
    return [
        (tick.at, tick.at + (len(tick.label) + LABEL_PADDING) * CHAR_PIXELS / track)
        for tick in scale.ticks()
        if wide or not tick.wide_only
    ]


@pytest.mark.parametrize(
    "days",
    [
        ("2018-01-15", "2018-11-20"),
        ("2016-12-20", "2019-03-31", "2023-05-15"),
        ("2010-01-01", "2024-12-31"),
        ("2017-11-01", "2019-12-31", "2023-06-01", "2024-01-31"),
    ],
)
def test_labels_never_overlap_nor_run_past_the_end_on_a_phone_or_a_wide_screen(
    days: tuple[str, ...],
) -> None:
    scale = scale_of(*days)
    for track, wide in ((NARROW_TRACK, False), (WIDE_TRACK, True)):
        placed = sorted(extents(scale, track, wide=wide))
        assert placed, "at least one label"
        assert all(right <= 1 for _, right in placed), "none runs past the end"
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(placed)), "no overlap"


def test_years_come_before_quarters_and_a_stretch_says_where_it_begins() -> None:
    scale = scale_of("2017-11-01", "2018-08-01", "2019-05-01", "2019-12-31", "2023-06-01")
    narrow = [tick.label for tick in scale.ticks() if not tick.wide_only]
    assert {"2018", "2019"} <= set(narrow)
    wide = [tick.label for tick in scale.ticks()]
    assert wide[-1] == "apr. 23", "after a cut, the month says which year, short where narrow"
    assert all(len(label) <= len("apr. 2023") for label in wide), "nothing long enough to wrap"


def test_a_ten_year_axis_on_a_phone_keeps_years_apart() -> None:
    scale = scale_of(*(f"{year}-06-01" for year in range(2010, 2020)))
    narrow = [tick.label for tick in scale.ticks() if not tick.wide_only]
    assert narrow[0] == "2011", "the first year, where the axis' first month has no room"
    assert 3 <= len(narrow) < 10, "fewer labels on a phone, never squeezed"
    assert all(label.isdigit() for label in narrow)


@pytest.mark.parametrize(
    ("on", "text"),
    [
        ("2018-02-20", "20. feb. 2018"),
        ("2023-05-10", "10. maj 2023"),
        ("2017-06-22", "22. juni 2017"),
    ],
)
def test_a_short_date_keeps_short_month_names_whole(on: str, text: str) -> None:
    assert short_date(day(on)) == text
