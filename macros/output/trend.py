"""Stage 5, charts (trend): the milestone trend picture of a programme's milestone page.

Report date across, the deadline forecast that day up: the standard picture of slippage
(milestone trend analysis). Shapes are placed here in SVG units from the views' numbers
(macros/views/charts.py); chart-milestone-trend.html writes the SVG. See macros/output/charts.py
for what every picture shares.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from macros.core.periods import format_date
from macros.output.charts import CHAR_WIDTH, LINE_HEIGHT, listing, rounded
from macros.views.axis import Cut, TimeScale, time_scale
from macros.views.charts import MilestoneTrend, PointKind, TrendLine, TrendPoint


@dataclass(frozen=True)
class AxisLabel:
    """A date on an axis of the trend picture."""

    label: str
    """What it says: "2018", "apr." or "apr. 2018"."""
    at: float
    """Where: x on the bottom axis, y on the left one."""


@dataclass(frozen=True)
class Marker:
    """A point of a milestone's line drawn as a shape: what it is says which."""

    kind: str
    """ "baseline" (open circle), "later" (triangle up: a later deadline), "earlier" (triangle
    down), "done" (filled circle on the diagonal) or "end" (no shape: the line reaches the as-of
    date unchanged)."""
    x: float
    """Where across."""
    y: float
    """Where up."""


@dataclass(frozen=True)
class DrawnLine:
    """One milestone's line as the picture draws it."""

    line: TrendLine
    """The milestone and its points."""
    path: str
    """The SVG path: from point to point, across at the old deadline, then up or down."""
    markers: tuple[Marker, ...]
    """A shape at each point."""


@dataclass(frozen=True)
class EndLabel:
    """The milestones' numbers right of where their lines end; shared when lines end together."""

    text: str
    """The numbers, e.g. "8.1, 8.2"."""
    y: float
    """Where the text stands (moved apart from its neighbours)."""
    line_x: float
    """Where its lines end across (the as-of date, or an earlier completion)."""
    line_y: float
    """Where its lines end up; a leader joins the end and the text when they differ."""
    moved: bool
    """True when one of its milestones' deadline ever moved: drawn bold."""


@dataclass(frozen=True)
class TrendChart:
    """A programme's milestone trend: report date across, forecast deadline up."""

    id: str
    """The prefix of the picture's ids, unique on its page."""
    title: str
    """What the picture is, in Danish."""
    description: str
    """How to read it and what moved, in words."""
    trend: MilestoneTrend
    """The numbers (also for the table under the picture)."""
    width: int
    """The picture's width."""
    height: int
    """The picture's height."""
    left: float
    """The plot's left edge."""
    right: float
    """The plot's right edge; the lines' numbers stand right of it."""
    top: float
    """The plot's top."""
    bottom: float
    """The plot's bottom (the report dates' axis)."""
    x_labels: tuple[AxisLabel, ...]
    """Report dates along the bottom."""
    y_labels: tuple[AxisLabel, ...]
    """Deadlines up the left side, with grid lines."""
    cuts: tuple[tuple[float, float], ...]
    """Empty years cut out of the report dates' axis: (x, width) of each band."""
    passed: tuple[str, ...]
    """SVG polygons (points) of where a deadline lies before the day it was reported: below
    the diagonal."""
    diagonal: tuple[tuple[float, float, float, float], ...]
    """Where deadline equals report date: (x1, y1, x2, y2) per stretch of the axis."""
    today: float
    """Where the as-of date is across."""
    lines: tuple[DrawnLine, ...]
    """One per milestone with a deadline: unmoved ones first, so moved ones are drawn on top."""
    labels: tuple[EndLabel, ...]
    """The lines' numbers at their ends."""


TREND_WIDTH = 720
TREND_LEFT = 74
TREND_LABELS = 140
"""Pixels right of the plot for the lines' numbers."""
TREND_TOP = 12
TREND_PLOT_HEIGHT = 320
TREND_BOTTOM = 46


