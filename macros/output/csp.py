"""The one Content-Security-Policy every built page carries.

Only scripts the site ships as files run: 'self', no inline script, no hash; and WebAssembly,
which the search (Pagefind) compiles from its own file ('wasm-unsafe-eval' allows nothing else).
Nothing is read from the finished page: a hash taken from the output would allow whatever the
data managed to put there. Material's few inline scripts come from files instead
(overrides/partials/javascripts/).
Inline styles stay allowed: the timeline places its bars with style attributes, which CSP cannot
allow by hash, and a style cannot run code.
The feeds are XML, not pages, and carry no policy of their own; the XSLT stylesheet that shows
one as a page (feed.xsl) is a file of the site, which a policy sent as a header would allow by
'self' (browsers judge XSLT by script-src), and its page uses only an inline style and a data: icon.
"""

from __future__ import annotations

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
"""The policy of every page; main.html writes it as the first element of <head>."""
