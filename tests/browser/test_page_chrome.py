"""The site's own page chrome and subscribing, as a reader meets them: the skip link first on every
kind of page, the footer, a calendar's address to copy, and a feed opened in the browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PAGE_TYPES, PHONE, open_page
from tests.browser.test_accessibility import axe_violations, describe
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

GROUP_PAGE = "grupper/forebyggelse/"
CALENDAR = "grupper/forebyggelse/kalender.ics"


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_the_skip_link_is_the_first_stop_and_leads_into_the_content(page: Page, path: str) -> None:
    open_page(page, path)
    search = page.locator("#pt-search")
    if search.count():
        # The search page's form shows once its script has loaded the index; until then the
        # page holds nothing to reach.
        expect(search).to_be_visible()
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Gå til indholdet")
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    inside = page.evaluate("!!document.activeElement.closest('article')")
    assert inside, f"after the skip link, Tab reached {page.locator(':focus').inner_html()}"


def test_the_footer_names_the_publisher_and_leads_to_the_statement(page: Page) -> None:
    open_page(page, GROUP_PAGE)
    footer = page.get_by_role("contentinfo")
    expect(footer).to_contain_text("Udgivet af Region Syddanmark")
    expect(footer).to_contain_text("Øjebliksbillede pr. 15. maj 2023")
    footer.get_by_role("link", name="Tilgængelighedserklæring").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tilgængelighedserklæring")
    expect(page.get_by_text("ikke oplyst endnu")).to_have_count(2)


def test_a_calendars_address_is_copied_with_one_press(page: Page, site_url: str) -> None:
    """Built without site_url, the page shows the address it was served from."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_page(page, GROUP_PAGE)
    address = page.get_by_label("Kalenderens adresse")
    expect(address).to_have_value(site_url + CALENDAR)
    expect(page.get_by_text("kendes først, når sitet er lagt ud")).to_be_hidden()
    webcal = page.get_by_role("link", name="Åbn kalenderen i dit kalenderprogram")
    expect(webcal).to_have_attribute("href", re.sub("^http:", "webcal:", site_url) + CALENDAR)
    page.get_by_role("button", name="Kopiér adressen").click()
    expect(page.get_by_role("status").filter(has_text="kopieret")).to_have_text(
        "Adressen er kopieret. Sæt den ind i dit kalenderprogram."
    )
    assert page.evaluate("navigator.clipboard.readText()") == site_url + CALENDAR


def test_without_scripts_the_calendar_is_offered_as_a_file(page_without_js: Page) -> None:
    open_page(page_without_js, GROUP_PAGE)
    expect(page_without_js.get_by_role("button", name="Kopiér adressen")).to_be_hidden()
    expect(page_without_js.get_by_text("kendes først, når sitet er lagt ud")).to_be_visible()
    download = page_without_js.get_by_role("link", name="Hent kalenderen som fil (ICS)")
    expect(download).to_have_attribute("href", "../../" + CALENDAR)


def test_the_how_to_for_outlook_and_google_opens_with_the_keyboard(page: Page) -> None:
    open_page(page, GROUP_PAGE)
    how = page.get_by_text("Sådan abonnerer du i Outlook og Google Kalender")
    how.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("klik på + ud for Andre kalendere")).to_be_visible()


def test_the_status_feed_opens_as_a_danish_page(page: Page) -> None:
    open_page(page, "status.xml")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Porteføljetavlen: statusopdateringer"
    )
    expect(page.get_by_role("heading", name="Sådan følger du med")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "da")
    entries = page.locator("ol li")
    assert entries.count() > 10
    first = entries.first.get_by_role("link")
    title = first.inner_text()
    assert re.match(r"(Grøn|Gul|Rød|Grå|Blå): ", title)
    violations = axe_violations(page)
    assert not violations, describe(violations)
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title.split(": ", 1)[1])


def test_the_outage_feed_opens_as_a_page_that_leads_home(page: Page, site_url: str) -> None:
    open_page(page, "driftsstatus/driftsmeddelelser.xml")
    expect(page.get_by_role("heading", level=1)).to_have_text("Porteføljetavlen: driftsmeddelelser")
    page.get_by_role("link", name="Til forsiden").click()
    page.wait_for_url(site_url)


def test_a_browser_without_xslt_shows_the_feed_styled_with_the_same_words(
    browser: Browser, site_url: str
) -> None:
    """Chromium turns XSLT off from late 2026; feed.css then makes the feed itself readable."""
    without = browser.browser_type.launch(
        executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, "--disable-features=XSLT"]
    )
    try:
        page = without.new_page(base_url=site_url)
        page.goto("status.xml")
        assert page.evaluate("document.documentElement.localName") == "feed", "not transformed"
        style = "(selector, pseudo) => getComputedStyle(document.querySelector(selector), pseudo)"
        title_after = page.evaluate(f"({style})('feed > title', '::after').content")
        assert "Det her er et feed" in title_after
        assert page.evaluate(f"({style})('feed', null).display") == "block"
        assert page.evaluate(f"({style})('entry > id', null).display") == "none"
    finally:
        without.close()


def test_a_button_only_a_script_can_use_stays_hidden_without_scripts(page_without_js: Page) -> None:
    # Why: Material's page styles give .md-button a display that would beat the hidden attribute.
    open_page(page_without_js, "søg/")
    expect(page_without_js.get_by_role("button", name="Vis flere")).to_be_hidden()
