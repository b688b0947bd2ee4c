"""Stage 5, feeds: the ICS calendars and the Atom status feed, read back as a client would."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Any

import feedparser
import pytest
from icalendar import Calendar

from macros.core.period_parser import parse_period
from macros.core.urls import ACCESSIBILITY, FEED_STYLESHEET
from macros.data.models import HistoryEntry, Initiative, Portfolio, Step
from macros.data.validate import load_portfolio
from macros.output.feeds import (
    MAX_ENTRIES,
    SUMMARY_LENGTH,
    CalendarEvent,
    calendar,
    calendar_events,
    notice_feed,
    status_feed,
)
from macros.views.views import InitiativeRow, initiative_rows
from tests.conftest import MINIMAL, PROJECT

AS_OF = date(2018, 3, 1)
SITE = "https://example.org/tavle/"
HOSTILE = "<script>alert('x')</script> & ]]> &amp; 😀 \"citat\" æøå ÆØÅ"


@pytest.fixture(scope="module")
def minimal() -> Portfolio:
    return load_portfolio(MINIMAL)


@pytest.fixture(scope="module")
def example() -> Portfolio:
    return load_portfolio(PROJECT / "portfolio")


def with_initiatives(portfolio: Portfolio, *initiatives: Initiative) -> Portfolio:
    """The portfolio with these indsatser added or replaced (by id)."""
    changed = dict(portfolio.initiatives) | {i.id: i for i in initiatives}
    return replace(portfolio, initiatives=MappingProxyType(changed))


def sambo(portfolio: Portfolio, **changes: Any) -> Initiative:
    """The minimal portfolio's one indsats with some fields changed (no validation)."""
    return portfolio.initiatives["sambo"].model_copy(update=changes)


def rows_of(portfolio: Portfolio, as_of: date = AS_OF) -> tuple[InitiativeRow, ...]:
    return initiative_rows(portfolio, as_of)


def ics(portfolio: Portfolio, site_url: str | None = None, stamp: date = AS_OF) -> bytes:
    events = calendar_events(portfolio, rows_of(portfolio))
    return calendar("Porteføljetavlen – alle", events, stamp, site_url)


def vevents(raw: bytes) -> dict[str, Any]:
    """The parsed events by UID."""
    parsed = Calendar.from_ical(raw)
    return {str(event["UID"]): event for event in parsed.walk("VEVENT")}


# --- Calendars -------------------------------------------------------------------------------


def test_calendar_holds_the_milestone_and_the_dated_step(minimal: Portfolio) -> None:
    raw = ics(minimal)
    parsed = Calendar.from_ical(raw)
    assert str(parsed["X-WR-CALNAME"]) == "Porteføljetavlen – alle"
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["CALSCALE"]) == "GREGORIAN"
    assert str(parsed["PRODID"])
    events = vevents(raw)
    assert set(events) == {
        "milepael-kol-8-1@portefoeljetavlen",
        "indsats-sambo-skridt-1@portefoeljetavlen",
    }, "the undated step is not an event"
    milestone = events["milepael-kol-8-1@portefoeljetavlen"]
    assert str(milestone["SUMMARY"]) == "Milepæl 8.1: Undervisningsmateriale udarbejdet"
    # The revision's deadline (august 2019) is in force, not the baseline (november 2018).
    assert milestone.decoded("DTSTART") == date(2019, 8, 1)
    assert milestone.decoded("DTEND") == date(2019, 9, 1)
    description = str(milestone["DESCRIPTION"])
    assert "Status: Igangsat" in description
    assert "Oprindelig deadline: november 2018" in description
    assert "Leverandøren er forsinket." in description
    step = events["indsats-sambo-skridt-1@portefoeljetavlen"]
    assert str(step["SUMMARY"]) == "Videreudvikling af SAM:BO: Følgegruppen får status."
    assert step.decoded("DTSTART") == date(2018, 8, 20)
    assert step.decoded("DTEND") == date(2018, 8, 21), "DTEND is the day after"
    assert "Følgegruppen for behandling og pleje" in str(step["DESCRIPTION"])
    assert "Farve: Gul" in str(step["DESCRIPTION"])
    assert "URL" not in step, "no site_url, no URL"


