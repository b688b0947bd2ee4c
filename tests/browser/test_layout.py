"""Every built page reads at 320 and 1366 px: no sideways page, and no word cut into pieces.

WCAG 1.4.10: at 320 px no page scrolls sideways as a whole; only a data table may be wider than
the screen, inside its own labelled, focusable region (tests/browser/test_long_words.py holds the
same for the longest texts the fields allow). And a word in a table cell, a caption, a heading or
a facts list is never split inside itself at 1366 px, nor broken into more than two pieces at
320 px: the Chromium the tests drive has no Danish hyphenation dictionary (Debian's package
fetches none), so a split there is always a break without a hyphen, letters apart.

A word is what stands between spaces, cut after a hyphen, a dash or a slash ("SPOC-funktion",
"Indsats/opgave/projekt"), since a line may end there. Where it lies on the screen, its text
range's client rectangles tell: one rectangle per line it takes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from tests.browser.conftest import guarded_page, open_page
from tests.untrusted import built_pages

NARROW: ViewportSize = {"width": 320, "height": 640}
WIDE: ViewportSize = {"width": 1366, "height": 768}
PIECES_ALLOWED = {320: 2, 1366: 1}
"""How many lines one word may take at each width: two pieces at 320 px (as hyphenation would
break it, in a browser that has the dictionary), one at 1366 px."""

# Why one function per page: 200-odd pages at two widths must stay well under a minute.
# Returns the page's sideways scroll, elements that scroll by themselves without being a labelled
# region, and every word that takes more than one line, with where it stands.
MEASURE = """
() => {
  const problems = [];
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth} px`);
  }
  for (const element of document.querySelectorAll("body *")) {
    const style = getComputedStyle(element);
    if (!["auto", "scroll"].includes(style.overflowX)) continue;
    if (element.scrollWidth <= element.clientWidth + 1) continue;
    if (element.closest(".md-search") || !element.checkVisibility()) continue;
    const region = element.getAttribute("role") === "region" && element.tabIndex === 0
      && (element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby"));
    if (!region) problems.push(`${element.tagName}.${element.className} scrolls by itself`);
  }
  const where = (element) => {
    const table = element.closest("table");
    const inside = table ? ` in table.${table.className}` : "";
    return `${element.tagName.toLowerCase()}${inside}`;
  };
  const lines = (range) => {
    const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => r.top);
    tops.sort((a, b) => a - b);
    let count = 0, last = -Infinity;
    for (const top of tops) { if (top - last > 3) { count += 1; last = top; } }
    return count;
  };
  const words = [];
  const seen = new Set();
  const range = document.createRange();
  const word = /[^\\s\\-\u2010\u2013\u2014\\/]+[\\-\u2010\u2013\u2014\\/]*/g;
  const scope = "td, th, caption, h1, h2, h3, h4, dt, dd";
  for (const element of document.querySelectorAll(scope)) {
    if (element.closest(".md-search") || !element.checkVisibility()) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (seen.has(node)) continue;
      seen.add(node);
      // Text for screen readers only is one pixel wide on purpose.
      if (node.parentElement.closest(".pt-visually-hidden")) continue;
      for (const match of node.data.matchAll(word)) {
        if (match[0].length < 2) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const taken = lines(range);
        if (taken > 1) words.push([match[0], taken, where(element)]);
      }
    }
  }
  return {problems, words};
}
"""


@pytest.fixture(scope="module")
def pages(built_site: Path) -> list[str]:
    """Every page of the example site."""
    found = built_pages(built_site)
    assert len(found) > 150, "the example site has fewer pages than it should"
    return found


@pytest.fixture(params=sorted(PIECES_ALLOWED), ids=lambda width: f"{width}px")
def sized_page(request: pytest.FixtureRequest, browser: Browser, site_url: str) -> Iterator[Page]:
    """One guarded page, reused for every address, at the width the test is run for."""
    width: int = request.param
    for page in guarded_page(browser, site_url, java_script_enabled=True):
        page.set_viewport_size(NARROW if width == NARROW["width"] else WIDE)
        yield page


def test_every_page_reads_without_sideways_scroll_or_split_words(
    sized_page: Page, pages: list[str]
) -> None:
    width = sized_page.viewport_size["width"] if sized_page.viewport_size else 0
    allowed = PIECES_ALLOWED[width]
    found: dict[str, list[str]] = {}
    for path in pages:
        open_page(sized_page, path)
        measured = sized_page.evaluate(MEASURE)
        problems = list(measured["problems"])
        problems += [
            f"{text!r} in {count} pieces ({where})"
            for text, count, where in measured["words"]
            if count > allowed
        ]
        if problems:
            found[f"/{path}"] = problems
    if found:
        listing = "\n".join(
            f"{path}: " + "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
            for path, problems in found.items()
        )
        total = sum(len(problems) for problems in found.values())
        summary = f"{total} problems on {len(found)} pages at {width} px"
        pytest.fail(f"{summary}:\n{listing}", pytrace=False)
