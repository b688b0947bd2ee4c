"""Stage 4, views (on call): whom to call at a given moment under a reporting procedure.

The same rule runs in the browser (content/assets/javascripts/portfolio-oncall.js) from the data
this module puts in the page; the tests here pin the rule at every boundary. Times are local
Danish time (Europe/Copenhagen), so the rule follows daylight saving by itself. On Denmark's public
holidays (computed, macros/core/danish_holidays.py) and on the procedure's own closing days, opening
hours use the "helligdag" row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from macros.core.clock import DANISH_TIME
from macros.core.collation import danish_order
from macros.core.danish_holidays import public_holiday, public_holidays_in
from macros.data.fields import OrganisationType, Weekday
from macros.data.models import (
    ClosingDay,
    Contact,
    Organisation,
    OrganisationContact,
    Portfolio,
    Procedure,
)

WEEKDAYS = tuple(Weekday)[:7]
"""Monday to Sunday, in the order of datetime.weekday()."""

HOLIDAY_YEARS_AHEAD = 10
"""The browser gets the public holidays of the as-of year and of this many years after it.

Why ten, not one: the page answers on the reader's clock, for as long as the site is up without a
rebuild, and a snapshot site keeps its pinned as-of date for years (mkdocs.yml's opgørelsesdato).
Eleven years are about 110 dates, under 2 KB. Past them the page says it does not know.
"""


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
    """The day the opening hours use: the weekday, or "helligdag" on a day off.

    A day off is a Danish public holiday, computed for the moment's year, or one of the
    procedure's own closing days.
    """
    day = moment.astimezone(DANISH_TIME).date()
    if public_holiday(day) is not None or day in {closed.on for closed in own_days(procedure)}:
        return Weekday.HOLIDAY
    return WEEKDAYS[day.weekday()]


def own_days(procedure: Procedure) -> tuple[ClosingDay, ...]:
    """The procedure's own closing days that are not public holidays anyway, in date order."""
    return tuple(day for day in procedure.own_closing_days if public_holiday(day.on) is None)


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


def holiday_years(as_of: date) -> range:
    """The years whose public holidays the browser gets: the as-of year and the ones after it."""
    return range(as_of.year, as_of.year + HOLIDAY_YEARS_AHEAD + 1)


def browser_rule_data(procedure: Procedure, as_of: date) -> dict[str, Any]:
    """What the browser needs to apply the same rule: contacts, hours, holidays and closing days.

    The public holidays are those of `holiday_years(as_of)`; "helligdage_år" names the first and
    last of those years, so the page can say when a day lies outside them.
    """
    years = holiday_years(as_of)
    return {
        "gælder_fra": procedure.applies_from,
        "gælder_til": procedure.applies_until,
        "helligdage": [day.isoformat() for day, _ in public_holidays_in(years)],
        "helligdage_år": [years[0], years[-1]],
        "lukkedage": [closed.on.isoformat() for closed in own_days(procedure)],
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


@dataclass(frozen=True)
class DayOff:
    """A day the "helligdag" hours apply: a public holiday or one of the own closing days."""

    on: date
    """The date."""
    name: str
    """Its Danish name, e.g. "Skærtorsdag" or "Juleaftensdag"."""
    own: bool
    """True for the organisation's own closing day, False for a public holiday."""


DAYS_OFF_SHOWN = timedelta(days=365)
"""How far ahead of the as-of date the page lists days off."""


def days_off(procedure: Procedure, as_of: date) -> tuple[DayOff, ...]:
    """Public holidays and own closing days from `as_of` until a year later, in date order."""
    last = as_of + DAYS_OFF_SHOWN
    public = {
        day: DayOff(day, name, own=False)
        for day, name in public_holidays_in(range(as_of.year, last.year + 1))
    }
    own = {closed.on: DayOff(closed.on, closed.name, own=True) for closed in own_days(procedure)}
    every = own | public
    return tuple(every[day] for day in sorted(every) if as_of <= day <= last)


def holiday_names(as_of: date) -> tuple[str, ...]:
    """The names of the as-of year's public holidays, in date order, e.g. for a sentence."""
    return tuple(name for _, name in public_holidays_in([as_of.year]))


def _spans(contact: Contact, day: Weekday) -> str:
    if not contact.hours:
        return "Altid"
    spans = [f"{h.opens}–{h.closes}" for h in contact.hours if day in h.days]
    return ", ".join(spans) if spans else "Lukket"


@dataclass(frozen=True)
class DutyLine:
    """A kommune and its line for the procedure's last resort (its `kommunekontakt`)."""

    organisation: Organisation
    """The kommune."""
    contact: OrganisationContact | None
    """Its contact of that id; None when its file has none."""


def duty_lines(portfolio: Portfolio, procedure: Procedure) -> tuple[DutyLine, ...]:
    """Every kommune with the contact the procedure names, in Danish alphabetical order."""
    if procedure.municipal_contact is None:
        return ()
    municipalities = sorted(
        (o for o in portfolio.organisations.values() if o.type is OrganisationType.MUNICIPALITY),
        key=lambda organisation: danish_order(organisation.name),
    )
    named = procedure.municipal_contact
    return tuple(DutyLine(o, o.contacts.get(named)) for o in municipalities)
