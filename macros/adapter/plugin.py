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

from jinja2 import Environment
from markupsafe import Markup, escape
from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from macros.adapter.aside import AsideFailed
from macros.adapter.build_aside import AsideResult, BuildAside
from macros.adapter.search import SearchIndexFailed, index_site
from macros.core import urls
from macros.core.clock import AsOfError, as_of_date
from macros.core.issues import PortfolioInvalid
from macros.core.periods import format_date
from macros.core.site_config import PLUGIN_NAME
from macros.core.urls import procedure_href, source_of, way_to_root
from macros.data.models import Portfolio
from macros.data.validate import load_portfolio
from macros.output.csp import POLICY
from macros.output.pages import (
    SideFile,
    SiteViews,
    build_moment,
    generated_pages,
    side_files,
    site_views,
)
from macros.output.parts import notice_banner
from macros.output.render import Renderer
from macros.output.report import plain_lines, visible
from macros.views.notices import NoticeState, state
from macros.views.schedule import Schedule
from macros.views.views import UPCOMING_DAYS

BANNER_MARKER = "<!-- pt-notice-banner -->"
# Why "<h1>" in it: Material adds a heading to a page whose content has none; the body has one.
BODY_MARKER = "<!-- pt-page-body: the page's <h1> comes with it -->"
"""Where a page body made in the second process goes into the page MkDocs rendered around it."""
log = get_plugin_logger(PLUGIN_NAME)


