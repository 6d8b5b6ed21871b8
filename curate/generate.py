"""The generation stage: canonical prompt rows in, one row per (prompt, sample) out.

For each prompt row the template renders what the backend is sent; every sample gets an address
(`sample_key`: hash of what produced it — backend, model, sampling parameters, seed — the rendered
prompt and the sample index) and its own seed (`base(prompt) + index`, so vLLM's `n` children
and one-by-one requests give the same samples). Samples already in `RUN/generations/` are read
back, the rest generated and written there as they finish, before any judging: a crash or
Ctrl-C resumes without regenerating them, and a changed judge or filter re-runs without
generating at all (the backend is not even started when nothing is missing).

Rows out: the prompt row's columns plus `id` (new, per sample), `sample_index`, `completion`,
`finish_reason`, `prompt_tokens`, `completion_tokens`, `model`, `gen_seed`, `gen_round`. Samples
that failed go to the rejected frame with `dropped_by="generate"`, a `reason` code
(`prompt_too_long`, `bad_prompt`, `bad_request`, `backend_error`, `empty_completion`,
`invalid_unicode`) and
`error_detail`. More than `max_error_rate` of a shard's samples failing with `backend_error`
aborts the shard (a resumable `StageError`).

Rejection sampling: `resample_unsolved` runs more rounds for prompts that no sample solved; the
pipeline judges each round through the `judge` callback it hands to `resample` (see there).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from curate.backends.base import BACKEND_ERROR, EMPTY_COMPLETION, Backend, Request, Sample, Sampling
from curate.errors import CurateError, StageError
from curate.hashing import stable_hash
from curate.quarantine import INVALID_UNICODE
from curate.recipe import GenerateConfig, Recipe
from curate.registry import BACKENDS
from curate.stats import merge_stage, stage_record
from curate.store import GenerationCache, open_run
from curate.templates import build_template

GEN_STAGE = "generate"
CHECKPOINT_SECONDS = 3.0
"""Finished samples are written out at least this often (a crash loses at most this much)."""
GEN_COLUMNS: dict[str, Any] = {
    "id": pl.Utf8,
    "sample_index": pl.Int32,
    "completion": pl.Utf8,
    "finish_reason": pl.Utf8,
    "prompt_tokens": pl.Int64,
    "completion_tokens": pl.Int64,
    "model": pl.Utf8,
    "gen_seed": pl.Int64,
    "gen_round": pl.Int32,
    "reason": pl.Utf8,
    "error_detail": pl.Utf8,
}
JudgeFn = Callable[[pl.DataFrame], tuple[pl.DataFrame, list[dict[str, Any]], dict[str, Any]]]


def unusable_text(s: Sample) -> Sample:
    """A reply that cannot be stored (a lone UTF-16 surrogate from a JSON `\\ud800` escape)
    becomes a failed sample (`invalid_unicode`) instead of failing the shard's write."""
    if s.error is None and s.text is not None:
        try:
            s.text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return Sample.failed(
                INVALID_UNICODE,
                f"the reply is not valid Unicode ({exc.reason} at character {exc.start})",
                s.prompt_tokens,
            )
    return s


def config_key(cfg: GenerateConfig, backend_cls: type[Backend]) -> tuple[str, dict[str, Any]]:
    """The address of what produces samples, and its readable description."""
    opts = {k: v for k, v in sorted(cfg.options.items()) if k not in backend_cls.cache_exempt}
    desc = {
        "backend": cfg.backend,
        "model": cfg.model,
        "temperature": cfg.temperature,
        "top_p": cfg.top_p,
        "max_tokens": cfg.max_tokens,
        "stop": list(cfg.stop),
        "seed": cfg.seed,
        "options": opts,
    }
    return f"{cfg.backend}-{stable_hash('gen', desc)}", desc


def _seed_base(seed: int, prompt_key: str) -> int:
    # below 2**30 so base + sample index stays a valid 32-bit seed
    return int(stable_hash("seed", seed, prompt_key, size=4), 16) & 0x3FFFFFFF


