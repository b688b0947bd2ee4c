"""Writing a file into portfolio/ (`portfolio new`, `portfolio import`), never through a link.

Why: reading refuses anything but regular files inside the folder (data/load.py); writing must
not be the way round that. A link in place of the file, or of a folder on the way, could send the
text anywhere the command may write, and `--overskriv` would replace whatever it points to.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_FLAGS = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


class NotWritten(Exception):
    """The file was not written; the message says why, in Danish."""


def write_inside(root: Path, target: Path, text: str, *, replace: bool) -> None:
    """Write `text` (UTF-8) to `target` under `root`, creating the folders on the way.

    Args:
        root: the portfolio folder.
        target: the file, inside `root`.
        text: the file's content.
        replace: whether an existing regular file may be replaced; otherwise it must not exist.

    Raises:
        NotWritten: when the file exists (and may not be replaced), or the file or a folder on
            the way is a link or not a regular file or folder.
    """
    parts = target.relative_to(root).parts
    for depth in range(len(parts) + 1):
        _refuse_link(root.joinpath(*parts[:depth]))
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = _FLAGS | (os.O_TRUNC if replace else os.O_EXCL)
    if replace and target.exists() and not target.is_file():
        raise NotWritten(f"{target.as_posix()} er ikke en almindelig fil — slet den")
    try:
        descriptor = os.open(target, flags, 0o644)
    except FileExistsError:
        raise NotWritten(f"{target.as_posix()} findes allerede — vælg et andet id") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotWritten(_link_message(target)) from None
        raise NotWritten(
            f"{target.as_posix()} kan ikke skrives — tjek mappens rettigheder"
        ) from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotWritten(f"{target.as_posix()} er ikke en almindelig fil — slet den")
        handle.write(text)


def _refuse_link(path: Path) -> None:
    if path.is_symlink():
        raise NotWritten(_link_message(path))


def _link_message(path: Path) -> str:
    return (
        f"{path.as_posix()} er et link (symlink) — der skrives kun i almindelige filer og mapper "
        "i porteføljen; slet linket"
    )
