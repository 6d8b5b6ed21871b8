"""The kinds of answer equivalence issue 12 found missing (approximations, units glued to the
number, times of day, inequalities as intervals, matrices, products by juxtaposition, mixed
numbers, degrees in trig functions, complex products, systems, tuples as several boxes, number
words after a box, ordered pairs). One comment per case, verdict and reason asserted."""

from __future__ import annotations

import pytest
from curate.judges.math import MathJudge

from tests.helpers import judge_rows

B = "</think>\\boxed{%s}"

# ---- the kinds of equivalence the issue found missing ----------------------------------------
KINDS = [
    # approximation with stated precision against a multiple of pi
    (B % "6.28", "2\\pi", "correct", "equal_rounded"),
    # approximation against an exact fraction
    (B % "0.667", "\\frac{2}{3}", "correct", "equal_rounded"),
    # a unit glued to the number
    (B % "10weeks", "10", "correct", "equal_string"),
    # a time of day with seconds
    (B % "20:34", "20:34:00", "correct", "equal_string"),
    # a time of day with P.M.
    (B % "08:34 P.M.", "20:34", "correct", "equal_string"),
    # an inequality against the same set as an interval
    (B % "m \\ge \\sqrt2", "[\\sqrt2, \\infty)", "correct", "equivalent"),
    # f(x) = ... against y = ...
    (B % "f(x)=2x+1", "y=2x+1", "correct", "equivalent"),
    # a matrix with \left( \right) against the plain environment
    (
        B % "\\left(\\begin{matrix}1&2\\\\3&4\\end{matrix}\\right)",
        "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
        "correct",
        "equal_structure",
    ),
    # a product by juxtaposition
    (B % "2^6 3^5", "2^6 \\cdot 3^5", "correct", "equal_string"),
    # a mixed number
    (B % "1 1/2", "\\frac{3}{2}", "correct", "equal_string"),
    # degrees inside a trig function
    (B % "\\sin 30^\\circ", "\\frac12", "correct", "equivalent"),
    # a complex product
    (B % "i(2-i)", "1+2i", "correct", "equivalent"),
    # e^{i pi}
    (B % "e^{\\pi i}", "-1", "correct", "equivalent"),
    # a tuple answered as several boxed equations
    ("</think>\\boxed{x_1 = 1}, \\boxed{x_2 = 2}", "(1, 2)", "correct", "equal_structure"),
    # an ordered pair whose order matters
    (B % "(2, 1)", "(1, 2)", "incorrect", "different_element"),
    # a number-word answer line after a boxed answer
    ("</think>\\boxed{4}\n\nAnswer: four", "4", "correct", "equal_string"),
    # a magnitude word scales
    (B % "3 \\text{ million}", "3000000", "correct", "equal_string"),
    # a unit word is dropped
    (B % "18 sandwiches", "18", "correct", "equal_string"),
    # a decimal cut (not rounded) to its stated places
    (B % "125.663", "40\\pi", "correct", "equal_rounded"),
    # a system of equations in a cases environment, decimals at stated precision
    (
        B % "\\begin{cases} a+b=0.5\\\\ a-b=1.732\\end{cases}",
        "\\begin{cases} a+b=\\frac12 \\\\ a-b=\\sqrt3 \\end{cases}",
        "correct",
        "equal_structure",
    ),
    # a one-column matrix against a list
    (B % "[0.5, 1]", "\\begin{matrix} \\frac12 \\\\ 1 \\end{matrix}", "correct", "equal_structure"),
    # ... whose order matters
    (
        B % "[1, 0.5]",
        "\\begin{matrix} \\frac12 \\\\ 1 \\end{matrix}",
        "incorrect",
        "different_element",
    ),
    # an escaped environment (doubled backslashes)
    (
        B % "\\\\begin{pmatrix} 1 \\\\\\\\ 2 \\\\end{pmatrix}",
        "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}",
        "correct",
        "equal_string",
    ),
    # a box whose closing brace is escaped
    ("</think>The answer is $\\boxed{5\\}$.", "5", "correct", "equal_string"),
    # a glued unit symbol against a plain number is that number of units (read as a variable,
    # `10m` could never equal a number); a letter that is no unit stays a variable
    (B % "10m", "10", "correct", "equal_string"),
    (B % "10x", "10", "incorrect", "not_equivalent"),
    # an English word glued after the number names what is counted; letters that are no word
    # multiply variables
    (B % "10apples", "10", "correct", "equal_string"),
    (B % "4xyz", "4", "incorrect", "not_equivalent"),
    # degrees inside a trig argument with a variable
    (B % "\\sin(90^{\\circ}-x)", "\\cos(x)", "correct", "equivalent"),
    # a dollar sign with a country's letters (Singapore, Brazil with a decimal comma)
    (B % "S$46", "46", "correct", "equal_string"),
    (B % "R$ 12,50", "1250/100", "correct", "equal_number"),
    # two amounts in pounds joined by "and" against the list
    (B % "£1,200 and £800", "1200, 800", "correct", "equal_string"),
    # a bound on f(x) against the same bound on y, either side first
    (B % "3 \\le f(x)", "y \\ge 3", "correct", "equivalent"),
    # a computation between grouped numbers, its result rounded as shown
    ("</think>So the ratio is 1,469,502 / 2,213,556 = 0.66.", "0.66", "correct", "equal_string"),
    # Unsloth's `<SOLUTION>` answer tag, like R1's `<answer>`
    (
        "<start_working_out>2+2=4<end_working_out><SOLUTION>4</SOLUTION>",
        "4",
        "correct",
        "equal_string",
    ),
    # a Romanian "and" in a reference list
    (B % "\\{2, 3\\}", "2 și 3", "correct", "equal_structure"),
    # a Romanian "or" between two answers is a hedge, never the last value
    (B % "2 sau 3", "3", "incorrect", "different_structure"),
    # a decimal comma against a reference that assigns the value
    (B % "1,5", "x=\\frac{3}{2}", "correct", "equal_number"),
    # one letter named in the other case
    (B % "x = 5", "X=5", "correct", "equal_string"),
    # a time of day in Chinese (hour 点, minute 分)
    (B % "7点45分", "7:45", "correct", "equal_string"),
    # an angle in degrees and minutes, the minutes marked with a prime or an apostrophe
    (B % "149°35'", "149°35′", "correct", "equal_string"),
    (B % "149.5833°", "149°35′", "correct", "equal_within_tolerance"),
    # a low comma (U+201A) groups thousands like a comma
    (B % "1‚234", "1,234", "correct", "equal_string"),
    # a closing clause that excludes one value leaves the expression
    (B % "x + 1, \\quad x \\neq 1", "x+1", "correct", "equal_string"),
    # the one variable written in the other case
    (B % "6(X + 2)", "6(x+2)", "correct", "equal_string"),
    # a series to an order (a closing Landau term) against its polynomial; a remainder that
    # hides a term is no polynomial
    (B % "e^x = 1 + x + \\frac{x^2}{2} + O(x^3)", "1+x+x^2/2", "correct", "equivalent"),
    (B % "1 + O(x)", "1+x", "incorrect", "not_equivalent"),
    # "no solution" in words, in English or Chinese, is the empty set
    (B % "There are no real solutions.", "\\emptyset", "correct", "equivalent"),
    (B % "no solution", "无解", "correct", "equal_string"),
    # ... in Russian, German and Vietnamese too
    (B % "нет решений", "\\emptyset", "correct", "equivalent"),
    (B % "keine Lösung", "\\varnothing", "correct", "equivalent"),
    (B % "vô nghiệm", "no solution", "correct", "equal_string"),
    # an amount in Chinese numerals with 元 (yuan); ringgit written RM
    (B % "三百七十二元", "372", "correct", "equal_string"),
    (B % "RM36.00", "36", "correct", "equal_number"),
    # a pictograph after the answer carries no value
    (B % "5🎉", "5", "correct", "equal_string"),
    # named values in a list, one of them grouped in thousands
    (B % "HCF = 36, LCM = 7,560", "36, 7560", "correct", "equal_structure"),
    # an unknown function sympy cannot evaluate (Dirichlet's beta): unknown, never a score
    (B % "\\beta(3)", "\\frac{\\pi^3}{32}", "unknown", "undecided"),
    # ... Riemann's zeta it evaluates
    (B % "\\zeta(2)", "\\frac{\\pi^2}{6}", "correct", "equivalent"),
    # antiderivatives, each with its constant of integration, that differ by a constant
    (
        B % "\\frac{\\sec^2x}{2} + C",
        "\\frac{\\tan^2 x}{2} + C",
        "correct",
        "equivalent_up_to_constant",
    ),
    (B % "-\\arccos(x/5) + c", "\\arcsin(x/5) + c", "correct", "equivalent_up_to_constant"),
    (B % "x^3/3 + K", "\\frac{x^3}{3} + C", "correct", "equivalent"),  # the same, renamed
    # ... but not when the difference depends on the variable, or without the constant
    (B % "x^2 + C", "x^2 + 2x + C", "incorrect", "not_equivalent"),
    (B % "\\sin^2 x", "-\\cos^2 x", "incorrect", "not_equivalent"),
    (B % "C", "x + C", "incorrect", "not_equivalent"),
    # square brackets as a group after a factor (an interval keeps its comma)
    (B % "-1/2 [-1 + \\ln(4)]", "\\frac12 - \\ln 2", "correct", "equivalent"),
    (B % "[-1, 1]", "-1 \\le x \\le 1", "correct", "equivalent"),
    # a function glued to its one-letter argument in plain text (`cosh` stays hyperbolic)
    (B % "x + sin^2x", "x + \\sin^2(x)", "correct", "equivalent"),
    (B % "sinx", "\\sin x", "correct", "equal_string"),
    (B % "cost", "\\cos t", "incorrect", "not_equivalent"),  # a word, no call
    # gcd and lcm as programs write them
    (B % "gcd(1071, 462)", "21", "correct", "equivalent"),
    (B % "lcm(-8, 4)", "8", "correct", "equivalent"),
    # ... of letters: the parser would take the polynomial gcd (1), never what is meant
    (B % "\\gcd(a, b)", "1", "incorrect", "unparseable_answer"),
    (B % "\\operatorname{lcm}(a, b)", "ab", "incorrect", "unparseable_answer"),
    # a mixed number with a unit word after it
    (B % "2.5", "2 1/2 inches", "correct", "equal_number"),
    (B % "2.83 hrs", "2 10/12 hours", "correct", "equal_rounded"),
    # a lone dollar sign before an amount is the unit, not half a math delimiter
    (B % "480 cents", "$4.80", "correct", "equal_number"),
    (B % "\\$12", "€12", "unknown", "unknown_unit"),  # two currencies
    # a root after a coefficient in plain text, nested
    (B % "2sqrt(6+2sqrt(5))", "2+2\\sqrt{5}", "correct", "equivalent"),
    # superscript letters and signs: a power
    (B % "2ˣ⁺¹ + 2ˣ⁺¹ - 2", "2^{x+2} - 2", "correct", "equivalent"),
    (B % "2ⁿᵈ", "2", "correct", "equal_string"),  # an ordinal's letters
    # general solutions: arbitrary constants renamed, re-signed or swapped name one family
    (B % "y = C_2e^{-x} - C_1", "y = C_1e^{-x} + C_2", "correct", "equivalent"),
    (B % "y = C_1\\cos x + C_2\\sin x", "y = c_1\\sin x + c_2\\cos x", "correct", "equivalent"),
    # ... but not another family, nor another particular part
    (B % "y = C_1 + C_2 x", "y = C_1 + C_2 x^2", "incorrect", "not_equivalent"),
    (B % "y = C_1e^{-x} + 1", "y = C_1e^{-x} + 2", "incorrect", "not_equivalent"),
    # a constant is arbitrary only beside one variable: in a + b + c, c is a length
    (B % "a + b + 2c", "a + b + c", "incorrect", "not_equivalent"),
    (B % "a + b + c + 5", "a + b + c", "incorrect", "not_equivalent"),
    # ... and a lone C outside a solution may be a given quantity
    (B % "2C + x", "x + C", "incorrect", "not_equivalent"),
    # a decimal whose last digits repeat before an ellipsis is the repeating decimal
    (B % "0.999...", "1", "correct", "equal_number"),
    (B % "0.999...", "0.999", "incorrect", "different_number"),
    (B % "0.142857142857...", "1/7", "correct", "equal_number"),
    (B % "3.14159...", "\\pi", "correct", "equal_within_tolerance"),  # no block repeats: cut
    # Japanese marks: the middle dot as a product, the long-vowel mark as a minus, 【】 as brackets
    (B % "【3(√2ー1)】/3", "\\sqrt{2}-1", "correct", "equivalent"),
    (B % "-(4-3)(2・4-1)", "-7", "correct", "equivalent"),
    # a full stop between brackets, a spelled times after a factorial
    (B % "(a+b).(a-b)", "a^2 - b^2", "correct", "equivalent"),
    (B % "7! x 2", "10,080", "correct", "equivalent"),
    # combinations in schoolbook, calculator and plain-TeX notation
    (B % "{}^{10}C_3", "120", "correct", "equivalent"),
    (B % "_{10}C_{3}", "\\binom{10}{3}", "correct", "equal_string"),
    (B % "{5 \\choose 2}", "10", "correct", "equivalent"),
    (B % "{5 \\choose 2}", "20", "incorrect", "not_equivalent"),
    # set algebra and propositional formulas, compared by truth tables
    (B % "A \\cap B", "B \\cap A", "correct", "equivalent"),
    (B % "\\overline{A \\cup B}", "\\overline{A} \\cap \\overline{B}", "correct", "equivalent"),
    (B % "(A \\cup B)^c", "A' \\cap B'", "correct", "equivalent"),  # other complements
    (B % "A \\setminus B", "A \\cap B^c", "correct", "equivalent"),
    (B % "A \\cup B", "A \\cap B", "incorrect", "not_equivalent"),
    (B % "\\neg Q \\rightarrow \\neg P", "P \\to Q", "correct", "equivalent"),  # contrapositive
    (B % "\\neg Q \\to \\neg P", "Q \\to P", "incorrect", "not_equivalent"),  # the converse
    (B % "\\neg(p \\land q)", "\\neg p \\lor \\neg q", "correct", "equivalent"),
    # ... one kind against the other is another structure
    (B % "A \\cap B", "A \\land B", "incorrect", "different_structure"),
    # ... a limit's arrow is no implication
    (
        B % "x \\to \\infty",
        "\\infty \\to x",
        "unknown",
        "unparseable_reference",
    ),  # the values of x against the same roots labelled x_1, x_2, in another order
    (B % "x=-5 \\text{ or } x=0", "x_1 = 0, x_2 = -5", "correct", "equal_structure"),
    # ... a wrong root is still wrong
    (B % "x=-5, x=1", "x_1 = 0, x_2 = -5", "incorrect", "different_element"),
    # ... another letter names another unknown
    (B % "y=-5, y=0", "x_1 = 0, x_2 = -5", "incorrect", "different_element"),
    # ... labelled alike in another order: two unknowns swapped (a system's x_1, x_2)
    (B % "x_1=-5, x_2=0", "x_1 = 0, x_2 = -5", "incorrect", "different_element"),
    # the power of a function written before an argument with a coefficient
    (B % "\\frac16\\sec^2 3x", "\\sec^2(3x)/6", "correct", "equivalent"),
    # cis notation: cos θ + i sin θ
    (B % "2\\operatorname{cis}(\\pi/2)", "2i", "correct", "equivalent"),
    # ... another argument of the same point
    (B % "cis(5pi/4)", "cis(-3pi/4)", "correct", "equivalent"),
    # ... in degrees, with the degree mark
    (B % "2 cis(60°)", "1+\\sqrt3 i", "correct", "equivalent"),
    # ... the conjugate is another number
    (B % "2 cis(60°)", "1-\\sqrt3 i", "incorrect", "not_equivalent"),
    # ... a bare number of no stated unit (degrees or radians?) is left undecided
    (B % "2cis(90)", "2i", "unknown", "undecided"),
    # the polar form r∠θ
    (B % "2 \\angle 30^\\circ", "\\sqrt3+i", "correct", "equivalent"),
    (B % "1∠π/4", "(1+i)/\\sqrt{2}", "correct", "equivalent"),
    # ... with an electrical unit after it, or the angle braced with a raised o for degrees
    (B % "j40", "40∠90° V", "correct", "equivalent"),
    (B % "100\\angle{30^o}", "50\\sqrt3+50i", "correct", "equivalent"),
    # ... an angle named in geometry is no polar form
    (B % "\\angle A = 30^\\circ", "30^\\circ", "correct", "equal_string"),
    # named functions glued to their arguments, one after another
    (B % "sin2a", "2sinacosa", "correct", "equivalent"),
    (B % "secxtanx", "\\sec x\\tan x", "correct", "equal_string"),
    # ... a superscript power of a named function
    (B % "cos²x-sin²x", "1-2sin²x", "correct", "equivalent"),
    (B % "2sin²x", "1+cos2x", "incorrect", "not_equivalent"),
    # ... a word made of a name and a letter is no product (`cost`)
    (B % "cost", "cos t", "incorrect", "not_equivalent"),
    # counts of combinations and permutations against a number
    (B % "C(8,4)", "70", "correct", "equivalent"),
    (B % "C(8,4)", "71", "incorrect", "not_equivalent"),
    (B % "^{5}P_{2}+^{5}P_{3}", "80", "correct", "equivalent"),
    (B % "(8 C 3)(0.4)^3(0.6)^5", "0.27869184", "correct", "equal_within_tolerance"),
    # ... against a point, C(8, 4) is the point C
    (B % "C(8,4)", "(8,4)", "incorrect", "different_structure"),
    # an estimate with its margin names a confidence interval
    (B % "417.39 \\pm 125.72", "(291.67, 543.11)", "correct", "equal_structure"),
    (B % "417.39 \\pm 125.72", "(291.67, 543.12)", "incorrect", "different_element"),
    # ... exact values with a sign are two roots, never an interval
    (B % "\\pm 2", "(-2, 2)", "incorrect", "not_equivalent"),
    # a ratio whose first term is no hour of the day is no time: one proportion
    (B % "39:13", "3:1", "correct", "equivalent"),
    # ... two times of day are never a proportion
    (B % "1:15", "2:30", "incorrect", "different_element"),
    # ... a ratio that reads as a time against one that does not is a ratio
    (B % "10:20", "1:2", "correct", "equivalent"),
    # ratios of three terms, exact fractions among them, in one proportion or not
    (B % "4:6:2", "2:3:1", "correct", "equivalent"),
    (B % "4/3:2:2/3", "2:3:1", "correct", "equivalent"),
    (B % "4:6:3", "2:3:1", "incorrect", "different_element"),
    # a ratio in words is a ratio; against one value, "3 to 5" is a range, no answer
    (B % "60-to-40", "3-to-2", "correct", "equivalent"),
    (B % "4 to 5", "4:5", "correct", "equal_string"),
    (B % "3 to 5", "3/5", "incorrect", "ambiguous_answer"),
    # a chance in words is a fraction (`5 in` alone stays five inches)
    (B % "1 in 20", "0.05", "correct", "equal_number"),
    (B % "9 out of 20", "45%", "correct", "equal_number"),
    (B % "1 in 5", "0.25", "incorrect", "different_number"),
    (B % "5 in", "5 inches", "correct", "equal_string"),
    # ... and two times of day with seconds are times, compared part by part
    (B % "1:10:20", "2:20:40", "incorrect", "different_element"),
    # the empty set typed as `Ø` or as empty plain braces; the set of the empty set is another
    (B % "{ }", "Ø", "correct", "equal_string"),
    (B % "the null set", "the empty set", "correct", "equal_string"),
    (B % "{Ø}", "Ø", "incorrect", "not_equivalent"),
    # Python's imaginary j only in an answer with no other letter
    (B % "(1+2j)*(1-2j)", "5", "correct", "equivalent"),
    (B % "13m-12jk", "(8+5)m-(12j)k", "correct", "equivalent"),
    # a set-builder set typed with plain braces, and Chinese connectives (或 or, 且 and, 并 union)
    (B % "{x|x>1}", "(1,+\\infty)", "correct", "equivalent"),
    (B % "{x|x>1}", "(2,+\\infty)", "incorrect", "not_equivalent"),
    (B % "{x|x<-1或x>2}", "(-\\infty,-1)\\cup(2,+\\infty)", "correct", "equivalent"),
    (B % "[1,50)∪(50,100]", "{x|1≤x≤100且x≠50}", "correct", "equivalent"),
    (B % "(-2,-1)并(2,3)", "-2<x<-1 \\text{ or } 2<x<3", "correct", "equivalent"),
    # ... two groups of braces are no set
    (B % "{1}{2}", "12", "incorrect", "not_equivalent"),
    # engineering's imaginary unit before its coefficient, or alone
    (B % "4 - j2.4", "4-2.4i", "correct", "equal_string"),
    (B % "1 / j", "-i", "correct", "equivalent"),
    (B % "4 - j2.4", "4+2.4i", "incorrect", "not_equivalent"),
    # ... never beside an i: `2i + 3j` is a vector's components, not 5i
    (B % "2i+3j", "5i", "incorrect", "not_equivalent"),
    # counts written in words or with a lowercase c
    (B % "(3 choose 3) * (12 choose 6)", "924", "correct", "equivalent"),
    (B % "c(10,3)", "120", "correct", "equivalent"),
    # a named function's call as an exponent, in plain text
    (B % "e^ln(x^2)", "x^2", "correct", "equivalent"),
    # a falling pair in square brackets is no interval: the point it names
    (B % "[ 8/2, 6/2 ]", "(4, 3)", "correct", "equal_structure"),
    # ... a rising one is an interval, which a point is not
    (B % "[3, 4]", "(3, 4)", "incorrect", "different_structure"),
    # degrees marked with a raised o, an ordinal sign or a ring after the number
    (B % "135^o", "\\frac{3\\pi}{4}", "correct", "equivalent"),
    (B % "135º", "\\frac{3\\pi}{4}", "correct", "equivalent"),
    (B % "210∘", "\\frac{5\\pi}{4}", "incorrect", "not_equivalent"),
    # ... minutes and seconds with Unicode primes; a composition ring stays
    (B % "42° 32′ 24″", "42.54°", "correct", "equal_number"),
    (B % "f∘g", "f∘g", "correct", "equal_string"),
    # `arc tan` spaced, and the French `racine`
    (B % "arc tan 1", "\\frac{\\pi}{4}", "correct", "equivalent"),
    (B % "2/racine(2) + 5", "\\sqrt{2} + 5", "correct", "equivalent"),
    # ... and juxtaposed powers of numbers are still a product
    (B % "2^6 3^5", "2^6 \\cdot 3^5", "correct", "equal_string"),
]


