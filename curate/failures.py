"""How a run ends when something fails: the manifest says `failed` (with the reason) or
`interrupted` (Ctrl-C, a kill signal turned into an exception), and an environment `OSError`
becomes a one-line `EnvironmentFailure` naming the path and what to do."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from curate.envfail import failure
from curate.lifeline import CRASHES

if TYPE_CHECKING:
    from curate.store import RunStore


@contextmanager
def recorded(store: RunStore | None, discard: Callable[[], bool] | None = None) -> Iterator[None]:
    """Mark `store` failed/interrupted on the way out of an error (or remove it when `discard()`
    says it holds nothing worth a resume); OSError → EnvironmentFailure."""
    try:
        yield
    except KeyboardInterrupt:
        _end(store, discard, "interrupted", "interrupted (Ctrl-C or a signal)")
        raise
    except OSError as exc:
        err = failure(exc)
        _end(store, discard, "failed", str(err))
        raise err from exc
    except BaseException as exc:
        status = "failed" if isinstance(exc, CRASHES) else "interrupted"
        _end(store, discard, status, _reason(exc))
        raise


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 500 else text[:497] + "..."


def _end(
    store: RunStore | None, discard: Callable[[], bool] | None, status: str, reason: str
) -> None:
    if store is None:
        return
    try:
        if discard is not None and discard():
            shutil.rmtree(store.root, ignore_errors=True)
            return
    except OSError:
        pass
    try:
        store.mark(status, reason)
    except OSError:  # the disk that failed may not take the manifest either
        pass
