"""How issues reach people: plain lines, GitHub annotations and the job summary.

The text of an issue may contain anything an editor typed, so each format escapes it for itself:
workflow commands cannot be injected through a value, and the summary's Markdown table cannot be
broken or turned into HTML.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from macros.issues import Issue


def plain_lines(issues: Sequence[Issue]) -> list[str]:
    """One line per issue, `file:line:col: field: message`; newlines in values cannot split it."""
    return [_one_line(str(issue)) for issue in issues]


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


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
                f"file={_escape_property(issue.file)}",
                f"line={issue.line}",
                f"col={issue.column}",
                f"title={_escape_property(issue.field or 'Porteføljen')}",
            )
        )
        message = f"{issue.field}: {issue.message}" if issue.field else issue.message
        commands.append(f"::error {properties}::{_escape_data(message)}")
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
