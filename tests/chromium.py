"""Which Chromium the browser tests and the benchmark drive, and how it is started.

Playwright never downloads a browser here: it launches Debian's Chromium (or the browser the
Makefile's CHROMIUM names, Google Chrome on GitHub's runners).
"""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",  # we run as root
    "--disable-gpu",
    # Why the rest: Chromium otherwise calls Google's services, which the closed network refuses.
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
