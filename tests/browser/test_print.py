"""A group's status report prints as the report: landscape A4, headers repeated, rows whole."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page

from tests.browser.conftest import STATUS_REPORT, open_page

SITE_CHROME = [".md-header", ".md-tabs", ".md-sidebar", ".pt-footer"]
REPORT = "table.pt-report"


@pytest.fixture
def printed(page: Page) -> Page:
    """The status report as the browser lays it out for print."""
    page.emulate_media(media="print")
    return open_page(page, STATUS_REPORT)


def _computed(page: Page, selector: str, css_property: str) -> list[str]:
    """The computed value of one CSS property on every element the selector matches."""
    script = "(elements, name) => elements.map(e => getComputedStyle(e).getPropertyValue(name))"
    values: list[str] = page.eval_on_selector_all(selector, script, css_property)
    return values


def _takes_space(element: Locator) -> bool:
    # Why a box: display none, on the element or an ancestor, leaves it without one.
    box = element.bounding_box()
    return box is not None and box["width"] * box["height"] > 0


def test_the_site_chrome_is_not_printed(printed: Page) -> None:
    shown = [
        selector
        for selector in SITE_CHROME
        if any(_takes_space(element) for element in printed.locator(selector).all())
    ]
    assert not shown, f"printed although it is site navigation: {shown}"


def test_the_report_prints_to_a_landscape_pdf(printed: Page) -> None:
    pdf = printed.pdf(format="A4", landscape=True, prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 1000


def test_the_header_repeats_on_every_printed_page(printed: Page) -> None:
    displays = _computed(printed, f"{REPORT} thead", "display")
    assert displays, f"no {REPORT} with a <thead> on /{STATUS_REPORT}"
    assert set(displays) == {"table-header-group"}


def test_no_row_is_split_across_printed_pages(printed: Page) -> None:
    breaks = _computed(printed, f"{REPORT} tr", "break-inside")
    assert breaks, f"no rows in {REPORT} on /{STATUS_REPORT}"
    assert set(breaks) == {"avoid"}, f"break-inside of the rows: {sorted(set(breaks))}"


def test_a_section_heading_stays_with_its_first_row(printed: Page) -> None:
    sections = _computed(printed, f"{REPORT} tr.pt-report__section", "break-after")
    assert sections, f"no section headings in {REPORT} on /{STATUS_REPORT}"
    assert set(sections) == {"avoid"}


def test_the_legend_prints_in_one_piece(printed: Page) -> None:
    assert _computed(printed, "table.pt-legend", "break-inside") == ["avoid"]
