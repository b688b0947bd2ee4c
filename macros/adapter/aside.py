"""A second process for work the build needs only late, so the build uses both cores.

MkDocs renders pages on one core. Work whose result is needed only near the end of the build
(see macros/adapter/build_aside.py) is made alongside, in a forked child: it starts with the views
already in memory, so nothing is loaded or parsed again, and sends its result back through a
pipe. Where fork is not safe (other systems than Linux, or other threads running: `mkdocs
serve` watches files and serves pages from threads, and a fork would copy their locks without
the threads that hold them), or the child cannot be started, the same work runs in the build's
own process instead. The child must not log: MkDocs' `--strict` counts only the build's own
warnings.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
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
        try:
            return _Forked(work)
        except OSError:
            pass  # Why go on: no process to spare (EAGAIN, ENOMEM) only costs time.
    return _InProcess(work)


def can_fork() -> bool:
    """True when the work may run in a forked child: on Linux, with no other thread running."""
    return sys.platform == "linux" and threading.active_count() == 1


def is_forked(aside: Aside[object]) -> bool:
    """Whether the work runs in a second process."""
    return isinstance(aside, _Forked)


class _Forked(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        # Why daemon: the child must not outlive a build that is interrupted.
        self._process = context.Process(target=_run_and_send, args=(work, sender), daemon=True)
        # Why freeze: the child's cycle collector then leaves the inherited objects alone, instead
        # of writing to each one and so making the kernel copy nearly all of the build's memory.
        gc.freeze()
        try:
            self._process.start()
        except OSError:
            self._receiver.close()
            raise
        finally:
            gc.unfreeze()
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
