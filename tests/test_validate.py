"""Validation of a whole portfolio: typed, immutable models and the rules across files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from macros.issues import PortfolioInvalid
from macros.models import Initiative, Milestone
from macros.periods import parse_period
from macros.validate import load_portfolio
from macros.vocabulary import Colour, MilestoneStatus, Section


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
