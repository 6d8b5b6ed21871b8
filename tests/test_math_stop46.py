"""Forms met at stop 46: names of geometric objects by their points (`∠CBA` is `∠ABC`, `line BA`
is `line AB`, `plane MLN` is `plane LMN`, a polygon from another vertex or the other way round,
a congruence with both names reordered alike), with unknown `needs_figure` where only the figure
can say (`line AC` for `line AB`); numbers in Thai words, alone or before unit names
(`สองร้อยห้าสิบเจ็ดบาท`); one call of the same name on equal arguments (`Po(3+5)` for `Po(8)`);
formulas in capital AND / OR / NOT as logic; numbers side by side in brackets as a list; `LCM`,
`GCD`, `HCF`, `6 choose 3`, `9‼`; `\\zeta(2)`; permutations in cycle notation;
repeating decimals with spaces inside (`0. 91\\dot 6`).
Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # an angle read from its other arm: the vertex stays in the middle
    (B % "∠CBA", "∠ABC", "correct", "equal_text"),
    (B % "m\\angle CBA", "m\\angle ABC", "correct", "equal_text"),
    # ... another vertex is another angle (a product of letters would have called it equal)
    (B % "m\\angle ACB", "m\\angle ABC", "incorrect", "different_text"),
    (B % "\\angle BAC", "\\angle ABC", "incorrect", "different_text"),
    # ... the same vertex with another point on an arm: the figure decides
    (B % "\\angle ABD", "\\angle ABC", "unknown", "needs_figure"),
    # a line and a segment by their two points in either order
    (B % "line BA", "line AB", "correct", "equal_text"),
    (B % "Line Segment HG", "Line Segment GH", "correct", "equal_text"),
    (B % "\\overleftrightarrow{BA}", "\\overleftrightarrow{AB}", "correct", "equal_text"),
    # ... a bare pair of capitals read as the segment the reference names
    (B % "\\bar{BA}", "AB", "correct", "equal_text"),
    # ... another segment is another segment; another line may be the same one
    (B % "segment AC", "segment AB", "incorrect", "different_text"),
    (B % "line AC", "line AB", "unknown", "needs_figure"),
    # a ray starts at its first point
    (B % "ray BA", "ray AB", "incorrect", "different_text"),
    (B % "ray AC", "ray AB", "unknown", "needs_figure"),
    # a plane by three of its points in any order
    (B % "plane NLM", "plane LMN", "correct", "equal_text"),
    (B % "plane LMP", "plane LMN", "unknown", "needs_figure"),
    # a polygon with its word: from any vertex, either way round
    (B % "quadrilateral CDAB", "quadrilateral ABCD", "correct", "equal_text"),
    (B % "quadrilateral ADCB", "quadrilateral ABCD", "correct", "equal_text"),
    (B % "\\triangle CAB", "\\triangle ABC", "correct", "equal_text"),
    # ... not across the diagonal, and not with other letters
    (B % "quadrilateral ACBD", "quadrilateral ABCD", "incorrect", "different_text"),
    (B % "\\triangle ABD", "\\triangle ABC", "incorrect", "different_text"),
    # ... without the word, letters in another order may be an ordering: text
    (B % "BCDA", "ABCD", "incorrect", "different_text"),
    # a congruence with both names reordered alike, or its sides swapped
    (
        B % "\\triangle BCA \\cong \\triangle MNL",
        "\\triangle ABC \\cong \\triangle LMN",
        "correct",
        "equal_text",
    ),
    (
        B % "\\triangle LMN \\cong \\triangle ABC",
        "\\triangle ABC \\cong \\triangle LMN",
        "correct",
        "equal_text",
    ),
    # ... another correspondence is another statement
    (
        B % "\\triangle ACB \\cong \\triangle LMN",
        "\\triangle ABC \\cong \\triangle LMN",
        "incorrect",
        "different_text",
    ),
    # numbers in Thai words
    (B % "สองร้อยห้าสิบเจ็ด", "257", "correct", "equal_string"),
    (B % "หนึ่งร้อยเอ็ด", "101", "correct", "equal_string"),
    (B % "สองล้านหนึ่งแสน", "2100000", "correct", "equal_string"),
    (B % "สามจุดห้า", "3.5", "correct", "equal_string"),
    (B % "ยี่สิบเอ็ด", "12", "incorrect", "different_number"),
    # ... before unit names: baht and satang, metres and centimetres
    (B % "ยี่สิบสามบาทห้าสิบสตางค์", "23.50 บาท", "correct", "equal_number"),
    (B % "หนึ่งร้อยสิบหกบาท", "116.00 บาท", "correct", "equal_number"),
    (B % "หนึ่งร้อยสิบหกบาท", "117 บาท", "incorrect", "different_number"),
    # ... a word that begins with a number's syllable is no number (`สามเหลี่ยม`, a triangle)
    (B % "สามเหลี่ยม", "3", "incorrect", "unparseable_answer"),
    # one call of the same name on equal arguments, whatever the name means
    (B % "Po(3 + 5)", "Po(8)", "correct", "equivalent"),
    (B % "Po(\\lambda + \\lambda)", "Po(2\\lambda)", "correct", "equivalent"),
    # ... unequal arguments decide nothing (`B(a, b)` may be symmetric)
    (B % "g(3)", "g(1+1)", "unknown", "undecided"),
    # a program's `exp(` inside TeX is the exponential, not the product e x p
    (B % "exp(\\frac{x}{2})", "e^{x/2}", "correct", "equivalent"),
    (B % "exp(\\frac{1}{2})", "\\sqrt{e}", "correct", "equivalent"),
    # a formula in capital AND / OR / NOT or a program's operators is logic, not a list
    (B % "a AND b", "a OR b", "incorrect", "not_equivalent"),
    (B % "(NOT a) OR b", "NOT (a AND (NOT b))", "correct", "equivalent"),
    (B % "!a || b", "!(a && !b)", "correct", "equivalent"),
    # ... candidates joined by a capital OR stay a list
    (B % "x = 2 OR x = 3", "3, 2", "correct", "equal_structure"),
    # numbers side by side in brackets are listed, not multiplied (`[2 3 1]` is no `[3 1 2]`)
    (B % "[2 3 1]", "[3 1 2]", "incorrect", "different_element"),
    (B % "(2 3 1)", "(2, 3, 1)", "correct", "equal_string"),
    # gcd and lcm in capitals (the highest common factor too), a count of combinations in words
    (B % "LCM (3, 2, 1)", "6", "correct", "equivalent"),
    (B % "HCF(12, 18)", "6", "correct", "equivalent"),
    (B % "6 choose 3", "20", "correct", "equivalent"),
    (B % "6 choose 3", "15", "incorrect", "not_equivalent"),
    # the double-factorial sign
    (B % "9‼", "945", "correct", "equivalent"),
    # Riemann's zeta function
    (B % "\\zeta(2)", "\\frac{\\pi^2}{6}", "correct", "equivalent"),
    (B % "\\zeta(2)", "\\frac{\\pi^2}{8}", "incorrect", "not_equivalent"),
    # permutations in cycle notation: a cycle from another point, disjoint cycles in any order
    (B % "(1 5 2)", "(5 2 1)", "correct", "equivalent"),
    (B % "(1 5 2)", "(1 2 5)", "incorrect", "not_equivalent"),
    (B % "(2,6)(1,4)", "(1,4)(2,6)", "correct", "equivalent"),
    (B % "(1532)", "(1532)(4)", "correct", "equivalent"),
    # ... against the two-line form and the one-line list
    (B % "\\begin{pmatrix} 1&2&3\\\\ 2&3&1 \\end{pmatrix}", "(123)", "correct", "equivalent"),
    (B % "[4, 3, 2, 5, 1, 6]", "(1, 4, 5)(2, 3)(6)", "correct", "equivalent"),
    # ... cycles that meet: equal one way of composing only, or both ways
    (B % "(23)(345)", "(2345)", "unknown", "composition_order"),
    (B % "(12)(13)", "(13)(12)", "unknown", "composition_order"),
    (B % "(3 4 5)(3 4 5)", "(5 4 3)", "correct", "equivalent"),
    # ... one group with commas is a tuple, one of glued digits a number
    (B % "(1, 4, 5)", "(4, 5, 1)", "incorrect", "different_element"),
    # repeating decimals with a typesetter's spaces inside, and `(repeating)` in brackets
    (B % "0. 91\\dot 6", "\\dfrac{11}{12}", "correct", "equal_number"),
    (B % "0. 91\\dot 6", "\\dfrac{11}{13}", "incorrect", "different_number"),
    (B % "0.\\dot2 \\dot1", "\\frac{7}{33}", "correct", "equal_number"),
    (B % ".1 (repeating)", "1/9", "correct", "equal_number"),
    # a bracket glued to a value multiplies it; set apart by a space it restates it
    (B % "\\frac{1}{2}\\left( \\frac{1}{2} \\right)", "\\frac{1}{4}", "correct", "equivalent"),
    (B % "\\frac{1}{3} (0.33)", "\\frac{1}{3}", "correct", "equal_string"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop46_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
