"""Environment failures (full disk, read-only mount, permissions, missing files) as one line that
names the path and what to do, instead of a traceback.

Polars and Arrow raise `OSError("No space left on device (os error 28)")` (or a `ComputeError`
around it) without `errno` or the path, and a failed `write()` carries no file name either: `on_path` attaches both, so every
message can say which file could not be written.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curate.errors import CurateError

_OS_ERROR = re.compile(r"os error (\d+)")

ADVICE = {
    errno.ENOSPC: ("no space left on the device", "free some space or write elsewhere (--out DIR)"),
    errno.EDQUOT: ("disk quota exceeded", "free some space or write elsewhere (--out DIR)"),
    errno.EROFS: (
        "read-only file system",
        "write elsewhere (--out DIR); a finished run on a read-only disk can still be shown "
        "and exported",
    ),
    errno.EACCES: ("permission denied", "check the permissions, or write elsewhere (--out DIR)"),
    errno.EPERM: ("operation not permitted", "check the permissions, or write elsewhere"),
    errno.ENOENT: ("no such file or directory", "check the path"),
    errno.ENOTDIR: ("a part of the path is not a folder", "check the path"),
    errno.EISDIR: ("is a folder, not a file", "check the path"),
    errno.EMFILE: ("too many open files", "raise the limit (ulimit -n) or use fewer workers"),
    errno.EIO: ("input/output error", "check the disk"),
}


class EnvironmentFailure(CurateError):
    """The machine, not the data or the recipe, stopped the work (disk, permissions, files)."""

    def __init__(self, message: str, code: int | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.path = path


def error_code(exc: OSError) -> int | None:
    if exc.errno is not None:
        return int(exc.errno)
    m = _OS_ERROR.search(str(exc))
    return int(m.group(1)) if m else None


def explain(exc: OSError, path: str | Path | None = None) -> str:
    """`PATH: what happened; what to do` on one line."""
    code = error_code(exc)
    where = exc.filename if exc.filename is not None else path
    what, todo = ADVICE.get(code or -1, (exc.strerror or str(exc), "check the disk and the path"))
    text = " ".join(f"{where if where is not None else '(unknown path)'}: {what}; {todo}".split())
    return text if len(text) <= 400 else text[:397] + "..."


def failure(exc: OSError, path: str | Path | None = None) -> EnvironmentFailure:
    where = exc.filename if exc.filename is not None else path
    return EnvironmentFailure(
        explain(exc, path), error_code(exc), None if where is None else str(where)
    )


@contextmanager
def on_path(path: str | Path) -> Iterator[None]:
    """Re-raise an `OSError` inside the block with `errno` and `path` filled in."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None and exc.errno is not None:
            raise
        code = error_code(exc)
        raise OSError(code or 0, exc.strerror or str(exc), str(path)) from exc
    except Exception as exc:  # polars: ComputeError("... IO error: ... (os error 28)")
        m = _OS_ERROR.search(str(exc))
        if m is None:
            raise
        raise OSError(int(m.group(1)), str(exc), str(path)) from exc
