"""The `portfolio` command as an editor and CI use it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.cli.main import main
from macros.core.site_config import configured_as_of
from macros.data.models import Settings
from macros.data.validate import load_portfolio
from tests.conftest import INVALID, PROJECT, portfolio_with


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with the minimal portfolio and the committed schemas; the cwd."""
    portfolio_with(tmp_path)
    shutil.copytree(PROJECT / "content" / "schema", tmp_path / "content" / "schema")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("PORTFOLIO_AS_OF", "2018-03-01")
    return tmp_path


def test_validate_says_the_portfolio_is_valid(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out == (
        "Porteføljen er gyldig: 1 program, 1 gruppe, 0 organisationer, 1 indsats, 1 milepæl, "
        "0 beslutninger, 0 procedurer og 0 driftsmeddelelser.\n"
    )


def test_validate_prints_every_issue_and_fails(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(INVALID / "flere-fejl-på-én-gang", project / "portfolio", dirs_exist_ok=True)
    (project / "portfolio" / "expected.txt").unlink()
    assert main(["validate"]) == 1
    expected = (INVALID / "flere-fejl-på-én-gang" / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().err == expected + "6 fejl i porteføljen.\n"


def test_validate_of_named_files_shows_only_their_issues(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(INVALID / "flere-fejl-på-én-gang", project / "portfolio", dirs_exist_ok=True)
    (project / "portfolio" / "expected.txt").unlink()
    assert main(["validate", "./portfolio/milepæle/kol-8-2.yml"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["portfolio/milepæle/kol-8-2.yml"] * 2
    assert main(["validate", "portfolio/indsatser/sambo.yml"]) == 0


def test_validate_refuses_a_file_outside_the_portfolio(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "andet.yml").write_text("titel: x\n", encoding="utf-8")
    assert main(["validate", "andet.yml"]) == 2
    assert capsys.readouterr().err == "portfolio: filen andet.yml ligger ikke i portfolio/\n"


def test_in_github_actions_issues_become_annotations_and_a_job_summary(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    shutil.copytree(INVALID / "ugyldig-farve", project / "portfolio", dirs_exist_ok=True)
    (project / "portfolio" / "expected.txt").unlink()
    assert main(["validate"]) == 1
    assert capsys.readouterr().out == (
        "::error file=portfolio/indsatser/dræn.yml,line=4,col=8,title=farve::farve: 'grønn' er "
        "ikke en gyldig farve — brug grøn, gul, rød, grå eller blå\n"
    )
    assert "| portfolio/indsatser/dræn.yml | 4:8 | farve |" in summary.read_text(encoding="utf-8")


def test_new_indsats_writes_a_valid_commented_skeleton(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "indsats", "dræn-i-eget-hjem", "--titel", 'Dræn: "hjem" {{ 7*7 }}']) == 0
    target = project / "portfolio" / "indsatser" / "dræn-i-eget-hjem.yml"
    text = target.read_text(encoding="utf-8")
    modeline = text.splitlines()[0]
    assert modeline == "# yaml-language-server: $schema=../../content/schema/indsats.schema.json"
    assert (target.parent / modeline.split("=", 1)[1]).resolve().is_file()
    initiative = load_portfolio(project / "portfolio").initiatives["dræn-i-eget-hjem"]
    assert initiative.title == 'Dræn: "hjem" {{ 7*7 }}'
    assert initiative.status_date.isoformat() == "2018-03-01"
    assert capsys.readouterr().out.startswith("Skrev portfolio/indsatser/dræn-i-eget-hjem.yml.")


def test_new_milestone_writes_a_valid_skeleton(project: Path) -> None:
    assert main(["new", "milepæl", "kol-9-1", "--gruppe", "behandling-og-pleje"]) == 0
    assert "kol-9-1" in load_portfolio(project / "portfolio").milestones


def test_new_decision_names_its_programme_and_a_group_only_when_given(project: Path) -> None:
    assert main(["new", "beslutning", "fælles-aftale"]) == 0
    assert main(["new", "beslutning", "anden-aftale", "--gruppe", "behandling-og-pleje"]) == 0
    decisions = load_portfolio(project / "portfolio").decisions
    first, second = decisions["fælles-aftale"], decisions["anden-aftale"]
    assert (first.title, first.programme, first.group) == ("Fælles aftale", "sundhedsaftalen", None)
    assert second.group == "behandling-og-pleje"
    assert first.status is None, "the skeleton claims no status the editor has not given"


def test_new_organisation_needs_no_group_and_writes_a_valid_skeleton(project: Path) -> None:
    arguments = [
        "new",
        "organisation",
        "ærø-kommune",
        "--titel",
        "Ærø Kommune",
        "--type",
        "kommune",
    ]
    assert main(arguments) == 0
    organisation = load_portfolio(project / "portfolio").organisations["ærø-kommune"]
    assert (organisation.name, organisation.type.value) == ("Ærø Kommune", "kommune")
    assert organisation.contacts == {}, "the skeleton names no contact, let alone a number"
    assert main(["new", "organisation", "lægerne", "--type", "almen praksis"]) == 0
    assert load_portfolio(project / "portfolio").organisations["lægerne"].type.label == (
        "Almen praksis"
    )


def test_new_settings_writes_the_neutral_words_to_change(project: Path) -> None:
    assert main(["new", "indstillinger"]) == 0
    written = project / "portfolio" / "indstillinger.yml"
    first = written.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../content/schema/indstillinger.schema.json"
    assert load_portfolio(project / "portfolio").settings == Settings()


def test_new_settings_refuses_to_replace_the_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "indstillinger"]) == 0
    assert main(["new", "indstillinger"]) == 2
    assert capsys.readouterr().err == (
        "portfolio: portfolio/indstillinger.yml findes allerede — ret den i stedet\n"
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["new", "indstillinger", "mine"],
            "portfolio: indstillinger har ikke et id — skriv kun: .venv/bin/portfolio new "
            "indstillinger\n",
        ),
        (
            ["new", "indsats"],
            "portfolio: skriv id'et efter indsats, fx .venv/bin/portfolio new indsats mit-id\n",
        ),
        (
            ["new", "indsats", "sambo"],
            "portfolio: portfolio/indsatser/sambo.yml findes allerede — vælg et andet id\n",
        ),
        (
            ["new", "indsats", "Min Indsats"],
            "portfolio: 'Min Indsats' kan ikke bruges som id — brug fx min-indsats\n",
        ),
        (
            ["new", "indsats", "ny", "--gruppe", "behandling"],
            "portfolio: der findes ingen gruppe med id'et 'behandling' — "
            "mente du behandling-og-pleje?\n",
        ),
    ],
)
def test_new_refuses_what_would_not_work(
    project: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(arguments) == 2
    assert capsys.readouterr().err == message


def test_a_bad_as_of_date_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PORTFOLIO_AS_OF", "1. marts")
    assert main(["new", "indsats", "ny"]) == 2
    assert capsys.readouterr().err == (
        "portfolio: PORTFOLIO_AS_OF='1. marts' er ikke en dato — skriv den som 2018-02-20\n"
    )


def test_schema_check_finds_a_stale_schema(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "--check"]) == 0
    (project / "content" / "schema" / "indsats.schema.json").write_text("{}\n", encoding="utf-8")
    assert main(["schema", "--check"]) == 1
    assert (
        "content/schema/indsats.schema.json er forældet — kør: .venv/bin/portfolio schema"
        in capsys.readouterr().err
    )
    assert main(["schema"]) == 0
    assert main(["schema", "--check"]) == 0


def test_new_takes_the_as_of_date_from_mkdocs_yml_as_the_build_does(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PORTFOLIO_AS_OF")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    shutil.copy(PROJECT / "mkdocs.yml", project / "mkdocs.yml")  # with its !!python/… tag
    assert main(["new", "indsats", "ny"]) == 0
    initiative = load_portfolio(project / "portfolio").initiatives["ny"]
    assert initiative.status_date.isoformat() == "2023-05-15"


@pytest.mark.parametrize(
    "config",
    [
        "plugins:\n  - search\n  - porteføljetavlen:\n      opgørelsesdato: 2018-03-15\n",
        "plugins:\n  porteføljetavlen:\n    opgørelsesdato: '2018-03-15'\n",
    ],
)
def test_the_configured_as_of_date_is_read_from_either_way_of_listing_plugins(
    tmp_path: Path, config: str
) -> None:
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert configured_as_of(tmp_path / "mkdocs.yml") == "2018-03-15"


@pytest.mark.parametrize(
    "config", ["site_name: x\n", "plugins: [search]\n", "plugins:\n  - porteføljetavlen\n", ""]
)
def test_without_a_configured_as_of_date_there_is_none(tmp_path: Path, config: str) -> None:
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert configured_as_of(tmp_path / "mkdocs.yml") is None
    assert configured_as_of(tmp_path / "findes-ikke.yml") is None


def test_an_unreadable_mkdocs_yml_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PORTFOLIO_AS_OF")
    (project / "mkdocs.yml").write_text("plugins: [\n", encoding="utf-8")
    assert main(["new", "indsats", "ny"]) == 2
    assert capsys.readouterr().err == (
        "portfolio: mkdocs.yml kan ikke læses — ret filen, eller byg sitet for at se fejlen\n"
    )


def test_what_the_command_line_echoes_shows_control_characters_escaped(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["validate", "portfolio/ny\x1b[31m\x07.yml"]) == 2
    assert capsys.readouterr().err == (
        "portfolio: filen portfolio/ny\\x1b[31m\\x07.yml findes ikke\n"
    )
    monkeypatch.setenv("PORTFOLIO_AS_OF", "2018\x1b[2J")
    assert main(["new", "indsats", "ny"]) == 2
    assert "\x1b" not in capsys.readouterr().err


@pytest.mark.parametrize("inside", ["indsatser/ny.yml", "indsatser"])
def test_new_never_writes_through_a_link(project: Path, tmp_path: Path, inside: str) -> None:
    outside = tmp_path / "udenfor"
    outside.mkdir()
    link = project / "portfolio" / inside
    if link.exists():
        shutil.rmtree(link)
    target = outside / "ny.yml" if inside.endswith(".yml") else outside
    link.symlink_to(target)
    assert main(["new", "indsats", "ny"]) == 2
    assert list(outside.iterdir()) == []


def test_import_never_overwrites_through_a_link(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "hemmelig.txt"
    outside.write_text("uændret", encoding="utf-8")
    sheet = project / "ark.csv"
    sheet.write_text(
        "Indsats/opgave/projekt;Status på indsatsen;gruppe;farve;statusdato\n"
        "Ny indsats;I gang;behandling-og-pleje;gul;2018-02-20\n",
        encoding="utf-8",
    )
    (project / "portfolio" / "indsatser" / "ny-indsats.yml").symlink_to(outside)
    assert main(["import", "ark.csv", "--program", "sundhedsaftalen", "--overskriv"]) == 1
    assert outside.read_text(encoding="utf-8") == "uændret"
    assert "er et link (symlink)" in capsys.readouterr().out
