"""Forms met at stop 41 (the seventy-seventh sets of web pages onwards, and the misses of earlier
sets they recalled): a reference that writes an absolute value inside a logarithm answers for
values of either sign, so a prediction without it answers less (`unknown`, `narrower_domain`);
and a closing sentence whose final step names a function of plain numbers written without TeX
(`so log₂(1024) = 10.`); from the seventy-seventh to eightieth sets, real odd roots of negatives
(`∛(-16)`), percentage points against percent, TeX's decimal comma `{,}` and SI groups of
decimals, Korean fractions (`99분의3`), the empty set in Italian and Dutch, points in polar
coordinates, British times (`11.15am`) and times against ratios (`2:3` is no `2:03`), a primed
constant of integration (`+ C'`) and a function's argument in square brackets (`ln [ sec x ]`);
from the eighty-first to eighty-third, logs with a base (`\\frac{1}{2}\\log_{10} 25`, whose 25
latex2sympy's normalisation split, and `log_(3/2)(2)`), AsciiMath's `uu` and `vv`, WeBWorK's
`NONE`, set-builder with a colon, and Brazilian powers of ten (`3,29 .10²`); from the misses of
all sets read again, a number times a tuple (`\\frac{1}{\\sqrt{14}}(2,1,-3)`) and a log without a
base, common unless e stands beside it or the other side writes `ln`; an inequality chain with
letters for bounds against an interval (`a < x \\leq b` for `(a, b]`) and a function's name set
as text (`\\text{ ln}(4)`, `\\operatorname{ln}`); lines in vector form with another point or
direction (`(1,2,2) + t(-1,-2,0)` for `(0,0,2) + s(1,2,0)`). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # a log without the reference's absolute value: undefined where the reference is not
    (B % "ln(x+2)+C", "ln|x+2|+C", "unknown", "narrower_domain"),
    (B % "2\\log x", "2\\log |x|", "unknown", "narrower_domain"),
    # ... but the absolute value in the answer only, or around a positive argument, is fine
    (B % "\\ln|x|", "\\ln x", "correct", "equivalent_numeric"),
    (B % "log(x^2+3) + C", "log|x^2+3| + C", "correct", "equivalent_numeric"),
    (B % "\\log (x^2)", "2\\log|x|", "correct", "equivalent_numeric"),
    # ... and a wrong antiderivative stays wrong
    (B % "\\ln(x+3)+C", "\\ln|x+2|+C", "incorrect", "not_equivalent"),
    # a closing computation: a named function of plain numbers, then its value
    (T % "1024 is 2^10, so log₂(1024) = 10.", "10", "correct", "equal_string"),
    (T % "We know 7^2=49, so sqrt(49) = 7.", "7", "correct", "equal_string"),
    (T % "1024 is 2^10, so log_2(1024) = 11.", "10", "incorrect", "different_number"),
    # ... a function of a variable there is not a computation
    (T % "It is 3, so sqrt(x) = 7.", "7", "incorrect", "no_answer"),
    # an odd root of a negative term is the real root
    (B % "\\sqrt[3]{-16}", "-2\\sqrt[3]{2}", "correct", "equivalent"),
    (B % "∛(- 128)", "- 4∛2", "correct", "equivalent"),
    (B % "\\sqrt[3]{-16}", "2\\sqrt[3]{2}", "incorrect", "not_equivalent"),
    # ... an even root of a negative number is not real
    (B % "\\sqrt[4]{-16}", "2", "incorrect", "not_equivalent"),
    # percentage points against percent: either may be meant
    (B % "5 percentage points", "5\\%", "unknown", "percent_unclear"),
    (B % "5 prosenttia", "5 prosenttiyksikköä", "unknown", "percent_unclear"),
    (B % "5", "5 percentage points", "correct", "equal_string"),
    # TeX's decimal comma before a power of ten or after a leading zero; `1{,}000` groups
    (B % "-345{,}2", "-3{,}452 \\cdot 10^{2}", "correct", "equal_number"),
    (B % "0{,}125", "1/8", "correct", "equal_number"),
    (B % "12{,}500", "12500", "correct", "equal_string"),
    # SI groups of decimals, after a point or a decimal comma
    (B % "0,000\\ 000\\ 08", "8*10^-8", "correct", "equal_number"),
    (B % "0.000 000 08", "8*10^-7", "incorrect", "different_number"),
    # a decimal comma after a lone zero, before a unit
    (B % "0,041 m", "41 mm", "correct", "equal_number"),
    # Korean fractions, denominator first
    (B % "99분의3", "1/33", "correct", "equal_number"),
    (B % "3분의 2", "1/3", "incorrect", "different_number"),
    # the empty set named in Italian or Dutch
    (B % "insieme vuoto", "\\{ \\}", "correct", "equivalent"),
    (B % "lege verzameling", "\\{3\\}", "incorrect", "not_equivalent"),
    # one point in polar coordinates: another turn, or the opposite radius half a turn on
    (B % "(3 , 5π/3)", "(3 , -π/3)", "correct", "equal_structure"),
    (B % "(-3, 60^{\\circ})", "(3, 240^{\\circ})", "correct", "equal_structure"),
    (B % "(-3, π/3)", "(3, π/3)", "incorrect", "different_element"),
    # a British time with a stop, and a time of day against a ratio
    (B % "11.15am", "11:15 am", "correct", "equal_string"),
    (B % "2:3", "2:03", "incorrect", "different_element"),
    (B % "4:6", "2:3", "correct", "equivalent"),
    # a primed constant of integration is the constant renamed, a primed function is not
    (
        B % "\\frac {\\tan^2 \\theta} 2 + C",
        "\\frac {\\sec^2 \\theta} 2 + C'",
        "correct",
        "equivalent_up_to_constant",
    ),
    (B % "f'(x)", "f(x)", "incorrect", "different_prime"),
    # a named function's argument in square brackets
    (B % "ln [ 1 / cos(x) ] + c", "-ln[ cos(x) ] + c", "correct", "equivalent"),
    # a log with a base of digits before digits, inside a fraction or after one
    (B % "{\\log_{10} 10 \\over \\log_{10} 3} + 1", "\\log_3 30", "correct", "equivalent"),
    (B % "\\frac{1}{2}\\log_{10} 25", "\\log_{10} 5", "correct", "equivalent"),
    (B % "\\frac{1}{2}\\log_{10} 25", "\\log_{10} 25", "incorrect", "not_equivalent"),
    # a plain-text base in brackets
    (B % "log_(3/2)(2)", "ln(2)/(ln(3) - ln(2))", "correct", "equivalent"),
    # AsciiMath's union and "or"; WeBWorK's NONE; set-builder with a colon
    (B % "x<-2 or x>2", "(-oo,-2)uu(2,oo)", "correct", "equivalent"),
    (B % "x < -2 vv x > 2", "(-oo,-2)uu(2,oo)", "correct", "equivalent"),
    (B % "NONE", "\\{\\}", "correct", "equivalent"),
    (B % "{x | x > 1}", "{x : x > 0}", "incorrect", "not_equivalent"),
    (B % "{x | x > 0}", "{x : x > 0}", "correct", "equal_string"),
    # a stop apart before a power of ten is a times sign; a decimal comma before superscripts
    (B % "329", "3,29 .10²", "correct", "equal_number"),
    (B % "0,000571", "5,71 .10⁻⁴", "correct", "equal_number"),
    (B % "1,2 · 10³", "1,2", "incorrect", "different_number"),
    # a number times a tuple against the tuple written out
    (
        B % "\\frac{1}{\\sqrt{14}}(2,1,-3)",
        "(2/\\sqrt{14}, 1/\\sqrt{14}, -3/\\sqrt{14})",
        "correct",
        "equal_structure",
    ),
    (B % "\\frac{1}{5}(3, -4)", "(3/5, 4/5)", "incorrect", "different_element"),
    (B % "f(1,2)", "(1,2)", "incorrect", "not_equivalent"),
    # a log without a base: common as TeX's `\\log` and school keys read it (pH, decibels) ...
    (B % "-log( 0.044 )", "1.36", "correct", "equal_rounded"),
    (B % "log(10) - log(2)", "1 - log(2)", "correct", "equivalent"),
    (B % "log(4 x)", "\\log(4x)", "correct", "equal_string"),
    # ... natural beside e, or where the other side writes ln
    (B % "x", "log(exp(x))", "correct", "equivalent"),
    (B % "2*log(x) + log(y) - 1", "log(x^2*y/exp(1))", "correct", "equivalent"),
    (B % "x^x(\\log(x)+1)", "x^x(\\ln(x)+1)", "correct", "equal_string"),
    (B % "\\log 3", "\\ln 2", "incorrect", "not_equivalent"),
    # an inequality chain with letters for bounds against an interval
    (B % "a < x <= b", "(a, b]", "correct", "equivalent"),
    (B % "a < x < b", "[a, b)", "incorrect", "not_equivalent"),
    (B % "x>a", "(a,∞)", "correct", "equivalent"),
    (B % "x<a", "(a,∞)", "incorrect", "different_structure"),
    (B % "b > x > a", "(a,b)", "correct", "equivalent"),
    # a function's name set as text or an operator name
    (B % "\\operatorname{ln}(4)", "2\\ln 2", "correct", "equivalent"),
    (B % "1/4(\\pi-2\\text{ ln}(2))", "1/4(\\pi-\\text{ ln}(4))", "correct", "equivalent"),
    (B % "\\mathrm{ln}(5)", "2\\ln 2", "incorrect", "not_equivalent"),
    # one line in vector form: parallel directions, the points' difference along them
    (B % "(1,2,2) + t(-1,-2,0)", "(0,0,2) + t(1,2,0)", "correct", "equivalent"),
    (B % "r=(1,2,2)+\\lambda(-1,-2,0)", "(x,y,z)=(3,6,2)+t(2,4,0)", "correct", "equivalent"),
    (B % "(1,2,2) + t(-1,-2,0)", "(1,2,3) + s(-1,-2,0)", "incorrect", "not_equivalent"),
    (B % "(1,2,2) + t(1,2,1)", "(0,0,2)+t(1,2,0)", "incorrect", "not_equivalent"),
    # a comma before 或 ("or") only sets it off
    (B % "{x丨x<1,或x≥2}", "(-∞,1)∪[2,+∞)", "correct", "equivalent"),
    (B % "{x丨x<1,或x≥3}", "(-∞,1)∪[2,+∞)", "incorrect", "not_equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop41_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
