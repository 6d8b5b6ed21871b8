"""`difficulty`: keep prompts of the right difficulty, from pass rates of one or more policies
and, optionally, a model's rating.

The two-stage rule of s1 and LIMO: drop what a small model already solves (its pass rate at or
above `high`), keep what the strong model solves in a band (rarely, but not never). Each policy
is a ledger — a judged run or a ledger file, read as the `pass_rate` filter reads it — with its
own band, and per-domain bands where domains differ (code pass rates run lower than math's).
Policies are checked in order; the first one out of band gives the reason:
`too_easy:<policy>`, `too_hard:<policy>`, `not_in_ledger:<policy>` (unless `missing: keep`).

`rating` asks a model through any backend to rate each prompt (an integer 1–10 by default) and
keeps ratings in [min, max] (reason `rating_out_of_band`; unreadable replies: `unrated`, or kept
with `unrated: keep`). Replies are cached on disk in the run directory or `cache_dir`.

Measurements: `pass_rate_<policy>` per policy, `difficulty` (1 − the last policy's pass rate:
a 0–1 score usable for quota buckets) and `difficulty_rating`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, ClassVar, Literal

import polars as pl
from curate.filters.base import Filter, register
from curate.filters.pass_rate import KEY, _prompt_key, load_ledger
from pydantic import Field, model_validator

from curate.backends.labeler import ChatModelConfig, plugin_labeler
from curate.lang import last_user_text
from curate.ngrams import resolve
from curate.plugin import Params

Rate = Annotated[float, Field(ge=0, le=1)]

RATING_TEMPLATE = (
    "Rate how difficult the following problem is for a strong student, on a scale from 1 "
    "(trivial) to 10 (olympiad level). Reply with the number only.\n\nProblem:\n{prompt}"
)
_INT = re.compile(r"-?\d+(?:\.\d+)?")


class Band(Params):
    low: Rate = 0.0
    """Lowest pass rate kept (inclusive)."""
    high: Rate = 1.0
    """Highest pass rate kept (inclusive)."""

    @model_validator(mode="after")
    def _order(self) -> Band:
        if self.low > self.high:
            raise ValueError(f"low ({self.low}) must not exceed high ({self.high})")
        return self


class PolicyLedger(Band):
    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9_]+$")]
    """Label of the policy (`small`, `strong`): names the measurement and the reasons."""
    ledger: str
    """A judged run's directory or a ledger file (as for the `pass_rate` filter)."""
    domains: dict[str, Band] = Field(default_factory=dict)
    """Bands per `domain` value, e.g. {code: {low: 0.0, high: 0.5}}; others use low/high."""
    missing: Literal["keep", "drop"] = "drop"
    """Prompts this ledger does not know: kept, or dropped as `not_in_ledger:<name>`."""
    match: Literal["prompt_id", "prompt"] = "prompt_id"
    """Match rows to the ledger by prompt_id or by normalised prompt text."""


class Rating(Params):
    model: ChatModelConfig
    """The rating model and its backend."""
    template: str = RATING_TEMPLATE
    """The request; `{prompt}` is replaced by the prompt (last user message)."""
    min: float = 1
    """Lowest rating kept."""
    max: float = 10
    """Highest rating kept."""
    unrated: Literal["keep", "drop"] = "drop"
    """Prompts whose reply carries no number (reason `unrated`)."""
    cache_dir: str | None = None
    """Where replies are kept (default: the run directory when run by the pipeline)."""


class DifficultyParams(Params):
    policies: list[PolicyLedger] = Field(default_factory=list)
    """Pass-rate ledgers in order, e.g. [{name: small, ledger: runs/1.5b, high: 0.6},
    {name: strong, ledger: runs/32b, low: 0.05, high: 0.5}]."""
    rating: Rating | None = None
    """Optional model rating of each prompt."""

    @model_validator(mode="after")
    def _something(self) -> DifficultyParams:
        if not self.policies and self.rating is None:
            raise ValueError("give at least one of `policies` (ledgers) or `rating`")
        names = [p.name for p in self.policies]
        if len(set(names)) != len(names):
            raise ValueError(f"policies: names must be distinct, got {names}")
        return self


def parse_rating(reply: str) -> float | None:
    """The first number of a reply ("7", "Rating: 7/10"), or None."""
    m = _INT.search(reply or "")
    return float(m.group(0)) if m else None


@register("difficulty")
class DifficultyFilter(Filter[DifficultyParams]):
    """Keep prompts in pass-rate bands of one or more policies (s1/LIMO), optionally rated."""

    Params: ClassVar[type[DifficultyParams]] = DifficultyParams
    base_dir: Path | None = None
    run_dir: Path | None = None

    measures: ClassVar[tuple[str, ...]] = ("difficulty", "difficulty_rating")  # + pass_rate_<p>

    def _rates(self, batch: pl.DataFrame, pol: PolicyLedger) -> pl.Series:
        ledger = load_ledger(resolve(pol.ledger, self.base_dir), pol.match)
        if pol.match == "prompt_id":
            keys, on = batch.select(pl.col("prompt_id").cast(pl.Utf8)), "prompt_id"
        else:
            keys, on = _prompt_key(batch).to_frame(), KEY
        joined = keys.join(ledger, on=on, how="left", maintain_order="left")
        return joined["ledger_pass_rate"].alias(f"pass_rate_{pol.name}")

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        n = batch.height
        domains = (
            batch["domain"].cast(pl.Utf8).to_list() if "domain" in batch.columns else [None] * n
        )
        cols: list[pl.Series] = []
        reasons: list[str | None] = [None] * n
        for pol in self.params.policies:
            rates = self._rates(batch, pol)
            cols.append(rates)
            for i, (r, d) in enumerate(zip(rates.to_list(), domains, strict=True)):
                if reasons[i] is not None:
                    continue
                band = pol.domains.get(d or "", pol)
                if r is None:
                    reasons[i] = None if pol.missing == "keep" else f"not_in_ledger:{pol.name}"
                elif r < band.low:
                    reasons[i] = f"too_hard:{pol.name}"
                elif r > band.high:
                    reasons[i] = f"too_easy:{pol.name}"
        last = cols[-1] if cols else pl.Series([None] * n, dtype=pl.Float64)
        ratings = self._ratings(batch, reasons)
        return pl.DataFrame(
            [
                *cols,
                (1.0 - last.cast(pl.Float64)).alias("difficulty"),
                pl.Series("difficulty_rating", ratings, dtype=pl.Float64),
                pl.Series("reason", reasons, dtype=pl.Utf8),
            ]
        ).with_columns(pl.col("reason").is_null().alias("keep"))

    def _ratings(self, batch: pl.DataFrame, reasons: list[str | None]) -> list[float | None]:
        """Model ratings of the rows still kept (others are not asked); reasons updated."""
        r = self.params.rating
        out: list[float | None] = [None] * batch.height
        if r is None:
            return out
        todo = [i for i, why in enumerate(reasons) if why is None]
        if not todo:
            return out
        texts = last_user_text(batch, "prompt").to_list()
        labeler = plugin_labeler(
            self, r.model, r.template, parse_rating, "difficulty-rating", r.cache_dir
        )
        labels = labeler.label([texts[i] or "" for i in todo])
        for i, lab in zip(todo, labels, strict=True):
            out[i] = lab.value
            if lab.value is None:
                reasons[i] = None if r.unrated == "keep" else "unrated"
            elif not r.min <= lab.value <= r.max:
                reasons[i] = "rating_out_of_band"
        return out
