"""The embedded example portfolio: valid, complete enough to be real, honest about its colours."""

from __future__ import annotations

from collections import Counter

import pytest

from macros.data.fields import Colour
from macros.data.kinds import KINDS
from macros.data.models import Portfolio
from macros.data.validate import load_portfolio
from tests.conftest import PROJECT

EXAMPLE = PROJECT / "portfolio"
FOLLOW_UP_GROUPS = (
    "behandling-og-pleje",
    "velfærdsteknologi-og-telemedicin",
    "genoptræning-og-rehabilitering",
    "opgaveoverdragelse",
    "forebyggelse",
    "økonomi-kvalitet-og-effekt",
)


@pytest.fixture(scope="module")
def example() -> Portfolio:
    return load_portfolio(EXAMPLE, "portfolio")


def test_the_six_follow_up_groups_hold_the_seed_tables(example: Portfolio) -> None:
    per_group = Counter(initiative.group for initiative in example.initiatives.values())
    assert all(per_group[group] >= 1 for group in FOLLOW_UP_GROUPS), per_group
    assert sum(per_group[group] for group in FOLLOW_UP_GROUPS) >= 60


def test_the_national_kol_milestones_are_there(example: Portfolio) -> None:
    kol = [m for m in example.milestones.values() if m.programme == "telekol-syd"]
    assert len(kol) >= 30
    assert {m.theme for m in kol if m.number} >= {"Uddannelse og kompetenceudvikling"}
    assert any(m.revisions for m in kol), "the seed's revised deadline must be kept"


def test_telehjerte_and_the_kol_roll_out_have_their_steps(example: Portfolio) -> None:
    for programme in ("telehjerte-syd", "telekol-syd"):
        steps = [
            s for i in example.initiatives.values() if i.programme == programme for s in i.steps
        ]
        assert steps, programme


def test_every_colour_is_used(example: Portfolio) -> None:
    colours = {initiative.colour for initiative in example.initiatives.values()}
    assert colours == set(Colour)


def test_every_indsats_file_says_its_colour_is_a_guess() -> None:
    for path in sorted((EXAMPLE / "indsatser").rglob("*.yml")):
        assert "# Farven er et skøn" in path.read_text(encoding="utf-8"), path


def test_every_file_points_the_editor_at_its_schema() -> None:
    for kind in KINDS:
        paths = [EXAMPLE / kind.place] if kind.single else (EXAMPLE / kind.folder).rglob("*.yml")
        for path in sorted(paths):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            prefix = "# yaml-language-server: $schema="
            assert first.startswith(prefix), path
            schema = (path.parent / first.removeprefix(prefix)).resolve()
            assert schema == (PROJECT / "content" / "schema" / kind.schema_file).resolve(), path
