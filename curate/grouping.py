"""Whole prompts per shard, whatever the source layout.

Per-prompt stages (select k, pass rates, majority votes, dedup within a prompt, pairs,
resampling) see one shard, so a shard must hold every sample of its prompts. How the source
gets there (`method`, reported in stats.json under `grouping` and by `curate validate`):

- `list`: a list-valued completion column holds every sample of a prompt in one row; and
  `prompt_rows`: no completions, one row per prompt. Shards are slices of source rows.
- `sorted`: flat rows (one sample per row) whose prompts are contiguous, checked by a scan of
  the source before the run (it stops at the first prompt seen again); `asserted`: the recipe
  says `source.grouped: true` and the check runs while shards are cut instead, a prompt seen
  again after other prompts being a `SourceError` naming it. Either way shards are cut at
  prompt boundaries as rows stream by; memory holds one shard and the set of 64-bit keys of
  the prompts seen.
- `partitioned`: other flat sources (shuffled, several files, `source.grouped: false`) go
  through the out-of-core, resumable pass of `curate.spill` into RUN/grouped/ first.

Flat rows without a `sample_index` column are numbered in source order within their prompt
(ids follow: the id of sample s hashes s, as for the s-th element of a list column), so a
flat source sorted like the lists gives the same ids as the list layout; with a
`sample_index` column any order does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl

from curate.canonical import Canonical, canonicalize
from curate.errors import SourceError
from curate.fs import is_url
from curate.recipe import Recipe
from curate.source import RawBatch, read_source
from curate.spill import Spill, concat_rows, cut_points, empty_rows, number_samples, shard_of

LIST, PROMPT_ROWS, FLAT = "list", "prompt_rows", "flat"
SCAN_ROWS = 100_000  # rows `curate validate` scans for order before answering "looks sorted"
TARGET_BUCKET = 32 << 20  # bytes of source per partition bucket (a bucket is read whole)


def layout_of(first: RawBatch, mapping: dict[str, str]) -> str:
    """`list`, `prompt_rows` or `flat`, from the first batch's completion column."""
    if "messages" in mapping:
        return FLAT
    col = mapping.get("completion")
    if col is None:
        return PROMPT_ROWS
    if first.frame is not None:
        dtype = first.frame[col].dtype
        return LIST if isinstance(dtype, pl.List | pl.Array) else FLAT
    for r in first.rows or []:
        if isinstance(r, dict) and r.get(col) is not None:
            return LIST if isinstance(r[col], list) else FLAT
    return FLAT


class NotGrouped(SourceError):
    """Rows of one prompt are not contiguous although the recipe says `source.grouped: true`."""


