"""Forms met at stop 42: the variable of a set-builder set is bound (`\\{y \\mid y > 0\\}` is
`\\{x \\mid x > 0\\}`); noon and midnight are times of day, and a time of day against a
reference such as `5 pm` is a time, not picometres. Each row: completion, reference, verdict,
reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # a set-builder set with another name for its variable: the same set
    (B % "\\{y \\mid y > 0\\}", "\\{x \\mid x > 0\\}", "correct", "equal_string"),
    (B % "{t丨t>2}", "\\{x|x>2\\}", "correct", "equal_string"),
    # ... a different condition stays a different set
    (B % "\\{y \\mid y < 0\\}", "\\{x \\mid x > 0\\}", "incorrect", "not_equivalent"),
    # ... and the reference's letter already in the answer's condition is not renamed
    (B % "\\{y \\mid y \\ge x\\}", "\\{x \\mid x \\ge 1\\}", "incorrect", "not_equivalent"),
    # noon and midnight as times of day
    (B % "noon", "12:00", "correct", "equal_string"),
    (B % "12 noon", "12:00 pm", "correct", "equal_string"),
    (B % "midnight", "12:00 am", "correct", "equal_string"),
    # ... noon is not midnight
    (B % "noon", "12:00 am", "incorrect", "different_element"),
    # a 24-hour time against `5 pm`: a time of day, not 5 picometres
    (B % "17:00", "5 pm", "correct", "equal_string"),
    (B % "12:00", "12 pm", "correct", "equal_string"),
    # ... an hour off stays wrong
    (B % "16:00", "5 pm", "incorrect", "different_element"),
    # ... and a length in nanometres against `5 pm` is still a length
    (B % "0.005 nm", "5 pm", "correct", "equal_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop42_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
