"""The corpus of broken inputs: each case names one rule and the exact Danish lines it produces.

A case is a folder under tests/invalid/ whose files are laid over the minimal valid portfolio;
expected.txt holds the exact output of the validator, one issue per line.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from macros.core.clock import AsOf, AsOfSource
from macros.data.load import MAX_FILE_BYTES
from macros.data.validate import check_portfolio
from tests.conftest import INVALID, MINIMAL, portfolio_with

CASES = sorted(path for path in INVALID.iterdir() if path.is_dir())
# Every case is judged as if mkdocs.yml pinned this date, as the example site does.
AS_OF = AsOf(date(2018, 3, 15), AsOfSource.CONFIGURED)


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name)
def test_broken_input_gives_the_exact_danish_lines(case: Path, tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path, case)
    portfolio, issues = check_portfolio(portfolio, "portfolio", as_of=AS_OF)
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert expected, "a case must expect at least one issue"
    assert [str(issue) for issue in issues] == expected
    assert portfolio is None


def test_the_corpus_covers_at_least_thirty_rules() -> None:
    assert len(CASES) >= 30


def test_an_oversized_file_is_rejected_before_it_is_read(tmp_path: Path) -> None:
    portfolio = portfolio_with(tmp_path)
    big = portfolio / "indsatser" / "stor.yml"
    big.write_text("titel: x\n#" + "x" * (MAX_FILE_BYTES - 9), encoding="utf-8")
    assert big.stat().st_size == MAX_FILE_BYTES + 1
    _, issues = check_portfolio(portfolio, "portfolio")
    assert [str(issue) for issue in issues] == [
        "portfolio/indsatser/stor.yml:1:1: filen fylder 256 KB — en fil må højst fylde 256 KB; "
        "del indholdet op, eller kort teksten ned"
    ]


def test_a_missing_portfolio_folder_is_an_issue_not_a_crash(tmp_path: Path) -> None:
    _, issues = check_portfolio(tmp_path / "findes-ikke", "portfolio")
    assert [str(issue) for issue in issues] == ["portfolio:1:1: mappen med porteføljen findes ikke"]


_NOISE = ["", ":", "- ", "  ", "\t", "'", '"', "&a ", "*a", "!!str ", "{", "[", "? ", "|", "#", "æ"]


def test_no_mutation_of_a_valid_file_produces_a_traceback(tmp_path: Path) -> None:
    """Every file in the minimal portfolio, cut and spliced 400 times, yields issues or passes."""
    chooser = random.Random(2018)
    sources = sorted(MINIMAL.rglob("*.yml"))
    for attempt in range(400):
        source = chooser.choice(sources)
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        index = chooser.randrange(len(lines))
        position = chooser.randrange(len(lines[index]) + 1)
        lines[index] = lines[index][:position] + chooser.choice(_NOISE) + lines[index][position:]
        if chooser.random() < 0.3:
            del lines[chooser.randrange(len(lines))]
        portfolio = portfolio_with(tmp_path / str(attempt))
        (portfolio / source.relative_to(MINIMAL)).write_text("".join(lines), encoding="utf-8")
        check_portfolio(portfolio, "portfolio")
