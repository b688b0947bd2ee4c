"""Hostile text in every text field of every kind, read in Chromium under the real page policy.

Every built page is opened: no dialog opens, no element or attribute from a payload exists in the
DOM (after the site's own scripts ran), the payload reads as plain text escaped exactly once, the
page's policy is the site's fixed one (no hash at all), and the browser reports no violation of
it. The search is tried too, since it writes its results into the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page

from macros.output.csp import POLICY
from tests.browser.conftest import guarded_page, open_page, served_with_texts
from tests.untrusted import PAYLOAD, SHORT_PAYLOAD, built_pages, payload_for

# Why in the page before any script: the policy reports blocked scripts as events, not errors.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
"""

# What a payload would leave in the DOM if it had become markup rather than text.
FIND_PAYLOAD_MARKUP = """
() => {
  const found = [];
  const risky = /^\\s*(javascript|data|vbscript):/i;
  for (const element of document.querySelectorAll("*")) {
    const name = element.tagName.toLowerCase();
    if (["iframe", "embed", "object"].includes(name)) found.push(name);
    if (name === "script" && !element.src && element.type !== "application/json") {
      found.push(`inline script: ${element.textContent.slice(0, 60)}`);
    }
    if (name === "img" && element.getAttribute("src") === "x") found.push("img src=x");
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || attribute.name === "srcdoc") {
        found.push(`${name}[${attribute.name}]`);
      }
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attribute.name)
          && risky.test(attribute.value)) {
        found.push(`${name}[${attribute.name}=${attribute.value}]`);
      }
    }
  }
  if (document.querySelectorAll("title:not(svg title)").length !== 1) found.push("<title> twice");
  return found;
}
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The built site and its address."""
    yield from served_with_texts(tmp_path_factory.mktemp("hostile"), payload_for)


@pytest.fixture
def hostile_page(browser: Browser, hostile: tuple[Path, str]) -> Iterator[Page]:
    """A guarded page (no foreign request, no console error) that also records dialogs."""
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    for page in guarded_page(browser, hostile[1], java_script_enabled=True):
        page.context.add_init_script(RECORD_VIOLATIONS)
        page.on("dialog", refuse)
        yield page
    assert dialogs == [], f"a payload opened a dialog: {dialogs}"


def assert_harmless(page: Page, where: str) -> None:
    assert page.evaluate(FIND_PAYLOAD_MARKUP) == [], where
    assert page.evaluate("window.__violations") == [], where
    policies = page.locator('head meta[http-equiv="Content-Security-Policy"]')
    assert policies.count() == 1, where
    assert policies.get_attribute("content") == POLICY, where
    assert page.evaluate("document.head.firstElementChild.httpEquiv") == (
        "Content-Security-Policy"
    ), where
    # Escaped exactly once: the text shows no entity, neither in the page nor in its title.
    shown = page.evaluate("document.body.innerText + document.title")
    for entity in ("&lt;", "&amp;", "&#"):
        assert entity not in shown, where
    assert "49" not in page.evaluate("document.title"), where  # {{7*7}} never evaluated


def test_no_page_runs_or_shows_markup_from_the_data(
    hostile_page: Page, hostile: tuple[Path, str]
) -> None:
    pages = built_pages(hostile[0])
    assert len(pages) > 20
    for path in pages:
        open_page(hostile_page, path)
        hostile_page.wait_for_load_state("load")
        assert_harmless(hostile_page, path)


def test_the_navigation_shows_the_menu_text_as_text(hostile_page: Page) -> None:
    open_page(hostile_page, "oversigt/")
    entry = hostile_page.locator('nav a[href$="procedurer/edi/"]').first
    assert entry.inner_text().strip() == SHORT_PAYLOAD  # menupunkt holds at most 40 characters
    open_page(hostile_page, "procedurer/edi/")
    assert hostile_page.title().startswith(PAYLOAD)
    assert PAYLOAD in hostile_page.locator("h1").first.inner_text()


def test_search_results_show_the_payload_as_text(hostile_page: Page) -> None:
    open_page(hostile_page, "")
    hostile_page.locator("#pt-search-box").focus()
    hostile_page.keyboard.type("onerror")
    hostile_page.keyboard.press("Enter")
    results = hostile_page.locator(".pt-search-result")
    results.first.wait_for()
    assert results.count() >= 1
    titles = hostile_page.locator(".pt-search-result__title a").all_inner_texts()
    assert PAYLOAD in titles
    assert_harmless(hostile_page, "søgning")
