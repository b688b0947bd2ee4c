"""The generated pages in the site search, by Material's own parser, added to its index.

Why not leave them to the search plugin: parsing a thousand generated pages is a fifth of a
build, and this way it happens in the second process (adapter/aside.py). The entries are the ones
the plugin would make: its parser over the same HTML, given the page fields it reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from material.plugins.search.plugin import SearchIndex

SEARCH_INDEX = Path("search") / "search_index.json"
"""Where Material's search plugin writes the index, under the site folder."""

Entry = dict[str, Any]


@dataclass(frozen=True)
class IndexedPage:
    """The fields of a generated page that Material's search parser reads."""

    url: str
    """As MkDocs gives it (File.url): percent-encoded, e.g. "milep%C3%A6le/m-1/"."""
    title: str
    """As MkDocs shows it, from the front matter."""
    content: str
    """The page's HTML."""
    toc: tuple[()] = field(default=())
    """Empty: a generated page's text is HTML, so Markdown made no table of contents."""

    @property
    def meta(self) -> dict[str, str]:
        """The front matter fields the parser reads; without `search: exclude`, see _page."""
        return {"title": self.title}


def search_entries(pages: Iterable[IndexedPage]) -> list[Entry]:
    """The search entries of `pages`, section by section, in page order."""
    index = SearchIndex()
    for page in pages:
        index.add_entry_from_context(page)
    entries: list[Entry] = index.entries
    return entries


def add_to_search_index(site_dir: Path, entries: list[Entry]) -> None:
    """Append `entries` to the index in `site_dir`, written the way the search plugin writes it."""
    path = site_dir / SEARCH_INDEX
    index = json.loads(path.read_bytes())
    index["docs"].extend(entries)
    path.write_bytes(json.dumps(index, separators=(",", ":"), default=str).encode("utf-8"))
