"""The search, as a reader uses it: Danish word forms, every page with the word, facets, the box
in the header by keyboard, results that read as text, WCAG 2.1 AA with results shown, and
nothing fetched from elsewhere (the guarded page fails on that)."""

from __future__ import annotations

import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup
from playwright.sync_api import Page, expect

from tests.browser.conftest import open_page

RESULTS = "#pt-search-results .pt-search-result"
STATUS = "#pt-search-status"


def search(page: Page, words: str, **filters: str) -> list[str]:
    """The addresses of every hit (the page shows the best; the status says how many)."""
    query = "&".join([f"q={words}", *(f"{name}={value}" for name, value in filters.items())])
    open_page(page, f"søg/?{query}")
    expect(page.locator(STATUS)).to_contain_text(f"for »{words}«")
    hits: list[str] = page.evaluate(
        """async ([words, filters]) => {
          const index = await import(new URL("../pagefind/pagefind.js", document.baseURI).href);
          const found = await index.search(words, { filters });
          return Promise.all(found.results.map(async (hit) => (await hit.data()).url));
        }""",
        [words, filters],
    )
    # The page itself says as many, and lists the best of them first.
    count = "Ét resultat" if len(hits) == 1 else f"{len(hits)} resultater"
    expect(page.locator(STATUS)).to_contain_text(f"{count} for »{words}«")
    first = page.locator(f"{RESULTS} a").first
    assert first.evaluate("a => new URL(a.href).pathname") == page.evaluate("encodeURI", hits[0])
    return hits


def test_danish_word_forms_find_the_same_pages(page: Page) -> None:
    forms = [sorted(search(page, word)) for word in ("kommune", "kommunerne", "kommunernes")]
    assert forms[0]
    assert forms[0] == forms[1] == forms[2]


def pages_showing(site: Path, word: str) -> set[str]:
    """The address of every indexed page whose own text has the word."""
    found = set()
    for path in site.rglob("index.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        body = soup.find(attrs={"data-pagefind-body": True})
        if body is None:
            continue
        for ignored in body.select("[data-pagefind-ignore]"):
            ignored.decompose()
        if re.search(rf"\b{word}\b", body.get_text(" "), flags=re.IGNORECASE):
            found.add("/" + path.parent.relative_to(site).as_posix() + "/")
    return {address.replace("/./", "/") for address in found}


def test_sundhedsaftalen_finds_every_page_that_shows_the_word(page: Page, built_site: Path) -> None:
    showing = pages_showing(built_site, "sundhedsaftalen")
    assert len(showing) > 20
    hits = search(page, "sundhedsaftalen")
    decoded = {page.evaluate("decodeURI", hit) for hit in hits}
    assert showing - decoded == set()


def test_a_facet_narrows_the_hits_and_each_hit_says_its_group_and_colour(page: Page) -> None:
    everything = search(page, "kommune")
    group = "Følgegruppen for forebyggelse"
    narrowed = search(page, "kommune", gruppe=group, slags="Indsats")
    assert 0 < len(narrowed) < len(everything)
    expect(page.locator("#pt-search-gruppe")).to_have_value(group)
    facts = page.locator(f"{RESULTS} .pt-search-result__facts").all_inner_texts()
    assert facts
    for line in facts:
        kind, shown_group, colour = line.split(" · ")
        assert (kind, shown_group) == ("Indsats", group)
        assert colour in {"Grøn", "Gul", "Rød", "Grå", "Blå"}


def test_the_header_box_searches_by_keyboard(page: Page) -> None:
    open_page(page, "oversigt/")
    page.locator("#pt-search-box").focus()
    page.keyboard.type("milepælene")
    page.keyboard.press("Enter")
    page.wait_for_url("**/s%C3%B8g/?q=milep%C3%A6lene")
    expect(page.locator(STATUS)).to_contain_text("resultater for »milepælene«")
    page.locator("#pt-search-q").focus()
    page.keyboard.press("Tab")
    expect(page.locator("#pt-search-slags")).to_be_focused()
    first = page.locator(f"{RESULTS} a").first
    target = first.evaluate("link => link.href")
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(target)


def test_search_passes_axe_with_results_shown(page: Page) -> None:
    search(page, "kommunerne")
    expect(page.locator(RESULTS).first).to_be_visible()
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    assert results.violations_count == 0, results.generate_report()


def test_without_javascript_the_search_page_leads_to_the_overview(page_without_js: Page) -> None:
    open_page(page_without_js, "søg/?q=kol")
    expect(
        page_without_js.locator("noscript, p").filter(has_text="ikke kører sitets scripts")
    ).to_have_count(1)
    expect(page_without_js.get_by_role("link", name="Porteføljeoversigten")).to_be_visible()


def test_more_hits_are_a_button_away(page: Page) -> None:
    hits = search(page, "indsatsen")
    assert len(hits) > 20
    expect(page.locator(RESULTS)).to_have_count(20)
    page.get_by_role("button", name="Vis flere").click()
    expect(page.locator(RESULTS)).to_have_count(min(40, len(hits)))


def test_a_slash_typed_in_a_field_stays_in_the_field(page: Page) -> None:
    open_page(page, "oversigt/")
    field = page.get_by_label("Søg i tabellen")
    field.focus()
    page.keyboard.type("a/b")
    expect(field).to_have_value("a/b")
