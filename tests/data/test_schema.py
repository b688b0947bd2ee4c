"""The JSON Schemas: committed files up to date, draft-07 shaped, Danish, and agreeing with the
validator — every valid file passes, and every broken input of tests/invalid/ whose rule a schema
can state is flagged where the validator flags it.

The data is read with the project's own loader, as the models read it: a date stays text, 0101
stays text, 8:00 stays text. Patterns run as ECMA-262 reads them ($ is the end of the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from jsonschema.exceptions import ValidationError

from macros.data.kinds import KINDS, KINDS_BY_FOLDER, KINDS_BY_NAME, SINGLE_KINDS, Kind, kind_at
from macros.data.load import (
    Mapping,
    Node,
    Scalar,
    _Composer,
    _EventSource,
    load_document,
)
from macros.data.load import Sequence as SequenceNode
from macros.data.schema import DRAFT_07, json_schema, stale_schemas
from macros.data.validate import document_data
from tests.conftest import INVALID, MINIMAL, PROJECT, TESTS

SCHEMAS = PROJECT / "content" / "schema"
CASES = sorted(path for path in INVALID.iterdir() if path.is_dir())


def test_the_committed_schemas_match_the_models() -> None:
    assert stale_schemas(SCHEMAS) == [], "run: .venv/bin/portfolio schema"


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
    # The if/then rules under allOf refine fields described where they are defined.
    fields = {key: value for key, value in schema.items() if key != "allOf"}
    for node in _walk(fields):
        for name, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{kind.name}.{name} has no description"
    Validator = jsonschema.Draft7Validator
    Validator.check_schema(schema)


def _ecma_pattern(
    validator: Any, pattern: str, instance: Any, _schema: dict[str, Any]
) -> Iterator[ValidationError]:
    # Why: in ECMA-262 $ is the end of the text; in Python's re it also matches before a final
    # line break, which would let "08:00\n" through here and not in the editor.
    assert pattern.endswith("$")
    assert not pattern.endswith(r"\$")
    if validator.is_type(instance, "string") and not re.search(pattern[:-1] + r"\Z", instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


EcmaValidator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": _ecma_pattern})


def schema_errors(kind: Kind, data: Any) -> list[ValidationError]:
    """What the editor's IDE would mark in `data`, a file of `kind`."""
    return list(EcmaValidator(json_schema(kind)).iter_errors(data))


def _data(path: Path) -> dict[str, Any]:
    document, issues = load_document(path, path.name)
    assert document is not None
    assert not issues
    return document_data(document)


def _kind_of(path: Path) -> Kind:
    if path.stem in {kind.name for kind in SINGLE_KINDS}:
        return KINDS_BY_NAME[path.stem]
    for folder in reversed(path.parent.parts):
        if folder in KINDS_BY_FOLDER:
            return KINDS_BY_FOLDER[folder]
    return KINDS_BY_NAME[path.parent.name]  # tests/fixtures/procedure/


VALID_FILES = sorted((PROJECT / "portfolio").rglob("*.yml")) + sorted(
    (TESTS / "fixtures").rglob("*.yml")
)


@pytest.mark.parametrize("path", VALID_FILES, ids=lambda path: path.relative_to(PROJECT).as_posix())
def test_every_example_and_fixture_file_passes_its_schema(path: Path) -> None:
    errors = [error.message for error in schema_errors(_kind_of(path), _data(path))]
    assert errors == []


def test_every_kind_has_valid_files_to_pass() -> None:
    assert {_kind_of(path).name for path in VALID_FILES} == {kind.name for kind in KINDS}
    assert MINIMAL in {path.parents[1] for path in VALID_FILES}


def test_the_schema_rejects_what_the_validator_rejects() -> None:
    data = _data(MINIMAL / "indsatser" / "sambo.yml") | {"farve": "grønn", "ejer": "Lene"}
    messages = sorted(error.validator for error in schema_errors(KINDS_BY_NAME["indsats"], data))
    assert messages == ["additionalProperties", "enum"]


# --- The corpus of broken inputs -----------------------------------------------------------------

