"""The recipe's `pairs:` block: which pairs to build and how (validated at load time)."""

from __future__ import annotations

from typing import Any, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict, Field, model_validator

SOURCES = ("verdict", "rm", "judge", "concise")
CHAT = pl.List(pl.Struct({"role": pl.Utf8, "content": pl.Utf8}))
PAIRS_STAGE = "pairs"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class PairJudgeConfig(_Strict):
    """The pairwise LLM judge (source `judge`): a generation backend and a prompt template."""

    backend: str
    """A registered backend: `vllm`, `openai`, `transformers` (or a third party's)."""
    model: str
    """The judge model: a local folder (relative to the recipe) or a name the backend knows."""
    options: dict[str, Any] = Field(default_factory=dict)
    """The backend's own options (as `generate.options`)."""
    template: str | None = None
    """A prompt template file (relative to the recipe) with `{question}`, `{answer_a}`,
    `{answer_b}`; default: a built-in template asking for a final `Verdict: A|B|tie` line."""
    system_prompt: str | None = None
    """System message for the judge (default: a built-in impartial-judge instruction)."""
    max_tokens: int = Field(default=1024, gt=0)
    """Most tokens the judge may write per comparison."""
    temperature: float = Field(default=0.0, ge=0)
    """Judge sampling temperature (0: greedy)."""
    seed: int = 0
    """Seed sent with every judge request."""
    response: Literal["full", "summary"] = "summary"
    """What the judge reads of each sample: all of it, or the summary after `</think>` (the
    whole text when there is no summary)."""
    max_comparisons: int | None = Field(default=None, gt=0)
    """Comparisons per prompt (each costs two judge calls); default `max_pairs_per_prompt`."""

    @model_validator(mode="after")
    def _backend(self) -> PairJudgeConfig:
        from curate.backends.chat import backend_problems
        from curate.registry import BACKENDS

        problems = backend_problems(self.backend, self.options)
        if problems:
            prefix = "backend: " if self.backend not in BACKENDS else ""
            raise ValueError(prefix + "; ".join(problems))
        return self


class PairsConfig(_Strict):
    """Build preference pairs (prompt, chosen, rejected) from each shard's samples."""

    sources: list[Literal["verdict", "rm", "judge", "concise"]] = Field(
        default_factory=lambda: ["verdict"]  # type: ignore[arg-type]  # pydantic stubs: a Literal list factory
    )
    """Where preferences come from: judge verdicts, reward-model scores, a pairwise LLM judge,
    or length among correct samples (`concise`: SkyThought's short-over-long pairs against
    overthinking)."""
    format: Literal["conversational", "standard", "auto"] = "conversational"
    """TRL dataset format: `conversational` (messages; text prompts become one user message),
    `standard` (text), or `auto` (conversational when the prompt is a chat)."""
    max_pairs_per_prompt: int | None = Field(default=4, gt=0)
    """At most this many pairs per prompt and source (None: all)."""
    rejected: list[Literal["incorrect", "filtered"]] = Field(
        default_factory=lambda: ["incorrect", "filtered"]  # type: ignore[arg-type]  # as above
    )
    """`verdict` source: what may be the rejected side: incorrect samples, filtered samples."""
    neutral_reasons: list[str] = Field(
        default_factory=lambda: ["over_k", "unknown_verdict", "not_judged"]
    )
    """Drop reasons that do not make a sample bad (it stays clean)."""
    exclude_stages: list[str] = Field(default_factory=lambda: ["source", "generate"])
    """Rows dropped by these stages are never in a pair (no usable sample)."""
    rm_column: str = "rm_score"
    """The score column of the `rm` source (what an `rm` judge writes)."""
    rm_mode: Literal["best_worst", "all"] = "best_worst"
    """`best_worst`: one pair per prompt; `all`: every pair above the margin, widest first."""
    min_margin: float = Field(default=0.0, ge=0)
    """`rm` source: the least score gap between chosen and rejected (pairs need a gap > 0)."""
    chosen: Literal["clean", "any"] = "clean"
    """`rm`/`judge` sources: chosen must be clean and not incorrect (`clean`), or anything."""
    judge: PairJudgeConfig | None = None
    """The pairwise LLM judge (needed by the `judge` source)."""
    min_length_ratio: float = Field(default=1.5, gt=1.0)
    """`concise` source: the verbose sample must be at least this many times as long as the
    concise one (both clean and correct)."""
    seed: int = 0
    """Seed of the (reproducible) order in which candidates are paired."""

    @model_validator(mode="after")
    def _check(self) -> PairsConfig:
        if not self.sources:
            raise ValueError("sources: expected at least one of verdict, rm, judge")
        if len(set(self.sources)) != len(self.sources):
            raise ValueError(f"sources: listed twice in {self.sources}")
        if "judge" in self.sources and self.judge is None:
            raise ValueError("judge: required when sources include `judge` (backend and model)")
        if not self.rejected:
            raise ValueError("rejected: expected incorrect, filtered or both")
        return self
