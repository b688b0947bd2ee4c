"""The editors' guide explains every message the validator gives."""

from __future__ import annotations

import re

from macros.data import load
from tests.conftest import INVALID, PROJECT

GUIDE = (PROJECT / "content" / "redaktører.md").read_text(encoding="utf-8")
EXPLAINED = re.findall(r"^\| `([^`]+)` \|", GUIDE, flags=re.MULTILINE)


def explained(message: str) -> bool:
    return any(fragment in message for fragment in EXPLAINED)


def test_every_message_of_the_bad_input_corpus_is_explained() -> None:
    unexplained = [
        line
        for expected in sorted(INVALID.glob("*/expected.txt"))
        for line in expected.read_text(encoding="utf-8").splitlines()
        if not explained(line)
    ]
    assert unexplained == []


def test_every_yaml_syntax_message_is_explained() -> None:
    messages = [danish for _, danish in load.SYNTAX_MESSAGES]
    assert messages
    assert [message for message in messages if not explained(message)] == []


def test_the_guide_is_in_the_navigation() -> None:
    assert "redaktører.md" in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