def trend_chart(trend: MilestoneTrend, programme: str, chart_id: str) -> TrendChart | None:
    """The picture of `trend`; None when no milestone has a deadline to draw."""
    if not trend.lines:
        return None
    left, right = float(TREND_LEFT), float(TREND_WIDTH - TREND_LABELS)
    top, bottom = float(TREND_TOP), float(TREND_TOP + TREND_PLOT_HEIGHT)
    days = [(point.on, point.on) for line in trend.lines for point in line.points]
    across = time_scale([*days, (trend.as_of, trend.as_of)])
    first, last = trend.forecasts
    up = time_scale([(first, last)], cut_after=None)
    if across is None or up is None:  # pragma: no cover - both have dates when lines do
        return None

    def x(day: date) -> float:
        return rounded(left + across.at(day) * (right - left))

    def y(day: date) -> float:
        return rounded(bottom - up.at(day) * (bottom - top))

    drawn = sorted((_drawn(line, x, y) for line in trend.lines), key=lambda d: d.line.moved)
    return TrendChart(
        id=chart_id,
        title=f"Milepælstrend for {programme}",
        description=_trend_description(trend),
        trend=trend,
        width=TREND_WIDTH,
        height=int(bottom + TREND_BOTTOM),
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        x_labels=_axis_labels(across, x, lambda label: (len(label) + 1) * CHAR_WIDTH),
        y_labels=_axis_labels(up, y, lambda _: LINE_HEIGHT, downwards=False),
        cuts=tuple(_cut_band(cut, left, right) for cut in across.cuts),
        passed=tuple(_passed(across, up, x, y, top, bottom)),
        diagonal=tuple(_diagonal(across, up, x, y)),
        today=x(trend.as_of),
        lines=tuple(drawn),
        labels=_end_labels(drawn, top, bottom),
    )


def _drawn(line: TrendLine, x: Callable[[date], float], y: Callable[[date], float]) -> DrawnLine:
    points = line.points
    path = f"M{x(points[0].on)} {y(points[0].forecast)}"
    markers = [Marker("baseline", x(points[0].on), y(points[0].forecast))]
    for before, point in itertools.pairwise(points):
        path += f"H{x(point.on)}V{y(point.forecast)}"
        markers.append(Marker(_marker_kind(before.forecast, point), x(point.on), y(point.forecast)))
    return DrawnLine(line, path, tuple(markers))


def _marker_kind(before: date, point: TrendPoint) -> str:
    """The shape of a point after the first, by what it is and which way the deadline moved."""
    if point.kind is PointKind.COMPLETED:
        return "done"
    if point.kind in (PointKind.REVISION, PointKind.EXPECTED) and point.forecast != before:
        return "later" if point.forecast > before else "earlier"
    return "end"


def _axis_labels(
    scale: TimeScale,
    place: Callable[[date], float],
    extent: Callable[[str], float],
    *,
    downwards: bool = True,
) -> tuple[AxisLabel, ...]:
    """Labels that do not overlap, by rank (years, stretch starts, quarters)."""
    kept: list[tuple[float, float, AxisLabel]] = []
    for _, day, label in sorted(scale.candidates(), key=lambda candidate: candidate[0]):
        at = place(day)
        low, high = (at, at + extent(label)) if downwards else (at - extent(label) / 2, at)
        if all(high <= other_low or low >= other_high for other_low, other_high, _ in kept):
            kept.append((low, high, AxisLabel(label, at)))
    return tuple(sorted((item for _, _, item in kept), key=lambda item: item.at))


def _cut_band(cut: Cut, left: float, right: float) -> tuple[float, float]:
    return rounded(left + cut.left * (right - left)), rounded(cut.width * (right - left))


