"""What `make bench` measures in a built site: page and index sizes, how fast the overview
filters as someone types, and how soon the search page shows its first hit (in Chromium, as in
the browser tests)."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# Why: `make bench` runs this folder as a script; the shared Chromium recipe lives in tests/.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.chromium import CHROMIUM, CHROMIUM_ARGS, served

if TYPE_CHECKING:
    from playwright.sync_api import Browser

TARGET_KEYSTROKE_MS = 50
TARGET_FIRST_HIT_MS = 300
THROTTLING = 4
"""How many times slower than this machine the browser's CPU runs: a mid-range phone."""
QUERIES = ("kommissoriet", "arbejdsgruppen", "følgegruppen", "benchmark", "syntetisk 2718")
"""Searched one each in a fresh browser, so the index fragments each needs are loaded cold."""
KEYS = "indsats 12"
# One keystroke as the page sees it: the input event runs the filter; reading offsetHeight makes
# the browser lay the table out, so the time includes what the reader waits for.
KEYSTROKE = """text => {
  const input = document.getElementById("pt-filter-tekst");
  const started = performance.now();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  document.body.offsetHeight;
  return performance.now() - started;
}"""


def print_site_facts(site: Path, *, search: bool) -> None:
    """Print the pages' and the search index's sizes, the time per keystroke in the overview's
    filter and, if `search`, the time to the search page's first hit."""
    overview = (site / "oversigt" / "index.html").stat().st_size
    home = (site / "index.html").stat().st_size
    html = sum(path.stat().st_size for path in site.rglob("*.html"))
    index = sum(path.stat().st_size for path in (site / "pagefind").rglob("*") if path.is_file())
    print(f"  al HTML:                          {html / 1024 / 1024:8.1f} MB  (budget ≤ 15 MB)")
    print(f"  forsiden:                         {home / 1024:8.0f} KB  (budget ≤ 120 KB)")
    print(f"  oversigtssiden:                   {overview / 1024:8.0f} KB")
    print(f"  søgeindekset (Pagefind, i alt):   {index / 1024:8.0f} KB  (hentes i bidder)")
    if not CHROMIUM.is_file():
        print(f"  browsermålinger: ikke målt ({CHROMIUM} mangler; make test installerer)")
        return
    from playwright.sync_api import sync_playwright  # Why here: only these measures need it.

    with served(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        _print_keystrokes(browser, url)
        if search:
            _print_first_hits(browser, url)
        browser.close()


def _print_keystrokes(browser: Browser, url: str) -> None:
    page = browser.new_page()
    page.goto(f"{url}oversigt/")
    times = [float(page.evaluate(KEYSTROKE, KEYS[: n + 1])) for n in range(len(KEYS))]
    page.close()
    median = statistics.median(times)
    verdict = "nået" if median <= TARGET_KEYSTROKE_MS else "IKKE nået"
    print(
        f"  filtrering pr. tastetryk (median af {len(times)}): {median:5.1f} ms  "
        f"(mål ≤ {TARGET_KEYSTROKE_MS} ms: {verdict})",
        flush=True,
    )


# From the input event that ends the query to the first hits laid out in the list (the page shows
# the best 20 together). Pagefind and its filters load first (the form shows when they are in);
# the query's index chunks and result fragments are cold. Served from 127.0.0.1: no network time.
FIRST_HIT = """text => new Promise(resolve => {
  const input = document.getElementById("pt-search-q");
  const list = document.getElementById("pt-search-results");
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (list.children.length) {
      observer.disconnect();
      document.body.offsetHeight;
      resolve(performance.now() - started);
    }
  });
  observer.observe(list, { childList: true });
  setTimeout(() => { observer.disconnect(); resolve(-1); }, 30000);
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
})"""


def _print_first_hits(browser: Browser, url: str) -> None:
    times = [_first_hit(browser, url, query) for query in QUERIES]
    if min(times) < 0:
        print("  første søgeresultat: ingen træf inden for 30 s (søgningen virker ikke)")
        return
    median = statistics.median(times)
    verdict = "nået" if median <= TARGET_FIRST_HIT_MS else "IKKE nået"
    print(
        f"  første søgeresultat, CPU {THROTTLING}× langsommere, koldt "
        f"(median af {len(times)}, størst {max(times):.0f}): {median:5.0f} ms  "
        f"(mål ≤ {TARGET_FIRST_HIT_MS} ms: {verdict})",
        flush=True,
    )


def _first_hit(browser: Browser, url: str, query: str) -> float:
    """Milliseconds to the first hit for `query`, in a fresh context (nothing cached)."""
    context = browser.new_context()
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": THROTTLING})
    page.goto(f"{url}søg/")
    page.wait_for_selector("#pt-search:not([hidden])")
    took = float(page.evaluate(FIRST_HIT, query))
    context.close()
    return took
