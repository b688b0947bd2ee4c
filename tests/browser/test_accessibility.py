"""WCAG 2.1 A and AA, as axe-core checks them, on one page of each kind, desktop and phone."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import pytest
from playwright.sync_api import Page, ViewportSize

from tests.browser.conftest import DESKTOP, PAGE_TYPES, PHONE, open_page

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


@cache
def _axe_source() -> str:
    # Why from the package: axe-core comes pinned inside axe-playwright-python, not from a CDN.
    return (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """The violations axe-core finds in the page as it is now."""
    # Why evaluate, not a script tag: the page's Content-Security-Policy refuses inline scripts;
    # code evaluated by the test driver is not the page's own.
    page.evaluate(_axe_source())
    results: dict[str, Any] = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    violations: list[dict[str, Any]] = results["violations"]
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    """Per rule: id, impact, help, the first few elements and why the first one failed."""
    lines = []
    for violation in violations:
        nodes = violation["nodes"]
        targets = ", ".join(" ".join(node["target"]) for node in nodes[:3])
        # Why the summary: it carries the numbers, e.g. the contrast ratio and both colours.
        summary = nodes[0]["failureSummary"].splitlines()[1:2] if nodes else []
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}; "
            f"{len(nodes)} element(s), e.g. {targets}"
        )
        lines += [f"    {line.strip()}" for line in summary]
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_has_no_wcag_violations(page: Page, path: str, viewport: ViewportSize) -> None:
    page.set_viewport_size(viewport)
    violations = axe_violations(open_page(page, path))
    if violations:
        pytest.fail(f"axe on /{path}:\n{describe(violations)}", pytrace=False)
