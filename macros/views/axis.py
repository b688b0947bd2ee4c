"""Stage 4, views (axis): a time axis fitted to what it shows, shared by timelines and charts.

The axis runs from the quarter of the earliest date to the quarter of the latest, not over whole
years. Where nothing happens for more than a year (CUT_AFTER_DAYS), that stretch is cut out and
drawn as a narrow break, so one far-off date does not squeeze everything else into a corner.
Positions are fractions of the axis' width (0 to 1), so a timeline of CSS bars and an SVG chart
place the same day at the same share of their width.

Labels are chosen so they never overlap or run past the end, at two widths: NARROW_TRACK (a
phone's whole width) and WIDE_TRACK (a wide screen's timeline column). A label that only fits
the wide one is marked `wide_only`; the page hides it on narrower screens.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from macros.core.periods import MONTHS

CUT_AFTER_DAYS = 365
"""An empty stretch longer than this is cut out of the axis."""
CUT_SHARE = 0.04
"""The width one cut takes, as a share of the axis."""
MIN_STRETCH_SHARE = 0.12
"""The least width a stretch takes, so a short one after a cut (the as-of date alone, or one
far-off date) has room for its first label on a wide screen."""
NARROW_TRACK = 330
"""Pixels of axis a label must fit on everywhere (a 320 px phone, less the margins)."""
WIDE_TRACK = 680
"""Pixels of axis on a wide screen (≥ 76.25em, where Material's grid is at its widest)."""
CHAR_PIXELS = 8.0
"""An axis label's average character width in pixels (0.7rem, semi-bold), generously."""
LABEL_PADDING = 2.5
"""Characters of room around a label: its own left padding and a gap to the next."""


@dataclass(frozen=True)
class Stretch:
    """Days the axis draws, first and last inclusive; what lies between stretches is cut."""

    first: date
    """Its first day (the first day of a quarter)."""
    last: date
    """Its last day (the last day of a quarter)."""

    @property
    def days(self) -> int:
        """How many days it holds."""
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class Cut:
    """An empty stretch left out of the axis, drawn as a narrow break."""

    left: float
    """Where the break starts, as a share of the width (0 to 1)."""
    width: float
    """How wide the break is drawn, as a share of the width."""
    after: date
    """The last day drawn before it."""
    before: date
    """The first day drawn after it."""

    @property
    def percent(self) -> float:
        """Where it starts, in percent of the width."""
        return round(100 * self.left, 2)

    @property
    def width_percent(self) -> float:
        """Its width, in percent."""
        return round(100 * self.width, 2)


@dataclass(frozen=True)
class Tick:
    """A labelled date on the axis: a year, a quarter, or where a stretch begins."""

    on: date
    """The day it marks (the first of a month)."""
    at: float
    """Where, as a share of the width."""
    label: str
    """What it says: "2018", or a month such as "apr. 2018" or "apr."."""
    wide_only: bool
    """True when its label fits only on a wide screen; narrower screens hide it."""

    @property
    def percent(self) -> float:
        """Where it stands, in percent of the width."""
        return round(100 * self.at, 2)


@dataclass(frozen=True)
class TimeScale:
    """Days placed on an axis of stretches with cuts between them."""

    stretches: tuple[Stretch, ...]
    """What the axis draws, earliest first; never empty."""

    @property
    def first(self) -> date:
        """The axis' first day."""
        return self.stretches[0].first

    @property
    def last(self) -> date:
        """The axis' last day."""
        return self.stretches[-1].last

    @cached_property
    def shares(self) -> tuple[float, ...]:
        """Each stretch's width, as a share of the axis.

        By its days, but at least MIN_STRETCH_SHARE (taken from the longer ones), unless there
        are too many stretches for that.
        """
        drawn = 1 - CUT_SHARE * (len(self.stretches) - 1)
        floor = min(MIN_STRETCH_SHARE, drawn / len(self.stretches))
        small: set[int] = set()
        while True:
            rest = drawn - floor * len(small)
            days = sum(s.days for i, s in enumerate(self.stretches) if i not in small)
            shares = tuple(
                floor if i in small else rest * s.days / days for i, s in enumerate(self.stretches)
            )
            more = {i for i, share in enumerate(shares) if share < floor} - small
            if not more:
                return shares
            small |= more

    def at(self, day: date) -> float:
        """Where `day` starts, as a share of the width; a day in a cut lies at the cut's middle.

        Why the start of the day: a period from its first day to its last then covers exactly
        its days, and `at(last + 1 day)` is where it ends.
        """
        if day <= self.first:
            return 0.0
        offset = 0.0
        for index, (stretch, share) in enumerate(zip(self.stretches, self.shares, strict=True)):
            if index:
                if day < stretch.first:
                    return offset + CUT_SHARE / 2
                offset += CUT_SHARE
            if day <= stretch.last + timedelta(days=1):
                return offset + share * (day - stretch.first).days / stretch.days
            offset += share
        return 1.0

    def end_of(self, day: date) -> float:
        """Where `day` ends: the start of the next day."""
        return self.at(day + timedelta(days=1))

    @property
    def cuts(self) -> tuple[Cut, ...]:
        """The breaks between the stretches."""
        return tuple(
            Cut(self.end_of(before.last), CUT_SHARE, before.last, after.first)
            for before, after in itertools.pairwise(self.stretches)
        )

    def ticks(self) -> tuple[Tick, ...]:
        """Labels that never overlap: the years, where each stretch starts, then quarters.

        Why this order: a year is what the reader counts by; a stretch's start says where the
        axis (or the part after a cut) begins, when no year says it; quarters only fill room
        that is left. A stretch's start without room for "apr. 2023" may say "apr. 23".
        """
        narrow: list[tuple[float, float]] = []
        wide: list[tuple[float, float]] = []
        kept: list[Tick] = []
        for _, day, label in sorted(self.candidates(), key=lambda candidate: candidate[0]):
            if any(tick.on == day for tick in kept):
                continue
            at = self.at(day)
            fits_narrow = _fits(at, label, NARROW_TRACK, narrow)
            if not fits_narrow and not _fits(at, label, WIDE_TRACK, wide):
                continue
            wide.append(_extent(at, label, WIDE_TRACK))
            if fits_narrow:
                narrow.append(_extent(at, label, NARROW_TRACK))
            kept.append(Tick(day, round(at, 4), label, not fits_narrow))
        return tuple(sorted(kept, key=lambda tick: tick.on))

    def candidates(self) -> Iterable[tuple[int, date, str]]:
        """(rank, day, label) for every tick that could stand; a lower rank is kept first."""
        for stretch in self.stretches:
            start = stretch.first
            if start.month != 1:
                yield 1, start, _month_year(start)
                yield 3, start, f"{_month(start)} {start.year % 100:02d}"
            for year in range(start.year + (start.month != 1), stretch.last.year + 1):
                yield 0, date(year, 1, 1), str(year)
            day = _next_quarter(start)
            while day <= stretch.last:
                if day.month != 1:
                    yield 2, day, _month(day)
                day = _next_quarter(day)

    def span_text(self) -> str:
        """The drawn stretches in words: "april 2017 – december 2019 og april – juni 2023"."""
        return " og ".join(_stretch_text(stretch) for stretch in self.stretches)


def time_scale(
    spans: Iterable[tuple[date, date]], *, cut_after: int | None = CUT_AFTER_DAYS
) -> TimeScale | None:
    """The axis for `spans` (first and last day of each): quarters round them, long gaps cut.

    `cut_after`: the days of an empty stretch that is cut out; None cuts nothing. None when
    there is nothing to place.
    """
    ordered = sorted(spans)
    if not ordered:
        return None
    merged: list[list[date]] = []
    for first, last in ordered:
        if merged and (cut_after is None or (first - merged[-1][1]).days <= cut_after):
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return TimeScale(tuple(Stretch(_quarter_start(a), _quarter_end(b)) for a, b in merged))


def _fits(at: float, label: str, track: int, kept: list[tuple[float, float]]) -> bool:
    left, right = _extent(at, label, track)
    return right <= 1 and all(right <= other[0] or left >= other[1] for other in kept)


def _extent(at: float, label: str, track: int) -> tuple[float, float]:
    return at, at + (len(label) + LABEL_PADDING) * CHAR_PIXELS / track


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _quarter_end(day: date) -> date:
    return _next_quarter(day) - timedelta(days=1)


def _next_quarter(day: date) -> date:
    start = _quarter_start(day)
    return date(start.year + 1, 1, 1) if start.month == 10 else date(start.year, start.month + 3, 1)


def _month(day: date) -> str:
    """A month short: "apr.", "maj", "juni" (names of four letters or fewer stay whole)."""
    name = MONTHS[day.month - 1]
    return name if len(name) <= 4 else f"{name[:3]}."


def _month_year(day: date) -> str:
    return f"{_month(day)} {day.year}"


def _stretch_text(stretch: Stretch) -> str:
    first = f"{MONTHS[stretch.first.month - 1]} {stretch.first.year}"
    last = f"{MONTHS[stretch.last.month - 1]} {stretch.last.year}"
    if stretch.first.year == stretch.last.year:
        first = MONTHS[stretch.first.month - 1]
    return f"{first} – {last}"


def short_date(day: date) -> str:
    """A day short enough for a chart's label: "20. feb. 2018"."""
    return f"{day.day}. {_month(day)} {day.year}"