NOT_EXPRESSIBLE = {
    # Order and distance between two values: draft-07 compares a value with constants only.
    "afsluttet-før-start": "afsluttet must not end before start: two values compared",
    "driftsmeddelelse-opdateringer-ude-af-orden": "updates in time order: values compared",
    "driftsmeddelelse-planlagt-meldt-for-sent": "meldt before start: two values compared",
    "driftsmeddelelse-slut-før-start": "forventet_slut after start: two values compared",
    "driftsmeddelelse-varer-for-længe": "slut at most 7 days after start: date arithmetic",
    "historik-efter-statusdato": "history dated before statusdato: two values compared",
    "procedure-slut-før-start": "til after fra: two clock times compared",
    "procedure-åbningstider-overlapper": "opening hours overlap: intervals compared",
    "program-slutter-før-start": "slut not before start: two values compared",
    "indsats-slutter-før-start": "slut not before start: two values compared",
    "periode-slut-før-start": "a range's last end after its first: two dates in one text compared",
    "revision-med-samme-deadline": "a new deadline equal to the one before: values compared",
    "revisioner-ikke-i-tidsorden": "revisions in date order: values compared",
    # Uniqueness of a value spread over several lists (uniqueItems sees one list).
    "udrulning-organisation-i-to-rul": "one organisation in two waves: lists compared",
    "udrulning-to-rul-med-samme-navn": "two waves with one name: uniqueItems compares whole "
    "items, not one field of them, and the names differ in case",
    "udrulning-organisation-to-gange-i-samme-rul": "a bare id and an organisation: entry with "
    "the same id are not equal items to uniqueItems",
    # The calendar beyond a date's own digits.
    "driftsmeddelelse-tidspunkt-findes-ikke": "02:30 on the night summer time begins: which "
    "night that is depends on the year's last Sunday of March (the tz database)",
    "procedure-lukkedag-er-helligdag": "a closing day that is a public holiday: the holidays "
    "follow Easter, computed per year",
    "statusdato-efter-opgørelsesdato": "the as-of date comes from mkdocs.yml or the build's "
    "clock, not from the file",
    "revision-efter-opgørelsesdato": "the as-of date comes from mkdocs.yml or the build's clock",
    "udrulning-i-drift-efter-opgørelsesdato": "the as-of date comes from mkdocs.yml or the "
    "build's clock",
    # Across files: a schema sees one file.
    "dobbelt-id": "two files with the same name",
    "ukendt-organisation-i-deltagere": "which organisations exist is the folder's listing",
    "afhænger-af-ukendt-indsats": "which indsatser exist is the folder's listing",
    "beslutning-ukendt-indsats": "which indsatser exist is the folder's listing",
    "afhænger-af-i-ring": "a ring through several files",
    "udrulning-ukendt-organisation": "which organisations exist is the folder's listing",
    "driftsmeddelelse-ukendt-kontakt": "a contact of another file (the procedure)",
    "procedure-ukendt-kommunekontakt": "a contact of other files (the kommuner's)",
    "driftsmeddelelse-ukendt-procedure": "a reference to another file",
    "driftsmeddelelse-ukendt-system": "a system of another file (the procedure)",
    "milepæl-samme-nummer": "the same number in two files",
    "ukendt-gruppe": "a reference to another file",
    "ukendt-indsats-i-milepæl": "a reference to another file",
    "ukendt-program": "a reference to another file",
    "ukendt-program-i-gruppe": "a reference to another file",
    # The file itself: its name, folder and bytes, before there is a value to check.
    "filnavn-ikke-slug": "the file name, which a schema never sees",
    "ikke-yaml-fil": "a file that is not YAML; no schema applies to it",
    "ukendt-mappe": "a file outside the kinds' folders; no schema applies to it",
    "indstillinger-forkert-filnavn": "a file in portfolio/ with no kind's name; no schema applies",
    "ikke-utf8": "the bytes are not UTF-8: there is no text to parse",
    "kontroltegn": "a raw control character: the YAML reader refuses the file",
    "kontroltegn-nel-rå": "a raw control character (NEL): the YAML reader refuses the file",
    "tom-fil": "an empty file has no value, and the IDE checks nothing in it",
    # YAML itself: the IDE's YAML parser reports these, the schema sees the parsed value.
    "syntaks-apostrof-i-tekst-i-citationstegn": "YAML syntax",
    "syntaks-citationstegn-ikke-lukket": "YAML syntax",
    "syntaks-dobbelt-citationstegn-midt-i-filen": "YAML syntax",
    "syntaks-enkelt-citationstegn-lukket-af-apostrof": "YAML syntax",
    "syntaks-fejl-i-fil-der-henvises-til": "YAML syntax",
    "syntaks-fejl-i-procedure-med-meddelelse": "YAML syntax",
    "syntaks-indrykning": "YAML syntax",
    "syntaks-kolon-i-tekst": "YAML syntax",
    "syntaks-liste-ikke-lukket": "YAML syntax",
    "syntaks-manglende-kolon": "YAML syntax",
    "syntaks-tabulator": "YAML syntax",
    "yaml-anker-og-alias": "anchors and aliases are resolved before a schema sees the value",
    "yaml-dobbelt-nøgle": "a JSON value cannot hold a key twice; the parser keeps one",
    "yaml-flere-dokumenter": "a schema checks each YAML document on its own",
    "yaml-python-tag": "a tag is gone before a schema sees the value",
}
"""The broken inputs a JSON Schema cannot flag, and why; it must flag every other case."""

