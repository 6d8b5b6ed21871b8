"""`rm`: score samples with a sequence-classification reward model (transformers or vLLM).

Writes `rm_score` (the column is renamed by `column`, so two reward models, e.g. R1's helpfulness
and harmlessness, can score the same run), `rm_score_tokens` (input length) and
`rm_score_truncated`; a
multi-objective model (num_labels > 1) also gets one `rm_score_<head>` column per head (its
`id2label` names, or the head index), and `rm_score` is the head picked by `head` or the weighted
sum by `head_weights`.

Verdicts: without `threshold` the judge decides nothing (`verdict` unknown, `judge_reason`
`scored`), so in a cascade it only adds scores; with `threshold`, `rm_score >= threshold` is
correct (`above_threshold`) and below is incorrect (`below_threshold`), with `score` = rm_score.
So `judges: [math, {rm: {model: M, threshold: 0.0, when: unknown}}]` lets the reward model
decide only what the rule judge left unknown (general prompts without a reference), while
`judges: [math, {rm: {model: M}}]` scores every row and leaves the verdicts to `math`.
The scores drive the `rm_threshold` filter, `select: {k: 1, by: rm_score}` (top-k
per prompt) and `pairs: {sources: [rm]}` (best-vs-worst preference pairs).

Rows the model cannot score get a null score and a reason: `too_long` (longer than the model's
context or `max_length`, with `too_long: skip`), `no_completion`, `no_summary` (`response:
summary` and the reasoning never closed), `template_error` (the chat template refused the
conversation), `nonfinite_score`. As a TRL reward function
(`judge(completions, prompts=...)`) it returns the score, or None for those rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from curate.judges.base import (
    CORRECT,
    INCORRECT,
    UNKNOWN,
    Judge,
    JudgeParams,
    completion_text,
    register,
)
from curate.judges.rm_score import (
    NONFINITE,
    Encoder,
    TooLong,
    as_messages,
    finite_or_none,
    get_scorer,
)
from pydantic import Field, model_validator


class RMParams(JudgeParams):
    model: str
    """A local model folder (relative to the recipe) or a Hub name of a sequence-classification
    reward model."""
    backend: Literal["transformers", "vllm"] = "transformers"
    """`transformers` (CPU or GPU, batched) or `vllm` (its pooling runner; same scores)."""
    column: str = Field(default="rm_score", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    """Name of the score column (and prefix of the per-head columns)."""
    threshold: float | None = None
    """Score at or above which a sample is `correct` (below: `incorrect`); None decides nothing."""
    batch_size: int = Field(default=8, gt=0)
    """Sequences per forward pass (transformers; sorted by length to pad little)."""
    max_length: int | None = Field(default=None, gt=0)
    """Most tokens per input (default: the model's context length)."""
    too_long: TooLong = "skip"
    """Longer inputs: `skip` (null score, reason `too_long`), `left` (drop the oldest tokens),
    `middle` (keep the first and last halves: the question and the final answer)."""
    response: Literal["full", "summary"] = "full"
    """What the reward model reads: the whole completion, or only the summary after `</think>`
    (R1 scored helpfulness on the summary, harmlessness on the whole response)."""
    format: Literal["auto", "chat", "text"] = "auto"
    """`chat`: the tokenizer's chat template over prompt + assistant completion; `text`:
    prompt + completion + eos (TRL's standard format); `auto`: chat when there is a template."""
    head: int | str = 0
    """For a multi-objective model: the head (index or label) that becomes the score column."""
    head_weights: list[float] | None = None
    """For a multi-objective model: the score is this weighted sum of the heads instead."""
    device: str = "auto"
    """`auto` (cuda when available), `cpu`, `cuda`, `cuda:1` (transformers backend)."""
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = "auto"
    """Weights dtype (`auto`: float32 on CPU, bfloat16 on GPU)."""
    trust_remote_code: bool = False
    """Allow the model folder's own Python code."""
    chat_template_kwargs: dict[str, Any] = Field(default_factory=dict)
    """Extra variables for the chat template."""
    engine_args: dict[str, Any] = Field(default_factory=dict)
    """More `vllm.LLM(...)` arguments (vllm backend; on CPU: `{enforce_eager: true}`)."""

    @model_validator(mode="after")
    def _check(self) -> RMParams:
        if self.head_weights is not None and not self.head_weights:
            raise ValueError("head_weights: expected at least one weight")
        return self


class RMJudge(Judge[RMParams]):
    """Reward-model scores (rm_score); decides correct/incorrect only with a `threshold`."""

    Params: ClassVar[type[RMParams]] = RMParams
    needs_reference: ClassVar[bool] = False

    @classmethod
    def resources(cls, params: RMParams) -> dict[str, float]:
        """A GPU when the model is asked to run on CUDA (`device: cuda`), else a CPU."""
        gpu = params.device.startswith("cuda")
        return {"num_cpus": 1.0, "num_gpus": 1.0 if gpu else 0.0}

    def __init__(self, params: RMParams | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        self.base_dir: Path | None = None  # the recipe's folder (set by the recipe loader)
        self._scorer: Any = None
        self._encoder: Encoder | None = None

    def model_path(self) -> str:
        """The model as a folder relative to the recipe when there is one, else as given."""
        model = self.params.model
        p = Path(model).expanduser()
        if not p.is_absolute() and self.base_dir is not None and (self.base_dir / p).is_dir():
            return str((self.base_dir / p).resolve())
        return str(p) if p.is_dir() else model

    # --- model ----------------------------------------------------------------------------
    def _load(self) -> tuple[Any, Encoder]:
        if self._scorer is None or self._encoder is None:
            p: RMParams = self.params
            if p.backend == "vllm":
                scorer = get_scorer(
                    "vllm",
                    self.model_path(),
                    dtype=p.dtype,
                    max_length=p.max_length,
                    trust_remote_code=p.trust_remote_code,
                    engine_args=p.engine_args,
                )
            else:
                scorer = get_scorer(
                    "transformers",
                    self.model_path(),
                    device=p.device,
                    dtype=p.dtype,
                    batch_size=p.batch_size,
                    max_length=p.max_length,
                    trust_remote_code=p.trust_remote_code,
                )
            self._check_heads(scorer)
            self._encoder = Encoder(
                scorer.tokenizer,
                max_length=min(p.max_length or scorer.max_length, scorer.max_length),
                fmt=p.format,
                too_long=p.too_long,
                response=p.response,
                chat_template_kwargs=p.chat_template_kwargs,
            )
            self._scorer = scorer
        return self._scorer, self._encoder

    def _check_heads(self, scorer: Any) -> None:
        p: RMParams = self.params
        n = scorer.n_heads
        if p.head_weights is not None and len(p.head_weights) != n:
            raise ValueError(
                f"rm.head_weights: the model has {n} heads, got {len(p.head_weights)} weights"
            )
        if isinstance(p.head, int) and not 0 <= p.head < n:
            raise ValueError(f"rm.head: the model has heads 0..{n - 1}, got {p.head}")
        if isinstance(p.head, str) and p.head not in scorer.heads:
            raise ValueError(f"rm.head: unknown head {p.head!r}; the model's heads: {scorer.heads}")

    def _pick(self, heads: list[float]) -> float:
        p: RMParams = self.params
        if p.head_weights is not None:
            return float(sum(w * h for w, h in zip(p.head_weights, heads, strict=True)))
        idx = p.head if isinstance(p.head, int) else self._scorer.heads.index(p.head)
        return heads[idx]

    # --- scoring --------------------------------------------------------------------------
    def score_rows(
        self, prompts: list[Any], completions: list[Any], systems: list[str | None] | None = None
    ) -> tuple[list[float | None], list[list[float] | None], list[str | None], list[Any]]:
        """Scores (or None), per-head scores, reason codes (None where scored), encodings."""
        scorer, enc = self._load()
        encoded = enc.encode_many(prompts, completions, systems)
        todo = [i for i, e in enumerate(encoded) if e.ids is not None]
        raw = scorer.score([encoded[i].ids for i in todo]) if todo else []
        heads: list[list[float] | None] = [None] * len(encoded)
        scores: list[float | None] = [None] * len(encoded)
        reasons: list[str | None] = [e.reason for e in encoded]
        for i, vals in zip(todo, raw, strict=True):
            ok = finite_or_none(vals)
            if ok is None:
                reasons[i] = NONFINITE
                continue
            heads[i] = ok
            scores[i] = self._pick(ok)
        return scores, heads, reasons, encoded

    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        p: RMParams = self.params
        n = batch.height
        prompts = batch["prompt"].to_list() if "prompt" in batch.columns else [""] * n
        systems = batch["system"].to_list() if "system" in batch.columns else None
        scores, heads, reasons, encoded = self.score_rows(
            prompts, batch["completion"].to_list(), systems
        )
        verdict: list[str] = []
        score: list[float | None] = []
        why: list[str] = []
        for s, r in zip(scores, reasons, strict=True):
            if s is None:
                verdict.append(UNKNOWN)
                score.append(None)
                why.append(r or "not_scored")
            elif p.threshold is None:
                verdict.append(UNKNOWN)
                score.append(None)
                why.append("scored")
            else:
                ok = s >= p.threshold
                verdict.append(CORRECT if ok else INCORRECT)
                score.append(s)
                why.append("above_threshold" if ok else "below_threshold")
        cols: dict[str, pl.Series] = {
            "verdict": pl.Series(verdict, dtype=pl.Utf8),
            "score": pl.Series(score, dtype=pl.Float64),
            "pred_answer": pl.Series([None] * n, dtype=pl.Utf8),
            "judge_reason": pl.Series(why, dtype=pl.Utf8),
            p.column: pl.Series(scores, dtype=pl.Float64),
            f"{p.column}_tokens": pl.Series([e.n_tokens for e in encoded], dtype=pl.Int64),
            f"{p.column}_truncated": pl.Series([e.truncated for e in encoded], dtype=pl.Boolean),
        }
        if self._scorer.n_heads > 1:
            for k, name in enumerate(self._scorer.heads):
                cols[f"{p.column}_{name}"] = pl.Series(
                    [h[k] if h is not None else None for h in heads], dtype=pl.Float64
                )
        return pl.DataFrame(cols)

    # --- TRL reward signature -------------------------------------------------------------
    def __call__(self, completions: Sequence[Any], **columns: Any) -> list[float | None]:
        """TRL reward: the reward model's score per completion (None where it cannot score)."""
        n = len(completions)
        prompts = columns.get("prompts") or columns.get("prompt") or [""] * n
        if len(prompts) != n:
            raise ValueError(f"rm reward: {len(prompts)} prompts for {n} completions")
        systems = columns.get("system")
        scores, _, _, _ = self.score_rows(
            [p if isinstance(p, list) else str(p or "") for p in prompts],
            [completion_text(c) for c in completions],
            list(systems) if systems is not None and len(systems) == n else None,
        )
        return scores


register("rm")(RMJudge)

__all__ = ["RMJudge", "RMParams", "as_messages"]
