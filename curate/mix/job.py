"""`mix`: combine finished runs into one run (e.g. 600k reasoning + 200k non-reasoning SFT rows).

Stages, in order, over all inputs: the recipe's `filters` (per input shard), `decontaminate`
(benchmark n-gram overlap of the prompts), `dedup_exact` (same normalised prompt: the later
prompt with all its rows; then rows repeating a kept row's prompt and completion), `dedup_near`
(MinHash LSH, verified Jaccard ≥ threshold), `mix_quota` (a seeded sample of each input down to
its count). Duplicates keep the copy from the earliest input as listed, then the earliest row.

Memory: the inputs are streamed shard by shard, three times (analyse; MinHash of the surviving
prompts; shingle sets of LSH candidates only) and a fourth time to write. Held in memory: per
row a few integers and its id, per prompt two 64-bit keys and 8 × bands bytes of band hashes.
Output shard N holds what is left of one input shard (a normal run dir: `curate stats/show`
work on it); `RUN/decontamination.jsonl` lists every benchmark hit; `stats.json` has a `mix`
section (per input: rows read, available, requested, taken; warnings; dedup and decontamination
counts). A finished mix with the same recipe and inputs is not recomputed; a crashed one is
redone from the analysis and skips the shards it had committed (the decisions are
deterministic).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import polars as pl

from curate.errors import RunStoreError, SourceError
from curate.mix.decide import Decisions, read_frame
from curate.mix.plan import quota_targets
from curate.mix.rebalance import balance_columns, prompt_bands
from curate.ngrams import load_index, normalize, split_normalized, text_of
from curate.pipeline import ShardResult
from curate.recipe import Recipe
from curate.results import RunResult
from curate.shipped import producer_hint
from curate.stats import length_hist, merge_stats, stage_record
from curate.store import RunStore, _write_frame, open_run

MIX_STAGES = ("decontaminate", "dedup_exact", "dedup_near", "mix_quota", "mix_balance")
STAGING = ".mix"
DETAIL = ("duplicate_of", "similarity", "contamination", "contamination_match")


@dataclass
class Part:
    g: int  # output shard number
    inp: int  # input index
    path: Path  # the input's data file
    staged: Path | None = None  # filtered rows, when the recipe has filters

    @property
    def rows_path(self) -> Path:
        return self.staged or self.path


def open_inputs(recipe: Recipe) -> list[RunStore]:
    assert recipe.model.mix is not None
    stores = []
    for i, inp in enumerate(recipe.model.mix.inputs):
        where = recipe.resolve_path(inp.run)
        try:
            store = open_run(where)
        except RunStoreError as exc:
            hint = producer_hint(where, recipe.base_dir)
            raise SourceError(f"mix.inputs[{i}].run: {exc}{hint}") from None
        status = (store.manifest() or {}).get("status")
        if status != "complete":
            raise SourceError(
                f"mix.inputs[{i}].run: {store.root} is not finished (status {status!r}); "
                "finish it with `curate run` before mixing"
            )
        stores.append(store)
    return stores


def _signature(recipe: Recipe, stores: list[RunStore]) -> str:
    """Identity of the inputs (their shard markers) and benchmark files."""
    h = hashlib.sha256()
    for store in stores:
        for i in sorted(store.committed()):
            h.update((store.shards_dir / f"{i:05d}.json").read_bytes())
    dec = recipe.model.mix.decontaminate if recipe.model.mix else None
    for b in dec.benchmarks if dec else []:
        p = recipe.resolve_path(b.path)
        if p.is_file():
            h.update(f"{p.name}:{p.stat().st_size}".encode())
            h.update(p.read_bytes()[: 1 << 20])
    return h.hexdigest()[:16]


def _draws(ids: pl.Series, seed: int) -> pl.Series:
    """A stable uniform 64-bit draw per row id (same id and seed: same draw, on any machine)."""
    out = [
        int.from_bytes(hashlib.blake2b(f"{seed}:{i}".encode(), digest_size=8).digest(), "little")
        for i in ids.to_list()
    ]
    return pl.Series("draw", out, dtype=pl.UInt64)


class MixJob(Decisions):
    def __init__(self, recipe: Recipe, store: RunStore, stores: list[RunStore]) -> None:
        assert recipe.model.mix is not None
        self.recipe = recipe
        self.cfg = recipe.model.mix
        self.store = store
        self.labels = [inp.label for inp in self.cfg.inputs]
        self.staging = store.root / STAGING
        self.filters = [(s, s.build()) for s in recipe.filters]
        self.parts: list[Part] = []
        for k, s in enumerate(stores):
            for i in sorted(s.committed()):
                self.parts.append(Part(len(self.parts), k, s.data_path(i)))
        self.read_rows: dict[int, int] = {}
        self.filter_records: dict[int, list[dict[str, Any]]] = {}
        self.seconds: dict[str, float] = dict.fromkeys(MIX_STAGES, 0.0)
        self.summary: dict[str, Any] = {}

    # --- pass 1: filters, prompt keys, decontamination ----------------------------------
    def analyse(self) -> tuple[pl.DataFrame, pl.DataFrame]:
        dec = self.cfg.decontaminate
        index = load_index(dec, self.recipe.base_dir) if dec is not None else None
        if self.filters:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging.mkdir(parents=True)
        row_parts: list[pl.DataFrame] = []
        unit_parts: list[pl.DataFrame] = []
        for part in self.parts:
            frame = read_frame(part.path)
            self.read_rows[part.g] = frame.height
            if not frame.height:
                self._filter(part, frame)
                continue
            if "prompt" not in frame.columns:
                raise SourceError(f"mix: {part.path} has no `prompt` column")
            frame = self._filter(part, frame)
            n = frame.height
            comp = (
                frame["completion"].cast(pl.Utf8)
                if "completion" in frame.columns
                else pl.Series([None] * n, dtype=pl.Utf8)
            )
            rows = pl.DataFrame(
                {
                    "g": pl.Series([part.g] * n, dtype=pl.UInt32),
                    "r": pl.Series(range(n), dtype=pl.UInt32),
                    "inp": pl.Series([part.inp] * n, dtype=pl.UInt16),
                    "prompt_id": frame["prompt_id"].cast(pl.Utf8),
                    "id": frame["id"].cast(pl.Utf8),
                    "comp_hash": comp.hash(seed=3),
                    "draw": _draws(frame["id"], self.cfg.seed),
                }
            ).with_columns(balance_columns(self.cfg, frame, comp))
            t0 = time.perf_counter()
            if index is not None and dec is not None and dec.scope != "prompt":
                hits = index.lookup(comp)
                rows = rows.with_columns(
                    pl.Series("c_label", [h.label if h else None for h in hits], dtype=pl.Utf8),
                    pl.Series("c_match", [h.matched if h else None for h in hits], dtype=pl.Utf8),
                )
            t1 = time.perf_counter()
            first = rows.with_row_index("_i").unique("prompt_id", keep="first", maintain_order=True)
            texts = text_of(frame[first["_i"].to_list()], "prompt")
            norm = normalize(texts)
            units = first.select("inp", "prompt_id", "g", "r", "id").with_columns(
                norm.hash(seed=1).alias("k1"), norm.hash(seed=2).alias("k2")
            )
            if self.cfg.balance is not None and self.cfg.balance.diverse:
                units = units.with_columns(prompt_bands(texts, self.cfg.seed))
            t2 = time.perf_counter()
            if index is not None and dec is not None and dec.scope != "completion":
                hits = index.lookup_tokens(split_normalized(norm))
                units = units.with_columns(
                    pl.Series("hit", [json.dumps(asdict(h)) if h else None for h in hits]),
                    pl.Series("text", [t if h else None for t, h in zip(texts, hits, strict=True)]),
                )
            # normalising the prompts is exact dedup's cost; n-gram lookups decontamination's
            self.seconds["decontaminate"] += (t1 - t0) + (time.perf_counter() - t2)
            self.seconds["dedup_exact"] += t2 - t1
            row_parts.append(rows)
            unit_parts.append(units)
        rows = pl.concat(row_parts, how="diagonal_relaxed") if row_parts else pl.DataFrame()
        units = pl.concat(unit_parts, how="diagonal_relaxed") if unit_parts else pl.DataFrame()
        return rows, units

    def _filter(self, part: Part, frame: pl.DataFrame) -> pl.DataFrame:
        frame = frame.with_columns(pl.lit(self.labels[part.inp]).alias("mix_input"))
        if not self.filters:
            return frame
        records, rejected = [], []
        for spec, flt in self.filters:
            out = flt.apply(frame, spec.label)
            records.append(
                stage_record(
                    spec.label,
                    "filter",
                    frame.height,
                    out.kept.height,
                    dict(out.reasons),
                    out.examples,
                    out.seconds,
                )
            )
            if out.rejected.height:
                rejected.append(out.rejected)
            frame = out.kept
        self.filter_records[part.g] = records
        part.staged = self.staging / f"kept-{part.g:05d}.parquet"
        _write_frame(frame, part.staged, "parquet")
        rej = pl.concat(rejected, how="diagonal_relaxed") if rejected else pl.DataFrame()
        _write_frame(rej, self.staging / f"rejected-{part.g:05d}.parquet", "parquet")
        return frame

    # --- pass 4: write the shards -----------------------------------------------------------
    def commit(
        self,
        decided: pl.DataFrame,
        done: set[int],
        on_shard: Callable[[ShardResult], None] | None,
    ) -> None:
        # rows entering each stage over all shards, to share out the stage's seconds
        counts = dict(decided.group_by("stage").len().iter_rows()) if decided.height else {}
        total_in: dict[str, int] = {}
        live = decided.height
        for st in MIX_STAGES:
            total_in[st] = live
            live -= counts.get(st, 0)
        parts = decided.partition_by("g", as_dict=True, include_key=False) if decided.height else {}
        for part in self.parts:
            g = part.g
            if g in done:
                continue
            rows = read_frame(part.rows_path)
            if not rows.height:  # an empty input shard, or filters dropped it all
                rej = (
                    read_frame(self.staging / f"rejected-{g:05d}.parquet") if part.staged else rows
                )
                stats = self._shard_stats(part, rows, rows, rows.clear(), total_in)
                self.store.commit(g, rows, rej, stats)
                continue
            if part.staged is None:
                rows = rows.with_columns(pl.lit(self.labels[part.inp]).alias("mix_input"))
            dec = parts.get((g,))
            if dec is None:
                dec = pl.DataFrame(schema={"r": pl.UInt32, "stage": pl.Utf8, "reason": pl.Utf8})
            dec = dec.sort("r")
            stage = dec["stage"]
            keep = stage.is_null()
            kept = rows.filter(keep)
            detail = [c for c in DETAIL if dec[c].drop_nulls().len()] if dec.height else []
            dropped = rows.filter(~keep).with_columns(
                stage.filter(~keep).alias("dropped_by"),
                dec["reason"].filter(~keep).alias("reason"),
                *[dec[c].filter(~keep).alias(c) for c in detail],
            )
            rejected = [dropped]
            if part.staged is not None:
                rejected.insert(0, read_frame(self.staging / f"rejected-{g:05d}.parquet"))
            rej = pl.concat([r for r in rejected if r.width], how="diagonal_relaxed")
            stats = self._shard_stats(part, rows, kept, dec, total_in)
            self.store.commit(g, kept, rej, stats)
            if on_shard is not None:
                on_shard(ShardResult(g, kept, rej, stats))

    def _shard_stats(
        self,
        part: Part,
        rows: pl.DataFrame,
        kept: pl.DataFrame,
        dec: pl.DataFrame,
        total_in: dict[str, int],
    ) -> dict[str, Any]:
        read = self.read_rows[part.g]
        stages = [stage_record("source", "source", read, read, {}, {}, 0.0)]
        stages += self.filter_records.get(part.g, [])
        live = rows.height
        for st in MIX_STAGES:
            mine = dec.filter(pl.col("stage") == st) if dec.height else dec
            reasons = dict(mine.group_by("reason").len().iter_rows()) if mine.height else {}
            ex = {r: mine.filter(pl.col("reason") == r)["r"].head(3).to_list() for r in reasons}
            ids = {r: [rows["id"][int(i)] for i in v] for r, v in ex.items()}
            secs = self.seconds[st] * live / total_in[st] if total_in[st] else 0.0
            stages.append(stage_record(st, "mix", live, live - mine.height, reasons, ids, secs))
            live -= mine.height
        lengths = {}
        if "completion" in rows.columns:
            raw_len = rows["completion"].cast(pl.Utf8).str.len_chars()
            lengths = {
                "before": length_hist(raw_len),
                "after": length_hist(
                    raw_len.filter(dec["stage"].is_null()) if dec.height else raw_len
                ),
            }
        return {
            "shard": part.g,
            "mix_input": self.labels[part.inp],
            "source_rows": read,
            "rows_in": read,
            "rows_out": kept.height,
            "stages": stages,
            "lengths": lengths,
        }

    def finish_summary(self) -> dict[str, Any]:
        q = self.summary.get("quota", {"requested": [], "taken": [], "warnings": []})
        read = [0] * len(self.labels)
        for part in self.parts:
            read[part.inp] += self.read_rows[part.g]
        inputs = [
            {
                "name": label,
                "run": self.cfg.inputs[i].run,
                "rows": read[i],
                "after_filters": self.summary["after_filters"][i],
                "after_decontaminate": self.summary["after_decontaminate"][i],
                "after_dedup": self.summary["after_dedup"][i],
                "requested": q["requested"][i],
                "taken": q["taken"][i],
                "short_by": max(0, (q["requested"][i] or 0) - q["taken"][i]),
            }
            for i, label in enumerate(self.labels)
        ]
        out: dict[str, Any] = {
            "inputs": inputs,
            "taken": sum(q["taken"]),
            "warnings": q["warnings"],
            "seed": self.cfg.seed,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }
        for key in ("dedup", "decontamination", "balance"):
            if key in self.summary:
                out[key] = self.summary[key]
        return out


def run_mix(
    recipe: Recipe,
    *,
    out: str | Path | None = None,
    force: bool = False,
    on_shard: Callable[[ShardResult], None] | None = None,
) -> RunResult:
    """Run a `mix:` recipe (called by `curate.runner.run`)."""
    stores = open_inputs(recipe)
    store = RunStore(recipe.run_dir(out), recipe.model.output.format)
    for i, s in enumerate(stores):
        if s.root.resolve() == store.root.resolve():
            raise SourceError(f"mix.inputs[{i}].run: the mix cannot write into its own input")
    fingerprint = recipe.fingerprint() + "-" + _signature(recipe, stores)
    old = store.manifest() if store.manifest_path.exists() else None
    job = MixJob(recipe, store, stores)
    if (
        not force
        and old is not None
        and old.get("fingerprint") == fingerprint
        and old.get("status") == "complete"
    ):
        return RunResult(store.root, store.stats(), len(job.parts), len(job.parts))
    done = store.prepare(recipe.dump(), fingerprint, force=force)
    if force:
        done = set()
    try:
        rows, units = job.analyse()
        decided = job.decide(rows, units) if rows.height else rows
        if not rows.height:  # nothing to mix (empty inputs, or the filters dropped it all)
            zeros = [0] * len(job.labels)
            requested, take, warnings = quota_targets(job.cfg, zeros)
            job.summary.update(
                after_filters=zeros,
                after_decontaminate=zeros,
                after_dedup=zeros,
                quota={"requested": requested, "taken": take, "warnings": warnings},
            )
        job.commit(decided, done, on_shard)
    except BaseException:
        store.mark("interrupted")
        raise
    stats = merge_stats(store.shard_stats())
    stats["recipe"] = recipe.name
    stats["mix"] = job.finish_summary()
    store.finish(stats, "complete")
    shutil.rmtree(job.staging, ignore_errors=True)
    return RunResult(store.root, stats, len(job.parts), len(done))