NOT_EXPRESSIBLE_LINES = {
    "flere-fejl-på-én-gang": {
        "portfolio/indsatser/dræn.yml:3:9": "gruppe: a reference to another file",
    },
}
"""Lines of a flagged case that the schema cannot flag, and why."""

_POSITION = re.compile(r"(.+?:[0-9]+:[0-9]+): ")


def _root(path: Path, display: str) -> Node | None:
    """The YAML value of a file as the loader composes it; None when the loader reads none."""
    document, _ = load_document(path, display)
    if document is not None:
        return document.root
    # Why the composer itself: the loader refuses a file that is not fields ('- titel: …')
    # before the models see it, but its value exists and a schema's "type": "object" refuses it.
    try:
        text = path.read_text(encoding="utf-8")
        composer = _Composer(display)
        root = composer.compose(yaml.parse(text, Loader=_EventSource))
    except (UnicodeDecodeError, yaml.YAMLError):
        return None
    return None if composer.untrusted else root


def _value(node: Node) -> Any:
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Mapping):
        return {key.text: _value(value) for key, value in node.entries}
    return [_value(item) for item in node.items]


def _node_at(root: Node, path: Sequence[str | int]) -> Node:
    node = root
    for step in path:
        if isinstance(node, Mapping):
            node = next(value for key, value in node.entries if key.text == step)
        else:
            assert isinstance(step, int)
            assert not isinstance(node, Scalar)
            node = node.items[step]
    return node


def _positions(root: Node, error: ValidationError) -> set[tuple[int, int]]:
    """Where the validator would report `error`: the value, for an unknown key the key, and for
    a repeated item each repetition (the IDE underlines the whole list)."""
    node = _node_at(root, list(error.absolute_path))
    if error.validator == "uniqueItems":
        assert isinstance(node, SequenceNode)
        return _repeated(node)
    if error.validator != "additionalProperties":
        # A missing field is reported where its enclosing value starts, as the validator does.
        return {(node.line, node.column)}
    assert isinstance(node, Mapping)
    known = error.schema.get("properties", {})
    patterns = error.schema.get("patternProperties", {})
    return {
        (key.line, key.column)
        for key, _ in node.entries
        if key.text not in known and not any(re.search(p, key.text) for p in patterns)
    }


def _repeated(node: SequenceNode) -> set[tuple[int, int]]:
    seen: set[str] = set()
    repeated = set()
    for item in node.items:
        assert isinstance(item, Scalar)
        if item.text in seen:
            repeated.add((item.line, item.column))
        seen.add(item.text)
    return repeated


def _flagged(case: Path) -> set[str]:
    """file:line:col of every value the schema flags in the case's files."""
    flagged = set()
    for path in sorted(case.rglob("*")):
        relative = path.relative_to(case)
        if not path.is_file() or path.suffix not in (".yml", ".yaml"):
            continue
        kind = kind_at(relative.parts)
        display = f"portfolio/{relative.as_posix()}"
        root = _root(path, display) if kind is not None else None
        if kind is None or root is None:
            continue
        data = _value(root)
        document, _ = load_document(path, display)
        if document is not None:
            assert data == document_data(document)
        for error in schema_errors(kind, data):
            flagged |= {f"{display}:{line}:{column}" for line, column in _positions(root, error)}
    return flagged


def _expected(case: Path) -> set[str]:
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    found = [_POSITION.match(line) for line in lines]
    assert all(found), lines
    return {match.group(1) for match in found if match}


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name)
def test_the_schema_flags_each_broken_input_whose_rule_it_can_state(case: Path) -> None:
    flagged = _flagged(case)
    if case.name in NOT_EXPRESSIBLE:
        assert flagged == set(), (
            f"listed in NOT_EXPRESSIBLE ({NOT_EXPRESSIBLE[case.name]}), but the schema flags it "
            "— remove it from the list"
        )
        return
    unexpressible = set(NOT_EXPRESSIBLE_LINES.get(case.name, {}))
    expected = _expected(case)
    assert unexpressible <= expected
    assert flagged, "the schema flags nothing: make it, or list the case in NOT_EXPRESSIBLE"
    # Exactly the validator's places: nothing valid marked, nothing expressible missed.
    assert flagged == expected - unexpressible


def test_every_listed_case_exists() -> None:
    names = {case.name for case in CASES}
    assert set(NOT_EXPRESSIBLE) <= names
    assert set(NOT_EXPRESSIBLE_LINES) <= names - set(NOT_EXPRESSIBLE)
