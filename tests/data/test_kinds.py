"""The registry of kinds is the one place that lists them: adding a kind of file is one entry
there plus its model and templates."""

from __future__ import annotations

import ast
import dataclasses
import typing

from pydantic import BaseModel

from macros.data.kinds import KINDS
from macros.data.models import Portfolio
from tests.conftest import PROJECT


def test_each_kind_has_its_own_folder_name_and_portfolio_field() -> None:
    fields = {field.name for field in dataclasses.fields(Portfolio)} - {"source_files"}
    assert {kind.attribute for kind in KINDS} == fields
    for attribute in ("name", "folder", "attribute"):
        values = [getattr(kind, attribute) for kind in KINDS]
        assert len(set(values)) == len(values), attribute


def kind_lists(source: str, words: set[str]) -> list[str]:
    """Tuples, lists, sets and dicts in `source` that name two or more kinds."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            items: list[ast.expr | None] = [*node.keys, *node.values]
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            items = list(node.elts)
        else:
            continue
        named = [i.value for i in items if isinstance(i, ast.Constant) and i.value in words]
        if len(named) >= 2:
            found.append(f"line {node.lineno}: {', '.join(named)}")
    return found


def kind_words() -> set[str]:
    """The kinds' names and folders, less those that are also YAML keys (program, gruppe…)."""
    keys = {
        str(info.alias)
        for kind in KINDS
        for model in (kind.model, *nested_models(kind.model))
        for info in model.model_fields.values()
    }
    return {word for kind in KINDS for word in (kind.name, kind.folder) if word} - keys


def nested_models(model: type[BaseModel]) -> list[type[BaseModel]]:
    found = []
    for info in model.model_fields.values():
        for argument in (info.annotation, *typing.get_args(info.annotation)):
            for inner in (argument, *typing.get_args(argument)):
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    found.append(inner)
    return found


def test_no_other_module_lists_the_kinds() -> None:
    """A collection naming two or more kinds repeats the registry."""
    words = kind_words()
    assert {"indsats", "milepæl", "grupper", "programmer"} <= words
    repeating = [
        f"{path.relative_to(PROJECT)}: {found}"
        for path in sorted((PROJECT / "macros").rglob("*.py"))
        if path.name != "kinds.py"
        for found in kind_lists(path.read_text(encoding="utf-8"), words)
    ]
    assert repeating == []


def test_the_check_sees_a_list_of_kinds() -> None:
    words = kind_words()
    assert kind_lists('if kind in ("indsats", "milepæl", "gruppe"): pass', words)
    assert kind_lists('FOLDERS = {"program": "programmer", "gruppe": "grupper"}', words)
    assert not kind_lists('COLUMNS = ("gruppe", "program", "milepæle")', words)
