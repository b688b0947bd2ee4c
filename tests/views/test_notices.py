"""Outage notices: their state at a moment, the banner's 48 hours, the calendar and the feed."""

from __future__ import annotations

from datetime import datetime, timedelta

import feedparser
import icalendar
import pytest

from macros.core.clock import DANISH_TIME
from macros.data.models import Notice
from macros.data.validate import load_portfolio
from macros.output.feeds import calendar, notice_events, notice_feed
from macros.views.notices import NoticeState, in_banner, state
from tests.conftest import PROJECT

PORTFOLIO = load_portfolio(PROJECT / "portfolio")
PLANNED: Notice = PORTFOLIO.notices["cloverleaf-opdatering-2026-12"]
ACUTE: Notice = PORTFOLIO.notices["cosmic-nedbrud-2026-11"]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=DANISH_TIME)


@pytest.mark.parametrize(
    ("moment", "expected", "banner"),
    [
        (at("2026-12-03 17:59"), NoticeState.PLANNED, False),  # 48 h and 1 min before
        (at("2026-12-03 18:00"), NoticeState.PLANNED, True),  # exactly 48 h before
        (at("2026-12-05 17:59"), NoticeState.PLANNED, True),
        (at("2026-12-05 18:00"), NoticeState.CURRENT, True),
        # No actual end yet: still current after the expected end, until someone closes it.
        (at("2026-12-06 09:00"), NoticeState.CURRENT, True),
    ],
)
def test_a_planned_shutdown_through_time(
    moment: datetime, expected: NoticeState, banner: bool
) -> None:
    assert (state(PLANNED, moment), in_banner(PLANNED, moment)) == (expected, banner)


def test_an_outage_is_over_at_its_actual_end() -> None:
    assert state(ACUTE, at("2026-11-10 11:29")) is NoticeState.CURRENT
    assert state(ACUTE, at("2026-11-10 11:30")) is NoticeState.DONE
    assert not in_banner(ACUTE, at("2026-11-10 11:30"))


def test_planned_shutdowns_become_timed_calendar_events_in_utc() -> None:
    ics = calendar(
        "Planlagte nedlukninger", notice_events(PORTFOLIO.notices.values()), PLANNED.start.date()
    )
    (event,) = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    # 18:00–23:00 Danish winter time is 17:00–22:00 UTC.
    assert event.decoded("dtstart") == PLANNED.start
    assert event.decoded("dtend") == PLANNED.start + timedelta(hours=5)
    assert b"DTSTART:20261205T170000Z" in ics
    assert str(event["uid"]) == "driftsmeddelelse-cloverleaf-opdatering-2026-12@portefoeljetavlen"


def test_notice_feed_lists_the_latest_change_first() -> None:
    xml = notice_feed(PORTFOLIO.notices.values(), PLANNED.start.date(), None, "driftsstatus/x.xml")
    feed = feedparser.parse(xml)
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    # The planned one was announced 20 November; the outage's last update was 10 November.
    assert titles == [
        "Planlagt nedlukning: Eksempel: planlagt opdatering af Cloverleaf",
        "Akut nedbrud: Eksempel: EDI-meddelelser fra Cosmic blev ikke sendt",
    ]
    assert feed.entries[1].summary == ACUTE.updates[-1].text


def test_the_48_hours_are_real_hours_across_the_change_to_winter_time() -> None:
    # 24 October 00:00 to 26 October 00:00 is 48 hours on the wall clock but 49 real hours.
    late_october = PLANNED.model_copy(update={"start": at("2026-10-26 00:00")})
    assert not in_banner(late_october, at("2026-10-24 00:00"))
    assert in_banner(late_october, at("2026-10-24 01:00"))
