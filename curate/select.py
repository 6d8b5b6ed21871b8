"""`select`: keep up to k passing samples per prompt, chosen by a policy.

Policies: `first` (lowest sample index), `shortest` (fewest characters), `longest` (most),
`median` (closest to the median length of the prompt's passing samples: keeps the length
distribution instead of biasing it short or long), `random` (seeded,
reproducible: a hash of the row id and the seed), `diverse` (greedy farthest-first on word
3-gram Jaccard distance, starting from the shortest). With `by: rm_score` (any score column)
rows rank by that score first, highest first (top-k by reward model), then by the policy.
Rows past the cap go to the rejected
store with `dropped_by = "select"` and `reason = "over_k"`.
"""

from __future__ import annotations

import time
from typing import Any

import polars as pl

from curate.errors import StageError
from curate.hashing import stable_hash
from curate.recipe import SelectConfig
from curate.stats import stage_record

SELECT_STAGE = "select"


def _shingles(text: str, n: int = 3) -> frozenset[str]:
    words = text.split()
    if len(words) < n:
        return frozenset([" ".join(words)])
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def _diverse_order(texts: list[str], k: int) -> list[int]:
    """Indices of up to k texts, greedily maximising the minimum Jaccard distance."""
    if len(texts) <= 1:
        return list(range(len(texts)))
    sh = [_shingles(t) for t in texts]
    first = min(range(len(texts)), key=lambda i: (len(texts[i]), i))
    chosen = [first]
    dist = [
        1.0 - len(sh[i] & sh[first]) / max(1, len(sh[i] | sh[first])) for i in range(len(texts))
    ]
    while len(chosen) < min(k, len(texts)):
        nxt = max((i for i in range(len(texts)) if i not in chosen), key=lambda i: (dist[i], -i))
        chosen.append(nxt)
        for i in range(len(texts)):
            d = 1.0 - len(sh[i] & sh[nxt]) / max(1, len(sh[i] | sh[nxt]))
            dist[i] = min(dist[i], d)
    return chosen


def rank_rows(rows: pl.DataFrame, cfg: SelectConfig) -> pl.Series:
    """Rank (0 = best) of each row within its prompt under the policy."""
    order_col = "sample_index" if "sample_index" in rows.columns else "source_row"
    if cfg.policy == "diverse":
        k = cfg.k or rows.height
        ranks = [0] * rows.height
        idx = (
            rows.with_row_index("_i")
            .group_by("prompt_id", maintain_order=True)
            .agg(pl.col("_i"), pl.col("completion"))
        )
        for ids, texts in zip(idx["_i"].to_list(), idx["completion"].to_list(), strict=True):
            order = _diverse_order([t or "" for t in texts], k)
            rest = [j for j in range(len(ids)) if j not in order]
            for r, j in enumerate(order + rest):
                ranks[ids[j]] = r
        return pl.Series("_rank", ranks, dtype=pl.Int64)
    chars = pl.col("completion").str.len_chars()
    if cfg.policy == "shortest":
        key = [chars, pl.col(order_col)]
    elif cfg.policy == "longest":
        key = [-chars.cast(pl.Int64), pl.col(order_col)]
    elif cfg.policy == "median":  # closest to the prompt's median length first (no length bias)
        gap = (chars.cast(pl.Float64) - chars.cast(pl.Float64).median().over("prompt_id")).abs()
        key = [gap, pl.col(order_col)]
    elif cfg.policy == "random":
        seed = cfg.seed
        key = [pl.col("id").map_elements(lambda i: stable_hash(i, seed), return_dtype=pl.Utf8)]
    else:
        key = [pl.col(order_col)]
    if cfg.by is not None:  # a score column first (highest first, unscored last), then the policy
        if cfg.by not in rows.columns:
            raise StageError(
                f"select.by: no column {cfg.by!r} to rank by (an `rm` judge writes rm_score)"
            )
        key = [(-pl.col(cfg.by).cast(pl.Float64)).fill_nan(None).fill_null(float("inf")), *key]
    return (
        rows.with_row_index("_i")
        .with_columns(pl.struct(key).rank("ordinal").over("prompt_id").alias("_r"))
        .select((pl.col("_r") - 1).cast(pl.Int64).alias("_rank"))
        .to_series()
    )


def apply_select(
    rows: pl.DataFrame, cfg: SelectConfig
) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, Any]]:
    t0 = time.perf_counter()
    if cfg.k is None or rows.height == 0:
        rec = stage_record(
            SELECT_STAGE, "select", rows.height, rows.height, {}, {}, time.perf_counter() - t0
        )
        return (
            rows,
            rows.clear().with_columns(
                pl.lit(None, pl.Utf8).alias("dropped_by"), pl.lit(None, pl.Utf8).alias("reason")
            ),
            rec,
        )
    rank = rank_rows(rows, cfg)
    keep = rank < cfg.k
    kept = rows.filter(keep)
    rejected = rows.filter(~keep).with_columns(
        pl.lit(SELECT_STAGE).alias("dropped_by"), pl.lit("over_k").alias("reason")
    )
    reasons = {"over_k": rejected.height} if rejected.height else {}
    examples = {"over_k": rejected["id"].head(3).to_list()} if rejected.height else {}
    rec = stage_record(
        SELECT_STAGE,
        "select",
        rows.height,
        kept.height,
        reasons,
        examples,
        time.perf_counter() - t0,
    )
    return kept, rejected, rec
