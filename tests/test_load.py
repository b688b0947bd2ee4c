"""The loader: YAML 1.1 traps stay text, positions are 1-based, unsafe YAML is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.load import Mapping, Scalar, Sequence, load_document


def _load(tmp_path: Path, text: str | bytes) -> tuple[object, list[str]]:
    path = tmp_path / "x.yml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    document, issues = load_document(path, "x.yml")
    return document, [str(issue) for issue in issues]


def _values(tmp_path: Path, text: str) -> dict[str, object]:
    document, issues = _load(tmp_path, text)
    assert issues == []
    root = document.root  # type: ignore[attr-defined]
    return {key.text: value.value for key, value in root.entries}


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("8:00", "8:00"),  # YAML 1.1: sexagesimal 480
        ("NO", "NO"),  # YAML 1.1: false
        ("yes", "yes"),
        ("on", "on"),
        ("0101", "0101"),  # YAML 1.1: octal 65
        ("0x1F", "0x1F"),
        ("1_000", "1_000"),
        ("2018-04-09", "2018-04-09"),  # YAML 1.1: a date object
        ("8.10", "8.10"),  # a float would lose the zero of milestone 8.10
        ("1e3", "1e3"),
        (".inf", ".inf"),
        ("true", True),
        ("false", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("42", 42),
        ("-7", -7),
        ('"42"', "42"),
        ("'true'", "true"),
    ],
)
def test_plain_values_follow_yaml_1_2_core_and_nothing_else(
    tmp_path: Path, written: str, value: object
) -> None:
    assert _values(tmp_path, f"v: {written}\n") == {"v": value}


def test_positions_are_one_based_for_keys_values_and_items(tmp_path: Path) -> None:
    document, _ = _load(tmp_path, "# kommentar\ntitel: Dræn\nmilepæle:\n  - tekst: a\n")
    root = document.root  # type: ignore[attr-defined]
    assert isinstance(root, Mapping)
    (title_key, title), (_steps_key, steps) = root.entries
    assert (title_key.line, title_key.column, title.line, title.column) == (2, 1, 2, 8)
    assert isinstance(steps, Sequence)
    assert (steps.line, steps.column) == (4, 3)
    item = steps.items[0]
    assert isinstance(item, Mapping)
    assert isinstance(item.entries[0][1], Scalar)
    assert (item.entries[0][1].line, item.entries[0][1].column) == (4, 12)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    document, issues = _load(tmp_path, "\ufefftitel: Dræn\n".encode())
    assert issues == []
    assert document is not None


def test_a_utf16_file_is_refused_with_the_position_of_the_first_bad_byte(tmp_path: Path) -> None:
    _, issues = _load(tmp_path, "titel: x\n".encode("utf-16"))
    assert issues == [
        "x.yml:1:1: filen er ikke gemt som UTF-8 (byte 0xFF) — gem den som UTF-8 i din editor"
    ]


def test_a_merge_key_with_an_alias_is_refused(tmp_path: Path) -> None:
    document, issues = _load(tmp_path, "a: &base {x: 1}\nb:\n  <<: *base\n")
    assert document is None
    assert issues == [
        "x.yml:1:4: ankeret &base er ikke tilladt — skriv værdien ud hvert sted, den skal bruges",
        "x.yml:3:7: aliaset *base er ikke tilladt — skriv værdien ud her",
    ]


def test_a_key_that_is_a_list_is_refused(tmp_path: Path) -> None:
    _, issues = _load(tmp_path, "? [a, b]\n: 1\n")
    assert issues == [
        "x.yml:1:3: et feltnavn skal være et enkelt ord, ikke en liste eller en gruppe"
    ]


def test_deeply_nested_values_are_refused_without_a_recursion_error(tmp_path: Path) -> None:
    document, issues = _load(tmp_path, "tags: " + "[" * 5000 + "]" * 5000 + "\n")
    assert document is None
    assert issues == [
        "x.yml:1:26: værdierne er indlejret mere end 20 niveauer — skriv felterne fladere"
    ]


def test_an_unreadable_file_is_an_issue(tmp_path: Path) -> None:
    link = tmp_path / "brudt.yml"
    link.symlink_to(tmp_path / "findes-ikke.yml")
    document, issues = load_document(link, "brudt.yml")
    assert document is None
    assert [str(issue) for issue in issues] == [
        "brudt.yml:1:1: filen findes ikke (måske et link til en slettet fil) — slet linket"
    ]
