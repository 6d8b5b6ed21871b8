"""One shard through every stage: canonical rows → generate → judges → filters → select.

Judges run as a cascade: each writes `verdict_<label>`; the row's `verdict` (with `score`,
`pred_answer`, `judge`, `judge_reason`) comes from the first judge that decided it (correct or
incorrect); a later judge only fills rows still unknown. `when: unknown` skips rows already
decided (for costly judges); `when: disagree` audits decided rows (or a seeded `audit_fraction`
of them) without changing their verdict (see `curate.judges.base.JudgeParams`). Per-prompt
`n_samples`, `n_correct` and `pass_rate` are computed over all samples of a prompt before
filtering.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import polars as pl

from curate.canonical import SOURCE_STAGE, canonicalize, stable_hash
from curate.errors import StageError
from curate.grouping import samples_per_prompt
from curate.recipe import PluginSpec, Recipe
from curate.select import apply_select
from curate.source import RawBatch
from curate.spans import with_spans
from curate.stats import distributions, length_hist, pass_rate_hist, stage_record
from curate.verdicts import CORRECT, INCORRECT, JUDGE_COLUMNS, UNKNOWN, VERDICTS, in_domains

JUDGE_DTYPES = {
    "verdict": pl.Utf8,
    "score": pl.Float64,
    "pred_answer": pl.Utf8,
    "judge": pl.Utf8,
    "judge_reason": pl.Utf8,
}


@dataclass
class ShardResult:
    index: int
    kept: pl.DataFrame
    rejected: pl.DataFrame
    stats: dict[str, Any]
    pairs: pl.DataFrame | None = None  # preference pairs (recipe `pairs:`), RUN/pairs/part-N


def _scatter(n: int, idx: pl.Series, values: pl.Series, name: str) -> pl.Series:
    full = pl.Series(name, [None] * n, dtype=values.dtype)
    return full.scatter(idx, values) if idx.len() else full


def audit_sample(rows: pl.DataFrame, fraction: float, seed: int) -> pl.Series:
    """A seeded sample of rows chosen by their `id` (the same rows on every rerun and shard size)."""
    if fraction >= 1.0:
        return pl.Series([True] * rows.height, dtype=pl.Boolean)
    keys = (
        rows["id"].cast(pl.Utf8).to_list()
        if "id" in rows.columns
        else [str(i) for i in range(rows.height)]
    )
    cut = int(fraction * 2**64)
    return pl.Series([int(stable_hash("audit", seed, k), 16) < cut for k in keys], dtype=pl.Boolean)


def _judge_mask(rows: pl.DataFrame, spec: PluginSpec, undecided: pl.Series) -> pl.Series:
    """The rows this judge looks at (its `when` and `domains`)."""
    when = getattr(spec.params, "when", "always")
    if when == "unknown":
        mask = undecided
    elif when == "disagree":  # audit: decided rows only, so `take` below is always empty
        mask = ~undecided & audit_sample(
            rows, getattr(spec.params, "audit_fraction", 1.0), getattr(spec.params, "audit_seed", 0)
        )
    else:
        mask = pl.Series([True] * rows.height, dtype=pl.Boolean)
    return mask & in_domains(rows, getattr(spec.params, "domains", None))


def _call_judge(spec: PluginSpec, judge: Any, sub: pl.DataFrame) -> pl.DataFrame:
    """The judge's result frame for `sub`, checked (rows, columns, verdict values)."""
    try:
        res = judge.judge(sub) if sub.height else None
    except Exception as exc:
        raise StageError(
            f"judge {spec.label!r} failed on a batch of {sub.height} rows: {exc!r}"
        ) from exc
    if res is None:
        res = pl.DataFrame(schema={c: JUDGE_DTYPES[c] for c in JUDGE_COLUMNS})
    if res.height != sub.height or not set(JUDGE_COLUMNS) <= set(res.columns):
        raise StageError(f"judge {spec.label!r} returned {res.height} rows without {JUDGE_COLUMNS}")
    bad = set(res["verdict"].drop_nulls().unique().to_list()) - set(VERDICTS)
    if bad:
        raise StageError(
            f"judge {spec.label!r} returned verdicts {sorted(bad)}; expected {VERDICTS}"
        )
    return res.with_columns(pl.col("verdict").fill_null(UNKNOWN), pl.lit(spec.label).alias("judge"))


