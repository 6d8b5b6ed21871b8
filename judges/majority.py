"""`majority`: cons@n without a reference; the most common answer of a prompt's samples is the
pseudo-reference.

Samples are grouped by `group_column` (`prompt_id`, which the pipeline always has; a shard holds
every sample of a prompt). Each sample's answer is extracted and normalised (`answer_type`):

- `math`: the answer of `curate.judges.math.extract.extract_answer` (boxed, `<answer>`, `####`, "the
  answer is ...") normalised by `curate.judges.math.normalise.canonical_answer` when those modules are
  installed; otherwise the last `\\boxed{}` / `<answer>` of the answer part, normalised by
  `curate.judges.exact.normalise`; either way plain numbers group by exact rational value
  (`\\frac{1}{2}`, `0.5`, `1/2`); other answers group by their canonical string (no symbolic
  comparison: `x+1` and `1+x` are different answers);
- `choice`: the multiple-choice letter found by the `choice` judge's extractor;
- `text`: the last `\\boxed{}` / `<answer>` or else the last non-empty line of the answer,
  case- and space-folded.

The majority answer is the most frequent normalised answer; `agreement` = its count / the
group's sample count (samples without an answer count in the denominator). A sample without an
answer is incorrect (`no_answer`); otherwise the group decides: fewer than `min_samples` samples
→ unknown (`too_few_samples`); two answers share the top count → unknown (`tie`); agreement below
`min_agreement` → unknown (`low_agreement`); else the sample is correct (`agree`) or incorrect
(`disagree`). Extra columns: `majority_answer` (the first majority sample's answer as written;
null when the group is not judged), `agreement`, `group_samples`.

Run it with `when: always` (the default) and early in a cascade: with `when: unknown` it would
only see the samples earlier judges left undecided, a biased part of each group.

As a TRL reward (`judge(completions, prompts=...)`) the group is the completions of the call that
share a prompt (TRL passes `num_generations` completions per prompt); a call without prompts and
without `group_column` is one group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Literal

import polars as pl
from curate.judges.base import CORRECT, INCORRECT, UNKNOWN, Judge, JudgeParams, register
from curate.judges.exact import as_number, normalise
from pydantic import Field

from curate.text import last_boxed, split_trace

_ANSWER_TAG = re.compile(r"<answer>(.{0,2000}?)</answer>", re.S)
_SPACES = re.compile(r"\s+")
MAX_ANSWER = 1000  # longer "answers" are not answers (and are not worth normalising)


def _fallback_math(summary: str) -> str | None:
    tags = _ANSWER_TAG.findall(summary)
    return last_boxed(summary) or (tags[-1] if tags else None)


def _fallback_key(ans: str) -> str:
    s = normalise(ans)
    num = as_number(s)
    return f"num:{num}" if num is not None else s


def _math_tools() -> tuple[Callable[[str], str | None], Callable[[str], str]] | None:
    """The math judge's extractor and normaliser, if that module set is installed."""
    try:
        from curate.judges.math.extract import extract_answer
        from curate.judges.math.normalise import canonical_answer
    except Exception:
        return None

    def extract(text: str) -> str | None:
        return extract_answer(text).answer

    return extract, canonical_answer


class MajorityParams(JudgeParams):
    answer_type: Literal["math", "choice", "text"] = "math"
    """How answers are extracted and normalised (see the module docstring)."""
    group_column: str = "prompt_id"
    """Samples with equal values here form a group; falls back to `prompt`, then one group."""
    min_samples: Annotated[int, Field(ge=1)] = 2
    """Groups with fewer samples are not judged (`too_few_samples`)."""
    min_agreement: Annotated[float, Field(ge=0, le=1)] = 0.5
    """Smallest majority share (of all the group's samples) that is trusted as a pseudo-reference."""
    think_close: str = "</think>"
    """Tag that ends the reasoning; answers are read from the text after it."""


