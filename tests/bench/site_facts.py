"""What `make bench` measures in a built site: page and index sizes, and how fast the overview
filters as someone types (in Chromium, as in the browser tests)."""

from __future__ import annotations

import functools
import statistics
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# Why: `make bench` runs this folder as a script; the shared Chromium recipe lives in tests/.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

TARGET_KEYSTROKE_MS = 50
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


def print_site_facts(site: Path) -> None:
    """Print the pages' and the search index's sizes and the time per keystroke."""
    overview = (site / "oversigt" / "index.html").stat().st_size
    home = (site / "index.html").stat().st_size
    html = sum(path.stat().st_size for path in site.rglob("*.html"))
    index = sum(path.stat().st_size for path in (site / "pagefind").rglob("*") if path.is_file())
    print(f"  al HTML:                          {html / 1024 / 1024:8.1f} MB  (budget ≤ 15 MB)")
    print(f"  forsiden:                         {home / 1024:8.0f} KB  (budget ≤ 120 KB)")
    print(f"  oversigtssiden:                   {overview / 1024:8.0f} KB")
    print(f"  søgeindekset (Pagefind, i alt):   {index / 1024:8.0f} KB  (hentes i bidder)")
    chromium = CHROMIUM
    if not chromium.is_file():
        print(f"  filtrering pr. tastetryk: ikke målt ({chromium} mangler; make test installerer)")
        return
    times = _keystroke_times(site, chromium)
    median = statistics.median(times)
    verdict = "nået" if median <= TARGET_KEYSTROKE_MS else "IKKE nået"
    print(
        f"  filtrering pr. tastetryk (median af {len(times)}): {median:5.1f} ms  "
        f"(mål ≤ {TARGET_KEYSTROKE_MS} ms: {verdict})",
        flush=True,
    )


def _keystroke_times(site: Path, chromium: Path) -> list[float]:
    from playwright.sync_api import sync_playwright  # Why here: only this measure needs it.

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Say nothing."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/oversigt/")
            times = [page.evaluate(KEYSTROKE, KEYS[: n + 1]) for n in range(len(KEYS))]
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return [float(time) for time in times]
