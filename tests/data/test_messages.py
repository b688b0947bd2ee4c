"""Every pydantic error the models can raise has its own Danish sentence, never a code word.

Two ways, so a new field cannot slip through: the models' core schemas are walked for the error
types each part can raise, and every field of every model is fed wrong values of every shape
YAML can give.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Any, Literal

import pytest
from pydantic import BaseModel, Field, ValidationError

from macros.data.kinds import KINDS
from macros.data.load import load_document
from macros.data.messages import _HANDLERS, FALLBACK, translate
from macros.data.models import Entity, Notice, Procedure, StrictModel
from macros.data.validate import document_data
from tests.conftest import TESTS

EVERY_FIELD = TESTS / "fixtures" / "every-field"

Schema = dict[str, Any]


def _constrained(schema: Schema, *errors: str) -> set[str]:
    """The errors of a length-checked type; the length errors only when a limit is set."""
    found = {errors[0]}
    if "min_length" in schema:
        found.add(errors[1])
    if "max_length" in schema:
        found.add(errors[2])
    if "pattern" in schema:
        found.add("string_pattern_mismatch")
    return found


# The error types each kind of core schema raises on wrong input. A schema type not listed here
# fails the test: add it with the errors pydantic documents for it, then give those a handler.
_RAISES: dict[str, Callable[[Schema], set[str]]] = {
    "model": lambda _schema: {"model_type"},
    "model-fields": lambda _schema: {"missing", "extra_forbidden", "invalid_key"},
    "model-field": lambda _schema: set(),
    "str": lambda schema: _constrained(
        schema, "string_type", "string_too_short", "string_too_long"
    ),
    "tuple": lambda schema: _constrained(schema, "tuple_type", "too_short", "too_long"),
    "list": lambda schema: _constrained(schema, "list_type", "too_short", "too_long"),
    "dict": lambda schema: _constrained(schema, "dict_type", "too_short", "too_long"),
    "bool": lambda schema: {"bool_type"} if schema.get("strict") else {"bool_type", "bool_parsing"},
    "int": lambda schema: {"int_type"} if schema.get("strict") else {"int_type", "int_parsing"},
    # Our own validators raise only danish_error ("dansk"); the fuzz test below holds them to it.
    "function-plain": lambda _schema: {"dansk"},
    # A before-validator only rewrites the value (a bare id into its mapping); the schema after it
    # raises the errors.
    "function-before": lambda _schema: set(),
    "no-info": lambda _schema: set(),
    "any": lambda _schema: set(),
    "nullable": lambda _schema: set(),
    "default": lambda _schema: set(),
    "definitions": lambda _schema: set(),
    "definition-ref": lambda _schema: set(),
}


_NOT_VALIDATED = ("metadata", "serialization", "config", "function", "json_schema_input_schema")
"""Parts of a core schema that validate nothing; the last only describes a JSON Schema input."""


def _schema_parts(node: object) -> Iterator[Schema]:
    if isinstance(node, dict):
        if isinstance(node.get("type"), str):
            yield node
        for key, value in node.items():
            if key not in _NOT_VALIDATED:
                yield from _schema_parts(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _schema_parts(value)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_error_type_a_model_schema_can_raise_has_a_danish_handler(kind: Any) -> None:
    raised: set[str] = set()
    for part in _schema_parts(kind.model.__pydantic_core_schema__):
        assert part["type"] in _RAISES, f"teach _RAISES which errors a '{part['type']}' raises"
        raised |= _RAISES[part["type"]](part)
    assert sorted(raised - set(_HANDLERS)) == []


def _nested_models(annotation: object) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _nested_models(argument)


def _all_models() -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    waiting: list[type[BaseModel]] = [kind.model for kind in KINDS]
    while waiting:
        model = waiting.pop()
        if model not in found:
            found.append(model)
            for info in model.model_fields.values():
                waiting.extend(_nested_models(info.annotation))
    return found


def _errors(model: type[BaseModel], data: dict[str, Any]) -> list[Any]:
    if issubclass(model, Entity):
        data = {**data, "id": "x"}
    try:
        model.model_validate(data)
    except ValidationError as error:
        return list(error.errors(include_url=False))
    return []


def _collect(model: type[BaseModel], data: object, samples: dict[type[BaseModel], Any]) -> None:
    """Keep the first valid data of each model, looking into lists and fields for nested ones."""
    if not isinstance(data, dict) or _errors(model, data):
        return
    samples.setdefault(model, data)
    for info in model.model_fields.values():
        value = data.get(info.alias)
        inside = value if isinstance(value, list) else []
        candidates = [value, *inside, *(value.values() if isinstance(value, dict) else [])]
        for nested in _nested_models(info.annotation):
            for candidate in candidates:
                _collect(nested, candidate, samples)


def _samples() -> dict[type[BaseModel], Any]:
    """A valid sample of each model, from the fixture with every field filled in."""
    samples: dict[type[BaseModel], Any] = {}
    for kind in KINDS:
        for path in sorted(EVERY_FIELD.glob(kind.place)):
            document, issues = load_document(path, path.name)
            assert document is not None, issues
            _collect(kind.model, document_data(document), samples)
    return samples


SAMPLES = _samples()
MODELS = _all_models()

# Everything the loader can hand a field (text, whole numbers, true/false, null, lists and
# fields), in the shapes that go wrong: empty, too long, too many, nested, other scripts' digits.
WRONG: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    "",
    "   ",
    "x" * 25_000,
    "ja",
    "２０１８-０２-２０",
    "٣",
    "²",
    "https://",
    "24:61",
    [],
    ["a", "b", "c"],
    [None],
    [[]],
    [{}],
    [["dybt", ["dybere"]]],
    ["x"] * 2_000,
    {},
    {"a": "b"},
    {"a": {"b": ["c"]}},
    {1: "nøglen er ikke en tekst"},
]


def _variants(value: object) -> Iterator[object]:
    yield value
    yield [value]
    yield {"nøgle": value}


def test_every_model_has_a_valid_sample() -> None:
    missing = [model.__name__ for model in MODELS if model not in SAMPLES]
    assert missing == [], "add them to tests/fixtures/every-field"


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_wrong_values_in_every_field_get_a_danish_sentence(model: type[BaseModel]) -> None:
    sample = SAMPLES[model]
    assert _errors(model, dict(sample)) == []
    cases: list[dict[str, Any]] = [{**sample, "ukendt_felt": "x"}]
    for info in model.model_fields.values():
        if info.alias == "id":
            continue
        cases.append({key: value for key, value in sample.items() if key != info.alias})
        cases.extend(
            {**sample, str(info.alias): variant} for wrong in WRONG for variant in _variants(wrong)
        )
    untranslated = set()
    for data in cases:
        for error in _errors(model, data):
            message = translate(error, model)
            if error["type"] not in _HANDLERS or message == FALLBACK:
                untranslated.add((error["type"], error["loc"]))
            # "dansk" is our own type, and a word in our own messages ("dansk telefonnummer").
            assert error["type"] == "dansk" or error["type"] not in message, message
            # Nor pydantic's English sentence, passed on as it is.
            assert error["type"] == "dansk" or error["msg"] not in message, message
    assert sorted(untranslated, key=str) == []


def _message(data: dict[str, Any], model: type[BaseModel]) -> list[str]:
    return [translate(error, model) for error in _errors(model, data)]


def test_an_empty_required_list_or_group_says_so() -> None:
    notice = {**SAMPLES[Notice], "meddelelser": []}
    assert _message(notice, Notice) == [
        "listen er tom — skriv mindst ét punkt på sin egen linje med '- ' foran"
    ]
    procedure = {**SAMPLES[Procedure], "kontakter": {}}
    assert "der står ingen felter — skriv mindst ét på formen 'navn: værdi'" in _message(
        procedure, Procedure
    )


def test_true_or_false_is_asked_for_without_quotes() -> None:
    assert _message({**SAMPLES[Notice], "langvarig": "true"}, Notice) == [
        "'true' er hverken true eller false — skriv true (ja) eller false (nej) uden anførselstegn"
    ]


class _Size(Enum):
    SMALL = "lille"
    LARGE = "stor"


class _Other(StrictModel):
    """Types no model uses today; their handlers are ready and say it in Danish."""

    count: int = Field(alias="antal")
    size: _Size = Field(alias="størrelse")
    kind: Literal["a", "b"] = Field(alias="slags")
    few: tuple[str, ...] = Field(alias="få", max_length=1)


def test_handlers_for_types_no_model_uses_yet_speak_danish() -> None:
    data = {"antal": "mange", "størrelse": "mellem", "slags": "c", "få": ["x", "y"]}
    assert _message(data, _Other) == [
        "'mange' er ikke et helt tal — skriv fx 3",
        "'mellem' er ikke en gyldig værdi — brug 'lille' eller 'stor'",
        "'c' er ikke en gyldig værdi — brug 'a' eller 'b'",
        "der er for mange punkter — højst 1",
    ]


def test_the_fallback_names_no_code_word() -> None:
    error: Any = {"type": "en_ny_type", "loc": ("titel",), "msg": "", "input": 1}
    assert translate(error, Notice) == "værdien kan ikke bruges her — se vejledningen for feltet"
