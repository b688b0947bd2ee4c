"""Every command the README, the editors' guide and the CLI's own output mention works as printed.

Run from the repository root after `make site`: a `make` target must exist, and a
`.venv/bin/portfolio` command must parse, name files that exist, and (for validate) pass.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest

from macros.cli.main import COMMAND, _parser, main
from tests.conftest import PROJECT, portfolio_with

DOCUMENTS = ("README.md", "content/redaktører.md")
MAKE_TARGETS = set(
    re.findall(r"^([a-z][a-z-]*):", (PROJECT / "Makefile").read_text(encoding="utf-8"), re.M)
)


def commands_in(document: str) -> list[str]:
    """Commands in code blocks (one a line, comments cut) and in `inline code`."""
    text = (PROJECT / document).read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```(?:sh|bash)?\n(.*?)```", text, flags=re.S):
        found += [line.split("  #")[0].strip() for line in block.splitlines()]
    found += re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.S))
    return [command for command in found if command.startswith(("make ", f"{COMMAND} "))]


SUBCOMMANDS = {"validate", "import", "new", "schema"}
EVERY_COMMAND = sorted({(doc, command) for doc in DOCUMENTS for command in commands_in(doc)})


def test_the_documents_name_commands_at_all() -> None:
    named = {command.split()[0] for _, command in EVERY_COMMAND}
    assert named == {"make", COMMAND}


@pytest.mark.parametrize(("document", "command"), EVERY_COMMAND)
def test_a_command_in_the_documents_works_as_printed(
    document: str, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = shlex.split(command)
    if words[0] == "make":
        assert words[1] in MAKE_TARGETS, f"{document}: no such make target: {command}"
        return
    if len(words) == 2:  # the name of a subcommand, in a sentence: `… import` reads a sheet
        assert words[1] in SUBCOMMANDS, f"{document}: {command}"
        return
    arguments = _parser().parse_args(words[1:])  # exits (fails the test) if it does not parse
    if arguments.run.__name__ == "_validate":
        monkeypatch.chdir(PROJECT)
        for name in arguments.files:
            assert (PROJECT / name).is_file(), f"{document}: {command}"
        assert main(words[1:]) == 0, f"{document}: {command}"
    for option in ("gruppe", "program"):
        value = getattr(arguments, option, None)
        folder = {"gruppe": "grupper", "program": "programmer"}[option]
        assert value is None or (PROJECT / "portfolio" / folder / f"{value}.yml").is_file()


def test_the_command_the_cli_names_is_the_one_make_site_installs() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert "portfolio" in project["project"]["scripts"]
    assert re.search(r"^VENV := \.venv$", makefile, flags=re.M)
    assert COMMAND == ".venv/bin/portfolio"
    hook = (PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert f"entry: {COMMAND} validate" in hook


def test_make_hooks_has_pre_commit_to_install() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(
        dep.startswith("pre-commit") for dep in project["project"]["optional-dependencies"]["test"]
    )
    assert "hooks" in MAKE_TARGETS


def test_the_command_new_names_next_works_as_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    portfolio_with(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["new", "indsats", "ny-indsats"]) == 0
    printed = capsys.readouterr().out
    named = printed.split("kør derefter: ")[1].strip()
    assert named == f"{COMMAND} validate"
    assert main(shlex.split(named)[1:]) == 0
