"""Stage 5, render (feeds): ICS calendars of deadlines and steps, and an Atom feed of statuses.

Pure functions: no files, no clock. The as-of date and the site's address arrive as arguments, and
every timestamp in the output is derived from the as-of date, so two builds of the same portfolio
give byte-identical files.

Calendars (RFC 5545) are written here (the tests read them back with icalendar): text is
escaped and lines are folded at 75 octets. Each event is written once and reused by every
calendar that holds it; a library writing 15,000 events took seconds.

Every event is all-day: a fuzzy period such as "1. kvartal 2018", "medio 2019", "efteråret
2018" or "primo marts – medio september 2022" spans its first to its last day, and DTEND is the
day after the last (DTEND is exclusive); "senest marts 2019" spans March as "marts 2019" does, and
the description says "senest". Events are TRANSP:TRANSPARENT, so a quarter-long span never shows
a subscriber as busy.

UIDs are built from ids only, never from positions in the portfolio or from text, so an event
keeps its identity across rebuilds, when other files are added or reordered, and when its date or
text is edited (a moved deadline updates the event instead of adding one):

- a milestone: ``milepael-<milestone id>@portefoeljetavlen``;
- a step: ``indsats-<indsats id>-skridt-<n>@portefoeljetavlen``, n being the step's place (from 1)
  among all the indsats' steps, undated ones included, so dating a step renumbers nothing.
  Inserting a step above others does shift their numbers; that is the price of not tying the UID
  to the text, which editors reword far more often.
- a go-live: ``udrulning-<indsats|milepael>-<id>.<organisation id>@portefoeljetavlen`` (the full
  stop cannot occur in an id, so no two plans and organisations give the same UID); SEQUENCE is 1
  once it has gone live, so a subscriber replaces the planned date with the actual one.

The Atom feed (RFC 4287) is written with xml.etree.ElementTree, which escapes all text; characters
XML 1.0 cannot carry at all (control characters, lone surrogates) are removed first.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

from macros.core.clock import DANISH_TIME
from macros.core.periods import Period, format_date
from macros.core.urls import (
    FEED_CSS,
    FEED_STYLESHEET,
    STATUS_FEED,
    milestone_href,
    notice_href,
    way_to_root,
)
from macros.data.fields import Colour, NoticeKind, moment_text
from macros.data.models import Milestone, Notice, Portfolio, Programme, Settings
from macros.views.rollout import OrganisationGoLive
from macros.views.views import InitiativeRow

PRODID = "-//Porteføljetavlen//Porteføljetavlen//DA"
UID_DOMAIN = "portefoeljetavlen"
MAX_OCTETS = 75
"""Longest line of an ICS file, in octets, before it is folded."""
SUMMARY_LENGTH = 150
"""Longest event summary in characters; the full step text is in the description."""
"""Where the status feed lies, relative to the site root (its rel=self link)."""
MAX_ENTRIES = 100
TAG_PREFIX = "tag:portefoeljetavlen,2018:"
"""Atom ids are tag URIs (RFC 4151): stable across builds and hosts."""
AUTHOR = "Porteføljetavlen"
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Why: XML 1.0 cannot carry these at all (escaping does not help), and RFC 5545 TEXT forbids them.
_UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text with line breaks as LF and without characters XML or ICS cannot carry."""
    return _UNSAFE_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def shortened(text: str, limit: int = SUMMARY_LENGTH) -> str:
    """One line of at most `limit` characters, cut at a word with "…" when too long."""
    line = " ".join(clean(text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    # Why: cut at the last space unless that would throw away most of the line.
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"


def absolute(site_url: str, path: str) -> str:
    """The address of `path` (relative to the site root) under `site_url`."""
    return f"{site_url.rstrip('/')}/{address(path)}"


def address(path: str) -> str:
    """A site path as a URI: ids and anchors may hold æ, ø and å, which a URI must encode."""
    return quote(path, safe="/#")


# --- Calendars -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day calendar event: a milestone's deadline or a dated step of an indsats."""

    uid: str
    """Stable identity, e.g. "milepael-kol-8-1@portefoeljetavlen" (see the module docstring)."""
    summary: str
    """One line, e.g. "Milepæl 8.1: Undervisningsmateriale udarbejdet"."""
    description: str
    """Lines of Danish text: status, group, the period as written."""
    start: date
    """The first day; a datetime for a timed event."""
    end: date
    """The last day, inclusive (the ICS file writes the day after); for a timed event the
    moment it ends."""
    path: str
    """The page to read more on, relative to the site root."""
    category: str
    """ "Milepæl", "Skridt" or "Udrulning"."""
    sequence: int = 0
    """How many times the date has been revised (SEQUENCE): a subscriber then replaces the
    event instead of keeping the old date."""


def calendar_events(
    portfolio: Portfolio,
    rows: Iterable[InitiativeRow],
    *,
    programme: str | None = None,
    group: str | None = None,
    organisation: str | None = None,
) -> tuple[CalendarEvent, ...]:
    """The milestones with a deadline in force and the dated steps of `rows`, by date.

    Args:
        portfolio: the milestones come from here.
        rows: the indsatser whose dated steps become events (pass () for milestones only).
        programme: only what belongs to this programme id (a step: its indsats' programme).
        group: only what belongs to this group id (a step: its indsats' group).
        organisation: only what this organisation id takes part in (deltagere or roll-out plan).

    Returns:
        The events sorted by start, end and UID, so the output does not depend on file order.
    """
    milestones = (
        _milestone_event(portfolio, milestone)
        for milestone in portfolio.milestones.values()
        if milestone.current_deadline is not None
        and programme in (None, milestone.programme)
        and group in (None, milestone.group)
        and organisation in (None, *milestone.organisation_ids)
    )
    steps = (
        event
        for row in rows
        if programme in (None, row.programme.id)
        and group in (None, row.group.id)
        and organisation in (None, *(taking_part.id for taking_part in row.participants))
        for event in _step_events(row, portfolio.settings)
    )
    return by_date((*milestones, *steps))


def by_date(events: Iterable[CalendarEvent]) -> tuple[CalendarEvent, ...]:
    """Events by start, end and UID, so a calendar does not depend on the order of files."""
    return tuple(sorted(events, key=lambda e: (e.start, e.end, e.uid)))


def _milestone_event(portfolio: Portfolio, milestone: Milestone) -> CalendarEvent:
    deadline = milestone.current_deadline
    assert deadline is not None  # Why: calendar_events passes only milestones with one.
    number = f" {milestone.number}" if milestone.number else ""
    return CalendarEvent(
        uid=f"milepael-{milestone.id}@{UID_DOMAIN}",
        summary=shortened(f"Milepæl{number}: {milestone.title}"),
        description="\n".join(_milestone_lines(portfolio, milestone, deadline)),
        start=deadline.start,
        end=deadline.end,
        path=milestone_href(milestone.id),
        category="Milepæl",
        sequence=len(milestone.revisions),
    )


def _milestone_lines(portfolio: Portfolio, milestone: Milestone, deadline: Period) -> list[str]:
    lines = [f"Status: {milestone.status.value.capitalize()}", f"Deadline: {deadline}"]
    if milestone.revisions:
        latest = milestone.revisions[-1]
        if milestone.deadline is not None and milestone.deadline != deadline:
            lines.append(f"Oprindelig deadline: {milestone.deadline}")
        lines.append(f"Ændret {format_date(latest.decided)}: {latest.reason}")
    if milestone.criterion:
        lines.append(f"Kriterium: {milestone.criterion}")
    lines.append(f"Program: {_programme_name(portfolio, milestone.programme)}")
    lines.append(f"Ansvarlig: {_group_name(portfolio, milestone.group)}")
    return [clean(line) for line in lines]


def _programme_name(portfolio: Portfolio, programme_id: str) -> str:
    programme: Programme | None = portfolio.programmes.get(programme_id)
    return programme.name if programme else programme_id


def _group_name(portfolio: Portfolio, group_id: str) -> str:
    group = portfolio.groups.get(group_id)
    return group.name if group else group_id


def _step_events(row: InitiativeRow, settings: Settings) -> Iterator[CalendarEvent]:
    initiative = row.initiative
    for number, step in enumerate(initiative.steps, start=1):
        if step.when is None:
            continue
        colour = initiative.colour
        meaning = settings.meaning(colour)
        lines = [
            clean(step.text),
            "",
            f"Indsats: {initiative.title}",
            f"Hvornår: {step.when}",
            f"Farve: {colour.label} pr. {format_date(initiative.status_date)} – {meaning}",
            f"Ansvarlig: {row.group.name}",
            f"Program: {row.programme.name}",
        ]
        yield CalendarEvent(
            uid=f"indsats-{initiative.id}-skridt-{number}@{UID_DOMAIN}",
            summary=shortened(f"{initiative.title}: {step.text}"),
            description="\n".join(clean(line) for line in lines),
            start=step.when.start,
            end=step.when.end,
            path=row.href,
            category="Skridt",
        )


def go_live_events(go_lives: Iterable[OrganisationGoLive]) -> tuple[CalendarEvent, ...]:
    """One event per dated go-live: on the day it went live, else over its planned period."""
    return tuple(
        _go_live_event(found) for found in go_lives if found.go_live.live or found.go_live.planned
    )


def _go_live_event(found: OrganisationGoLive) -> CalendarEvent:
    plan, go_live = found.plan, found.go_live
    when = go_live.live or go_live.planned
    assert when is not None  # Why: go_live_events passes only dated go-lives.
    organisation = go_live.organisation
    lines = [
        f"{go_live.summary} ({go_live.wave})",
        f"Plan: {plan.title}",
        f"Program: {plan.programme.name}",
        *([go_live.note] if go_live.note else []),
    ]
    done = "i drift" if go_live.live else "går i drift"
    return CalendarEvent(
        uid=f"udrulning-{plan.key}.{organisation.id}@{UID_DOMAIN}",
        summary=shortened(f"{organisation.name} {done}: {plan.title}"),
        description="\n".join(clean(line) for line in lines),
        start=when.start,
        end=when.end,
        path=plan.href,
        category="Udrulning",
        sequence=1 if go_live.live else 0,
    )


def calendar(
    name: str, events: Iterable[CalendarEvent], stamp: date, site_url: str | None = None
) -> bytes:
    """An ICS file (RFC 5545) of all-day events.

    Args:
        name: the calendar's Danish name, shown by calendar apps (X-WR-CALNAME and NAME).
        events: the events, written in the order given.
        stamp: the as-of date; every DTSTAMP is this day at 00:00 UTC, never the wall clock.
        site_url: the site's absolute address; each event then gets a URL. None: no URLs.

    Returns:
        The calendar as UTF-8 with CRLF line ends and lines folded at 75 octets.
    """
    header = [
        "BEGIN:VCALENDAR",
        f"PRODID:{_ics_text(PRODID)}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{_ics_text(name)}",
        f"X-WR-CALNAME:{_ics_text(name)}",
    ]
    dtstamp = f"{stamp:%Y%m%d}T000000Z"
    body = "".join(vevent(event, dtstamp, site_url) for event in events)
    return (_lines(header) + body + _lines(["END:VCALENDAR"])).encode("utf-8")


@functools.lru_cache(maxsize=50_000)
def vevent(event: CalendarEvent, dtstamp: str, site_url: str | None) -> str:
    """One VEVENT, folded, with CRLF line ends; cached, as the same event is in several files."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_ics_text(event.uid)}",
        f"DTSTAMP:{dtstamp}",
        *_span(event.start, event.end),
        f"SUMMARY:{_ics_text(event.summary)}",
        f"DESCRIPTION:{_ics_text(event.description)}",
        f"CATEGORIES:{_ics_text(event.category)}",
        "TRANSP:TRANSPARENT",
        f"SEQUENCE:{event.sequence}",
    ]
    if site_url:
        lines.append(f"URL:{absolute(site_url, event.path)}")
    lines.append("END:VEVENT")
    return _lines(lines)


def _span(start: date, end: date) -> list[str]:
    """DTSTART and DTEND: whole days, or moments in UTC for a timed event such as a shutdown."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        return [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}"]
    # Why + 1 day: DTEND of an all-day event is exclusive in RFC 5545.
    return [
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}",
    ]


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def notice_events(notices: Iterable[Notice]) -> tuple[CalendarEvent, ...]:
    """Planned shutdowns as timed events, from start to the expected (or actual) end."""
    events = []
    for notice in notices:
        if notice.kind is not NoticeKind.PLANNED:
            continue
        start_utc = notice.start.astimezone(UTC)
        end = notice.actual_end or notice.expected_end or start_utc + timedelta(hours=2)
        lines = [notice.cause, "", f"Berørte meddelelser: {', '.join(notice.messages)}"]
        events.append(
            CalendarEvent(
                uid=f"driftsmeddelelse-{notice.id}@{UID_DOMAIN}",
                summary=shortened(f"Planlagt nedlukning: {notice.title}"),
                description="\n".join(clean(line) for line in lines),
                start=notice.start,
                end=end,
                path=notice_href(notice.id),
                category="Driftsmeddelelse",
                # Why: any change of start, end or text should replace the subscriber's copy.
                sequence=len(notice.updates) + (notice.actual_end is not None),
            )
        )
    return tuple(sorted(events, key=lambda e: (e.start, e.uid)))


