"""Set-level selection of a mix: quotas per bucket, diversity inside a bucket, a token budget.

After dedup and the per-input quotas, `mix.balance` chooses which PROMPTS stay (all their kept
samples stay with them):

1. Buckets: each prompt's value of one column (`by`: `domain`, `mix_input`, `source`, …; a
   numeric column such as `difficulty` is cut into buckets at `bins`).
2. Quotas: a share per bucket (`quotas`), or equal shares (`uniform`: s1's uniform sampling over
   domains); `total` prompts, or the largest set the scarcest bucket allows. A bucket with fewer
   prompts than its share gives all it has (counted as `short_by` in the stats).
3. Diversity (`diverse: true`): inside a bucket, prompts are taken in the seeded draw order, but
   a prompt whose MinHash LSH bands collide with one already chosen (similar wording, Jaccard of
   word n-grams ≳ 0.5) waits until every dissimilar prompt has been taken.

Then `mix.token_budget` caps the estimated completion tokens of the whole set while keeping
coverage: round 1 takes each prompt's first sample (draw order) while it fits, round 2 each
prompt's second, and so on, so a budget that cannot hold every sample still holds as many
prompts as possible. Reasons: `over_bucket_quota`, `bucket_not_in_quotas`,
`over_token_budget` (stage `mix_balance`).
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING, Annotated, Any

import polars as pl
from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    import numpy as np

STAGE = "mix_balance"
NO_BUCKET = "(none)"


class BalanceConfig(BaseModel):
    """Which prompts the mix keeps: shares per bucket and diversity within a bucket."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    by: str
    """The column whose value buckets a prompt (`domain`, `mix_input`, `source`, `difficulty`)."""
    bins: list[float] | None = None
    """Cut a numeric column into buckets at these edges (e.g. [0.3, 0.7]: 3 buckets)."""
    quotas: dict[str, Annotated[float, Field(ge=0)]] | None = None
    """Share of prompts per bucket value, normalised to sum 1 (buckets not listed are dropped)."""
    uniform: bool = False
    """Equal shares for every bucket present."""
    total: Annotated[int, Field(gt=0)] | None = None
    """Prompts in the balanced set (default: the largest the buckets allow)."""
    diverse: bool = True
    """Inside a bucket, take prompts dissimilar to those already chosen first."""

    @model_validator(mode="after")
    def _check(self) -> BalanceConfig:
        if (self.quotas is None) == (not self.uniform):
            raise ValueError("give `quotas` (a share per bucket) or `uniform: true`, not both")
        if self.quotas is not None and not any(v > 0 for v in self.quotas.values()):
            raise ValueError("quotas: at least one share must be above 0")
        if self.bins is not None and sorted(self.bins) != self.bins:
            raise ValueError("bins: expected ascending edges")
        return self


def bucket_expr(cfg: BalanceConfig, dtype: Any) -> pl.Expr:
    """The bucket label of each row as a string expression."""
    col = pl.col(cfg.by)
    if cfg.bins is not None:
        if not dtype.is_numeric():
            raise ValueError(f"mix.balance.bins: column {cfg.by!r} is not numeric ({dtype})")
        edges = cfg.bins
        labels = [f"<{edges[0]:g}"]
        labels += [f"{lo:g}-{hi:g}" for lo, hi in itertools.pairwise(edges)]
        labels += [f">={edges[-1]:g}"]
        return col.cut(edges, labels=labels, left_closed=True).cast(pl.Utf8).fill_null(NO_BUCKET)
    return col.cast(pl.Utf8).fill_null(NO_BUCKET)


def targets(cfg: BalanceConfig, available: dict[str, int]) -> tuple[dict[str, int], dict[str, int]]:
    """(requested, taken) prompts per bucket: shares normalised to 1, largest remainder; a
    bucket gives at most what it has."""
    if cfg.uniform:
        shares = dict.fromkeys(available, 1.0)
    else:
        shares = {b: s for b, s in (cfg.quotas or {}).items() if s > 0}
    if not shares:
        return {}, {}
    norm = sum(shares.values())
    shares = {b: s / norm for b, s in shares.items()}
    total = cfg.total
    if total is None:  # the largest set in these proportions that every bucket can supply
        total = math.floor(min(available.get(b, 0) / s for b, s in shares.items()) + 1e-9)
    exact = {b: s * total for b, s in shares.items()}
    want = {b: math.floor(x + 1e-9) for b, x in exact.items()}
    extra = total - sum(want.values())
    for b in sorted(shares, key=lambda b: (-(exact[b] - want[b]), b))[: max(0, extra)]:
        want[b] += 1
    return want, {b: min(n, available.get(b, 0)) for b, n in want.items()}


def diverse_order(bands: np.ndarray) -> list[int]:
    """Indices in their given order, those colliding with an earlier-chosen one moved last."""
    seen: set[int] = set()
    first: list[int] = []
    later: list[int] = []
    for i in range(bands.shape[0]):
        row = {int(v) for v in bands[i]}
        if row & seen:
            later.append(i)
        else:
            first.append(i)
            seen |= row
    return first + later


def choose_prompts(
    units: pl.DataFrame, cfg: BalanceConfig, bands: np.ndarray | None
) -> tuple[set[str], dict[str, Any]]:
    """(prompt keys kept, stats) from `units` (one row per prompt: `key`, `bucket`, `draw`)."""
    units = units.with_row_index("_u").sort("draw", "key")
    available = dict(units.group_by("bucket").len().iter_rows())
    requested, take = targets(cfg, available)
    keep: set[str] = set()
    for bucket, part in units.partition_by("bucket", as_dict=True).items():
        n = take.get(str(bucket[0]), 0)
        order = list(range(part.height))
        if cfg.diverse and bands is not None and n < part.height:
            order = diverse_order(bands[part["_u"].to_numpy()])
        keys = part["key"].to_list()
        keep.update(keys[i] for i in order[:n])
    names = sorted(set(available) | set(requested))
    stats = {
        "by": cfg.by,
        "buckets": {
            b: {
                "available": available.get(b, 0),
                "requested": requested.get(b, 0),
                "taken": take.get(b, 0),
                "short_by": requested.get(b, 0) - take.get(b, 0),
            }
            for b in names
        },
    }
    return keep, stats


def budget_rows(rows: pl.DataFrame, budget: int) -> pl.Series:
    """Mask of rows kept under `budget` tokens, round-robin over prompts (coverage first).

    `rows`: `key` (prompt), `draw`, `id`, `tokens` — only live rows."""
    ranked = (
        rows.with_row_index("_i")
        .sort("draw", "id")
        .with_columns(pl.int_range(pl.len()).over("key").alias("_round"))
    )
    ranked = ranked.sort("_round", "draw", "id")
    used = 0
    keep = [False] * rows.height
    for i, t in zip(ranked["_i"].to_list(), ranked["tokens"].to_list(), strict=True):
        t = int(t or 0)
        if used + t <= budget:
            used += t
            keep[i] = True
    return pl.Series("keep", keep, dtype=pl.Boolean)
