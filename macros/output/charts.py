"""Stage 5, charts: where each shape of a picture goes, in SVG units, from the views' numbers.

The pictures are drawn at build time as SVG by small templates (chart-*.html), which only write
down what is worked out here (and in macros/output/trend.py for the milestone trend): positions,
sizes, and the Danish title and description each picture carries for a screen reader. No chart
library runs in the browser, the SVG is inline (so it prints, and its colours come from
portfolio.css, the same custom properties as the status badges), and each picture has a table
with the same numbers beside or under it.

Sizes are the SVG's own pixels: a picture is drawn at its natural size and only shrinks to fit
a narrow screen (CSS max-width), so its 12 px text never grows into a poster on a wide one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from macros.core.periods import format_date
from macros.data.fields import URGENCY, Colour
from macros.views.axis import short_date
from macros.views.charts import ROUND_GAP_DAYS, ROUND_SPAN_DAYS, ColourRounds, StatusRound
from macros.views.views import ColourSummary

CHAR_WIDTH = 6.8
"""Pixels per character of a chart's 12 px text, generously (for labels that must not overlap)."""
LINE_HEIGHT = 14
"""Pixels between two labels above each other."""


def rounded(value: float) -> float:
    """A coordinate as written into the SVG: one decimal is finer than any screen."""
    return round(value, 1)


def colour_count(count: int, colour: Colour) -> str:
    """The count with its colour, the adjective agreeing: "1 rød", "3 røde", "2 grå"."""
    return f"{count} {colour.value if count == 1 else colour.plural.lower()}"


def _rounds_span(rounds: ColourRounds) -> str:
    """How many rounds and when: "1 runde den 20. februar 2018", "4 runder fra … til …"."""
    first, last = format_date(rounds.rounds[0].on), format_date(rounds.rounds[-1].on)
    if len(rounds.rounds) == 1:
        return f"1 runde den {first}"
    return f"{len(rounds.rounds)} runder fra {first} til {last}"


def listing(parts: Sequence[str]) -> str:
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
        ColourBar(row.colour, row.count, index * BARS_ROW, rounded(room * row.count / most))
        for index, row in enumerate(summary.rows)
    )
    counts = listing([f"{row.colour.label} {row.count}" for row in summary.rows])
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

    @property
    def gap_days(self) -> int:
        """A report at most this many days after the previous one belongs to the same round."""
        return ROUND_GAP_DAYS

    @property
    def span_days(self) -> int:
        """A round lasts at most this many days from its first report."""
        return ROUND_SPAN_DAYS


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
        CountTick(count, rounded(ROUNDS_X + count * scale))
        for count in range(0, rounds.most + 1, step)
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
            segments.append(
                Segment(count.colour, count.count, rounded(x), rounded(count.count * scale))
            )
            x += count.count * scale
    return RoundBar(status_round, y, short_date(status_round.on), tuple(segments), rounded(x))


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
    counts = listing([colour_count(c.count, c.colour) for c in latest.counts if c.count])
    older = f" De {rounds.left_out} ældste runder er udeladt." if rounds.left_out else ""
    return (
        f"Én vandret søjle pr. statusrunde, ældste øverst: {_rounds_span(rounds)}. Hver søjle "
        "er delt efter farve, rød først, så gul, grøn, blå og grå, hver med et mønster af farvens "
        "figur. "
        f"Seneste runde: {counts}, i alt {latest.total}.{older} Tallene for hver runde står i "
        "tabellen."
    )