class Contiguity:
    """Checks that each prompt's rows form one run; memory: one 64-bit key per prompt."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.current: str | None = None

    def feed(self, rows: pl.DataFrame) -> tuple[str, int, Any] | None:
        """(prompt_id, source row, prompt) of the first row of a prompt seen before, if any."""
        if not rows.height:
            return None
        starts = (rows["prompt_id"] != rows["prompt_id"].shift(1)).fill_null(True)
        runs = rows.filter(starts).select("prompt_id", "source_row", "prompt")
        for pid, row, prompt in runs.iter_rows():
            if pid == self.current:
                continue
            key = int(pid, 16)
            if key in self.seen:
                return pid, row, prompt
            if self.current is not None:
                self.seen.add(int(self.current, 16))
            self.current = pid
        return None


def not_grouped_error(pid: str, row: int, prompt: Any) -> NotGrouped:
    text = prompt if isinstance(prompt, str) else json.dumps(prompt, ensure_ascii=False)
    text = text if len(text) <= 60 else text[:57] + "..."
    return NotGrouped(
        f"source.grouped: true, but the rows of prompt {pid} ({text!r}) are not contiguous: it "
        f"appears again at source row {row} after other prompts; remove `grouped: true` so "
        "curate groups the source by prompt first (RUN/grouped/)"
    )


def stream_contiguous(
    batches: Iterator[RawBatch], recipe: Recipe, mapping: dict[str, str], *, asserted: bool
) -> Iterator[Canonical]:
    """Shards of whole prompts cut from a source whose prompts are contiguous."""
    cfg, bs = recipe.source, recipe.model.run.batch_size
    numbered = "sample_index" in mapping
    check = Contiguity()
    held: list[pl.DataFrame] = []
    held_q: list[pl.DataFrame] = []
    for batch in batches:
        canon = canonicalize(batch, cfg, mapping)
        bad = check.feed(canon.rows)
        if bad is not None:
            if asserted:
                raise not_grouped_error(*bad)
            raise SourceError(f"the source changed while it was read (prompt {bad[0]} moved)")
        held.append(canon.rows)
        held_q.append(canon.quarantined)
        df = concat_rows(held)
        start = acc = 0
        for c in _run_lengths(df)[:-1]:  # the last prompt may go on in the next batch
            acc += c
            if acc >= bs:
                yield _canonical(number_samples(df.slice(start, acc), numbered), held_q)
                held_q, start, acc = [], start + acc, 0
        held = [df.slice(start)]
        if not held[0].height and sum(q.height for q in held_q) >= bs:  # unreadable rows only
            yield _canonical(empty_rows(), held_q)
            held_q = []
    df = concat_rows(held)
    start = 0
    for n in cut_points(_run_lengths(df), bs) if df.height else []:
        yield _canonical(number_samples(df.slice(start, n), numbered), held_q)
        held_q, start = [], start + n
    if any(q.height for q in held_q):
        yield _canonical(empty_rows(), held_q)


def _run_lengths(df: pl.DataFrame) -> list[int]:
    if not df.height:
        return []
    return df["prompt_id"].rle().struct.field("len").to_list()


def _canonical(rows: pl.DataFrame, quarantine: list[pl.DataFrame]) -> Canonical:

    q = [f for f in quarantine if f.height]
    return shard_of(rows, pl.concat(q) if q else None)


def samples_per_prompt(rows: pl.DataFrame) -> dict[str, int]:
    """{samples: prompts} of one shard (exact when shards hold whole prompts)."""
    if "prompt_id" not in rows.columns or not rows.height:
        return {}
    counts = rows.group_by("prompt_id").len()["len"].value_counts()
    return {str(n): int(c) for n, c in counts.iter_rows()}


def source_bytes(recipe: Recipe, first: RawBatch) -> int | None:
    """Estimated in-memory size of a local source (parquet: its row count times the first
    batch's bytes per row, as parquet compresses; other formats: file sizes); None for Hub."""
    cfg = recipe.source
    if cfg.dataset is not None:
        return None
    from curate.source import _files

    per_row = first.frame.estimated_size() / first.n if first.frame is not None and first.n else 0
    total = 0.0
    for p in _files(cfg, recipe):
        for f in [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]:
            total += _file_bytes(f, per_row)
    return int(total)


def _scan_batch(batch: RawBatch, mapping: dict[str, str]) -> tuple[RawBatch, dict[str, str]]:
    """The batch reduced to the columns that decide `prompt_id` (a cheaper canonicalisation)."""
    keep = {k: v for k, v in mapping.items() if k in ("prompt", "reference", "messages")}
    cols = set(keep.values())
    if batch.frame is not None:
        return RawBatch(batch.offset, batch.frame.select(sorted(cols))), keep
    rows = [
        {k: r[k] for k in cols if k in r} if isinstance(r, dict) else r for r in batch.rows or []
    ]
    return RawBatch(batch.offset, None, rows), keep


def scan_order(
    recipe: Recipe, mapping: dict[str, str], max_rows: int | None = None
) -> tuple[tuple[str, int, Any] | None, int]:
    """(the first prompt seen again after other prompts, or None; source rows scanned)."""
    check = Contiguity()
    seen = 0
    for batch in read_source(recipe):
        small, keep = _scan_batch(batch, mapping)
        bad = check.feed(canonicalize(small, recipe.source, keep).rows)
        if bad is not None:
            return bad, seen
        seen += batch.n
        if max_rows is not None and seen >= max_rows:
            break
    return None, seen


def _file_bytes(f: Path, per_row: float) -> float:
    """A parquet file: its row count times bytes per row (parquet compresses); else its size."""
    if f.suffix == ".parquet" and per_row:
        import pyarrow.parquet as pq

        with f.open("rb") as fh:  # a local file or an fsspec object (s3://…)
            return float(pq.ParquetFile(fh).metadata.num_rows * per_row)
    return float(f.stat().st_size)


def partitions_for(recipe: Recipe, first: RawBatch) -> int:
    """Buckets of about TARGET_BUCKET bytes (a Hub stream: 256, its size unknown up front)."""
    size = source_bytes(recipe, first)
    if size is None:
        return 256
    return max(16, min(4096, -(-size // TARGET_BUCKET)))


def describe(recipe: Recipe, first: RawBatch, mapping: dict[str, str]) -> str:
    """One line for `curate validate`: how the run will group the source by prompt."""
    layout = layout_of(first, mapping)
    if layout == LIST:
        return (
            f"grouping: list column {mapping['completion']!r} holds every sample of a prompt "
            "in one row: no grouping pass"
        )
    if layout == PROMPT_ROWS:
        return "grouping: one row per prompt (no completions): no grouping pass"
    spill = f"partitioned by prompt_id into RUN/grouped/ ({partitions_for(recipe, first)} buckets)"
    grouped = recipe.source.grouped
    if grouped is True:
        return (
            "grouping: flat rows, `source.grouped: true`: shards are cut at prompt boundaries; "
            "a prompt seen again after other prompts stops the run with an error"
        )
    if grouped is False:
        return f"grouping: flat rows, `source.grouped: false`: {spill} before the per-prompt stages"
    bad, seen = scan_order(recipe, mapping, SCAN_ROWS)
    if bad is not None:
        return (
            f"grouping: flat rows not sorted by prompt (prompt {bad[0]} again at source row "
            f"{bad[1]}): {spill} before the per-prompt stages"
        )
    if seen >= SCAN_ROWS:
        return (
            f"grouping: flat rows sorted by prompt in the first {seen} rows: the run checks the "
            f"rest first, then cuts shards at prompt boundaries, or, if a prompt recurs, {spill} "
            "(`source.grouped: true` skips the check)"
        )
    return (
        "grouping: flat rows sorted by prompt: no grouping pass, shards cut at prompt "
        "boundaries (`source.grouped: true` skips the check)"
    )


def spread(hist: dict[int, int]) -> dict[str, float]:
    """min/median/max of samples per prompt from {samples: prompts}."""
    values = sorted(hist)
    total = sum(hist.values())
    if not total:
        return {}

    def nth(k: int) -> int:
        acc = 0
        for v in values:
            acc += hist[v]
            if acc > k:
                return v
        return values[-1]

    median = (nth((total - 1) // 2) + nth(total // 2)) / 2
    return {"min": values[0], "median": median, "max": values[-1]}


def _local_spill(fingerprint: str) -> Path:
    """Where a run on an object store (s3://…) groups its source: a local folder, resumable
    on this machine (the driver reads the source and partitions it)."""
    import tempfile

    return Path(tempfile.gettempdir()) / "curate-grouped" / fingerprint


class GroupedSource:
    """The run's shards, each holding whole prompts (see the module docstring)."""

    def __init__(
        self,
        recipe: Recipe,
        mapping: dict[str, str],
        run_dir: str | Path,
        fingerprint: str,
        batches: Iterator[RawBatch],
        first: RawBatch,
    ) -> None:
        self.recipe, self.mapping, self.batches = recipe, mapping, batches
        self.dir = Path(run_dir) / "grouped" if not is_url(run_dir) else _local_spill(fingerprint)
        self.fingerprint = fingerprint
        self.layout = layout_of(first, mapping)
        self.spill: Spill | None = None
        self.method = self._method(first)

    def _method(self, first: RawBatch) -> str:
        grouped = self.recipe.source.grouped
        if self.layout != FLAT:
            return self.layout
        if grouped is True:
            return "asserted"
        if grouped is False or not self._sorted():
            self.spill = Spill(
                self.dir,
                self.fingerprint,
                partitions_for(self.recipe, first),
                self.recipe.model.run.batch_size,
            )
            return "partitioned"
        return "sorted"

    def _sorted(self) -> bool:
        cache = self.dir / "order.json"
        try:
            known = json.loads(cache.read_text())
            if known.get("fingerprint") == self.fingerprint:
                return bool(known["sorted"])
        except (OSError, ValueError):
            pass
        bad, _ = scan_order(self.recipe, self.mapping)
        self.dir.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({"fingerprint": self.fingerprint, "sorted": bad is None}))
        return bad is None

    def _shards(self, done: set[int]) -> Iterator[tuple[int, RawBatch | None]]:
        if self.spill is not None:
            if self.spill.state().get("cleaned"):  # a finished run's pass: its rows are gone
                plan = self.spill.make_plan()
                total = len(plan["sizes"]) + plan["quarantine_shards"]
                if all(i in done for i in range(total)):
                    yield from ((i, None) for i in range(total))
                    return
                self.spill.reset()
            self.spill.run(self.batches, self.recipe.source, self.mapping)
            for i, canon in self.spill.shards(done, "sample_index" in self.mapping):
                yield i, None if canon is None else RawBatch(0, canonical=canon)
        elif self.method in ("sorted", "asserted"):
            shards = stream_contiguous(
                self.batches, self.recipe, self.mapping, asserted=self.method == "asserted"
            )
            for i, canon in enumerate(shards):
                yield i, RawBatch(0, canonical=canon)
        else:
            yield from enumerate(self.batches)

    def tasks(self, done: set[int], counts: dict[str, int]) -> Iterator[tuple[int, RawBatch]]:
        """(shard index, batch) of every shard not in `done`, counting total and skipped."""
        for i, batch in self._shards(done):
            counts["total"] += 1
            if i in done or batch is None:
                counts["skipped"] += 1
                continue
            yield i, batch

    def summary(self, shard_stats: list[dict[str, Any]]) -> dict[str, Any]:
        """How the source was grouped, prompts and samples per prompt (for stats.json)."""
        hist: dict[int, int] = {}
        for st in shard_stats:
            for n, c in st.get("samples_per_prompt", {}).items():
                hist[int(n)] = hist.get(int(n), 0) + int(c)
        out: dict[str, Any] = {
            "method": self.method,
            "layout": self.layout,
            "prompts": sum(hist.values()),
            "samples_per_prompt": spread(hist),
        }
        if self.spill is not None:
            st = self.spill.state()
            out["pass"] = {
                k: st[k] for k in ("partitions", "chunks", "rows_read", "rows_spilled", "seconds")
            }
        return out

    def cleanup(self) -> None:
        if self.spill is not None:
            self.spill.cleanup()


METHODS = {
    LIST: "a list column per prompt",
    PROMPT_ROWS: "one row per prompt",
    "sorted": "flat rows, sorted by prompt: cut at prompt boundaries",
    "asserted": "flat rows, `grouped: true`: cut at prompt boundaries",
    "partitioned": "flat rows partitioned by prompt_id first",
}


def grouping_text(stats: dict[str, Any]) -> str | None:
    """One line for `curate stats`: how the source was grouped, prompts, samples per prompt."""
    g = stats.get("grouping")
    if not g:
        return None
    spp = g.get("samples_per_prompt") or {}
    line = f"grouping: {METHODS.get(g['method'], g['method'])}; {g.get('prompts', 0):,} prompts"
    if spp:
        line += (
            f", samples per prompt min {spp['min']} / median {spp['median']:g} / max {spp['max']}"
        )
    if "pass" in g:
        p = g["pass"]
        line += (
            f"; grouping pass: {p['rows_read']:,} rows into {p['partitions']} buckets "
            f"in {p['seconds']:.1f}s"
        )
    return line
