"""The 404 page, as a host serves it: for any unknown address, at any depth.

It must say in Danish what happened, lead on to the home page, the overview and the EDI
procedure, and load its styles and scripts from the site itself (its links are absolute from the
site's root), with no request to another origin.
"""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import guarded_page
from tests.chromium import served
from tests.conftest import EXAMPLE_AS_OF, PROJECT, build_site, site_project


class _NotFoundHandler(SimpleHTTPRequestHandler):
    """Serves the site; an unknown address gets 404.html with status 404, as GitHub Pages does."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(str(self.directory)) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Say nothing."""


class _UnderPathHandler(_NotFoundHandler):
    """The site under /tavle/, as GitHub Pages serves a project site under /<repository>/."""

    def translate_path(self, path: str) -> str:
        inside = path.removeprefix(PREFIX) if path.startswith(PREFIX) else "/ikke-på-sitet/"
        return super().translate_path("/" + inside)


@pytest.fixture(scope="module")
def host(built_site: Path) -> Iterator[str]:
    with served(built_site, _NotFoundHandler) as url:
        yield url


PREFIX = "/tavle/"


@pytest.fixture(scope="module")
def host_under_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example built with site_url https://example.org/tavle/ and served under /tavle/."""
    project = site_project(tmp_path_factory.mktemp("under-path"), PROJECT / "portfolio")
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("SITE_URL", f"https://example.org{PREFIX}")
        result = build_site(project, as_of=EXAMPLE_AS_OF)
    assert result.returncode == 0, result.stderr
    with served(project / "site", _UnderPathHandler) as url:
        yield url


@pytest.fixture
def lost_page(browser: Browser, host: str) -> Iterator[Page]:
    # Why expected: the browser logs the 404 status of the page itself as an error.
    yield from guarded_page(
        browser, host, java_script_enabled=True, expected_error="status of 404 (Not Found)"
    )


@pytest.mark.parametrize("address", ["findes-ikke", "a/b/c/findes-ikke/", "grupper/x/y/z.html"])
def test_an_unknown_address_gets_the_danish_404_page(lost_page: Page, address: str) -> None:
    missing: list[str] = []
    lost_page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
    response = lost_page.goto(address)
    lost_page.wait_for_load_state("networkidle")
    assert response is not None
    assert response.status == HTTPStatus.NOT_FOUND
    assert missing == [response.url]  # everything the page loads is found
    assert lost_page.locator("h1").inner_text() == "Siden findes ikke"
    assert lost_page.evaluate("document.documentElement.lang") == "da"
    # Styled by the site's own stylesheet, found from any depth.
    sheets = lost_page.evaluate("[...document.styleSheets].filter(s => s.cssRules.length).length")
    assert sheets >= 2
    for name, address_of_target in (
        ("Forsiden", "/"),
        ("Porteføljeoversigten", "/oversigt/"),
        ("EDI-nedbrud", "/procedurer/edi-nedbrud/"),
    ):
        link = lost_page.locator("article").get_by_role("link", name=name, exact=True)
        assert link.evaluate("a => new URL(a.href).pathname") == address_of_target


def test_the_404_page_leads_to_the_edi_procedure(lost_page: Page) -> None:
    lost_page.goto("a/b/findes-ikke")
    lost_page.locator("article").get_by_role("link", name="EDI-nedbrud", exact=True).click()
    lost_page.wait_for_url("**/procedurer/edi-nedbrud/")
    assert "EDI" in lost_page.locator("h1").inner_text()


def test_the_404_page_works_for_a_site_under_a_path(browser: Browser, host_under_path: str) -> None:
    for page in guarded_page(
        browser, host_under_path, java_script_enabled=True, expected_error="status of 404"
    ):
        response = page.goto(f"{PREFIX}a/b/findes-ikke")
        assert response is not None
        assert response.status == HTTPStatus.NOT_FOUND
        assert page.title() == "Siden findes ikke - Porteføljetavlen"
        sheets = page.evaluate("[...document.styleSheets].filter(s => s.cssRules.length).length")
        assert sheets >= 2
        page.locator("article").get_by_role("link", name="Porteføljeoversigten").click()
        page.wait_for_url(f"**{PREFIX}oversigt/")


def test_the_404_page_starts_with_the_skip_link_and_ends_with_the_footer(lost_page: Page) -> None:
    lost_page.goto("a/b/findes-ikke")
    lost_page.keyboard.press("Tab")
    assert lost_page.evaluate("document.activeElement.textContent.trim()") == "Gå til indholdet"
    lost_page.keyboard.press("Enter")
    lost_page.keyboard.press("Tab")
    assert lost_page.evaluate("!!document.activeElement.closest('article')")
    footer = lost_page.get_by_role("contentinfo")
    link = footer.get_by_role("link", name="Tilgængelighedserklæring")
    assert link.evaluate("a => new URL(a.href).pathname") == "/was/"
