"""Shaping rewards the peers have: tag counting, soft overlong punishment, Kimi's length reward.

- `tag_count` (open-r1's `tag_count_reward`): an equal share of 1.0 for each reasoning/answer tag
  that occurs exactly once (with its newline, when `newlines: true`), so a policy that has not
  learned the format yet still gets a gradient towards it. The tags are the `format` filter's.
- `soft_overlong` (DAPO's overlong reward shaping, open-r1's `get_soft_overlong_punishment`):
  0 up to `max_tokens - cache_tokens`, then linearly down to -1 at `max_tokens`, -1 beyond.
  Lengths are TRL's `completion_ids` (exact) or the `length` filter's token measure.
- `kimi_length` (Kimi 1.5, open-r1's `len_reward`): within the samples of one prompt,
  λ = 0.5 - (len - min_len) / (max_len - min_len); a correct sample earns λ, a wrong one
  min(0, λ); all lengths equal: 0. Correctness comes from the `accuracy` reward (the judges);
  a sample no judge can decide gets None. Samples are grouped by prompt (the paper's rule;
  open-r1 takes min/max over the whole batch — `group: batch` reproduces that).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from curate.judges.base import completion_text
from curate.train.rewards import (
    AccuracyParams,
    AccuracyReward,
    Reward,
    RewardParams,
    register,
    reward_frame,
)
from pydantic import BaseModel, Field, model_validator

from curate.registry import FILTERS
from curate.text import THINK_CLOSE, THINK_OPEN


def tag_count(text: str, tags: Sequence[tuple[str, str]], newlines: bool) -> float:
    """Share of the opening and closing `tags` that occur exactly once in `text`."""
    marks: list[str] = []
    for i, (op, cl) in enumerate(tags):
        if newlines:
            # open-r1: "<think>\n", "\n</think>\n", "\n<answer>\n", "\n</answer>"
            last = i == len(tags) - 1
            marks += [f"{op}\n" if i == 0 else f"\n{op}\n", f"\n{cl}" if last else f"\n{cl}\n"]
        else:
            marks += [op, cl]
    return sum(1 for m in marks if text.count(m) == 1) / len(marks) if marks else 0.0


class TagCountParams(RewardParams):
    tags: list[tuple[str, str]] = Field(
        default_factory=lambda: [(THINK_OPEN, THINK_CLOSE), ("<answer>", "</answer>")]
    )
    """Opening/closing tag pairs, in order (open-r1: think then answer; R1's plain format
    `<think>…</think>summary` is `[[<think>, </think>]]`)."""
    newlines: bool = True
    """Count a tag only with the newlines open-r1's format puts around it."""


@register("tag_count")
class TagCountReward(Reward):
    """Share of the format's tags present exactly once (open-r1's tag_count_reward)."""

    Params = TagCountParams

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        p = self.params
        return [tag_count(completion_text(c), p.tags, p.newlines) for c in completions]


def overlong_penalty(length: int, max_tokens: int, cache_tokens: int) -> float:
    """DAPO's soft overlong punishment of one completion of `length` tokens."""
    start = max_tokens - cache_tokens
    if length <= start:
        return 0.0
    if length <= max_tokens:
        return (start - length) / cache_tokens
    return -1.0


def length_filter(tokenizer: str | None) -> Any:
    """The `length` filter set to measure completion tokens only (it never drops here)."""
    cls = FILTERS.get("length")
    return cls(cls.Params(min_chars=None, max_tokens=2**62, tokenizer=tokenizer))


def token_lengths(
    reward: Reward, completions: Sequence[Any], kwargs: Mapping[str, Any], unit: str
) -> list[int]:
    """TRL's `completion_ids` lengths when given, else the `length` filter's token measure (or
    characters with `unit: chars`)."""
    ids = kwargs.get("completion_ids")
    if unit != "chars" and isinstance(ids, (list, tuple)) and len(ids) == len(completions):
        return [len(x) for x in ids]
    if unit == "chars":
        return [len(completion_text(c)) for c in completions]
    out = reward.filter().verdicts(reward_frame(completions, kwargs))
    return [int(v or 0) for v in out["completion_tokens"].to_list()]


