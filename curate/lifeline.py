"""Worker processes that cannot outlive the driver, and shards retried once.

`die_with_parent()` runs first in every worker: on Linux it asks the kernel to SIGKILL the worker
when the driver dies (`prctl(PR_SET_PDEATHSIG)`: this holds on `kill -9` too, when no Python
code of the driver runs), and everywhere a watchdog thread exits the worker within half a second
of the driver disappearing. A worker killed this way stops its generation requests with it.

`process_with_retry` runs a shard; a failure that is not one of curate's own (an OSError, a
library crash) is retried once, then becomes a `ShardError` naming the shard: one line for the
CLI. Bad rows never get here: they are quarantined while the shard is read.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from polars.exceptions import PanicException

from curate.errors import CurateError

PR_SET_PDEATHSIG = 1
# a Rust panic inside polars is a BaseException (pyo3's PanicException): a crash all the same
CRASHES: tuple[type[BaseException], ...] = (Exception, PanicException)
WATCH_SECONDS = 0.5
STOP_GRACE_S = 30.0  # how long interrupted workers get to flush before SIGKILL
T = TypeVar("T")


class ShardError(CurateError):
    """A shard failed twice for a reason that is not its data."""


def _prctl_pdeathsig() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def die_with_parent(parent: int | None = None) -> None:
    """Make this process exit when `parent` (default: the current parent) is gone."""
    parent = parent if parent is not None else os.getppid()
    _prctl_pdeathsig()
    if os.getppid() != parent:  # the driver died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="curate-lifeline", daemon=True).start()


_BUSY = [False]  # a worker is inside a shard


def interrupt_once() -> None:
    """In a worker: the first SIGINT (Ctrl-C, or the driver stopping its workers) stops it. An
    idle worker exits at once; a busy one gets a KeyboardInterrupt, so the shard's `finally`
    blocks run (finished samples are flushed to the generation cache), then exits (`working`).
    Later SIGINTs are ignored, so they cannot cut that flush short; the driver's backstop is
    SIGKILL. SIGTERM keeps its default (the pool itself stops broken workers with it) until the
    first SIGINT: from then on the worker is on its way out, and the pool, seeing a sibling that
    finished its flush exit first, would SIGTERM this one in the middle of its own flush."""

    def first(signum: int, frame: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if not _BUSY[0]:
            os._exit(130)  # nothing to flush
        raise KeyboardInterrupt(f"signal {signum}")

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, first)


@contextmanager
def working() -> Iterator[None]:
    """Mark this worker busy with a shard; an interrupt ends the process once the shard's own
    clean-up ran (a pool worker would otherwise wait for its next task)."""
    _BUSY[0] = True
    try:
        yield
    except KeyboardInterrupt:
        os._exit(130)
    finally:
        _BUSY[0] = False


def stop_processes(procs: list[Any], grace_s: float = STOP_GRACE_S) -> None:
    """Interrupt worker processes (SIGINT: they flush and exit), wait up to `grace_s`, then
    SIGKILL what is left."""
    for proc in procs:
        try:
            os.kill(proc.pid, signal.SIGINT)
        except (OSError, TypeError):
            pass  # gone already
    deadline = time.monotonic() + grace_s
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
    for proc in procs:
        if proc.is_alive():
            proc.kill()


def describe(exc: BaseException, limit: int = 300) -> str:
    """`Type: message` on one line, cut to `limit` characters."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _deliberate(exc: BaseException) -> bool:
    """curate's own errors are final (a bad recipe, an error rate exceeded), except a stage's
    wrapper around a crash inside a plugin (`StageError(...) from RuntimeError`)."""
    if not isinstance(exc, CurateError):
        return False
    cause = exc.__cause__
    return cause is None or isinstance(cause, CurateError)


def process_with_retry(fn: Callable[[], T], label: str) -> T:
    """`fn()`; a failure that is not deliberate is retried once, then raised as a one-line
    `ShardError` naming `label`."""
    try:
        return fn()
    except CRASHES as first:
        if _deliberate(first):
            raise
        try:
            return fn()
        except CRASHES as exc:
            if _deliberate(exc):
                raise
            raise _shard_error(label, first, exc) from exc


def _shard_error(label: str, first: BaseException, exc: BaseException) -> ShardError:
    root = exc.__cause__ if isinstance(exc, CurateError) and exc.__cause__ is not None else exc
    if isinstance(root, OSError):
        from curate.envfail import explain

        return ShardError(f"{label}: {explain(root)}")
    return ShardError(
        f"{label} failed twice ({describe(first)}; then {describe(exc)}); the shards "
        "before it are committed: fix the cause and rerun to resume"
    )