class Generator:
    """Built once per worker; `run` handles one shard's prompts (see the module docstring)."""

    def __init__(
        self, recipe: Recipe, run_dir: str | Path | None = None, *, backend: Backend | None = None
    ) -> None:
        cfg = recipe.model.generate
        if cfg is None:
            raise CurateError("the recipe has no `generate` section")
        self.cfg = cfg
        self.recipe = recipe
        self.template = build_template(
            cfg.template, cfg.template_args, cfg.system_prompt, recipe.base_dir
        )
        if backend is None:
            cls = BACKENDS.get(cfg.backend)
            backend = cls(
                cls.Params.model_validate(cfg.options), model=cfg.model, base_dir=recipe.base_dir
            )
        self.backend = backend
        self.sampling = Sampling(cfg.temperature, cfg.top_p, cfg.max_tokens, tuple(cfg.stop))
        self.config_key, self.describe = config_key(cfg, type(backend))
        self.cache = (
            GenerationCache(run_dir, self.config_key, self.describe)
            if run_dir is not None
            else None
        )
        self.resampling = cfg.resample_unsolved is not None
        self._prompts: dict[int, pl.DataFrame] = {}

    def close(self) -> None:
        if self.backend.started:
            self.backend.close()

    # --- one round ---------------------------------------------------------------------------
    def run(
        self, index: int, rows: pl.DataFrame
    ) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, Any], dict[str, Any]]:
        """All `n` samples of every prompt row: (rows, rejected, stage record, stats)."""
        if self.resampling:
            self._prompts[index] = rows
        return self._round(rows, [range(self.cfg.n)] * rows.height, 0)

    def _round(
        self, rows: pl.DataFrame, wanted: list[range], round_no: int
    ) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, Any], dict[str, Any]]:
        t0 = time.perf_counter()
        recs = rows.to_dicts()
        keys: list[list[str]] = []
        seeds: list[list[int]] = []
        # sample_key -> (prompt_key, rendered prompt, sample index, seed)
        todo: dict[str, tuple[str, Any, int, int]] = {}
        for rec, idx in zip(recs, wanted, strict=True):
            rendered = self.template.render(rec)
            pkey = stable_hash("prompt", rendered)
            base = _seed_base(self.cfg.seed, pkey)
            ks = [stable_hash("s", self.config_key, pkey, i) for i in idx]
            keys.append(ks)
            seeds.append([base + i for i in idx])
            for k, i in zip(ks, idx, strict=True):
                todo.setdefault(k, (pkey, rendered, i, base + i))
        results: dict[str, Sample] = {}
        cached = self.cache.lookup(list(todo)) if self.cache is not None else {}
        for k, rec in cached.items():
            results[k] = Sample(
                text=rec["completion"],
                finish_reason=rec["finish_reason"],
                prompt_tokens=rec["prompt_tokens"],
                completion_tokens=rec["completion_tokens"],
            )
        missing = [k for k in todo if k not in results]
        counters_before = self.backend.counters.as_dict()
        gen_seconds = self._generate(missing, todo, results) if missing else 0.0
        n_backend_errors = sum(1 for k in missing if results[k].error == BACKEND_ERROR)
        if n_backend_errors > self.cfg.max_error_rate * len(todo):
            first = next(results[k] for k in missing if results[k].error == BACKEND_ERROR)
            saved = len(missing) - n_backend_errors
            raise StageError(
                f"generate: {n_backend_errors} of {len(todo)} samples failed ({first.detail}), "
                f"more than generate.max_error_rate={self.cfg.max_error_rate} allows. The {saved} "
                "samples that finished are saved: fix the backend and rerun to resume, or raise "
                "generate.max_error_rate to set failing samples aside as `backend_error`"
            )
        kept, rejected = self._frames(rows, wanted, keys, seeds, results, round_no)
        reasons = dict(Counter(rejected["reason"].to_list())) if rejected.height else {}
        examples = {
            r: rejected.filter(pl.col("reason") == r)["id"].head(3).to_list() for r in reasons
        }
        new = set(missing)
        new_samples = [results[k] for k in new if results[k].error is None]
        stats: dict[str, Any] = {
            "prompts": rows.height,
            "samples": sum(len(w) for w in wanted),
            "kept": kept.height,
            "cached": len(cached),
            "generated": len(new_samples),
            "prompt_tokens": int(kept["prompt_tokens"].fill_null(0).sum()),
            "completion_tokens": int(kept["completion_tokens"].fill_null(0).sum()),
            "new_completion_tokens": sum(s.completion_tokens or 0 for s in new_samples),
            "seconds": round(gen_seconds, 6),
            "finish_reasons": dict(Counter(kept["finish_reason"].fill_null("none").to_list())),
            "errors": reasons,
            **self.backend.counters.minus(counters_before),
        }
        record = stage_record(
            GEN_STAGE,
            "generate",
            stats["samples"],
            kept.height,
            reasons,
            examples,
            time.perf_counter() - t0,
            prompts=rows.height,
            cached=len(cached),
            generated=len(new_samples),
        )
        return kept, rejected, record, stats

    def _generate(
        self,
        missing: list[str],
        todo: dict[str, tuple[str, Any, int, int]],
        results: dict[str, Sample],
    ) -> float:
        """Generate the missing samples, checkpointing them to the cache; seconds spent."""
        by_prompt: dict[str, list[str]] = {}
        for k in missing:
            by_prompt.setdefault(todo[k][0], []).append(k)
        requests: list[Request] = []
        req_keys: list[list[str]] = []
        for ks in by_prompt.values():
            ks.sort(key=lambda k: todo[k][2])
            requests.append(
                Request(todo[ks[0]][1], [todo[k][2] for k in ks], [todo[k][3] for k in ks])
            )
            req_keys.append(ks)
        last_flush = [time.monotonic()]

        def done(i: int, samples: list[Sample]) -> None:
            fresh = []
            for k, s in zip(req_keys[i], samples, strict=True):
                s = unusable_text(s)
                results[k] = s
                if s.error is None and s.text is not None:
                    pkey, _, idx, seed = todo[k]
                    fresh.append(
                        {
                            "sample_key": k,
                            "prompt_key": pkey,
                            "sample_index": idx,
                            "seed": seed,
                            "completion": s.text,
                            "finish_reason": s.finish_reason,
                            "prompt_tokens": s.prompt_tokens,
                            "completion_tokens": s.completion_tokens,
                        }
                    )
            if self.cache is not None and fresh:
                self.cache.add(fresh, flush_at=self.cfg.checkpoint_every)
                if time.monotonic() - last_flush[0] > CHECKPOINT_SECONDS:
                    self.cache.flush()
                    last_flush[0] = time.monotonic()

        t0 = time.perf_counter()
        try:
            if not self.backend.started:
                self.backend.start()
            self.backend.generate(requests, self.sampling, done)
        finally:
            if self.cache is not None:
                self.cache.flush()  # what finished survives a crash, an error or Ctrl-C
        for ks in req_keys:  # a backend that skipped a request
            for k in ks:
                results.setdefault(
                    k, Sample.failed(BACKEND_ERROR, "the backend returned no sample")
                )
        return time.perf_counter() - t0

    def _frames(
        self,
        rows: pl.DataFrame,
        wanted: list[range],
        keys: list[list[str]],
        seeds: list[list[int]],
        results: dict[str, Sample],
        round_no: int,
    ) -> tuple[pl.DataFrame, pl.DataFrame]:
        cols: dict[str, list[Any]] = {c: [] for c in ("_r", *GEN_COLUMNS)}
        ids = rows["id"].to_list() if "id" in rows.columns else [None] * rows.height
        srcs = (
            rows["source_row"].to_list() if "source_row" in rows.columns else [None] * rows.height
        )
        for r, (idx, ks, ss) in enumerate(zip(wanted, keys, seeds, strict=True)):
            for i, k, seed in zip(idx, ks, ss, strict=True):
                s = results[k]
                reason = s.error
                if reason is None and not (s.text or "").strip():
                    reason = EMPTY_COMPLETION
                cols["_r"].append(r)
                cols["id"].append(stable_hash("g", ids[r], srcs[r], k))
                cols["sample_index"].append(i)
                cols["completion"].append(s.text)
                cols["finish_reason"].append(s.finish_reason)
                cols["prompt_tokens"].append(s.prompt_tokens)
                cols["completion_tokens"].append(s.completion_tokens)
                cols["model"].append(self.cfg.model)
                cols["gen_seed"].append(seed)
                cols["gen_round"].append(round_no)
                cols["reason"].append(reason)
                cols["error_detail"].append(s.detail if s.error else None)
        samples = pl.DataFrame(cols, schema={"_r": pl.UInt32, **GEN_COLUMNS})
        base = rows.drop([c for c in GEN_COLUMNS if c in rows.columns]).with_row_index("_r")
        joined = base.join(samples, on="_r", how="inner", maintain_order="right").drop("_r")
        ok = pl.col("reason").is_null()
        kept = joined.filter(ok).drop("reason", "error_detail")
        rejected = joined.filter(~ok).with_columns(pl.lit(GEN_STAGE).alias("dropped_by"))
        return kept, rejected

    # --- rejection sampling: more rounds for unsolved prompts ------------------------------------
    def resample(
        self,
        index: int,
        rows: pl.DataFrame,
        judge: JudgeFn,
        judge_records: list[dict[str, Any]],
        judge_stats: dict[str, Any],
        gen_record: dict[str, Any],
        gen_stats: dict[str, Any],
    ) -> tuple[pl.DataFrame, pl.DataFrame, list[dict[str, Any]], dict[str, Any]]:
        """Rounds of `resample_unsolved` on a judged shard.

        `rows` are this shard's judged samples (from `run` then the judges). While some prompt
        has no correct sample and samples left in its budget (`max_samples` per prompt row,
        `max_rounds` rounds), generate another round for those prompts only, judge it with
        `judge` (the pipeline's judge cascade: rows → (rows, stage records, extra stats)) and
        append it. Every sample is judged once. Returns (rows, rejected, judge records, judge
        stats), the records and stats merged over rounds; `gen_record` and `gen_stats` are
        updated in place with the extra rounds' counts (`gen_stats["resample"]` per round).
        """
        prompts = self._prompts.pop(index, None)
        rc = self.cfg.resample_unsolved
        if rc is None or prompts is None or prompts.height == 0 or "verdict" not in rows.columns:
            return rows, rows.clear(), judge_records, judge_stats
        per_round = rc.n or self.cfg.n
        max_rounds = rc.max_rounds if rc.max_rounds is not None else 1 << 30
        done_per_row = {int(s): self.cfg.n for s in prompts["source_row"].to_list()}
        frames, rejected = [rows], []
        rounds: dict[str, Any] = {}
        round_no = 0
        while round_no < max_rounds:
            judged = pl.concat(frames, how="diagonal_relaxed")
            solved = set(
                judged.filter(pl.col("verdict") == "correct")["prompt_id"].unique().to_list()
            )
            attempted = set(judged["prompt_id"].unique().to_list())  # prompts with a usable sample
            todo = prompts.filter(
                pl.col("prompt_id").is_in(list(attempted - solved))
                & pl.col("source_row")
                .replace_strict(done_per_row, default=rc.max_samples)
                .lt(rc.max_samples)
            )
            if todo.height == 0:
                break
            round_no += 1
            wanted = []
            for s in todo["source_row"].to_list():
                start = done_per_row[int(s)]
                wanted.append(range(start, min(start + per_round, rc.max_samples)))
                done_per_row[int(s)] = wanted[-1].stop
            kept, rej, rec, st = self._round(todo, wanted, round_no)
            new_rows, recs, extra = judge(kept) if kept.height else (kept, [], {})
            frames.append(new_rows)
            if rej.height:
                rejected.append(rej)
            n_solved = (
                new_rows.filter(pl.col("verdict") == "correct")["prompt_id"].n_unique()
                if new_rows.height
                else 0
            )
            rounds[str(round_no)] = {
                "prompts": todo["prompt_id"].n_unique(),
                "samples": st["samples"],
                "solved": n_solved,
            }
            judge_records = _merge_records(judge_records, recs)
            judge_stats = _merge_dicts(judge_stats, extra)
            gen_record.update(merge_stage(gen_record, rec))
            st.pop("prompts", None)
            gen_stats.update(_merge_dicts(gen_stats, st))
        gen_stats["resample"] = {
            "rounds": rounds,
            "extra_samples": sum(r["samples"] for r in rounds.values()),
        }
        out = pl.concat(frames, how="diagonal_relaxed")
        rej_out = pl.concat(rejected, how="diagonal_relaxed") if rejected else rows.clear()
        return out, rej_out, judge_records, judge_stats


