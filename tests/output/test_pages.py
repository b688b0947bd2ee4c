"""Whole builds of the example and of fixture portfolios: what each generated page shows."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from bs4 import BeautifulSoup, Tag

from macros.core.period_parser import parse_period
from macros.core.periods import format_date
from macros.data.fields import Colour
from macros.data.models import Portfolio
from macros.data.validate import load_portfolio
from macros.output.parts import HOME_LIST_LENGTH
from tests.conftest import (
    EXAMPLE_AS_OF,
    PROJECT,
    TESTS,
    build_site,
    portfolio_with,
    portfolio_with_title,
    site_project,
)

AS_OF = "2018-03-15"
EVERY_FIELD = TESTS / "fixtures" / "every-field"
LINES = "ol.pt-timeline__items > li"
"""A timeline's lines; each is its text (LABEL) and its bar."""
LABEL = ":scope > span:first-child"


@pytest.fixture
def example(example_site: Path) -> Path:
    """The example portfolio's site (built once per run, as of its own snapshot date)."""
    return example_site


@pytest.fixture(scope="module")
def portfolio() -> Portfolio:
    return load_portfolio(PROJECT / "portfolio")


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def texts(soup: BeautifulSoup, selector: str) -> list[str]:
    return [element.get_text(" ", strip=True) for element in soup.select(selector)]


def test_home_counts_per_group_link_to_the_filtered_overview(
    example: Path, portfolio: Portfolio
) -> None:
    home = page(example, "")
    red_in_prevention = sum(
        1
        for i in portfolio.initiatives.values()
        if i.group == "forebyggelse" and i.colour is Colour.RED
    )
    link = home.select_one(
        'table.pt-group-counts a[href="oversigt/?gruppe=forebyggelse&farve=r%C3%B8d"]'
    )
    assert link is not None
    assert link.get_text() == str(red_in_prevention)


def test_home_puts_what_needs_action_first(example: Path) -> None:
    home = page(example, "")
    # Why the id: the heading's text ends in its permalink (¶).
    headings = [heading["id"] for heading in home.select("article h2")]
    assert headings[:3] == ["kræver-handling", "overskredet", "de-næste-60-dage"]
    marked = [heading["id"] for heading in home.select("article h2.pt-attention")]
    assert marked == ["kræver-handling", "overskredet"]


def test_home_lists_every_red_indsats_under_kraever_handling(
    example: Path, portfolio: Portfolio
) -> None:
    home = page(example, "")
    section = home.find(id="kræver-handling")
    assert section is not None, "the heading anchor keeps æ, ø and å"
    listed = {a["href"] for a in section.find_next("ul").select("li > a")}
    red = {f"indsatser/{i.id}/" for i in portfolio.initiatives.values() if i.colour is Colour.RED}
    assert listed == red


def test_home_lists_are_short_and_link_to_the_whole_list(example: Path) -> None:
    home = page(example, "")
    overdue = home.find(id="overskredet")
    assert overdue is not None
    table = overdue.find_next("table")
    assert table is not None
    assert len(table.select("tbody tr")) == HOME_LIST_LENGTH
    more = table.find_next("p", class_="pt-more")
    assert more is not None
    assert more.a is not None
    assert more.a["href"] == "tidslinje/#gruppernes-tidslinjer"
    total = re.fullmatch(
        r"Se de overskredne pr\. gruppe på tidslinjen \((\d+) i alt\)", more.a.text
    )
    assert total is not None
    groups = page(example, "tidslinje").find(id="gruppernes-tidslinjer").find_next("table")
    counted = sum(int(row.select("td")[1].text) for row in groups.select("tbody tr"))
    assert counted == int(total[1]), "the groups' overdue add up to the home page's count"
    for listing in home.select(".pt-list, table.pt-dated"):
        assert len(listing.select("li, tbody tr")) <= HOME_LIST_LENGTH


def test_home_upcoming_items_fall_within_60_days(example: Path) -> None:
    upcoming = page(example, "").find(id="de-næste-60-dage").find_next("table", class_="pt-dated")
    rows = upcoming.select("tbody tr")
    assert rows, "the example has steps in the summer of 2023"
    as_of = date.fromisoformat(EXAMPLE_AS_OF)
    for row in rows:
        when = parse_period(row.td.get_text(strip=True))
        assert when.end >= as_of, row.get_text()
        assert when.start <= as_of + timedelta(days=60), row.get_text()


def test_overview_has_every_indsats_with_filter_data_and_a_form_hidden_without_js(
    example: Path, portfolio: Portfolio
) -> None:
    overview = page(example, "oversigt")
    rows = overview.select("#pt-indsatser tbody tr")
    assert len(rows) == len(portfolio.initiatives)
    for row in rows:
        initiative = portfolio.initiatives[row.th.a["href"].split("/")[-2]]
        assert row["data-farve"] == initiative.colour.value
        assert row["data-gruppe"] == initiative.group
        assert row["data-program"] == initiative.programme
    form = overview.select_one("form#pt-filter")
    assert form is not None
    assert form.has_attr("hidden")
    assert set(texts(form, "#pt-filter-farve option")) == {
        "Alle farver",
        "Grøn",
        "Gul",
        "Rød",
        "Grå",
        "Blå",
    }
    assert overview.select_one("#pt-count[role=status]") is not None


@pytest.mark.parametrize("colour", list(Colour))
def test_each_colour_has_a_prerendered_page(
    example: Path, portfolio: Portfolio, colour: Colour
) -> None:
    listed = texts(page(example, f"farver/{colour.value}"), "#pt-indsatser tbody th")
    expected = [i.title for i in portfolio.initiatives.values() if i.colour is colour]
    assert sorted(listed) == sorted(expected)