def _audit(
    res: pl.DataFrame, final: pl.Series, sub: pl.DataFrame
) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """Agreement of an auditing judge (`when: disagree`) with the verdicts it audited."""
    mine = res["verdict"]
    decisive = mine.is_in([CORRECT, INCORRECT])
    differs = decisive & (mine != final).fill_null(True)
    audit = {
        "audit": {
            "audited": sub.height,
            "agree": int((decisive & (mine == final).fill_null(False)).sum()),
            "disagree": int(differs.sum()),
            "undecided": int((~decisive).sum()),
        }
    }
    examples: dict[str, list[Any]] = {}
    if "id" in sub.columns and differs.any():
        examples = {"disagree": sub["id"].filter(differs).head(3).to_list()}
    return audit, examples


def _run_judge(
    rows: pl.DataFrame, spec: PluginSpec, judge: Any
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """One judge of the cascade: its own `verdict_<label>`, the final verdict where undecided."""
    t0 = time.perf_counter()
    n = rows.height
    undecided = (rows["verdict"].is_null() | (rows["verdict"] == UNKNOWN)).fill_null(True)
    mask = _judge_mask(rows, spec, undecided)
    idx = pl.Series(range(n), dtype=pl.UInt32).filter(mask)
    sub = rows.filter(mask)
    res = _call_judge(spec, judge, sub)
    own = _scatter(n, idx, res["verdict"], f"verdict_{spec.label}")
    take = undecided & mask  # rows whose final verdict this judge sets
    updates = []
    for col in (*JUDGE_COLUMNS, "judge"):
        new = _scatter(n, idx, res[col].cast(JUDGE_DTYPES[col]), col)
        updates.append(pl.when(take).then(new).otherwise(rows[col]).alias(col))
    extras = [
        _scatter(n, idx, res[c], c) for c in res.columns if c not in (*JUDGE_COLUMNS, "judge")
    ]
    decided_here = int((take & own.is_in([CORRECT, INCORRECT])).sum())
    audit: dict[str, Any] = {}
    examples: dict[str, list[Any]] = {}
    if getattr(spec.params, "when", "always") == "disagree":
        audit, examples = _audit(res, rows["verdict"].filter(mask), sub)
    rows = rows.with_columns(*updates, own, *extras)
    verdicts = {v: int(c) for v, c in res["verdict"].value_counts().iter_rows()}
    reasons = {
        r: int(c) for r, c in res["judge_reason"].fill_null("none").value_counts().iter_rows()
    }
    record = stage_record(
        spec.label,
        "judge",
        n,
        n,
        reasons,
        examples,
        time.perf_counter() - t0,
        verdicts=verdicts,
        judged=sub.height,
        decided=decided_here,
        **audit,
    )
    return rows, record


def _agreement(rows: pl.DataFrame, ran: list[str]) -> dict[str, dict[str, int]]:
    """Verdict cross-tables of every pair of judges that both decided something."""
    agreement: dict[str, dict[str, int]] = {}
    for a, b in combinations(ran, 2):
        both = rows.select(
            pl.col(f"verdict_{a}").alias("a"), pl.col(f"verdict_{b}").alias("b")
        ).drop_nulls()
        decisive = [CORRECT, INCORRECT]
        # a judge that never decides (e.g. `rm` scoring without a threshold) has nothing to agree on
        if both.height and both["a"].is_in(decisive).any() and both["b"].is_in(decisive).any():
            cells = both.group_by("a", "b").len()
            agreement[f"{a} vs {b}"] = {f"{x}|{y}": int(c) for x, y, c in cells.iter_rows()}
    return agreement


def run_judges(
    rows: pl.DataFrame, judges: list[tuple[PluginSpec, Any]]
) -> tuple[pl.DataFrame, list[dict[str, Any]], dict[str, Any]]:
    """Run the judge cascade over `rows`: (rows with verdicts, stage records, agreement stats)."""
    records: list[dict[str, Any]] = []
    if not judges:
        return rows, records, {}
    for col, dt in JUDGE_DTYPES.items():
        if col not in rows.columns:
            rows = rows.with_columns(pl.lit(None, dt).alias(col))
    for spec, judge in judges:
        rows, record = _run_judge(rows, spec, judge)
        records.append(record)
    agreement = _agreement(rows, [spec.label for spec, _ in judges])
    return rows, records, ({"agreement": agreement} if agreement else {})


def prompt_stats(rows: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Add n_samples, n_correct, pass_rate per prompt; summarise them for the stats."""
    if "verdict" not in rows.columns or rows.height == 0:
        return rows, {}
    rows = rows.with_columns(
        pl.len().over("prompt_id").cast(pl.Int32).alias("n_samples"),
        (pl.col("verdict") == CORRECT).sum().over("prompt_id").cast(pl.Int32).alias("n_correct"),
    ).with_columns((pl.col("n_correct") / pl.col("n_samples")).alias("pass_rate"))
    per = rows.group_by("prompt_id").agg(
        pl.first("n_samples"), pl.first("n_correct"), pl.first("pass_rate")
    )
    summary = {
        "prompts": per.height,
        "samples": int(per["n_samples"].sum()),
        "correct": int(per["n_correct"].sum()),
        "unsolved": int((per["n_correct"] == 0).sum()),
        "all_correct": int((per["n_correct"] == per["n_samples"]).sum()),
        "pass_rate_hist": pass_rate_hist(per["pass_rate"]),
    }
    return rows, summary


class Pipeline:
    """Built once per worker; `process` handles one shard."""

    def __init__(
        self, recipe: Recipe, mapping: dict[str, str], run_dir: str | Path | None = None
    ) -> None:
        self.recipe = recipe
        self.mapping = mapping
        self.judges = [(s, s.build()) for s in recipe.judges]
        for _, judge in self.judges:  # judges that cache model replies (`llm`) keep them in the run
            if hasattr(judge, "run_dir"):
                judge.run_dir = run_dir
        self.filters = [(s, s.build()) for s in recipe.filters]
        for _, flt in self.filters:  # filters that cache model replies keep them in the run too
            if hasattr(flt, "run_dir"):
                flt.run_dir = run_dir
        self.generator = None
        if recipe.model.generate is not None:
            from curate.generate import Generator  # the generation stage (backends)

            self.generator = Generator(recipe, run_dir)  # run_dir: where generations are kept
        self.pairs = None
        if recipe.model.pairs is not None:
            from curate.pairs.stage import PairStage

            self.pairs = PairStage(recipe.model.pairs, recipe.base_dir)

    def _source_stage(
        self, raw: RawBatch, stages: list[dict[str, Any]], rejected: list[pl.DataFrame]
    ) -> tuple[pl.DataFrame, int]:
        """Canonical rows of the raw batch (quarantine into `rejected`); (rows, source rows)."""
        t0 = time.perf_counter()
        canon = raw.canonical or canonicalize(raw, self.recipe.source, self.mapping)
        if canon.quarantined.height:
            rejected.append(canon.quarantined)
        ex = {
            r: canon.quarantined.filter(pl.col("reason") == r)["id"].head(3).to_list()
            for r in canon.reasons
        }
        stages.append(
            stage_record(
                SOURCE_STAGE,
                "source",
                canon.source_rows,
                canon.rows.height,
                dict(canon.reasons),
                ex,
                time.perf_counter() - t0,
                **({"conflicts": dict(canon.conflicts)} if canon.conflicts else {}),
            )
        )
        return canon.rows, canon.source_rows

    def _judge_stage(
        self,
        index: int,
        rows: pl.DataFrame,
        stages: list[dict[str, Any]],
        rejected: list[pl.DataFrame],
        extra: dict[str, Any],
    ) -> tuple[pl.DataFrame, int, dict[str, Any]]:
        """Generate (if configured), judge, resample; (rows, rows_in, length histograms)."""
        gen_record: dict[str, Any] = {}
        gen_stats: dict[str, Any] = {}
        if self.generator is not None:
            rows, gen_rejected, gen_record, gen_stats = self.generator.run(index, rows)
            stages.append(gen_record)
            if gen_rejected.height:
                rejected.append(gen_rejected)
            extra["generation"] = gen_stats
        rows_in = rows.height
        lengths = (
            {"before": length_hist(rows["completion"].str.len_chars())}
            if "completion" in rows.columns
            else {}
        )
        rows, judge_records, judge_stats = run_judges(rows, self.judges)
        if self.generator is not None and self.generator.resampling:
            # rejection sampling: more rounds for unsolved prompts, each judged once as it comes
            rows, more_rejected, judge_records, judge_stats = self.generator.resample(
                index,
                rows,
                lambda r: run_judges(r, self.judges),
                judge_records,
                judge_stats,
                gen_record,
                gen_stats,
            )
            if more_rejected.height:
                rejected.append(more_rejected)
            rows_in = rows.height
            lengths = {"before": length_hist(rows["completion"].str.len_chars())}
        stages.extend(judge_records)
        if judge_stats:
            extra["judges"] = judge_stats
        return rows, rows_in, lengths

    def _filter_stage(
        self, rows: pl.DataFrame, stages: list[dict[str, Any]], rejected: list[pl.DataFrame]
    ) -> pl.DataFrame:
        """The recipe's filters, then `select`; dropped rows go to `rejected`."""
        for spec, flt in self.filters:
            out = flt.apply(rows, spec.label)
            stages.append(
                stage_record(
                    spec.label,
                    "filter",
                    rows.height,
                    out.kept.height,
                    dict(out.reasons),
                    out.examples,
                    out.seconds,
                )
            )
            if out.rejected.height:
                rejected.append(out.rejected)
            rows = out.kept
        rows, sel_rejected, sel_record = apply_select(rows, self.recipe.model.select)
        stages.append(sel_record)
        if sel_rejected.height:
            rejected.append(sel_rejected)
        return rows

    def process(self, index: int, raw: RawBatch) -> ShardResult:
        stages: list[dict[str, Any]] = []
        rejected: list[pl.DataFrame] = []
        extra: dict[str, Any] = {}
        rows, source_rows = self._source_stage(raw, stages, rejected)
        rows, rows_in, lengths = self._judge_stage(index, rows, stages, rejected, extra)
        extra["samples_per_prompt"] = samples_per_prompt(rows)  # whole prompts: final counts
        rows, prompts = prompt_stats(rows)
        if prompts:
            extra["prompts"] = prompts
        entering = rows  # what the filters see: "before" of the histograms
        rows = self._filter_stage(rows, stages, rejected)
        if "completion" in rows.columns:
            lengths["after"] = length_hist(rows["completion"].str.len_chars())
        rej = (
            pl.concat(rejected, how="diagonal_relaxed")
            if rejected
            else pl.DataFrame(schema={"id": pl.Utf8, "dropped_by": pl.Utf8, "reason": pl.Utf8})
        )
        rej = with_spans(rej)  # one schema for every shard's rejects
        extra["hists"] = distributions(entering, rows, rej)
        pairs = None
        if self.pairs is not None:  # all samples of the shard's prompts: kept and rejected
            pairs, pair_record = self.pairs.run(rows, rej)
            stages.append(pair_record)
        stats = {
            "shard": index,
            "source_rows": source_rows,
            "rows_in": rows_in,
            "rows_out": rows.height,
            "stages": stages,
            "lengths": lengths,
            **extra,
        }
        return ShardResult(index, rows, rej, stats, pairs)
