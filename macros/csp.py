"""Stage 5, render (policy): a Content-Security-Policy for each built page.

The policy allows nothing from other origins, and inline scripts only by the hash of their
exact text (Material writes a few small ones into every page). Inline styles stay allowed:
the timeline places its bars with style attributes, which CSP cannot allow by hash.
"""

from __future__ import annotations

import base64
import hashlib
import re

INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE
)
DATA_ONLY = re.compile(r"""type\s*=\s*["']?application/(ld\+)?json""", re.IGNORECASE)
POLICY = (
    "default-src 'self'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def script_hashes(html: str) -> list[str]:
    """'sha256-…' for each inline script the browser would run, in page order, no repeats."""
    hashes = []
    for attributes, body in INLINE_SCRIPT.findall(html):
        if DATA_ONLY.search(attributes):
            continue  # Why: JSON in a script element is data; CSP does not apply to it.
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        if f"'sha256-{digest}'" not in hashes:
            hashes.append(f"'sha256-{digest}'")
    return hashes


def policy(html: str) -> str:
    """The Content-Security-Policy for this page."""
    hashes = script_hashes(html)
    return POLICY.format(hashes="".join(f" {h}" for h in hashes))


def with_policy(html: str) -> str:
    """The page with its policy as the first element of <head>."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return re.sub(r"<head>", f"<head>\n{meta}", html, count=1)