@pytest.mark.parametrize(
    ("written", "first", "day_after_last"),
    [
        ("1. kvartal 2018", date(2018, 1, 1), date(2018, 4, 1)),
        ("4. kvartal 2018", date(2018, 10, 1), date(2019, 1, 1)),
        ("februar 2020", date(2020, 2, 1), date(2020, 3, 1)),
        ("medio 2019", date(2019, 5, 1), date(2019, 9, 1)),
        ("ultimo marts 2019", date(2019, 3, 21), date(2019, 4, 1)),
        ("2. halvår 2018", date(2018, 7, 1), date(2019, 1, 1)),
        ("2018-04-09", date(2018, 4, 9), date(2018, 4, 10)),
        ("efteråret 2018", date(2018, 9, 1), date(2018, 12, 1)),
        ("vinteren 2018/19", date(2018, 12, 1), date(2019, 3, 1)),
        ("primo marts – medio september 2022", date(2022, 3, 1), date(2022, 9, 21)),
        ("2018–2019", date(2018, 1, 1), date(2020, 1, 1)),
        ("senest marts 2019", date(2019, 3, 1), date(2019, 4, 1)),
    ],
)
def test_a_period_is_an_all_day_span_with_exclusive_end(
    minimal: Portfolio, written: str, first: date, day_after_last: date
) -> None:
    step = Step.model_validate({"dato": written, "tekst": "Noget sker."})
    portfolio = with_initiatives(minimal, sambo(minimal, steps=(step,)))
    raw = ics(portfolio)
    event = vevents(raw)["indsats-sambo-skridt-1@portefoeljetavlen"]
    assert type(event.decoded("DTSTART")) is date, "all-day: a DATE, not a DATE-TIME"
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (first, day_after_last)
    assert f"DTSTART;VALUE=DATE:{first:%Y%m%d}\r\n".encode() in raw
    assert f"DTEND;VALUE=DATE:{day_after_last:%Y%m%d}\r\n".encode() in raw
    assert f"Hvornår: {parse_period(written)}" in str(event["DESCRIPTION"])


def test_calendar_is_byte_identical_and_independent_of_file_order(minimal: Portfolio) -> None:
    assert ics(minimal) == ics(minimal)
    events = calendar_events(minimal, rows_of(minimal))
    backwards = calendar_events(minimal, reversed(rows_of(minimal)))
    assert events == backwards


def test_uids_survive_adding_another_indsats(minimal: Portfolio) -> None:
    before = vevents(ics(minimal))
    other = sambo(minimal, title="Aaa først i alfabetet")
    other = other.model_copy(update={"id": "aaa-ny"})
    after = vevents(ics(with_initiatives(minimal, other)))
    assert set(after) == set(before) | {"indsats-aaa-ny-skridt-1@portefoeljetavlen"}
    for uid, event in before.items():
        assert after[uid].to_ical() == event.to_ical(), uid


def test_a_milestone_needs_a_deadline_in_force(minimal: Portfolio) -> None:
    milestone = minimal.milestones["kol-8-1"]
    revised_only = milestone.model_copy(update={"deadline": None})
    undated = milestone.model_copy(update={"deadline": None, "revisions": ()})
    uid = "milepael-kol-8-1@portefoeljetavlen"
    events = {}
    for changed in (revised_only, undated):
        portfolio = replace(minimal, milestones=MappingProxyType({"kol-8-1": changed}))
        events[changed.revisions != ()] = vevents(ics(portfolio)).get(uid)
    assert events[False] is None, "no deadline, no event"
    revised = events[True]
    assert revised is not None, "a revised deadline is in force without a baseline"
    description = str(revised["DESCRIPTION"])
    assert "Oprindelig deadline" not in description, "no baseline to name"


