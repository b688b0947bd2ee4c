"""The mkdocs-macros entry point: registers the home page's macros, which format views as HTML.

It reads the build's inputs from the portfolio plugin (which loaded and validated the data and
computed the views) and only wires views to templates. Only macros are exposed to pages, never
the portfolio itself: page templates do not escape, macros do.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from markupsafe import Markup

from macros.adapter.plugin import build_inputs, template_folder
from macros.core.urls import way_to_root
from macros.output.render import Renderer
from macros.views.views import HomeView, home_view


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build, after the portfolio plugin's on_config."""
    inputs = build_inputs(env.conf)
    renderer = Renderer(template_folder(env.conf, inputs.project))

    @cache
    def home() -> HomeView:
        views = inputs.views
        window = views.schedule.window_days
        return home_view(inputs.portfolio, views.rows, views.groups, inputs.as_of, window)

    def render(template: str, **context: object) -> Markup:
        html = renderer.render(template, base=way_to_root(env.page.url), **context)
        return inputs.inserts.marker_for(html)

    def colour_counts() -> Markup:
        """Table of all indsatser per colour."""
        return render("colour-counts.html", summary=home().summary)

    def group_counts() -> Markup:
        """Table of indsatser per group and colour; each count links to the filtered overview."""
        return render("group-counts.html", groups=home().groups, summary=home().summary, filter="")

    def needs_action() -> Markup:
        """The red indsatser with their next step."""
        empty = "Ingen indsatser er røde."
        return render("initiative-list.html", rows=home().needs_action, changes=False, empty=empty)

    def upcoming() -> Markup:
        """Dated steps and milestones due within the next days (kommende_dage, default 60)."""
        days = inputs.views.schedule.window_days
        caption = f"Skridt og milepæle de næste {days} dage, regnet fra {home().as_of}"
        empty = f"Ingen daterede skridt eller milepæle de næste {days} dage."
        return render("dated-items.html", items=home().upcoming, caption=caption, empty=empty)

    def overdue() -> Markup:
        """Milestones past their deadline, and steps due since the indsats' last status."""
        caption = f"Overskredne skridt og milepæle pr. {home().as_of}"
        empty = "Intet er overskredet."
        return render("dated-items.html", items=home().overdue, caption=caption, empty=empty)

    def latest_changes() -> Markup:
        """The indsatser with the newest status, with their colour change if any."""
        empty = "Ingen statusopdateringer endnu."
        return render("initiative-list.html", rows=home().latest_changes, changes=True, empty=empty)

    for macro in (colour_counts, group_counts, needs_action, upcoming, overdue, latest_changes):
        env.macro(macro)