def test_group_page_shows_committee_sections_and_counts(
    example: Path, portfolio: Portfolio
) -> None:
    group = portfolio.groups["forebyggelse"]
    soup = page(example, "grupper/forebyggelse")
    assert group.reports_to in soup.select_one("dl.pt-facts").get_text()
    members = [i for i in portfolio.initiatives.values() if i.group == group.id]
    assert len(soup.select("ul.pt-list li")) == len(members)
    assert "Prioriterede indsatser" in texts(soup, "h2")
    total = soup.select_one("table.pt-colour-counts tfoot td")
    assert total is not None
    assert total.get_text() == str(len(members))


def test_status_report_has_the_seed_layout(example: Path, portfolio: Portfolio) -> None:
    soup = page(example, "grupper/forebyggelse/statusrapport")
    headers = texts(soup, "table.pt-report thead th")
    assert headers == [
        "Indsats/opgave/projekt",
        "Status på indsatsen",
        "Milepæle",
        "Forventes klar til fremlæggelse for SKU/DAK",
        "Forventes klar til implementering i (P)SOF'erne",
        "Øvrige bemærkninger/evt. hvornår de første resultater kan ses",
    ]
    assert "Prioriterede indsatser" in texts(soup, "tr.pt-report__section th")
    legend = texts(soup, "table.pt-legend td")
    assert legend == [portfolio.settings.meaning(colour) for colour in Colour]
    latest = max(i.status_date for i in portfolio.initiatives.values() if i.group == "forebyggelse")
    assert f"Statusdato: {format_date(latest)}" in soup.select_one(".pt-report-meta").get_text()


def test_programme_page_lists_its_milestones(example: Path, portfolio: Portfolio) -> None:
    soup = page(example, "programmer/telekol-syd/milepæle")
    ids = {tr["id"] for tr in soup.select("table.pt-milestones tbody tr")}
    expected = {
        f"milepæl-{m.id}" for m in portfolio.milestones.values() if m.programme == "telekol-syd"
    }
    assert ids == expected
    assert len(ids) >= 30


def test_indsats_page_shows_every_field(example: Path, portfolio: Portfolio) -> None:
    with_history = next(i for i in portfolio.initiatives.values() if i.history and i.steps)
    soup = page(example, f"indsatser/{with_history.id}")
    body = soup.select_one("article").get_text(" ", strip=True)
    for text in [with_history.title, with_history.status.split("\n")[0]]:
        assert text.split("\n")[0] in body
    for step in with_history.steps:
        assert step.text.split("\n")[0] in body
    assert len(soup.select("ul.pt-history li")) == len(with_history.history) + 1


def test_participation_shows_both_ways_between_indsats_and_organisation(
    example: Path, portfolio: Portfolio
) -> None:
    initiative = portfolio.initiatives["telekol-ssl-og-spoc"]
    soup = page(example, "indsatser/telekol-ssl-og-spoc")
    named = [a["href"] for a in soup.select("a[data-pagefind-filter='organisation']")]
    assert named == [f"../../organisationer/{o}/" for o in initiative.participants]
    for organisation_id in initiative.participants:
        organisation = page(example, f"organisationer/{organisation_id}")
        assert organisation.select_one(f"article a[href='../../indsatser/{initiative.id}/']")
    listing = page(example, "organisationer").select_one("article")
    headings = [h2.get_text(strip=True) for h2 in listing.select("h2")]
    assert headings == ["Kommuner", "Regioner", "Sygehuse"]
    assert len(listing.select("li a")) == len(portfolio.organisations)


def test_a_contact_without_a_number_says_so_and_offers_nothing_to_dial(example: Path) -> None:
    soup = page(example, "organisationer/odense-kommune").select_one("article")
    contacts = soup.select_one("ul.pt-contacts").get_text(" ", strip=True)
    assert "Vagttelefonen (VisInfoSyd): telefonnummeret er ikke oplyst her" in contacts
    assert not soup.select("a[href^='tel:']")


