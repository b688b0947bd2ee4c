"""Stage 5, charts: where each shape of a picture goes, in SVG units, from the views' numbers.

The pictures are drawn at build time as SVG by small templates (chart-*.html), which only write
down what is worked out here: positions, sizes, and the Danish title and description each
picture carries for a screen reader. No chart library runs in the browser, the SVG is inline
(so it prints, and its colours come from portfolio.css, the same custom properties as the status
badges), and each picture has a table with the same numbers beside or under it.

Sizes are the SVG's own pixels: a picture is drawn at its natural size and only shrinks to fit
a narrow screen (CSS max-width), so its 12 px text never grows into a poster on a wide one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from macros.core.periods import format_date
from macros.data.fields import URGENCY, Colour
from macros.views.axis import Cut, TimeScale, short_date, time_scale
from macros.views.charts import (
    ColourRounds,
    MilestoneTrend,
    PointKind,
    StatusRound,
    TrendLine,
    TrendPoint,
)
from macros.views.views import ColourSummary

CHAR_WIDTH = 6.8
"""Pixels per character of a chart's 12 px text, generously (for labels that must not overlap)."""
LINE_HEIGHT = 14
"""Pixels between two labels above each other."""


def _n(value: float) -> float:
    """A coordinate as written into the SVG: one decimal is finer than any screen."""
    return round(value, 1)


def colour_count(count: int, colour: Colour) -> str:
    """The count with its colour, the adjective agreeing: "1 rød", "3 røde", "2 grå"."""
    return f"{count} {colour.value if count == 1 else colour.plural.lower()}"


def _listing(parts: Sequence[str]) -> str:
    """The parts as Danish lists them: "a, b og c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} og {parts[-1]}"


# Colour counts as bars (the home page, beside its table)


@dataclass(frozen=True)
class ColourBar:
    """One colour's bar."""

    colour: Colour
    """The colour, drawn with its shape beside the word."""
    count: int
    """How many indsatser have it."""
    y: float
    """The row's top."""
    length: float
    """The bar's length (0 for none)."""


@dataclass(frozen=True)
class ColourBars:
    """Indsatser per colour as horizontal bars, in the table's order."""

    id: str
    """The prefix of the picture's ids (title, description, patterns), unique on its page."""
    title: str
    """What the picture is, in Danish (its SVG <title>)."""
    description: str
    """Every number it shows, in words (its SVG <desc>)."""
    width: int
    """The picture's width."""
    height: int
    """The picture's height."""
    bar_x: float
    """Where the bars start; the colour's shape and word stand to the left."""
    row_height: float
    """The height of each colour's row."""
    bar_height: float
    """The height of each bar."""
    bars: tuple[ColourBar, ...]
    """One bar per colour, top to bottom in the table's order."""


BARS_WIDTH = 260
BARS_ROW = 28
BARS_X = 64
BARS_ROOM = 36
"""Pixels right of the longest bar for its count."""


def colour_bars(summary: ColourSummary, chart_id: str) -> ColourBars:
    """The counts of `summary` as bars, the longest as long as there is room for."""
    most = max((row.count for row in summary.rows), default=0) or 1
    room = BARS_WIDTH - BARS_X - BARS_ROOM
    bars = tuple(
        ColourBar(row.colour, row.count, index * BARS_ROW, _n(room * row.count / most))
        for index, row in enumerate(summary.rows)
    )
    counts = _listing([f"{row.colour.label} {row.count}" for row in summary.rows])
    return ColourBars(
        id=chart_id,
        title=f"Indsatser pr. farve, opgjort pr. {summary.as_of}",
        description=f"Vandrette søjler, én pr. farve med farvens figur: {counts}; "
        f"i alt {summary.total}. Tallene står også i tabellen.",
        width=BARS_WIDTH,
        height=len(bars) * BARS_ROW,
        bar_x=BARS_X,
        row_height=BARS_ROW,
        bar_height=18,
        bars=bars,
    )


# Colours at each status round (a group's page, and the portfolio's on "Hvad er ændret")


@dataclass(frozen=True)
class Segment:
    """One colour's part of a round's bar."""

    colour: Colour
    """The colour (its fill is the colour with a pattern of its shape)."""
    count: int
    """How many indsatser had it at the round."""
    x: float
    """Where the part starts."""
    width: float
    """How long it is."""


@dataclass(frozen=True)
class RoundBar:
    """One status round's bar, split by colour."""

    status_round: StatusRound
    """The round with its counts."""
    y: float
    """The row's top."""
    label: str
    """The round's last day, short: "20. feb. 2018"."""
    segments: tuple[Segment, ...]
    """Its colours with any indsatser, rød first (URGENCY order)."""
    end: float
    """Where the bar ends; its total stands right of it."""


@dataclass(frozen=True)
class CountTick:
    """A count on the horizontal axis, with its grid line."""

    count: int
    """The count."""
    x: float
    """Where it stands."""


