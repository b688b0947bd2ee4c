"""The procedure page's first screen: the web form (a button, or whom to ask) and the last resort,
every kommune's line with its number or the plain statement that none is given."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from bs4 import BeautifulSoup

from macros.core import urls
from macros.data.models import OrganisationContact, Portfolio, Settings
from macros.data.validate import load_portfolio
from macros.output.pages import generated_pages, site_views
from macros.output.parts import notice_banner
from macros.output.render import Renderer
from macros.views.schedule import Schedule
from tests.conftest import PROJECT

EXAMPLE = load_portfolio(PROJECT / "portfolio")
SCHEDULE = Schedule(as_of=date(2023, 5, 15), window_days=60, live=False)
RENDERER = Renderer(PROJECT / "overrides" / "partials" / "portfolio", Settings())
PAGE = urls.procedure_href("edi-nedbrud")


def procedure_page(portfolio: Portfolio) -> BeautifulSoup:
    views = site_views(portfolio, SCHEDULE, None)
    page = next(p for p in generated_pages(views, RENDERER) if p.src_uri == urls.source_of(PAGE))
    return BeautifulSoup(str(page.render()), "html.parser")


@pytest.fixture(scope="module")
def example() -> BeautifulSoup:
    return procedure_page(EXAMPLE)


def test_every_kommune_is_listed_in_danish_order_without_an_invented_number(
    example: BeautifulSoup,
) -> None:
    rows = example.select(f"#{urls.DUTY_LINES_SECTION} ~ div table#pt-duty-list tbody tr")
    names = [row.th.get_text() for row in rows]
    kommuner = [o for o in EXAMPLE.organisations.values() if o.type.value == "kommune"]
    assert len(names) == len(kommuner) == 22
    assert names[0] == "Assens Kommune"
    assert names[-2:] == ["Ærø Kommune", "Aabenraa Kommune"], "Æ, Ø, Å after Z; Aa is Å"
    for row in rows:
        assert row.select("td")[0].get_text() == "Vagttelefonen (VisInfoSyd)"
        assert row.select("td")[1].get_text() == "Nummeret er ikke oplyst"
    assert example.select('#pt-duty-list a[href^="tel:"]') == []
    options = [option["value"] for option in example.select("#pt-duty-kommune option")]
    assert options == ["", *(row["data-kommune"] for row in rows)]


def test_the_first_screen_says_whom_to_ask_for_the_form_when_its_address_is_not_given(
    example: BeautifulSoup,
) -> None:
    first = example.select_one(f"section[aria-labelledby={urls.ONCALL_SECTION}]")
    text = " ".join(first.get_text(" ").split())
    assert "Webformularen: adressen er ikke oplyst på denne side. Spørg kommunens EOJ" in text
    assert first.select(".md-button") == []
    assert first.select_one(f'a[href="#{urls.DUTY_LINES_SECTION}"]')
    assert first.select_one("form#pt-duty-form")["hidden"] == ""


def test_a_given_form_address_is_a_button_and_a_given_number_a_tel_link() -> None:
    procedure = EXAMPLE.procedures["edi-nedbrud"].model_copy(
        update={"form_url": "https://formular.example.dk/edi", "form_ask": None}
    )
    odense = EXAMPLE.organisations["odense-kommune"]
    # The seed's EDI-support number, standing in for a kommune's: no number is invented.
    line = OrganisationContact.model_validate({"navn": "Vagten", "telefon": "24 90 87 31"})
    with_number = odense.model_copy(update={"contacts": {"vagttelefon": line}})
    portfolio = dataclasses.replace(
        EXAMPLE,
        procedures={"edi-nedbrud": procedure},
        organisations={**EXAMPLE.organisations, "odense-kommune": with_number},
    )
    soup = procedure_page(portfolio)
    first = soup.select_one(f"section[aria-labelledby={urls.ONCALL_SECTION}]")
    button = first.select_one("a.md-button")
    assert button["href"] == "https://formular.example.dk/edi"
    assert button.get_text() == "Åbn webformularen"
    assert "adressen er ikke oplyst" not in first.get_text()
    row = soup.select_one('#pt-duty-list tr[data-kommune="odense-kommune"]')
    assert row.select_one("td a")["href"] == "tel:+4524908731"


def test_without_a_form_ask_the_page_names_the_first_contact() -> None:
    procedure = EXAMPLE.procedures["edi-nedbrud"].model_copy(update={"form_ask": None})
    soup = procedure_page(dataclasses.replace(EXAMPLE, procedures={"edi-nedbrud": procedure}))
    first = soup.select_one(f"section[aria-labelledby={urls.ONCALL_SECTION}]")
    assert "Spørg EDI-supporten i Regional IT om den: 24 90 87 31." in first.get_text()


def test_without_a_kommunekontakt_there_is_no_chooser_and_no_list() -> None:
    procedure = EXAMPLE.procedures["edi-nedbrud"].model_copy(update={"municipal_contact": None})
    soup = procedure_page(dataclasses.replace(EXAMPLE, procedures={"edi-nedbrud": procedure}))
    assert soup.select("#pt-duty-form, #pt-duty-list, #pt-duty-chosen") == []


def test_the_outage_banner_leads_to_whom_to_call_now() -> None:
    views = site_views(EXAMPLE, SCHEDULE, None)
    banner = BeautifulSoup(str(RENDERER.render(notice_banner(views), "../")), "html.parser")
    links = [a for a in banner.find_all("a") if a.get_text().startswith("Hvem kontakter jeg nu?")]
    assert links
    titles = {notice.title for notice in EXAMPLE.notices.values()}
    assert {a.get_text() for a in links} == {f"Hvem kontakter jeg nu? (ved {t})" for t in titles}
    assert {link["href"] for link in links} == {f"../{urls.oncall_href('edi-nedbrud')}"}
