"""Stage 4, views (on call): whom to call at a given moment under a reporting procedure.

The same rule runs in the browser (content/assets/javascripts/portfolio-oncall.js) from the data
this module puts in the page; the tests here pin the rule at every boundary. Times are local
Danish time (Europe/Copenhagen), so the rule follows daylight saving by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from macros.models import Contact, Procedure
from macros.vocabulary import DANISH_TIME, Weekday

WEEKDAYS = tuple(Weekday)[:7]
"""Monday to Sunday, in the order of datetime.weekday()."""


@dataclass(frozen=True)
class Answer:
    """Whom to call now, or that nobody answers and the form waits until morning."""

    contact_id: str | None
    """The contact's id, or None outside every opening hour."""
    contact: Contact | None
    """The contact to call."""
    until: str | None
    """When that contact closes, e.g. "22:00"."""
    form_waits: bool
    """True outside the procedure's hours: a form sent now is handled the next morning."""


def day_name(moment: datetime, procedure: Procedure) -> Weekday:
    """The day the opening hours use: the weekday, or "helligdag" on a listed public holiday."""
    local = moment.astimezone(DANISH_TIME)
    if local.date() in {holiday.on for holiday in procedure.holidays}:
        return Weekday.HOLIDAY
    return WEEKDAYS[local.weekday()]


def who_to_call(procedure: Procedure, moment: datetime) -> Answer:
    """The first contact (in the data's order) that answers at `moment`."""
    local = moment.astimezone(DANISH_TIME)
    clock = f"{local:%H:%M}"
    day = day_name(moment, procedure)
    waits = not procedure.applies_from <= clock < procedure.applies_until
    for contact_id, contact in procedure.contacts.items():
        if not contact.hours:
            return Answer(contact_id, contact, None, waits)
        for hours in contact.hours:
            if day in hours.days and hours.opens <= clock < hours.closes:
                return Answer(contact_id, contact, hours.closes, waits)
    return Answer(None, None, None, waits)


def browser_rule_data(procedure: Procedure) -> dict[str, Any]:
    """What the browser needs to apply the same rule: contacts, hours and holidays."""
    return {
        "gælder_fra": procedure.applies_from,
        "gælder_til": procedure.applies_until,
        "helligdage": sorted(holiday.on.isoformat() for holiday in procedure.holidays),
        "kontakter": [
            {
                "navn": contact.name,
                "telefon": contact.phone,
                "tel": contact.tel,
                "åbningstider": [
                    {
                        "dage": [day.value for day in hours.days],
                        "fra": hours.opens,
                        "til": hours.closes,
                    }
                    for hours in contact.hours
                ],
            }
            for contact in procedure.contacts.values()
        ],
    }


@dataclass(frozen=True)
class TimetableRow:
    """One day of the timetable: when each contact answers."""

    day: Weekday
    """The day, or "helligdag"."""
    hours: tuple[str, ...]
    """Per contact, in the data's order: e.g. "08:00–15:45", or "Lukket"."""


def timetable(procedure: Procedure) -> tuple[TimetableRow, ...]:
    """The whole week, and holidays, for every contact: what the page shows without JavaScript."""
    return tuple(
        TimetableRow(day, tuple(_spans(contact, day) for contact in procedure.contacts.values()))
        for day in Weekday
    )


def _spans(contact: Contact, day: Weekday) -> str:
    if not contact.hours:
        return "Altid"
    spans = [f"{h.opens}–{h.closes}" for h in contact.hours if day in h.days]
    return ", ".join(spans) if spans else "Lukket"
