"""Building, storing and reading pairs: the `pairs:` stage, `read_pairs`, TRL columns."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any, cast

import polars as pl

from curate.pairs.build import (
    _Acc,
    _concise_pairs,
    _judge_pairs,
    _order_key,
    _rm_pairs,
    _verdict_pairs,
    candidates,
    pair_stats,
)
from curate.pairs.spec import CHAT, PAIRS_STAGE, PairsConfig
from curate.stats import stage_record

# --- building -------------------------------------------------------------------------------


def _format(cand: pl.DataFrame, idx: list[int], fmt: str) -> tuple[pl.Series, bool]:
    """Prompts of the given candidate rows in the output format; whether it is conversational."""
    from curate.text import as_messages, prompt_text

    chat_prompt = isinstance(cand.schema["prompt"], pl.List)
    conv = fmt == "conversational" or (fmt == "auto" and chat_prompt)
    sub = cand[idx] if idx else cand.clear()
    prompts = sub["prompt"].to_list()
    systems = sub["system"].to_list() if "system" in sub.columns else [None] * len(prompts)
    if conv:
        vals = [as_messages(p, s) for p, s in zip(prompts, systems, strict=True)]
        return pl.Series("prompt", vals, dtype=CHAT), True
    return pl.Series("prompt", [prompt_text(p) for p in prompts], dtype=pl.Utf8), False


def _answer(texts: list[str], conv: bool, name: str) -> pl.Series:
    if conv:
        return pl.Series(name, [[{"role": "assistant", "content": t}] for t in texts], dtype=CHAT)
    return pl.Series(name, texts, dtype=pl.Utf8)


def empty_pairs(conversational: bool = True) -> pl.DataFrame:
    """A pairs frame with no rows and the full schema."""
    t = CHAT if conversational else pl.Utf8
    return pl.DataFrame(schema=pair_schema(t))


def pair_schema(text_type: Any) -> dict[str, Any]:
    """Columns of a pairs frame; `text_type` is CHAT (conversational) or Utf8 (standard)."""
    return {
        "pair_id": pl.Utf8,
        "prompt_id": pl.Utf8,
        "prompt": text_type,
        "chosen": text_type,
        "rejected": text_type,
        "source": pl.Utf8,
        "margin": pl.Float64,
        "chosen_id": pl.Utf8,
        "rejected_id": pl.Utf8,
        "chosen_score": pl.Float64,
        "rejected_score": pl.Float64,
        "chosen_verdict": pl.Utf8,
        "rejected_verdict": pl.Utf8,
        "rejected_reason": pl.Utf8,
        "domain": pl.Utf8,
        "chosen_len": pl.Int64,
        "rejected_len": pl.Int64,
    }


def build_pairs(
    rows: pl.DataFrame, cfg: PairsConfig | None = None, judge_fn: Any = None
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Preference pairs of `rows` (all samples of their prompts, kept and rejected) and stats.

    `judge_fn(prompt, a, b) -> "A" | "B" | "tie" | None` (or an object with `compare_many`) is
    the pairwise judge of the `judge` source. Raises ValueError when a source's inputs are
    missing (no `rm_column` for `rm`, no judge for `judge`).
    """
    cfg = cfg or PairsConfig()
    if "rm" in cfg.sources and cfg.rm_column not in rows.columns:
        raise ValueError(
            f"pairs: source `rm` needs the score column {cfg.rm_column!r}, which the rows lack "
            "(add an `rm` judge, or set pairs.rm_column)"
        )
    for src in ("verdict", "concise"):
        if src in cfg.sources and "verdict" not in rows.columns:
            raise ValueError(
                f"pairs: source `{src}` needs judge verdicts (add a judge to the recipe)"
            )
    if "judge" in cfg.sources and judge_fn is None:
        raise ValueError("pairs: source `judge` needs a pairwise judge (judge_fn)")
    cand = candidates(rows, cfg)
    rm_col = cfg.rm_column if cfg.rm_column in cand.columns else None
    cand = cand.with_columns(
        (pl.col(rm_col).cast(pl.Float64) if rm_col else pl.lit(None, pl.Float64)).alias("_rm"),
        (
            pl.col("score").cast(pl.Float64)
            if "score" in cand.columns
            else pl.lit(None, pl.Float64)
        ).alias("score"),
    )
    texts: list[str] = cand["completion"].to_list()
    keys = ["_i", "id", "verdict", "score", "_rm", "_clean", "_bad", "_bad_reason"]
    groups = [
        dict(zip(keys, vals, strict=True))
        for vals in cand.group_by("prompt_id", maintain_order=True)
        .agg(*[pl.col(k) for k in keys])
        .select(keys)
        .iter_rows()
    ]
    acc = _Acc()
    for g in groups:
        if "verdict" in cfg.sources:
            _verdict_pairs(g, cfg, acc, texts)
        if "rm" in cfg.sources:
            _rm_pairs(g, cfg, acc, texts)
        if "concise" in cfg.sources:
            _concise_pairs(g, cfg, acc, texts)
    if "judge" in cfg.sources:
        _judge_pairs(groups, cfg, acc, texts, cand["prompt"].to_list(), judge_fn)
    pairs = _assemble(cand, acc, cfg)
    return pairs, pair_stats(pairs, cand, acc, len(groups))