def _ics_text(value: str) -> str:
    """A TEXT value escaped by RFC 5545 3.3.11: backslash, semicolon, comma and line breaks."""
    escaped = clean(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\n", "\\n")


def _lines(lines: Iterable[str]) -> str:
    return "".join(_folded(line) + "\r\n" for line in lines)


def _folded(line: str) -> str:
    """The line in pieces of at most 75 octets, never cut inside a character (RFC 5545 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_OCTETS:
        return line
    pieces, start, limit = [], 0, MAX_OCTETS
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        while end < len(encoded) and encoded[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte
            end -= 1
        pieces.append(encoded[start:end].decode("utf-8"))
        start, limit = end, MAX_OCTETS - 1  # the leading space counts
    return "\r\n ".join(pieces)


# --- Atom feed of status changes --------------------------------------------------------------


@dataclass(frozen=True)
class StatusEntry:
    """One status of one indsats: its current status or an entry of its history."""

    row: InitiativeRow
    """The indsats."""
    on: date
    """The date of the status."""
    colour: Colour
    """The colour then."""
    text: str
    """The status text then."""
    previous: Colour | None
    """The colour of the status before it, if any."""
    tag: str
    """Atom id, e.g. "tag:portefoeljetavlen,2018:indsats/sambo/2018-02-20"."""

    @property
    def title(self) -> str:
        """E.g. "Rød: Videreudvikling af SAM:BO (var Gul)"."""
        changed = (
            f" (var {self.previous.value})" if self.previous not in (None, self.colour) else ""
        )
        return clean(f"{self.colour.label}: {self.row.initiative.title}{changed}")


def status_entries(rows: Iterable[InitiativeRow], as_of: date) -> tuple[StatusEntry, ...]:
    """Every status up to `as_of` of every indsats, newest first, at most MAX_ENTRIES.

    Statuses dated after `as_of` are left out: a snapshot must not show its future. Statuses of
    one day are ordered by title and id, so the order does not depend on file order; one
    indsats' statuses of one day stay newest first.
    """
    entries = [
        entry for row in rows for entry in reversed(list(_statuses(row))) if entry.on <= as_of
    ]
    # Why two stable sorts: newest first, ties by indsats, each indsats' own order kept.
    entries.sort(key=lambda e: (e.row.initiative.title.lower(), e.row.initiative.id))
    entries.sort(key=lambda e: e.on, reverse=True)
    return tuple(entries[:MAX_ENTRIES])


def _statuses(row: InitiativeRow) -> Iterator[StatusEntry]:
    initiative = row.initiative
    history = [(h.on, h.colour, h.text) for h in initiative.history]
    # Why a stable sort with the current status last: it is the newest on its date.
    current = (initiative.status_date, initiative.colour, initiative.status)
    dated = sorted([*history, current], key=lambda status: status[0])
    previous: Colour | None = None
    seen: dict[date, int] = {}
    for on, colour, text in dated:
        seen[on] = seen.get(on, 0) + 1
        # Why a suffix: two statuses on one day must still have distinct ids.
        suffix = f"/{seen[on]}" if seen[on] > 1 else ""
        tag = f"{TAG_PREFIX}indsats/{initiative.id}/{on.isoformat()}{suffix}"
        yield StatusEntry(row, on, colour, text, previous, tag)
        previous = colour


@dataclass(frozen=True)
class AtomEntry:
    """One entry of an Atom feed, with its text already cleaned."""

    id: str
    title: str
    updated: str
    """RFC 3339, e.g. 2018-02-20T00:00:00Z."""
    path: str
    """The page it links to, relative to the site root."""
    summary: str


def status_feed(
    rows: Iterable[InitiativeRow],
    as_of: date,
    site_url: str | None,
    title: str,
    path: str = STATUS_FEED,
) -> bytes:
    """An Atom feed (RFC 4287) of the indsatser's statuses, newest first.

    Args:
        rows: the indsatser whose statuses are listed.
        as_of: the as-of date; later statuses are left out, and it is the feed's date when
            there are no entries.
        site_url: the site's absolute address; None gives links relative to the feed itself.
        title: the feed's Danish title.
        path: where the feed lies, relative to the site root; its id and rel=self link.

    Returns:
        UTF-8 XML with an XML declaration.
    """
    entries = [
        AtomEntry(s.tag, s.title, _timestamp(s.on), s.row.href, clean(s.text))
        for s in status_entries(rows, as_of)
    ]
    updated = entries[0].updated if entries else _timestamp(as_of)
    return atom_feed(title, path, site_url, updated, entries)


def notice_feed(notices: Iterable[Notice], as_of: date, site_url: str | None, path: str) -> bytes:
    """An Atom feed of outage notices, the latest change (update, end or announcement) first."""
    dated: list[tuple[datetime, AtomEntry]] = []
    for notice in notices:
        moments = [notice.announced, *(u.at for u in notice.updates)]
        changed = max(moments, key=lambda moment: moment.astimezone(UTC))
        latest = notice.updates[-1].text if notice.updates else notice.cause
        end = notice.actual_end
        if end is not None and end.astimezone(UTC) > changed.astimezone(UTC):
            changed, latest = end, f"Løst {moment_text(end)}. {latest}"
        kind = notice.kind.label
        # Why Danish time with its offset: the feed's page (feed.xsl) shows the day and the
        # clock as the reader lives them; UTC would put a change at 00:30 on the day before.
        entry = AtomEntry(
            f"{TAG_PREFIX}driftsmeddelelse/{notice.id}",
            clean(f"{kind}: {notice.title}"),
            changed.astimezone(DANISH_TIME).isoformat(timespec="seconds"),
            notice_href(notice.id),
            clean(latest),
        )
        dated.append((changed.astimezone(UTC), entry))
    dated.sort(key=lambda pair: (pair[0], pair[1].id), reverse=True)
    entries = [entry for _, entry in dated]
    updated = entries[0].updated if entries else _timestamp(as_of)
    return atom_feed("Porteføljetavlen: driftsmeddelelser", path, site_url, updated, entries)


def atom_feed(
    title: str, path: str, site_url: str | None, updated: str, entries: Iterable[AtomEntry]
) -> bytes:
    """An Atom feed document (RFC 4287) lying at `path`, as UTF-8 XML."""
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: "da"})
    _text(feed, "id", TAG_PREFIX + path)
    _text(feed, "title", clean(title))
    _text(feed, "updated", updated)
    ET.SubElement(
        feed, "link", rel="self", type="application/atom+xml", href=_link(path, path, site_url)
    )
    # Why always: the page a browser shows for the feed (feed.xsl) links the site's home from it.
    home = site_url or way_to_root(path) or "./"
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=home)
    for entry in entries:
        feed.append(_entry(entry, path, site_url))
    ET.indent(feed)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=False)
    return _XML_DECLARATION + _stylesheets(path) + document + b"\n"


_XML_DECLARATION = b"<?xml version='1.0' encoding='utf-8'?>\n"


def _stylesheets(path: str) -> bytes:
    """The processing instructions that make a browser show the feed at `path` as a page.

    Why two: browsers that still run XSLT show feed.xsl's page (Danish text, links); those that
    no longer do (Chromium turns XSLT off from version 155) skip it and style the feed itself
    with feed.css. Relative to the feed, as a browser runs a stylesheet of its own site only.
    """
    stylesheet = way_to_root(path) + FEED_STYLESHEET
    css = way_to_root(path) + FEED_CSS
    return (
        f'<?xml-stylesheet type="text/xsl" href="{address(stylesheet)}"?>\n'
        f'<?xml-stylesheet type="text/css" href="{address(css)}"?>\n'
    ).encode()


def _entry(atom: AtomEntry, feed_path: str, site_url: str | None) -> ET.Element:
    entry = ET.Element("entry")
    _text(entry, "id", atom.id)
    _text(entry, "title", atom.title)
    _text(entry, "updated", atom.updated)
    author = ET.SubElement(entry, "author")
    _text(author, "name", AUTHOR)
    href = _link(atom.path, feed_path, site_url)
    ET.SubElement(entry, "link", rel="alternate", type="text/html", href=href)
    _text(entry, "summary", atom.summary).set("type", "text")
    return entry


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _timestamp(day: date) -> str:
    """RFC 3339 at midnight UTC: the portfolio dates statuses by day only."""
    return f"{day.isoformat()}T00:00:00Z"


def _link(path: str, feed_path: str, site_url: str | None) -> str:
    """Absolute under `site_url`, else relative to the feed (a reader resolves it from there)."""
    if site_url:
        return absolute(site_url, path)
    if path == feed_path:
        return address(path.rsplit("/", 1)[-1])
    return "../" * feed_path.count("/") + address(path)


__all__ = [
    "AtomEntry",
    "CalendarEvent",
    "StatusEntry",
    "calendar",
    "calendar_events",
    "notice_events",
    "notice_feed",
    "status_entries",
    "status_feed",
]
