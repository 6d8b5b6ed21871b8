"""`reward_type`: tag each row of an RL prompt set with the reward it is scored by, and drop
rows that cannot be rewarded.

GRPO prompt sets are prompts with references; the trainer picks a reward function per row from
its `reward_type` column (`math`: the answer is checked against `reference`; `code`: the
reference holds tests; `choice`: the reference is the correct option). The type is a constant
for the whole recipe (`value: math`) or read from a row column (`column: task`, for mixed
sources). Rows with no usable type (`unknown_reward_type`) or, by default, no reference
(`no_reference`) are dropped: a GRPO prompt without a reference gives no reward signal.
"""

from __future__ import annotations

from typing import ClassVar

import polars as pl
from curate.filters.base import Filter, register
from pydantic import Field, model_validator

from curate.plugin import Params

REWARD_TYPES = ("math", "code", "choice")


class RewardTypeParams(Params):
    value: str | None = None
    """The reward type of every row (e.g. `math`); give this or `column`."""
    column: str | None = None
    """A row column holding each row's reward type (lowercased, trimmed); give this or `value`."""
    types: list[str] = Field(default_factory=lambda: list(REWARD_TYPES))
    """Valid reward types (the training side maps each to a reward function)."""
    require_reference: bool = True
    """Drop rows with a null or blank `reference` (reason `no_reference`)."""

    @model_validator(mode="after")
    def _one(self) -> RewardTypeParams:
        if (self.value is None) == (self.column is None):
            raise ValueError("give exactly one of `value` (a constant) or `column` (a row column)")
        if self.value is not None and self.value not in self.types:
            raise ValueError(f"value: {self.value!r} is not one of {', '.join(self.types)}")
        return self


@register("reward_type")
class RewardTypeFilter(Filter[RewardTypeParams]):
    """Set `reward_type` (math/code/choice) on every row; drop rows that cannot be rewarded
    (reasons: unknown_reward_type, no_reference)."""

    Params: ClassVar[type[RewardTypeParams]] = RewardTypeParams
    measures: ClassVar[tuple[str, ...]] = ("reward_type",)

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p = self.params
        assert isinstance(p, RewardTypeParams)
        if p.value is not None:
            rtype = pl.lit(p.value, pl.Utf8)
        elif p.column in batch.columns:
            rtype = pl.col(p.column).cast(pl.Utf8).str.strip_chars().str.to_lowercase()
        else:
            rtype = pl.lit(None, pl.Utf8)
        known = rtype.is_in(p.types).fill_null(False)
        if p.require_reference and "reference" in batch.columns:
            has_ref = (pl.col("reference").str.strip_chars().str.len_chars() > 0).fill_null(False)
        else:
            has_ref = pl.lit(not p.require_reference)
        out = batch.with_columns(  # with_columns: constants broadcast to the batch height
            (known & has_ref).alias("keep"),
            pl.when(~known)
            .then(pl.lit("unknown_reward_type"))
            .when(~has_ref)
            .then(pl.lit("no_reference"))
            .otherwise(None)
            .alias("reason"),
            pl.when(known).then(rtype).otherwise(None).alias("reward_type"),
        )
        return out.select("keep", "reason", "reward_type")