@pytest.mark.parametrize("completion,reference,verdict,reason", KINDS)
def test_equivalence_kinds(completion: str, reference: str, verdict: str, reason: str) -> None:
    assert judge_rows(MathJudge(), [(completion, reference)]) == [(verdict, reason)]


def _with_prompt(prompt: str, completion: str, reference: str) -> tuple[str, str]:
    """(verdict, reason) of one row judged with its prompt."""
    import polars as pl

    frame = pl.DataFrame({"completion": [completion], "reference": [reference], "prompt": [prompt]})
    out = MathJudge().judge(frame)
    return out["verdict"][0], out["judge_reason"][0]


EIGEN = "Find an eigenvector of A for the eigenvalue 2."
# ---- a vector asked for only up to a nonzero multiple (the prompt decides) --------------------
DIRECTIONS = [
    # a multiple of the reference eigenvector, written as a column
    (
        EIGEN,
        B % "\\begin{pmatrix}-3/2\\\\1\\end{pmatrix}",
        "(3, -2)",
        "correct",
        "equal_up_to_scale",
    ),
    # ... in angle brackets, with fractions
    (EIGEN, B % "\\langle \\frac{1}{2}, 1 \\rangle", "(1, 2)", "correct", "equal_up_to_scale"),
    # another direction, or the zero vector, is no eigenvector
    (EIGEN, B % "(2, 5)", "(1, 2)", "incorrect", "different_element"),
    (EIGEN, B % "(0, 0)", "(1, 2)", "incorrect", "different_element"),
    # a normal vector to a plane
    (
        "Give a normal vector to the plane 2x - y + z = 3.",
        B % "(-4, 2, -2)",
        "(2, -1, 1)",
        "correct",
        "equal_up_to_scale",
    ),
    # a unit eigenvector is asked for exactly
    ("Find a unit eigenvector for 2.", B % "(2, 4)", "(1, 2)", "incorrect", "different_element"),
    # without such a question a vector is compared entry by entry
    ("Compute A v.", B % "(2, 4)", "(1, 2)", "incorrect", "different_element"),
]