def test_one_indsats_builds_with_every_field_and_its_links(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    assert build_site(project, as_of=AS_OF).returncode == 0
    soup = page(project / "site", "indsatser/sambo")
    facts = soup.select_one("dl.pt-facts").get_text(" ", strip=True)
    for fact in ["Gul pr. 20. februar 2018", "juni 2016", "1. kvartal 2018", "SAM:BO"]:
        assert fact in facts
    assert texts(soup, "ul.pt-steps li") == [
        "20. august 2018: Følgegruppen får status. (næste skridt)",
        "Løbende: Halvårlig status i april og oktober.",
    ]
    assert texts(soup, "ul.pt-history li") == [
        "20. februar 2018: Gul (gældende status)",
        "23. november 2017: Grøn Godkendt i DAK.",
    ]
    link = soup.select_one('article a[href="https://example.org/sambo"]')
    assert link is not None
    assert link.get_text() == "SAM:BO"


def test_indsats_page_links_its_programme_milestones(example: Path, portfolio: Portfolio) -> None:
    milestone = next(m for m in portfolio.milestones.values() if m.initiatives)
    soup = page(example, f"indsatser/{milestone.initiatives[0]}")
    href = f"../../milepæle/{milestone.id}/"
    assert soup.select_one(f'a[href="{href}"]') is not None


def test_an_indsats_page_gives_the_search_its_texts_in_danish(
    example: Path, portfolio: Portfolio
) -> None:
    html = page(example, "indsatser/dræn-og-kateter")
    assert html.html is not None
    assert html.html["lang"] == "da"
    body = html.select_one("[data-pagefind-body]")
    assert body is not None
    text = " ".join(body.get_text(" ").split())
    initiative = portfolio.initiatives["dræn-og-kateter"]
    for field in (initiative.title, initiative.status, initiative.remarks or ""):
        assert " ".join(field.split()[:6]) in text


def test_generated_pages_stay_out_of_the_navigation(example: Path) -> None:
    nav = page(example, "oversigt").select_one("nav.md-nav--primary")
    links = {a["href"] for a in nav.select("a.md-nav__link")}
    assert not any("indsatser/" in href or "farver/" in href for href in links)
    assert len(links) <= 11, "the top-level pages only"


def test_each_procedure_is_in_the_navigation_right_after_the_home_page(example: Path) -> None:
    tabs = [a.get_text(strip=True) for a in page(example, "oversigt").select("a.md-tabs__link")]
    assert tabs[:4] == ["Forside", "EDI-nedbrud", "Driftsstatus", "Porteføljeoversigt"]


def test_pages_are_danish(example: Path) -> None:
    for url in ["", "oversigt", "grupper/forebyggelse/statusrapport", "indsatser/dræn-og-kateter"]:
        assert page(example, url).html["lang"] == "da"


def test_exports_hold_every_indsats_and_neutralise_formulas(tmp_path: Path) -> None:
    portfolio = portfolio_with_title(tmp_path, '=HYPERLINK("http://x")')
    project = site_project(tmp_path, portfolio)
    assert build_site(project, as_of=AS_OF).returncode == 0
    exports = project / "site" / "eksport"
    rows = list(
        csv.DictReader(
            io.StringIO((exports / "indsatser.csv").read_text("utf-8-sig")), delimiter=";"
        )
    )
    assert [row["titel"] for row in rows] == ['\'=HYPERLINK("http://x")']
    sheet = openpyxl.load_workbook(exports / "indsatser.xlsx").active
    titles = [cell.value for cell in sheet["B"]]
    assert titles == ["titel", '=HYPERLINK("http://x")']
    assert sheet["B2"].data_type == "s", "a text cell, never a formula"
    with zipfile.ZipFile(exports / "indsatser.xlsx") as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2018, 3, 15, 0, 0, 0)}
        assert b"2018-03-15T00:00:00Z</dcterms:modified>" in archive.read("docProps/core.xml")
    document = json.loads((exports / "indsatser.json").read_text(encoding="utf-8"))
    assert document["indsatser"][0]["titel"] == '=HYPERLINK("http://x")'
    assert document["opgjort"] == AS_OF


def test_an_empty_portfolio_builds_with_empty_pages(tmp_path: Path) -> None:
    empty = tmp_path / "tom"
    for folder in ("programmer", "grupper", "indsatser", "milepæle"):
        (empty / folder).mkdir(parents=True)
    project = site_project(tmp_path, empty)
    result = build_site(project, as_of=AS_OF)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert page(site, "oversigt").select("#pt-indsatser tbody tr") == []
    assert "Ingen indsatser er røde." in page(site, "").get_text()
    assert "Ingen indsatser har farven rød." in page(site, "farver/rød").get_text()


LONG_TITLE = "Et meget langt navn på en indsats " * 5 + "– slut"
ODD_TITLES = ['Dræn & kateter <b>fed</b> "citat" 😀', LONG_TITLE.strip()[:200]]


@pytest.mark.parametrize("title", ODD_TITLES)
def test_odd_and_long_titles_show_literally_everywhere(tmp_path: Path, title: str) -> None:
    portfolio = portfolio_with_title(tmp_path, title)
    project = site_project(tmp_path, portfolio)
    assert build_site(project, as_of=AS_OF).returncode == 0
    site = project / "site"
    for url in [
        "oversigt",
        "indsatser/sambo",
        "grupper/behandling-og-pleje",
        "grupper/behandling-og-pleje/statusrapport",
        "farver/gul",
    ]:
        soup = page(site, url)
        assert title in soup.get_text(), url
        assert soup.find("b", string="fed") is None, url
    assert page(site, "indsatser/sambo").title.get_text().startswith(title)


def test_milestone_table_compares_with_the_baseline_by_theme(example: Path) -> None:
    soup = page(example, "programmer/telekol-syd/milepæle")
    assert "Milepæl 4: Aftaler indgået" in texts(soup, "h2")
    row = soup.find(id="milepæl-kol-syd-4-1")
    assert row is not None
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
    # Baseline ultimo 2018, revised to medio 2019: kept side by side, slip from the period ends.
    assert cells[3:5] == ["ultimo 2018", "medio 2019 (ændret 1 gang)"]
    assert cells[7] == "243 dage (ca. 8 måneder) senere"
    # One status column: the milestone's own status, and where an open one's deadline stands.
    headings = [th.get_text(strip=True) for th in row.find_parent("table").select("thead th")]
    assert "Stand" not in headings
    assert headings[2] == "Status"
    assert cells[2] == "Ej igangsat Overskredet"


def test_milestone_page_keeps_the_original_deadline_and_the_reason(
    example: Path, portfolio: Portfolio
) -> None:
    milestone = portfolio.milestones["kol-syd-4-1"]
    soup = page(example, "milepæle/kol-syd-4-1")
    changes = [" ".join(li.get_text().split()) for li in soup.select("ol.pt-revisions li")]
    assert changes[0] == "Oprindelig deadline: ultimo 2018"
    assert changes[1].startswith("20. februar 2018: ny deadline medio 2019.")
    assert " ".join(milestone.revisions[0].reason.split()[:5]) in changes[1]


