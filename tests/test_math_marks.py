"""Marks met in a sixty-fourth set of web pages (bench/equiv_fresh64_*): TeX's negative space in
E notation, an empty `\\text{ }` as a space, an abbreviation's stop before another word of a unit
(`sq. ft`), a base named in words (`23 (base 5)`), a unit's power whose superscript was lost
after a space (`m s -1`), AsciiMath's bar and dot over repeating digits, minutes and seconds of
an angle as TeX superscripts, and values in two units that meet at the precision both state;
from the sixty-fifth set, a family of solutions whose integer parameter runs the other way
(`\\frac{\\pi}{4} - k\\pi`) and a glued `lnx` beside a typed star; from the sixty-sixth, metric
units with a lower-case litre and prefix words (`dl`, `hectogram`), newton centimetres, one
writer's decimal comma on both sides, an integer family against a congruence and a repeating
decimal with a decimal comma; from the misses of the fiftieth to sixty-sixth sets, numbers in words
before two names of units, TeX's `\\limits`, a stop as a times sign, Cyrillic units and money over
time. Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # E notation with TeX's negative thin spaces around its minus
    (B % "2.5437065e\\!−\\!5", "2.5437065\\times10^{-5}", "correct", "equal_string"),
    (B % "2.5e\\!-\\!5", "0.000025", "correct", "equal_number"),
    (B % "2.5e\\!-\\!5", "0.00025", "incorrect", "different_number"),
    # an empty text block typed as a space inside an interval
    (B % "[0, 7]", "[0,{\\text{ }}7]", "correct", "equal_string"),
    (B % "[0, 6]", "[0,{\\text{ }}7]", "incorrect", "different_element"),
    # a stop after an abbreviation before the next word of the unit
    (B % "2.5 sq. ft", "360 sq. in.", "correct", "equal_number"),
    (B % "5 sq. yd", "45 sq. ft.", "correct", "equal_number"),
    (B % "5 sq. yd", "15 sq. ft.", "incorrect", "different_number"),
    # the base in words after the digits, in brackets or not
    (B % "23 (base 5)", "13", "correct", "equal_number"),
    (B % "1011 in base 2", "1011_2", "correct", "equal_number"),
    (B % "24 (base 5)", "13", "incorrect", "different_number"),
    # ... a word that merely contains `base` is no numeral
    (B % "database", "base", "incorrect", "different_text"),
    # a unit's power after a space, its superscript lost: `m s -1` is m/s (a mark scheme that
    # neglects units accepts the number)
    (B % "6 m/s", "6 m s -1", "correct", "equal_string"),
    (B % "7", "6 m s -1", "incorrect", "different_number"),
    # AsciiMath's bar and dot over the repeating digits
    (B % "0.1bar(6)", "1/6", "correct", "equal_number"),
    (B % "0.16bar6", "1/6", "correct", "equal_number"),
    (B % "0.22dot2", "2/9", "correct", "equal_number"),
    (B % "0.1bar(3)", "1/6", "incorrect", "different_number"),
    (B % "0.1dot7", "1/6", "incorrect", "different_number"),
    # minutes and seconds of an angle as TeX superscripts of a quote and a double quote
    (B % "61^{\\circ} 14^{'} 24^{\"}", "61.24^{\\circ}", "correct", "equal_number"),
    (B % "61^{\\circ} 14^{'} 54^{\"}", "61.24^{\\circ}", "incorrect", "different_number"),
    # two units meet at the precision both state (three significant digits or more)
    (B % "88.5 km/h", "24.6 m/s", "correct", "equal_rounded"),
    (B % "55\\:\\frac{mi}{h}", "88.5\\:\\frac{km}{h}", "correct", "equal_rounded"),
    (B % "24.6 m/s", "88.5 km/h", "correct", "equal_rounded"),
    (B % "24.5 m/s", "88.5 km/h", "incorrect", "different_number"),
    (B % "25 m/s", "88.5 km/h", "incorrect", "different_number"),
    # a family of solutions with its integer parameter negated is the same set
    (B % "\\frac{\\pi}{4}-k\\pi", "\\frac{\\pi}{4}+k\\pi", "correct", "equivalent"),
    (B % "\\dfrac{\\pi(1-4m)}4", "\\dfrac{\\pi(1+4n)}4", "correct", "equivalent"),
    # ... but not with another step, another start, or without pi (a sequence's n-th term)
    (B % "\\frac{\\pi}{4}-2k\\pi", "\\frac{\\pi}{4}+k\\pi", "incorrect", "not_equivalent"),
    (B % "-\\frac{\\pi}{4}-k\\pi", "\\frac{\\pi}{4}+k\\pi", "incorrect", "not_equivalent"),
    (B % "3-2n", "3+2n", "incorrect", "not_equivalent"),
    # `lnx` glued is ln x also where a typed star became `\\cdot`
    (B % "[(x^2)/2]lnx - 1/2 * (x^2)/2 +C", "[(x^2)(2lnx -1)]/4 +C", "correct", "equivalent"),
    (B % "lnx - 1/2 * (x^2)/2", "\\ln x - x^2/2", "incorrect", "not_equivalent"),
    # litres with a lower-case l after a prefix, prefix words, newton centimetres
    (B % "18 l", "180 dl", "correct", "equal_number"),
    (B % "1,7 cl", "0,0017 dal", "correct", "equal_number"),
    (B % "123 hectogram", "1230000 centigram", "correct", "equal_number"),
    (B % "16 000 Ncm", "160 Nm", "correct", "equal_number"),
    (B % "18 l", "18 dl", "incorrect", "different_number"),
    # ... `fl oz` stays fluid ounces
    (B % "3 fl oz", "3 fl. oz.", "correct", "equal_string"),
    # a decimal comma on one side (`730,1`) makes the other side's single comma one too
    (B % "730,1 g", "7,301 hg", "correct", "equal_number"),
    (B % "7,301 kg", "7301 kg", "correct", "equal_string"),
    # an integer family against a congruence of the same modulus
    (B % "x=60+99k", "x \\equiv -39\\pmod{99}", "correct", "equal_residue"),
    (B % "2+3\\cdot n", "x \\equiv 2 \\pmod{3}", "correct", "equal_residue"),
    (B % "3n+1", "x \\equiv 2 \\pmod{3}", "incorrect", "different_residue"),
    # ... a family of another step is compared modulo both steps: 6n+2 is a part of 2 mod 3
    (B % "6n+2", "x \\equiv 2 \\pmod{3}", "incorrect", "different_residue_classes"),
    # a repeating decimal with a decimal comma (never after a group of three, which may be
    # thousands)
    (B % "0,333...", "1/3", "correct", "equal_number"),
    (B % "1,666...", "5/3", "incorrect", "different_structure"),
    # numbers in words before two or more names of units
    (B % "two hours and thirty minutes", "2.5 hours", "correct", "equal_number"),
    (B % "twenty rupees and fifty paise", "Rs 20.50", "correct", "equal_number"),
    (B % "two hours and twenty minutes", "2.5 hours", "incorrect", "different_number"),
    # `\\limits` only places a sum's bounds
    (B % "\\sum\\limits_{k = 1}^{55} {(5 + 2k)}", "3355", "correct", "equivalent"),
    # a stop before a bracket with a letter or an operation is a times sign; with digits alone,
    # a repeating decimal
    (B % "2.(x-3)", "2x-6", "correct", "equivalent"),
    (B % "3.(2+1)", "9", "correct", "equal_number"),
    (B % "2.(3)", "7/3", "correct", "equal_number"),
    (B % "2.(x-3)", "2x-3", "incorrect", "not_equivalent"),
    # ... and a stop between a letter and a named function
    (B % "2sinx.cosx", "sin(2x)", "correct", "equivalent"),
    (B % "2sinx.cosx", "cos(2x)", "incorrect", "not_equivalent"),
    # set-builder notation with TeX spaces around its bar
    (B % "\\{y\\in \\mathbb{R}\\ |\\ y\\geq 0\\}", "[0,\\infty)", "correct", "equivalent"),
    # thousands grouped inside a product
    (B % "10*(362,880)", "3,628,800", "correct", "equal_number"),
    (B % "10*(362,880)", "362,880", "incorrect", "different_number"),
    # AsciiMath's degree sign
    (B % "2.5^@", "2^@30'", "correct", "equal_number"),
    # Cyrillic units after a value (`км/ч`) stand apart as Latin ones do
    (B % "V = 30 км/ч", "30 км/ч", "correct", "equal_string"),
    (B % "V = 31 км/ч", "30 км/ч", "incorrect", "different_number"),
    # money over time: a dollar sign before a rate, a rate as a TeX fraction
    (B % "5 dollars per hour", "\\$5/hr", "correct", "equal_string"),
    (B % "\\$5/\\text{hr}", "\\frac{\\$5}{\\text{hr}}", "correct", "equal_string"),
    (B % "\\$120/day", "\\frac{\\$5}{\\text{hr}}", "correct", "equal_number"),
    (B % "\\$6/hr", "\\frac{\\$5}{\\text{hr}}", "incorrect", "different_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_fresh64_marks(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
