"""Paths that may be fsspec URLs (`s3://bucket/run`, `gs://…`, `memory://…`): run directories
and sources on shared storage, so workers on several nodes read, and the driver writes, one run.

A local path stays a `pathlib.Path` (atomic renames, fsync). A URL becomes a
`upath.UPath` (the pathlib API over fsspec), where each object is written in one PUT: an
object store never shows half an object, and the run store writes a shard's marker last, so
a shard is committed or not, as locally. Credentials and endpoints come from fsspec's usual
configuration (e.g. `AWS_*` variables, `FSSPEC_S3_ENDPOINT_URL`).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import IO, Any, cast

from curate.errors import MissingDependencyError


def is_url(p: object) -> bool:
    """An fsspec URL other than a local file (`file://` stays a plain path)."""
    text = str(p)
    return "://" in text and not text.startswith("file://") and not isinstance(p, Path)


def as_path(p: str | Path) -> Path:
    """A `Path` for local paths, a `UPath` (same API) for URLs."""
    if isinstance(p, str) and p.startswith("file://"):
        return Path(p[len("file://") :])
    if not is_url(p):
        return p if isinstance(p, Path) else Path(p)
    try:
        from upath import UPath
    except ImportError:
        raise MissingDependencyError("universal-pathlib", "fs", f"the URL {p}") from None
    return cast(Path, UPath(str(p)))


def resolve(p: str, base: Path) -> Path:
    """A recipe path: a URL as is, a local path relative to the recipe's folder."""
    if is_url(p):
        return as_path(p)
    path = Path(p).expanduser()
    return path if path.is_absolute() else base / path


def is_local(p: Path) -> bool:
    return isinstance(p, Path)


def frame_bytes(df: Any, fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "jsonl":
        from curate.jsonable import json_ready

        json_ready(df).write_ndjson(buf)
    else:
        df.write_parquet(buf, compression="zstd", statistics=False)
    return buf.getvalue()


def readable(path: Path) -> str | IO[bytes]:
    """What polars / pyarrow readers take: the local path, or a seekable remote file (parquet
    readers fetch only the ranges they need)."""
    if is_local(path):
        return str(path)
    return path.open("rb")


def rmtree(path: Path) -> None:
    if is_local(path):
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        remote: Any = path
        remote.fs.rm(remote.path, recursive=True)


def glob(pattern: str) -> list[Path]:
    """Files matching a glob, local or on an fsspec filesystem, sorted."""
    if not is_url(pattern):
        import glob as globlib

        return sorted(Path(f) for f in globlib.glob(pattern))
    import fsspec

    _, _, paths = fsspec.get_fs_token_paths(pattern)
    proto = pattern.split("://", 1)[0]
    return sorted(as_path(f"{proto}://{p}") for p in paths)
