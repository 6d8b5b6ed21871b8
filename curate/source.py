"""Read a recipe's source as a stream of raw batches (memory bounded by the batch size).

Local: .jsonl/.ndjson, .json (an array, or JSON lines), .parquet, .arrow (IPC file or stream),
.csv, a `datasets.save_to_disk` folder, or a glob of files of one format. Remote: a Hugging
Face Hub dataset (streamed). JSON lines are parsed line by line so one malformed line is
quarantined with a reason instead of failing the batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import polars as pl

from curate.errors import CurateError, SourceError
from curate.fs import glob, readable
from curate.quarantine import MAX_DEPTH, TOO_DEEP, parse_json_row, raw_text, row_problem, safe_text
from curate.recipe import Recipe, SourceConfig


@dataclass(frozen=True)
class Bad:
    """A source row that could not be read: its raw text and a reason code."""

    raw: str
    reason: str


@dataclass
class RawBatch:
    """Source rows [offset, offset + n): typed (`frame`) or parsed JSON lines (`rows`, in
    source order, a `Bad` where a line could not be read)."""

    offset: int
    frame: pl.DataFrame | None = None
    rows: list[dict[str, Any] | Bad] | None = None
    end_of_source: bool = False
    canonical: Any = None
    """Already canonical rows of whole prompts (`curate.canonical.Canonical`), set by
    `curate.grouping` for flat sources; the pipeline then skips canonicalisation."""

    @property
    def n(self) -> int:
        if self.canonical is not None:
            return int(self.canonical.source_rows)
        return self.frame.height if self.frame is not None else len(self.rows or [])

    def columns(self) -> list[str]:
        if self.frame is not None:
            return list(self.frame.columns)
        cols: dict[str, None] = {}
        for r in (self.rows or [])[:1000]:
            if isinstance(r, dict):
                cols.update(dict.fromkeys(r))
        return list(cols)


_EXT = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".arrow": "arrow",
    ".feather": "arrow",
    ".ipc": "arrow",
    ".csv": "csv",
}


def _format_of(path: Path, declared: str) -> str:
    if declared != "auto":
        return declared
    if path.is_dir():
        if (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists():
            return "hf_disk"
        raise SourceError(f"source.path: {path} is a folder but not a `save_to_disk` dataset")
    fmt = _EXT.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(
            f"source.path: cannot tell the format of {path.name!r}; set source.format to one of "
            "jsonl, json, parquet, arrow, csv, hf_disk"
        )
    return fmt


def _files(cfg: SourceConfig, recipe: Recipe) -> list[Path]:
    if cfg.run is not None:
        from curate.errors import RunStoreError
        from curate.shipped import producer_hint
        from curate.store import open_run

        where = recipe.resolve_path(cfg.run)
        try:
            store = open_run(where)
        except RunStoreError as exc:
            raise SourceError(f"source.run: {exc}{producer_hint(where, recipe.base_dir)}") from None
        files = [store.data_path(i) for i in sorted(store.committed())]
        if not files:
            raise SourceError(f"source.run: {store.root} has no committed shards yet")
        return files
    assert cfg.path is not None
    p = recipe.resolve_path(cfg.path)
    if any(ch in cfg.path for ch in "*?["):
        files = glob(str(p))
        if not files:
            raise SourceError(f"source.path: no file matches {p}")
        return files
    if not p.exists():
        raise SourceError(f"source.path: file not found: {p}")
    return [p]


def _parse_line(line: bytes) -> dict[str, Any] | Bad:
    obj, why = parse_json_row(line)
    if why is not None:
        return Bad(raw_text(line), why)
    if not isinstance(obj, dict):
        return Bad(raw_text(line), "not_an_object")
    return obj


def _array_item(r: Any) -> dict[str, Any] | Bad:
    why = row_problem(r)
    if why == TOO_DEEP:
        return Bad(f"<a value nested more than {MAX_DEPTH} levels deep>", why)
    if why is not None:
        return Bad(safe_text(json.dumps(r, ensure_ascii=False)), why)
    return r if isinstance(r, dict) else Bad(json.dumps(r), "not_an_object")


def _iter_jsonl(path: Path, batch_size: int) -> Iterator[list[dict[str, Any] | Bad]]:
    buf: list[dict[str, Any] | Bad] = []
    with path.open("rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            buf.append(_parse_line(line))
            if len(buf) == batch_size:
                yield buf
                buf = []
    if buf:
        yield buf


def _iter_frames(path: Path, fmt: str, batch_size: int, split: str) -> Iterator[pl.DataFrame]:
    import pyarrow as pa

    if fmt == "parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(readable(path))
        for rb in pf.iter_batches(batch_size=batch_size):
            yield pl.from_arrow(pa.Table.from_batches([rb]))  # type: ignore[misc]
    elif fmt == "arrow":
        try:
            reader: Any = pa.ipc.open_file(readable(path))
            batches = (reader.get_batch(i) for i in range(reader.num_record_batches))
        except pa.ArrowInvalid:
            reader = pa.ipc.open_stream(readable(path))
            batches = iter(reader)
        yield from _rechunk(
            (cast(pl.DataFrame, pl.from_arrow(pa.Table.from_batches([b]))) for b in batches),
            batch_size,
        )
    elif fmt == "csv":
        try:
            frame = pl.read_csv(readable(path), infer_schema_length=10000)
        except pl.exceptions.ComputeError:  # a later row breaks the inferred type: all text
            frame = pl.read_csv(readable(path), infer_schema=False)
        yield from _rechunk(iter(frame.iter_slices(batch_size)), batch_size)
    elif fmt == "hf_disk":
        import datasets

        ds = datasets.load_from_disk(str(path))
        if isinstance(ds, datasets.DatasetDict):
            if split not in ds:
                raise SourceError(
                    f"source.split: {split!r} not in {path}; available: {', '.join(ds)}"
                )
            ds = ds[split]
        arrow = ds.with_format("arrow")
        for i in range(0, len(ds), batch_size):
            yield pl.from_arrow(arrow[i : i + batch_size])  # type: ignore[misc]
    else:  # pragma: no cover
        raise SourceError(f"unsupported format {fmt}")


def _rechunk(frames: Iterator[pl.DataFrame], batch_size: int) -> Iterator[pl.DataFrame]:
    pending: list[pl.DataFrame] = []
    have = 0
    for f in frames:
        while f.height:
            take = min(batch_size - have, f.height)
            pending.append(f.slice(0, take))
            have += take
            f = f.slice(take)
            if have == batch_size:
                yield pl.concat(pending, how="diagonal_relaxed")
                pending, have = [], 0
    if pending:
        yield pl.concat(pending, how="diagonal_relaxed")


def _iter_hub(cfg: SourceConfig, batch_size: int) -> Iterator[pl.DataFrame]:
    import datasets

    assert cfg.dataset is not None
    try:
        try:  # parquet (most of the Hub): read `batch_size` rows at a time, not a row group
            ds = datasets.load_dataset(
                cfg.dataset, cfg.subset, split=cfg.split, streaming=True, batch_size=batch_size
            )
        except (ValueError, TypeError) as exc:  # a builder without that option (json, csv)
            if "batch_size" not in str(exc):
                raise
            ds = datasets.load_dataset(cfg.dataset, cfg.subset, split=cfg.split, streaming=True)
    except Exception as exc:  # offline, unknown name, missing split: one clear line
        raise SourceError(
            f"source.dataset: cannot load {cfg.dataset!r} (split {cfg.split!r}): {exc}"
        ) from exc
    if cfg.shuffle_seed is not None:
        ds = ds.shuffle(seed=cfg.shuffle_seed, buffer_size=10_000)
    try:  # Arrow batches: no Python objects per cell (3-4x faster on long texts)
        arrow_batches = ds.with_format("arrow").iter(batch_size=batch_size)
    except (AttributeError, ValueError, NotImplementedError):  # an older `datasets`
        arrow_batches = None
    if arrow_batches is not None:
        for table in arrow_batches:
            yield pl.from_arrow(table)  # type: ignore[misc]
        return
    for batch in ds.iter(batch_size=batch_size):
        yield pl.DataFrame(batch, strict=False)


Chunk = pl.DataFrame | list[dict[str, Any] | Bad]


def _local_chunks(cfg: SourceConfig, recipe: Recipe, batch_size: int) -> Iterator[Chunk]:
    for path in _files(cfg, recipe):
        fmt = _format_of(path, cfg.format)
        if fmt == "json":
            with path.open("rb") as fh:
                head = fh.read(4096).lstrip()
            fmt = "json" if head.startswith(b"[") else "jsonl"
        if fmt == "jsonl":
            yield from _iter_jsonl(path, batch_size)
        elif fmt == "json":
            try:
                data = json.loads(path.read_bytes())
            except RecursionError:
                raise SourceError(
                    f"source.path: {path.name} is nested too deep to read as one JSON array; "
                    "convert it to JSON lines (one object per line) so bad rows can be set aside"
                ) from None
            except ValueError as exc:
                raise SourceError(f"source.path: {path.name} is not valid JSON: {exc}") from exc
            if not isinstance(data, list):
                raise SourceError(f"source.path: {path.name} must hold a JSON array of objects")
            for i in range(0, len(data), batch_size):
                yield [_array_item(r) for r in data[i : i + batch_size]]
        else:
            yield from _guarded(path, fmt, _iter_frames(path, fmt, batch_size, cfg.split))


def _guarded(path: Path, fmt: str, frames: Iterator[pl.DataFrame]) -> Iterator[pl.DataFrame]:
    """A file the reader chokes on (corrupt parquet, bad CSV bytes) is one `SourceError` line."""
    try:
        yield from frames
    except (CurateError, OSError):
        raise
    except Exception as exc:
        what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise SourceError(
            f"source.path: cannot read {path} as {fmt} ({what}); check the file or set "
            "source.format"
        ) from exc


def _regroup(chunks: Iterator[Chunk], bs: int) -> Iterator[Chunk]:
    """Re-cut chunks so every batch but the last has exactly `bs` source rows."""
    frames: list[pl.DataFrame] = []
    rows: list[dict[str, Any] | Bad] = []
    have = 0
    for chunk in chunks:
        if isinstance(chunk, pl.DataFrame):
            if rows:  # a glob mixing formats: flush the row-mode part first
                yield rows
                rows, have = [], 0
            start = 0
            while start < chunk.height:
                take = min(bs - have, chunk.height - start)
                frames.append(chunk.slice(start, take))
                have += take
                start += take
                if have == bs:
                    yield pl.concat(frames, how="diagonal_relaxed")
                    frames, have = [], 0
        else:
            if frames:
                yield pl.concat(frames, how="diagonal_relaxed")
                frames, have = [], 0
            rows.extend(chunk)
            while len(rows) >= bs:
                yield rows[:bs]
                rows = rows[bs:]
            have = len(rows)
    if frames:
        yield pl.concat(frames, how="diagonal_relaxed")
    if rows:
        yield rows


def _shuffled(cfg: SourceConfig, recipe: Recipe, bs: int) -> Iterator[Chunk]:
    """Whole-source shuffle: loads the source once (documented memory cost), then re-cuts."""
    import random

    frames: list[pl.DataFrame] = []
    rows: list[dict[str, Any] | Bad] = []
    for chunk in _local_chunks(cfg, recipe, bs):
        if isinstance(chunk, pl.DataFrame):
            frames.append(chunk)
        else:
            rows.extend(chunk)
    if frames:
        df = pl.concat(frames, how="diagonal_relaxed").sample(
            fraction=1.0, shuffle=True, seed=cfg.shuffle_seed
        )
        yield from (df.slice(i, bs) for i in range(0, df.height, bs))
    random.Random(cfg.shuffle_seed).shuffle(rows)
    yield from (rows[i : i + bs] for i in range(0, len(rows), bs))


def read_source(
    recipe: Recipe, batch_size: int | None = None, limit: int | None = None
) -> Iterator[RawBatch]:
    """Yield the source in batches of exactly `batch_size` rows (the last may be shorter),
    honouring `limit` and `shuffle_seed`. The last batch of the real source has
    `end_of_source=True` (a batch cut by `limit` does not)."""
    cfg = recipe.source
    bs = batch_size or recipe.model.run.batch_size
    limit = limit if limit is not None else cfg.limit
    if cfg.dataset is not None:
        chunks: Iterator[Chunk] = _iter_hub(cfg, bs)
    elif cfg.shuffle_seed is not None:
        chunks = _shuffled(cfg, recipe, bs)
    else:
        chunks = _local_chunks(cfg, recipe, bs)
    offset = 0
    pending: RawBatch | None = None
    for chunk in _regroup(chunks, bs):
        batch = (
            RawBatch(offset, chunk, None)
            if isinstance(chunk, pl.DataFrame)
            else RawBatch(offset, None, chunk)
        )
        if limit is not None and offset + batch.n >= limit:
            if pending is not None:
                yield pending
            yield _truncate(batch, limit - offset)
            return
        if pending is not None:
            yield pending
        pending = batch
        offset += batch.n
    if pending is not None:
        pending.end_of_source = True
        yield pending


def _truncate(batch: RawBatch, n: int) -> RawBatch:
    if batch.frame is not None:
        return RawBatch(batch.offset, batch.frame.head(n))
    return RawBatch(batch.offset, None, (batch.rows or [])[:n])
