"""Status colours: every shape stands out from the page by ≥ 3:1 (WCAG 1.4.11)."""

from __future__ import annotations

import re

import pytest

from macros.data.fields import Colour
from tests.conftest import PROJECT

CSS = (PROJECT / "content" / "assets" / "stylesheets" / "portfolio.css").read_text(encoding="utf-8")
PAGE = "#ffffff"  # Material's default light background


def variable(name: str) -> str:
    match = re.search(rf"--pt-{name}:\s*(#[0-9a-fA-F]{{6}})", CSS)
    assert match, f"--pt-{name} is not set in portfolio.css"
    return match.group(1)


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("colour", list(Colour))
def test_each_status_shape_stands_out_from_the_page(colour: Colour) -> None:
    fill, outline = variable(colour.css_name), variable("outline")
    # The shape is its fill inside a dark outline: one of the two must reach 3:1 to the page,
    # and the outline must also set the fill apart when the fill itself is light (gul).
    assert max(contrast(fill, PAGE), contrast(outline, PAGE)) >= 3
    assert contrast(fill, PAGE) >= 3 or contrast(fill, outline) >= 3


def test_every_shape_has_the_outline() -> None:
    assert re.search(r"\.pt-status::before \{[^}]*border: [^;]*var\(--pt-outline\)", CSS)
    # The triangle is an image (a border would not follow it): the same outline and fill.
    triangle = re.search(r"\.pt-status--yellow::before \{[^}]*\}", CSS)
    assert triangle
    drawn = triangle.group(0).replace("%23", "#")
    assert f"fill='{variable('yellow')}'" in drawn
    assert f"stroke='{variable('outline')}'" in drawn
