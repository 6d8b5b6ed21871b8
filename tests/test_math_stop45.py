"""Forms met at stop 45: unions of residue classes (`n \\equiv 1, 4 \\pmod 7` for `7k+1 or
7k+4`, `12k \\pm 1`, `p \\equiv \\{1,4\\} \\pmod 5`, a linear congruence `3n+2 \\equiv 0 \\pmod 4`),
compared as sets of residues modulo the least common multiple of both sides' moduli; an
inequality against a membership in a set (`|k| > 1` for `k \\in (-\\infty,-1) \\cup (1,\\infty)`);
a yes or no with its reason (`No, it does not follow.`); magnitude words of Indian languages
(`1 अरब`, `5 லட்சம்`, `3 కోట్లు`); products of cyclic groups up to isomorphism
(`\\mathbb{Z}_2 \\times \\mathbb{Z}_3` for `\\mathbb{Z}_6`); a PDF's `◦` as a degree sign; vectors
between points with their direction (`\\vec{BA}` is `-\\vec{AB}`, `AB` names `\\vec{AB}`);
statements of similarity kept whole; pesos, centavos, baht, taka and poisha.
Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # one congruence listing its residues against two families
    (
        B % "n \\equiv 1 \\text{ or } 4 \\pmod 7",
        "7k+1 \\text{ or } 7k+4",
        "correct",
        "equal_residue_classes",
    ),
    # ... a residue missing is a different union
    (
        B % "n \\equiv 1 \\pmod 7",
        "7k+1 \\text{ or } 7k+4",
        "incorrect",
        "different_residue_classes",
    ),
    # two classes modulo 12 are one class modulo 6 (the lcm of both sides' moduli)
    (
        B % "p\\equiv 1\\pmod{12} \\text{ or } p\\equiv 7\\pmod{12}",
        "p\\equiv 1\\pmod{6}",
        "correct",
        "equal_residue_classes",
    ),
    # ... and one class modulo 12 is not
    (B % "p\\equiv 1\\pmod{12}", "p\\equiv 1\\pmod{6}", "incorrect", "different_residue_classes"),
    # plus-minus on either side
    (B % "p\\equiv \\pm 1\\bmod 12", "12k\\pm 1", "correct", "equal_residue_classes"),
    (B % "p\\equiv \\pm 1\\bmod 12", "12k\\pm 5", "incorrect", "different_residue_classes"),
    # residues in braces, against the same classes written apart
    (
        B % "p\\equiv \\{1,4\\}\\pmod{5}",
        "p\\equiv 1\\pmod{5} \\text{ or } p\\equiv 4\\pmod{5}",
        "correct",
        "equal_residue_classes",
    ),
    # a linear congruence: the n it holds for
    (B % "3n-6 \\equiv 0 \\bmod 4", "3n+2 \\equiv 0 \\bmod 4", "correct", "equal_residue_classes"),
    (
        B % "3n-5 \\equiv 0 \\bmod 4",
        "3n+2 \\equiv 0 \\bmod 4",
        "incorrect",
        "different_residue_classes",
    ),
    # families with other starts, the variable named on one side
    (
        B % "7m - 6 \\text{ or } 7m + 4",
        "n = 7m +1 \\text{ or } 7m - 3",
        "correct",
        "equal_residue_classes",
    ),
    # ... but with no variable and one parameter name, two formulas in n are left alone
    (B % "3n+5, 3n+1", "3n+2, 3n+1", "incorrect", "different_element"),
    # congruences to different moduli: a system as often as a union, so not read as classes
    (
        B % "n \\equiv 0 \\pmod{2} \\text{ and } n \\equiv 2 \\pmod{3}",
        "n \\equiv 2\\pmod{6}",
        "incorrect",
        "unparseable_answer",
    ),
    # another variable is another answer
    (B % "m \\equiv 1, 4 \\pmod 7", "n \\equiv 1, 4 \\pmod 7", "incorrect", "different_element"),
    # a yes or no with its reason: the leading word is the answer
    (B % "No, it does not follow.", "No", "correct", "equal_text"),
    (B % "Yes, it does.", "No", "incorrect", "different_text"),
    # ... not when the reason may turn it round
    (B % "Yes, or rather no", "Yes", "incorrect", "ambiguous_answer"),
    # magnitude words of Indian languages after a number
    (B % "1 अरब", "100 करोड़", "correct", "equal_string"),
    (B % "5 லட்சம்", "500000", "correct", "equal_string"),
    (B % "3 కోట్లు", "30000000", "correct", "equal_string"),
    (B % "4 کروڑ", "40000000", "correct", "equal_string"),
    (B % "3 லட்சம்", "500000", "incorrect", "different_number"),
    # products of cyclic groups up to isomorphism: free rank and prime-power factors
    (B % "\\mathbb{Z}_2 \\times \\mathbb{Z}_3", "\\mathbb{Z}_6", "correct", "isomorphic"),
    (B % "2 \\mathbb{Z}/6 \\mathbb{Z}", "\\mathbb{Z_3}", "correct", "isomorphic"),
    (B % "ℤ_2 ⊕ ℤ_4", "ℤ_4 × ℤ_2", "correct", "isomorphic"),
    (
        B % "\\mathbb{Z} \\times \\mathbb{Z}_2",
        "\\mathbb{Z}_2 \\times \\mathbb{Z}",
        "correct",
        "isomorphic",
    ),
    # ... Z_2 x Z_2 has no element of order 4
    (
        B % "\\mathbb{Z}/2\\mathbb{Z}\\times \\mathbb{Z}/2\\mathbb{Z}",
        "\\mathbb{Z}/4\\mathbb{Z}",
        "incorrect",
        "not_isomorphic",
    ),
    # ... plain Z_2 x Z_3 may be a product of two indexed variables: not read as groups
    (B % "Z_2 \\times Z_3", "Z_6", "incorrect", "not_equivalent"),
    # a PDF's white bullet after a number is a degree sign
    (B % "360◦ − 150◦ − 90◦ − 90◦", "30◦", "correct", "equal_number"),
    (B % "30◦", "\\frac{\\pi}{6}", "correct", "equivalent"),
    # a vector between two points has a direction: BA is the negative of AB
    (B % "\\vec{BA}", "\\vec{AB}", "incorrect", "not_equivalent"),
    (B % "-\\overrightarrow{BA}", "\\overrightarrow{AB}", "correct", "equivalent"),
    # ... and its name alone is the vector
    (B % "3AB", "3\\overrightarrow{AB}", "correct", "equal_string"),
    # a statement of similarity is kept whole, not read as the value after "is"
    (
        B % "triangle ABC is similar to triangle DEF",
        "triangle BAC is similar to triangle DEF",
        "incorrect",
        "different_text",
    ),
    # ... and so is a congruence statement
    (B % "triangle ABC is congruent to triangle DEF", "DEF", "incorrect", "different_text"),
    # pesos and centavos, baht, taka and poisha (the rupee in West Bengal) as money
    (B % "₱0.25", "twenty-five centavos", "correct", "equal_number"),
    (B % "Php 95.00", "Ninety-five pesos", "correct", "equal_number"),
    (B % "0.05 টাকা", "5 পয়সা", "correct", "equal_number"),
    (B % "₹12.45", "12 টাকা, 45 পয়সা", "correct", "equal_number"),
    (B % "0.05 টাকা", "0.5 টাকা", "incorrect", "different_number"),
    (B % "₱0.25", "25 cm", "incorrect", "different_unit"),
    # an amount in baht and satang, as Thai writes it in two units
    (B % "23 บาท 50 สตางค์", "23.50 บาท", "correct", "equal_number"),
    (B % "23 บาท 50 สตางค์", "23.05 บาท", "incorrect", "different_number"),
    # an inequality against a membership: the sets they describe
    (B % "|k|>1", "k\\in(-\\infty,-1)\\cup(1,\\infty)", "correct", "equivalent"),
    (B % "k^2>1", "k\\in(-\\infty,-1)\\cup(1,\\infty)", "correct", "equivalent"),
    (B % "k^2>4", "k\\in(-\\infty,-1)\\cup(1,\\infty)", "incorrect", "not_equivalent"),
    (B % "|k|<1", "k\\in(-\\infty,-1)\\cup(1,\\infty)", "incorrect", "not_equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop45_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
