"""The mkdocs-macros entry point: registers the home page's macros, which format views as HTML.

It reads the build's inputs from the portfolio plugin (which loaded and validated the data and
computed the views) and only renders the home page's parts (macros/output/parts.py). Only macros
are exposed to pages, never the portfolio itself: page templates do not escape, macros do.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from markupsafe import Markup

from macros.adapter.plugin import build_inputs, template_folder
from macros.core.urls import way_to_root
from macros.output.contexts import TemplateContext
from macros.output.parts import HomeParts, home_parts
from macros.output.render import Renderer


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build, after the portfolio plugin's on_config."""
    inputs = build_inputs(env.conf)
    renderer = Renderer(template_folder(env.conf, inputs.project), inputs.portfolio.settings)

    @cache
    def home() -> HomeParts:
        return home_parts(inputs.views)

    def render(context: TemplateContext) -> Markup:
        # Why no blank line in it: Markdown takes the HTML as one raw block and leaves it alone.
        return renderer.render(context, way_to_root(env.page.url))

    def colour_counts() -> Markup:
        """Table of all indsatser per colour."""
        return render(home().colour_counts)

    def group_counts() -> Markup:
        """Table of indsatser per group and colour; each count links to the filtered overview."""
        return render(home().group_counts)

    def needs_action() -> Markup:
        """The red indsatser with their next step."""
        return render(home().needs_action)

    def upcoming() -> Markup:
        """Dated steps and milestones due within the next days (kommende_dage, default 60)."""
        return render(home().upcoming)

    def upcoming_days() -> int:
        """How many days ahead upcoming() looks (kommende_dage), for the heading above it."""
        return inputs.views.schedule.window_days

    def overdue() -> Markup:
        """Milestones past their deadline, and steps due since the indsats' last status."""
        return render(home().overdue)

    def latest_changes() -> Markup:
        """The indsatser with the newest status, with their colour change if any."""
        return render(home().latest_changes)

    for macro in (
        colour_counts,
        group_counts,
        needs_action,
        upcoming,
        upcoming_days,
        overdue,
        latest_changes,
    ):
        env.macro(macro)