def test_each_step_stands_on_its_groups_timeline_only(example: Path, portfolio: Portfolio) -> None:
    steps = Counter(
        (f"indsatser/{i.id}/", str(s.when)) for i in portfolio.initiatives.values()
        for s in i.steps if s.when
    )  # fmt: skip
    on_groups: Counter[tuple[str, str]] = Counter()
    for group in portfolio.groups:
        for item in page(example, f"grupper/{group}/tidslinje").select(LINES):
            if "Skridt" in item.select_one(LABEL).get_text():
                on_groups[(item.a["href"].removeprefix("../../../"), item.time.get_text())] += 1
    assert on_groups == steps
    for programme in portfolio.programmes:
        items = page(example, f"programmer/{programme}/tidslinje").select(LINES)
        assert all("Milepæl" in item.get_text() for item in items), "no step on a programme's"
    index = page(example, "tidslinje")
    assert index.select(LINES) == [], "the portfolio's links to the others"


def test_programme_timelines_hold_every_milestone_with_a_time_element(
    example: Path, portfolio: Portfolio
) -> None:
    items = [
        item
        for programme in portfolio.programmes
        for item in page(example, f"programmer/{programme}/tidslinje").select(LINES)
    ]
    assert len(items) == sum(1 for m in portfolio.milestones.values() if m.current_deadline)
    for item in items:
        assert item.find("time").get_text()
        assert item.select_one(".pt-timeline__bar").get_text() == "", "nothing to read aloud"
    # <time datetime> only where HTML can state the period: days, months and years.
    stated = {item.find("time").get("datetime") for item in items}
    assert "2017-12-18" in stated
    assert None in stated, "quarters and primo/medio/ultimo have no datetime"


def test_group_timeline_marks_overdue_steps_in_words(example: Path) -> None:
    labels = [
        " ".join(item.select_one(LABEL).get_text(" ").split())
        for item in page(example, "grupper/forebyggelse/tidslinje").select(LINES)
    ]
    assert any(
        label.startswith("1. halvår 2018 · Skridt · indsatsens farve: Gul · Overskredet ")
        for label in labels
    ), "the indsats' colour in words beside its bar, then what is overdue"
    assert all("indsatsens farve: " in label for label in labels if " · Skridt · " in label)
    reported = [label for label in labels if label.startswith("primo 2017 · Skridt ")]
    assert reported, "a step before the indsats' last status"
    assert all("Overskredet" not in label for label in reported)


def test_programme_timeline_counts_only_the_programmes_steps(
    example: Path, portfolio: Portfolio
) -> None:
    for programme in portfolio.programmes:
        soup = page(example, f"programmer/{programme}/tidslinje")
        table = soup.select_one("table.pt-timeline-groups")
        dated = sum(
            1 for i in portfolio.initiatives.values() if i.programme == programme
            for s in i.steps if s.when
        )  # fmt: skip
        counted = sum(int(row.select("td")[0].text) for row in table.select("tbody tr"))
        assert counted == dated, programme


def test_changes_page_shows_each_groups_news_since_its_previous_status(example: Path) -> None:
    soup = page(example, "ændringer")
    section = soup.find(id="ændringer-behandling-og-pleje").find_parent("section")
    assert section.select_one(".pt-changes__since").get_text() == (
        "Siden forrige statusdato, 19. december 2017"
    )
    new = section.select(":scope > ul li")
    assert new
    assert all(li.time["datetime"] > "2017-12-19" for li in new)
    older = section.select("details li")
    assert all(li.time["datetime"] <= "2017-12-19" for li in older)


def test_procedure_page_carries_the_rule_for_the_browser(
    example: Path, portfolio: Portfolio
) -> None:
    from macros.views.oncall import browser_rule_data

    procedure = portfolio.procedures["edi-nedbrud"]
    soup = page(example, "procedurer/edi-nedbrud")
    data = json.loads(soup.select_one("script#pt-oncall-data").string)
    assert data == browser_rule_data(procedure, date.fromisoformat(EXAMPLE_AS_OF))
    assert "2026-12-25" in data["helligdage"]
    assert data["helligdage_år"] == [2023, 2033]
    rows = {
        tr.th.get_text(): [td.get_text() for td in tr.select("td")]
        for tr in soup.select("table.pt-hours tbody tr")
    }
    assert rows["Fredag"] == ["08:00–14:00", "14:00–22:00"]
    assert rows["Helligdag"] == ["Lukket", "08:00–22:00"]
    rule = soup.select_one("#helligdage").get_text(" ", strip=True)
    assert "sitet selv beregner for hvert år (i 2023: Nytårsdag, Skærtorsdag," in rule
    assert "Store bededag" in rule  # 2023 was its last year
    days = soup.select_one("#helligdage + details")
    assert days.summary.get_text() == "Helligdage fra 15. maj 2023 og et år frem (11)"
    first = days.select_one("li")
    assert first.time["datetime"] == "2023-05-18"
    assert first.get_text() == "18. maj 2023: Kristi himmelfartsdag"


