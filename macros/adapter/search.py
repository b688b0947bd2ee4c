"""The site search: Pagefind indexes the built site after MkDocs has written it.

Why after the build: Pagefind reads the finished HTML, as a reader's browser would, and writes
its index in fragments into site/pagefind/, so a phone loads only what a query needs. Which page
is indexed, and with which filters and result fields, the templates say with data-pagefind-*
attributes; the language (Danish stemming) comes from <html lang="da">.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from macros.core.urls import SEARCH_INDEX


class SearchIndexFailed(Exception):
    """Pagefind could not index the site; the message carries what it said."""


def index_site(site_dir: Path) -> str:
    """Index the built site with Pagefind; returns Pagefind's summary.

    Raises:
        SearchIndexFailed: when Pagefind fails, with its own output.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir)]
    command += ["--output-subdir", SEARCH_INDEX.rstrip("/")]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    except subprocess.TimeoutExpired:
        raise SearchIndexFailed("Pagefind blev ikke færdig på 10 minutter") from None
    if result.returncode != 0:
        raise SearchIndexFailed((result.stdout + result.stderr).strip())
    return _summary(result.stdout)


def _summary(output: str) -> str:
    """Pagefind's counts, e.g. "Indexed 168 pages, Indexed 1900 words", out of its report."""
    counts = [line.strip() for line in output.splitlines() if line.strip().startswith("Indexed")]
    return ", ".join(counts) or output.strip()
