"""Equivalence cases transcribed from more graders' public test suites (Hendrycks MATH, SkyThought,
open-instruct, Eval360) for bench/collect_equiv.py: each table keeps the suite's own
expectation; `suite_cases_b()` yields them as (source, (repo, path, commit), gold, prediction,
expected, wrap). What was left out, by which rule, is said above each table. slime and AReaL,
also transcribed here at first, are read from equiv_suites_c.py / equiv_suites_a.py (one
transcription per file).

Rows for bench/data/README.md:

| source | repository, path, version | license |
|---|---|---|
| hendrycks-math | hendrycks/math `modeling/math_equivalence_test.py` @ 5f3bf91d13367550bed100240554fd11c25abe48 (`is_equiv(pred, gold)` pairs, all 16) | MIT |
| skythought | NovaSky-AI/SkyThought `tests/evals/util/test_math_parsing.py` @ 0d190f11fd8e885bbe113aeccacba5ccde5b1102 (`math_equal(prediction, reference)`; choice letters and the empty gold left out) and `tests/evals/tasks/test_math.py` @ the same commit (`MathTaskHandler.check_correctness` on whole responses) | Apache-2.0 |
| open-instruct | allenai/open-instruct `open_instruct/test_ground_truth_utils.py` @ e6c3044aa6201c8bfa4573c1b03142af599e730d (`GSM8KVerifier` on whole responses; its string-matching and F1 verifiers left out) | Apache-2.0 |
| eval360 | ifm-ai/Eval360 `tests/test_math_verify.py` @ 30e14ec1d4127dcaf8e07317968c7aee3d313601 (`MathVerify` grader on whole generations, `compare_answers` pairs) | no license file in the stored copy: short test strings quoted as test data, with attribution |
"""

from __future__ import annotations

from collections.abc import Iterator

from bench.equiv_rl_suites import Case6, table_cases

HENDRYCKS = (
    "hendrycks/math",
    "modeling/math_equivalence_test.py",
    "5f3bf91d13367550bed100240554fd11c25abe48",
)
# Every `is_equiv(test_in, test_out)` assertion. modeling/eval_math_gpt.py calls
# `is_equiv(output, answer)`, so test_in is the prediction and test_out the gold: (pred, gold, ok).
# Strings as the test has them (its test_out "\\\\frac" is a literal double backslash).
HENDRYCKS_CASES = [
    (r"\tfrac{1}{2} + \frac1{72}", r"\\frac{1}{2} + 2/3", False),
    ("10, 4, -2", "4, 10, -2", False),
    ("10, 4, 2", "4, 12, 2", False),
    (r"\tfrac{1}{2} +\! \frac1{72}", r"\\dfrac{1}{2} +\frac{1}{72}", True),
    (r"10\text{ units}", "10 ", True),
    (r"10\text{ units}", "100 ", False),
    ("10", r"\$10", True),
    (r"\left(x-2\right)\left(x+2\right)", "(x-2)(x+2)", True),
    ("0.1, 4, 2", "4, .1, 2", False),
    ("0.1", ".1", True),
    (r"10\%", "10", True),
    (r"10\sqrt{3} + \sqrt4", r"10\sqrt3 + \sqrt{4}", True),
    (r"\frac34i", r"\frac{3}{4}i", True),
    (r"\tfrac83", r"\frac{8}{3}", True),
    ("5x - 7y + 11z + 4 = 0", "x + y - z + 2 = 0", False),
    ("1/2", r"\frac{1}{2}", True),
]

