"""Stage 1, core: Danish alphabetical order, for lists people scan by name (kommuner first of all).

Python sorts by code point, which puts Å before Æ and "Aabenraa" first; a Danish reader looks for
Æ, Ø, Å after Z, and for "aa" where "å" stands (Aabenraa by Åbenrå, after Vejle).
"""

from __future__ import annotations

_AFTER_Z = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y", "é": "e"})
"""Æ, Ø and Å as the three characters after "z" in code point order; ä, ö, ü and é as Danish
dictionaries file them."""


def danish_order(text: str) -> str:
    """A sort key that puts `text` in Danish alphabetical order, ignoring case."""
    return text.casefold().replace("aa", "å").translate(_AFTER_Z)
