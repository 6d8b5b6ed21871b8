"""The judge interface.

A judge implements `judge(batch) -> DataFrame` with the batch's height and the columns
`verdict` ("correct" | "incorrect" | "unknown"), `score` (float, null where unknown),
`pred_answer` (what was extracted, null if nothing) and `judge_reason` (a reason code such as
`equivalent`, `no_answer`, `unparseable_reference`), plus any extra columns it measures.

Every judge is also a reward function with TRL's signature,
`judge(completions, **columns) -> list[float | None]`: `None` means "cannot judge" and is never
coerced to 0, so the same code filters offline and rewards GRPO online.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal, TypeVar

import polars as pl
from pydantic import Field, model_validator

from curate.plugin import Params, Plugin
from curate.registry import JUDGES
from curate.verdicts import (  # noqa: F401  (the judges' public names)
    CORRECT,
    INCORRECT,
    JUDGE_COLUMNS,
    REFERENCE_KEYS,
    UNKNOWN,
    VERDICTS,
    in_domains,
)

register = JUDGES.register


class JudgeParams(Params):
    """Parameters every judge has: where it sits in the cascade (`curate.pipeline.run_judges`).

    Each judge writes its own verdict to `verdict_<label>`; the row's final `verdict` (with
    `score`, `pred_answer`, `judge`, `judge_reason`) comes from the first judge that decided it.

    - `always`: judge every row; it sets the final verdict of the rows still undecided.
    - `unknown`: judge only the rows no earlier judge could decide (for costly judges).
    - `disagree` (audit): judge only rows an earlier judge DID decide (or a seeded sample of them,
      `audit_fraction`), record the verdict in `verdict_<label>` and NEVER change the final
      verdict. The cascade stats then hold the agreement matrix between this judge and each
      earlier one (`judges.agreement["math vs llm"] = {"correct|incorrect": n, ...}`), and its
      stage record `audit` counts `agree`, `disagree` (decisive and different from the final
      verdict, examples under `examples.disagree`) and `undecided` (it could not decide).
    """

    when: Literal["always", "unknown", "disagree"] = "always"
    """`always`: judge every row; `unknown`: only rows no earlier judge could decide;
    `disagree`: audit rows earlier judges decided, without changing their verdict."""
    audit_fraction: float = Field(default=1.0, gt=0.0, le=1.0)
    """With `when: disagree`: the fraction of decided rows audited (a seeded sample by row id)."""
    audit_seed: int = 0
    """With `when: disagree`: the seed of that sample (the same rows on every rerun)."""
    domains: list[str] | None = None
    """Judge only rows whose `domain` is one of these (e.g. [math] for `math`, [code] for `code`);
    rows of another domain get no verdict from this judge (a math judge must not call a code
    answer incorrect). Rows without a domain are judged. None: every row."""

    @model_validator(mode="after")
    def _audit_only_with_disagree(self) -> JudgeParams:
        if self.when != "disagree" and self.audit_fraction != 1.0:
            raise ValueError("audit_fraction: only used with `when: disagree`")
        return self


def completion_text(c: Any) -> str:
    """A TRL completion as text: a string, or the last message's content of a conversation."""
    if isinstance(c, str):
        return c
    if isinstance(c, list) and c and isinstance(c[-1], dict):
        return str(c[-1].get("content") or "")
    if isinstance(c, dict):
        return str(c.get("content") or "")
    return "" if c is None else str(c)


JP = TypeVar("JP", bound=JudgeParams)


class Judge(Plugin[JP]):
    """Base class. Subclasses set `Params` (a `JudgeParams`) and implement `judge`."""

    Params: ClassVar[type[Params]] = JudgeParams
    needs_reference: ClassVar[bool] = True

    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- TRL reward signature -------------------------------------------------------------
    @property
    def __name__(self) -> str:  # TRL logs reward functions by __name__
        return f"{self.name}_reward"

    def __call__(self, completions: Sequence[Any], **columns: Any) -> list[float | None]:
        n = len(completions)
        data: dict[str, list[Any]] = {"completion": [completion_text(c) for c in completions]}
        ref = next((columns[k] for k in REFERENCE_KEYS if k in columns), None)
        if ref is not None:
            data["reference"] = [None if r is None else str(r) for r in ref]
        elif self.needs_reference:
            data["reference"] = [None] * n
        for key, values in columns.items():
            if key in data or key in REFERENCE_KEYS or key in ("prompts", "completion_ids"):
                continue
            if isinstance(values, (list, tuple)) and len(values) == n:
                try:
                    data[key] = pl.Series(key, list(values), strict=False)  # type: ignore[assignment]
                except Exception:  # an odd column a reward does not need
                    continue
        if "prompts" in columns and len(columns["prompts"]) == n:
            data["prompt"] = [completion_text(p) for p in columns["prompts"]]
        frame = pl.DataFrame(data, strict=False)
        inside = in_domains(frame, getattr(self.params, "domains", None))
        if not inside.all():  # rows of another domain: this judge has no say (None, not 0)
            sub = self.judge(frame.filter(inside)) if inside.any() else None
            it = (
                iter(zip(sub["verdict"].to_list(), sub["score"].to_list(), strict=True))
                if sub is not None
                else iter(())
            )
            pairs = [next(it) if ok else (UNKNOWN, None) for ok in inside.to_list()]
            return [
                None if v not in (CORRECT, INCORRECT) or sc is None else float(sc)
                for v, sc in pairs
            ]
        out = self.judge(frame)
        return [
            None if (v != CORRECT and v != INCORRECT) or s is None else float(s)
            for v, s in zip(out["verdict"].to_list(), out["score"].to_list(), strict=True)
        ]


def verdict_frame(
    verdict: list[str],
    score: list[float | None],
    pred: list[str | None],
    reason: list[str],
    **extra: list[str | None],
) -> pl.DataFrame:
    """Build a judge's result frame with the right dtypes; `extra` adds string columns a judge
    measures (e.g. `extracted_by`)."""
    data: dict[str, list[Any]] = {
        "verdict": verdict,
        "score": score,
        "pred_answer": pred,
        "judge_reason": reason,
    }
    schema: dict[str, Any] = {
        "verdict": pl.Utf8,
        "score": pl.Float64,
        "pred_answer": pl.Utf8,
        "judge_reason": pl.Utf8,
    }
    for name, values in extra.items():
        data[name] = values
        schema[name] = pl.Utf8
    return pl.DataFrame(data, schema=schema)