def test_dependencies_show_both_ways_with_status_in_words(example: Path) -> None:
    pilot = page(example, "indsatser/telehjerte-pilot")
    section = pilot.find(id="afhængigheder")
    assert section is not None
    waits = section.find_next("h3")
    assert waits.get_text() == "Indsatsen venter på"
    links = [a["href"] for a in waits.find_next("ul").select("a")]
    assert links == [
        "../../indsatser/telehjerte-instrukser/",
        "../../indsatser/telehjerte-undervisning/",
    ]
    assert all(li.select_one(".pt-status").get_text() for li in waits.find_next("ul").select("li"))
    for other in ("telehjerte-instrukser", "telehjerte-undervisning"):
        soup = page(example, f"indsatser/{other}")
        heading = soup.find("h3", string="Disse indsatser venter på denne")
        assert heading is not None, other
        assert [a["href"] for a in heading.find_next("ul").select("a")] == [
            "../../indsatser/telehjerte-pilot/"
        ]
    assert page(example, "indsatser/ammepolitik").find(id="afhængigheder") is None


def test_responsible_and_planned_end_stand_among_the_facts(example: Path) -> None:
    def facts(initiative: str) -> dict[str, str]:
        soup = page(example, f"indsatser/{initiative}")
        return {
            dt.get_text(): dt.find_next("dd").get_text() for dt in soup.select("dl.pt-facts dt")
        }

    assert facts("telehjerte-sundhedsfagligt-indhold")["Ansvarlig"] == "Programsekretariatet"
    assert facts("telekol-rul-2-fyn")["Planlagt slut"] == "januar 2024"
    assert "Ansvarlig" not in facts("ammepolitik")


def test_a_programme_with_a_plan_links_to_its_roll_out_matrix(example: Path) -> None:
    programme = page(example, "programmer/telekol-syd").select_one("article")
    link = programme.select_one("a[href='../../programmer/telekol-syd/udrulning/']")
    assert link is not None
    summary = "3 organisationer i 1 udrulningsplan – idriftsættelser: 3 planlagt."
    assert summary in programme.get_text(" ", strip=True)
    matrix = page(example, "programmer/telekol-syd/udrulning").select_one("table.pt-matrix")
    headings = texts(matrix, "thead th")
    assert headings == [
        "Organisation",
        "KOL-indsatsen rul 3 – de jyske kommuner, Middelfart og sygehusene",
    ]
    assert texts(matrix, "tbody tr") == [
        "Middelfart Kommune Rul 3: Planlagt senest januar 2024",
        "Sygehus Lillebælt Rul 3: Planlagt senest januar 2024",
        "Sygehus Sønderjylland Rul 3: Planlagt senest januar 2024",
    ]
    notes = texts(page(example, "programmer/telekol-syd/udrulning"), "#om-rullene + ul li")
    assert notes[0].startswith("KOL-indsatsen rul 2 – de fynske kommuner , Rul 2: Organisationerne")
    assert not (example / "programmer" / "sundhedsaftalen-2015-2018" / "udrulning").exists()
    other = page(example, "programmer/sundhedsaftalen-2015-2018").select_one("article")
    assert other.select_one("#udrulning") is None


def test_a_wave_without_organisations_says_so_and_offers_no_empty_table(example: Path) -> None:
    article = page(example, "indsatser/telekol-rul-2-fyn").select_one("article")
    section = article.get_text(" ", strip=True)
    assert "Organisationerne i Rul 2 er ikke skrevet på planen endnu." in section
    assert article.select("table.pt-golives") == []
    assert article.select_one("a[href$='udrulning/']") is None


def test_an_organisation_shows_its_go_live_and_offers_its_calendar(example: Path) -> None:
    article = page(example, "organisationer/sygehus-lillebælt").select_one("article")
    assert texts(article, "table.pt-golives tbody tr") == [
        "KOL-indsatsen rul 3 – de jyske kommuner, Middelfart og sygehusene TeleKOL Syd Rul 3 "
        "Planlagt senest januar 2024"
    ]
    calendar = article.select_one("a[href='../../organisationer/sygehus-lillebælt/kalender.ics']")
    assert calendar is not None
    ics = (example / "organisationer" / "sygehus-lillebælt" / "kalender.ics").read_bytes().decode()
    unfolded = ics.replace("\r\n ", "")
    assert "SUMMARY:Sygehus Lillebælt går i drift: KOL-indsatsen rul 3" in unfolded
    assert "DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20240201" in unfolded
    assert "CATEGORIES:Udrulning" in unfolded
    uid = "UID:udrulning-indsats-telekol-rul-3-jylland.sygehus-lillebælt@portefoeljetavlen"
    assert uid in unfolded


def test_the_overview_filters_by_the_organisations_taking_part(example: Path) -> None:
    overview = page(example, "oversigt")
    options = overview.select("#pt-filter-organisation option")
    assert options[0].get_text() == "Alle organisationer"
    values = [option["value"] for option in options[1:]]
    # Danish order: Aabenraa is read as Åbenrå, after Ærø; the hospitals after the kommuner.
    assert values.index("aabenraa-kommune") == values.index("ærø-kommune") + 1
    assert values.index("sygehus-lillebælt") > values.index("aabenraa-kommune")
    row = overview.select_one("tr[data-organisation*='sygehus-lillebælt']")
    assert row is not None
    assert row.select_one("th").get_text(strip=True).startswith("KOL-indsatsen rul 3")


