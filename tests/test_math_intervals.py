"""Intervals and inequality chains in the forms other tools print (judges/math/intervals.py),
alone and through the judge. Each row of the first table: text, tidied text; of the second:
completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.intervals import tidy_intervals

TIDY = [
    # a TeX group around the items of a bracket is dropped (MathType's intervals)
    ("( { - \\infty ,3} )", "( - \\infty ,3)"),
    ("[ {2,6} ]", "[2,6]"),
    # ... with one level of braces inside the group
    ("( {{1 \\over 2},\\infty } )", "({1 \\over 2},\\infty )"),
    # a group without a comma is no list of items: kept
    ("({x})", "({x})"),
    # an infinite lower or upper end of a chain bounds nothing
    ("-\\infty < x < 0", "x < 0"),
    ("2 \\leq x < +\\infty", "2 \\leq x"),
    # both ends infinite around one variable: every real number
    ("-\\infty<x<\\infty", "\\mathbb{R}"),
    # a chain with finite ends, or a single relation with infinity, is kept
    ("-1 < x < 2", "-1 < x < 2"),
    ("x < \\infty", "x < \\infty"),
]


@pytest.mark.parametrize(("text", "tidy"), TIDY)
def test_tidy_intervals(text: str, tidy: str) -> None:
    assert tidy_intervals(text) == tidy


B = "</think>\\boxed{%s}"

JUDGED = [
    # an inequality against an interval whose items sit in a TeX group
    (B % "x < 3", "\\left( { - \\infty ,3} \\right)", "correct", "equivalent"),
    (B % "x \\ge - 7", "\\left[ { - 7,\\infty } \\right)", "correct", "equivalent"),
    # a font size command around the answer, and TeX's \over inside the group
    (
        B % "\\large{x > {1 \\over 2}}",
        "\\left( {{1 \\over 2},\\infty } \\right)",
        "correct",
        "equivalent",
    ),
    # chains with an infinite end against the interval
    (B % "-∞ < x < 0", "(-∞, 0)", "correct", "equivalent"),
    (B % "2 ≤ x < +∞", "[ 2 , +∞)", "correct", "equivalent"),
    (B % "-\\infty < x < \\infty", "\\mathbb{R}", "correct", "equal_string"),
    # the n-ary union sign is a union
    (B % "(-∞, 0)⋃(0, ∞)", "x ≠ 0", "correct", "equivalent"),
    # every real number on one side of a bound, in words, is the inequality in x
    (
        B % "all real numbers greater than 17",
        "\\left( {17,\\infty } \\right)",
        "correct",
        "equivalent",
    ),
    (B % "all real numbers less than or equal to -2", "(-\\infty, -2]", "correct", "equivalent"),
    (B % "the real numbers greater than 3", "(3, infinity)", "correct", "equivalent"),
    (B % "Set of all real numbers", "(-\\infty,\\infty)", "correct", "equivalent"),
    # ... the bound's end counts: `greater than` leaves the bound out
    (B % "all real numbers greater than 17", "[17,\\infty)", "incorrect", "not_equivalent"),
    (
        B % "all real numbers less than or equal to -2",
        "(-\\infty, -2)",
        "incorrect",
        "not_equivalent",
    ),
    # every real number but one, the excepted value written as an equation
    (B % "all real numbers except x=3", "x ≠ 3", "correct", "equivalent"),
    # a union sign in a group of its own, between spacing commands
    (
        B % "x < 4 or x \\ge 10",
        "(-\\infty, 4) \\:{\\cup}\\: [10, \\infty)",
        "correct",
        "equivalent",
    ),
    # another end is another set
    (B % "x < 3", "\\left( { - \\infty ,4} \\right)", "incorrect", "not_equivalent"),
    (B % "-∞ < x < 1", "(-∞, 0)", "incorrect", "not_equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_interval_answers(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
