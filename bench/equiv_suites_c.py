"""Equivalence cases transcribed from the public test suites of more RL frameworks, reward
libraries and evaluation harnesses (slime, lm-evaluation-harness's Minerva-math tests,
OpenCompass's OlympiadBench judge, lighteval's non-math-verify cases, strands-env, RM-Gallery,
kolibrify, inspect_ai) for bench/collect_equiv.py: each table
keeps the suite's own expectation; `suite_cases_c()` yields them as (source, (repo, path,
commit), gold, prediction, expected, wrap). Every table below is (gold, pred, expected), whatever
the argument order of the suite's own function (noted per table). AReaL, SkyThought, SkyRL and
Eval360, also transcribed here at first, are read from equiv_suites_a.py / equiv_suites_b.py
(one transcription per file).

Rows for bench/data/README.md:

| source | repository, path, version | license |
|---|---|---|
| slime | THUDM/slime `tests/test_rm_deepscaler.py`, `tests/test_rm_math.py`, `tests/test_rm_math_dapo.py` @ 624b824a898ab0ec1fcb4d373004c7f3852bf515 (`get_deepscaler_rule_based_reward`, `grade_answer_mathd` / `_sympy` / `_verl`, DAPO strict-box and Minerva `verify`) | Apache-2.0 |
| lm-eval-harness | EleutherAI/lm-evaluation-harness `tests/test_minerva_math.py` @ 149985764f6e346da2e4dbded7b6304065d0f081 (Minerva-math / Putnam-Axiom `is_equiv` pairs) | MIT |
| opencompass | open-compass/opencompass `tests/datasets/test_olympiadbench.py` @ 8b174d8421181b96332d6133f418af966114a1a5 (OlympiadBench `MathJudger.judge`) | Apache-2.0 |
| lighteval | huggingface/lighteval `tests/unit/metrics/test_extractive_match.py` @ 16318bb4cc736cfb29d72eb31bd19c55d0283565 (the 3 cases that are neither math-verify's own nor multiple-choice letters) | MIT |
| strands-env | strands-rl/strands-env `tests/unit/rewards/test_math_verify_reward.py` @ 01f4068fcf2837975a577b8d20895d2fdadfa199 (`MathVerifyReward`) | Apache-2.0 |
| rm-gallery | modelscope/RM-Gallery `tests/rm/test_math.py` @ 5d2e17ac981960237efc315609030dd2799aef09 (`MathVerifyReward`) | Apache-2.0 |
| kolibrify | oKatanaaa/kolibrify `tests/test_math_verify_grader.py` @ 16951073f5cdcbe297f0ee7e580668a3844c993e (`MathVerifyGrader`) | Apache-2.0 |
| inspect-ai | UKGovernmentBEIS/inspect_ai `tests/scorer/test_math.py` and `tests/scorer/math_cases.json` @ 499e6152e7b8fc8cbd8ac5283536572aa6e4ab17 (the `math()` scorer) | MIT |
"""

from __future__ import annotations

from collections.abc import Iterator

from bench.equiv_rl_suites import Case, Case6, Where, table_cases