def _assemble(cand: pl.DataFrame, acc: _Acc, cfg: PairsConfig) -> pl.DataFrame:
    prompts, conv = _format(cand, acc.c, cfg.format)
    if not acc.c:
        return empty_pairs(conv)
    c, r = cand[acc.c], cand[acc.r]
    ids = [
        _order_key(0, s, a, b)
        for s, a, b in zip(acc.src, c["id"].to_list(), r["id"].to_list(), strict=True)
    ]
    domain = c["domain"].cast(pl.Utf8) if "domain" in c.columns else pl.Series([None] * c.height)
    out = pl.DataFrame(
        {
            "pair_id": ids,
            "prompt_id": c["prompt_id"],
            "prompt": prompts,
            "chosen": _answer(c["completion"].to_list(), conv, "chosen"),
            "rejected": _answer(r["completion"].to_list(), conv, "rejected"),
            "source": acc.src,
            "margin": pl.Series(acc.margin, dtype=pl.Float64),
            "chosen_id": c["id"],
            "rejected_id": r["id"],
            "chosen_score": c["_rm"],
            "rejected_score": r["_rm"],
            "chosen_verdict": c["verdict"],
            "rejected_verdict": r["verdict"],
            "rejected_reason": pl.Series(acc.why, dtype=pl.Utf8),
            "domain": domain,
            "chosen_len": c["_len"].cast(pl.Int64),
            "rejected_len": r["_len"].cast(pl.Int64),
        }
    )
    return out.cast(pair_schema(CHAT if conv else pl.Utf8))  # type: ignore[arg-type]


# --- the stage ------------------------------------------------------------------------------


class PairStage:
    """The `pairs:` stage of a pipeline: one shard's kept and rejected rows in, pairs out."""

    def __init__(
        self, cfg: PairsConfig, base_dir: Path | None = None, judge_fn: Any = None
    ) -> None:
        self.cfg = cfg
        self.base_dir = base_dir or Path.cwd()
        self.judge_fn = judge_fn

    def _judge(self) -> Any:
        if self.judge_fn is None and "judge" in self.cfg.sources and self.cfg.judge is not None:
            from curate.pairs.pairwise import BackendPairJudge

            j = self.cfg.judge
            template = None
            if j.template is not None:
                p = Path(j.template).expanduser()
                template = (p if p.is_absolute() else self.base_dir / p).read_text("utf-8")
            kwargs: dict[str, Any] = (
                {} if j.system_prompt is None else {"system_prompt": j.system_prompt}
            )
            self.judge_fn = BackendPairJudge(
                j.backend,
                j.model,
                options=j.options,
                template=template,
                max_tokens=j.max_tokens,
                temperature=j.temperature,
                seed=j.seed,
                base_dir=self.base_dir,
                **kwargs,
            )
        return self.judge_fn

    def run(
        self, kept: pl.DataFrame, rejected: pl.DataFrame
    ) -> tuple[pl.DataFrame, dict[str, Any]]:
        from curate.errors import StageError
        from curate.store import concat_frames

        t0 = time.perf_counter()
        keep_rej = rejected
        if "dropped_by" in rejected.columns and rejected.height:
            keep_rej = rejected.filter(
                ~pl.col("dropped_by").fill_null("").is_in(self.cfg.exclude_stages)
            )
        rows = (
            concat_frames([f for f in (kept, keep_rej) if f.width])
            if (kept.width or keep_rej.width)
            else kept
        )
        if rows.height == 0 or "completion" not in rows.columns:
            pairs, stats = empty_pairs(self.cfg.format != "standard"), {"pairs": 0, "prompts": 0}
        else:
            try:
                pairs, stats = build_pairs(rows, self.cfg, self._judge())
            except ValueError as exc:
                raise StageError(str(exc)) from exc
        skipped = cast(dict[str, int], stats.pop("skipped", {}))
        rec = stage_record(
            PAIRS_STAGE, "pairs", rows.height, rows.height, skipped, {}, time.perf_counter() - t0
        )
        rec.update(stats)
        return pairs, rec


# --- reading --------------------------------------------------------------------------------