def test_step_uid_counts_undated_steps_so_dating_one_renumbers_nothing(minimal: Portfolio) -> None:
    undated = Step.model_validate({"tekst": "Løbende opgave."})
    dated = Step.model_validate({"dato": "maj 2018", "tekst": "Senere."})
    portfolio = with_initiatives(minimal, sambo(minimal, steps=(undated, dated)))
    assert set(vevents(ics(portfolio))) == {
        "milepael-kol-8-1@portefoeljetavlen",
        "indsats-sambo-skridt-2@portefoeljetavlen",
    }


def test_dtstamp_is_the_as_of_date_at_midnight_utc(minimal: Portfolio) -> None:
    for stamp in (date(2018, 3, 1), date(2031, 12, 24)):
        raw = ics(minimal, stamp=stamp)
        stamps = {event.decoded("DTSTAMP") for event in vevents(raw).values()}
        assert stamps == {datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)}
    # Only the DTSTAMP lines differ between two as-of dates.
    first, second = ics(minimal, stamp=date(2018, 3, 1)), ics(minimal, stamp=date(2018, 3, 2))
    differing = [
        (a, b) for a, b in zip(first.splitlines(), second.splitlines(), strict=True) if a != b
    ]
    assert differing
    assert all(a.startswith(b"DTSTAMP:") for a, _ in differing)


def test_urls_are_absolute_and_encoded_when_the_site_url_is_known(minimal: Portfolio) -> None:
    events = vevents(ics(minimal, site_url=SITE))
    step = events["indsats-sambo-skridt-1@portefoeljetavlen"]
    assert str(step["URL"]) == "https://example.org/tavle/indsatser/sambo/"
    milestone_url = str(events["milepael-kol-8-1@portefoeljetavlen"]["URL"])
    assert milestone_url.startswith(SITE)
    assert milestone_url.isascii(), "a URI carries æ percent-encoded"


def test_danish_and_hostile_text_round_trips_and_long_lines_fold(minimal: Portfolio) -> None:
    title = "Ærø, Østerbro og Åbenrå på én gang: " * 2 + "ÆØÅ"  # 75 characters, 83 octets
    text = "Semikolon; komma, backslash \\ og\nny linje " + HOSTILE + " klokke\x07" + " ord" * 40
    step = Step.model_validate({"dato": "juni 2018", "tekst": text})
    portfolio = with_initiatives(minimal, sambo(minimal, title=title, steps=(step,)))
    raw = ics(portfolio, site_url=SITE)
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "folded at 75 octets"
    assert b"\r\n " in raw, "something was long enough to fold"
    raw.decode("utf-8")  # folding never splits a multi-byte character
    event = vevents(raw)["indsats-sambo-skridt-1@portefoeljetavlen"]
    summary = str(event["SUMMARY"])
    assert summary.startswith(title + ": Semikolon; komma")
    assert len(summary) <= SUMMARY_LENGTH
    assert summary.endswith("…")
    assert "\n" not in summary
    description = str(event["DESCRIPTION"])
    assert description.startswith(text.replace("\x07", "")), "the full text, bell removed"
    assert "\x07" not in description
    assert f"Indsats: {title}" in description


def test_a_very_long_title_is_cut_too(minimal: Portfolio) -> None:
    title = "Øvelse " * 28 + "slut"  # 200 characters, the most a title may have
    portfolio = with_initiatives(minimal, sambo(minimal, title=title))
    summary = str(vevents(ics(portfolio))["indsats-sambo-skridt-1@portefoeljetavlen"]["SUMMARY"])
    assert len(summary) <= SUMMARY_LENGTH
    assert summary == ("Øvelse " * 21).strip() + "…", "cut at a word"


def test_short_step_text_is_not_cut(minimal: Portfolio) -> None:
    event = calendar_events(minimal, rows_of(minimal))[0]
    assert not event.summary.endswith("…")


