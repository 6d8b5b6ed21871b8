"""Vectors written with the unit vectors i, j and k (judges/math/vectors.py), read as their
components, alone and against references in other vector forms. Each row: the text, what it
reads as (None: not such a vector); then completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.vectors import unit_vectors

READ = [
    # three unit vectors, a coefficient before each or none
    ("2i-3j+k", "(2,-3,1)"),
    # a product sign between the coefficient and the unit vector
    ("2\\cdot i-1\\cdot j+2\\cdot k", "(2,-1,2)"),
    # hats dropped by the normaliser leave braces around the letter
    ("{i}+5{j}-3{k}", "(1,5,-3)"),
    # the coefficient in brackets after the unit vector, signs combined
    ("i(-2)-j(13)+k(8)", "(-2,-13,8)"),
    # products inside a bracketed coefficient stay products (a cross product's working)
    ("i(0\\cdot3-1\\cdot2)-j(4\\cdot3)+k(8)", "((0\\cdot3-1\\cdot2),-((4\\cdot3)),8)"),
    # TeX's dotless i and j
    ("3\\imath+4\\jmath", "(3,4)"),
    # a fraction and a root as coefficients; a minus before a compound coefficient brackets it
    ("\\frac{1}{2}i-\\sqrt{3}j", "(\\frac{1}{2},-(\\sqrt{3}))"),
    # no j: the missing component is 0, and with k the vector has three
    ("2i-k", "(2,0,-1)"),
    # a lone unit vector times a number is an imaginary number, not a vector
    ("3i", None),
    # a term without a unit vector: a complex number
    ("3+4i", None),
    # a letter in a coefficient: no numbers to compare
    ("xi+yj", None),
    # a unit vector twice
    ("2i+3i", None),
    # unbalanced brackets
    ("i(-2-j+k", None),
]


@pytest.mark.parametrize(("text", "vector"), READ)
def test_unit_vectors(text: str, vector: str | None) -> None:
    assert unit_vectors(text) == vector


B = "</think>\\boxed{%s}"

JUDGED = [
    # against a bracket, an angle-bracket vector and a tuple
    (B % "2 \\cdot i - 1 \\cdot j + 2 \\cdot k", "[2,-1,2]", "correct", "equal_structure"),
    (B % "-i + j + k", "<-1,1,1>", "correct", "equal_string"),
    (
        B % "\\hat{i} + 5 \\hat{j} - 3 \\hat{k}",
        "\\left[1, 5, -3\\right]",
        "correct",
        "equal_structure",
    ),
    # the same vector written with the unit vectors in another order and style
    (
        B % "i \\left(-2\\right) - j \\left(13\\right) + k \\left(8\\right)",
        "- 2 i - 13 j + 8 k",
        "correct",
        "equal_string",
    ),
    (
        B % "\\sqrt{2}\\mathbf{i} + \\sqrt2 \\mathbf{j}",
        "\\langle \\sqrt2, \\sqrt 2\\rangle",
        "correct",
        "equal_string",
    ),
    # two components swapped, or a sign flipped, is another vector
    (B % "i - j + k", "<1, 1, -1>", "incorrect", "different_element"),
    (B % "2i + 3j", "(2,-3)", "incorrect", "different_element"),
    # a complex number stays a number, not the point of its parts
    (B % "3+4i", "(3,4)", "incorrect", "not_equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_unit_vector_answers(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
