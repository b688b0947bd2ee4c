"""Whom to call now, at every boundary of the EDI procedure's opening hours (Danish time)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from macros.core.clock import DANISH_TIME
from macros.core.danish_holidays import public_holidays
from macros.data.models import ClosingDay, Procedure
from macros.data.validate import load_portfolio
from macros.views.oncall import browser_rule_data, days_off, holiday_years, who_to_call
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
        # After the end of the list once typed into the data (26 December 2027): computed.
        (local("2029-03-29T10:00"), "driftsvagt", "22:00", False),  # Skærtorsdag 2029
        (local("2029-03-22T10:00"), "edi-support", "15:45", False),  # an ordinary Thursday
        (local("2029-03-29T07:59"), None, None, True),  # Skærtorsdag before the day starts
        (local("2029-05-10T15:44"), "driftsvagt", "22:00", False),  # Kristi himmelfartsdag
        # Store Bededag was a public holiday until 2023 and is an ordinary Friday from 2024.
        (local("2023-05-05T10:00"), "driftsvagt", "22:00", False),
        (local("2024-04-26T10:00"), "edi-support", "14:00", False),
        # Grundlovsdag and 24 December are not public holidays: closed only if the data says so.
        (local("2029-06-05T10:00"), "edi-support", "15:45", False),
        (local("2026-12-24T10:00"), "edi-support", "15:45", False),
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


def closing(day: str, name: str) -> ClosingDay:
    return ClosingDay.model_validate({"dato": day, "navn": name})


def test_the_package_knows_the_danish_calendar() -> None:
    assert public_holidays(2023)[date(2023, 5, 5)] == "Store bededag"
    assert all(name != "Store bededag" for name in public_holidays(2024).values())
    assert public_holidays(2029)[date(2029, 3, 29)] == "Skærtorsdag"
    for year in (2023, 2024, 2029):
        for day in (date(year, 6, 5), date(year, 12, 24), date(year, 12, 31)):
            assert day not in public_holidays(year), "not a public holiday: the data decides"


def test_own_closing_days_use_the_holiday_hours() -> None:
    own = PROCEDURE.model_copy(update={"closing_days": (closing("2026-12-24", "Juleaftensdag"),)})
    assert who_to_call(own, local("2026-12-24T10:00")).contact_id == "driftsvagt"
    assert who_to_call(own, local("2026-12-23T10:00")).contact_id == "edi-support"


def test_the_old_list_helligdage_still_closes_its_dates() -> None:
    old = PROCEDURE.model_copy(
        update={"listed_holidays": (closing("2026-12-31", "Nytårsaftensdag"),)}
    )
    assert who_to_call(old, local("2026-12-31T10:00")).contact_id == "driftsvagt"


def test_a_public_holiday_in_the_old_list_is_no_closing_day_of_its_own() -> None:
    old = PROCEDURE.model_copy(
        update={
            "listed_holidays": (
                closing("2026-12-25", "Juledag"),
                closing("2026-12-31", "Nytårsaftensdag"),
            )
        }
    )
    assert browser_rule_data(old, date(2026, 6, 1))["lukkedage"] == ["2026-12-31"]


def test_the_browser_gets_the_holidays_of_the_as_of_year_and_the_years_after() -> None:
    data = browser_rule_data(PROCEDURE, date(2026, 6, 1))
    years = {int(day[:4]) for day in data["helligdage"]}
    assert set(range(2026, 2031)) <= years  # the as-of year and at least the four following
    assert years == set(holiday_years(date(2026, 6, 1)))
    assert data["helligdage_år"] == [min(years), max(years)]
    assert "2029-03-29" in data["helligdage"]
    assert "2026-01-01" in data["helligdage"]  # the whole as-of year, not only what is left
    assert data["helligdage"] == sorted(data["helligdage"])
    expected = sorted(day.isoformat() for year in years for day in public_holidays(year))
    assert data["helligdage"] == expected
    assert data["lukkedage"] == []


def test_the_page_lists_the_days_off_of_the_coming_year() -> None:
    own = PROCEDURE.model_copy(
        update={
            "closing_days": (closing("2029-12-24", "Juleaftensdag"),),
            "listed_holidays": (closing("2029-03-29", "Skærtorsdag (fra den gamle liste)"),),
        }
    )
    shown = days_off(own, date(2029, 3, 1))
    assert shown[0].on == date(2029, 3, 29)
    assert (shown[0].name, shown[0].own) == ("Skærtorsdag", False)
    assert [(day.on, day.own) for day in shown if day.own] == [(date(2029, 12, 24), True)]
    assert shown[-1].on <= date(2030, 3, 1)
    assert [day.on for day in shown] == sorted(day.on for day in shown)
