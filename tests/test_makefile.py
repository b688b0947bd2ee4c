"""The Makefile on a new user's machine: a Python too old gets one Danish line, and a .venv made
by another Python or from other pins is made anew instead of being reused."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT

OLD_PYTHON = """#!/bin/sh
# Answers the Makefile's two questions as Python 3.10.4 would.
case "$2" in
  *">="*) echo 0 ;;
  *) echo 3.10.4 ;;
esac
"""


def make(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def project_copy(tmp_path: Path) -> Path:
    for name in ("Makefile", "constraints.txt", "pyproject.toml"):
        shutil.copy(PROJECT / name, tmp_path / name)
    return tmp_path


def test_a_python_older_than_3_11_gets_one_danish_line(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    old = folder / "python3.10"
    old.write_text(OLD_PYTHON, encoding="utf-8")
    old.chmod(0o755)
    result = make(folder, "site", f"PYTHON={old}")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Porteføljetavlen kræver Python 3.11 eller nyere" in lines[0]
    assert "er 3.10.4 — installér Python 3.12" in lines[0]
    assert not (folder / ".venv").exists()
    assert make(folder, "clean", f"PYTHON={old}").returncode == 0


def test_a_venv_from_another_python_or_other_pins_is_made_anew(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    (folder / ".venv").mkdir()
    (folder / ".venv" / ".made-from").write_text("3.11.2 /usr/bin/python3 1 2\n")
    dry_run = make(folder, "-n", "site", f"PYTHON={sys.executable}")
    assert "den laves forfra" in dry_run.stdout
    assert (folder / ".venv").exists(), "a dry run removes nothing"
    make(folder, "-q", "site", f"PYTHON={sys.executable}")  # -q runs no recipe
    assert not (folder / ".venv").exists()


def test_a_venv_made_by_this_python_from_these_pins_is_kept(tmp_path: Path) -> None:
    folder = project_copy(tmp_path)
    plan = make(folder, "-n", "site", f"PYTHON={sys.executable}").stdout
    stamp = next(line for line in plan.splitlines() if ".made-from" in line)
    made_from = stamp.split("'")[1]
    (folder / ".venv").mkdir()
    (folder / ".venv" / ".made-from").write_text(made_from + "\n")
    make(folder, "-q", "site", f"PYTHON={sys.executable}")
    assert (folder / ".venv" / ".made-from").exists()