@dataclass(frozen=True)
class LegendItem:
    """A colour in a picture's legend: its pattern, shape and word."""

    colour: Colour
    """The colour."""
    x: float
    """Where its swatch starts."""


@dataclass(frozen=True)
class RoundsChart:
    """The colours of a set of indsatser at each status round, a stacked bar per round."""

    id: str
    """The prefix of the picture's ids, unique on its page."""
    title: str
    """What the picture is, in Danish."""
    description: str
    """What it shows and the latest round's numbers, in words."""
    rounds: ColourRounds
    """The numbers (also for the table under the picture)."""
    width: int
    """The picture's width."""
    height: int
    """The picture's height."""
    bar_x: float
    """Where the bars start; each round's date stands to the left."""
    plot_top: float
    """Where the first round's row starts (the legend stands above)."""
    row_height: float
    """The height of each round's row."""
    bar_height: float
    """The height of each bar."""
    bars: tuple[RoundBar, ...]
    """One bar per round, oldest at the top."""
    ticks: tuple[CountTick, ...]
    """Counts along the bottom, with grid lines."""
    axis_y: float
    """Where the bottom axis runs."""
    legend: tuple[LegendItem, ...]
    """The colours, in the bars' order, along the top."""


ROUNDS_WIDTH = 360
ROUNDS_ROW = 26
ROUNDS_LEGEND = 26
ROUNDS_X = 90
ROUNDS_ROOM = 30


def rounds_chart(rounds: ColourRounds, scope: str, chart_id: str) -> RoundsChart:
    """The picture of `rounds`; `scope` says whose, e.g. "Følgegruppen for forebyggelse"."""
    room = ROUNDS_WIDTH - ROUNDS_X - ROUNDS_ROOM
    scale = room / max(rounds.most, 1)
    bars = tuple(
        _round_bar(status_round, ROUNDS_LEGEND + index * ROUNDS_ROW, scale)
        for index, status_round in enumerate(rounds.rounds)
    )
    axis_y = ROUNDS_LEGEND + len(bars) * ROUNDS_ROW
    step = _count_step(rounds.most)
    ticks = tuple(
        CountTick(count, _n(ROUNDS_X + count * scale)) for count in range(0, rounds.most + 1, step)
    )
    legend = tuple(LegendItem(colour, 4 + index * 70) for index, colour in enumerate(URGENCY))
    return RoundsChart(
        id=chart_id,
        title=f"Farverne ved hver statusrunde: {scope}",
        description=_rounds_description(rounds),
        rounds=rounds,
        width=ROUNDS_WIDTH,
        height=axis_y + 22,
        bar_x=ROUNDS_X,
        plot_top=ROUNDS_LEGEND,
        row_height=ROUNDS_ROW,
        bar_height=16,
        bars=bars,
        ticks=ticks,
        axis_y=axis_y,
        legend=legend,
    )


def _round_bar(status_round: StatusRound, y: float, scale: float) -> RoundBar:
    segments = []
    x = float(ROUNDS_X)
    for count in status_round.counts:
        if count.count:
            segments.append(Segment(count.colour, count.count, _n(x), _n(count.count * scale)))
            x += count.count * scale
    return RoundBar(status_round, y, short_date(status_round.on), tuple(segments), _n(x))


def _count_step(most: int) -> int:
    """A round step for the count axis: at most about five ticks (1, 2, 5, 10, 20, 50 …)."""
    step = 1
    while most / step > 5:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if most / step <= 5:
                break
    return step


def _rounds_description(rounds: ColourRounds) -> str:
    if not rounds.rounds:
        return "Ingen statusrunder endnu."
    latest = rounds.rounds[-1]
    counts = _listing([colour_count(c.count, c.colour) for c in latest.counts if c.count])
    older = f" De {rounds.left_out} ældste runder er udeladt." if rounds.left_out else ""
    return (
        f"Én vandret søjle pr. statusrunde, ældste øverst: {len(rounds.rounds)} runder fra "
        f"{format_date(rounds.rounds[0].on)} til {format_date(latest.on)}. Hver søjle er delt "
        "efter farve, rød først, så gul, grøn, blå og grå, hver med et mønster af farvens figur. "
        f"Seneste runde: {counts}, i alt {latest.total}.{older} Tallene for hver runde står i "
        "tabellen."
    )


# Milestone trend (a programme's milestone page)


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
    down), "done" (filled circle on the diagonal) or "end" (a short bar: the as-of date)."""
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
        return _n(left + across.at(day) * (right - left))

    def y(day: date) -> float:
        return _n(bottom - up.at(day) * (bottom - top))

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
    return _n(left + cut.left * (right - left)), _n(cut.width * (right - left))


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
            _n(at),
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
        f"{len(trend.lines)} milepæle er tegnet; "
        + (
            f"{len(moved)} har fået en anden deadline: {_listing(changes)}. "
            if moved
            else "ingen har fået en anden deadline. "
        )
        + f"{done} er afsluttet, og {passed} har en deadline, der er passeret (under den skrå "
        "streg). Tallene står i tabellen under tegningen."
    )
