"""Answers modulo a number compared as residues (judges/math/modular.py), on normalised text and
through the judge. Each row of the first table: answer, reference, decision (None: the rule
decides nothing); of the second: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.modular import same_residue

RESIDUES = [
    # a residue against the plain integer it names
    ("2(mod7)", "2", (True, "equal_residue")),
    # a power far too large to write out, computed modulo 7
    ("100^{100}\\pmod{7}", "2\\pmod{7}", (True, "equal_residue")),
    # an exponent that is itself an expression
    ("2^{6\\cdot16+4}\\pmod{7}", "2\\pmod{7}", (True, "equal_residue")),
    # a negative number's residue is the least non-negative one
    ("-67mod7", "3mod7", (True, "equal_residue")),
    # products of brackets, and a sum in brackets
    ("(3)(7)(7)(7)mod10", "9", (True, "equal_residue")),
    ("(9+1)mod10", "0", (True, "equal_residue")),
    # two congruences of the same variable and modulus
    ("x\\equiv-1\\pmod{7}", "x\\equiv6\\pmod{7}", (True, "equal_residue")),
    # another residue is another answer
    ("37mod7", "3mod7", (False, "different_residue")),
    ("2(mod7)", "3", (False, "different_residue")),
    # a reference outside 0..n-1 is not a residue: undecided here (9 is no answer "2 mod 7")
    ("2(mod7)", "9", None),
    # another modulus, or another variable, decides nothing
    ("2\\pmod{7}", "2\\pmod{5}", None),
    ("x\\equiv2\\pmod{7}", "y\\equiv2\\pmod{7}", None),
    # a letter in the value: no integer expression
    ("(4n+1)mod4", "1", None),
    # nothing modulo a number on either side
    ("2", "2", None),
    # an unbalanced bracket is refused, not guessed
    ("(3+4mod7", "0", None),
    # an exponent too large to compute exactly is refused
    ("2^{9^{9^{9}}}\\pmod{7}", "1", None),
]


@pytest.mark.parametrize(("pred", "ref", "decision"), RESIDUES)
def test_same_residue(pred: str, ref: str, decision: tuple[bool, str] | None) -> None:
    assert same_residue(pred, ref) == decision


B = "</think>\\boxed{%s}"

JUDGED = [
    # the forms answers and keys write: \pmod, (mod n), mod glued to the number
    (B % "2 (mod 7)", "2", "correct", "equal_residue"),
    (B % "3^2mod 7", "2", "correct", "equal_residue"),
    (B % "10^{100}mod\\left(7\\right)", "4", "correct", "equal_residue"),
    (B % "x \\equiv 2 \\pmod 7", "2", "correct", "equal_residue"),
    # a wrong residue, and a congruence of another class
    (B % "2 (mod 7)", "3", "incorrect", "different_residue"),
    (B % "x\\equiv 5\\pmod{7}", "x\\equiv6\\pmod{7}", "incorrect", "different_residue"),
    # a value that only agrees modulo 7 with a reference outside 0..6 is not accepted
    (B % "2 (mod 7)", "9", "incorrect", "not_equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_residue_answers(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