def test_the_exports_carry_the_roll_out_plan(example: Path) -> None:
    sheet = (example / "eksport" / "indsatser.csv").read_bytes().decode("utf-8-sig")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(sheet), delimiter=";")}
    assert rows["telekol-rul-3-jylland"]["udrulning"] == (
        "Rul 3 (planlagt senest januar 2024): middelfart-kommune, sygehus-sønderjylland, "
        "sygehus-lillebælt"
    )
    assert rows["ammepolitik"]["udrulning"] == ""
    data = json.loads((example / "eksport" / "indsatser.json").read_text(encoding="utf-8"))
    plan = next(i for i in data["indsatser"] if i["id"] == "telekol-rul-3-jylland")["udrulning"]
    assert plan[0]["organisationer"][0] == {
        "organisation": "middelfart-kommune",
        "planlagt": None,
        "i_drift": None,
        "farve": None,
        "note": None,
    }


def test_a_programme_shows_its_amounts_and_sums_them_by_kind(example: Path) -> None:
    article = page(example, "programmer/telekol-syd").select_one("article")
    table = article.select_one("#økonomi + div table.pt-funding")
    assert table is not None
    assert texts(table, "thead th") == [
        "Indsats", "Beløb", "Hyppighed", "Periode", "Medfinansieret", "Note",
    ]  # fmt: skip
    first = texts(table, "tbody tr")[0]
    assert first.startswith(
        "Fælles enhed for service, support og logistik (SSL) og SPOC-funktion 1.521.450 kr. "
        "Årligt 2024–2026 50 % (760.725 kr.)"
    )
    sums = {
        dt.get_text(): dt.find_next("dd").get_text(" ", strip=True)
        for dt in article.select("#økonomi ~ dl.pt-facts dt")
    }
    assert sums == {
        "Årlige beløb 2024–2026 i alt": "1.852.200 kr. (2 beløb), heraf medfinansieret 926.100 kr.",
    }
    other = page(example, "programmer/sundhedsaftalen-2015-2018").select_one("article")
    assert other.select_one("#økonomi") is None


def test_an_indsats_shows_its_own_amounts(example: Path) -> None:
    article = page(example, "indsatser/telekol-ssl-og-spoc").select_one("article")
    table = article.select_one("table.pt-funding")
    assert texts(table, "thead th")[0] == "Beløb"
    assert len(table.select("tbody tr")) == 3
    assert page(example, "indsatser/ammepolitik").select_one("#økonomi") is None


def test_the_exports_carry_the_amounts(example: Path) -> None:
    sheet = (example / "eksport" / "indsatser.csv").read_bytes().decode("utf-8-sig")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(sheet), delimiter=";")}
    lines = rows["telekol-ssl-og-spoc"]["økonomi"].splitlines()
    assert lines[2] == (
        "250.000 kr., engangsbeløb, 4. kvartal 2023, 50 % medfinansieret: Etablering med løn og "
        "øvrige udgifter, fordelt som SPOC-funktionen."
    )
    data = json.loads((example / "eksport" / "indsatser.json").read_text(encoding="utf-8"))
    amounts = next(i for i in data["indsatser"] if i["id"] == "telekol-ssl-og-spoc")["økonomi"]
    assert amounts[1] == {
        "beløb": 330750,
        "hyppighed": "årligt",
        "medfinansieret": 50,
        "periode": "2024–2026",
        "note": "0,5 årsværk til SPOC-funktionen, fordelt som SSL-enhedens.",
    }


def test_a_step_on_the_timeline_names_what_its_indsats_waits_for(example: Path) -> None:
    timeline = page(example, "grupper/programstyregruppen-syd/tidslinje")
    line = next(
        li for li in timeline.select(".pt-timeline__items li")
        if "Pilotopstart af telemedicin ved hjertesvigt" in li.get_text()
    )  # fmt: skip
    assert line.get_text(" ", strip=True).endswith(
        "Venter på Instrukser for hjertesvigtsindsatsen (sidste skridt juni 2023) Venter på "
        "Undervisning af monitoreringsansvarlige i hjertesvigt (sidste skridt ultimo november 2023)"
    )
    assert [a["href"] for a in line.select("a")][1:] == [
        "../../../indsatser/telehjerte-instrukser/",
        "../../../indsatser/telehjerte-undervisning/",
    ]


# Pictures drawn at build time (macros/output/charts.py): each an SVG with a Danish title and
# description, and a table with the same numbers beside or under it.


def text_alternative(soup: BeautifulSoup, svg: Tag) -> tuple[str, str]:
    """The title and description an SVG picture is named and described by."""
    assert svg["role"] == "img"
    title = soup.find(id=svg["aria-labelledby"])
    desc = soup.find(id=svg["aria-describedby"])
    assert title is not None
    assert desc is not None
    assert title.name == "title"
    assert desc.name == "desc"
    assert title.parent is svg
    assert desc.parent is svg
    return title.get_text(), desc.get_text()


def counts_of(table: Tag) -> dict[str, int]:
    """Colour word → count, from the rows of a colour-count table."""
    return {
        row.th.get_text(strip=True): int(row.select("td")[-1].get_text())
        for row in table.select("tbody tr")
    }


def test_home_shows_the_colour_counts_as_bars_beside_the_table(example: Path) -> None:
    home = page(example, "")
    pair = home.select_one(".pt-chart-pair")
    assert pair is not None
    table = pair.select_one("table.pt-colour-counts")
    svg = pair.select_one("svg.pt-chart--bars")
    title, description = text_alternative(home, svg)
    assert title == "Indsatser pr. farve, opgjort pr. 15. maj 2023"
    counts = counts_of(table)
    for colour, count in counts.items():
        assert f"{colour} {count}" in description
    drawn = [text.get_text() for text in svg.select("text")]
    assert drawn == [str(part) for colour, count in counts.items() for part in (colour, count)]
    assert len(svg.select("rect.pt-chart__segment")) == sum(1 for c in counts.values() if c)