class OverlongParams(RewardParams):
    max_tokens: int = Field(gt=0)
    """The generation's max completion length (L_max)."""
    cache_tokens: int = Field(gt=0)
    """Length of the soft-punishment interval before `max_tokens` (L_cache)."""
    length_unit: Literal["auto", "tokens", "chars"] = "auto"
    """`auto`: TRL's completion_ids when given, else the `length` filter's token count;
    `tokens`: the same; `chars`: characters."""
    tokenizer: str | None = None
    """Exact counts for the `length` filter when completion_ids are not given (else estimated)."""

    @model_validator(mode="after")
    def _cache(self) -> OverlongParams:
        if self.cache_tokens > self.max_tokens:
            raise ValueError(
                f"cache_tokens ({self.cache_tokens}) must not exceed max_tokens ({self.max_tokens})"
            )
        return self


@register("soft_overlong")
class SoftOverlongReward(Reward):
    """DAPO's soft overlong punishment: 0, then linearly to -1 over the last `cache_tokens`."""

    Params = OverlongParams
    filter_name = "length"

    def filter(self) -> Any:
        if not hasattr(self, "_filter"):
            self._filter = length_filter(self.params.tokenizer)
        return self._filter

    @classmethod
    def params_model(cls) -> type[BaseModel]:
        return cls.Params  # its own options only; the length filter is built from them

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        p = self.params
        lengths = token_lengths(self, completions, kwargs, p.length_unit)
        return [overlong_penalty(n, p.max_tokens, p.cache_tokens) for n in lengths]


def kimi_length_rewards(
    lengths: Sequence[int], correct: Sequence[float | None], groups: Sequence[Any]
) -> list[float | None]:
    """Kimi 1.5's length reward per sample, min/max taken within each group."""
    span: dict[Any, tuple[int, int]] = {}
    for n, g in zip(lengths, groups, strict=True):
        lo, hi = span.get(g, (n, n))
        span[g] = (min(lo, n), max(hi, n))
    out: list[float | None] = []
    for n, c, g in zip(lengths, correct, groups, strict=True):
        lo, hi = span[g]
        if c is None:
            out.append(None)
        elif hi == lo:
            out.append(0.0)
        else:
            lam = 0.5 - (n - lo) / (hi - lo)
            out.append(lam if c >= 0.5 else min(0.0, lam))
    return out


class KimiParams(AccuracyParams):
    group: Literal["prompt", "batch"] = "prompt"
    """Min/max length within each prompt's samples (Kimi 1.5) or over the whole call (open-r1)."""
    length_unit: Literal["auto", "tokens", "chars"] = "auto"
    """`auto`/`tokens`: TRL's completion_ids when given, else the `length` filter's estimate."""


@register("kimi_length")
class KimiLengthReward(Reward):
    """Kimi 1.5's length reward: shorter than the prompt's other samples earns, longer loses."""

    Params = KimiParams

    def __init__(self, params: BaseModel | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        acc_fields = set(AccuracyParams.model_fields)
        self.accuracy = AccuracyReward(AccuracyParams(**self.params.model_dump(include=acc_fields)))

    def filter(self) -> Any:
        if not hasattr(self, "_filter"):
            self._filter = length_filter(None)
        return self._filter

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        n = len(completions)
        prompts = kwargs.get("prompts")
        if (
            self.params.group == "prompt"
            and isinstance(prompts, (list, tuple))
            and len(prompts) == n
        ):
            groups: list[Any] = [completion_text(p) for p in prompts]
        else:
            groups = [0] * n
        lengths = token_lengths(self, completions, kwargs, self.params.length_unit)
        return kimi_length_rewards(lengths, self.accuracy(completions, **kwargs), groups)
