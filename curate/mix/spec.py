"""The `mix:` section of a recipe: combine finished runs by counts or ratios, with dedup and
benchmark decontamination (the job itself is `curate.mix`)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from curate.mix.balance import BalanceConfig
from curate.ngrams import DecontamParams


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class MixInput(_Strict):
    """One finished run to take rows from."""

    run: str
    """A finished run's directory (relative to the recipe's folder): its kept rows."""
    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")] | None = None
    """Label in the stats and the `mix_input` column (default: the run folder's name)."""
    count: Annotated[int, Field(gt=0)] | None = None
    """Take this many rows (a seeded sample); fewer available: take all and warn."""
    ratio: Annotated[float, Field(gt=0, le=1)] | None = None
    """Take this share of `mix.total`; without a total, the largest mix in these proportions
    that the ratio inputs allow. With neither `count` nor `ratio`: every row."""

    @model_validator(mode="after")
    def _one(self) -> MixInput:
        if self.count is not None and self.ratio is not None:
            raise ValueError("give `count` or `ratio`, not both")
        return self

    @property
    def label(self) -> str:
        return self.name or PurePath(self.run.rstrip("/\\") or ".").name or "input"


class NearDedupConfig(_Strict):
    """MinHash LSH over word n-gram shingles; every candidate pair is verified exactly."""

    threshold: Annotated[float, Field(gt=0, le=1)] = 0.8
    """Jaccard similarity of the prompts' shingle sets at or above which the later prompt is a
    near-duplicate."""
    ngram: Annotated[int, Field(ge=1, le=32)] = 5
    """Tokens per shingle (prompts shorter than this are one shingle)."""
    num_perm: Annotated[int, Field(ge=2, le=1024)] = 128
    """MinHash permutations (signature length)."""
    bands: Annotated[int, Field(ge=1)] = 16
    """LSH bands of num_perm/bands values each; prompts equal on a whole band are candidates.
    16 × 8 finds a pair at similarity 0.8 with probability 0.95 (0.99 at 0.85)."""

    @model_validator(mode="after")
    def _bands(self) -> NearDedupConfig:
        if self.num_perm % self.bands:
            raise ValueError(
                f"bands: {self.bands} must divide num_perm ({self.num_perm}) evenly, e.g. 16 for 128"
            )
        return self


class DedupConfig(_Strict):
    exact: bool = True
    """Drop prompts whose normalised text equals an earlier prompt's (all their rows), and rows
    repeating an earlier row's prompt and completion exactly."""
    near: NearDedupConfig | None = Field(default_factory=NearDedupConfig)
    """Near-duplicate prompts (`false` or null: off)."""

    @field_validator("near", mode="before")
    @classmethod
    def _flag(cls, v: Any) -> Any:
        if v is True:
            return {}
        if v is False:
            return None
        return v


class MixConfig(_Strict):
    """Combine finished runs into one: decontaminate, dedup, then sample each input to its
    count (seeded). Order of priority for duplicates: inputs as listed, then row order."""

    inputs: Annotated[list[MixInput], Field(min_length=1)]
    """The runs to combine, e.g. `[{run: ../runs/reasoning, count: 600000}, …]`."""
    total: Annotated[int, Field(gt=0)] | None = None
    """Rows in the mix, shared out by the inputs' `ratio`s."""
    dedup: DedupConfig = Field(default_factory=DedupConfig)
    """Exact and near-duplicate removal over all inputs."""
    decontaminate: DecontamParams | None = None
    """Benchmark n-gram decontamination (same parameters as the `decontaminate` filter)."""
    balance: BalanceConfig | None = None
    """Which prompts stay, by bucket shares (per domain, input, difficulty bucket…) and
    diversity within a bucket (see `curate.mix.balance`)."""
    token_budget: Annotated[int, Field(gt=0)] | None = None
    """Most estimated completion tokens in the mix; samples are taken round-robin over prompts
    (each prompt's first sample, then second, …) so the budget keeps as many prompts as it can."""
    seed: int = 0
    """Seed of the per-input sampling (a row's draw depends only on its id and the seed)."""

    @model_validator(mode="after")
    def _check(self) -> MixConfig:
        seen: dict[str, int] = {}
        for i, inp in enumerate(self.inputs):
            if inp.label in seen:
                raise ValueError(
                    f"inputs[{i}]: name {inp.label!r} is already used by inputs[{seen[inp.label]}]; "
                    "give each input a distinct `name`"
                )
            seen[inp.label] = i
        ratios = [inp.ratio for inp in self.inputs if inp.ratio is not None]
        if self.total is not None and not ratios:
            raise ValueError("total: only used with inputs that give a `ratio`")
        if self.total is not None and sum(ratios) > 1 + 1e-9:
            raise ValueError(f"inputs: the ratios add up to {sum(ratios):g}, more than 1")
        return self
