"""How issues reach people: plain lines, GitHub annotations and the job summary.

The text of an issue may contain anything an editor typed, so each format escapes it for itself:
workflow commands cannot be injected through a value, and the summary's Markdown table cannot be
broken or turned into HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from macros.core.issues import Issue
from macros.data.load import CONTROL_CHARACTERS

# Characters a terminal, a log viewer or GitHub would obey or hide instead of showing: Unicode
# category Cc (ESC starts terminal sequences, CR overwrites the line, BEL, NUL, C1 controls such
# as CSI \x9b), the line and paragraph separators (some viewers break lines there), and the
# bidirectional embeddings, overrides and isolates, which can show a file name or a value in
# another order than it has ("Trojan Source"). The newline is kept: each format flattens or
# encodes it itself.
_HIDDEN = re.compile(f"[{CONTROL_CHARACTERS}\t\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\r": "\\r", "\x00": "\\0"}


def visible(text: str) -> str:
    r"""`text` with each hidden or control character written as an escape, e.g. ESC as \x1b.

    Why escapes: they are what the editor may have typed in a YAML text in double quotes, so the
    message shows where to look; and a backslash code cannot do anything in any viewer.
    """
    return _HIDDEN.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain_lines(issues: Sequence[Issue]) -> list[str]:
    """One line per issue, `file:line:col: field: message`; newlines in values cannot split it."""
    return [_one_line(str(issue)) for issue in issues]


def _one_line(text: str) -> str:
    return visible(text).replace("\n", " ")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(issues: Sequence[Issue]) -> list[str]:
    """`::error` workflow commands, one per issue, shown on the pull request's lines."""
    commands = []
    for issue in issues:
        properties = ",".join(
            (
                f"file={_escape_property(visible(issue.file))}",
                f"line={issue.line}",
                f"col={issue.column}",
                f"title={_escape_property(visible(issue.field or 'Porteføljen'))}",
            )
        )
        message = f"{issue.field}: {issue.message}" if issue.field else issue.message
        commands.append(f"::error {properties}::{_escape_data(visible(message))}")
    return commands


def _cell(text: str) -> str:
    return html.escape(_one_line(text)).replace("|", "&#124;").replace("`", "&#96;")


def step_summary(issues: Sequence[Issue]) -> str:
    """A Markdown table of every issue for the GitHub Actions job summary."""
    if not issues:
        return "## Porteføljen er gyldig\n\nValideringen fandt ingen fejl.\n"
    rows = [
        f"| {_cell(issue.file)} | {issue.line}:{issue.column} | {_cell(issue.field)} "
        f"| {_cell(issue.message)} |"
        for issue in issues
    ]
    header = (
        f"## Porteføljen har {len(issues)} fejl\n\n"
        "| Fil | Linje:kolonne | Felt | Hvad skal rettes |\n|---|---|---|---|\n"
    )
    return header + "\n".join(rows) + "\n"
