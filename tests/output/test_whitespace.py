"""The theme's indentation comes out of a finished page; nothing a reader sees changes."""

from __future__ import annotations

import pytest

from macros.output.whitespace import without_indentation


def test_indentation_and_blank_lines_after_a_line_break_go() -> None:
    html = "<ul>\n    <li>\n\n      Forside\n\n    </li>\n</ul>"
    assert without_indentation(html) == "<ul>\n<li>\nForside\n</li>\n</ul>"


def test_a_space_between_words_or_inline_tags_stays() -> None:
    html = "<p><strong>8. april:</strong> Skridt 0 <em>i</em>\tindsats</p>"
    assert without_indentation(html) == html


def test_pre_and_textarea_keep_their_spaces_whatever_the_case_of_the_tag() -> None:
    html = "<div>\n  <PRE>a:\n    b: 1\n</PRE>\n  <textarea>\n  linje</textarea>\n  slut</div>"
    assert without_indentation(html) == (
        "<div>\n<PRE>a:\n    b: 1\n</PRE>\n<textarea>\n  linje</textarea>\nslut</div>"
    )


def test_a_line_break_inside_an_attribute_value_keeps_its_spaces() -> None:
    html = '<abbr title="Dansk\n    Almen Kvalitet">DAK</abbr>\n  <a aria-label="A\n  B">x</a>'
    assert without_indentation(html) == (
        '<abbr title="Dansk\n    Almen Kvalitet">DAK</abbr>\n<a aria-label="A\n  B">x</a>'
    )


def test_a_non_breaking_space_after_a_line_break_is_text_and_stays() -> None:
    assert without_indentation("<p>\n\u00a0kr.</p>") == "<p>\n\u00a0kr.</p>"


@pytest.mark.parametrize(
    "html",
    [
        '<a title="' + "\n" * 20_000 + 'x">',
        "<p>" + "\n " * 20_000 + "a > b</p>",
        '<a title="\n' + " " * 100_000 + 'x">',
    ],
    ids=["line-breaks-in-an-attribute", "runs-before-a-literal-bracket", "one-long-run-in-a-tag"],
)
def test_whitespace_inside_a_tag_or_before_a_literal_bracket_is_left_alone(html: str) -> None:
    """Before the pattern was possessive, each of these took from seconds to minutes."""
    assert without_indentation(html) == html
