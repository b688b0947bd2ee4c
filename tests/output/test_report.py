"""Issue output formats escape what editors typed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from macros.core.issues import Issue
from macros.data.validate import check_portfolio
from macros.output.report import github_annotations, plain_lines, step_summary, visible

HOSTILE = Issue("portfolio/a,b:c.yml", 3, 5, "titel", "'x\n::warning::y' 100% <script>|`")


def test_a_value_cannot_inject_a_workflow_command() -> None:
    [command] = github_annotations([HOSTILE])
    assert "\n" not in command
    assert command == (
        "::error file=portfolio/a%2Cb%3Ac.yml,line=3,col=5,title=titel::titel: "
        "'x%0A::warning::y' 100%25 <script>|`"
    )


def test_plain_lines_stay_one_line_each() -> None:
    assert plain_lines([HOSTILE]) == [
        "portfolio/a,b:c.yml:3:5: titel: 'x ::warning::y' 100% <script>|`"
    ]


def test_the_job_summary_escapes_markdown_and_html() -> None:
    summary = step_summary([HOSTILE])
    assert "<script>" not in summary
    assert "&lt;script&gt;&#124;&#96;" in summary
    assert summary.startswith("## Porteføljen har 1 fejl\n")


def test_the_job_summary_of_a_valid_portfolio() -> None:
    assert step_summary([]) == "## Porteføljen er gyldig\n\nValideringen fandt ingen fejl.\n"


# ESC [31m would turn a terminal red, BEL rings, NUL ends a C string, CR returns to the line's
# start (hiding what came before), CSI \x9b starts a sequence too, U+202E reverses the text.
SNEAKY = Issue(
    "portfolio/indsatser/\x1b[31mrød\x07\x00\r.yml",
    1,
    1,
    "ti\x9btel",
    "filnavnet '\x1b[31mrød\x07\x00\r.yml' kan \u202eikke\u202c bruges\tsom id",
)
SHOWN_FILE = "portfolio/indsatser/\\x1b[31mrød\\x07\\0\\r.yml"


def _hidden(text: str) -> list[str]:
    return [
        char
        for char in text
        if unicodedata.category(char) == "Cc"
        or "\u202a" <= char <= "\u202e"
        or char in "\u2028\u2029"
    ]


def test_visible_writes_control_and_direction_characters_as_escapes() -> None:
    assert visible("a\x1bb\x07c\x00d\re\tf\x7fg\x85h\u2028i\u202ej\u2066k\nl") == (
        "a\\x1bb\\x07c\\0d\\re\\tf\\x7fg\\x85h\\u2028i\\u202ej\\u2066k\nl"
    )
    assert visible("Dræn — SAM:BO «ok» 100%") == "Dræn — SAM:BO «ok» 100%"


def test_plain_lines_show_control_characters_in_a_file_name_as_escapes() -> None:
    [line] = plain_lines([SNEAKY])
    assert _hidden(line) == []
    assert line == (
        f"{SHOWN_FILE}:1:1: ti\\x9btel: filnavnet '\\x1b[31mrød\\x07\\0\\r.yml' kan "
        "\\u202eikke\\u202c bruges\\tsom id"
    )


def test_annotations_show_control_characters_as_escapes() -> None:
    [command] = github_annotations([SNEAKY])
    assert _hidden(command) == []
    assert command == (
        "::error file=portfolio/indsatser/\\x1b[31mrød\\x07\\0\\r.yml,line=1,col=1,"
        "title=ti\\x9btel::ti\\x9btel: filnavnet '\\x1b[31mrød\\x07\\0\\r.yml' kan "
        "\\u202eikke\\u202c bruges\\tsom id"
    )


def test_the_job_summary_shows_control_characters_as_escapes() -> None:
    summary = step_summary([SNEAKY])
    assert _hidden(summary.replace("\n", "")) == []
    assert f"| {SHOWN_FILE} | 1:1 | ti\\x9btel |" in summary


def test_a_file_named_with_control_characters_is_reported_escaped(
    minimal_portfolio: Path,
) -> None:
    (minimal_portfolio / "indsatser" / "\x1b[31mrød\x07.yml").write_text(
        "titel: x\n", encoding="utf-8"
    )
    _, issues = check_portfolio(minimal_portfolio, "portfolio")
    lines = plain_lines(issues)
    assert lines
    assert all(_hidden(line) == [] for line in lines)
    assert lines[0].startswith(
        "portfolio/indsatser/\\x1b[31mrød\\x07.yml:1:1: filnavnet '\\x1b[31mrød\\x07.yml' kan "
        "ikke bruges som id"
    )
