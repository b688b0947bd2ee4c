"""The EDI procedure on a phone at the moment it is needed, with the browser's clock moved."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from playwright.sync_api import Page, Route, expect

from macros.core.clock import DANISH_TIME
from macros.data.models import ClosingDay
from macros.data.validate import load_portfolio
from macros.views.oncall import browser_rule_data, who_to_call
from tests.browser.conftest import AS_OF, PHONE, open_page
from tests.conftest import PROJECT

PAGE = "procedurer/edi-nedbrud/"
PROCEDURE = load_portfolio(PROJECT / "portfolio").procedures["edi-nedbrud"]
PROCEDURE_DATA_YEARS = browser_rule_data(PROCEDURE, date.fromisoformat(AS_OF))["helligdage_år"]


def test_friday_evening_on_a_phone_the_first_screen_says_whom_to_call(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.clock.set_fixed_time(datetime(2026, 11, 27, 21, 50, tzinfo=DANISH_TIME))
    open_page(page, PAGE)
    answer = page.get_by_role("status")
    expect(answer).to_contain_text("Ring til Drifts- og ledelsesvagten på 76 73 10 10")
    expect(answer).to_contain_text("De svarer til kl. 22:00.")
    call = answer.get_by_role("link", name="76 73 10 10")
    assert call.get_attribute("href") == "tel:+4576731010"
    what_to_do = page.get_by_text("Meld nedbruddet i webformularen")
    for element in (call, what_to_do):
        box = element.bounding_box()
        assert box is not None
        assert box["y"] + box["height"] <= PHONE["height"], "must be on the first screen"


MOMENTS = [
    datetime(2026, 11, 26, 15, 44, tzinfo=DANISH_TIME),  # Thursday, support closes 15:45
    datetime(2026, 11, 26, 15, 46, tzinfo=DANISH_TIME),
    datetime(2026, 11, 27, 13, 59, tzinfo=DANISH_TIME),  # Friday, support closes 14:00
    datetime(2026, 11, 27, 14, 1, tzinfo=DANISH_TIME),
    datetime(2026, 11, 27, 21, 59, tzinfo=DANISH_TIME),
    datetime(2026, 11, 27, 22, 1, tzinfo=DANISH_TIME),
    datetime(2026, 11, 28, 10, 0, tzinfo=DANISH_TIME),  # Saturday
    datetime(2026, 12, 25, 10, 0, tzinfo=DANISH_TIME),  # Juledag
    datetime(2029, 3, 29, 10, 0, tzinfo=DANISH_TIME),  # Skærtorsdag 2029: computed, not typed
    datetime(2029, 3, 22, 10, 0, tzinfo=DANISH_TIME),  # an ordinary Thursday in 2029
    datetime(2024, 4, 26, 10, 0, tzinfo=DANISH_TIME),  # Store Bededag's Friday, abolished 2024
    datetime(2026, 3, 29, 6, 30, tzinfo=UTC),  # summer time begins: 08:30 in Denmark
    datetime(2026, 10, 25, 20, 30, tzinfo=UTC),  # winter time begins: 21:30 in Denmark
]


@pytest.mark.parametrize("moment", MOMENTS, ids=lambda moment: moment.isoformat())
def test_the_browser_gives_the_same_answer_as_the_rule(page: Page, moment: datetime) -> None:
    page.clock.set_fixed_time(moment)
    open_page(page, PAGE)
    expected = who_to_call(PROCEDURE, moment)
    answer = page.get_by_role("status")
    if expected.contact is None:
        expect(answer).to_contain_text("Ingen svarer nu.")
    else:
        expect(answer).to_contain_text(f"Ring til {expected.contact.name}")
        expect(answer).to_contain_text(f"De svarer til kl. {expected.until}.")


def test_without_javascript_the_timetable_answers(page_without_js: Page) -> None:
    page = open_page(page_without_js, PAGE)
    expect(page.locator("#pt-oncall-now")).to_be_hidden()
    friday = page.get_by_role("row", name="Fredag")
    expect(friday).to_contain_text("08:00–14:00")
    expect(friday).to_contain_text("14:00–22:00")
    expect(page.get_by_role("link", name="24 90 87 31").first).to_be_visible()


def test_skaertorsdag_2029_the_duty_line_answers(page: Page) -> None:
    page.clock.set_fixed_time(datetime(2029, 3, 29, 10, 0, tzinfo=DANISH_TIME))
    open_page(page, PAGE)
    expect(page.locator("#pt-oncall-clock")).to_have_text(
        "Dansk tid lige nu: torsdag (helligdag) kl. 10:00."
    )
    answer = page.get_by_role("status")
    expect(answer).to_contain_text("Ring til Drifts- og ledelsesvagten på 76 73 10 10")
    expect(answer).not_to_contain_text("EDI-supporten")
    page.clock.set_fixed_time(datetime(2029, 3, 22, 10, 0, tzinfo=DANISH_TIME))
    open_page(page, PAGE)
    expect(page.get_by_role("status")).to_contain_text("Ring til EDI-supporten i Regional IT")


def test_past_the_computed_years_the_page_says_it_does_not_know(page: Page) -> None:
    years = PROCEDURE_DATA_YEARS
    page.clock.set_fixed_time(datetime(years[1] + 1, 3, 22, 10, 0, tzinfo=DANISH_TIME))
    open_page(page, PAGE)
    expect(page.locator("#pt-oncall-clock")).to_contain_text(
        f"Siden kender kun helligdagene i {years[0]}–{years[1]}: er det helligdag i dag, så se "
        "rækken Helligdag i tabellen Åbningstider."
    )


def test_an_own_closing_day_gives_the_same_answer_as_the_rule(page: Page) -> None:
    """24 December is no public holiday; as a closing day in the data it uses the holiday hours."""
    own = PROCEDURE.model_copy(
        update={"closing_days": (ClosingDay.model_validate({"dato": "2026-12-24", "navn": "x"}),)}
    )

    def with_closing_day(route: Route) -> None:
        html = route.fetch().text()
        assert html.count('"lukkedage": []') == 1
        route.fulfill(body=html.replace('"lukkedage": []', '"lukkedage": ["2026-12-24"]'))

    page.route(f"**/{PAGE}", with_closing_day)
    moment = datetime(2026, 12, 24, 10, 0, tzinfo=DANISH_TIME)
    page.clock.set_fixed_time(moment)
    open_page(page, PAGE)
    expected = who_to_call(own, moment)
    assert expected.contact_id == "driftsvagt"
    assert who_to_call(PROCEDURE, moment).contact_id == "edi-support"
    expect(page.locator("#pt-oncall-clock")).to_have_text(
        "Dansk tid lige nu: torsdag (lukkedag) kl. 10:00."
    )
    assert expected.contact is not None
    expect(page.get_by_role("status")).to_contain_text(f"Ring til {expected.contact.name}")


def test_a_kommune_chosen_once_shows_its_line_on_the_first_screen_and_is_remembered(
    page: Page,
) -> None:
    page.set_viewport_size(PHONE)
    open_page(page, PAGE)
    chosen = page.locator("#pt-duty-chosen")
    expect(chosen).to_be_hidden()
    page.get_by_label("Kommune", exact=True).select_option(label="Odense Kommune")
    expect(chosen).to_have_text(
        "Kommunens nummer, hvis formularen også er nede: Odense Kommune, Vagttelefonen "
        "(VisInfoSyd). Nummeret er ikke oplyst. Skift kommune"
    )
    assert page.url.endswith("?kommune=odense-kommune")
    page.evaluate("window.scrollTo(0, 0)")
    box = chosen.bounding_box()
    assert box is not None
    assert box["y"] + box["height"] <= PHONE["height"], "must be on the first screen"
    open_page(page, PAGE)  # the plain address: the browser remembers the choice
    expect(chosen).to_contain_text("Odense Kommune, Vagttelefonen")
    assert page.url.endswith("?kommune=odense-kommune")
    open_page(page, PAGE + "?kommune=ærø-kommune")  # a shared address wins
    expect(chosen).to_contain_text("Ærø Kommune, Vagttelefonen")
    expect(page.get_by_label("Kommune", exact=True)).to_have_value("ærø-kommune")


def test_an_unknown_kommune_in_the_address_keeps_the_readers_own(page: Page) -> None:
    open_page(page, PAGE + "?kommune=findes-ikke")
    expect(page.locator("#pt-duty-chosen")).to_be_hidden()
    expect(page.get_by_label("Kommune", exact=True)).to_have_value("")
    page.get_by_label("Kommune", exact=True).select_option(label="Vejle Kommune")
    open_page(page, PAGE + "?kommune=omdøbt-kommune")  # an old bookmark
    expect(page.locator("#pt-duty-chosen")).to_contain_text("Vejle Kommune, Vagttelefonen")
    assert page.url.endswith("?kommune=vejle-kommune")


def test_skift_kommune_moves_focus_to_the_choice(page: Page) -> None:
    open_page(page, PAGE + "?kommune=odense-kommune")
    page.get_by_role("button", name="Skift kommune").click()
    expect(page.get_by_label("Kommune", exact=True)).to_be_focused()


def test_without_javascript_every_kommune_and_its_number_shows(page_without_js: Page) -> None:
    page = open_page(page_without_js, PAGE)
    expect(page.locator("#pt-duty-form")).to_be_hidden()
    page.get_by_role("link", name="Alle kommuners numre").click()
    rows = page.locator("#pt-duty-list tbody tr")
    expect(rows).to_have_count(22)
    expect(rows.filter(has_text="Odense Kommune")).to_contain_text("Nummeret er ikke oplyst")
    expect(page.get_by_role("heading", name="Kommunernes numre")).to_be_in_viewport()
