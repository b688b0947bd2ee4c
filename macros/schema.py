"""JSON Schema for each kind of file, for the editor's IDE (VS Code's YAML extension).

Generated from the models so it never disagrees with the validator; written in draft-07 form,
which yaml-language-server reads fully. A test fails when the committed files are stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from macros.kinds import KINDS, Kind

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def json_schema(kind: Kind) -> dict[str, Any]:
    """The draft-07 schema of one kind, with Danish titles and descriptions."""
    generated = kind.model.model_json_schema(
        by_alias=True, ref_template="#/definitions/{model}", mode="validation"
    )
    definitions = generated.pop("$defs", {})
    schema: dict[str, Any] = {"$schema": DRAFT_07, **generated, "title": kind.title}
    if definitions:
        schema["definitions"] = definitions
    cleaned: dict[str, Any] = _without_property_titles(schema)
    return cleaned


def _without_property_titles(node: Any) -> Any:
    # Why: pydantic titles each property after its key ("Klar Til Sku Dak"); the Danish
    # description says more and the IDE shows the key anyway.
    if isinstance(node, dict):
        cleaned = {key: _without_property_titles(value) for key, value in node.items()}
        for prop in cleaned.get("properties", {}).values():
            prop.pop("title", None)
        return cleaned
    if isinstance(node, list):
        return [_without_property_titles(item) for item in node]
    return node


def schema_text(kind: Kind) -> str:
    """The schema file's exact contents."""
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write one schema per kind into `folder`; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / kind.schema_file
        path.write_text(schema_text(kind), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(folder: Path) -> list[Path]:
    """Schema files in `folder` that differ from what the models generate now."""
    stale = []
    for kind in KINDS:
        path = folder / kind.schema_file
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(kind):
            stale.append(path)
    return stale
