"""Compass bearings and directions in words (judges/math/bearings.py), and other notations met in
fresh55 (inverse-function names, programming languages' base prefixes, Roman numerals, repeating
decimals with dots or brackets), through the judge. Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.bearings import same_bearing

B = "</think>\\boxed{%s}"

BEARINGS = [
    # each quadrant of a compass bearing against its three-figure bearing
    ("N 65° E", "065°", (True, "equal_bearing")),
    ("S43°E", "137°", (True, "equal_bearing")),
    ("S43°W", "223°", (True, "equal_bearing")),
    ("N43°W", "317°", (True, "equal_bearing")),
    # degrees and minutes on both sides
    ("S 43° 15′ E", "136° 45′", (True, "equal_bearing")),
    # another angle is another direction
    ("S 30° E", "140°", (False, "different_bearing")),
    # directions in words, one angle from two cardinal points
    ("60^{\\circ} east of north", "30^{\\circ} north of east", (True, "equal_bearing")),
    ("30° north of east", "50° east of north", (False, "different_bearing")),
    # a direction in words against a plain angle: from north or from east? undecided here
    ("30° north of east", "30°", None),
    # no direction at all
    ("65°", "65°", None),
]


@pytest.mark.parametrize(("pred", "ref", "decision"), BEARINGS)
def test_same_bearing(pred: str, ref: str, decision: tuple[bool, str] | None) -> None:
    assert same_bearing(pred, ref) == decision


JUDGED = [
    # a compass bearing with TeX spacing and `^o` as its degree mark
    (B % "S\\:39^o\\,E", "141^o", "correct", "equal_bearing"),
    # the inverse of a named function is a function of its own, as `f(x) = ...` is
    (B % "y = -3x + 3", "f^{-1}(x) = -3x + 3", "correct", "equivalent"),
    (B % "y = (x-8) / 6", "h^-1 (x) = (x-8)/6", "correct", "equivalent"),
    # ... and never the function itself
    (B % "f(x) = 2x", "f^{-1}(x)=2x", "incorrect", "not_equivalent"),
    # a programming language's base prefix
    (B % "0x41", "65", "correct", "equal_number"),
    (B % "0b01000001", "65", "correct", "equal_number"),
    (B % "0xAB", "171", "correct", "equal_number"),
    (B % "0x41", "66", "incorrect", "different_number"),
    # a Roman numeral of three letters or more in its canonical spelling
    (B % "786", "DCCLXXXVI", "correct", "equal_number"),
    (B % "XIX", "20", "incorrect", "different_number"),
    # ... two letters may name a segment, and `IIII` is no canonical numeral
    (B % "CD", "400", "incorrect", "not_equivalent"),
    (B % "IIII", "4", "incorrect", "not_equivalent"),
    # repeating digits under dots, or in brackets (a whole answer)
    (B % "4.1\\dot{2}\\dot{5}", "\\frac{2042}{495}", "correct", "equal_number"),
    (B % "0.1\\dot{6}", "\\frac{1}{6}", "correct", "equal_number"),
    (B % "0.1(6)", "1/6", "correct", "equal_number"),
    (B % "0.(3)", "0.34", "incorrect", "different_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_fresh55_notations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