SLIME_DEEPSCALER = (
    "THUDM/slime",
    "tests/test_rm_deepscaler.py",
    "624b824a898ab0ec1fcb4d373004c7f3852bf515",
)
# `get_deepscaler_rule_based_reward(response, label)` on whole responses (the integer label 42
# of two tests is str()'d by the function, so it is "42" here). Left out: the custom `###Response`
# delimiter case, the format-policy case (no `</think>` marker scores 0 whatever the answer) and
# the empty-label case (no gold).
SLIME_DEEPSCALER_CASES: list[Case] = [
    ("42", r"Let me reconsider. \boxed{99}</think>Final: \boxed{42}", True),
    ("42", "plain</think>no box here", False),
    ("42", r"</think>\boxed{42}", True),
    (r"\boxed{42}", r"</think>\boxed{42}", True),
    ("42", r"</think>\boxed{43}", False),
    ("0.5", r"</think>\boxed{\frac{1}{2}}", True),
]
SLIME_MATH = (
    "THUDM/slime",
    "tests/test_rm_math.py",
    "624b824a898ab0ec1fcb4d373004c7f3852bf515",
)
# `grade_answer_mathd(given, gt)` and `grade_answer_sympy(given, gt)`: bare answers (wrapped).
# The suite expects the unreduced \frac{2}{4} NOT to equal \frac{1}{2} (a deliberate design of
# that grader); copied as asserted. Normalizer/extractor output assertions are left out.
SLIME_MATH_BARE: list[Case] = [
    ("0.5", r"\frac{1}{2}", True),
    (r"\frac{1}{2}", r"\frac12", True),
    ("45", r"45^\circ", True),
    (r"\frac{3}{4}", "3/4", True),
    ("43", "42", False),
    ("1+x", "x+1", True),
    (r"\frac{1}{2}", r"\frac{2}{4}", False),
]
# `grade_answer_verl(solution, ground_truth)` on a whole solution. Left out: a solution without
# any box ("just 42": a format policy) and the empty ground truth.
SLIME_MATH_VERL: list[Case] = [
    (r"\boxed{42}", r"answer: \boxed{42}", True),
]
SLIME_DAPO = (
    "THUDM/slime",
    "tests/test_rm_math_dapo.py",
    "624b824a898ab0ec1fcb4d373004c7f3852bf515",
)
# DAPO scorer on whole responses: `is_correct_strict_box`, `verify(strict_box_verify=True)`,
# `compute_score(strict_box_verify=True)` and the Minerva-mode `is_correct_minerva` / default
# `verify`, whose responses carry the "Answer:" line that mode reads. Left out: format policies
# (no box under strict-box, no "Answer:" marker under Minerva mode, both scored wrong although the
# answer is present) and the 300-character truncation case (an efficiency cut, not equivalence).
SLIME_DAPO_CASES: list[Case] = [
    ("42", r"long preamble … \boxed{42}", True),
    ("42", r"\boxed{43}", False),
    ("42", "Long solution. Answer: 42", True),
    ("42", "Answer: 41 was a wrong guess.\nAnswer: 42", True),
    ("42", r"\boxed{42}", True),
    ("42", "Answer: 42", True),
]

LMEVAL_MINERVA = (
    "EleutherAI/lm-evaluation-harness",
    "tests/test_minerva_math.py",
    "149985764f6e346da2e4dbded7b6304065d0f081",
)
# Minerva-math `is_equiv(x1, x2)` (process_results calls it as (prediction, gold), so x1 is the
# prediction) and the Putnam-Axiom `is_equiv` on the same \frac{1}{2} pairs; bare answers
# (wrapped). The pipeline cases pass both through `normalize_final_answer` first; their raw
# strings are kept. Left out: the ("", "") empty-answer guard (no gold) and the assertions on
# `normalize_final_answer` outputs (normalizer tests, not equivalence calls).
_SELF = ["(2,4)", "(-1,2,3)", "[2,5)", r"(-\infty,3]", r"\begin{pmatrix}1\\2\end{pmatrix}"]
_SELF += ["2", r"\frac{1}{2}", "x+1", r"\text{east}"]
LMEVAL_MINERVA_CASES: list[Case] = [(a, a, True) for a in _SELF] + [
    ("(3,5)", "(2,4)", False),
    ("[2,6)", "[2,5)", False),
    ("(4,2)", "(2,4)", False),
    (r"\text{west}", r"\text{east}", False),
    ("0.5", r"\frac{1}{2}", True),
    ("0.6", r"\frac{1}{2}", False),
    ("2", r"\sqrt[3]{8}", True),
    (r"\sqrt[3]{2}", r"\sqrt[3]2", True),
    ("2", r"\sqrt[4]{16}", True),
    (r"2\sqrt{2}", r"\sqrt8", True),
]

OPENCOMPASS_OLYMPIAD = (
    "open-compass/opencompass",
    "tests/datasets/test_olympiadbench.py",
    "8b174d8421181b96332d6133f418af966114a1a5",
)
# OlympiadBench `MathJudger.judge(expression1, expression2)`, whose source comments that
# expression1 is the ground truth (its evaluator passes the prediction first; these pairs read
# the same either way but are kept in the comment's order); bare answers (wrapped).
OPENCOMPASS_OLYMPIAD_CASES: list[Case] = [
    ("(x-1)(x+1)", "(x^2-1)", True),
    ("(x-1)(x+1)", "(x^2+1)", False),
    ("(1,2)", "(1, 2)", True),
    ("(1,2)", "(1,3)", False),
    ("[0,1]", "(0,1)", False),
]

