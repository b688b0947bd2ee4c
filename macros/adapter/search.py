"""The site search: Pagefind indexes the built site after MkDocs has written it.

Why after the build: Pagefind reads the finished HTML, as a reader's browser would, and writes
its index in fragments into site/pagefind/, so a phone loads only what a query needs. Which page
is indexed, and with which filters and result fields, the templates say with data-pagefind-*
attributes; the language (Danish stemming) comes from <html lang="da">.

Why a folder of links: Pagefind parses every page it is given, and the pages nobody searches
(timelines, reports, the overview) are the largest; its --glob cannot leave files out. The
folder mirrors site/ with a link to each searchable page, so each result's address is the page's.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from macros.core.urls import SEARCH_INDEX


class SearchIndexFailed(Exception):
    """Pagefind could not index the site; the message carries what it said."""


def index_site(site_dir: Path, pages: Iterable[str]) -> str:
    """Index the searchable `pages` (paths under `site_dir`) with Pagefind; returns its summary.

    Raises:
        SearchIndexFailed: when Pagefind fails, with its own output.
    """
    with tempfile.TemporaryDirectory(prefix="pagefind-sider-") as folder:
        for page in pages:
            _link(site_dir / page, Path(folder) / page)
        command = [sys.executable, "-m", "pagefind", "--site", folder]
        command += ["--output-path", str(site_dir / SEARCH_INDEX)]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, check=False, timeout=600
            )
        except subprocess.TimeoutExpired:
            raise SearchIndexFailed("Pagefind blev ikke færdig på 10 minutter") from None
    if result.returncode != 0:
        raise SearchIndexFailed((result.stdout + result.stderr).strip())
    return _summary(result.stdout)


def _link(page: Path, link: Path) -> None:
    """A symbolic link at `link` to `page`; a copy where the system allows no links (Windows)."""
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        link.symlink_to(page.resolve())
    except OSError:
        shutil.copyfile(page, link)


def _summary(output: str) -> str:
    """Pagefind's counts, e.g. "Indexed 168 pages, Indexed 1900 words", out of its report."""
    counts = [line.strip() for line in output.splitlines() if line.strip().startswith("Indexed")]
    return ", ".join(counts) or output.strip()
