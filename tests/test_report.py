"""Issue output formats escape what editors typed."""

from __future__ import annotations

from macros.issues import Issue
from macros.report import github_annotations, plain_lines, step_summary

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