def test_filters_give_one_calendar_per_group_and_per_programme(example: Portfolio) -> None:
    rows = rows_of(example)
    everything = calendar_events(example, rows)
    uids = [event.uid for event in everything]
    assert len(uids) == len(set(uids)), "UIDs are unique"
    assert calendar_events(example, reversed(rows)) == everything, "file order does not matter"
    spans = [(event.start, event.end) for event in everything]
    assert spans == sorted(spans)
    dated = sum(1 for m in example.milestones.values() if m.current_deadline is not None)
    assert dated < len(example.milestones), "the example has milestones without a deadline"
    assert sum(uid.startswith("milepael-") for uid in uids) == dated
    steps = sum(1 for row in rows for step in row.initiative.steps if step.when is not None)
    assert sum(uid.startswith("indsats-") for uid in uids) == steps
    for key, ids in (("group", example.groups), ("programme", example.programmes)):
        parts = [calendar_events(example, rows, **{key: id_}) for id_ in ids]
        assert sorted(e.uid for part in parts for e in part) == sorted(uids), key
    group = "programstyregruppen-syd"
    for event in calendar_events(example, rows, group=group):
        if event.uid.startswith("milepael-"):
            milestone_id = event.uid.removeprefix("milepael-").removesuffix("@portefoeljetavlen")
            assert example.milestones[milestone_id].group == group
        else:
            assert any(row.group.id == group and row.href == event.path for row in rows)
    assert calendar_events(example, rows, programme="telekol-syd", group="ingen") == ()


def test_example_calendar_parses_and_every_event_is_all_day(example: Portfolio) -> None:
    events = calendar_events(example, rows_of(example))
    raw = calendar("Alle", events, AS_OF, SITE)
    parsed = vevents(raw)
    assert len(parsed) == len(events)
    by_uid = {event.uid: event for event in events}
    for uid, vevent in parsed.items():
        assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") >= timedelta(days=1)
        assert vevent.decoded("DTEND") == by_uid[uid].end + timedelta(days=1)
    assert raw == calendar("Alle", events, AS_OF, SITE)


def test_calendar_writes_events_as_given() -> None:
    event = CalendarEvent("x@y", "Æ", "Ø", date(2018, 1, 1), date(2018, 1, 31), "a/", "Skridt")
    assert list(vevents(calendar("Tom", [event], AS_OF))) == ["x@y"]
    assert vevents(calendar("Tom", [], AS_OF)) == {}


# --- Atom feed -------------------------------------------------------------------------------


def feed_of(portfolio: Portfolio, as_of: date = AS_OF, site_url: str | None = None) -> bytes:
    return status_feed(rows_of(portfolio, as_of), as_of, site_url, "Porteføljetavlen: status")


def parsed_feed(raw: bytes) -> Any:
    result = feedparser.parse(raw)
    assert not result.bozo, result.get("bozo_exception")
    assert result.version == "atom10"
    return result


def test_feed_lists_every_status_newest_first(minimal: Portfolio) -> None:
    raw = feed_of(minimal)
    assert raw.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    feed = parsed_feed(raw)
    assert feed.feed.title == "Porteføljetavlen: status"
    assert feed.feed.updated == "2018-02-20T00:00:00Z"
    assert [entry.id for entry in feed.entries] == [
        "tag:portefoeljetavlen,2018:indsats/sambo/2018-02-20",
        "tag:portefoeljetavlen,2018:indsats/sambo/2017-11-23",
    ]
    assert [entry.title for entry in feed.entries] == [
        "Gul: Videreudvikling af SAM:BO (var grøn)",
        "Grøn: Videreudvikling af SAM:BO",
    ]
    newest = feed.entries[0]
    assert newest.updated == "2018-02-20T00:00:00Z"
    assert newest.summary == "Arbejdsgruppen er i gang."
    assert newest.summary_detail.type == "text/plain"
    assert newest.link == "indsatser/sambo/"
    assert newest.author == "Porteføljetavlen"
    assert [link.href for link in feed.feed.links if link.rel == "self"] == ["status.xml"]


def test_same_colour_says_no_change(minimal: Portfolio) -> None:
    earlier = HistoryEntry.model_validate({"dato": "2017-11-23", "farve": "gul", "tekst": "Før."})
    portfolio = with_initiatives(minimal, sambo(minimal, history=(earlier,)))
    assert parsed_feed(feed_of(portfolio)).entries[0].title == "Gul: Videreudvikling af SAM:BO"


