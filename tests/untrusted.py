"""Untrusted text in every text field of every kind, for tests that build whole sites from it.

The base is tests/fixtures/every-field/: one file of each kind with every field filled in. The
models say which fields are free text (a str with length limits, wherever it is nested); each of
those is replaced by what the test asks for, within the field's length limit. A test keeps the
fixture complete: when a model gains a text field, the fixture must show it.
"""

from __future__ import annotations

import json
import shutil
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from macros.data.kinds import KINDS, kind_at
from macros.data.load import load_document
from macros.data.validate import document_data
from tests.conftest import TESTS, build_site, site_project

EVERY_FIELD = TESTS / "fixtures" / "every-field"

TextFor = Callable[[str, int], str]
"""Gives the text for a field: its path (e.g. "indsats.milepæle[].tekst") and its length limit."""

# What a field holds, as far as filling texts goes: ("text", limit), ("model", class),
# ("list", shape of items), ("dict", shape of values), or None for anything else.
Shape = tuple[str, Any] | None


def _text_limit(metadata: typing.Iterable[object]) -> int | None:
    for item in metadata:
        if isinstance(item, StringConstraints) and isinstance(item.max_length, int):
            return item.max_length
    return None


def _shape(annotation: Any) -> Shape:
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is Annotated:
        limit = _text_limit(annotation.__metadata__)
        return ("text", limit) if arguments[0] is str and limit else _shape(arguments[0])
    if origin in (typing.Union, types.UnionType):
        return _shape(next(argument for argument in arguments if argument is not type(None)))
    if origin is tuple:
        return ("list", _shape(arguments[0]))
    if origin is dict:
        return ("dict", _shape(arguments[1]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return ("model", annotation)
    return None


def _field_shape(info: FieldInfo) -> Shape:
    limit = _text_limit(info.metadata)
    if info.annotation is str and limit:
        return ("text", limit)
    return _shape(info.annotation)


def _fields(model: type[BaseModel]) -> dict[str, Shape]:
    return {
        str(info.alias): _field_shape(info)
        for info in model.model_fields.values()
        if info.alias and info.alias != "id"
    }


def _paths(shape: Shape, path: str) -> set[str]:
    if shape is None:
        return set()
    kind, inner = shape
    if kind == "text":
        return {path}
    if kind == "list":
        return _paths(inner, f"{path}[]")
    if kind == "dict":
        return _paths(inner, f"{path}{{}}")
    return {
        found for key, field in _fields(inner).items() for found in _paths(field, f"{path}.{key}")
    }


def text_field_paths() -> set[str]:
    """Every free-text field of every kind, e.g. "procedure.kontakter{}.navn"."""
    return {path for kind in KINDS for path in _paths(("model", kind.model), kind.name)}


def _filled(value: Any, shape: Shape, path: str, text_for: TextFor, seen: set[str]) -> Any:
    if shape is None or value is None:
        return value
    kind, inner = shape
    if kind == "text":
        seen.add(path)
        return text_for(path, inner)
    if kind == "list":
        return [_filled(item, inner, f"{path}[]", text_for, seen) for item in value]
    if kind == "dict":
        return {
            key: _filled(item, inner, f"{path}{{}}", text_for, seen) for key, item in value.items()
        }
    if not isinstance(value, dict):
        return value  # Why: a model may be written short, as a bare id (a roll-out's organisation).
    fields = _fields(inner)
    return {
        key: _filled(item, fields.get(key), f"{path}.{key}", text_for, seen)
        for key, item in value.items()
    }


def with_texts(folder: Path, text_for: TextFor) -> tuple[Path, set[str]]:
    """The every-field portfolio in `folder`/portfolio with each text from `text_for`.

    Returns:
        The portfolio folder and the text fields that were filled.
    """
    target = folder / "portfolio"
    shutil.copytree(EVERY_FIELD, target)
    seen: set[str] = set()
    for path in sorted(target.rglob("*.yml")):
        kind = kind_at(path.relative_to(target).parts)
        assert kind is not None, path
        document, issues = load_document(path, path.name)
        assert document is not None, issues
        data = _filled(document_data(document), ("model", kind.model), kind.name, text_for, seen)
        # Why JSON: a JSON document is YAML that keeps every character of every text.
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target, seen


def built_with_texts(folder: Path, text_for: TextFor) -> Path:
    """The site built (as of 1 March 2018) from the every-field portfolio, texts from `text_for`."""
    portfolio, filled = with_texts(folder, text_for)
    assert filled == text_field_paths(), "tests/fixtures/every-field lacks a text field"
    result = build_site(site_project(folder, portfolio), as_of="2018-03-01")
    assert result.returncode == 0, result.stderr
    return folder / "projekt" / "site"


def built_pages(site: Path) -> list[str]:
    """The address of every page of a built site, relative to its root ("" is the home page)."""
    return sorted(
        path.relative_to(site).as_posix().removesuffix("index.html")
        for path in site.rglob("*.html")
    )


PAYLOAD = (
    "</title><script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>"
    "<a href=javascript:alert(4)>j</a><a href=data:text/html,x>d</a>\"'>"
    "<iframe srcdoc=x>{{7*7}}[m](javascript:alert(5))"
)
"""The classic payloads in one text of at most 200 characters (a one-line field's limit)."""
SHORT_PAYLOAD = "<img src=x onerror=alert(6)>"
"""For fields of at most 40 characters (tags)."""


def payload_for(_path: str, limit: int) -> str:
    """The longest of the payloads that fits the field."""
    return PAYLOAD if len(PAYLOAD) <= limit else SHORT_PAYLOAD
