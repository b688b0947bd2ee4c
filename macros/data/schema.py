"""JSON Schema for each kind of file, for the editor's IDE (VS Code's YAML extension).

Generated from the models so it never disagrees with the validator; written in draft-07 form,
which yaml-language-server reads fully. A test fails when the committed files are stale, and
tests/data/test_schema.py holds the schema to the validator: it accepts every valid file and refuses
every broken one whose rule a schema can state. Dates, periods, phone numbers, addresses and texts
are checked by patterns (macros.data.patterns); a few rules across fields by if/then.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from macros.data.fields import MilestoneStatus, PeriodField
from macros.data.kinds import KINDS, Kind
from macros.data.models import former_keys
from macros.data.patterns import text_pattern
from macros.data.rules import MENU_LENGTH

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
    schema |= _RULES.get(kind.name, {})
    _with_former_keys(schema, kind)
    cleaned: dict[str, Any] = _tidied(schema)
    return _period_defined_once(cleaned)


PERIOD_DEFINITION = "Periode"
_PERIOD_SCHEMA: dict[str, Any] = TypeAdapter(PeriodField).json_schema()


def _period_defined_once(schema: dict[str, Any]) -> dict[str, Any]:
    """Every period field refers to one definition of the period grammar.

    Why: the grammar's pattern is some 20 KB, and an indsats has a dozen period fields; written
    out in each, the file the editor's IDE loads grew to 300 KB.
    """
    found = False

    def referred(node: Any) -> Any:
        if isinstance(node, list):
            return [referred(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("pattern") == _PERIOD_SCHEMA["pattern"]:
            nonlocal found
            found = True
            own = {key: value for key, value in node.items() if key in ("description", "title")}
            return {"allOf": [{"$ref": f"#/definitions/{PERIOD_DEFINITION}"}], **own}
        return {key: referred(value) for key, value in node.items()}

    result: dict[str, Any] = referred(schema)
    if found:
        result.setdefault("definitions", {})[PERIOD_DEFINITION] = _PERIOD_SCHEMA
    return result


def _with_former_keys(schema: dict[str, Any], kind: Kind) -> None:
    """The old names the model still reads, as deprecated copies of the fields they name now.

    Why: files written before the rename validate unchanged; the editor's IDE strikes the old
    name through and says what to write, instead of calling it an unknown field.
    """
    properties = schema.get("properties", {})
    for old, new in former_keys(kind.model).items():
        notice = f"Forældet navn — skriv {new} i stedet (samme betydning)."
        properties[old] = {
            **properties[new],
            "description": notice,
            "deprecated": True,
            "deprecationMessage": notice,
        }
        both = f"{old} er det gamle navn for {new}, som også står i filen — slet det ene"
        # Why a new list: the rules of _RULES are shared by every call.
        schema["allOf"] = [
            *schema.get("allOf", []),
            {
                "if": {"required": [new]},
                "then": {"properties": {old: {"not": {}, "errorMessage": both}}},
            },
        ]


def _absent(key: str) -> dict[str, Any]:
    """True when `key` is left out or empty."""
    return {"anyOf": [{"not": {"required": [key]}}, {"properties": {key: {"type": "null"}}}]}


_NOT_DONE = [status.value for status in MilestoneStatus if status is not MilestoneStatus.DONE]

# The rules of macros.data.rules that tie one field to another within a file, where a schema can say
# them; the messages are the validator's. Each error lands on the field the validator names.
_RULES: dict[str, dict[str, Any]] = {
    "milepæl": {
        "allOf": [
            {
                "if": _absent("afsluttet"),
                "then": {
                    "properties": {
                        "status": {
                            "enum": _NOT_DONE,
                            "errorMessage": "status er afsluttet, men datoen mangler — tilføj "
                            "afsluttet: <dato>",
                        }
                    }
                },
            },
            {
                "if": {"required": ["status"], "properties": {"status": {"enum": _NOT_DONE}}},
                "then": {
                    "properties": {
                        "afsluttet": {
                            "type": "null",
                            "errorMessage": "afsluttet er udfyldt, men status er ikke afsluttet "
                            "— skriv status: afsluttet, eller slet afsluttet",
                        }
                    }
                },
            },
            {
                "if": _absent("deadline"),
                "then": {
                    "properties": {
                        "revisioner": {
                            "const": [],
                            "errorMessage": "en revision ændrer en deadline, men den "
                            "oprindelige mangler — tilføj deadline: med den først godkendte "
                            "deadline",
                        }
                    }
                },
            },
        ]
    },
    "procedure": {
        "allOf": [
            {
                "if": _absent("menupunkt"),
                "then": {
                    "properties": {
                        "titel": {
                            "pattern": text_pattern(MENU_LENGTH),
                            "errorMessage": "titlen er for lang til sitets menu — tilføj "
                            f"menupunkt: med et kort navn på højst {MENU_LENGTH} tegn",
                        }
                    }
                },
            }
        ]
    },
}


def _tidied(node: Any) -> Any:
    """The generated schema with two of pydantic's habits mended, everywhere in it.

    Why: pydantic states a dictionary's key type (an id) as patternProperties only, which lets
    any other key through (the validator refuses it); and it titles each property after its key
    ("Klar Til Sku Dak"), where the Danish description says more and the IDE shows the key.
    """
    if isinstance(node, list):
        return [_tidied(item) for item in node]
    if not isinstance(node, dict):
        return node
    tidied = {key: _tidied(value) for key, value in node.items()}
    if "patternProperties" in tidied:
        tidied.setdefault("additionalProperties", False)
    for prop in tidied.get("properties", {}).values():
        prop.pop("title", None)
    return tidied


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