def _passed(
    across: TimeScale,
    up: TimeScale,
    x: Callable[[date], float],
    y: Callable[[date], float],
    top: float,
    bottom: float,
) -> Iterable[str]:
    """Per stretch across: the area under the diagonal, where a deadline has already passed."""
    low, high = up.first, up.last + timedelta(days=1)
    for stretch in across.stretches:
        start, end = stretch.first, stretch.last + timedelta(days=1)
        if end <= low:
            continue
        turns = sorted({start, end, *(day for day in (low, high) if start < day < end)})
        edge = [(x(day), bottom if day <= low else top if day >= high else y(day)) for day in turns]
        points = [(x(start), bottom), *edge, (x(end), bottom)]
        yield " ".join(f"{px},{py}" for px, py in points)


def _diagonal(
    across: TimeScale, up: TimeScale, x: Callable[[date], float], y: Callable[[date], float]
) -> Iterable[tuple[float, float, float, float]]:
    """Per stretch across: where the deadline is the report date, within the plot."""
    low, high = up.first, up.last + timedelta(days=1)
    for stretch in across.stretches:
        start = max(stretch.first, low)
        end = min(stretch.last + timedelta(days=1), high)
        if start < end:
            yield x(start), y(start), x(end), y(end)


def _end_labels(drawn: Sequence[DrawnLine], top: float, bottom: float) -> tuple[EndLabel, ...]:
    """The numbers at the lines' ends: together where lines end together, then moved apart."""
    ends: dict[tuple[float, float], list[DrawnLine]] = {}
    for line in drawn:
        end = line.markers[-1]
        ends.setdefault((end.y, end.x), []).append(line)
    groups = sorted(ends.items())
    placed = _spread([line_y for (line_y, _), _ in groups], top, bottom)
    return tuple(
        EndLabel(
            _short(", ".join(_by_number(lines))),
            rounded(at),
            line_x,
            line_y,
            any(d.line.moved for d in lines),
        )
        for ((line_y, line_x), lines), at in zip(groups, placed, strict=True)
    )


def _by_number(lines: Sequence[DrawnLine]) -> list[str]:
    """The lines' labels in the order they come (number order, from the view)."""
    return [line.line.label for line in lines]


def _short(text: str, most: int = int(TREND_LABELS / CHAR_WIDTH) - 1) -> str:
    return text if len(text) <= most else f"{text[: most - 1]}…"


def _spread(wanted: Sequence[float], top: float, bottom: float) -> list[float]:
    """Positions as near `wanted` (ascending) as can be, at least LINE_HEIGHT apart."""
    placed: list[float] = []
    for at in wanted:
        placed.append(max(at, placed[-1] + LINE_HEIGHT) if placed else max(at, top))
    overflow = placed[-1] - bottom if placed else 0
    if overflow > 0:
        placed[-1] -= overflow
        for index in range(len(placed) - 2, -1, -1):
            placed[index] = min(placed[index], placed[index + 1] - LINE_HEIGHT)
    return placed


def _trend_description(trend: MilestoneTrend) -> str:
    moved = [line for line in trend.lines if line.moved]
    changes = [
        f"{line.label} ({line.points[0].period} til {line.points[-1].period})" for line in moved
    ]
    done = sum(1 for line in trend.lines if line.points[-1].kind is PointKind.COMPLETED)
    passed = sum(
        1
        for line in trend.lines
        if line.points[-1].kind is not PointKind.COMPLETED
        and line.points[-1].forecast < trend.as_of
    )
    return (
        "Vandret: datoen for en rapport eller beslutning. Lodret: den deadline, der gjaldt den "
        f"dag. Én linje pr. milepæl, fra den oprindelige deadline, tegnet fra {trend.drawn_from}, "
        f"gennem hver ændring til opgørelsesdatoen, {format_date(trend.as_of)}. "
        f"{len(trend.lines)} {'milepæl er' if len(trend.lines) == 1 else 'milepæle er'} tegnet; "
        + (
            f"{len(moved)} har fået en anden deadline: {listing(changes)}. "
            if moved
            else "ingen har fået en anden deadline. "
        )
        + f"{done} er afsluttet, og {passed} har en deadline, der er passeret (under den skrå "
        "streg). Tallene står i tabellen under tegningen."
    )