def test_a_group_page_draws_its_colours_at_each_status_round(example: Path) -> None:
    soup = page(example, "grupper/behandling-og-pleje")
    heading = soup.find(id="statusrunder")
    assert heading is not None
    svg = heading.find_next("svg")
    title, description = text_alternative(soup, svg)
    assert title == "Farverne ved hver statusrunde: Følgegruppen for behandling og pleje"
    assert "4 runder fra 1. juni 2016 til 20. februar 2018" in description
    table = heading.find_next("table", class_="pt-rounds")
    assert table.caption.get_text() == "Farverne ved hver statusrunde i tal"
    rows = table.select("tbody tr")
    assert [row.th.get_text() for row in rows] == [
        "1. juni 2016", "22. juni 2017", "19. december 2017", "20. februar 2018"
    ]  # fmt: skip
    headings = [th.get_text(strip=True) for th in table.select("thead th")][1:6]
    latest = dict(zip(headings, (int(td.get_text()) for td in rows[-1].select("td")), strict=False))
    assert latest == counts_of(soup.select_one("table.pt-colour-counts")), "the counts above"
    segments = svg.select("rect.pt-chart__segment title")
    assert "Grøn: 14" in [segment.get_text() for segment in segments]


def test_a_group_with_one_round_says_so_instead_of_a_picture(example: Path) -> None:
    soup = page(example, "grupper/økonomi-kvalitet-og-effekt")
    section = soup.find(id="statusrunder").find_next("p")
    assert section.get_text().startswith("Gruppens indsatser har kun status fra én runde")
    assert soup.select("svg.pt-chart") == []


def test_the_changes_page_draws_the_portfolios_rounds(example: Path, portfolio: Portfolio) -> None:
    soup = page(example, "ændringer")
    svg = soup.find(id="statusrunder").find_next("svg")
    title, _ = text_alternative(soup, svg)
    assert title == "Farverne ved hver statusrunde: hele porteføljen"
    last = soup.select("table.pt-rounds tbody tr")[-1]
    assert int(last.select("td")[-2].get_text()) == len(portfolio.initiatives), "all, at the end"


def test_a_programmes_milestones_come_with_their_trend(example: Path, portfolio: Portfolio) -> None:
    soup = page(example, "programmer/telekol-syd/milepæle")
    heading = soup.find(id="milepælstrend")
    region = heading.find_next(class_="pt-scroll")
    assert region["role"] == "region"
    assert region["tabindex"] == "0", "a phone scrolls the picture inside its region"
    svg = region.find("svg")
    title, description = text_alternative(soup, svg)
    assert title == f"Milepælstrend for {portfolio.programmes['telekol-syd'].name}"
    assert "4.1 (ultimo 2018 til medio 2019)" in description
    milestones = [m for m in portfolio.milestones.values() if m.programme == "telekol-syd"]
    table = soup.select_one("table.pt-trend")
    assert len(table.select("tbody tr")) == sum(1 for m in milestones if m.deadline)
    row = next(tr for tr in table.select("tbody tr") if tr.td.get_text() == "4.1")
    assert [td.get_text(" ", strip=True) for td in row.select("td")][1:4] == [
        "ultimo 2018", "20. februar 2018: medio 2019", "Gældende deadline: medio 2019"
    ]  # fmt: skip
    programme = page(example, "programmer/telekol-syd")
    assert programme.select_one('a[href$="/programmer/telekol-syd/milepæle/#milepælstrend"]')
    undated = table.find_next("p").get_text()
    assert undated.startswith("Ikke tegnet, fordi de ikke har en deadline:")
    assert all(m.title in undated for m in milestones if not m.deadline)


def test_a_timeline_fits_its_dates_and_marks_the_as_of_date(example: Path) -> None:
    soup = page(example, "grupper/forebyggelse/tidslinje")
    said = soup.find("p", string=re.compile("^Tidslinjen viser")).get_text()
    assert said == (
        "Tidslinjen viser oktober 2016 – marts 2019 og april – juni 2023; tomme perioder på over "
        "et år er skåret ud og markeret med ≈. Den lodrette streg er opgørelsesdatoen, "
        "15. maj 2023."
    )
    axis = soup.select_one(".pt-timeline__axis")
    today = axis.select_one(".pt-timeline__today")
    assert today.select_one(".pt-timeline__today-long").get_text() == "Opgjort 15. maj 2023"
    assert today.select_one(".pt-timeline__today-short").get_text() == "15. maj 2023", "phones"
    labels = [tick.get_text() for tick in axis.select(".pt-timeline__tick")]
    assert "2016" not in labels, "October 2016 is the axis' first quarter, not a whole year"
    assert {"2017", "2018", "2019"} <= set(labels)
    assert len(axis.select(".pt-timeline__cut")) == 1


# --- Subscribing, the page /was, words a reader understands ----------------------------------

CALENDAR_PAGES = {
    "tidslinje/": "kalender.ics",
    "grupper/forebyggelse/": "grupper/forebyggelse/kalender.ics",
    "grupper/forebyggelse/tidslinje/": "grupper/forebyggelse/kalender.ics",
    "programmer/telekol-syd/": "programmer/telekol-syd/kalender.ics",
    "programmer/telekol-syd/tidslinje/": "programmer/telekol-syd/kalender.ics",
    "organisationer/sygehus-lillebælt/": "organisationer/sygehus-lillebælt/kalender.ics",
}
"""A page of each kind that offers a calendar, and the calendar it offers."""


