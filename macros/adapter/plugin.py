"""The MkDocs plugin: loads and validates the portfolio once per build.

An entry point like `cli`: it resolves the build's inputs (portfolio folder from the plugin
config, the as-of date from the environment), calls the shared `load_portfolio`, and stops the
build with the validator's own lines when the data is invalid. Other wiring (the mkdocs-macros
module, generated pages) reads `BuildInputs` from here instead of loading again.
"""

from __future__ import annotations

import os
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
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.templates import TemplateContext

from macros.adapter.search import SearchIndexFailed, index_site
from macros.core import urls
from macros.core.clock import AsOfError, as_of_date
from macros.core.issues import PortfolioInvalid
from macros.core.periods import format_date
from macros.core.site_config import PLUGIN_NAME
from macros.core.urls import procedure_href, source_of, way_to_root
from macros.data.fields import suggest
from macros.data.models import Portfolio
from macros.data.validate import load_portfolio
from macros.output.csp import POLICY
from macros.output.pages import (
    GeneratedPage,
    SiteViews,
    build_moment,
    generated_pages,
    side_files,
    site_views,
)
from macros.output.parts import notice_banner
from macros.output.render import Renderer
from macros.output.report import plain_lines, visible
from macros.output.whitespace import without_indentation
from macros.views.colophon import colophon
from macros.views.notices import NoticeState, state
from macros.views.schedule import Schedule
from macros.views.views import UPCOMING_DAYS

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
    pages: dict[str, GeneratedPage]
    """The generated pages of this build, by their path under the docs folder."""
    searchable: list[str]
    """The built pages the search indexes, as paths under the site folder."""
    dirty: bool = False
    """Whether this is a `--dirty` build, in which unchanged pages are not noted as searchable."""
    has_banner: bool = False
    """Whether any notice is not over at the build's moment, so the banner can show."""
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
        # Why: the announcement bar opens only when a notice could be shown (on_page_context).
        self.has_banner = any(
            state(notice, build_moment(views)) is not NoticeState.DONE
            for notice in portfolio.notices.values()
        )
        self.inputs = BuildInputs(portfolio, as_of.day, project, views)
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
        """Add the generated pages (out of the navigation) and the side files."""
        if self.inputs is None:
            raise PluginError("porteføljen blev ikke indlæst")
        renderer = Renderer(
            template_folder(config, self.inputs.project), self.inputs.portfolio.settings
        )
        self.pages = {page.src_uri: page for page in generated_pages(self.inputs.views, renderer)}
        self.searchable = []
        for page in self.pages.values():
            files.append(File.generated(config, page.src_uri, content=page.front_matter))
        for side in side_files(self.inputs.views):
            files.append(File.generated(config, side.path, content=side.make()))
        self.banner = self._banner(renderer) if self.has_banner else None
        return files

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A generated page's body, in place of what Markdown made of its front matter alone.

        A page with no headings in its table of contents (every generated page, whose HTML
        Markdown never sees) gets one entry, the content (main.html), so the theme's skip link
        "Gå til indholdet" stands first on it too.
        """
        if not page.toc.items:
            page.toc = skip_only()
        generated = self.pages.get(page.file.src_uri)
        return str(generated.render()) if generated is not None else html

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """Stop the build when a page's front matter names a script the site does not have."""
        problem = unknown_scripts(page.meta.get("scripts"), page.file.content_string)
        if problem is not None:
            # Why relative: the editor's own path to the file, as the validator's lines have it.
            docs = os.path.relpath(config.docs_dir, Path(config.config_file_path).parent)
            raise PluginError(f"{Path(docs, page.file.src_uri).as_posix()}:{problem}")
        return markdown

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """The outage banner for main.html's announcement bar, linking from where the page is."""
        if self.banner is not None:
            # Why the ignore: MkDocs types its context as a closed TypedDict; themes read any key.
            context["pt_banner"] = self.banner(way_to_root(page.url))  # type: ignore[typeddict-unknown-key]
        return context

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Whether builds skip unchanged pages (`--dirty`), which then pass no page hook."""
        self.dirty = dirty

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """The finished page without the theme's indentation; noted if the search indexes it."""
        search = page.meta.get("search")
        if not (isinstance(search, dict) and search.get("exclude")):
            self.searchable.append(page.file.dest_path)
        return without_indentation(output)

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """The theme's templates get the page policy and print no blank lines for block tags.

        main.html writes the policy first in <head>.
        """
        env.globals["page_policy"] = POLICY
        # Why: a tenth of every page was whitespace around Material's {% %} tags; the text a
        # reader sees is the same (tests/adapter/test_built_site.py compares it).
        env.trim_blocks = True
        env.lstrip_blocks = True
        # Why: the theme's own templates (main.html, 404.html) link with the same addresses.
        env.globals["urls"] = urls
        # Why a global: the footer of every page, the 404 page's too, names the publisher.
        if self.inputs is not None:
            views = self.inputs.views
            env.globals["pt_colophon"] = colophon(views.portfolio.settings, views.schedule)
        return env

    @event_priority(-50)  # Why last: every page and file must be in the site before indexing.
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Index the finished site for the search."""
        try:
            site = Path(config.site_dir)
            # Why every page on a dirty build: the unchanged ones were never noted; Pagefind
            # still indexes only those with a data-pagefind-body.
            pages = [str(p.relative_to(site)) for p in site.rglob("*.html")] if self.dirty else None
            log.info(f"Søgeindeks (Pagefind): {index_site(site, pages or self.searchable)}")
        except SearchIndexFailed as failed:
            raise PluginError(f"søgeindekset kunne ikke laves: {failed}") from None

    def _banner(self, renderer: Renderer) -> Callable[[str], Markup]:
        """The banner renderer for this build; only the way to the site root varies."""
        assert self.inputs is not None
        return partial(renderer.render, notice_banner(self.inputs.views))


def skip_only() -> TableOfContents:
    """A table of contents of one entry, the page's content, for the theme's skip link.

    Why level 1: the theme lists a first entry of level 1 by its children only, so the page's
    side menu stays as empty as before.
    """
    return TableOfContents([AnchorLink("Indhold", urls.SKIP_TARGET, 1)])


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


def unknown_scripts(named: object, source: str) -> str | None:
    """What is wrong with a page's `scripts` front matter, as "line:column: message"; None if fine.

    Why check: main.html loads each name from urls.SCRIPTS, and a misspelt name would otherwise
    stop the build with a template error that names no file.
    """
    if named is None:
        return None
    wrong = [name for name in named if name not in urls.SCRIPTS] if isinstance(named, list) else []
    if isinstance(named, list) and not wrong:
        return None
    known = sorted(urls.SCRIPTS)
    lines = source.splitlines()
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("scripts:")), 1)
    if not wrong:
        return f"{line}:1: scripts: skal være en liste, fx scripts: [{known[0]}]"
    close = suggest(str(wrong[0]), known)
    hint = f"mente du {close}? " if close else ""
    return (
        f"{line}:1: scripts: '{wrong[0]}' er ikke et af sitets scripts — {hint}"
        f"sitets scripts er {', '.join(known)}"
    )
