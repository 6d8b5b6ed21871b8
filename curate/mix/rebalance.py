"""The `mix_balance` stage of the mix job: the columns it needs, and its decisions.

`balance_columns` adds each row's bucket and token estimate during the mix's first pass;
`prompt_bands` gives each prompt its MinHash LSH bands (for diversity); `rebalance` marks the
rows of prompts left out by the bucket quotas and the samples left out by the token budget
(see `curate.mix.balance` for the rules).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import polars as pl

from curate.errors import SourceError
from curate.mix import minhash
from curate.mix.balance import NO_BUCKET, STAGE, bucket_expr, budget_rows, choose_prompts
from curate.ngrams import token_lists
from curate.text import estimate_tokens_expr

if TYPE_CHECKING:
    from curate.mix.spec import MixConfig

# shingles of 3 words, 64 permutations in 16 bands of 4: prompts of Jaccard ≥ 0.5 share a
# band with probability ≥ 0.64, ≥ 0.7 with ≥ 0.99; at 0.2 with 0.025
NGRAM, PERMS, BANDS = 3, 64, 16

DropFn = Callable[..., pl.DataFrame]


def balance_columns(cfg: MixConfig, frame: pl.DataFrame, completion: pl.Series) -> list[pl.Series]:
    """`bucket` and `tokens` of each row, when the mix balances or has a token budget."""
    out: list[pl.Series] = []
    if cfg.balance is not None:
        by = cfg.balance.by
        if by not in frame.columns:
            raise SourceError(
                f"mix.balance.by: the rows have no column {by!r} (have: {', '.join(frame.columns)})"
            )
        out.append(
            frame.select(bucket_expr(cfg.balance, frame.schema[by]).alias("bucket")).to_series()
        )
    if cfg.token_budget is not None:
        tokens = pl.select(estimate_tokens_expr(pl.lit(completion)).fill_null(0)).to_series()
        out.append(tokens.cast(pl.Int64).alias("tokens"))
    return out


def prompt_bands(texts: pl.Series, seed: int) -> pl.Series:
    """Each prompt's LSH band hashes (a list of 16 u64)."""
    bands, _ = minhash.band_hashes(token_lists(texts), NGRAM, PERMS, BANDS, seed)
    return pl.Series("bands", bands.tolist(), dtype=pl.List(pl.UInt64))


def rebalance(
    rows: pl.DataFrame, units: pl.DataFrame, cfg: MixConfig, drop: DropFn
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Rows with the balance and budget decisions marked, and the stage's summary."""
    import numpy as np

    summary: dict[str, Any] = {}
    live = rows.filter(pl.col("stage").is_null())
    if cfg.balance is not None:
        per_unit = live.group_by("unit").agg(
            pl.col("bucket").first().fill_null(NO_BUCKET), pl.col("draw").min()
        )
        bands = None
        if cfg.balance.diverse and "bands" in units.columns:
            order = per_unit.join(units.select("unit", "bands"), on="unit", how="left")
            per_unit = order.drop("bands")
            bands = np.array(
                [
                    b if b is not None else [i] * BANDS
                    for i, b in enumerate(order["bands"].to_list())
                ],
                dtype=np.uint64,
            )
        keep, summary["buckets"] = choose_prompts(
            per_unit.with_columns(pl.col("unit").cast(pl.Utf8).alias("key")), cfg.balance, bands
        )
        listed = {b for b, s in summary["buckets"]["buckets"].items() if s["requested"] > 0}
        out_unit = ~pl.col("unit").cast(pl.Utf8).is_in(list(keep))
        rows = drop(
            rows, out_unit & ~pl.col("bucket").is_in(list(listed)), STAGE, "bucket_not_in_quotas"
        )
        rows = drop(rows, out_unit, STAGE, "over_bucket_quota")
    if cfg.token_budget is not None:
        live = rows.filter(pl.col("stage").is_null())
        sub = live.select(
            pl.col("unit").cast(pl.Utf8).alias("key"), "draw", "id", "tokens", "g", "r"
        )
        mask = budget_rows(sub, cfg.token_budget)
        over = sub.filter(~mask).select("g", "r", pl.lit(True).alias("_over_budget"))
        rows = rows.join(over, on=["g", "r"], how="left", maintain_order="left")
        rows = drop(rows, pl.col("_over_budget"), STAGE, "over_token_budget").drop("_over_budget")
        kept = sub.filter(mask)
        summary["token_budget"] = {
            "budget": cfg.token_budget,
            "tokens": int(kept["tokens"].sum() or 0),
            "rows": kept.height,
            "prompts": kept["key"].n_unique(),
            "prompts_before": sub["key"].n_unique(),
        }
    return rows, summary
