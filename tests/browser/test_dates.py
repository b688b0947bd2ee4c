"""Overdue and upcoming in the browser: a live site recomputes them for the reader's today."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import OVERVIEW, guarded_page, open_page
from tests.chromium import served
from tests.conftest import build_site, portfolio_with, site_project

MILESTONE = "milepæle/fremtid/"
FUTURE_MILESTONE = """\
nummer: "9.9"
titel: En milepæl langt ude i fremtiden
status: igangsat
program: sundhedsaftalen
gruppe: behandling-og-pleje
deadline: december 2099
"""


@pytest.fixture(scope="module")
def live_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The minimal portfolio plus a milestone due December 2099, built live (as of today)."""
    folder = tmp_path_factory.mktemp("live")
    portfolio = portfolio_with(folder)
    (portfolio / "milepæle" / "fremtid.yml").write_text(FUTURE_MILESTONE, encoding="utf-8")
    project = site_project(folder, portfolio)
    result = build_site(project, as_of=None)
    assert result.returncode == 0, result.stderr
    with served(project / "site") as url:
        yield url


@pytest.fixture
def live_page(browser: Browser, live_site_url: str) -> Iterator[Page]:
    """A guarded page on the live site."""
    yield from guarded_page(browser, live_site_url, java_script_enabled=True)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime(2099, 6, 1, 12), "Senere"),
        (datetime(2099, 11, 15, 12), "Kommende"),
        (datetime(2100, 1, 1, 12), "Overskredet"),
    ],
)
def test_the_browser_recomputes_for_its_today(
    live_page: Page, today: datetime, expected: str
) -> None:
    page = live_page
    page.clock.set_fixed_time(today)
    open_page(page, MILESTONE)
    expect(page.locator("dl.pt-facts .pt-due")).to_have_text(expected)
    expect(page.locator(".pt-stamp").first).to_contain_text("(i dag; sitet er bygget ")


def test_a_snapshot_site_keeps_its_own_date(page: Page) -> None:
    # Why 2010: before every deadline, so a page that recomputed for the reader's day would say
    # "Senere" where the snapshot says "Overskredet".
    page.clock.set_fixed_time(datetime(2010, 1, 1, 12))
    open_page(page, "programmer/telekol-syd/milepæle/")
    stamp = page.locator(".pt-stamp").first
    expect(stamp).to_have_text(
        "Overskredet og kommende (inden for 60 dage) er opgjort pr. 15. maj 2023."
    )
    rows = page.locator("tr", has_text="Leverandør af telemedicinsk infrastruktur er valgt")
    # Two rows: the milestone trend's table and the theme's table.
    expect(rows.locator(".pt-due")).to_have_text(["Overskredet", "Overskredet"])


def test_overview_still_works_under_a_moved_clock(page: Page) -> None:
    page.clock.set_fixed_time(datetime(2030, 1, 1, 12))
    open_page(page, OVERVIEW)
    expect(page.get_by_role("status")).to_contain_text("Viser alle")


def test_changes_since_a_chosen_date_are_shown_and_kept_in_the_url(page: Page) -> None:
    open_page(page, "ændringer/")
    older = page.locator("details.pt-changes__older").first
    expect(older).not_to_have_attribute("open", "")
    page.get_by_label("Vis ændringer siden").fill("2018-02-19")
    page.get_by_label("Vis ændringer siden").dispatch_event("change")
    dates = page.locator(".pt-changes li:visible > time[datetime]").evaluate_all(
        "times => times.map(time => time.dateTime)"
    )
    assert dates
    assert all(day >= "2018-02-19" for day in dates), "the chosen day itself counts"
    expect(page.get_by_role("status")).to_contain_text("ændringer siden 19. februar 2018")
    assert page.url.endswith("?siden=2018-02-19")


def test_changes_page_restores_the_date_from_the_url(page: Page) -> None:
    open_page(page, "ændringer/?siden=2017-06-01")
    expect(page.get_by_label("Vis ændringer siden")).to_have_value("2017-06-01")
    hidden = page.locator(".pt-changes li:not(:visible) > time[datetime]").evaluate_all(
        "times => times.map(time => time.dateTime)"
    )
    assert all(day < "2017-06-01" for day in hidden)


def test_a_live_site_says_in_its_footer_when_it_was_updated(live_page: Page) -> None:
    """No fixed as-of date: the footer gives the build's day; no publisher is set, none named."""
    open_page(live_page, "")
    footer = live_page.get_by_role("contentinfo")
    expect(footer.locator("p").first).to_have_text(re.compile(r"^Opdateret \d{1,2}\. \w+ \d{4}$"))