SKYTHOUGHT_EQUAL = (
    "NovaSky-AI/SkyThought",
    "tests/evals/util/test_math_parsing.py",
    "0d190f11fd8e885bbe113aeccacba5ccde5b1102",
)
# `test_math_equal`: `math_equal(prediction, reference)`: (pred, gold, ok). Left out: its four
# multiple-choice letter cases ("C"/"C", "c"/"C", "(C)"/"C", "A"/"B") and ("", "", True) (an empty
# gold, nothing to judge). Kept as the suite has them although they are policies of its grader:
# ("75", "0.75", True) (its default percentage acceptance) and ("2", "2.0001", True) (tolerance).
SKYTHOUGHT_EQUAL_CASES = [
    ("3.14", "3.14", True),
    ("10", "10", True),
    ("-5", "-5", True),
    ("5", "5.0", True),
    ("3.14159", "3.1416", True),
    ("3.14159", "3.15", False),
    ("3", "3.0", True),
    ("2", "2.0001", True),
    ("75", "0.75", True),
    ("75", "0.80", False),
    (r"(x+1)^2", r"x^2 + 2x + 1", True),
    (r"(x+1)^2", r"x^2 + 2x - 1", False),
    (r"x = y + 2", r" x - (y+2) = 0", True),
    (r"\frac{1}{2}", "1/2", True),
    (r"\frac{2}{4}", r"\frac{1}{2}", True),
    (
        r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}",
        r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}",
        True,
    ),
    (
        r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}",
        r"\begin{pmatrix}1 & 2 \\ 3 & 5\end{pmatrix}",
        False,
    ),
    ("", "0", False),
]
SKYTHOUGHT_TASK = (
    "NovaSky-AI/SkyThought",
    "tests/evals/tasks/test_math.py",
    "0d190f11fd8e885bbe113aeccacba5ccde5b1102",
)
# `test_check_correctness`: `MathTaskHandler.check_correctness(problem, generation=response)` on
# whole responses, gold = problem["answer"] as written (" 75%" with its leading space): all four.
SKYTHOUGHT_TASK_CASES = [
    ("4", "4", True),
    ("4", "5", False),
    (" 75%", "My reply is 0.75.", True),
    ("4.", "The answer is $4.", True),
]

OPEN_INSTRUCT = (
    "allenai/open-instruct",
    "open_instruct/test_ground_truth_utils.py",
    "e6c3044aa6201c8bfa4573c1b03142af599e730d",
)
# `TestGSM8KVerifier`: `GSM8KVerifier()([], prediction, label)` on whole responses: (gold, response,
# ok), all five (its r"\\boxed" is a literal double backslash, kept). Left out: the
# PuzzleMatcherVerifier and F1Verifier tables (text matching / token F1 on non-math strings, not
# answer equivalence), the LM-judge and IFEval tests.
OPEN_INSTRUCT_CASES = [
    ("-3", "Therefore the answer is -3", True),
    ("+7", "Therefore the answer is +7", True),
    ("-3.5", "Final answer: -3.5", True),
    ("-3", r"The result is \\boxed{-3}", True),
    ("-3", "Therefore the answer is 3", False),
]

EVAL360 = (
    "ifm-ai/Eval360",
    "tests/test_math_verify.py",
    "30e14ec1d4127dcaf8e07317968c7aee3d313601",
)
_BAKER = (
    "The baker made 48/2 = <<48/2=24>>24 muffins in the afternoon.\n"
    "The baker made 48+24 = <<48+24=72>>72 muffins in total.\n"
)
# `test_match_grader`: the `MathVerify` grader on whole generations (its parser is a no-op), gold
# "72", expected correct == [True, True, False, True]: (gold, generation, ok)
EVAL360_GRADER_CASES = [
    ("72", _BAKER + "#### 72", True),
    ("72", _BAKER + "The answer is 72", True),
    ("72", _BAKER + "#### 73", False),
    ("72", _BAKER + "</think> \\boxed{72}", True),
]
# `TestParseAndCompare`: `compare_answers(parse_answer_with_verify(pred), gold)`, all six:
# (pred, gold, ok)
EVAL360_COMPARE_CASES = [
    (r"\sqrt{51}", r"\sqrt{51}", True),
    (r"(3, \frac{\pi}{2})", r"\left( 3, \frac{\pi}{2} \right)", True),
    (r"\left( 3, \frac{\pi}{2} \right)", r"(3, \frac{\pi}{2})", True),
    (r"[2,5)", r"[2,5)", True),
    (r"\frac{3}{56}", r"\frac{3}{56}", True),
    (r"1200", r"2220", False),
]


def suite_cases_b() -> Iterator[Case6]:
    """Every case of the tables above, in a fixed order (bench.equiv_rl_suites.table_cases); the
    bare tables are (pred, gold, ok), as their suites call `is_equiv(pred, gold)`."""
    yield from table_cases(
        [
            ("hendrycks-math", HENDRYCKS, HENDRYCKS_CASES, True),
            ("skythought", SKYTHOUGHT_EQUAL, SKYTHOUGHT_EQUAL_CASES, True),
            ("eval360", EVAL360, EVAL360_COMPARE_CASES, True),
        ],
        pred_first=True,
    )
    yield from table_cases(
        [
            ("skythought", SKYTHOUGHT_TASK, SKYTHOUGHT_TASK_CASES, False),
            ("open-instruct", OPEN_INSTRUCT, OPEN_INSTRUCT_CASES, False),
            ("eval360", EVAL360, EVAL360_GRADER_CASES, False),
        ]
    )