LIGHTEVAL = (
    "huggingface/lighteval",
    "tests/unit/metrics/test_extractive_match.py",
    "16318bb4cc736cfb29d72eb31bd19c55d0283565",
)
# `compare_strings(gold, pred)` (latex + expr extraction), whole predictions. Of its cases only
# the 14 that are not math-verify's own (already in bench/data/equiv_cases.jsonl) qualify, and
# of those the 11 multiple-choice letters are left out; these are the other 3 (all from
# `test_math_numina_cases`). The suite expects a gold with three boxes to match "2,3" but not
# "1,2,3"; copied as asserted.
LIGHTEVAL_CASES: list[Case] = [
    (r"\boxed{ p = 5, q = 2 \quad \text{and} \quad p = 7, q = 2}", r"$p=5,q=2;p=7,q=2$", True),
    (r"\boxed{1} and and and or thus but \boxed{2} and \boxed{3}", r"$\boxed{2,3}$", True),
    (r"\boxed{1} and and and or thus but \boxed{2} and \boxed{3}", r"$\boxed{1,2,3}$", False),
]


STRANDS = (
    "strands-rl/strands-env",
    "tests/unit/rewards/test_math_verify_reward.py",
    "01f4068fcf2837975a577b8d20895d2fdadfa199",
)
# `MathVerifyReward.compute(action(ground_truth), step(final response))`: whole responses. The
# suite expects any of several boxes to count (math-verify's Cartesian product), so a first
# wrong box followed by the right one is correct; copied as asserted. Left out: no final response,
# None / empty / unparseable ground truths (golds the suite itself cannot judge) and the test that
# only inspects the result's info keys.
STRANDS_CASES: list[Case] = [
    ("4", "The answer is $\\boxed{4}$.", True),
    ("4", "The answer is $\\boxed{5}$.", False),
    ("0.5", "$\\boxed{\\frac{1}{2}}$", True),
    ("$\\frac{\\sqrt{3}}{3}$", "$\\boxed{\\frac{1}{\\sqrt{3}}}$", True),
    ("-3", "$\\boxed{-3}$", True),
    ("\\frac{7}{12}", "$\\boxed{\\frac{7}{12}}$", True),
    ("42", "First attempt $\\boxed{99}$, correction $\\boxed{42}$.", True),
    ("42", "$\\boxed{1}$ and $\\boxed{2}$", False),
    ("4", "The answer is 4.", True),
    ("4", "I don't know the answer.", False),
]

RM_GALLERY = (
    "modelscope/RM-Gallery",
    "tests/rm/test_math.py",
    "5d2e17ac981960237efc315609030dd2799aef09",
)
# `MathVerifyReward._evaluate` on a sample (generated content, reference): whole responses as the
# test writes them. Left out: the empty-string, whitespace and missing-reference tests (they
# assert no score). Its repeated pairs (basic and integration tests) appear once.
RM_GALLERY_CASES: list[Case] = [
    ("42", "42", True),
    ("42", "24", False),
    ("2x", "2*x", True),
    ("42", "Invalid math expression", False),
    ("2x", "\\frac{d}{dx}(x^2) = 2x", True),
    ("42", "Answer", False),
    ("2*3", "6", True),
]

KOLIBRIFY = (
    "oKatanaaa/kolibrify",
    "tests/test_math_verify_grader.py",
    "16951073f5cdcbe297f0ee7e580668a3844c993e",
)
# `MathVerifyGrader` on (answer, gold), answers as the test writes them. A parseable wrong
# answer gets a partial reward 0.5 there (not correct: False here); an empty answer gets 0.
# Its `tests/test_latex_only_answer_grader.py` is left out: it grades the answer's LaTeX
# wrapping (format), not equivalence to the gold.
KOLIBRIFY_CASES: list[Case] = [
    ("$5$", "$5$", True),
    ("$5$", "$$5$$", True),
    ("$5$", r"\boxed{5}", True),
    (r"\boxed{5}", "$5$", True),
    (r"\boxed{5}", "The answer is $$5$$", True),
    ("$5$", "The final answer is $5$.", True),
    ("$5$", "After reasoning, we get $$5$$ as the result.", True),
    ("$5$", "$6$", False),
    ("$5$", "", False),
]