def harmonise(frames: list[pl.DataFrame]) -> pl.DataFrame:
    """Concatenate pair frames; when any is conversational, text ones become messages."""
    frames = [f for f in frames if f.width]
    if not frames:
        return empty_pairs()
    if any(isinstance(f.schema.get("chosen"), pl.List) for f in frames):
        fixed = []
        for f in frames:
            if f.schema.get("prompt") == pl.Utf8:
                f = f.with_columns(
                    pl.concat_list(
                        pl.struct(pl.lit("user").alias("role"), pl.col("prompt").alias("content"))
                    ).alias("prompt")
                )
            for side in ("chosen", "rejected"):
                if f.schema.get(side) == pl.Utf8:
                    f = f.with_columns(
                        pl.concat_list(
                            pl.struct(
                                pl.lit("assistant").alias("role"), pl.col(side).alias("content")
                            )
                        ).alias(side)
                    )
            fixed.append(f)
        frames = fixed
    return pl.concat(frames, how="diagonal_relaxed")


def read_pairs(run_dir: str | Path) -> pl.DataFrame:
    """All pairs of a run's committed shards (RUN/pairs/part-NNNNN.parquet), in shard order."""
    from curate.store import open_run

    store = open_run(run_dir)
    frames = []
    for i in sorted(store.committed()):
        p = store.pairs_path(i)
        if p.exists():
            frames.append(pl.read_parquet(p))
    return harmonise(frames)


def load_pairs(path: str | Path) -> pl.DataFrame:
    """Pairs from a run directory, a pairs file (.parquet/.jsonl/.json), a folder of parquet
    files, or a `datasets` `save_to_disk` folder (an export). Needs `chosen` and `rejected`."""
    p = Path(path)
    if (p / "manifest.json").exists():
        df = read_pairs(p)
    elif p.is_file():
        suf = p.suffix.lower()
        if suf == ".parquet":
            df = pl.read_parquet(p)
        elif suf in (".jsonl", ".ndjson"):
            df = pl.read_ndjson(p)
        elif suf == ".json":
            df = pl.read_json(p)
        else:
            raise ValueError(f"{p}: expected a .parquet, .jsonl or .json pairs file")
    elif (p.is_dir() and (p / "state.json").exists()) or (p / "dataset_dict.json").exists():
        import datasets

        ds = datasets.load_from_disk(str(p))
        if isinstance(ds, datasets.DatasetDict):
            ds = ds["train"] if "train" in ds else next(iter(ds.values()))
        df = pl.from_arrow(ds.data.table)  # type: ignore[assignment]
    elif p.is_dir():
        files = sorted(p.rglob("*.parquet")) or sorted(p.rglob("*.jsonl"))
        if not files:
            raise ValueError(f"{p}: no pairs found (a run dir, a pairs file or a folder of them)")
        df = harmonise(
            [pl.read_parquet(f) if f.suffix == ".parquet" else pl.read_ndjson(f) for f in files]
        )
    else:
        raise ValueError(f"{p}: no such file or directory")
    missing = {"chosen", "rejected"} - set(df.columns)
    if missing:
        raise ValueError(f"{p}: pairs need the columns {sorted(missing)}")
    return df


MARGINS = ("none", "verdict", "score")
"""`margin` choices of reward-model data (`trl-reward --set margin=...`, `train rm margin:`):
`none` no margin column (plain Bradley-Terry, the default of both); `verdict` the judges' score
gap on verdict pairs (1.0 for correct vs incorrect), 0.0 on other pairs; `score` the stored gap of
every pair (judge or reward-model scores), 0.0 where there is none."""


def with_margin(pairs: pl.DataFrame, mode: str) -> pl.DataFrame:
    """`pairs` with its `margin` column set as `mode` (one of MARGINS) says, or dropped (`none`)."""
    if mode not in MARGINS:
        raise ValueError(f"margin: expected one of {', '.join(MARGINS)}, got {mode!r}")
    if mode == "none":
        return pairs.drop("margin", strict=False)
    gap = (
        pl.col("margin").cast(pl.Float64) if "margin" in pairs.columns else pl.lit(None, pl.Float64)
    )
    if mode == "verdict" and "source" in pairs.columns:
        gap = pl.when(pl.col("source") == "verdict").then(gap)
    return pairs.with_columns(gap.fill_null(0.0).alias("margin"))


def trl_columns(pairs: pl.DataFrame, *, margin: str = "none") -> pl.DataFrame:
    """The columns TRL's RewardTrainer / DPOTrainer read: prompt (if any), chosen, rejected,
    plus `margin` (RewardTrainer subtracts it in the loss) unless `margin` is `none`."""
    cols: list[str] = [c for c in ("prompt", "chosen", "rejected") if c in pairs.columns]
    if margin != "none":
        pairs = with_margin(pairs, margin)
        cols.append("margin")
    return pairs.select(cols)


def sample_pairs(pairs: pl.DataFrame, n: int, seed: int = 0) -> pl.DataFrame:
    """A reproducible random subset of n pairs."""
    if pairs.height <= n:
        return pairs
    idx = sorted(random.Random(seed).sample(range(pairs.height), n))
    return pairs[idx]
