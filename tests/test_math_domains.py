"""Forms met at stop 41 (the seventy-seventh sets of web pages onwards, and the misses of earlier
sets they recalled): a reference that writes an absolute value inside a logarithm answers for
values of either sign, so a prediction without it answers less (`unknown`, `narrower_domain`);
and a closing sentence whose final step names a function of plain numbers written without TeX
(`so log₂(1024) = 10.`). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # a log without the reference's absolute value: undefined where the reference is not
    (B % "ln(x+2)+C", "ln|x+2|+C", "unknown", "narrower_domain"),
    (B % "2\\log x", "2\\log |x|", "unknown", "narrower_domain"),
    # ... but the absolute value in the answer only, or around a positive argument, is fine
    (B % "\\ln|x|", "\\ln x", "correct", "equivalent_numeric"),
    (B % "log(x^2+3) + C", "log|x^2+3| + C", "correct", "equivalent_numeric"),
    (B % "\\log (x^2)", "2\\log|x|", "correct", "equivalent_numeric"),
    # ... and a wrong antiderivative stays wrong
    (B % "\\ln(x+3)+C", "\\ln|x+2|+C", "incorrect", "not_equivalent"),
    # a closing computation: a named function of plain numbers, then its value
    (T % "1024 is 2^10, so log₂(1024) = 10.", "10", "correct", "equal_string"),
    (T % "We know 7^2=49, so sqrt(49) = 7.", "7", "correct", "equal_string"),
    (T % "1024 is 2^10, so log_2(1024) = 11.", "10", "incorrect", "different_number"),
    # ... a function of a variable there is not a computation
    (T % "It is 3, so sqrt(x) = 7.", "7", "incorrect", "no_answer"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop41_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
