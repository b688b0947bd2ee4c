"""Generated pages: which pages the portfolio adds to the site, where, and their Markdown.

Each page is Markdown whose body is HTML from the renderer (escaped there) and whose front matter
turns mkdocs-macros off, so text from YAML is never evaluated as a template. Pages are kept out of
the navigation: Material renders the whole nav into every page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from markupsafe import escape

from macros.models import Portfolio
from macros.render import Renderer
from macros.views import initiative_rows

OVERVIEW = "oversigt.md"


@dataclass(frozen=True)
class GeneratedPage:
    """A page the build adds: its path under the docs folder and its Markdown."""

    src_uri: str
    markdown: str


def _page(src_uri: str, title: str, body: str) -> GeneratedPage:
    # Why escape: Material prints page.meta.title into <title> and the header without escaping.
    # Why JSON: it is valid YAML for the title and quotes every character that could break out.
    shown_title = json.dumps(str(escape(title)), ensure_ascii=False)
    front_matter = f"---\ntitle: {shown_title}\nrender_macros: false\n---\n\n"
    return GeneratedPage(src_uri, front_matter + body + "\n")


def generated_pages(
    portfolio: Portfolio, as_of: date, renderer: Renderer
) -> Iterator[GeneratedPage]:
    """The overview and one page per indsats."""
    rows = initiative_rows(portfolio, as_of)
    overview = renderer.initiative_table(rows, base="../")
    yield _page(OVERVIEW, "Porteføljeoversigt", f"# Porteføljeoversigt\n\n{overview}")
    for row in rows:
        initiative = row.initiative
        body = renderer.initiative_page(row, base="../../")
        yield _page(f"indsatser/{initiative.id}.md", initiative.title, str(body))
