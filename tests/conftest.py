"""Shared helpers: fixture portfolios copied into a temporary folder for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
PROJECT = TESTS.parent
MINIMAL = TESTS / "fixtures" / "minimal"
INVALID = TESTS / "invalid"


def portfolio_with(tmp_path: Path, *overlays: Path) -> Path:
    """A copy of the minimal valid portfolio with the files of each overlay laid on top."""
    target = tmp_path / "portfolio"
    shutil.copytree(MINIMAL, target)
    for overlay in overlays:
        shutil.copytree(
            overlay, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt")
        )
    return target


@pytest.fixture
def minimal_portfolio(tmp_path: Path) -> Path:
    """A fresh copy of tests/fixtures/minimal."""
    return portfolio_with(tmp_path)
