"""Forms met while the sixty-seventh to seventieth sets of web pages were collected
(bench/equiv_fresh67_* to fresh70_*), first of them periodic families of solutions written in
degrees: the integer parameter renamed, a start that differs by whole steps, a union of families
against one family with a smaller step, and degrees against radians. Each row: completion,
reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # a family in degrees whose integer parameter has another name
    (B % "x = 30° + 360°k", "x=30^\\circ+360^\\circ n", "correct", "equivalent"),
    (B % "x = 30° + 360°k", "x=30^\\circ+180^\\circ n", "incorrect", "not_equivalent"),
    # ... whose start differs by whole steps
    (
        B % "\\theta = 45^\\circ + 180^\\circ n",
        "225^\\circ + 180^\\circ n",
        "correct",
        "equivalent",
    ),
    (
        B % "\\theta = 45^\\circ + 180^\\circ n",
        "135^\\circ + 180^\\circ n",
        "incorrect",
        "not_equivalent",
    ),
    # two families in degrees against one with half their step, and a union that is not it
    (B % "45° + 90°k", "45° + 180°k, 135° + 180°k", "correct", "equivalent"),
    (B % "45° + 90°k", "45° + 180°k, 125° + 180°k", "incorrect", "different_element"),
    (B % "30° + 360°k, 150° + 360°k", "30° + 180°k", "incorrect", "different_element"),
    # the union as the reference writes it, joined by `or`
    (
        B % "x = 30^\\circ + 360^\\circ k, 150^\\circ + 360^\\circ k",
        "x = 30° + 360°n \\text{ or } x = 150° + 360°n",
        "correct",
        "equivalent",
    ),
    # a family in degrees against the same family in radians
    (B % "x = 30° + 360°k", "\\frac{\\pi}{6}+2k\\pi", "correct", "equivalent"),
    (B % "x = 30° + 360°k", "\\frac{\\pi}{3}+2k\\pi", "incorrect", "not_equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_fresh67_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
