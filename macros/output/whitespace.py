"""Stage 5, render (finished pages): the theme's indentation taken out of each page's HTML.

Why: Material's templates indent every line they print, a tenth of each page. A browser shows a
run of spaces and line breaks between words or tags as one space, so keeping the line break and
dropping what follows it changes nothing a reader sees. Text in <pre> and <textarea> shows its
spaces as written and is left as it is; so is every attribute value, because a line break inside
one (a title, a label) may be read out.
"""

from __future__ import annotations

import re

_KEEPS_SPACES = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
# Why the lookahead: indentation counts only where the next angle bracket opens a tag (or a kept
# element follows), that is outside any tag; the theme, Jinja and Markdown write < and > in text
# and attribute values as entities. Why possessive and only at a run's first line break: a
# failed lookahead must not retry shorter runs, which took minutes on a few thousand newlines.
_INDENTATION = re.compile(r"\n(?<![ \t\r\n]\n)[ \t\r\n]++(?=[^<>]*+(?:<|\Z))")


def without_indentation(html: str) -> str:
    """The page with no spaces or blank lines after a line break between words or tags."""
    if _KEEPS_SPACES.search(html) is None:
        return _INDENTATION.sub("\n", html)
    # Why step 3: split() returns text, the whole kept element, its name, text, and so on.
    parts = _KEEPS_SPACES.split(html)
    texts = [_INDENTATION.sub("\n", text) for text in parts[::3]]
    kept = [*parts[1::3], ""]
    return "".join(text + element for text, element in zip(texts, kept, strict=True))
