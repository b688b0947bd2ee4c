"""The Content-Security-Policy: hashes of exactly the inline scripts that run."""

from __future__ import annotations

import base64
import hashlib

from macros.csp import policy, script_hashes, with_policy


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_inline_scripts_that_run_are_hashed_once_each() -> None:
    html = (
        "<head></head><script>a()</script><script src='x.js'></script>"
        '<script type="application/json">{"x": 1}</script><script>a()</script>'
        "<script type='module'>b()</script>"
    )
    assert script_hashes(html) == [sha("a()"), sha("b()")]


def test_the_policy_is_the_first_thing_in_head() -> None:
    page = with_policy("<html><head><title>x</title></head><script>a()</script></html>")
    assert page.startswith('<html><head>\n<meta http-equiv="Content-Security-Policy"')
    assert f"script-src 'self' {sha('a()')};" in policy("<script>a()</script>")