def _merge_records(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_name = {r["name"]: r for r in b}
    out = [merge_stage(r, by_name.pop(r["name"])) if r["name"] in by_name else r for r in a]
    return out + list(by_name.values())


def _merge_dicts(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    from curate.stats import _merge_nested

    return _merge_nested(a, b) or {}


# --- the unsolved prompts of a finished run --------------------------------------------------


def unsolved_prompts(run_dir: str | Path) -> pl.DataFrame:
    """One row per prompt of the run that no sample solved: prompt_id, prompt, reference,
    source_row, n_samples, n_correct (0) and domain when present — ready to export and send to a
    stronger model. Prompts whose samples all failed to generate are not included (they were
    never judged). Raises CurateError when the run has no verdicts (no judges)."""
    store = open_run(run_dir)
    wanted = ["prompt_id", "prompt", "reference", "source_row", "domain", "n_samples", "n_correct"]
    parts: list[pl.DataFrame] = []
    for shard in sorted(store.committed()):
        for path in (store.data_path(shard), store.rejected_path(shard)):
            if not path.exists():
                continue
            lf = pl.scan_ndjson(path) if path.suffix == ".jsonl" else pl.scan_parquet(path)
            names = lf.collect_schema().names()
            if "n_correct" not in names:
                continue
            part = (
                lf.select([c for c in wanted if c in names])
                .filter(pl.col("n_correct").is_not_null())
                .collect()
            )
            if part.height:
                parts.append(part.unique("prompt_id", keep="first", maintain_order=True))
    if not parts:
        if store.committed():
            raise CurateError(
                f"{run_dir}: no judged samples (the recipe has no judges?); nothing to call unsolved"
            )
        return pl.DataFrame(schema={c: pl.Utf8 for c in ("prompt_id", "prompt", "reference")})
    from curate.store import concat_frames

    allp = concat_frames(parts).unique("prompt_id", keep="first", maintain_order=True)
    return allp.filter(pl.col("n_correct") == 0)
