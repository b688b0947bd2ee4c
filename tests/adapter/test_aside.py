"""The second process: results and failures come back to the build, in a fork or in-process;
and HTML put into a page after MkDocs rendered it."""

from __future__ import annotations

import os
import threading
import time

import pytest
from markupsafe import Markup

from macros.adapter import aside
from macros.adapter.aside import AsideFailed, can_fork, run_aside
from macros.adapter.plugin import PageInserts


@pytest.fixture(params=[True, False], ids=["forked", "in-process"])
def forking(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    forks: bool = request.param
    monkeypatch.setattr(aside, "can_fork", lambda: forks)
    return forks


def test_the_result_comes_back_from_where_the_work_ran(forking: bool) -> None:
    here = os.getpid()
    pid, data = run_aside(lambda: (os.getpid(), {"docs": ["æøå"] * 3})).result()
    assert data == {"docs": ["æøå"] * 3}
    assert (pid != here) is forking


def test_a_failure_names_the_error_and_keeps_the_traceback(forking: bool) -> None:
    def work() -> None:
        raise ValueError("disken er fuld")

    with pytest.raises(AsideFailed, match=r"^ValueError: disken er fuld$") as failed:
        run_aside(work).result()
    assert "Traceback" in failed.value.details
    assert "in work" in failed.value.details


def test_a_child_that_dies_without_an_answer_fails_the_build() -> None:
    with pytest.raises(AsideFailed, match=r"stoppede uden svar \(exit code 3\)"):
        aside._Forked(lambda: os._exit(3)).result()


def test_cancel_stops_a_running_child() -> None:
    started = time.perf_counter()
    running = aside._Forked(lambda: time.sleep(60))
    running.cancel()
    assert time.perf_counter() - started < 10
    assert running._process.exitcode is not None


def test_no_fork_while_other_threads_run() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        assert isinstance(run_aside(lambda: 1), aside._InProcess)
    finally:
        release.set()
        other.join()


def test_page_inserts_fill_their_markers_and_leave_other_pages_alone() -> None:
    inserts = PageInserts()
    first = inserts.marker_for(Markup("<ul><li>Rød</li></ul>"))
    second = inserts.marker_for(Markup("<table></table>"))
    assert first != second
    page = f"<article><h2>Kræver handling</h2>\n{first}\n<h2>Næste</h2>\n{second}</article>"
    assert inserts.filled(page) == (
        "<article><h2>Kræver handling</h2>\n<ul><li>Rød</li></ul>\n<h2>Næste</h2>\n"
        "<table></table></article>"
    )
    assert inserts.filled("<p>ingen markører</p>") == "<p>ingen markører</p>"
