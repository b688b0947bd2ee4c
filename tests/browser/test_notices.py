"""Outage notices in the browser: the banner and status page follow the clock; the report
helper writes a file that passes validation."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from macros.core.clock import DANISH_TIME
from macros.data.validate import check_portfolio
from tests.browser.conftest import PHONE, open_page
from tests.conftest import PROJECT

BANNER = ".pt-banner li:visible"
PLANNED = "Eksempel: planlagt opdatering af Cloverleaf"
# Quotes, markup, YAML syntax and characters YAML will not read raw (pasted from Word or a PDF).
TITLE = 'Opdatering: "version 2" & <mere> #ikke-kommentar {a: b}\u0085 \u2028 \u009f slut'


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=DANISH_TIME)


@pytest.mark.parametrize(
    ("moment", "shown", "word"),
    [
        (at(2026, 12, 3, 17, 0), False, None),  # 49 hours ahead
        (at(2026, 12, 4, 20, 0), True, "Planlagt"),  # 22 hours ahead
        (at(2026, 12, 5, 19, 0), True, "Nu"),
    ],
)
def test_the_banner_follows_the_clock_on_every_page(
    page: Page, moment: datetime, shown: bool, word: str | None
) -> None:
    page.clock.set_fixed_time(moment)
    for path in ("", "oversigt/"):
        open_page(page, path)
        banner = page.locator(".md-banner")
        if shown:
            expect(banner).to_be_visible()
            expect(page.locator(BANNER)).to_contain_text(f"{word}: {PLANNED}")
        else:
            expect(banner).to_be_hidden()


def test_the_banner_link_leads_to_the_notice(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.clock.set_fixed_time(at(2026, 12, 5, 19, 0))
    open_page(page, "grupper/forebyggelse/statusrapport/")
    page.locator(BANNER).get_by_role("link", name="Læs mere").click()
    expect(page.locator("#meddelelse-cloverleaf-opdatering-2026-12 h3")).to_have_text(PLANNED)


def test_the_status_page_sorts_by_the_readers_clock(page: Page) -> None:
    page.clock.set_fixed_time(at(2026, 12, 5, 19, 0))
    open_page(page, "driftsstatus/")
    current = page.locator("section[data-pt-state='aktuel'] .pt-notice h3")
    done = page.locator("section[data-pt-state='afsluttet'] .pt-notice h3")
    expect(current).to_have_text([PLANNED])
    expect(done).to_have_text(["Eksempel: EDI-meddelelser fra Cosmic blev ikke sendt"])
    expect(page.locator("section[data-pt-state='planlagt'] .pt-notices__none")).to_be_visible()


def test_the_report_helper_writes_text_and_a_valid_file(page: Page, tmp_path: Path) -> None:
    page.clock.set_fixed_time(at(2026, 12, 1, 9, 0))
    open_page(page, "driftsstatus/ny-melding/")
    page.get_by_label("Planlagt nedlukning (over 2 timer)").check()
    page.get_by_label("Overskrift").fill(TITLE)
    page.get_by_label("Cosmic (sygehusenes patientjournal)").check()
    page.get_by_label("Berørte meddelelser (én pr. linje)").fill("Epikriser\nKorrespondance: svar")
    page.get_by_label("Start (dansk tid)").fill("2026-12-08T18:00")
    page.get_by_label("Forventet slut – giver den forventede nedetid").fill("2026-12-08T23:30")
    page.get_by_label("Årsag til fejlen").fill(
        "Ny version – meddelelser lægges i kø.\nIntet tabes."
    )
    page.get_by_label("Kontaktperson (navn og telefon)").fill("Vagthavende, 24 90 87 31")
    page.get_by_role("button", name="Lav meldingen").click()
    text = page.locator("#pt-report-text").input_value()
    assert "Årsag til fejl: Ny version – meddelelser lægges i kø." in text
    assert "Forventet nedetid: fra 2026-12-08 18:00 til 2026-12-08 23:30" in text
    yaml_text = page.locator("#pt-report-yaml").input_value()
    name = page.locator("#pt-report-filename").inner_text()
    portfolio = tmp_path / "portfolio"
    shutil.copytree(PROJECT / "portfolio", portfolio)
    (portfolio / "driftsmeddelelser" / name).write_text(yaml_text, encoding="utf-8")
    loaded, issues = check_portfolio(portfolio, "portfolio")
    assert issues == []
    assert loaded is not None
    notice = loaded.notices[name.removesuffix(".yml")]
    # The control characters pasted into the title are dropped: the validator refuses them.
    assert notice.title == TITLE.replace("\u0085", "").replace("\u009f", "")
    assert notice.messages == ("Epikriser", "Korrespondance: svar")


def test_the_report_helper_says_what_is_missing(page: Page) -> None:
    page.clock.set_fixed_time(at(2026, 12, 1, 9, 0))
    open_page(page, "driftsstatus/ny-melding/")
    page.get_by_label("Overskrift").fill("Nedbrud")
    page.get_by_role("button", name="Lav meldingen").click()
    expect(page.get_by_role("alert")).to_contain_text("Vælg mindst ét berørt system.")
    expect(page.locator("#pt-report-result")).to_be_hidden()
