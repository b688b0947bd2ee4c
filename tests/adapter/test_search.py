"""The search's place in the theme: Material's header with the site's own search box in it, kept
in step with Material's partial, and the Pagefind runner's report."""

from __future__ import annotations

from pathlib import Path

import material

from macros.adapter.search import _summary
from tests.conftest import PROJECT

MATERIAL_HEADER = Path(material.__file__).parent / "templates" / "partials" / "header.html"
OUR_HEADER = PROJECT / "overrides" / "partials" / "header.html"
SEARCH_START = '    {% if "material/search" in config.plugins %}'
SEARCH_END = "    {% if config.repo_url %}"
OURS = '    {% include "partials/portfolio-search-box.html" %}\n'


def without_comment(template: str) -> str:
    """The template after its opening comment ({#- … -#} here, {#- … -#} in Material's)."""
    return template[template.index("#}") + 3 :]


def test_our_header_is_materials_with_our_search_box_in_place_of_its_search() -> None:
    material_header = MATERIAL_HEADER.read_text(encoding="utf-8")
    start, end = material_header.index(SEARCH_START), material_header.index(SEARCH_END)
    expected = material_header[:start] + OURS + material_header[end:]
    ours = OUR_HEADER.read_text(encoding="utf-8")
    assert without_comment(ours) == without_comment(expected), "Material's header changed"


def test_the_search_box_is_a_labelled_danish_form_leading_to_the_search_page() -> None:
    box = (PROJECT / "overrides" / "partials" / "portfolio-search-box.html").read_text("utf-8")
    assert 'role="search"' in box
    assert '<label class="pt-visually-hidden" for="pt-search-box">Søg i porteføljen</label>' in box
    assert 'action="{{ urls.SEARCH | url }}"' in box


def test_the_runner_reports_pagefinds_counts() -> None:
    report = "Running\n[Building]\n  Indexed 1 language\n  Indexed 12 pages\nFinished\n"
    assert _summary(report) == "Indexed 1 language, Indexed 12 pages"