@register("majority")
class MajorityJudge(Judge[MajorityParams]):
    """cons@n without a reference: samples agreeing with their prompt's majority answer are correct."""

    Params: ClassVar[type[MajorityParams]] = MajorityParams
    needs_reference: ClassVar[bool] = False

    def __init__(self, params: MajorityParams | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        self._math = _math_tools() if self.params.answer_type == "math" else None

    @property
    def uses_math_module(self) -> bool:
        """Whether the math judge's extraction and normalisation are in use."""
        return self._math is not None

    def answer(self, completion: str | None) -> tuple[str | None, str | None]:
        """(raw answer, grouping key) of one completion; (None, None) without an answer."""
        p: MajorityParams = self.params
        if completion is None:
            return None, None
        trace = split_trace(completion, close_tag=p.think_close)
        if not trace.has_close and trace.has_open:
            return None, None  # unfinished reasoning
        summary = trace.summary if trace.has_close else completion
        if p.answer_type == "choice":
            from curate.judges.choice import MAX_REGION, extract_choice

            letter, _ = extract_choice(summary[-MAX_REGION:])
            return letter, letter
        if p.answer_type == "text":
            raw = _fallback_math(summary)
            if raw is None:
                lines = [ln for ln in summary.strip().split("\n") if ln.strip()]
                raw = lines[-1] if lines else None
            if raw is None or len(raw) > MAX_ANSWER:
                return None, None
            return raw, _SPACES.sub(" ", raw).strip().casefold() or None
        raw = key = None
        if self._math is not None:
            extract, canon = self._math
            try:
                raw = extract(completion)
                if raw is not None and len(raw) <= MAX_ANSWER:
                    key = _fallback_key(canon(raw))
            except Exception:
                raw = key = None
        if key is None:
            raw = _fallback_math(summary)
            if raw is not None and len(raw) <= MAX_ANSWER:
                key = _fallback_key(raw)
        if raw is None or not key:
            return None, None
        return raw, key

    def _groups(self, batch: pl.DataFrame) -> list[Any]:
        col = self.params.group_column
        for c in (col, "prompt"):
            if c in batch.columns:
                s = batch[c]
                if s.dtype == pl.Utf8 or s.dtype.is_numeric():
                    return s.to_list()
                return [repr(v) for v in s.to_list()]  # chat prompts (lists of messages)
        return [0] * batch.height

    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        p: MajorityParams = self.params
        n = batch.height
        answers = [self.answer(c) for c in batch["completion"].to_list()]
        groups = self._groups(batch)
        members: dict[Any, list[int]] = {}
        for i, g in enumerate(groups):
            members.setdefault(g, []).append(i)
        verdict: list[str] = [UNKNOWN] * n
        score: list[float | None] = [None] * n
        reason: list[str] = [""] * n
        major: list[str | None] = [None] * n
        agree: list[float | None] = [None] * n
        size: list[int] = [0] * n
        for idx in members.values():
            counts = Counter(answers[i][1] for i in idx if answers[i][1] is not None)
            top = counts.most_common(2)
            status = None
            maj: str | None = None
            ratio: float | None = None
            if len(idx) < p.min_samples:
                status = "too_few_samples"
            elif not top:
                status = "no_answers"
            elif len(top) == 2 and top[0][1] == top[1][1]:
                status = "tie"
                ratio = top[0][1] / len(idx)
            else:
                maj, ratio = top[0][0], top[0][1] / len(idx)
                if ratio < p.min_agreement:
                    status = "low_agreement"
            shown = next(
                (answers[i][0] for i in idx if maj is not None and answers[i][1] == maj), None
            )
            for i in idx:
                size[i] = len(idx)
                agree[i] = ratio
                major[i] = shown if status is None else None
                key = answers[i][1]
                if key is None:
                    verdict[i], score[i], reason[i] = INCORRECT, 0.0, "no_answer"
                elif status is not None:
                    verdict[i], score[i], reason[i] = UNKNOWN, None, status
                elif key == maj:
                    verdict[i], score[i], reason[i] = CORRECT, 1.0, "agree"
                else:
                    verdict[i], score[i], reason[i] = INCORRECT, 0.0, "disagree"
        return pl.DataFrame(
            {
                "verdict": verdict,
                "score": score,
                "pred_answer": [a[0] for a in answers],
                "judge_reason": reason,
                "majority_answer": major,
                "agreement": agree,
                "group_samples": size,
            },
            schema={
                "verdict": pl.Utf8,
                "score": pl.Float64,
                "pred_answer": pl.Utf8,
                "judge_reason": pl.Utf8,
                "majority_answer": pl.Utf8,
                "agreement": pl.Float64,
                "group_samples": pl.Int32,
            },
        )
