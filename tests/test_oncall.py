"""Whom to call now, at every boundary of the EDI procedure's opening hours (Danish time)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from macros.models import Procedure
from macros.oncall import who_to_call
from macros.validate import load_portfolio
from macros.vocabulary import DANISH_TIME
from tests.conftest import PROJECT

PROCEDURE: Procedure = load_portfolio(PROJECT / "portfolio").procedures["edi-nedbrud"]


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=DANISH_TIME)


@pytest.mark.parametrize(
    ("moment", "contact", "until", "form_waits"),
    [
        (local("2026-11-26T15:44"), "edi-support", "15:45", False),  # Thursday
        (local("2026-11-26T15:45"), "driftsvagt", "22:00", False),
        (local("2026-11-26T15:46"), "driftsvagt", "22:00", False),
        (local("2026-11-27T07:59"), None, None, True),  # Friday, before the day starts
        (local("2026-11-27T08:00"), "edi-support", "14:00", False),
        (local("2026-11-27T13:59"), "edi-support", "14:00", False),
        (local("2026-11-27T14:01"), "driftsvagt", "22:00", False),
        (local("2026-11-27T21:50"), "driftsvagt", "22:00", False),
        (local("2026-11-27T21:59"), "driftsvagt", "22:00", False),
        (local("2026-11-27T22:01"), None, None, True),
        (local("2026-11-28T10:00"), "driftsvagt", "22:00", False),  # Saturday
        (local("2026-11-29T07:30"), None, None, True),  # Sunday morning
        (local("2026-12-25T10:00"), "driftsvagt", "22:00", False),  # Juledag, a Friday
        (local("2027-03-25T10:00"), "driftsvagt", "22:00", False),  # Skærtorsdag, a Thursday
        (local("2027-03-24T10:00"), "edi-support", "15:45", False),  # the Wednesday before
    ],
)
def test_who_to_call_at_each_boundary(
    moment: datetime, contact: str | None, until: str | None, form_waits: bool
) -> None:
    answer = who_to_call(PROCEDURE, moment)
    assert (answer.contact_id, answer.until, answer.form_waits) == (contact, until, form_waits)


@pytest.mark.parametrize(
    ("utc", "contact"),
    [
        # 29 March 2026: clocks go from 02:00 to 03:00. 06:30 UTC is 08:30 summer time (duty
        # line open); read as winter time it would be 07:30 and nobody would answer.
        ("2026-03-29T06:30", "driftsvagt"),
        ("2026-03-29T05:59", None),  # 07:59 summer time
        # 25 October 2026: clocks go from 03:00 back to 02:00. 20:30 UTC is 21:30 winter time
        # (open); read as summer time it would be 22:30 (closed).
        ("2026-10-25T20:30", "driftsvagt"),
        ("2026-10-25T21:01", None),  # 22:01 winter time
    ],
)
def test_daylight_saving_change_days(utc: str, contact: str | None) -> None:
    moment = datetime.fromisoformat(utc).replace(tzinfo=UTC)
    assert who_to_call(PROCEDURE, moment).contact_id == contact
