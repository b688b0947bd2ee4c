"""The site's palette (portfolio.css) keeps its contrast: text ≥ 4.5:1 on every background it
stands on (WCAG 1.4.3), status shapes and the focus ring ≥ 3:1 (WCAG 1.4.11).

The colours are read from the stylesheet's own custom properties, var() references resolved, so a
changed colour is checked where it is defined.
"""

from __future__ import annotations

import re

import pytest

from macros.data.fields import Colour
from tests.output.test_status_colours import CSS, contrast

ROOT = re.search(r":root, \[data-md-color-scheme=\"default\"\] \{(?P<body>[^}]*)\}", CSS)
BACKGROUNDS = ["pt-page", "pt-surface", "pt-hover", "pt-attention"]
"""Where text stands: the page, table heads and panels, a row under the pointer, a section that
needs action."""
TEXTS = ["pt-ink", "pt-ink-muted", "pt-link", "pt-brand-dark", "pt-focus"]
"""Text colours: body text, secondary text, links, headings, a link under the pointer."""


def _properties() -> dict[str, str]:
    assert ROOT, "portfolio.css has no :root block with the palette"
    body = re.sub(r"/\*.*?\*/", "", ROOT.group("body"), flags=re.DOTALL)
    return {
        match["name"]: match["value"].strip()
        for match in re.finditer(r"--(?P<name>[\w-]+):\s*(?P<value>[^;]+);", body)
    }


PROPERTIES = _properties()


def colour(name: str) -> str:
    """The property's colour as #rrggbb, following var() to where it is set."""
    value = PROPERTIES[name]
    seen = {name}
    while reference := re.fullmatch(r"var\(--([\w-]+)\)", value):
        assert reference[1] not in seen, f"--{name} refers to itself"
        seen.add(reference[1])
        value = PROPERTIES[reference[1]]
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", value), f"--{name} is {value}, not a #rrggbb colour"
    return value.lower()


@pytest.mark.parametrize("background", BACKGROUNDS)
@pytest.mark.parametrize("text", TEXTS)
def test_text_reads_on_every_background(text: str, background: str) -> None:
    ratio = contrast(colour(text), colour(background))
    assert ratio >= 4.5, f"--{text} on --{background}: {ratio:.2f}:1"


@pytest.mark.parametrize("background", BACKGROUNDS)
@pytest.mark.parametrize("status", list(Colour), ids=lambda status: status.css_name)
def test_status_shapes_stand_out_on_every_background(status: Colour, background: str) -> None:
    fill, outline = colour(f"pt-{status.css_name}"), colour("pt-outline")
    behind = colour(background)
    # As on the page (test_status_colours.py): the fill, or its dark outline, sets it apart.
    assert max(contrast(fill, behind), contrast(outline, behind)) >= 3
    assert contrast(fill, behind) >= 3 or contrast(fill, outline) >= 3


def test_status_colours_used_for_text_read_as_text() -> None:
    # A status colour is a graphic; where one colours text, it must reach 4.5:1 as text does.
    used = set(re.findall(r"(?<![-\w])color:\s*var\(--pt-(green|yellow|red|grey|blue)\)", CSS))
    for name in used:
        for background in BACKGROUNDS:
            ratio = contrast(colour(f"pt-{name}"), colour(background))
            assert ratio >= 4.5, f"text in --pt-{name} on --{background}: {ratio:.2f}:1"


def test_header_text_reads_on_the_site_colour() -> None:
    # Material draws the header and tabs in --md-primary-fg-color, their text in -bg-color.
    text = colour("md-primary-bg-color")
    for shade in ("md-primary-fg-color", "md-primary-fg-color--light", "md-primary-fg-color--dark"):
        ratio = contrast(text, colour(shade))
        assert ratio >= 4.5, f"header text on --{shade}: {ratio:.2f}:1"


def test_focus_ring_stands_out() -> None:
    for background in BACKGROUNDS:
        assert contrast(colour("md-accent-fg-color"), colour(background)) >= 3


def test_materials_colours_are_the_palettes() -> None:
    # Material reads its own variables; each must lead to ours, or the palette is not applied.
    assert colour("md-default-fg-color") == colour("pt-ink")
    assert colour("md-default-fg-color--light") == colour("pt-ink-muted")
    assert colour("md-typeset-a-color") == colour("pt-link")
    assert colour("md-primary-fg-color") == colour("pt-brand")
    assert colour("md-accent-fg-color") == colour("pt-focus")
