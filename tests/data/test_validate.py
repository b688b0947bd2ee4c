"""Validation of a whole portfolio: typed, immutable models and the rules across files."""

from __future__ import annotations

import os
import shutil
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from macros.core.issues import PortfolioInvalid
from macros.core.period_parser import parse_period
from macros.data import validate
from macros.data.fields import Colour, MilestoneStatus, Section
from macros.data.load import load_document
from macros.data.models import Initiative, Milestone
from macros.data.validate import check_portfolio, load_portfolio
from tests.conftest import MINIMAL


def test_the_minimal_portfolio_loads_into_typed_models(minimal_portfolio: Path) -> None:
    portfolio = load_portfolio(minimal_portfolio, "portfolio")
    initiative = portfolio.initiatives["sambo"]
    assert isinstance(initiative, Initiative)
    assert initiative.colour is Colour.YELLOW
    assert initiative.section is Section.PRIORITISED
    assert initiative.status_date == date(2018, 2, 20)
    assert str(initiative.steps[0].when) == "20. august 2018"
    assert initiative.steps[1].when is None
    assert initiative.history[0].colour is Colour.GREEN
    assert portfolio.source_files["indsats/sambo"] == "portfolio/indsatser/sambo.yml"
    milestone = portfolio.milestones["kol-8-1"]
    assert isinstance(milestone, Milestone)
    assert milestone.status is MilestoneStatus.STARTED
    assert milestone.deadline == parse_period("november 2018")
    assert milestone.current_deadline == parse_period("august 2019")
    assert milestone.delay_estimate == "0-3 måneder"


def test_models_and_the_portfolio_cannot_be_changed(minimal_portfolio: Path) -> None:
    portfolio = load_portfolio(minimal_portfolio, "portfolio")
    initiative = portfolio.initiatives["sambo"]
    with pytest.raises(ValidationError):
        initiative.title = "Andet"  # type: ignore[misc]
    with pytest.raises(TypeError):
        portfolio.initiatives["ny"] = initiative  # type: ignore[index]


def test_load_portfolio_raises_with_every_issue_sorted(minimal_portfolio: Path) -> None:
    (minimal_portfolio / "indsatser" / "b.yml").write_text("titel: B\n", encoding="utf-8")
    (minimal_portfolio / "indsatser" / "a.yml").write_text("farve: lilla\n", encoding="utf-8")
    with pytest.raises(PortfolioInvalid) as raised:
        load_portfolio(minimal_portfolio, "portfolio")
    files = [issue.file for issue in raised.value.issues]
    assert files == sorted(files)
    assert files[0] == "portfolio/indsatser/a.yml"
    assert len(raised.value.issues) == 11
    assert str(raised.value) == "11 fejl i porteføljen"


def test_a_file_saved_with_a_decomposed_name_gets_the_composed_id(minimal_portfolio: Path) -> None:
    # macOS may store "dræn" as "dræn" with a combining ring; the id must be the same word.
    source = (minimal_portfolio / "indsatser" / "sambo.yml").read_text(encoding="utf-8")
    (minimal_portfolio / "indsatser" / "sambo.yml").unlink()
    (minimal_portfolio / "indsatser" / "tra\u030aden.yml").write_text(source, encoding="utf-8")
    milestone = minimal_portfolio / "milepæle" / "kol-8-1.yml"
    milestone.write_text(
        milestone.read_text(encoding="utf-8").replace("[sambo]", "[tråden]"), encoding="utf-8"
    )
    portfolio = load_portfolio(minimal_portfolio, "portfolio")
    assert list(portfolio.initiatives) == ["tråden"]


def test_dotfiles_in_the_portfolio_are_ignored(minimal_portfolio: Path) -> None:
    (minimal_portfolio / "indsatser" / ".gitkeep").write_text("", encoding="utf-8")
    assert load_portfolio(minimal_portfolio, "portfolio").initiatives


