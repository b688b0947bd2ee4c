"""A status colour is never shown by colour alone: every `.pt-status` carries its name as text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import OVERVIEW, open_page

# Elements without an end tag: they never hold text and must not be pushed on the stack.
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID_TAGS |= {"track", "wbr"}


class _StatusLabels(HTMLParser):
    """The text of each `.pt-status` element, leaving out aria-hidden and hidden parts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.labels: list[tuple[int, str]] = []  # (line, text)
        self._open: list[tuple[str, int | None, bool]] = []  # (tag, label index, hidden)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            return
        values = dict(attrs)
        hidden = bool(self._open and self._open[-1][2])
        hidden |= values.get("aria-hidden") == "true" or "hidden" in values
        label = None
        if "pt-status" in (values.get("class") or "").split():
            label = len(self.labels)
            self.labels.append((self.getpos()[0], ""))
        self._open.append((tag, label, hidden))

    def handle_endtag(self, tag: str) -> None:
        # Why search down the stack: a missing end tag must not shift every later element.
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth][0] == tag:
                del self._open[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1][2]:
            return
        for _, label, _ in self._open:
            if label is not None:
                line, text = self.labels[label]
                self.labels[label] = (line, text + data)


def status_labels(html: str) -> list[tuple[int, str]]:
    parser = _StatusLabels()
    parser.feed(html)
    parser.close()
    return parser.labels


def test_every_built_status_has_text(built_site: Path) -> None:
    labels = {
        path.relative_to(built_site): status_labels(path.read_text(encoding="utf-8"))
        for path in sorted(built_site.rglob("*.html"))
    }
    assert any(labels.values()), "no .pt-status element anywhere in the built site"
    empty = [
        f"{path}:{line}: .pt-status without visible text"
        for path, found in labels.items()
        for line, text in found
        if not text.strip()
    ]
    assert not empty, "\n".join(empty)


def test_the_parser_leaves_out_hidden_parts() -> None:
    html = (
        '<span class="pt-status"><span aria-hidden="true">●</span>Rød</span>'
        '<span class="pt-status pt-status--red"><span aria-hidden="true">●<br>x</span></span>'
    )
    assert status_labels(html) == [(1, "Rød"), (1, "")]


@pytest.mark.parametrize("fixture", ["page", "page_without_js"])
def test_overview_statuses_are_visible_text(request: pytest.FixtureRequest, fixture: str) -> None:
    page: Page = request.getfixturevalue(fixture)
    statuses = open_page(page, OVERVIEW).locator(".pt-status").all()
    assert statuses, f"no .pt-status on /{OVERVIEW}"
    unreadable = [
        f"#{number}: {status.evaluate('element => element.outerHTML')}"
        for number, status in enumerate(statuses)
        if not (status.is_visible() and status.inner_text().strip())
    ]
    assert not unreadable, "statuses without visible text:\n" + "\n".join(unreadable)
