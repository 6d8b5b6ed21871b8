"""`exact`: the last `\\boxed{}` (or `<answer>`) of the summary against the reference, after
light normalisation; plain numbers compare as exact rationals. Cheap and safe (no parsing of
expressions); the `math` judge handles symbolic equivalence.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import ClassVar

import polars as pl
from curate.judges.base import (
    CORRECT,
    INCORRECT,
    UNKNOWN,
    Judge,
    JudgeParams,
    register,
    verdict_frame,
)

from curate.text import last_boxed, split_trace

_ANSWER_TAG = re.compile(r"<answer>(.*?)</answer>", re.S)
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:/\d+)?")
_STRIP = ("\\left", "\\right", "\\!", "\\,", "\\;", "\\ ", "$", " ")


def normalise(ans: str) -> str:
    s = ans.strip()
    m = re.fullmatch(r"\\text\{(.*)\}", s)
    if m:
        s = m.group(1)
    for tok in _STRIP:
        s = s.replace(tok, "")
    s = s.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac").replace("{,}", "")
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)  # thousands separators
    s = re.sub(r"\\frac\{(-?\d+)\}\{(\d+)\}", r"\1/\2", s)
    s = re.sub(r"\\frac(\d)(\d)", r"\1/\2", s)
    return s.rstrip(".")


def as_number(s: str) -> Fraction | None:
    if len(s) > 64 or not _NUMBER.fullmatch(s):
        return None
    try:
        return Fraction(s)
    except (ValueError, ZeroDivisionError):
        return None


class ExactParams(JudgeParams):
    think_close: str = "</think>"
    """Tag that ends the reasoning; the answer is read from the text after it."""


@register("exact")
class ExactJudge(Judge[ExactParams]):
    """Last \\boxed{} or <answer> of the summary equals the reference (normalised; numbers exact)."""

    Params: ClassVar[type[ExactParams]] = ExactParams

    def _one(
        self, completion: str | None, reference: str | None
    ) -> tuple[str, float | None, str | None, str]:
        if reference is None or not str(reference).strip():
            return UNKNOWN, None, None, "no_reference"
        if completion is None:
            return INCORRECT, 0.0, None, "no_completion"
        trace = split_trace(completion, close_tag=self.params.think_close)
        if not trace.has_close:
            return INCORRECT, 0.0, None, "no_summary"
        tags = _ANSWER_TAG.findall(trace.summary)
        pred = last_boxed(trace.summary) or (tags[-1] if tags else None)
        if pred is None:
            return INCORRECT, 0.0, None, "no_answer"
        a, b = normalise(pred), normalise(str(reference))
        if a == b:
            return CORRECT, 1.0, pred, "equal"
        na, nb = as_number(a), as_number(b)
        if na is not None and nb is not None and na == nb:
            return CORRECT, 1.0, pred, "equal_number"
        return INCORRECT, 0.0, pred, "different"

    def judge(self, batch: pl.DataFrame) -> pl.DataFrame:
        comps = batch["completion"].to_list()
        refs = (
            batch["reference"].to_list() if "reference" in batch.columns else [None] * batch.height
        )
        rows = [self._one(c, r) for c, r in zip(comps, refs, strict=True)]
        v, s, p, r = (list(x) for x in zip(*rows, strict=True)) if rows else ([], [], [], [])
        return verdict_frame(v, s, p, r)
