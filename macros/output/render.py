"""Stage 5, render: view rows → HTML through small Jinja2 templates that escape by default.

The templates live in overrides/partials/portfolio/, named after what they render. Each gets a
documented context (macros/output/contexts.py), and undefined names are errors, so a template
can only use fields its context documents and the renderer's globals: the addresses of
core/urls.py, and `settings`, the portfolio's own words (column headings, committees, what the
colours mean), which are the same on every page of a build.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup

from macros.core import urls
from macros.core.periods import format_date
from macros.data.models import Settings
from macros.output.contexts import TemplateContext
from macros.views.axis import short_date
from macros.views.notices import shown_moment
from macros.views.views import milestone_title

_LINKS = (
    "colour_href",
    "committee_anchor",
    "committee_href",
    "decisions_anchor",
    "group_href",
    "milestone_href",
    "milestone_table_href",
    "oncall_href",
    "organisation_href",
    "programme_decisions_href",
    "programme_href",
    "report_href",
    "roll_out_href",
    "timeline_href",
)


class Renderer:
    """Renders the portfolio's partials from one template folder."""

    def __init__(self, template_folder: Path, settings: Settings) -> None:
        self._environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(template_folder),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=False,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            # Why: one build reads each template once; no need to check its file on every use.
            auto_reload=False,
        )
        self._environment.filters["danish_date"] = format_date
        self._environment.filters["short_date"] = short_date
        self._environment.filters["danish_moment"] = shown_moment
        # Why globals: templates link with the same addresses that place the pages (core/urls.py):
        # its functions by name, its constants as urls.OVERVIEW and the like.
        self._environment.globals.update({name: getattr(urls, name) for name in _LINKS})
        self._environment.globals.update(urls=urls, milestone_title=milestone_title)
        # Why a global: the headings and the colours' meanings are the portfolio's, not a page's.
        self._environment.globals["settings"] = settings

    @property
    def environment(self) -> jinja2.Environment:
        """The templates' environment, for the test that checks them against their contexts."""
        return self._environment

    def render(self, context: TemplateContext, base: str) -> Markup:
        """Render `context` with its template; `base` is the way from the page to the site root.

        Why `base` apart: it depends on where the HTML goes, not on the data (see
        TemplateContext).
        """
        template = self._environment.get_template(context.template)
        html = template.render(context.values(), base=base)
        # Why no blank lines: Python-Markdown ends a raw HTML block at the first blank line.
        return Markup("\n".join(line for line in html.splitlines() if line.strip()))
