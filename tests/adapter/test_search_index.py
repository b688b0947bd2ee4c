"""The second process's share of a build: search entries equal to what Material's own search
plugin would make, and a failure there fails the build with the reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from macros.adapter import build_aside, plugin
from macros.output.pages import GeneratedPage, SiteViews
from macros.output.render import Renderer
from tests.conftest import build_site, portfolio_with, site_project

EXCLUDED = "search:\n  exclude: true\n"


def build_in_process(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PORTFOLIO_AS_OF", "2018-03-01")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site = project / "site"
    build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site)))
    return site


def test_entries_are_the_ones_materials_search_plugin_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    portfolio = portfolio_with(tmp_path)
    ours = build_in_process(site_project(tmp_path / "ours", portfolio), monkeypatch)

    # Material's way: its plugin indexes the searchable generated pages itself.
    made_by_us = plugin.generated_pages

    def indexed_by_material(views: SiteViews, render: Renderer) -> Iterator[GeneratedPage]:
        for page in made_by_us(views, render):
            shown = page.front_matter.replace(EXCLUDED, "") if page.searchable else None
            yield dataclasses.replace(page, front_matter=shown) if shown else page

    monkeypatch.setattr(plugin, "generated_pages", indexed_by_material)
    monkeypatch.setattr(plugin, "_search_is_on", lambda config: False)
    theirs = build_in_process(site_project(tmp_path / "theirs", portfolio), monkeypatch)

    index = Path("search") / "search_index.json"
    assert b"indsatser/sambo/" in (ours / index).read_bytes()
    assert (ours / index).read_bytes() == (theirs / index).read_bytes()


def test_a_failure_in_the_second_process_fails_the_build_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*arguments: object) -> None:
        raise OSError("disken er fuld")

    monkeypatch.setattr(build_aside, "_work", broken)
    project = site_project(tmp_path, portfolio_with(tmp_path))
    with pytest.raises(Abort):
        build_in_process(project, monkeypatch)
    assert "kunne ikke laves: OSError: disken er fuld" in caplog.text
    assert 'raise OSError("disken er fuld")' in caplog.text, "the traceback is logged"


def test_the_second_process_writes_every_side_file(tmp_path: Path) -> None:
    project = site_project(tmp_path, portfolio_with(tmp_path))
    assert build_site(project).returncode == 0
    site = project / "site"
    for side in ["eksport/indsatser.csv", "eksport/indsatser.xlsx", "kalender.ics", "status.xml"]:
        assert (site / side).stat().st_size > 0, side