def test_feed_never_shows_the_future(minimal: Portfolio) -> None:
    feed = parsed_feed(feed_of(minimal, as_of=date(2018, 2, 19)))
    assert [entry.updated for entry in feed.entries] == ["2017-11-23T00:00:00Z"]
    assert feed.feed.updated == "2017-11-23T00:00:00Z"
    empty = parsed_feed(feed_of(minimal, as_of=date(2017, 1, 1)))
    assert empty.entries == []
    assert empty.feed.updated == "2017-01-01T00:00:00Z", "no entries: the as-of date"


def test_links_are_absolute_with_a_site_url_and_relative_to_the_feed_without(
    minimal: Portfolio,
) -> None:
    feed = parsed_feed(feed_of(minimal, site_url=SITE))
    assert feed.entries[0].link == "https://example.org/tavle/indsatser/sambo/"
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["https://example.org/tavle/status.xml"]
    nested = status_feed(rows_of(minimal), AS_OF, None, "S", path="feeds/gruppe.xml")
    root = ET.fromstring(nested)
    hrefs = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert hrefs[0] == "gruppe.xml"
    assert hrefs[1] == "../", "the site's home, relative to the feed (feed.xsl links it)"
    assert set(hrefs[2:]) == {"../indsatser/sambo/"}
    assert root.findtext("{http://www.w3.org/2005/Atom}id") == (
        "tag:portefoeljetavlen,2018:feeds/gruppe.xml"
    )


def test_hostile_text_cannot_break_the_xml(minimal: Portfolio) -> None:
    title = HOSTILE + " \x00\x07\x1b\ud800 slut"
    status = "<b>fed</b> & <![CDATA[ ]]> </summary></entry> 😀 \x0c æøå"
    portfolio = with_initiatives(minimal, sambo(minimal, title=title, status=status))
    raw = status_feed(rows_of(portfolio), AS_OF, None, "Titel med <&> ]]>")
    ET.fromstring(raw)  # well-formed for a strict parser, not only for feedparser
    feed = parsed_feed(raw)
    assert feed.feed.title == "Titel med <&> ]]>"
    assert feed.entries[0].title == f"Gul: {HOSTILE}  slut (var grøn)"
    assert feed.entries[0].summary == "<b>fed</b> & <![CDATA[ ]]> </summary></entry> 😀  æøå"
    assert len(feed.entries) == 2


def test_two_statuses_on_one_day_get_distinct_ids(minimal: Portfolio) -> None:
    same_day = HistoryEntry.model_validate({"dato": "2018-02-20", "farve": "rød", "tekst": "Rød."})
    portfolio = with_initiatives(minimal, sambo(minimal, history=(same_day,)))
    entries = parsed_feed(feed_of(portfolio)).entries
    # The current status is the newer of the two: listed first, with the later id.
    assert [(entry.id, entry.title) for entry in entries] == [
        (
            "tag:portefoeljetavlen,2018:indsats/sambo/2018-02-20/2",
            "Gul: Videreudvikling af SAM:BO (var rød)",
        ),
        ("tag:portefoeljetavlen,2018:indsats/sambo/2018-02-20", "Rød: Videreudvikling af SAM:BO"),
    ]


def test_feed_keeps_the_newest_hundred(minimal: Portfolio) -> None:
    start = date(2015, 1, 1)
    many = [
        sambo(minimal, status_date=start + timedelta(days=index), history=()).model_copy(
            update={"id": f"indsats-{index:03}", "title": f"Indsats {index:03}"}
        )
        for index in range(MAX_ENTRIES + 20)
    ]
    portfolio = replace(minimal, initiatives=MappingProxyType({i.id: i for i in many}))
    as_of = date(2030, 1, 1)
    entries = parsed_feed(feed_of(portfolio, as_of)).entries
    assert len(entries) == MAX_ENTRIES
    assert entries[0].title == f"Gul: Indsats {MAX_ENTRIES + 19:03}"
    assert entries[-1].title == "Gul: Indsats 020"
    dates = [entry.updated for entry in entries]
    assert dates == sorted(dates, reverse=True)


