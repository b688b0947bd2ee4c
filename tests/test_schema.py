"""The JSON Schemas: committed files up to date, draft-07 shaped, Danish, and agreeing with the
validator on the example portfolio."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from macros.kinds import KINDS, Kind
from macros.load import load_document
from macros.schema import DRAFT_07, json_schema, stale_schemas
from macros.validate import document_data
from tests.conftest import MINIMAL, PROJECT

SCHEMAS = PROJECT / "content" / "schema"


def test_the_committed_schemas_match_the_models() -> None:
    assert stale_schemas(SCHEMAS) == [], "run: portfolio schema"


def _walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_schemas_are_draft_07_with_a_danish_description_on_every_field(kind: Kind) -> None:
    schema = json_schema(kind)
    assert schema["$schema"] == DRAFT_07
    assert "$defs" not in schema
    for node in _walk(schema):
        if "$ref" in node:
            assert node["$ref"].startswith("#/definitions/")
        for name, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{kind.name}.{name} has no description"
    Validator = jsonschema.Draft7Validator
    Validator.check_schema(schema)


def _data(path: Path) -> dict[str, Any]:
    document, issues = load_document(path, path.name)
    assert document is not None
    assert not issues
    return document_data(document)


def _examples(kind: Kind) -> list[Path]:
    return sorted((PROJECT / "portfolio" / kind.folder).rglob("*.yml")) + sorted(
        (MINIMAL / kind.folder).rglob("*.yml")
    )


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_example_file_passes_its_schema(kind: Kind) -> None:
    validator = jsonschema.Draft7Validator(json_schema(kind))
    for path in _examples(kind):
        errors = [error.message for error in validator.iter_errors(_data(path))]
        assert errors == [], path


def test_the_schema_rejects_what_the_validator_rejects() -> None:
    validator = jsonschema.Draft7Validator(json_schema(KINDS[2]))
    data = _data(MINIMAL / "indsatser" / "sambo.yml") | {"farve": "grønn", "ansvarlig": "Lene"}
    messages = sorted(error.validator for error in validator.iter_errors(data))
    assert messages == ["additionalProperties", "enum"]
