"""Nothing the built site loads comes from another origin: no CDN, no Google Fonts.

A static walk over every built file; the guarded `page` fixture checks the same at run time for
whatever a test opens. Links a reader follows (`<a href>`) are not loads and may go anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Page

from tests.browser.conftest import OVERVIEW, open_page

CHECKED_SUFFIXES = {".html", ".css", ".js", ".xml", ".json"}
FORBIDDEN_HOSTS = ["fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg"]
# Attributes whose URL the browser fetches by itself, whatever the element.
LOADING_ATTRIBUTES = {"src", "poster", "background", "xlink:href"}
SRCSET_ATTRIBUTES = {"srcset", "imagesrcset"}
# <link rel> values that only name another document; everything else (stylesheet, icon,
# preload, preconnect, manifest …) makes the browser connect.
NAVIGATION_RELS = {"canonical", "alternate", "next", "prev", "author", "license", "help", "me"}
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
XML_STYLESHEET = re.compile(r"""<\?xml-stylesheet[^>]*href=["']([^"']*)""", re.IGNORECASE)


def is_other_origin(reference: str) -> bool:
    """Absolute or protocol-relative URLs leave the site; data: and relative ones do not."""
    parts = urlsplit(reference.strip())
    return bool(parts.netloc) or parts.scheme in {"http", "https", "ftp", "ws", "wss"}


def css_references(css: str) -> Iterator[str]:
    """Every url(…) and @import target in a piece of CSS."""
    for pattern in (CSS_URL, CSS_IMPORT):
        for match in pattern.finditer(css):
            yield next(group for group in match.groups() if group is not None)


class _LoadedReferences(HTMLParser):
    """Collects the URLs an HTML page makes the browser load, with their line numbers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self._in_style = False

    def _add(self, references: Iterator[str] | list[str]) -> None:
        line = self.getpos()[0]
        self.found += [(line, reference) for reference in references]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._in_style = tag == "style"
        self._add([values[name] for name in LOADING_ATTRIBUTES & values.keys()])
        for name in SRCSET_ATTRIBUTES & values.keys():
            self._add([part.split()[0] for part in values[name].split(",") if part.strip()])
        if "style" in values:
            self._add(css_references(values["style"]))
        if tag == "object" and "data" in values:
            self._add([values["data"]])
        if tag in {"use", "image", "base"} and "href" in values:
            self._add([values["href"]])
        if tag == "link" and not set(values.get("rel", "").lower().split()) <= NAVIGATION_RELS:
            self._add([values.get("href", "")])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._add(css_references(data))


def _json_sources(value: Any) -> Iterator[str]:
    """The "src" of every object, as in a web manifest's icons."""
    if isinstance(value, dict):
        if isinstance(value.get("src"), str):
            yield value["src"]
        for child in value.values():
            yield from _json_sources(child)
    elif isinstance(value, list):
        for child in value:
            yield from _json_sources(child)


def loaded_references(path: Path) -> list[tuple[int, str]]:
    """(line, URL) of each resource a built file makes the browser load; 0 when unknown."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = _LoadedReferences()
        parser.feed(text)
        parser.close()
        return parser.found
    if path.suffix == ".css":
        return [(0, reference) for reference in css_references(text)]
    if path.suffix == ".xml":
        return [(0, reference) for reference in XML_STYLESHEET.findall(text)]
    if path.suffix == ".json":
        return [(0, reference) for reference in _json_sources(json.loads(text))]
    # JavaScript: what it fetches shows only when it runs; the guarded page catches that.
    return []


def built_files(site: Path) -> list[Path]:
    files = sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in CHECKED_SUFFIXES)
    assert any(p.suffix == ".html" for p in files), f"no HTML built in {site}"
    return files


def test_no_built_file_loads_anything_from_another_origin(built_site: Path) -> None:
    offending = [
        f"{path.relative_to(built_site)}:{line}: {reference}"
        for path in built_files(built_site)
        for line, reference in loaded_references(path)
        if is_other_origin(reference)
    ]
    assert not offending, "Resources loaded from another origin:\n" + "\n".join(offending)


def test_no_html_or_css_names_a_font_or_script_cdn(built_site: Path) -> None:
    offending = [
        f"{path.relative_to(built_site)}: {host}"
        for path in built_files(built_site)
        if path.suffix in {".html", ".css"}
        for host in FORBIDDEN_HOSTS
        if host in path.read_text(encoding="utf-8")
    ]
    assert not offending, "CDN hosts named in the built site:\n" + "\n".join(offending)


def test_the_checker_sees_loads_but_not_links() -> None:
    # Why: a checker that finds nothing would pass every site.
    html = (
        '<a href="https://example.org/">link</a><link rel="canonical" href="https://x.dk/">'
        '<img srcset="a.png 1x, //cdn.example/b.png 2x"><link rel="preconnect" href="https://f.io">'
        "<div style=\"background: url('https://bg.example/x.png')\"></div>"
        '<style>@import "https://css.example/a.css";</style><iframe src="https://frame.example/">'
    )
    parser = _LoadedReferences()
    parser.feed(html)
    found = [reference for _, reference in parser.found if is_other_origin(reference)]
    assert found == [
        "//cdn.example/b.png",
        "https://f.io",
        "https://bg.example/x.png",
        "https://css.example/a.css",
        "https://frame.example/",
    ]


def test_search_stays_on_the_site(page: Page) -> None:
    # Why search: it loads its index, WebAssembly and fragments once a reader types; the fixture
    # fails on any request to another origin.
    open_page(page, OVERVIEW)
    page.locator("#pt-search-box").focus()
    page.keyboard.type("kol")
    page.keyboard.press("Enter")
    page.locator(".pt-search-result").first.wait_for()
