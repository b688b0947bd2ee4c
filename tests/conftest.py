"""Shared helpers: fixture portfolios copied into a temporary folder for each test."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
PROJECT = TESTS.parent
MINIMAL = TESTS / "fixtures" / "minimal"
INVALID = TESTS / "invalid"
EXAMPLE_AS_OF = "2023-05-15"
"""The example portfolio's snapshot date (opgørelsesdato in mkdocs.yml): its newest statuses are
from 10 May 2023, and a status after the as-of date is refused."""


def portfolio_with(tmp_path: Path, *overlays: Path) -> Path:
    """A copy of the minimal valid portfolio with the files of each overlay laid on top."""
    target = tmp_path / "portfolio"
    shutil.copytree(MINIMAL, target)
    for overlay in overlays:
        shutil.copytree(
            overlay, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt")
        )
    return target


def portfolio_with_title(tmp_path: Path, title: str) -> Path:
    """The minimal portfolio with its one indsats (sambo) renamed to `title`."""
    portfolio = portfolio_with(tmp_path)
    initiative = portfolio / "indsatser" / "sambo.yml"
    text = initiative.read_text(encoding="utf-8")
    # Why JSON: a JSON string is a YAML string that keeps every character of the title.
    quoted = json.dumps(title, ensure_ascii=False)
    initiative.write_text(
        text.replace("titel: Videreudvikling af SAM:BO", f"titel: {quoted}"), encoding="utf-8"
    )
    return portfolio


@pytest.fixture
def minimal_portfolio(tmp_path: Path) -> Path:
    """A fresh copy of tests/fixtures/minimal."""
    return portfolio_with(tmp_path)


def site_project(tmp_path: Path, portfolio: Path) -> Path:
    """A copy of the site's configuration and pages with the given portfolio."""
    project = tmp_path / "projekt"
    project.mkdir(parents=True)
    shutil.copy(PROJECT / "mkdocs.yml", project)
    shutil.copytree(PROJECT / "content", project / "content")
    shutil.copytree(PROJECT / "overrides", project / "overrides")
    shutil.copytree(portfolio, project / "portfolio")
    return project


def build_site(
    project: Path,
    as_of: str | None = "2018-03-01",
    source_date_epoch: str | None = None,
    *,
    generator: str = "mkdocs",
) -> subprocess.CompletedProcess[str]:
    """Build the project's site; `as_of=None` builds a live site (no fixed as-of date).

    `generator` "properdocs" builds with ProperDocs, the maintained continuation of MkDocs 1.x.
    """
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    environment.pop("SOURCE_DATE_EPOCH", None)
    if source_date_epoch is not None:
        environment["SOURCE_DATE_EPOCH"] = source_date_epoch
    if as_of is None:
        environment.pop("PORTFOLIO_AS_OF", None)
        config = project / "mkdocs.yml"
        config.write_text(
            re.sub(r"\n *opgørelsesdato:.*", "", config.read_text(encoding="utf-8")),
            encoding="utf-8",
        )
    else:
        environment["PORTFOLIO_AS_OF"] = as_of
    return subprocess.run(
        [
            sys.executable,
            "-m",
            generator,
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(project / "site"),
        ],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example portfolio's site, built once per test run as of its own snapshot date.

    Why one build: the whole-build, page and browser tests only read it.
    """
    project = site_project(tmp_path_factory.mktemp("eksempel"), PROJECT / "portfolio")
    result = build_site(project, as_of=EXAMPLE_AS_OF)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return project / "site"