INSPECT_CASES_JSON = (
    "UKGovernmentBEIS/inspect_ai",
    "tests/scorer/math_cases.json",
    "499e6152e7b8fc8cbd8ac5283536572aa6e4ab17",
)
# Every row of the compatibility table `test_math.py` scores with `math()`: (target, output,
# expected == "C"); the outputs are whole model outputs.
INSPECT_JSON_CASES: list[Case] = [
    ("42", "The answer is \\boxed{42}", True),
    ("0.5", "\\boxed{\\frac{1}{2}}", True),
    ("43", "\\boxed{42}", False),
    ("42", "The answer is 42", True),
    ("$\\sqrt{2}$", "\\boxed{\\sqrt2}", True),
    ("0.335", "\\boxed{33.5\\%}", True),
    ("42", "The answer is $$42$$", True),
    ("2**(1/4)", "\\boxed{\\sqrt{\\sqrt{2}}}", True),
    ("$\\{3, 2, 1\\}$", "$\\{1,2,3\\}$", True),
    ("$\\left(1, 2\\right)$", "$\\left(1, 2\\right)$", True),
    ("1500", "\\boxed{1.5 \\times 10^3}", True),
    ("0", "\\boxed{x^2 - x^2}", True),
    ("\\sqrt{3} - 1", "-1 + sqrt(3)", True),
    ("\\frac{3\\sqrt{5}}{7}", "(3*sqrt(5))/7", True),
    ("\\left(3,\\frac{\\pi}{2}\\right)", "\\left( 3, \\frac{\\pi}{2} \\right)", True),
    ("(-\\infty,-8)\\cup (8,\\infty)", "(-\\infty,-8)\\cup (8,\\infty)", True),
    (
        "\\begin{pmatrix} 1/\\sqrt{2} & 1/\\sqrt{2} \\\\ -1/\\sqrt{2} & 1/\\sqrt{2} \\end{pmatrix}",
        "\\begin{pmatrix} 1/\\sqrt{2} & 1/\\sqrt{2} \\\\ -1/\\sqrt{2} & 1/\\sqrt{2} \\end{pmatrix}",
        True,
    ),
    ("odd $n$", "odd $n$", True),
    (
        "$g(x)=\\frac{1}{3} ((2x)^a +(2x)^{-a})$ for some $a>0$",
        "$g(x)=\\frac{1}{3} ((2x)^a +(2x)^{-a})$ for some $a>0$",
        True,
    ),
    (
        "$\\lfloor\\varphi n\\rfloor$, where $\\varphi = \\frac{\\sqrt{5}+1}{2}",
        "$\\lfloor\\varphi n\\rfloor$, where $\\varphi = \\frac{\\sqrt{5}+1}{2}",
        True,
    ),
    (
        "2,3,\\frac{3+i\\sqrt{3}}{2},\\frac{3-i\\sqrt{3}}{2}",
        "2,3,\\frac{3+i\\sqrt{3}}{2},\\frac{3-i\\sqrt{3}}{2}",
        True,
    ),
    ("\\binom{2026}{1013}", "\\boxed{\\binom{2026}{1013}}", True),
    ("2024^{4046}", "\\boxed{2024^{4046}}", True),
    ("1/2004!", "\\boxed{1/2004!}", True),
    ("3^{2025}", "\\boxed{2^{2025}}", False),
    ("10", "\\boxed{10\\text{ cm}}", True),
    ("15000", "\\boxed{\\$15,\\!000}", True),
    ("2=x", "x=2", True),
    ("2>x", "x<2", True),
    ("74^\\circ", "\\boxed{\\;\\angle APC = 74^\\circ\\;}", True),
    ("8\\sqrt{6}", "\\beginboxed{8\\sqrt{6}}", True),
    ("74^\\circ", "\\boxed{74°}", True),
    (
        "96-10\\sqrt{21}",
        "\\frac{6\\sqrt{1789-240\\sqrt{21}}+8\\sqrt{1236-240\\sqrt{21}}}{5}",
        True,
    ),
]
INSPECT_TESTS = (
    "UKGovernmentBEIS/inspect_ai",
    "tests/scorer/test_math.py",
    "499e6152e7b8fc8cbd8ac5283536572aa6e4ab17",
)
# The file's own assertions: `math()` on whole outputs and `_score_answer(completion, (target,))`
# statuses "correct" / "incorrect", completions as written. Left out: multi-target and invalid
# targets (unscored: NaN), the security-payload, complexity-bomb, timeout, worker-process and
# antlr-version tests (the scorer's safety and runtime limits, not equivalence), extraction-only
# and parser-internals tests, and the 5,000-row MATH corpus check (external data).
_THOUSANDS = ["(1,2)", "(1, 2)", "{1,2,3}", "[1,2]", "1,23", "1,2345"]
INSPECT_TEST_CASES: list[Case] = [
    ("42", r"\boxed{10} and then \boxed{42}", True),
    (r"\{10,42\}", r"\boxed{10} and then \boxed{42}", False),
    ("42", " ".join(r"\boxed{9}" for _ in range(400)) + " \\boxed{42}", True),
    ("x=2", "2", True),
    ("2=x", "2", True),
    ("2 = y", "2", True),
    ("z = 2", "2", True),
    ("0.335", "33.5%", True),
    ("0.335", r"33.5\%", True),
    ("0.335", "33.5 percent", True),
    ("0.335", "33.5 percentage", True),
    ("0.335", "33.5 pct", True),
    ("0.005", r"\frac{1}{2}\%", True),
    ("0.005", r"\frac{1}{2}\text{ percent}", True),
    ("2", "[]", False),
    ("2", "[0]", False),
    ("2", "(0,)", False),
    ("2", "(0, 1)", False),
    ("(0, 1)", "(0, 1)", True),
    ("1234", "1,234", True),
    ("12345678", "12,345,678", True),
    ("1234.5", "1,234.5", True),
    ("-8192", "-8,192", True),
    ("1000000", "1,000,000", True),
    *[(a, a, True) for a in _THOUSANDS],
    *[("12", a, False) for a in _THOUSANDS],
    ("1234", r"1\,234", True),
    ("12345678", r"12\,345\,678", True),
    ("1234.5", r"1\,234.5", True),
    ("100000000000", "99999999999", False),
    ("100000000001000000000", "100000000000000000000", False),
    ("12345678902", "12345678901", False),
    ("1/2", "0.5", True),
    (r"\sqrt{2}", "1.4142135623730951", True),
    (r"33.5\%", "0.335", True),
    ("x=2", "2", True),
    ("2", "x=2", True),
    ("2=x", "x=2", True),
    ("y = 2", "2", True),
    ("42", "The answer is 42 because geometry proves it", True),
    ("42", "42 because geometry proves it", True),
    ("42", "First compute 6*7.\n42", True),
    ("42", "Final answer: 42", True),
    ("42", "The perimeter is 7", False),
    (r"odd $n$", r"odd $n$", True),
]

