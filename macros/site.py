"""The mkdocs-macros entry point: registers macros that format views as HTML.

It reads the build's inputs from the portfolio plugin (which loaded and validated the data) and
only wires views to templates. Only macros are exposed to pages, never the portfolio itself:
page templates do not escape, macros do.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from macros.plugin import build_inputs, template_folder
from macros.render import Renderer
from macros.views import colour_summary


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build, after the portfolio plugin's on_config."""
    inputs = build_inputs(env.conf)
    renderer = Renderer(template_folder(env.conf, inputs.project))

    def colour_counts() -> Markup:
        """Table of indsatser per colour, for the home page."""
        return renderer.colour_counts(colour_summary(inputs.portfolio, inputs.as_of))

    env.macro(colour_counts)
