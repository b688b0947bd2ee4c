"""The mkdocs-macros entry point: wires load → validate → views → render into the build.

Nothing here parses or computes; it resolves the inputs of a build (portfolio folder, as-of date,
template folder), runs the shared `load_portfolio`, and registers macros that format views. Invalid
data stops the build with the same lines `portfolio validate` prints. Only macros are exposed to
pages, never the portfolio itself: page templates do not escape, macros do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from macros.clock import AsOfError, as_of_date
from macros.issues import PortfolioInvalid
from macros.render import Renderer
from macros.report import plain_lines
from macros.validate import load_portfolio
from macros.views import colour_summary

log = get_plugin_logger("porteføljetavlen")


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build."""
    project = Path(env.project_dir)
    root_name = env.conf["extra"].get("portfolio_root", "portfolio")
    try:
        as_of = as_of_date()
        portfolio = load_portfolio(project / root_name, root_name)
    except AsOfError as error:
        raise PluginError(str(error)) from None
    except PortfolioInvalid as invalid:
        for line in plain_lines(invalid.issues):
            log.error(line)
        raise PluginError(
            f"{len(invalid.issues)} fejl i porteføljen — se linjerne ovenfor"
        ) from None
    renderer = Renderer(project / env.conf["theme"].custom_dir / "partials" / "portfolio")

    def colour_counts() -> Markup:
        """Table of indsatser per colour, for the home page."""
        return renderer.colour_counts(colour_summary(portfolio, as_of))

    env.macro(colour_counts)