# (source, where, cases, wrap): wrap marks bare predicted answers (a `math_equal` argument).
_TABLES: tuple[tuple[str, Where, list[Case], bool], ...] = (
    ("slime", SLIME_DEEPSCALER, SLIME_DEEPSCALER_CASES, False),
    ("slime", SLIME_MATH, SLIME_MATH_BARE, True),
    ("slime", SLIME_MATH, SLIME_MATH_VERL, False),
    ("slime", SLIME_DAPO, SLIME_DAPO_CASES, False),
    ("lm-eval-harness", LMEVAL_MINERVA, LMEVAL_MINERVA_CASES, True),
    ("opencompass", OPENCOMPASS_OLYMPIAD, OPENCOMPASS_OLYMPIAD_CASES, True),
    ("lighteval", LIGHTEVAL, LIGHTEVAL_CASES, False),
    ("strands-env", STRANDS, STRANDS_CASES, False),
    ("rm-gallery", RM_GALLERY, RM_GALLERY_CASES, False),
    ("kolibrify", KOLIBRIFY, KOLIBRIFY_CASES, False),
    ("inspect-ai", INSPECT_CASES_JSON, INSPECT_JSON_CASES, False),
    ("inspect-ai", INSPECT_TESTS, INSPECT_TEST_CASES, False),
)


def suite_cases_c() -> Iterator[Case6]:
    """Every case of the tables above, in a fixed order (bench.equiv_rl_suites.table_cases)."""
    return table_cases(_TABLES)
