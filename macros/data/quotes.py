"""Where a YAML syntax error really comes from when a quoted text is not closed where it ends.

libyaml reports where it got stuck, which for a quote that goes wrong is far from the quote:

- a quote that is never closed is read to the end of the file: "found unexpected end of stream"
  at the last line, with the context "while scanning a quoted scalar" and `context_mark` at the
  opening quote (the same in libyaml and in PyYAML's pure parser);
- a quote closed too late — by an apostrophe in a word further down (PSOF'erne) or by a stray
  quote — swallows the lines between as text, and the parser then trips over what follows the
  closing quote on that later line, with a message about keys or colons that says nothing of
  quotes.

The second case is found by scanning the tokens again up to the error (`yaml.scan`, the same
scanner that parsed the file, so the positions agree): if the last quoted text before the error
ends on the error's line, and either it is closed in the middle of a word or it swallowed lines
that start no further in than the line it began on (that is, following fields), the quote is the
cause. A text in quotes that legitimately runs over several lines is indented under its field,
and is closed by a quote followed by a space or the line's end, so it is not blamed.
"""

from __future__ import annotations

from typing import Any

import yaml

from macros.core.issues import Issue

_QUOTES = ("'", '"')
_LONGEST_WORD = 40

# How to write the quote itself inside a quoted text, by the style of quote.
_INSIDE = {
    "'": "en apostrof inde i teksten skrives som to: ''",
    '"': 'et " inde i teksten skrives som \\"',
}


def quote_issue(display: str, error: yaml.MarkedYAMLError, text: str, loader: Any) -> Issue | None:
    """The issue at the opening quote that caused `error`, or None if a quote did not.

    Args:
        display: the file's path in messages.
        error: the syntax error from the parser.
        text: the file's text, as parsed.
        loader: the loader class that parsed it (its scanner is run again).
    """
    stopped = error.problem_mark
    if stopped is None:
        return None
    opening = error.context_mark
    problem = error.problem or ""
    if (
        opening is not None
        and "quoted scalar" in (error.context or "")
        and ("end of stream" in problem or "document" in problem)
    ):
        return _never_closed(display, text, opening, stopped, "end of stream" in problem)
    token = _last_quoted_text(text, stopped, loader)
    if token is None:
        return None
    return _closed_too_late(display, text, token)


def _never_closed(
    display: str, text: str, opening: yaml.Mark, stopped: yaml.Mark, at_end: bool
) -> Issue:
    quote = _char(text, opening.index) if _char(text, opening.index) in _QUOTES else '"'
    if at_end:
        # libyaml stops on the empty line after the last newline; name the last written line.
        last = len(text.rstrip().splitlines()) or 1
        where = "helt til filens slutning"
        where += f" i linje {last}" if last != opening.line + 1 else ""
    else:
        where = f"til linje {stopped.line + 1}"
    return Issue(
        display,
        opening.line + 1,
        opening.column + 1,
        "",
        f"YAML-fejl: citationstegnet {quote} i linje {opening.line + 1} lukkes aldrig "
        f"(YAML-læseren ledte efter det lukkende {quote} {where}) — "
        f"sæt {quote} der, hvor teksten slutter",
    )


def _last_quoted_text(text: str, stopped: yaml.Mark, loader: Any) -> Any:
    """The last quoted scalar token that starts before the error and ends on its line."""
    last = None
    try:
        for token in yaml.scan(text, Loader=loader):
            start = token.start_mark
            if (start.line, start.column) >= (stopped.line, stopped.column):
                break
            if isinstance(token, yaml.ScalarToken) and token.style in _QUOTES:
                last = token
    except yaml.YAMLError:
        pass  # the scanner may stop at the same error: the tokens before it are what counts
    if last is None or last.end_mark.line != stopped.line:
        return None
    return last


def _closed_too_late(display: str, text: str, token: Any) -> Issue | None:
    start, end = token.start_mark, token.end_mark
    quote = _char(text, start.index)
    closing = end.index - 1
    if quote not in _QUOTES or _char(text, closing) != quote:
        return None
    in_a_word = _char(text, end.index).isalnum()
    if not in_a_word and not _swallows_lines(text, start.index, end.index):
        return None
    apostrophe = in_a_word and quote == "'"
    word = _word_around(text, closing, start.index + 1) if apostrophe else ""
    closer = f"apostroffen i {word}" if apostrophe else f"det næste {quote}"
    line, end_line = start.line + 1, end.line + 1
    if end_line == line:
        example = f", fx {word.replace(quote, quote * 2)}" if apostrophe else ""
        message = (
            f"YAML-fejl: citationstegnet {quote} lukkes allerede af {closer} — "
            f"{_INSIDE[quote]}{example}"
        )
    else:
        message = (
            f"YAML-fejl: citationstegnet {quote} i linje {line} lukkes først af {closer} "
            f"i linje {end_line}, hvor YAML-læseren går i stå — sæt {quote} der, hvor teksten "
            f"slutter ({_INSIDE[quote]})"
        )
    return Issue(display, line, start.column + 1, "", message)


def _swallows_lines(text: str, start: int, end: int) -> bool:
    """Whether a line inside the quoted text starts no further in than the line it began on."""
    line_start = text.rfind("\n", 0, start) + 1
    first = text[line_start:start]
    indent = len(first) - len(first.lstrip(" "))
    return any(
        len(line) - len(line.lstrip(" ")) <= indent
        for line in text[start:end].split("\n")[1:]
        if line.strip()
    )


def _word_around(text: str, index: int, earliest: int) -> str:
    """The word around `index` (not before `earliest`), kept short, without a final comma."""
    left = index
    while left > earliest and not text[left - 1].isspace():
        left -= 1
    right = index + 1
    while right < len(text) and not text[right].isspace():
        right += 1
    word = text[max(left, index - _LONGEST_WORD) : min(right, index + _LONGEST_WORD)]
    return word.rstrip(".,:;!?'")


def _char(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""
