"""Long words and long addresses in every text field of every kind, read on a 320 px screen.

No page scrolls sideways as a whole (WCAG 1.4.10): a long word wraps where it stands, and only a
data table or a picture that needs its two dimensions (1.4.10 exempts charts; the milestone trend)
may be wider than the screen, scrolling inside its own labelled, focusable region.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from tests.browser.conftest import guarded_page, open_page, served_with_texts
from tests.untrusted import built_pages

NARROW: ViewportSize = {"width": 320, "height": 640}
# A compound as Danish makes them, and then some: 200 characters without a break.
LONG_WORD = ("Sundhedsaftaleimplementeringsopfølgningsgruppemødereferat" * 4)[:200]
LONG_ADDRESS = "https://example.org/" + "sti/" * 30 + "dokument-uden-mellemrum.pdf"


def long_text(_path: str, limit: int) -> str:
    """As long a word as the field allows; in longer texts an address too."""
    if limit > len(LONG_WORD) + len(LONG_ADDRESS) + 10:
        return f"Se {LONG_WORD} og {LONG_ADDRESS} her."
    return LONG_WORD[:limit]


# Elements wider than their box that scroll by themselves, and whether each is a labelled region.
FIND_OVERFLOW = """
() => {
  const page = document.scrollingElement;
  const problems = [];
  if (page.scrollWidth > page.clientWidth) {
    problems.push(`the page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth} px`);
  }
  for (const element of document.querySelectorAll("body *")) {
    const style = getComputedStyle(element);
    const scrolls = ["auto", "scroll"].includes(style.overflowX);
    if (!scrolls || element.scrollWidth <= element.clientWidth + 1) continue;
    // Material's search results, closed until a reader opens the search.
    if (element.closest(".md-search") || !element.checkVisibility()) continue;
    const labelled = element.getAttribute("role") === "region"
      && (element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby"))
      && element.tabIndex === 0 && element.querySelector("table, svg[role=img]");
    if (!labelled) problems.push(`${element.tagName}.${element.className} scrolls by itself`);
  }
  return problems;
}
"""


@pytest.fixture(scope="module")
def long_words(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The built site and its address."""
    yield from served_with_texts(tmp_path_factory.mktemp("long-words"), long_text)


@pytest.fixture
def narrow_page(browser: Browser, long_words: tuple[Path, str]) -> Iterator[Page]:
    for page in guarded_page(browser, long_words[1], java_script_enabled=True):
        page.set_viewport_size(NARROW)
        yield page


def test_no_page_scrolls_sideways_at_320_px(
    narrow_page: Page, long_words: tuple[Path, str]
) -> None:
    pages = built_pages(long_words[0])
    assert len(pages) > 20
    problems = {}
    for path in pages:
        open_page(narrow_page, path)
        found = narrow_page.evaluate(FIND_OVERFLOW)
        if found:
            problems[path or "forside"] = found
    assert problems == {}


def test_the_menu_shows_long_names_in_full_at_320_px(narrow_page: Page) -> None:
    open_page(narrow_page, "oversigt/")
    narrow_page.locator('.md-header label[for="__drawer"]').click()
    entries = narrow_page.locator(".md-nav--primary .md-nav__link .md-ellipsis")
    entries.first.wait_for()
    cut_off = entries.evaluate_all(
        "spans => spans.filter(s => s.checkVisibility() && s.scrollWidth > s.clientWidth + 1)"
        ".map(s => s.textContent.trim())"
    )
    assert cut_off == []
