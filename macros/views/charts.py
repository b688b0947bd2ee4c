"""Stage 4, views (charts): the numbers behind the pictures, as plain rows.

Two pictures are drawn from them (macros/output/charts.py draws, the templates write the SVG):

- **Colours over the status rounds.** A status round is the dates on which a group (or the
  portfolio) reported status. Indsatser report on slightly different days in one round, so a
  report no more than ROUND_GAP_DAYS after the previous one belongs to the same round, as long as
  the round has not lasted more than ROUND_SPAN_DAYS. A round is dated by its last report. At
  each round every indsats counts with its colour as of that day: its latest status (statusdato
  or historik) on or before it, carried forward from an earlier round if it did not report in
  this one. An indsats without any status by then is not counted (it did not exist in the
  reports yet), so the total may grow from round to round.
- **Milestone trend** (the standard picture of slippage, milestone trend analysis): across, the
  date of a report or decision; up, the deadline forecast then. Each milestone's line starts at
  its baseline (the original deadline), drawn from the programme's start (else the milestone's
  own start, else its first revision), steps at each revision's date to the new deadline, and
  runs on to the as-of date at the deadline in force, or to `forventet` when that says
  otherwise. A completed milestone's line ends on the diagonal, at the day it was completed.
  Periods are drawn at their last day, as slip is measured (views/schedule.py): "ultimo 2018"
  is 31 December 2018.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from macros.core.periods import Period, format_date
from macros.data.fields import URGENCY, Colour
from macros.data.models import Initiative, MilestoneStatus, Programme
from macros.views.schedule import MilestoneRow

ROUND_GAP_DAYS = 21
"""A report at most three weeks after the previous one belongs to the same round."""
ROUND_SPAN_DAYS = 31
"""A round lasts at most a month from its first report; a later report starts the next."""
MAX_ROUNDS = 12
"""How many rounds a picture shows at most: the latest ones."""


@dataclass(frozen=True)
class RoundCount:
    """How many indsatser had one colour at a round."""

    colour: Colour
    """The colour."""
    count: int
    """How many had it as their latest status on the round's date."""


@dataclass(frozen=True)
class StatusRound:
    """One status round: its dates and the indsatser's colours as of its last day."""

    first: date
    """Its first report."""
    on: date
    """Its last report: the day the colours are counted for."""
    counts: tuple[RoundCount, ...]
    """Per colour, in URGENCY order (rød, gul, grøn, blå, grå), zeros included: the order the
    picture stacks them, so the red part always starts at the base line."""
    reported: int
    """How many indsatser reported a status within the round."""

    @property
    def total(self) -> int:
        """Indsatser with a status by the round's last day."""
        return sum(count.count for count in self.counts)

    @property
    def when(self) -> str:
        """The round's days in Danish.

        "20. februar 2018", "1.–20. februar 2018" or "25. januar – 20. februar 2018".
        """
        last = format_date(self.on)
        if self.first == self.on:
            return last
        if (self.first.year, self.first.month) == (self.on.year, self.on.month):
            return f"{self.first.day}.–{last}"
        first = format_date(self.first)
        if self.first.year == self.on.year:
            first = first.removesuffix(f" {self.first.year}")
        return f"{first} – {last}"


@dataclass(frozen=True)
class ColourRounds:
    """The colours of a set of indsatser at each status round, oldest round first."""

    rounds: tuple[StatusRound, ...]
    """The latest MAX_ROUNDS rounds up to the as-of date, oldest first."""
    left_out: int
    """How many older rounds are not shown."""
    initiatives: int
    """How many indsatser the set holds."""

    @property
    def most(self) -> int:
        """The largest total of any round shown (the picture's scale)."""
        return max((status_round.total for status_round in self.rounds), default=0)


def _statuses(initiative: Initiative, as_of: date) -> list[tuple[date, Colour]]:
    """The indsats' statuses up to `as_of`, oldest first; on a tie the current one is last."""
    statuses = [(entry.on, entry.colour) for entry in initiative.history]
    statuses.append((initiative.status_date, initiative.colour))
    return sorted((s for s in statuses if s[0] <= as_of), key=lambda status: status[0])


def round_dates(days: Iterable[date]) -> list[tuple[date, date]]:
    """Report days grouped into rounds: (first, last) of each, oldest first."""
    rounds: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if rounds:
            first, last = rounds[-1]
            if (day - last).days <= ROUND_GAP_DAYS and (day - first).days <= ROUND_SPAN_DAYS:
                rounds[-1] = (first, day)
                continue
        rounds.append((day, day))
    return rounds


def colour_rounds(initiatives: Iterable[Initiative], as_of: date) -> ColourRounds:
    """The colours of `initiatives` at each of their status rounds up to `as_of`."""
    statuses = [_statuses(initiative, as_of) for initiative in initiatives]
    dates = round_dates(day for history in statuses for day, _ in history)
    rounds = tuple(
        StatusRound(
            first,
            last,
            _counts(_colour_on(history, last) for history in statuses),
            sum(1 for history in statuses if any(first <= day <= last for day, _ in history)),
        )
        for first, last in dates
    )
    shown = rounds[-MAX_ROUNDS:]
    return ColourRounds(shown, len(rounds) - len(shown), len(statuses))


