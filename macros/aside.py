"""A second process for work no page waits for, so the build uses both cores.

MkDocs renders pages on one core. Exports, feeds, calendars and the search entries of the
generated pages are needed only when the build ends, so they are made alongside, in a forked
child: it starts with the views already in memory, so nothing is loaded or parsed again, and
sends its result back through a pipe. Where fork is unavailable, or other threads run (`mkdocs
serve` watches files and serves pages from threads, and a fork would copy their locks without
the threads that hold them), the same work runs in the build's own process instead.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class AsideFailed(Exception):
    """The work raised, or its process died; the message says which, the traceback is logged."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details
        """The child's traceback, for the log; empty when there is none."""


class Aside(Protocol[T_co]):
    """Work started earlier whose result is collected once."""

    def result(self) -> T_co:
        """Wait for the work; return its result, or raise AsideFailed."""
        ...

    def cancel(self) -> None:
        """Stop the work if it still runs (the build failed elsewhere)."""
        ...


def run_aside(work: Callable[[], T]) -> Aside[T]:
    """Start `work` in a forked process when that is safe; otherwise run it at `result()`."""
    if can_fork():
        return _Forked(work)
    return _InProcess(work)


def can_fork() -> bool:
    """True when the work may run in a forked child: fork exists and no other thread runs."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


class _Forked(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        # Why daemon: the child must not outlive a build that is interrupted.
        self._process = context.Process(target=_run_and_send, args=(work, sender), daemon=True)
        self._process.start()
        sender.close()

    def result(self) -> T:
        try:
            succeeded, payload = self._receiver.recv()
        except EOFError:
            self._process.join()
            code = self._process.exitcode
            raise AsideFailed(f"den anden proces stoppede uden svar (exit code {code})") from None
        finally:
            self._receiver.close()
        self._process.join()
        if not succeeded:
            raise AsideFailed(payload.strip().splitlines()[-1], payload)
        result: T = payload
        return result

    def cancel(self) -> None:
        self._process.kill()
        self._process.join()
        self._receiver.close()


def _run_and_send(work: Callable[[], object], sender: Connection) -> None:
    try:
        outcome = (True, work())
    except BaseException:  # Why all: whatever it is goes back to the build, which fails.
        outcome = (False, traceback.format_exc())
    sender.send(outcome)
    sender.close()


class _InProcess(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work

    def result(self) -> T:
        try:
            return self._work()
        except Exception as error:
            raise AsideFailed(f"{type(error).__name__}: {error}", traceback.format_exc()) from None

    def cancel(self) -> None:
        pass  # nothing has started