class PageInserts:
    """HTML the home page's macros hand over, put into the page after MkDocs rendered it.

    Why: the lists on the home page grow with the portfolio, and neither Python-Markdown (which
    would re-read them as raw HTML) nor the search (where they would repeat the indsats pages)
    needs them. Markdown keeps the marker, an HTML comment, as it is.
    """

    def __init__(self) -> None:
        self._html: dict[str, str] = {}

    def marker_for(self, html: Markup) -> Markup:
        """A marker to put in the Markdown in place of `html`."""
        marker = f"<!-- pt-insert-{len(self._html) + 1} -->"
        self._html[marker] = str(html)
        return Markup(marker)

    def filled(self, output: str) -> str:
        """The page with the HTML at its markers."""
        if "<!-- pt-insert-" not in output:
            return output
        for marker, html in self._html.items():
            output = output.replace(marker, html, 1)
        return output


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
    inserts: PageInserts
    """The macros' HTML, put in after MkDocs rendered the page."""


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
    """The HTML of each searchable generated page, by its path under the docs folder."""
    aside: BuildAside | None = None
    """The second process, making the other pages' HTML, search entries and side files."""
    banner: Callable[[str], Markup] | None = None
    """Renders the outage banner given the way to the site root; made once per build."""

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
            portfolio = load_portfolio(project / root_name, root_name, as_of=as_of)
        except AsOfError as error:
            raise PluginError(visible(str(error))) from None
        except PortfolioInvalid as invalid:
            for line in plain_lines(invalid.issues):
                log.error(line)
            raise PluginError(
                f"{len(invalid.issues)} fejl i porteføljen — se linjerne ovenfor"
            ) from None
        log.info(f"Sitet opgøres pr. {format_date(as_of.day)} ({as_of.source.description})")
        # Why: every page of a snapshot says so (partials/snapshot-notice.html).
        config.extra["pt_snapshot"] = format_date(as_of.day) if as_of.source.pinned else ""
        schedule = Schedule(as_of.day, self.config.kommende_dage, not as_of.source.pinned)
        views = site_views(portfolio, schedule, config.site_url)
        config.nav = with_procedures(config.nav, portfolio)
        # Why: main.html only opens the announcement bar when a notice could be shown.
        config.extra["pt_notice_banner"] = any(
            state(notice, build_moment(views)) is not NoticeState.DONE
            for notice in portfolio.notices.values()
        )
        self.inputs = BuildInputs(portfolio, as_of.day, project, views, PageInserts())
        self.banner = None
        return config

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer:
        """`mkdocs serve` rebuilds when a YAML file in the portfolio changes, too."""
        if self.inputs is not None:
            server.watch(str(self.inputs.project / self.config.portefølje))
        return server

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add the generated pages (out of the navigation) and the side files.

        Then start the second process (macros/adapter/build_aside.py) on the work no page waits for.
        """
        if self.inputs is None:
            raise PluginError("porteføljen blev ikke indlæst")
        renderer = Renderer(template_folder(config, self.inputs.project))
        # Why searchable first: MkDocs builds pages in this order, and the others' HTML comes
        # from the second process, which has then had the most time.
        pages = sorted(generated_pages(self.inputs.views, renderer), key=lambda p: not p.searchable)
        self.bodies = {}
        for page in pages:
            files.append(File.generated(config, page.src_uri, content=page.front_matter))
            if page.searchable:
                self.bodies[page.src_uri] = page.render()
        site_dir = Path(config.site_dir)
        sides = tuple(side_files(self.inputs.views))
        for side in sides:
            files.append(_written_in_place(config, site_dir, side))
        late = (page for page in pages if not page.searchable)
        self.aside = BuildAside(late, sides, site_dir)
        where = "en anden proces" if self.aside.is_forked else "byggets egen proces"
        log.info(f"Sider uden søgning, eksporter og kalendere laves i {where}")
        return files

    @event_priority(-50)  # Why last: every page and file must be in the site before indexing.
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Wait for the second process, then index the finished site for the search."""
        if self.aside is None:
            return
        self._aside_result()
        self.aside = None
        try:
            log.info(f"Søgeindeks (Pagefind): {index_site(Path(config.site_dir))}")
        except SearchIndexFailed as failed:
            raise PluginError(f"søgeindekset kunne ikke laves: {failed}") from None

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the second process when the build fails elsewhere."""
        if self.aside is not None:
            self.aside.cancel()
            self.aside = None

    def _aside_result(self) -> AsideResult:
        """The second process's result; its failure ends the build, with the traceback logged."""
        assert self.aside is not None
        try:
            return self.aside.result()
        except AsideFailed as failed:
            if failed.details:
                log.error(failed.details)
            raise PluginError(
                f"sider, søgeindeks og eksporter kunne ikke laves: {failed}"
            ) from None

    def _is_late(self, page: Page) -> bool:
        """Whether the page's HTML comes from the second process."""
        return self.aside is not None and page.file.src_uri in self.aside.late_src_uris

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """A body from the second process and the banner at their markers, then the policy."""
        if self._is_late(page):
            if BODY_MARKER not in output:
                raise PluginError(f"{page.file.src_uri}: temaet viste ikke sidens indhold")
            body = self._aside_result().bodies[page.file.src_uri]
            output = output.replace(BODY_MARKER, body, 1)
        if self.inputs is not None:
            output = self.inputs.inserts.filled(output)
        return self._with_banner(output, page, config)

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """The theme's templates get the page policy (main.html writes it first in <head>)."""
        env.globals["page_policy"] = POLICY
        # Why: the theme's own templates (main.html, 404.html) link with the same addresses.
        env.globals["urls"] = urls
        return env

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """The 404 page has no banner: it is served at any address."""
        return output_content.replace(BANNER_MARKER, "")

    def _with_banner(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if BANNER_MARKER not in output or self.inputs is None:
            return output
        if self.banner is None:
            self.banner = self._banner(config)
        banner = self.banner(way_to_root(page.url))
        return output.replace(BANNER_MARKER, str(banner), 1)

    def _banner(self, config: MkDocsConfig) -> Callable[[str], Markup]:
        """The banner renderer for this build; only the way to the site root varies."""
        assert self.inputs is not None
        renderer = Renderer(template_folder(config, self.inputs.project))
        return partial(renderer.render, notice_banner(self.inputs.views))

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A generated page's body (or its marker), put in after Markdown ran over its text."""
        if self._is_late(page):
            return BODY_MARKER
        return self.bodies.get(page.file.src_uri, html)


def _written_in_place(config: MkDocsConfig, site_dir: Path, side: SideFile) -> File:
    """The side file as MkDocs sees it: already at its place in the site folder.

    Why an empty file now: MkDocs copies every file into the site, and skips one whose source
    is its destination ("Let plugins write directly into site_dir"); the second process
    writes the content there later, at the latest when this plugin's on_post_build ends. A
    plugin that reads the site folder after the build must run after that (priority < -50).
    """
    target = site_dir / side.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch()
    return File.generated(config, side.path, abs_src_path=str(target))


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
    # Why escape: the theme prints nav titles (and the page's title, which the nav sets) unescaped.
    entries = [
        {str(escape(procedure.menu or procedure.title)): source_of(procedure_href(procedure.id))}
        for procedure in portfolio.procedures.values()
    ]
    return [*nav[:1], *entries, *nav[1:]]
