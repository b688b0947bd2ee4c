"""The MkDocs plugin: loads and validates the portfolio once per build.

An entry point like `cli`: it resolves the build's inputs (portfolio folder from the plugin
config, the as-of date from the environment), calls the shared `load_portfolio`, and stops the
build with the validator's own lines when the data is invalid. Other wiring (the mkdocs-macros
module, generated pages) reads `BuildInputs` from here instead of loading again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from macros.aside import Aside, AsideFailed, run_aside
from macros.clock import AsOfError, as_of_date, is_pinned
from macros.csp import with_policy
from macros.issues import PortfolioInvalid
from macros.models import Portfolio
from macros.notices import BANNER_AHEAD, NoticeState, in_banner, notice_rows, state
from macros.pages import (
    NOTICES,
    SideFile,
    SiteViews,
    build_moment,
    generated_pages,
    procedure_href,
    side_files,
    site_views,
    way_to_root,
)
from macros.render import Renderer
from macros.report import plain_lines
from macros.schedule import Schedule
from macros.search_index import Entry, IndexedPage, add_to_search_index, search_entries
from macros.validate import load_portfolio
from macros.views import UPCOMING_DAYS

PLUGIN_NAME = "porteføljetavlen"
SEARCH_PLUGIN = "material/search"
BANNER_MARKER = "<!-- pt-notice-banner -->"
log = get_plugin_logger(PLUGIN_NAME)


@dataclass(frozen=True)
class BuildInputs:
    """What one build is made from."""

    portfolio: Portfolio
    """The validated portfolio."""
    as_of: date
    """The date time-dependent facts are computed for."""
    project: Path
    """The folder holding mkdocs.yml."""
    views: SiteViews
    """The views computed from the portfolio, shared by generated pages and macros."""


class PortfolioConfig(base.Config):
    """`plugins: - porteføljetavlen: {portefølje: portfolio}` in mkdocs.yml."""

    portefølje = options.Type(str, default="portfolio")
    # Why date too: MkDocs' YAML reads an unquoted 2018-03-15 as a date.
    opgørelsesdato = options.Optional(options.Type((str, date)))
    """The as-of date (YYYY-MM-DD) for a snapshot site; without it the build uses today."""
    kommende_dage = options.Type(int, default=UPCOMING_DAYS)
    """How many days ahead a date counts as upcoming."""


class PortfolioPlugin(BasePlugin[PortfolioConfig]):
    """Validates portfolio/ before anything is rendered."""

    inputs: BuildInputs | None = None
    bodies: dict[str, Markup]
    """The HTML of each generated page, by its path under the docs folder."""
    banner: Callable[[str], Markup] | None = None
    """Renders the outage banner given the way to the status page; made once per build."""
    aside: Aside[list[Entry]] | None = None
    """The side files and search entries being made in the second process."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load the portfolio; invalid data ends the build with every issue logged."""
        if not config.use_directory_urls:
            # Why: generated pages link to each other as folders (grupper/x/), see way_to_root.
            raise PluginError("Porteføljetavlen kræver use_directory_urls: true i mkdocs.yml")
        project = Path(config.config_file_path).parent
        root_name = self.config.portefølje
        try:
            configured = str(self.config.opgørelsesdato or "") or None
            as_of = as_of_date(configured=configured)
            portfolio = load_portfolio(project / root_name, root_name)
        except AsOfError as error:
            raise PluginError(str(error)) from None
        except PortfolioInvalid as invalid:
            for line in plain_lines(invalid.issues):
                log.error(line)
            raise PluginError(
                f"{len(invalid.issues)} fejl i porteføljen — se linjerne ovenfor"
            ) from None
        schedule = Schedule(as_of, self.config.kommende_dage, not is_pinned(configured=configured))
        views = site_views(portfolio, schedule, config.site_url)
        config.nav = with_procedures(config.nav, portfolio)
        # Why: main.html only opens the announcement bar when a notice could be shown.
        config.extra["pt_notice_banner"] = any(
            state(notice, build_moment(views)) is not NoticeState.DONE
            for notice in portfolio.notices.values()
        )
        self.inputs = BuildInputs(portfolio, as_of, project, views)
        self.banner = None
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add the generated pages (out of the navigation) and the side files.

        The side files and the pages' search entries are then made in the second process.
        """
        if self.inputs is None:
            raise PluginError("porteføljen blev ikke indlæst")
        renderer = Renderer(template_folder(config, self.inputs.project))
        self.bodies = {}
        indexed: list[IndexedPage] = []
        for page in generated_pages(self.inputs.views, renderer):
            file = File.generated(config, page.src_uri, content=page.front_matter)
            files.append(file)
            self.bodies[page.src_uri] = page.body
            if page.searchable and SEARCH_PLUGIN in config.plugins:
                indexed.append(IndexedPage(file.url, page.title, str(page.body)))
        site_dir = Path(config.site_dir)
        sides = tuple(side_files(self.inputs.views))
        for side in sides:
            files.append(_written_in_place(config, site_dir, side))
        self.aside = run_aside(partial(_make_aside, sides, tuple(indexed), site_dir))
        return files

    @event_priority(-50)  # Why last: Material's search plugin must have written its index.
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Wait for the second process; add the generated pages to the search index."""
        if self.aside is None:
            return
        aside, self.aside = self.aside, None
        try:
            entries = aside.result()
        except AsideFailed as failed:
            if failed.details:
                log.error(failed.details)
            raise PluginError(
                f"eksporter, feeds, kalendere og søgeindeks kunne ikke laves: {failed}"
            ) from None
        if entries:
            add_to_search_index(site_dir=Path(config.site_dir), entries=entries)

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the second process when the build fails elsewhere."""
        if self.aside is not None:
            self.aside.cancel()
            self.aside = None

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """The outage banner at its marker, then the page's Content-Security-Policy."""
        return with_policy(self._with_banner(output, page, config))

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """The 404 page gets a policy too (it has no banner: it is served at any address)."""
        if not template_name.endswith(".html"):
            return output_content
        return with_policy(output_content.replace(BANNER_MARKER, ""))

    def _with_banner(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if BANNER_MARKER not in output or self.inputs is None:
            return output
        if self.banner is None:
            self.banner = self._banner(config)
        banner = self.banner(way_to_root(page.url) + NOTICES)
        return output.replace(BANNER_MARKER, str(banner), 1)

    def _banner(self, config: MkDocsConfig) -> Callable[[str], Markup]:
        """The banner renderer for this build; only the way to the status page varies."""
        assert self.inputs is not None
        views = self.inputs.views
        renderer = Renderer(template_folder(config, self.inputs.project))
        moment = build_moment(views)
        rows = [r for r in notice_rows(views.portfolio, moment) if r.state is not NoticeState.DONE]
        shown = {row.notice.id for row in rows if in_banner(row.notice, moment)}
        hours = int(BANNER_AHEAD.total_seconds() // 3600)

        def render(status: str) -> Markup:
            return renderer.render(
                "notice-banner.html", rows=rows, shown=shown, status=status, ahead_hours=hours
            )

        return render

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A generated page's body, put in after Markdown has run over its empty text."""
        return self.bodies.get(page.file.src_uri, html)


def _written_in_place(config: MkDocsConfig, site_dir: Path, side: SideFile) -> File:
    """The side file as MkDocs sees it: already at its place in the site folder.

    Why an empty file now: MkDocs copies every file into the site, and skips one whose source
    is its destination ("Let plugins write directly into site_dir"); the second process
    writes the content there later.
    """
    target = site_dir / side.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch()
    return File.generated(config, side.path, abs_src_path=str(target))


def _make_aside(
    sides: tuple[SideFile, ...], pages: tuple[IndexedPage, ...], site_dir: Path
) -> list[Entry]:
    """The second process's work: write the side files, return the pages' search entries."""
    for side in sides:
        (site_dir / side.path).write_bytes(side.make())
    return search_entries(pages)


def template_folder(config: MkDocsConfig, project: Path) -> Path:
    """Where the portfolio's partials live: overrides/partials/portfolio/."""
    return project / str(config.theme.custom_dir) / "partials" / "portfolio"


def build_inputs(config: MkDocsConfig) -> BuildInputs:
    """The inputs loaded by this build's plugin; the plugin must come before mkdocs-macros."""
    plugin = config.plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PortfolioPlugin) or plugin.inputs is None:
        raise PluginError(
            f"Pluginet '{PLUGIN_NAME}' skal stå før 'macros' under plugins: i mkdocs.yml"
        )
    return plugin.inputs


def with_procedures(nav: list[Any] | None, portfolio: Portfolio) -> list[Any] | None:
    """The nav with each reporting procedure right after the first entry (the home page).

    Why here and not in mkdocs.yml: the pages exist only when the data has a procedure, and
    staff on duty must reach it in one tap from every page.
    """
    if nav is None:
        return None
    entries = [
        {procedure.menu or procedure.title: f"{procedure_href(procedure.id)}index.md"}
        for procedure in portfolio.procedures.values()
    ]
    return [*nav[:1], *entries, *nav[1:]]
