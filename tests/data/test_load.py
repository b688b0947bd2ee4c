"""The loader: YAML 1.1 traps stay text, positions are 1-based, unsafe YAML is refused."""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path

import pytest
import yaml

from macros.data import load
from macros.data.load import Mapping, Scalar, Sequence, load_document


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


def test_a_missing_file_is_an_issue(tmp_path: Path) -> None:
    document, issues = load_document(tmp_path / "væk.yml", "væk.yml")
    assert document is None
    assert [str(issue) for issue in issues] == [
        "væk.yml:1:1: filen findes ikke længere (slettet, mens den blev læst) "
        "— kør valideringen igen"
    ]


LINK = (
    "dette er et link (symlink) til en anden fil eller mappe — kun almindelige filer, der "
    "ligger i portfolio/, læses; slet linket, og læg selve filen eller mappen her"
)


@pytest.mark.parametrize("target", ["findes-ikke.yml", "hemmelig.yml"])
def test_the_loader_opens_no_link_even_one_put_there_after_the_folder_was_listed(
    tmp_path: Path, target: str
) -> None:
    """O_NOFOLLOW: a link, dangling or not, is refused when opened; its target is not read."""
    (tmp_path / "hemmelig.yml").write_text("titel: HEMMELIG\n", encoding="utf-8")
    link = tmp_path / "link.yml"
    link.symlink_to(tmp_path / target)
    document, issues = load_document(link, "link.yml")
    assert document is None
    assert [str(issue) for issue in issues] == [f"link.yml:1:1: {LINK}"]


def test_a_fifo_put_there_after_the_folder_was_listed_is_refused_without_hanging(
    tmp_path: Path,
) -> None:
    """O_NONBLOCK: opening a FIFO with no writer returns at once, and fstat refuses it."""
    fifo = tmp_path / "rør.yml"
    os.mkfifo(fifo)
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(load_document(fifo, "rør.yml")))
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO hung"
    [(document, issues)] = result  # type: ignore[misc]
    assert document is None
    assert [str(issue) for issue in issues] == [
        "rør.yml:1:1: dette er ikke en almindelig fil, men fx en pipe (FIFO), en socket eller "
        "en enhed — kun almindelige filer i portfolio/ læses; slet den"
    ]


CONTROL = "filen indeholder et usynligt kontroltegn — slet tegnet, eller skriv teksten ind igen"


@pytest.mark.parametrize(
    "escape",
    [
        "\\e[31m",
        "\\0",
        "\\a",
        "\\b",
        "\\x1b",
        "\\x7f",
        "\\x85",
        "\\x9b",
        "\\r",
        "\\v",
        "\\f",
        "\\N",
    ],
)
def test_a_control_character_written_as_an_escape_is_refused_in_values_and_keys(
    tmp_path: Path, escape: str
) -> None:
    text = f'titel: "a{escape}b"\nliste:\n  - "{escape}"\n"nøgle{escape}": 1\n'
    _, issues = _load(tmp_path, text)
    assert issues == [
        f"x.yml:1:8: {CONTROL}",
        f"x.yml:3:5: {CONTROL}",
        f"x.yml:4:1: {CONTROL}",
    ]


def test_the_refused_characters_are_unicode_category_cc_except_tab_and_newline(
    tmp_path: Path,
) -> None:
    refused = set()
    for code in [*range(0xA1), 0xAD, 0x2028, 0x2029, 0x202E, 0xFEFF]:
        _, issues = _load(tmp_path, f'v: "\\u{code:04x}"\n')
        if issues:
            assert issues == [f"x.yml:1:4: {CONTROL}"]
            refused.add(chr(code))
    assert refused == {
        chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Cc"
    } - {"\t", "\n"}


def test_tab_and_newline_escapes_are_allowed(tmp_path: Path) -> None:
    assert _values(tmp_path, 'v: "a\\tb\\nc"\n') == {"v": "a\tb\nc"}


PARSERS = [yaml.CSafeLoader, yaml.SafeLoader]