def _colour_on(history: Sequence[tuple[date, Colour]], day: date) -> Colour | None:
    """The colour of the latest status on or before `day`; None before the first."""
    before = [colour for on, colour in history if on <= day]
    return before[-1] if before else None


def _counts(colours: Iterable[Colour | None]) -> tuple[RoundCount, ...]:
    found = [colour for colour in colours if colour is not None]
    return tuple(RoundCount(colour, found.count(colour)) for colour in URGENCY)


class PointKind(Enum):
    """What a point of a milestone's trend line stands for, in the table's words."""

    BASELINE = "oprindelig deadline"
    REVISION = "ny deadline"
    EXPECTED = "forventet"
    IN_FORCE = "gældende deadline"
    COMPLETED = "afsluttet"


@dataclass(frozen=True)
class TrendPoint:
    """A milestone's deadline as forecast on one day."""

    on: date
    """The day of the report or decision (across)."""
    forecast: date
    """The deadline forecast that day, as the last day of its period (up)."""
    period: Period
    """The deadline as written, e.g. "medio 2019"."""
    kind: PointKind
    """Baseline, revision, the as-of date's forecast, or completion."""


@dataclass(frozen=True)
class TrendLine:
    """One milestone's line through its baseline and revisions."""

    row: MilestoneRow
    """The milestone compared with its baseline."""
    points: tuple[TrendPoint, ...]
    """Its points, in date order: baseline, revisions, then the as-of date or completion."""

    @property
    def moved(self) -> bool:
        """True when its deadline was ever changed.

        By a revision, or a `forventet` other than the deadline in force; completing early or
        late is not a change of deadline.
        """
        return any(
            point.forecast != before.forecast
            for before, point in itertools.pairwise(self.points)
            if point.kind in (PointKind.REVISION, PointKind.EXPECTED)
        )

    @property
    def label(self) -> str:
        """What the picture writes at the line's end: the number, else the title."""
        return self.row.milestone.number or self.row.milestone.title


@dataclass(frozen=True)
class MilestoneTrend:
    """A programme's milestones as a trend: one line per milestone with a deadline."""

    lines: tuple[TrendLine, ...]
    """Each milestone with a deadline, in number order."""
    undated: tuple[MilestoneRow, ...]
    """Milestones without a deadline: not drawn, named under the picture."""
    as_of: date
    """The as-of date, where open lines end."""
    drawn_from: str
    """Where baselines are drawn from, in words: "programmets start (2017)" and the like."""

    @property
    def first(self) -> date:
        """The earliest day across."""
        return min((line.points[0].on for line in self.lines), default=self.as_of)

    @property
    def forecasts(self) -> tuple[date, date]:
        """The earliest and latest forecast drawn (up); the as-of date when nothing is."""
        days = [point.forecast for line in self.lines for point in line.points]
        return (min(days), max(days)) if days else (self.as_of, self.as_of)


def milestone_trend(
    programme: Programme, rows: Iterable[MilestoneRow], as_of: date
) -> MilestoneTrend:
    """The trend of `rows`, a programme's milestones, up to `as_of`."""
    lines: list[TrendLine] = []
    undated: list[MilestoneRow] = []
    for row in rows:
        line = _trend_line(programme, row, as_of)
        if line is None:
            undated.append(row)
        else:
            lines.append(line)
    drawn_from = (
        f"programmets start ({programme.start})"
        if programme.start
        else "milepælens egen start eller, uden den, dens første ændring"
    )
    return MilestoneTrend(tuple(lines), tuple(undated), as_of, drawn_from)


def _trend_line(programme: Programme, row: MilestoneRow, as_of: date) -> TrendLine | None:
    """The milestone's points; None without a baseline deadline."""
    milestone = row.milestone
    if milestone.deadline is None:
        return None
    revisions = [revision for revision in milestone.revisions if revision.decided <= as_of]
    first_report = min([revision.decided for revision in revisions] + [as_of])
    origin = programme.start or milestone.start
    start = min(origin.start, first_report) if origin else first_report
    points = [TrendPoint(start, milestone.deadline.end, milestone.deadline, PointKind.BASELINE)]
    points += [
        TrendPoint(r.decided, r.deadline.end, r.deadline, PointKind.REVISION) for r in revisions
    ]
    points.append(_last_point(row, points[-1], as_of))
    return TrendLine(row, tuple(points))


def _last_point(row: MilestoneRow, latest: TrendPoint, as_of: date) -> TrendPoint:
    """Where the line ends: on the diagonal when completed, else at the as-of date."""
    milestone = row.milestone
    if milestone.status is MilestoneStatus.DONE and milestone.completed:
        done = milestone.completed
        on = max(min(done.end, as_of), latest.on)
        return TrendPoint(on, done.end, done, PointKind.COMPLETED)
    if milestone.expected and milestone.status is not MilestoneStatus.DROPPED:
        return TrendPoint(as_of, milestone.expected.end, milestone.expected, PointKind.EXPECTED)
    return TrendPoint(as_of, latest.forecast, latest.period, PointKind.IN_FORCE)
