"""Stage 5, render: view rows → HTML through small Jinja2 templates that escape by default.

The templates live in overrides/partials/portfolio/, named after what they render. Undefined
names are errors, so a template can only use fields the views document.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from macros.core import urls
from macros.core.periods import format_date
from macros.views.notices import shown_moment
from macros.views.views import milestone_title

_LINKS = (
    "colour_href",
    "group_href",
    "milestone_href",
    "milestone_table_href",
    "programme_href",
    "report_href",
    "timeline_href",
)


class Renderer:
    """Renders the portfolio's partials from one template folder."""

    def __init__(self, template_folder: Path) -> None:
        self._environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(template_folder),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self._environment.filters["danish_date"] = format_date
        self._environment.filters["danish_moment"] = shown_moment
        # Why globals: templates link with the same addresses that place the pages (core/urls.py):
        # its functions by name, its constants as urls.OVERVIEW and the like.
        self._environment.globals.update({name: getattr(urls, name) for name in _LINKS})
        self._environment.globals.update(urls=urls, milestone_title=milestone_title)

    def render(self, template: str, **context: object) -> Markup:
        """Render one partial, e.g. "group-page.html", with the view it documents."""
        # Why no blank lines: Python-Markdown ends a raw HTML block at the first blank line.
        html = self._environment.get_template(template).render(**context)
        return Markup("\n".join(line for line in html.splitlines() if line.strip()))
