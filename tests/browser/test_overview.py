"""The overview as people use it: filters, free text, sorting, shareable URL, no JavaScript."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, expect

from macros.data.fields import Colour
from macros.data.validate import load_portfolio
from tests.browser.conftest import GROUP, OVERVIEW, PHONE, open_page
from tests.conftest import PROJECT

PORTFOLIO = load_portfolio(PROJECT / "portfolio")
ROWS = "#pt-indsatser tbody tr"


def titles_of(group: str | None = None, colour: Colour | None = None) -> list[str]:
    return sorted(
        i.title
        for i in PORTFOLIO.initiatives.values()
        if (group is None or i.group == group) and (colour is None or i.colour is colour)
    )


def visible_titles(page: Page) -> list[str]:
    return sorted(page.locator(f"{ROWS}:visible th").all_inner_texts())


def test_filter_by_colour_and_group_announces_the_count(page: Page) -> None:
    open_page(page, OVERVIEW)
    page.get_by_label("Gruppe", exact=True).select_option(GROUP)
    page.get_by_label("Farve", exact=True).select_option("rød")
    expected = titles_of(GROUP, Colour.RED)
    assert visible_titles(page) == expected
    status = page.get_by_role("status")
    expect(status).to_have_text(f"Viser {len(expected)} af {len(PORTFOLIO.initiatives)} indsatser")
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"gruppe": [GROUP], "farve": ["rød"]}


def test_free_text_filter_matches_words_in_any_order(page: Page) -> None:
    open_page(page, OVERVIEW)
    page.get_by_label("Søg i tabellen").fill("kateter dræn")
    assert visible_titles(page) == ["Pasning af dræn samt anlæggelse og pleje af kateter"]
    page.get_by_role("button", name="Nulstil filtre").click()
    expect(page.locator(f"{ROWS}:visible")).to_have_count(len(PORTFOLIO.initiatives))
    assert urlsplit(page.url).query == ""


def test_filter_state_in_the_url_is_restored_on_load(page: Page) -> None:
    open_page(page, f"{OVERVIEW}?gruppe={GROUP}&farve=gr%C3%B8n&sorter=titel&orden=faldende")
    expect(page.get_by_label("Gruppe", exact=True)).to_have_value(GROUP)
    expect(page.get_by_label("Farve", exact=True)).to_have_value("grøn")
    shown = page.locator(f"{ROWS}:visible th").all_inner_texts()
    assert shown == sorted(titles_of(GROUP, Colour.GREEN), key=str.lower, reverse=True)
    assert page.locator("th[aria-sort]").get_attribute("aria-sort") == "descending"


def test_an_unknown_value_in_the_url_shows_everything(page: Page) -> None:
    open_page(page, f"{OVERVIEW}?gruppe=findes-ikke")
    expect(page.get_by_label("Gruppe", exact=True)).to_have_value("")
    expect(page.locator(f"{ROWS}:visible")).to_have_count(len(PORTFOLIO.initiatives))


def test_columns_sort_with_the_keyboard(page: Page) -> None:
    open_page(page, OVERVIEW)
    button = page.get_by_role("button", name="Farve", exact=True)
    button.focus()
    page.keyboard.press("Enter")
    colours = page.locator(f"{ROWS} td:nth-child(5)").all_inner_texts()
    ranks = [Colour(text.strip().lower()).rank for text in colours]
    assert ranks == sorted(ranks)
    assert parse_qs(urlsplit(page.url).query) == {"sorter": ["farve"]}


def test_a_sort_button_keeps_its_columns_name(page: Page) -> None:
    """A screen reader names each cell by its column: the button must not rename the column."""
    open_page(page, OVERVIEW)
    headings = page.locator("#pt-indsatser thead th")
    names = headings.all_inner_texts()
    assert names[:5] == ["Indsats", "Gruppe", "Program", "Sektion", "Farve"]
    for name in names:
        expect(page.get_by_role("columnheader", name=name, exact=True)).to_have_count(1)
        button = page.get_by_role("button", name=name, exact=True)
        expect(button).to_have_accessible_description("Sorterer tabellen efter kolonnen")
    page.get_by_role("button", name="Statusdato", exact=True).click()
    sorted_by = page.get_by_role("columnheader", name="Statusdato", exact=True)
    expect(sorted_by).to_have_attribute("aria-sort", "ascending")


def test_back_from_an_indsats_returns_the_focus_to_its_row(page: Page) -> None:
    open_page(page, f"{OVERVIEW}?farve=r%C3%B8d")
    link = page.locator(f"{ROWS}:visible th a").nth(2)
    href = link.get_attribute("href")
    title = link.inner_text()
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/indsatser/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.go_back()
    page.wait_for_url(re.compile(r"/oversigt/\?farve="))
    focused = page.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
    assert focused == href
    expect(page.get_by_label("Farve", exact=True)).to_have_value("rød")


def test_without_javascript_the_full_table_and_the_prerendered_pages_work(
    page_without_js: Page,
) -> None:
    page = open_page(page_without_js, OVERVIEW)
    expect(page.locator(ROWS)).to_have_count(len(PORTFOLIO.initiatives))
    expect(page.locator("#pt-filter")).to_be_hidden()
    page.get_by_text("Færdige lister pr. farve og pr. gruppe").click()
    page.get_by_role("link", name="Rød", exact=True).click()
    assert visible_titles(page) == titles_of(colour=Colour.RED)


def test_red_indsatser_of_a_group_are_two_clicks_from_the_home_page(page: Page) -> None:
    open_page(page, "")
    group = PORTFOLIO.groups[GROUP].name
    page.get_by_role("link", name=re.compile(f"med farven rød i {group}$")).click()
    page.wait_for_url(f"**/{OVERVIEW}?gruppe={GROUP}&farve=*")
    expect(page.get_by_role("status")).to_contain_text("Viser ")
    assert visible_titles(page) == titles_of(GROUP, Colour.RED)
    page.locator(f"{ROWS}:visible th a").first.click()
    expect(page.locator("h1")).to_have_text(titles_of(GROUP, Colour.RED)[0])


def test_on_a_phone_each_indsats_is_a_card_that_filters_and_sorts(page: Page) -> None:
    page.set_viewport_size(PHONE)
    open_page(page, OVERVIEW)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page itself must not scroll sideways"
    region = page.get_by_role("region", name="Alle indsatser")
    assert region.evaluate("element => element.scrollWidth <= element.clientWidth + 1")
    # Each cell of a card says its column's name before its value.
    cell = page.locator(f"{ROWS} td").first
    assert "Gruppe" in cell.evaluate("td => getComputedStyle(td, '::before').content")
    sort = page.locator("#pt-indsatser thead .pt-sort", has_text="Statusdato")
    expect(sort).to_be_visible()
    sort.click()
    expect(page.locator("#pt-indsatser thead th[aria-sort]")).to_have_attribute(
        "aria-sort", "ascending"
    )
    page.get_by_label("Farve", exact=True).select_option("rød")
    assert visible_titles(page) == titles_of(colour=Colour.RED)


def titles_with(organisation: str) -> list[str]:
    return sorted(
        i.title for i in PORTFOLIO.initiatives.values() if organisation in i.organisation_ids
    )


def test_filter_by_organisation_shows_what_it_takes_part_in(page: Page) -> None:
    open_page(page, f"{OVERVIEW}?organisation=sygehus-lillebælt")
    expect(page.get_by_label("Organisation", exact=True)).to_have_value("sygehus-lillebælt")
    assert visible_titles(page) == titles_with("sygehus-lillebælt")
    page.get_by_label("Organisation", exact=True).select_option("middelfart-kommune")
    assert visible_titles(page) == titles_with("middelfart-kommune")
    assert titles_with("middelfart-kommune") != titles_with("sygehus-lillebælt")
