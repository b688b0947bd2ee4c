"""What a build hands to the second process (adapter/aside.py), and how the results come back.

Two jobs whose results the build needs only near its end: the HTML of the generated pages
nobody searches (MkDocs builds them last, and the plugin puts the HTML in after MkDocs has
rendered the page around it), and the side files, written straight into the site folder. One
child does both in turn and answers once, so a build runs at most two processes; the first page
nobody searches waits for that answer (on two cores it has usually come by then).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from macros.adapter.aside import Aside, is_forked, run_aside
from macros.output.pages import GeneratedPage, SideFile


@dataclass(frozen=True)
class AsideResult:
    """What the second process sends back (the side files are already written)."""

    bodies: dict[str, str]
    """The HTML of each page nobody searches, by its path under the docs folder."""


class BuildAside:
    """The second process of one build (in-process when it cannot fork); results on first use."""

    def __init__(
        self,
        late: Iterable[GeneratedPage],
        sides: Iterable[SideFile],
        site_dir: Path,
    ) -> None:
        late_pages = tuple(late)
        self.late_src_uris = frozenset(page.src_uri for page in late_pages)
        """The pages whose HTML comes from the second process."""
        work = partial(_work, late_pages, tuple(sides), site_dir)
        self._aside: Aside[AsideResult] = run_aside(work)
        self._result: AsideResult | None = None

    @property
    def is_forked(self) -> bool:
        """Whether the work runs in a second process."""
        return is_forked(self._aside)

    def result(self) -> AsideResult:
        """Wait for the second process the first time; raises AsideFailed if it failed."""
        if self._result is None:
            self._result = self._aside.result()
        return self._result

    def cancel(self) -> None:
        """Stop the second process if it still runs."""
        if self._result is None:
            self._aside.cancel()


def _work(
    late: tuple[GeneratedPage, ...], sides: tuple[SideFile, ...], site_dir: Path
) -> AsideResult:
    bodies = {page.src_uri: str(page.render()) for page in late}
    for side in sides:
        (site_dir / side.path).write_bytes(side.make())
    return AsideResult(bodies)