def test_example_feed_is_ordered_unique_and_byte_identical(example: Portfolio) -> None:
    as_of = date(2018, 2, 21)
    rows = rows_of(example, as_of)
    raw = status_feed(rows, as_of, SITE, "Status")
    assert raw == status_feed(tuple(reversed(rows)), as_of, SITE, "Status")
    entries = parsed_feed(raw).entries
    assert entries
    ids = [entry.id for entry in entries]
    assert len(ids) == len(set(ids))
    dates = [entry.updated for entry in entries]
    assert dates == sorted(dates, reverse=True)
    assert max(dates) <= "2018-02-21T00:00:00Z"
    later = status_feed(rows_of(example, date(2030, 1, 1)), date(2030, 1, 1), SITE, "Status")
    assert len(parsed_feed(later).entries) >= len(entries)


# --- The feed as a browser shows it ------------------------------------------------------------

FEED_XSL = PROJECT / "content" / FEED_STYLESHEET


def stylesheet_instructions(raw: bytes) -> list[tuple[str, str]]:
    """The (type, href) of each xml-stylesheet processing instruction before the root element."""
    head = raw[: raw.index(b"<feed")].decode()
    return re.findall(r'<\?xml-stylesheet type="([^"]+)" href="([^"]+)"\?>', head)


@pytest.mark.parametrize(
    ("path", "way_up"), [("status.xml", ""), ("driftsstatus/driftsmeddelelser.xml", "../")]
)
def test_a_feed_names_the_sites_stylesheets_from_where_it_lies(
    minimal: Portfolio, path: str, way_up: str
) -> None:
    for site_url in (None, SITE):
        raw = status_feed(rows_of(minimal), AS_OF, site_url, "S", path=path)
        assert stylesheet_instructions(raw) == [
            ("text/xsl", f"{way_up}assets/stylesheets/feed.xsl"),
            ("text/css", f"{way_up}assets/stylesheets/feed.css"),
        ], "relative always: a browser runs a stylesheet of the feed's own site only"
        parsed_feed(raw)


def test_the_feed_links_the_sites_home_for_the_page_a_browser_shows(minimal: Portfolio) -> None:
    def home(raw: bytes) -> list[str | None]:
        links = ET.fromstring(raw).iter("{http://www.w3.org/2005/Atom}link")
        return [link.get("href") for link in links if link.get("rel") == "alternate"][:1]

    assert home(feed_of(minimal)) == ["./"]
    assert home(feed_of(minimal, site_url=SITE)) == [SITE]
    notices = notice_feed((), AS_OF, None, "driftsstatus/driftsmeddelelser.xml")
    assert home(notices) == ["../"]


def test_the_feeds_page_escapes_the_feeds_text_and_runs_nothing() -> None:
    """Text from YAML reaches the page only through value-of and attribute value templates."""
    xsl = FEED_XSL.read_text(encoding="utf-8")
    ET.fromstring(xsl)  # well-formed
    assert "disable-output-escaping" not in xsl
    assert "<script" not in xsl
    assert re.findall(r'method="(\w+)"', xsl) == ["html"]
    assert (FEED_XSL.with_suffix(".css")).is_file()


def test_the_outage_feed_dates_each_change_in_danish_time_latest_first(example: Portfolio) -> None:
    feed = ET.fromstring(
        notice_feed(example.notices.values(), AS_OF, None, "driftsstatus/driftsmeddelelser.xml")
    )
    atom = "{http://www.w3.org/2005/Atom}"
    updated = [entry.findtext(f"{atom}updated") for entry in feed.iter(f"{atom}entry")]
    # Why: the feed's page prints the day and the clock as written; UTC would shift both.
    assert updated == ["2026-11-20T10:00:00+01:00", "2026-11-10T11:30:00+01:00"]


def test_the_feeds_page_links_the_accessibility_statement_at_its_address() -> None:
    # Why a test: the stylesheet is a static file and cannot ask urls.py for the address.
    assert f'<a href="{{$home}}{ACCESSIBILITY}">Tilgængelighedserklæring</a>' in (
        FEED_XSL.read_text(encoding="utf-8")
    )
