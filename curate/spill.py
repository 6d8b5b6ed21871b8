"""The grouping pass: canonical rows hash-partitioned by `prompt_id` into RUN/grouped/.

Source batches are canonicalised, buffered up to a byte budget, split into `partitions`
buckets by the prompt hash and written as RUN/grouped/bNNNNN/cNNNNNN.parquet (one file per
bucket and flushed chunk; quarantined rows to RUN/grouped/q/cNNNNNN.parquet). Memory is
bounded by the budget and by one bucket, not by the source. Files are written to a temporary
name and renamed, then `state.json` records how many chunks and source rows are done: a killed
pass resumes after the last recorded chunk (files of a later, unrecorded chunk are removed).

Once complete, `plan.json` records the shards: buckets in order, each bucket's prompts in order
of first appearance, cut at prompt boundaries into shards of at least `batch_size` rows (a
shard may span buckets), then the quarantined rows, `batch_size` a shard. `Spill.shards` reads
them back one bucket at a time; a bucket whose shards are all committed is not read.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from curate.canonical import CHAT, Canonical, canonicalize
from curate.hashing import stable_hash
from curate.recipe import SourceConfig
from curate.source import RawBatch

BUDGET = 32 << 20
"""Bytes of canonical rows buffered before a chunk is partitioned and written."""
TARGET = 64 << 20
"""Bytes of rows read back at once: a bigger bucket is read in slices (by a second hash)."""


def concat_rows(frames: list[pl.DataFrame]) -> pl.DataFrame:
    """Concatenate canonical frames; plain-string prompts become one user message when any
    frame holds chat prompts (as `canonicalize` does within one batch)."""
    frames = [f for f in frames if f.width]
    if not frames:
        return pl.DataFrame()
    types = {f["prompt"].dtype for f in frames if "prompt" in f.columns}
    if CHAT in types and pl.Utf8 in types:
        as_chat = pl.concat_list(
            pl.struct(pl.lit("user").alias("role"), pl.col("prompt").alias("content"))
        )
        frames = [
            f.with_columns(as_chat.cast(CHAT).alias("prompt"))
            if f["prompt"].dtype == pl.Utf8
            else f
            for f in frames
        ]
    return pl.concat(frames, how="diagonal_relaxed") if len(frames) > 1 else frames[0]


def cut_points(counts: list[int], batch_size: int) -> list[int]:
    """Rows per shard: consecutive whole prompts (`counts` rows each), a shard closing after
    the prompt that brings it to `batch_size` rows (the last may be shorter)."""
    out: list[int] = []
    acc = 0
    for c in counts:
        acc += c
        if acc >= batch_size:
            out.append(acc)
            acc = 0
    if acc:
        out.append(acc)
    return out


def _bucket(col: str, partitions: int) -> pl.Expr:
    return (pl.col(col).str.slice(0, 12).str.to_integer(base=16) % partitions).alias("_b")


def _write(df: pl.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    df.write_parquet(tmp, compression="lz4", statistics=False)
    os.replace(tmp, path)


def _write_json(path: Path, obj: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(obj, indent=1))
    os.replace(tmp, path)


@dataclass
class Spill:
    """RUN/grouped/: the partitioned rows of one source under one recipe fingerprint."""

    root: Path
    fingerprint: str
    partitions: int
    batch_size: int
    budget: int | None = None  # bytes buffered per chunk (None: BUDGET)
    target: int | None = None  # bytes read back at once (None: TARGET; a bigger bucket: slices)
    after_chunk: Callable[[int], None] | None = None  # called after each recorded chunk

    @property
    def state_path(self) -> Path:
        return self.root / "state.json"

    @property
    def plan_path(self) -> Path:
        return self.root / "plan.json"

    def state(self) -> dict[str, Any]:
        try:
            st = json.loads(self.state_path.read_text())
        except (OSError, ValueError):
            st = None
        if st is None or st.get("fingerprint") != self.fingerprint:
            self.reset()
            st = {
                "fingerprint": self.fingerprint,
                "partitions": self.partitions,
                "chunks": 0,
                "rows_read": 0,
                "rows_spilled": 0,
                "bucket_bytes": [0] * self.partitions,
                "seconds": 0.0,
                "complete": False,
            }
        self.partitions = int(st["partitions"])
        return dict(st)

    def reset(self) -> None:
        for p in (self.state_path, self.plan_path):
            p.unlink(missing_ok=True)
        for d in [*self.root.glob("b*"), self.root / "q"]:
            shutil.rmtree(d, ignore_errors=True)

    def _clean_after(self, chunks: int) -> None:
        for p in [*self.root.glob("b*/*"), *self.root.glob("q/*")]:
            name = p.name
            if name.startswith(".") or int(name[1:7]) >= chunks:
                p.unlink(missing_ok=True)

    def run(self, batches: Iterator[RawBatch], cfg: SourceConfig, mapping: dict[str, str]) -> None:
        """Partition every source row not yet recorded; no-op when the pass is complete."""
        st = self.state()
        if st["complete"]:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        self._clean_after(st["chunks"])
        t0 = time.perf_counter()
        rows: list[pl.DataFrame] = []
        quarantine: list[pl.DataFrame] = []
        size = 0
        for batch in batches:
            if batch.offset + batch.n <= st["rows_read"]:
                continue  # recorded by a previous, interrupted pass
            canon = canonicalize(batch, cfg, mapping)
            rows.append(canon.rows)
            quarantine.append(canon.quarantined)
            size += int(canon.rows.estimated_size())
            st["rows_read"] = batch.offset + batch.n
            if size >= (self.budget or BUDGET):
                self._flush(st, rows, quarantine, t0)
                rows, quarantine, size, t0 = [], [], 0, time.perf_counter()
        self._flush(st, rows, quarantine, t0)
        st["complete"] = True
        _write_json(self.state_path, st)
        self.make_plan()

    def _flush(
        self,
        st: dict[str, Any],
        rows: list[pl.DataFrame],
        quarantine: list[pl.DataFrame],
        t0: float,
    ) -> None:
        chunk = int(st["chunks"])
        df = concat_rows(rows)
        if df.height:
            df = df.with_columns(_bucket("prompt_id", self.partitions))
            for (b,), part in df.partition_by("_b", as_dict=True).items():
                _write(part.drop("_b"), self.root / f"b{b:05d}" / f"c{chunk:06d}.parquet")
                st["bucket_bytes"][int(b)] += int(part.estimated_size())
        q = [f for f in quarantine if f.height]
        if q:
            _write(pl.concat(q, how="diagonal_relaxed"), self.root / "q" / f"c{chunk:06d}.parquet")
        st["chunks"] = chunk + 1
        st["rows_spilled"] += df.height
        st["seconds"] = round(st["seconds"] + time.perf_counter() - t0, 3)
        _write_json(self.state_path, st)
        if self.after_chunk is not None:
            self.after_chunk(chunk)

    def make_plan(self) -> dict[str, Any]:
        """The shards (read from prompt_id and source_row only), saved to plan.json: buckets in
        order, each bucket's prompts in order of first appearance, cut at prompt boundaries
        into shards of at least `batch_size` rows (a shard may span buckets); per shard its
        rows, first and last bucket, and rows in its last bucket; then the quarantine shards."""
        if self.plan_path.exists():
            plan: dict[str, Any] = json.loads(self.plan_path.read_text())
            return plan
        sizes: list[int] = []
        spans: list[list[int]] = []
        tails: list[int] = []
        parts: list[list[int]] = []  # (bucket, slice, slices): a bucket too big is read in slices
        acc = here = first = last = 0
        for b, nbytes in enumerate(self.state()["bucket_bytes"]):
            slices = max(1, -(-nbytes // (self.target or TARGET)))
            for j in range(slices):
                keys = self._scan(b, j, slices, ["prompt_id", "source_row"])
                if not keys.height:
                    continue
                here, last = 0, len(parts)
                parts.append([b, j, slices])
                for c in _prompt_counts(keys):
                    first = last if acc == 0 else first
                    acc, here = acc + c, here + c
                    if acc >= self.batch_size:
                        sizes.append(acc)
                        spans.append([first, last])
                        tails.append(here)
                        acc = here = 0
        if acc:
            sizes.append(acc)
            spans.append([first, last])
            tails.append(here)
        qrows = sum(pl.scan_parquet(f).select(pl.len()).collect().item() for f in self._qfiles())
        plan = {
            "sizes": sizes,
            "spans": spans,
            "tails": tails,
            "parts": parts,
            "quarantine_shards": -(-qrows // self.batch_size),
            "batch_size": self.batch_size,
        }
        _write_json(self.plan_path, plan)
        return plan

    def _bucket_files(self, b: int) -> list[Path]:
        return sorted((self.root / f"b{b:05d}").glob("c*.parquet"))

    def _qfiles(self) -> list[Path]:
        return sorted((self.root / "q").glob("c*.parquet"))

    def _scan(self, b: int, j: int, slices: int, columns: list[str] | None = None) -> pl.DataFrame:
        """Rows of bucket `b` (slice `j` of `slices`, by a second part of the prompt hash)."""
        files = self._bucket_files(b)
        if not files:
            return pl.DataFrame()
        if slices == 1:
            return concat_rows([pl.read_parquet(f, columns=columns) for f in files])
        sub = pl.col("prompt_id").str.slice(12, 4).str.to_integer(base=16) % slices == j
        return concat_rows(
            [pl.scan_parquet(f).filter(sub).select(columns or pl.all()).collect() for f in files]
        )

    def _read_part(self, part: list[int]) -> pl.DataFrame:
        df = self._scan(part[0], part[1], part[2])
        within = [c for c in ("source_row", "sample_index", "id") if c in df.columns]
        return df.sort(pl.col("source_row").min().over("prompt_id"), *within)

    def shards(self, done: set[int], numbered: bool) -> Iterator[tuple[int, Canonical | None]]:
        """(index, shard) in plan order; None for a shard in `done` (a bucket whose shards are
        all done is not read)."""
        plan = self.make_plan()
        spans, tails = plan["spans"], plan["tails"]
        overlap: dict[int, list[int]] = {}
        for i, (a, z) in enumerate(spans):
            for b in range(a, z + 1):
                overlap.setdefault(b, []).append(i)
        carry: pl.DataFrame | None = None
        for b in sorted(overlap):
            ending = [i for i in overlap[b] if spans[i][1] == b]
            if all(i in done for i in overlap[b]):
                yield from ((i, None) for i in ending)
                carry = None
                continue
            df, start = self._read_part(plan["parts"][b]), 0
            for i in ending:
                part, start = df.slice(start, tails[i]), start + tails[i]
                rows = concat_rows([carry, part]) if carry is not None else part
                yield i, (None if i in done else shard_of(number_samples(rows, numbered), None))
                carry = None
            if start < df.height:  # the start of a shard that ends in a later part
                rest = df.slice(start)
                carry = concat_rows([carry, rest]) if carry is not None else rest
        yield from self._quarantine_shards(done, len(spans), plan["quarantine_shards"])

    def _quarantine_shards(
        self, done: set[int], first: int, n: int
    ) -> Iterator[tuple[int, Canonical | None]]:
        """Unreadable source rows, `batch_size` a shard, after the shards of rows."""
        files, bs = self._qfiles(), self.batch_size
        for k in range(n):
            if first + k in done:
                yield first + k, None
                continue
            q = pl.scan_parquet(files).slice(k * bs, bs).collect()
            yield first + k, shard_of(empty_rows(), q)

    def cleanup(self) -> None:
        """Remove the partitioned rows (the plan stays, for a re-run of a finished run)."""
        st = self.state()
        if st.get("cleaned"):
            return  # a re-run of a finished run writes nothing
        for d in [*self.root.glob("b*"), self.root / "q"]:
            shutil.rmtree(d, ignore_errors=True)
        st["cleaned"] = True
        _write_json(self.state_path, st)


def number_samples(rows: pl.DataFrame, numbered: bool) -> pl.DataFrame:
    """Flat rows of whole prompts in sample order; without a source `sample_index`, the rank in
    source order within the prompt, and a renumbered row's id re-hashed with it (as
    `canonicalize` hashes the elements of a list column)."""
    if "sample_index" not in rows.columns or not rows.height:
        return rows
    # prompts in order of first appearance, each in sample order (as a list column gives them)
    within = ["sample_index", "source_row"] if numbered else ["source_row", "sample_index"]
    rows = rows.sort(pl.col("source_row").min().over("prompt_id"), *within, "id")
    if numbered:
        return rows
    rank = (
        rows.select(pl.struct("source_row", "sample_index").rank("ordinal").over("prompt_id") - 1)
        .to_series()
        .cast(pl.Int32)
    )
    changed = rank != rows["sample_index"]
    if not changed.any():
        return rows
    ids = rows["id"].to_list()
    sub = rows.select("prompt", "reference", "completion").with_columns(rank.alias("s"))
    for i, (p, r, c, s) in zip(
        changed.arg_true().to_list(), sub.filter(changed).iter_rows(), strict=True
    ):
        ids[i] = stable_hash("r", p, r, c, s)
    return rows.with_columns(pl.Series("id", ids, dtype=pl.Utf8), rank.alias("sample_index"))


def _prompt_counts(keys: pl.DataFrame) -> list[int]:
    """Rows per prompt, prompts in order of their first source row."""
    per = keys.group_by("prompt_id").agg(pl.len(), pl.col("source_row").min().alias("first"))
    return per.sort("first", "prompt_id")["len"].to_list()


def empty_rows() -> pl.DataFrame:
    return pl.DataFrame(
        schema={
            "id": pl.Utf8,
            "prompt_id": pl.Utf8,
            "source_row": pl.Int64,
            "prompt": pl.Utf8,
            "reference": pl.Utf8,
        }
    )


def shard_of(rows: pl.DataFrame, quarantined: pl.DataFrame | None) -> Canonical:
    from collections import Counter

    q = (
        quarantined
        if quarantined is not None
        else empty_rows()
        .select("id", "source_row")
        .with_columns(
            pl.lit(None, pl.Utf8).alias("raw"),
            pl.lit(None, pl.Utf8).alias("dropped_by"),
            pl.lit(None, pl.Utf8).alias("reason"),
        )
    )
    reasons = (
        Counter({str(r): int(c) for r, c in q["reason"].value_counts().iter_rows()})
        if q.height
        else Counter()
    )
    n = (rows["source_row"].n_unique() if rows.height else 0) + q.height
    return Canonical(rows, q, reasons, n)
