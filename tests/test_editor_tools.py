"""The editors' tools: VS Code knows every schema, pre-commit runs the validator, and data and
code have different owners."""

from __future__ import annotations

import json

import yaml

from macros.data.kinds import KINDS
from tests.conftest import PROJECT


def test_vs_code_maps_every_kind_to_its_schema() -> None:
    settings = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    for kind in KINDS:
        schema = f"./content/schema/{kind.schema_file}"
        assert mapping[schema] == f"portfolio/{kind.place}"
        assert (PROJECT / schema).is_file()
    extensions = json.loads((PROJECT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_pre_commit_runs_the_projects_own_validator() -> None:
    config = yaml.safe_load((PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = config["repos"][0]["hooks"]
    assert hook["entry"] == ".venv/bin/portfolio validate"
    assert hook["files"] == "^portfolio/"


def test_data_and_code_have_different_owners() -> None:
    rules = [
        line.split()
        for line in (PROJECT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    # Later lines win: everything to the developers first, then portfolio/ to the secretariats.
    assert [pattern for pattern, _ in rules] == ["*", "/portfolio/"]
    assert rules[0][1] != rules[1][1]
