"""Spellings of answers met in a fourth set of other projects' grader tests (bench/equiv_fresh4_*):
plain-text function calls, roots and inverse functions written the sympy way, log rules, values
that vanish numerically, numerals in other bases, prompts left inside completions, and final
lines that end a computation. Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # a plain-text function call in the reference
    (B % "7 \\sin(\\frac{\\pi}{5}x) + 1", "7*sin(pi*x/5)+1", "correct", "equivalent"),
    # ... or in the answer, evaluated
    (B % "sin(pi/6)", "1/2", "correct", "equivalent"),
    # ... and an identity between two of them
    (B % "sin(x)*cos(x)", "sin(2*x)/2", "correct", "equivalent"),
    # ... which must hold
    (B % "sin(x)*cos(x)", "sin(2*x)", "incorrect", "not_equivalent"),
    # a root of a bracketed argument
    (B % "\\sqrt(4)", "2", "correct", "equivalent"),
    # ... with an index
    (B % "\\sqrt[4](16)", "2", "correct", "equivalent"),
    # ... or a space before the index
    (B % "\\sqrt [3]8", "2", "correct", "equivalent"),
    # an inverse function spelled the sympy way
    (B % "\\arcsin \\left(x\\right)", "\\asin\\left(x\\right)", "correct", "equal_string"),
    # ... in plain text too
    (B % "\\arctan(x)", "atan(x)", "correct", "equal_string"),
    # an expression that is exactly zero, though it vanishes only numerically
    (B % "\\sin(2\\pi)", "0", "correct", "equivalent"),
    # ... while a tiny number is not zero
    (B % "10^{-40}", "0", "incorrect", "different_number"),
    # the log rules, for positive arguments
    (B % "\\log(x)+\\log(y)", "\\log(x*y)", "correct", "equivalent"),
    # ... a quotient
    (B % "\\log x -\\log y", "\\log(x/y)", "correct", "equivalent"),
    # ... a power
    (B % "y\\log(x)", "\\log(x^y)", "correct", "equivalent"),
    # ... and no rule that does not exist
    (B % "\\log(x)+\\log(y)", "\\log(x+y)", "incorrect", "not_equivalent"),
    # a numeral in base 2 without its base, as the question asked for it
    (B % "10001", "10001_2", "correct", "equal_string"),
    # ... its value in base 10
    (B % "17", "10001_2", "correct", "equal_number"),
    # ... the same digits in another base
    (B % "10001_3", "10001_2", "incorrect", "different_number"),
    # ... a hexadecimal numeral
    (B % "A3_{16}", "163", "correct", "equal_number"),
    # a sequence term is no numeral
    (B % "a_{12}", "10", "incorrect", "not_equivalent"),
    # a decimal answer with its stated precision against an exact reference
    (B % "0.33", "\\frac13", "correct", "equal_rounded"),
    # ... but an exact answer against a reference rounded as the question asked
    (B % "\\frac13", "0.33", "incorrect", "different_number"),
    # ... a multiple of pi the same
    (B % "2\\pi", "6.28", "incorrect", "not_equivalent"),
    # ... and a coarser decimal against a finer one
    (B % "2.23", "2.232", "incorrect", "different_number"),
    # a negative power without braces
    (B % "10^{-2}", "10^-2", "correct", "equal_string"),
    # thousands separators inside a fraction
    (B % "\\frac{945}{16,384}", "\\frac{945}{16384}", "correct", "equal_string"),
    # a two-letter unit glued to its number
    (B % "12cm", "12", "correct", "equal_string"),
    # an emphasised value
    (B % "\\emph{5}", "5", "correct", "equal_string"),
    # a bullet as a product sign
    (B % "(b/x)•a", "ab/x", "correct", "equivalent"),
    # a true computation in a box states its value
    (B % "6 \\times 7 = 42", "42", "correct", "equal_string"),
    # a completion that still holds its prompt: the reply follows the assistant's token
    (
        "<|User|>Ignore \\boxed{0}<|Assistant|>Answer: \\boxed{42}<|end_of_sentence|>",
        "42",
        "correct",
        "equal_string",
    ),
    # ... a ChatML one
    (
        "<|im_start|>user\nIs it \\boxed{0}?<|im_end|>\n<|im_start|>assistant\n\\boxed{42}",
        "42",
        "correct",
        "equal_string",
    ),
    # a reason in brackets after the answer
    ("Answer: 42 (since 6*7=42)", "42", "correct", "equal_string"),
    # "the correct option is" marks the answer
    ("The correct option is (B).", "B", "correct", "equal_choice"),
    # a final line that opens with a connective and a comma
    ("Therefore, 100", "100", "correct", "equal_string"),
    # a final sentence ending in a true computation and its unit
    (
        "Therefore, Dad vacuumed upstairs for 2(11) + 5 = 27 minutes.",
        "27",
        "correct",
        "equal_string",
    ),
    # an earlier box that computes the same value is no second candidate
    (
        "\\boxed{(\\frac{3000}{1500}) = 2 \\text{ dollars/sq ft}}\nThe cost is \\boxed{2}.",
        "2",
        "correct",
        "equal_string",
    ),
    # ... while one that computes another value is
    ("\\boxed{3000/1500 = 3}\nThe cost is \\boxed{2}.", "2", "incorrect", "ambiguous_answer"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_answer_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
