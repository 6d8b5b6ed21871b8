"""`length_outlier`: drop samples whose length is an outlier among the samples of their prompt.

NeMo-Skills and OpenThoughts drop length outliers; a fixed length cap cannot tell a looping
16k-token sample of an easy prompt from a legitimately long proof. This filter measures each
sample against its own prompt's samples with the robust (modified) z-score of Iglewicz and
Hoaglin: `length_z` = 0.6745 × (len − median) / MAD over the prompt's samples in the batch (the
grouped source gives a batch every sample of its prompts). A plain z-score cannot flag anything
in small groups — with n samples it never exceeds (n−1)/√n, 2.5 for n = 8 — and the outlier
itself inflates the std; median and MAD are not moved by it. Prompts with fewer than
`min_samples` samples, or whose MAD is 0, get a null z and are kept. A sample must also be
`min_ratio` times the prompt's median length (or 1/`min_ratio` of it, two-sided): near-greedy
samples cluster so tightly that a 20 % longer one has a large z and nothing wrong with it. Reasons: `too_long_for_prompt` (z > `max_z`), `too_short_for_prompt`
(z < −`max_z`, only with `two_sided: true`).
"""

from __future__ import annotations

from typing import ClassVar

import polars as pl
from curate.filters._text import Part, estimate_tokens_expr, part_expr
from curate.filters.base import Filter, register
from pydantic import Field

from curate.plugin import Params


class LengthOutlierParams(Params):
    max_z: float = Field(default=3.5, gt=0)
    """Largest modified z-score kept (3.5: Iglewicz and Hoaglin's outlier rule)."""
    min_ratio: float = Field(default=2.0, ge=1.0)
    """Also needed: length ≥ min_ratio × the prompt's median (≤ median / min_ratio for short)."""
    two_sided: bool = False
    """Also drop samples much shorter than their prompt's others."""
    min_samples: int = Field(default=4, ge=2)
    """Prompts with fewer samples than this are not judged (a median of 2 or 3 is no baseline)."""
    scope: Part = "completion"
    """What to measure: `completion`, `reasoning` or `summary`."""
    unit: str = Field(default="tokens", pattern="^(tokens|chars)$")
    """Length in estimated tokens (the `length` filter's estimate) or characters."""


@register("length_outlier")
class LengthOutlierFilter(Filter[LengthOutlierParams]):
    """Drop samples far longer (z-score) than the other samples of their prompt."""

    Params: ClassVar[type[LengthOutlierParams]] = LengthOutlierParams
    measures: ClassVar[tuple[str, ...]] = ("length_z",)

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        text = part_expr(p.scope, "completion").fill_null("")
        length = (estimate_tokens_expr(text) if p.unit == "tokens" else text.str.len_chars()).cast(
            pl.Float64
        )
        group = pl.col("prompt_id") if "prompt_id" in batch.columns else pl.lit(0)
        n = pl.len().over(group)
        median = length.median().over(group)
        mad = (length - median).abs().median().over(group)
        z = (
            pl.when((n >= p.min_samples) & (mad > 0))
            .then(0.6745 * (length - median) / mad)
            .otherwise(None)
        )
        out = batch.select(z.alias("length_z"), (length / median).alias("_ratio"))
        zc, ratio = pl.col("length_z"), pl.col("_ratio")
        long = (zc > p.max_z) & (ratio >= p.min_ratio)
        short = (zc < -p.max_z) & (ratio <= 1 / p.min_ratio) & pl.lit(p.two_sided)
        reason = (
            pl.when(long)
            .then(pl.lit("too_long_for_prompt"))
            .when(short)
            .then(pl.lit("too_short_for_prompt"))
            .otherwise(None)
        )
        return out.with_columns(reason.alias("reason")).select(
            "length_z", "reason", pl.col("reason").is_null().alias("keep")
        )