@pytest.mark.parametrize("prompt,completion,reference,verdict,reason", DIRECTIONS)
def test_direction_from_the_prompt(
    prompt: str, completion: str, reference: str, verdict: str, reason: str
) -> None:
    assert _with_prompt(prompt, completion, reference) == (verdict, reason)


INTEGRAL = "Find $\\int \\tan(3x)\\sec^2(3x)\\,dx$."
# ---- an antiderivative asked for: answers that differ by a constant (the prompt decides) ------
ANTIDERIVATIVES = [
    # tan^2 and sec^2 differ by 1: both antiderivatives
    (
        INTEGRAL,
        B % "\\frac16 \\tan^2(3x)",
        "\\frac16\\sec^2(3x)",
        "correct",
        "equivalent_up_to_constant",
    ),
    # ... the answer writes its constant, the reference does not
    (
        INTEGRAL,
        B % "\\frac{\\tan^2(3x)}{6} + C",
        "\\frac16\\sec^2(3x)",
        "correct",
        "equivalent_up_to_constant",
    ),
    # ... a derivative that is not the integrand's differs by more than a constant
    (INTEGRAL, B % "\\frac13 \\tan^2(3x)", "\\frac16\\sec^2(3x)", "incorrect", "not_equivalent"),
    # ... a reference written with + C asks for one
    (INTEGRAL, B % "x^2/2", "x^2/2 + C", "incorrect", "not_equivalent"),
    # ... a number is no family
    (INTEGRAL, B % "5", "3", "incorrect", "different_number"),
    # bounds fix the value
    (
        "Evaluate $\\int_0^1 x \\ln(x+1)\\,dx$.",
        B % "x - \\ln|x+1|",
        "(x+1) - \\ln|x+1|",
        "incorrect",
        "not_equivalent",
    ),
    # a condition fixes the constant
    (
        "Find the antiderivative F of f(x) = 1 - 1/(x+1) with F(0) = 1.",
        B % "x - \\ln|x+1|",
        "(x+1) - \\ln|x+1|",
        "incorrect",
        "not_equivalent",
    ),
    # the question is another one
    (
        "Simplify the expression.",
        B % "x - \\ln|x+1|",
        "(x+1) - \\ln|x+1|",
        "incorrect",
        "not_equivalent",
    ),
    # an antiderivative in words
    (
        "Find an antiderivative of 1 - 1/(x+1).",
        B % "x - \\ln|x+1|",
        "(x+1) - \\ln|x+1|",
        "correct",
        "equivalent_up_to_constant",
    ),
]


@pytest.mark.parametrize("prompt,completion,reference,verdict,reason", ANTIDERIVATIVES)
def test_antiderivative_from_the_prompt(
    prompt: str, completion: str, reference: str, verdict: str, reason: str
) -> None:
    assert _with_prompt(prompt, completion, reference) == (verdict, reason)