LINK = (
    "dette er et link (symlink) til en anden fil eller mappe — kun almindelige filer, der "
    "ligger i portfolio/, læses; slet linket, og læg selve filen eller mappen her"
)
SECRET = "HEMMELIG-TEKST-UDEFRA"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the portfolio, laid out like it, whose text must never be read."""
    folder = tmp_path / "udenfor"
    (folder / "indsatser").mkdir(parents=True)
    source = (MINIMAL / "indsatser" / "sambo.yml").read_text(encoding="utf-8")
    (folder / "indsatser" / "hemmelig.yml").write_text(
        source.replace("Videreudvikling af SAM:BO", SECRET), encoding="utf-8"
    )
    # Broken on purpose: were it read, its message would name it.
    (folder / "indsatser" / "brudt.yml").write_text(f'titel: "{SECRET}\n', encoding="utf-8")
    return folder


def _checked_without_reading(
    portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[Path]]:
    """The issues of `portfolio`, and every path the loader was asked to read."""
    asked: list[Path] = []

    def recording(path: Path, display: str) -> Any:
        asked.append(path)
        return load_document(path, display)

    monkeypatch.setattr(validate, "load_document", recording)
    result, issues = check_portfolio(portfolio, "portfolio")
    assert result is None
    lines = [str(issue) for issue in issues]
    assert not any(SECRET in line for line in lines)
    return lines, asked


def test_a_link_to_a_file_outside_is_refused_and_not_read(
    minimal_portfolio: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (minimal_portfolio / "indsatser" / "ekstern.yml").symlink_to(
        outside / "indsatser" / "hemmelig.yml"
    )
    lines, asked = _checked_without_reading(minimal_portfolio, monkeypatch)
    assert lines == [f"portfolio/indsatser/ekstern.yml:1:1: {LINK}"]
    assert all(path.name != "ekstern.yml" for path in asked)


@pytest.mark.parametrize("where", ["indsatser/eksterne", "indsatser"])
def test_a_link_to_a_folder_outside_is_refused_and_nothing_in_it_is_read(
    minimal_portfolio: Path, outside: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    link = minimal_portfolio / where
    if link.exists():
        shutil.rmtree(link)
    link.symlink_to(outside / "indsatser", target_is_directory=True)
    lines, asked = _checked_without_reading(minimal_portfolio, monkeypatch)
    assert lines[0] == f"portfolio/{where}:1:1: {LINK}"
    assert all(outside not in path.parents and link not in path.parents for path in asked)
    if where == "indsatser":  # the milepæl's indsats is gone with the folder
        assert len(lines) == 2
        assert lines[1].startswith("portfolio/milepæle/kol-8-1.yml:15:")
    else:
        assert len(lines) == 1


def test_a_dangling_link_is_refused(minimal_portfolio: Path) -> None:
    (minimal_portfolio / "indsatser" / "brudt.yml").symlink_to(minimal_portfolio / "væk.yml")
    _, issues = check_portfolio(minimal_portfolio, "portfolio")
    assert [str(issue) for issue in issues] == [f"portfolio/indsatser/brudt.yml:1:1: {LINK}"]


def test_a_link_to_another_file_inside_the_portfolio_is_refused_too(
    minimal_portfolio: Path,
) -> None:
    """A link is refused whatever it points to: where it points can change after the check."""
    (minimal_portfolio / "indsatser" / "kopi.yml").symlink_to("sambo.yml")
    _, issues = check_portfolio(minimal_portfolio, "portfolio")
    assert [str(issue) for issue in issues] == [f"portfolio/indsatser/kopi.yml:1:1: {LINK}"]


def test_a_fifo_is_refused_without_being_opened_or_hanging(minimal_portfolio: Path) -> None:
    os.mkfifo(minimal_portfolio / "indsatser" / "rør.yml")
    found: list[list[str]] = []
    checker = threading.Thread(
        target=lambda: found.append(
            [str(issue) for issue in check_portfolio(minimal_portfolio, "portfolio")[1]]
        ),
        daemon=True,
    )
    checker.start()
    checker.join(timeout=20)
    assert not checker.is_alive(), "validating a portfolio with a FIFO hung"
    assert found == [
        [
            "portfolio/indsatser/rør.yml:1:1: dette er ikke en almindelig fil, men fx en pipe "
            "(FIFO), en socket eller en enhed — kun almindelige filer i portfolio/ læses; slet den"
        ]
    ]


def test_a_portfolio_folder_that_is_a_link_is_refused(minimal_portfolio: Path) -> None:
    linked = minimal_portfolio.parent / "linket"
    linked.symlink_to(minimal_portfolio, target_is_directory=True)
    _, issues = check_portfolio(linked, "portfolio")
    assert [str(issue) for issue in issues] == [
        "portfolio:1:1: mappen med porteføljen er et link (symlink) — kun en almindelig mappe "
        "læses; brug selve mappen i stedet for linket"
    ]


def test_hidden_links_are_skipped_as_hidden_files_are(
    minimal_portfolio: Path, outside: Path
) -> None:
    (minimal_portfolio / "indsatser" / ".skjult.yml").symlink_to(
        outside / "indsatser" / "hemmelig.yml"
    )
    (minimal_portfolio / ".skjult").symlink_to(outside, target_is_directory=True)
    assert load_portfolio(minimal_portfolio, "portfolio").initiatives.keys() == {"sambo"}


@pytest.mark.parametrize(
    "escape",
    ["\\e", "\\u001b", "\\0", "\\a", "\\b", "\\x7f", "\\x85", "\\N", "\\x9b", "\\r", "\\v", "\\f"],
)
def test_a_control_character_escaped_in_yaml_is_refused_so_the_build_cannot_crash(
    minimal_portfolio: Path, escape: str
) -> None:
    """Such a title once passed validation and then broke the XLSX export (openpyxl refuses ESC)."""
    initiative = minimal_portfolio / "indsatser" / "sambo.yml"
    text = initiative.read_text(encoding="utf-8")
    initiative.write_text(
        text.replace("titel: Videreudvikling af SAM:BO", f'titel: "Rød{escape}[31m SAM:BO"'),
        encoding="utf-8",
    )
    result, issues = check_portfolio(minimal_portfolio, "portfolio")
    assert result is None
    assert [str(issue) for issue in issues] == [
        "portfolio/indsatser/sambo.yml:1:8: filen indeholder et usynligt kontroltegn — "
        "slet tegnet, eller skriv teksten ind igen"
    ]
