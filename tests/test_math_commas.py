"""Decimal commas inside a computation against a reference with a decimal comma (Russian,
German, French answers: judges/math/european.py), through the judge. Each row: completion,
reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # a quotient of two numbers with decimal commas, against a value with one
    (B % "1,68/3,36", "0,5", "correct", "equal_number"),
    (B % "2,5/ 6,25", "0,4", "correct", "equal_number"),
    # ... one comma in brackets of its own is a number's
    (B % "-12 + 5*(-0,25)", "-13,25", "correct", "equal_number"),
    # ... with one comma, a computation may be a list of two items (`-2,0+1` for -2 and 1)
    (B % "-2, 0+1", "-2,1", "correct", "equal_structure"),
    # ... and a wrong quotient stays wrong
    (B % "1,68/3,36", "0,6", "incorrect", "different_number"),
    # a comma before three digits may group thousands: not read as a decimal comma
    (B % "\\$1,258 - \\$0,80", "\\$0,458", "incorrect", "different_structure"),
    # a spaced comma lists values
    (B % "1, 5", "0,5", "incorrect", "different_element"),
    # no computation: one comma between two numbers may list them (an unordered pair here)
    (B % "1,2", "2,1", "correct", "equal_structure"),
    (B % "(3,2)", "3,2", "correct", "equal_structure"),
    # a comma between digits inside a root's or a fraction's argument lists nothing
    (B % "\\sqrt{1,96}", "\\frac{7}{5}", "correct", "equal_within_tolerance"),
    (B % "\\frac{3,5}{7 \\cdot 0,5}", "1", "correct", "equal_number"),
    # ... except before three digits, which group thousands
    (B % "\\frac{945}{16,384}", "945/16384", "correct", "equal_number"),
    # dots that group thousands before a decimal comma, as Brazil writes money
    (B % "1.050,00", "R$1050,00", "correct", "equal_string"),
    # ... a lone dot before three digits is a decimal point
    (B % "4.500", "R$ 4.500,00", "incorrect", "different_number"),
    # against a reference with a decimal point, commas are left as they are
    (B % "1,000/2", "500", "correct", "equal_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_decimal_commas_in_computations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