@pytest.mark.parametrize("loader", PARSERS, ids=lambda loader: loader.__name__)
def test_both_parsers_place_an_unclosed_quote_where_it_opens(loader: type) -> None:
    """What `macros.data.quotes` relies on, in libyaml and in PyYAML's own parser alike."""
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        list(yaml.parse('a: 1\nb: "Afventer DAK\nc: 2\n', Loader=loader))
    error = raised.value
    assert error.context == "while scanning a quoted scalar"
    assert error.context_mark is not None
    assert (error.context_mark.line, error.context_mark.column) == (1, 3)
    assert error.problem == "found unexpected end of stream"
    assert error.problem_mark is not None
    assert (error.problem_mark.line, error.problem_mark.column) == (3, 0)


@pytest.fixture(params=PARSERS, ids=lambda loader: loader.__name__)
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the test with libyaml and with the pure-Python parser."""
    monkeypatch.setattr(load, "_EventSource", request.param)


NEVER_CLOSED = "lukkes aldrig (YAML-læseren ledte efter det lukkende"
ONE_APOSTROPHE = "en apostrof inde i teksten skrives som to: ''"


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'titel: Dræn\nstatus: "Afventer DAK\n',
            'x.yml:2:9: YAML-fejl: citationstegnet " i linje 2 '
            f'{NEVER_CLOSED} " helt til filens slutning) — sæt " der, hvor teksten slutter',
        ),
        (
            "titel: 'Dræn\nfarve: gul\n\nstatus: x\n\n",
            f"x.yml:1:8: YAML-fejl: citationstegnet ' i linje 1 {NEVER_CLOSED} ' helt til "
            "filens slutning i linje 4) — sæt ' der, hvor teksten slutter",
        ),
        (
            "titel: x\nstatus: 'Afventer\nfarve: gul\nbem: Klar til PSOF'erne.\nx: y\n",
            "x.yml:2:9: YAML-fejl: citationstegnet ' i linje 2 lukkes først af apostroffen i "
            "PSOF'erne i linje 4, hvor YAML-læseren går i stå — sæt ' der, hvor teksten slutter "
            f"({ONE_APOSTROPHE})",
        ),
        (
            "milepæle:\n  - tekst: 'Afventer\n  - tekst: Klar til (P)SOF'erne\n",
            "x.yml:2:12: YAML-fejl: citationstegnet ' i linje 2 lukkes først af apostroffen i "
            "(P)SOF'erne i linje 3, hvor YAML-læseren går i stå — sæt ' der, hvor teksten "
            f"slutter ({ONE_APOSTROPHE})",
        ),
        (
            'titel: "Afventer\nfarve: gul\nstatus: Se "bilag" her\n',
            'x.yml:1:8: YAML-fejl: citationstegnet " i linje 1 lukkes først af det næste " i '
            'linje 3, hvor YAML-læseren går i stå — sæt " der, hvor teksten slutter (et " inde '
            'i teksten skrives som \\")',
        ),
        (
            "titel: 'Peter's bog'\n",
            "x.yml:1:8: YAML-fejl: citationstegnet ' lukkes allerede af apostroffen i Peter's — "
            f"{ONE_APOSTROPHE}, fx Peter''s",
        ),
    ],
    ids=["dobbelt-aldrig", "enkelt-aldrig", "apostrof-senere", "i-liste", "dobbelt", "samme"],
)
def test_a_quote_that_goes_wrong_is_reported_where_it_opens(
    tmp_path: Path, text: str, expected: str
) -> None:
    document, issues = _load(tmp_path, text)
    assert document is None
    assert issues == [expected]


@pytest.mark.usefixtures("parser")
def test_a_quoted_text_over_several_lines_is_not_blamed_for_a_later_error(
    tmp_path: Path,
) -> None:
    fine = 'status: "Arbejdet er\n  i gang."\nfarve: gul\n'
    assert _values(tmp_path, fine) == {"status": "Arbejdet er i gang.", "farve": "gul"}
    _, issues = _load(tmp_path, fine + "bem: x\n  y: z\n")
    [issue] = issues
    assert issue.startswith("x.yml:5:")
    assert "citationstegnet" not in issue
