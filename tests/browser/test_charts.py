"""Pictures and timelines as a reader sees them: labels on one line that stay inside their axis
on a phone and a wide screen, pictures that fit, and pictures that print."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, ViewportSize

from tests.browser.conftest import DESKTOP, GROUP, PHONE, open_page

WIDE: ViewportSize = {"width": 1366, "height": 900}
NARROW: ViewportSize = {"width": 320, "height": 640}
VIEWPORTS = {"320": NARROW, "telefon": PHONE, "desktop": DESKTOP, "bred": WIDE}
TIMELINES = {
    "gruppe": f"grupper/{GROUP}/tidslinje/",
    "gruppe med et skåret stykke": "grupper/programstyregruppen-syd/tidslinje/",
    "program": "programmer/telekol-syd/tidslinje/",
}

# Each shown label of a timeline's axis: one line high, inside the track, clear of the next.
AXIS_PROBLEMS = """
() => {
  const problems = [];
  for (const axis of document.querySelectorAll(".pt-timeline__axis")) {
    const track = axis.querySelector(".pt-timeline__track").getBoundingClientRect();
    const labels = [...axis.querySelectorAll(".pt-timeline__tick")]
      .filter(label => label.checkVisibility())
      .map(label => [label, label.getBoundingClientRect()])
      .sort((a, b) => a[1].left - b[1].left);
    if (!labels.length) problems.push("no label at all");
    const today = axis.querySelector(".pt-timeline__today");
    for (const [label, box] of [...labels, [today, today.getBoundingClientRect()]]) {
      const line = parseFloat(getComputedStyle(label).lineHeight);
      const text = label.innerText;
      if (box.height > 1.5 * line) problems.push(`"${text}" wraps`);
      if (box.left < track.left - 1 || box.right > track.right + 1) {
        problems.push(`"${text}" runs outside the axis`);
      }
    }
    labels.forEach(([label, box], index) => {
      const next = labels[index + 1];
      if (next && box.right > next[1].left + 1) {
        problems.push(`"${label.textContent}" overlaps "${next[0].textContent}"`);
      }
    });
  }
  return problems;
}
"""


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
@pytest.mark.parametrize("path", TIMELINES.values(), ids=TIMELINES.keys())
def test_timeline_labels_stay_on_one_line_inside_the_axis(
    page: Page, path: str, viewport: ViewportSize
) -> None:
    page.set_viewport_size(viewport)
    assert open_page(page, path).evaluate(AXIS_PROBLEMS) == []


def test_the_as_of_line_crosses_each_bar_at_the_same_place(page: Page) -> None:
    open_page(page, TIMELINES["gruppe med et skåret stykke"])
    lefts = page.eval_on_selector_all(
        ".pt-timeline__bar",
        "bars => bars.map(bar => Math.round(bar.getBoundingClientRect().left"
        " + parseFloat(getComputedStyle(bar, '::after').left)))",
    )
    assert len(set(lefts)) == 1
    today = page.locator(".pt-timeline__today").bounding_box()
    assert today is not None
    assert abs(today["x"] + today["width"] - lefts[0]) <= 3, "the label ends at the line"


PICTURES = {
    "forside": ("", "svg.pt-chart--bars"),
    "gruppe": (f"grupper/{GROUP}/", "svg.pt-chart--rounds"),
    "ændringer": ("ændringer/", "svg.pt-chart--rounds"),
}


@pytest.mark.parametrize(("path", "selector"), PICTURES.values(), ids=PICTURES.keys())
def test_a_picture_fits_a_phone_and_keeps_its_size_on_a_wide_screen(
    page: Page, path: str, selector: str
) -> None:
    page.set_viewport_size(PHONE)
    picture = open_page(page, path).locator(selector)
    natural = float(picture.get_attribute("width") or 0)
    box = picture.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= PHONE["width"]
    page.set_viewport_size(WIDE)
    box = picture.bounding_box()
    assert box is not None
    assert box["width"] == pytest.approx(natural, abs=1), "12 px text never grows into a poster"


def test_the_trend_scrolls_inside_its_region_on_a_phone(page: Page) -> None:
    page.set_viewport_size(PHONE)
    open_page(page, "programmer/telekol-syd/milepæle/")
    region = page.locator(".pt-scroll", has=page.locator("svg.pt-chart--trend"))
    sizes = region.evaluate("r => [r.scrollWidth, r.clientWidth]")
    assert sizes[0] > sizes[1], "wider than the phone: it scrolls, text stays 12 px"
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]


PRINTED = {
    "forside": ("", "svg.pt-chart--bars", "table.pt-colour-counts"),
    "gruppe": (f"grupper/{GROUP}/", "svg.pt-chart--rounds", "table.pt-rounds"),
    "milepælstabel": ("programmer/telekol-syd/milepæle/", "svg.pt-chart--trend", "table.pt-trend"),
}


@pytest.mark.parametrize(("path", "picture", "table"), PRINTED.values(), ids=PRINTED.keys())
def test_a_picture_and_its_table_print(page: Page, path: str, picture: str, table: str) -> None:
    page.emulate_media(media="print")
    open_page(page, path)
    for selector in (picture, table):
        box = page.locator(selector).bounding_box()
        assert box is not None, f"{selector} is not printed"
        assert box["width"] * box["height"] > 0
    pdf = page.pdf(format="A4", landscape=True, prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")
    adjust = page.locator(f"{picture} .pt-chart__segment, {picture} path").first.evaluate(
        "element => getComputedStyle(element).printColorAdjust"
    )
    assert adjust == "exact", "the colours print as on screen"


@pytest.mark.parametrize("today", [0.0, 49.9, 50.0, 50.1, 99.9])
def test_the_as_of_label_fits_beside_its_line_wherever_it_falls(page: Page, today: float) -> None:
    """Moves the as-of label as the template would place it for another day, on 320 px."""
    page.set_viewport_size(NARROW)
    open_page(page, TIMELINES["gruppe"])
    page.locator(".pt-timeline__today").evaluate(
        """(label, today) => {
             label.style.left = `${today}%`;
             label.classList.toggle("pt-timeline__today--end", today > 50);
             label.firstChild.textContent = "Opgjort 15. september 2023";
             label.lastChild.textContent = "15. sep. 2023";
           }""",
        today,
    )
    assert page.evaluate(AXIS_PROBLEMS) == []
