"""Browser tests: the example site built once, served on 127.0.0.1 and driven by Debian's Chromium.

Playwright never downloads a browser here: it launches /usr/bin/chromium, which `make test`
installs. Every page a test opens is guarded: a request to another origin or an error in the
console fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Route,
    ViewportSize,
    WebSocketRoute,
    sync_playwright,
)

from tests.chromium import CHROMIUM, CHROMIUM_ARGS, served
from tests.conftest import EXAMPLE_AS_OF
from tests.untrusted import TextFor, built_with_texts

AS_OF = EXAMPLE_AS_OF
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 390, "height": 844}

GROUP = "forebyggelse"  # Følgegruppen for forebyggelse
STATUS_REPORT = f"grupper/{GROUP}/statusrapport/"
OVERVIEW = "oversigt/"
# One page of each kind the site has, by the name the tests are reported under.
PAGE_TYPES = {
    "forside": "",
    "oversigt": OVERVIEW,
    "indsats": "indsatser/telekol-pilot/",
    "indsats med afhængigheder": "indsatser/telehjerte-pilot/",
    "gruppe": f"grupper/{GROUP}/",
    "statusrapport": STATUS_REPORT,
    "program": "programmer/sundhedsaftalen-2015-2018/",
    "program med beslutninger og økonomi": "programmer/telekol-syd/",
    "indsats med økonomi": "indsatser/telekol-ssl-og-spoc/",
    "beslutninger": "beslutninger/",
    "beslutning": "beslutninger/ssl-anbefaling-2/",
    "organisationer": "organisationer/",
    "organisation": "organisationer/odense-kommune/",
    "organisation med udrulning": "organisationer/sygehus-lillebælt/",
    "udrulning": "programmer/telekol-syd/udrulning/",
    "indsats med udrulning": "indsatser/telekol-rul-3-jylland/",
    "farve": "farver/rød/",
    "milepælstabel": "programmer/telekol-syd/milepæle/",
    "milepæl": "milepæle/kol-syd-4-1/",
    "tidslinje": "tidslinje/",
    "gruppetidslinje": f"grupper/{GROUP}/tidslinje/",
    "programtidslinje": "programmer/telekol-syd/tidslinje/",
    "ændringer": "ændringer/",
    "procedure": "procedurer/edi-nedbrud/",
    "procedure med valgt kommune": "procedurer/edi-nedbrud/?kommune=odense-kommune",
    "driftsstatus": "driftsstatus/",
    "meldehjælp": "driftsstatus/ny-melding/",
    "redaktørguide": "redaktører/",
    "søgning": "søg/?q=kommunerne",
    "tilgængelighedserklæring": "was/",
}


@pytest.fixture(scope="session")
def built_site(example_site: Path) -> Path:
    """The example portfolio's site, built once with its fixed as-of date (tests/conftest.py)."""
    return example_site


def served_with_texts(folder: Path, text_for: TextFor) -> Iterator[tuple[Path, str]]:
    """The every-field portfolio's site with texts from `text_for`, built and served."""
    site = built_with_texts(folder, text_for)
    with served(site) as url:
        yield site, url


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served over HTTP on a free port of 127.0.0.1."""
    with served(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium; a missing one fails every browser test instead of skipping it."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing. Run `make test`, which installs it, or as root: "
            "apt-get install -y --no-install-recommends chromium",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def guarded_page(
    browser: Browser, site_url: str, *, java_script_enabled: bool, expected_error: str = ""
) -> Iterator[Page]:
    """A page in a fresh context that fails the test on foreign requests and console errors.

    `expected_error`: a console error containing this text is expected (a 404 page's own status).
    """
    context = browser.new_context(
        base_url=site_url, viewport=DESKTOP, java_script_enabled=java_script_enabled
    )
    foreign: list[str] = []
    errors: list[str] = []

    def stay_on_site(route: Route) -> None:
        url = route.request.url
        if _origin(url) == _origin(site_url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    def refuse_socket(socket: WebSocketRoute) -> None:
        foreign.append(socket.url)
        socket.close()

    def note_error(message: ConsoleMessage) -> None:
        if message.type == "error" and not (expected_error and expected_error in message.text):
            errors.append(f"{message.text} ({message.location.get('url', '?')})")

    # Why the context, not the page: it also sees the requests of workers and pop-ups.
    context.route("**/*", stay_on_site)
    context.route_web_socket("**/*", refuse_socket)
    page = context.new_page()
    page.on("console", note_error)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    yield page
    context.close()
    problems = [f"request to another origin: {url}" for url in foreign]
    problems += [f"console error: {error}" for error in errors]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    """A guarded page at desktop size; `page.goto("oversigt/")` opens a page of the site."""
    yield from guarded_page(browser, site_url, java_script_enabled=True)


@pytest.fixture
def page_without_js(browser: Browser, site_url: str) -> Iterator[Page]:
    """Like `page`, with JavaScript turned off: what a reader without scripts gets."""
    yield from guarded_page(browser, site_url, java_script_enabled=False)


def open_page(page: Page, path: str) -> Page:
    """Go to a page of the site and fail unless the server has it."""
    response = page.goto(path)
    if response is None or not response.ok:
        status = response.status if response else "nothing"
        pytest.fail(f"/{path} answered HTTP {status}: the page is not built", pytrace=False)
    return page
