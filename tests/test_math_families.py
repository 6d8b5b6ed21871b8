"""Forms met while the sixty-seventh to seventieth sets of web pages were collected
(bench/equiv_fresh67_* to fresh70_*), first of them periodic families of solutions written in
degrees: the integer parameter renamed, a start that differs by whole steps, a union of families
against one family with a smaller step, and degrees against radians; then the values a closing
sentence names after other math (`... are $(1, -4)$ and $(4, -1)$.`), a typewriter's spaced
ellipsis, and a closing sentence of Japanese or Chinese that states its number after `は` or
`是` (`残りのパンは3個です`), with the words after a number that bound, estimate or negate it;
from the sixty-eighth set, compass bearings from east or west (`E 30° N`), complex numbers in
polar form without brackets or with other degree marks (`2cis120º`, `\\cos {135}^{o}`), a
converter's bracketed fraction (`(4)/(5)i`), ISO's `arsinh`, a glued `lnsqrt`, and general
solutions of differential equations in implicit or exponential form (`\\ln|y| = 2x + \\ln C`);
from the seventieth, formulas of switching algebra (`(A'+B)(A+C)`, `xy + !x*z`) compared by
truth tables, and a ratio in words with what it counts (`3 boys for every 4 girls`); from the
seventy-first and seventy-second, sums written with an ellipsis (`1 + 2 + \\ldots + (n-1)`),
plain TeX's `\\over` and `\\choose`, a sum's bound that repeats its index, `\\space`, one
writer's decimal commas on both sides (`0,3200` for `0,32`) and names of times and masses in
Indonesian, Russian, Turkish and Vietnamese; from the seventy-third and seventy-fourth, products
of matrices, which do not commute (`A^{-1}B^{-1}` is not `B^{-1}A^{-1}`), and infinity as
WeBWorK and programs type it (`INF`, `MINF`, `-inf`); from the seventy-fifth and seventy-sixth,
`infinitely many` as `infinite`, roots in words (`4 square root 18`, `sq. rt of 6`), a capitalised
call with a space (`Cos (2x)`), `x` as a times sign beside `2²` or `√2`, and integer families
under another parameter's name or against a congruence either way round (`x = 5 + 6n` for
`x = 6k + 5`); and a number times a matrix of nested lists (`1/13[[2,-5],[3,-1]]`). Each row:
completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # a family in degrees whose integer parameter has another name
    (B % "x = 30° + 360°k", "x=30^\\circ+360^\\circ n", "correct", "equal_residue"),
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
    # the values after the last words of a closing sentence with other math before them
    (
        T % "The pairs $(a, b)$ that satisfy $a^3 - b^3 = 65$ are $(1, -4)$ and $(4, -1)$.",
        "(1, -4), (4, -1)",
        "correct",
        "equal_string",
    ),
    # ... in display dollars, each pair in a TeX group
    (
        T
        % "The pairs $${(a, b)}$$that satisfy $${a^3 - b^3 = 65}$$ are $${(1, -4)}$$and $${(4, -1)}$$.",
        "(1, -4), (4, -1)",
        "correct",
        "equal_string",
    ),
    # ... not after a negation before the verb
    (
        T % "The pairs $(a, b)$ with $a^3 - b^3 = 65$ cannot be $(1, -4)$ and $(4, -1)$.",
        "(1, -4), (4, -1)",
        "incorrect",
        "no_answer",
    ),
    # a spaced ellipsis after repeating digits, and a rounding of that value
    (B % ".167", "0.1666. . .", "correct", "equal_rounded"),
    (B % "0.1666. . .", "1/6", "correct", "equal_number"),
    (B % "0.2", "0.1666. . .", "incorrect", "different_number"),
    # a closing sentence in Japanese: the number after the topic, its counter and copula after it
    (T % "残りのパンの個数は3個です", "3個", "correct", "equal_string"),
    (T % "よって、子が父にあげたのは12個のミカンです", "12", "correct", "equal_string"),
    (T % "残りのパンの個数は4個です", "3個", "incorrect", "different_number"),
    # ... negated, bounded, or after "or" (`または`): no number is stated
    (T % "残りのパンは3個ではありません", "3", "incorrect", "unparseable_answer"),
    (T % "残りは3以上です", "3", "incorrect", "unparseable_answer"),
    (T % "答えは2または3です", "3", "incorrect", "unparseable_answer"),
    # a closing sentence in Chinese; "or" (`还是`) and "may be" (`可能是`) state no number
    (T % "剩下的面包是3个。", "3", "correct", "equal_string"),
    (T % "答案是2还是3", "3", "incorrect", "unparseable_answer"),
    (T % "剩下的面包可能是3个。", "3", "incorrect", "unparseable_answer"),
    # words after a number that estimate it or make it a multiple: no value
    (B % "3左右", "3", "incorrect", "unparseable_answer"),
    (B % "3的倍数", "3", "incorrect", "unparseable_answer"),
    # a compass bearing from east (`E 30° N` is 060°), never the same as `N 30° E`
    (B % "E 30° N", "N 30° E", "incorrect", "different_bearing"),
    (B % "N 60° E", "E 30° N", "correct", "equal_bearing"),
    (B % "W 10° S", "S 80° W", "correct", "equal_bearing"),
    # polar forms: `cis` before an angle without brackets, degree marks `º`, `^o`, `{135}^{o}`
    (B % "2cis120º", "-1+ i\\sqrt{3}", "correct", "equivalent"),
    (B % "2^8 cis 4pi/3", "-128 - 128sqrt3i", "correct", "equivalent"),
    (B % "2^8 cis 4pi/3", "-128 + 128sqrt3i", "incorrect", "not_equivalent"),
    (B % "2\\left(\\cos120^o + i\\sin120^o\\right)", "-1+ i\\sqrt{3}", "correct", "equivalent"),
    (
        B % "4 \\left(\\cos {135}^{o} + i \\sin {135}^{o}\\right)",
        "- 2 \\sqrt{2} + 2 i \\sqrt{2}",
        "correct",
        "equivalent",
    ),
    # a bare number after `cis`: degrees or radians? not decided
    (B % "2cis(90)", "2i", "unknown", "undecided"),
    # a fraction of two bracketed numbers before a factor
    (B % "(4i+3j)/5", "(4)/(5)i +(3)/(5)j", "correct", "equivalent"),
    (B % "(4)/(5)x", "\\frac{4}{5x}", "incorrect", "not_equivalent"),
    # ISO's inverse hyperbolic names, a logarithm glued to a root
    (B % "artanh(1/2)", "\\frac{1}{2}\\ln 3", "correct", "equivalent"),
    (B % "lnsqrt(x^2+1)+C", "1/2ln(x^2+1)+C", "correct", "equivalent"),
    (B % "lnsqrt(x^2+1)+C", "ln(x^2+1)+C", "incorrect", "not_equivalent"),
    # a general solution in implicit (logarithmic) or exponential form against the explicit one
    (B % "\\ln|y|=2x+\\ln C", "y=Ce^{2x}", "correct", "equivalent"),
    (B % "\\ln|y|=3x+C", "y=Ce^{2x}", "incorrect", "not_equivalent"),
    (B % "y = e^(x^2+C)", "y = Ce^(x^2)", "correct", "equivalent"),
    (B % "y= e^{ln|x| +C}", "y=Cx", "correct", "equivalent"),
    # ... a constant added is not a constant factor, an absolute value added is no sign
    (B % "y=e^{x}+C", "y=Ce^x", "incorrect", "not_equivalent"),
    (B % "y = |x| + C", "y = x + C", "incorrect", "not_equivalent"),
    # switching algebra: `+` or, a product and, `'` or `!` not; equal by truth tables
    (B % "(A'+B)(A+C)", "A'C+AB", "correct", "equivalent"),
    (B % "AB + A'C + BC", "A'C+AB", "correct", "equivalent"),
    (B % "A'+B", "A'C+AB", "incorrect", "not_equivalent"),
    (B % "xy + zy + !x*z", "xy + !x*z", "correct", "equivalent"),
    # ... against a product of names alone
    (B % "(xy + x'yz)(xz + x'y')", "xyz", "correct", "equivalent"),
    (B % "(xy + x'yz)(xz + x'y')", "xy", "incorrect", "not_equivalent"),
    # ... without a complement, ordinary algebra reads it (`x + x` is 2x, not x)
    (B % "x + x", "x", "incorrect", "not_equivalent"),
    # a ratio in words with what it counts
    (B % "3 boys for every 4 girls", "3/4", "correct", "equivalent"),
    (B % "4 boys for every 3 girls", "3:4", "incorrect", "different_element"),
    # a sum with an ellipsis: its last (or, counting down, first) term names the general term
    (B % "1 + 2 + ... + (n-1)", "n(n-1)/2", "correct", "equivalent"),
    (B % "1 + 2 + ... + n", "n(n-1)/2", "incorrect", "not_equivalent"),
    (B % "(n-1) + (n-2) + \\cdots + 1 + 0", "\\dfrac{n(n-1)}{2}", "correct", "equivalent"),
    (B % "2^0 + 2^1 + \\cdots + 2^{N - 1} + 2^N", "2^{N + 1} - 1", "correct", "equivalent"),
    (B % "2+2^2+\\cdots+2^n", "2^{n+1}-2", "correct", "equivalent"),
    (B % "x + x^2 + \\ldots + x^n", "\\frac{x^{n+1}-x}{x-1}", "correct", "equivalent"),
    (B % "1 + 3 + ... + (2n+1)", "n^2", "incorrect", "not_equivalent"),
    # ... on the reference's side
    (B % "2^n-1", "1+2+4+\\ldots+2^{n-1}", "correct", "equivalent"),
    # plain TeX's infix fraction and binomial; a binomial beside another is their product
    (B % "2\\times {2^n-1\\over 2-1}", "2^{n+1}-2", "correct", "equivalent"),
    (
        B % "\\dfrac{ { {13} \\choose {3} } { {39} \\choose {4} } } { { {52} \\choose {7} } }",
        "0.176",
        "correct",
        "equal_rounded",
    ),
    (B % "3-3i", "3\\sqrt2cis({7\\pi\\over4})", "correct", "equivalent"),
    (B % "-3+3i", "3\\sqrt2cis({7\\pi\\over4})", "incorrect", "not_equivalent"),
    # a sum whose upper bound repeats the index
    (B % "\\sum _{i=1}^{i=n-1} i", "\\frac{n(n-1)}{2}", "correct", "equivalent"),
    # TeX's `\\space` before a unit
    (B % "17.43^\\circ", "0.30417801\\space\\text{radians}", "correct", "equal_rounded"),
    # decimal commas on both sides, one with more digits: one writer's decimals, not two lists
    (B % "0,3200", "0,32", "correct", "equal_number"),
    (B % "0,3300", "0,32", "incorrect", "different_number"),
    (B % "1,2", "2,1", "correct", "equal_structure"),
    # names of times and masses in Russian, Indonesian and Vietnamese
    (B % "120 мин", "2 часа", "correct", "equal_number"),
    (B % "0,9 часа", "54 минуты", "correct", "equal_number"),
    (B % "6300 кг", "6 т 3 ц", "correct", "equal_number"),
    (B % "0,5 jam", "30 menit", "correct", "equal_number"),
    (B % "0,5 jam", "20 menit", "incorrect", "different_number"),
    (B % "2,5 năm", "30 tháng", "correct", "equal_number"),
    # products of matrices keep their order; an inverted or transposed bracket reverses it
    (B % "A^{-1}B^{-1}", "B^{-1}A^{-1}", "incorrect", "not_equivalent"),
    (B % "(AB)^{-1}", "B^{-1}A^{-1}", "correct", "equivalent"),
    (B % "A^TB^T", "(BA)^T", "correct", "equivalent"),
    (B % "A^TB^T", "(AB)^T", "incorrect", "not_equivalent"),
    (B % "A^{-1}AB", "B", "correct", "equivalent"),
    # ... without an inverse or a transpose, capitals may be numbers that commute
    (B % "AB", "BA", "correct", "equivalent"),
    # infinity as WeBWorK and programs type it
    (B % "INF", "\\infty", "correct", "equal_string"),
    (B % "MINF", "-\\infty", "correct", "equal_string"),
    (B % "(-inf, 3)", "(-\\infty,3)", "correct", "equal_string"),
    (B % "INF", "-\\infty", "incorrect", "not_equivalent"),
    # infinitely many, in words
    (B % "infinitely many solutions", "infinite solutions", "correct", "equal_string"),
    (B % "no solution", "infinitely many solutions", "incorrect", "not_equivalent"),
    # roots in words, with or without "of", abbreviated
    (
        B % "(sq. rt of 6 + sq rt of 2)/4",
        "\\frac{\\sqrt{6} + \\sqrt{2}}{4}",
        "correct",
        "equivalent",
    ),
    (B % "4 square root 18", "12 x √2", "correct", "equivalent"),
    (B % "4 square root 18", "12 x √3", "incorrect", "not_equivalent"),
    # a capitalised call with a space before its bracket
    (B % "cos^2x-sin^2x", "Cos (2x)", "correct", "equivalent"),
    (B % "sin^2x", "Cos (2x)", "incorrect", "not_equivalent"),
    # `x` as a times sign beside a square
    (B % "2 x 2 x 5 x 7", "2² x 5 x 7", "correct", "equal_number"),
    (B % "2 x 2 x 5 x 7", "2² x 5 x 5", "incorrect", "different_number"),
    # integer families: the parameter renamed, a whole step apart, or as a congruence
    (B % "x = 5 + 6n, \\;\\; n\\in \\mathbb{Z}", "x=6k+5", "correct", "equal_residue"),
    (B % "x = 11 + 6n", "x=6k+5", "correct", "equal_residue"),
    (B % "x = 6 + 6n", "x=6k+5", "incorrect", "not_equivalent"),
    (B % "x \\equiv -1 \\pmod 6", "x=6k+5", "correct", "equal_residue"),
    (B % "x \\equiv 4 \\pmod 6", "x=6k+5", "incorrect", "different_residue"),
    # ... but a formula in n keeps its n, and `i` is the imaginary unit
    (B % "a_n = 3n+2", "a_n=3n+5", "incorrect", "not_equivalent"),
    (B % "3+2i", "5+2i", "incorrect", "not_equivalent"),
    # a number times a matrix of nested lists, or the matrix over a number
    (B % "[[2/13,-5/13],[3/13,-1/13]]", "1/13[[2,-5],[3,-1]]", "correct", "equal_structure"),
    (B % "([[2,-5],[3,-1]])/13", "1/13[[2,-5],[3,-1]]", "correct", "equal_structure"),
    (B % "1/13[[2,-5],[3,-2]]", "[[2/13,-5/13],[3/13,-1/13]]", "incorrect", "different_element"),
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