def test_every_page_with_a_calendar_says_how_to_subscribe_before_the_address_is_known(
    example: Path,
) -> None:
    """Built without site_url: the page says when the address is known and offers the file."""
    for address, calendar in CALENDAR_PAGES.items():
        soup = page(example, address)
        panel = soup.select_one("article [data-pt-subscribe]")
        assert panel is not None, address
        download = panel.select_one("a[download]")
        assert download is not None
        assert (example / address / str(download["href"])).resolve() == example / calendar
        assert panel.select_one(".pt-subscribe__address").has_attr("hidden"), address
        assert panel.select_one("#pt-kalender-adresse")["value"] == ""
        text = panel.get_text(" ", strip=True)
        assert "kendes først, når sitet er lagt ud på sin faste adresse" in text
        assert "Outlook:" in text
        assert "Google Kalender:" in text
        scripts = [str(script["src"]) for script in soup.select("script[src]")]
        assert any(src.endswith("portfolio-copy.js") for src in scripts), address


def _published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The every-field portfolio built for https://eksempel.dk/tavle/, 30 days counted as near."""
    monkeypatch.setenv("SITE_URL", "https://eksempel.dk/tavle/")
    project = site_project(tmp_path, EVERY_FIELD)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("      opgørelsesdato:", "      kommende_dage: 30\n      opgørelsesdato:"),
        encoding="utf-8",
    )
    result = build_site(project, as_of="2018-03-01")
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_a_published_site_gives_each_calendars_address_its_statement_and_its_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _published(tmp_path, monkeypatch)
    for address, calendar in {
        "grupper/behandling-og-pleje/": "grupper/behandling-og-pleje/kalender.ics",
        "programmer/sundhedsaftalen/tidslinje/": "programmer/sundhedsaftalen/kalender.ics",
        "organisationer/odense-kommune/": "organisationer/odense-kommune/kalender.ics",
        "tidslinje/": "kalender.ics",
    }.items():
        panel = page(site, address).select_one("[data-pt-subscribe]")
        assert panel is not None, address
        assert panel.select_one("#pt-kalender-adresse")["value"] == (
            f"https://eksempel.dk/tavle/{calendar}"
        )
        assert not panel.select_one(".pt-subscribe__address").has_attr("hidden")
        webcal = panel.select_one("a.pt-subscribe__webcal")
        assert webcal["href"] == f"webcal://eksempel.dk/tavle/{calendar}"
        assert not webcal.parent.has_attr("hidden")
        assert panel.select_one(".pt-subscribe__unknown") is None
    assert "De næste 30 dage ¶" in texts(page(site, ""), "h2"), "the heading follows the setting"
    was = page(site, "was").select_one("article")
    assert was.select_one('a[href="https://www.was.digst.dk/example-org"]') is not None
    assert was.select_one('a[href="tel:+4524908731"]').get_text() == "24 90 87 31"
    assert was.select_one('a[href="mailto:sekretariat@example.org"]') is not None
    assert "ikke oplyst endnu" not in was.get_text()
    footer = page(site, "").select_one("footer.pt-footer")
    assert footer.get_text(" ", strip=True) == (
        "Udgivet af Sekretariatet for sundhedsaftalen · Øjebliksbillede pr. 1. marts 2018 "
        "Tilgængelighedserklæring"
    )
    statement = footer.find("a", string="Tilgængelighedserklæring")
    assert statement["href"] == "https://www.was.digst.dk/example-org", "its own: linked directly"


def test_the_accessibility_page_says_plainly_what_is_not_given(example: Path) -> None:
    """The seeds give the example no phone, e-mail or statement of its own: none is invented."""
    article = page(example, "was").select_one("article")
    assert texts(article, "h1") == ["Tilgængelighedserklæring"]
    facts = dict(zip(texts(article, "dt"), texts(article, "dd"), strict=True))
    assert facts == {
        "Udgiver": "Region Syddanmark",
        "Telefon": "ikke oplyst endnu",
        "E-mail": "ikke oplyst endnu",
    }
    assert article.select('a[href^="tel:"], a[href^="mailto:"]') == []
    statement = article.select_one('a[href="https://www.was.digst.dk/"]')
    assert statement is not None
    assert "Sitets egen erklæring har ikke fået sin adresse her endnu" in statement.parent.text
    footer = page(example, "grupper/forebyggelse").select_one("footer.pt-footer")
    assert footer.find("a", string="Tilgængelighedserklæring")["href"] == "../../was/"


def test_a_finished_indsats_shows_no_next_step(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path)
    sambo = portfolio / "indsatser" / "sambo.yml"
    sambo.write_text(
        sambo.read_text(encoding="utf-8").replace("farve: gul", "farve: grå"), encoding="utf-8"
    )
    project = site_project(tmp_path, portfolio)
    assert build_site(project, as_of=AS_OF).returncode == 0
    site = project / "site"
    row = page(site, "oversigt").select_one("#pt-indsatser tbody tr")
    assert [cell.get_text(strip=True) for cell in row.select("td")][5] == "Afsluttet"
    group = page(site, "grupper/behandling-og-pleje").select_one("article")
    assert "Næste:" not in group.get_text(), "a grå indsats' steps are history"
    steps = texts(page(site, "indsatser/sambo"), "ul.pt-steps li")
    assert steps[0] == "20. august 2018: Følgegruppen får status.", "listed, but not as next"


def test_the_home_page_counts_the_days_it_uses(example: Path) -> None:
    assert "De næste 60 dage ¶" in texts(page(example, ""), "h2")
