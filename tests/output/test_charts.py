"""Stage 5, charts and trend: where the pictures' shapes go, and what their titles and
descriptions say."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from macros.data.fields import URGENCY, Colour
from macros.data.models import Portfolio
from macros.data.validate import load_portfolio
from macros.output.charts import LINE_HEIGHT, colour_bars, colour_count, rounds_chart
from macros.output.trend import trend_chart
from macros.views.charts import MilestoneTrend, colour_rounds, milestone_trend
from macros.views.schedule import milestone_rows
from macros.views.views import colour_summary
from tests.conftest import PROJECT

AS_OF = date(2023, 5, 15)


@pytest.fixture(scope="module")
def example() -> Portfolio:
    return load_portfolio(PROJECT / "portfolio")


@pytest.fixture(scope="module")
def telekol(example: Portfolio) -> MilestoneTrend:
    milestones = [m for m in example.milestones.values() if m.programme == "telekol-syd"]
    rows = milestone_rows(milestones, (), AS_OF, 60)
    return milestone_trend(example.programmes["telekol-syd"], rows, AS_OF)


@pytest.mark.parametrize(
    ("count", "colour", "text"),
    [(1, Colour.RED, "1 rød"), (3, Colour.RED, "3 røde"), (2, Colour.GREY, "2 grå"),
     (14, Colour.GREEN, "14 grønne"), (2, Colour.YELLOW, "2 gule")],
)  # fmt: skip
def test_a_count_agrees_with_its_colour(count: int, colour: Colour, text: str) -> None:
    assert colour_count(count, colour) == text


def test_the_longest_bar_fills_the_room_and_the_rest_are_in_proportion(
    example: Portfolio,
) -> None:
    summary = colour_summary(example.initiatives.values(), AS_OF)
    chart = colour_bars(summary, "pt-farver")
    lengths = {bar.colour: bar.length for bar in chart.bars}
    counts = {row.colour: row.count for row in summary.rows}
    longest = max(lengths.values())
    assert longest == chart.width - chart.bar_x - 36
    for colour, count in counts.items():
        assert lengths[colour] == pytest.approx(longest * count / max(counts.values()), abs=0.1)
    assert [bar.colour for bar in chart.bars] == list(Colour), "the table's order, beside it"
    assert chart.title == "Indsatser pr. farve, opgjort pr. 15. maj 2023"
    assert "Grøn 32" in chart.description
    assert f"i alt {summary.total}" in chart.description


def test_round_bars_stack_their_colours_end_to_end(example: Portfolio) -> None:
    members = [i for i in example.initiatives.values() if i.group == "behandling-og-pleje"]
    chart = rounds_chart(colour_rounds(members, AS_OF), "Behandling", "pt-runder")
    assert [bar.label for bar in chart.bars] == [
        "1. juni 2016", "22. juni 2017", "19. dec. 2017", "20. feb. 2018"
    ]  # fmt: skip
    per_indsats = (chart.width - chart.bar_x - 30) / chart.rounds.most
    for bar in chart.bars:
        assert bar.segments[0].x == chart.bar_x
        for before, after in itertools.pairwise(bar.segments):
            assert after.x == pytest.approx(before.x + before.width, abs=0.2), "no gap, no overlap"
        for segment in bar.segments:
            assert segment.width == pytest.approx(segment.count * per_indsats, abs=0.1)
        colours = [segment.colour for segment in bar.segments]
        assert colours == sorted(colours, key=URGENCY.index), "rød at the base line"
        assert bar.end == pytest.approx(chart.bar_x + bar.status_round.total * per_indsats, abs=0.2)
    assert [tick.count for tick in chart.ticks] == [0, 10, 20]
    assert chart.title == "Farverne ved hver statusrunde: Behandling"
    assert "Seneste runde: 2 røde, 2 gule, 14 grønne, 2 blå og 7 grå, i alt 27." in (
        chart.description
    )


def test_the_trend_puts_each_point_where_its_dates_are(telekol: MilestoneTrend) -> None:
    chart = trend_chart(telekol, "TeleKOL", "pt-milepælstrend")
    assert chart is not None
    moved = [drawn for drawn in chart.lines if drawn.line.moved]
    assert [drawn.line.label for drawn in moved] == ["4.1", "10.3"]
    assert chart.lines[-len(moved) :] == tuple(moved), "moved lines are drawn on top"
    four_one = next(drawn for drawn in moved if drawn.line.label == "4.1")
    kinds = [marker.kind for marker in four_one.markers]
    assert kinds == ["baseline", "later", "end"]
    baseline, revision, end = four_one.markers
    assert baseline.x == chart.left, "drawn from the programme's start, the axis' first day"
    assert revision.y < baseline.y, "a later deadline is higher up"
    assert end.x == chart.today
    assert end.y == revision.y
    path = four_one.path
    assert path == (f"M{baseline.x} {baseline.y}H{revision.x}V{revision.y}H{end.x}V{end.y}"), (
        "across at the old deadline, then up at the revision"
    )
    done = next(drawn for drawn in chart.lines if drawn.line.label == "3.1")
    assert done.markers[-1].kind == "done"
    assert not done.line.moved, "completed a week early: its deadline never changed"


def test_the_diagonal_and_the_passed_area_stay_inside_the_plot(telekol: MilestoneTrend) -> None:
    chart = trend_chart(telekol, "TeleKOL", "pt-milepælstrend")
    assert chart is not None
    for x1, y1, x2, y2 in chart.diagonal:
        assert chart.left <= x1 < x2 <= chart.right
        assert chart.bottom >= y1 > y2 >= chart.top, "rising: a later day is a later deadline"
    for polygon in chart.passed:
        points = [tuple(map(float, p.split(","))) for p in polygon.split()]
        assert all(chart.left <= x <= chart.right for x, _ in points)
        assert all(chart.top <= y <= chart.bottom for _, y in points)
    assert len(chart.cuts) == 1, "2018 to 2023 has no reports: cut"
    assert chart.left < chart.today <= chart.right


def test_the_lines_numbers_stand_apart_and_inside(telekol: MilestoneTrend) -> None:
    chart = trend_chart(telekol, "TeleKOL", "pt-milepælstrend")
    assert chart is not None
    ys = [label.y for label in chart.labels]
    assert ys == sorted(ys)
    assert all(b - a >= LINE_HEIGHT - 0.1 for a, b in itertools.pairwise(ys))
    assert chart.top <= ys[0]
    assert ys[-1] <= chart.bottom
    together = next(label for label in chart.labels if "8.1" in label.text)
    assert together.text == "5.2, 8.1, 8.2", "lines ending together share their numbers"
    shown = {n for label in chart.labels for n in re.split(r", ", label.text.rstrip("…"))}
    numbers = {line.label for line in telekol.lines}
    assert {n for n in numbers if len(n) < 6} <= shown | {"10.1"}


def test_the_trend_says_what_moved_in_words(telekol: MilestoneTrend) -> None:
    chart = trend_chart(telekol, "TeleKOL Syd", "pt-milepælstrend")
    assert chart is not None
    assert chart.title == "Milepælstrend for TeleKOL Syd"
    assert "4.1 (ultimo 2018 til medio 2019)" in chart.description
    assert "10.3 (juni 2019 til august 2019)" in chart.description
    assert "1 er afsluttet" in chart.description


def test_no_trend_without_a_deadline(telekol: MilestoneTrend) -> None:
    empty = MilestoneTrend((), telekol.undated, AS_OF, "programmets start (2017)")
    assert trend_chart(empty, "TeleKOL", "pt-milepælstrend") is None
