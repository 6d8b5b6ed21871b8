r"""A sixth fresh set of answer-equivalence cases (evaluation only; helper "c", second part: the
module docstring of equiv_fresh6_c.py gives the conventions, the rules for what was left out and
the repositories searched without result).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the verdict
the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Collected
without running curate's judge on them. Do not tune the judge on these cases.

Sources (repo, path @ commit; no license file was found in their stored copies: their short test
strings are quoted as test data, with attribution):

- DogukanUrker/BenchKit ``tests/test_gsm8k.py`` @ 608ab7e6b77f45cac0302c5ef3e9ba158acdd2c3
  (``GSM8K().evaluate(task, response)``; the default task answer is ``"42"``).
- notwitcheer/llm-bench-rig ``tests/test_math500.py`` @ 3b7501f2dd284d5ab430afe0739e656619360e9e
  (``is_equivalent(pred, gold)``, ``normalize_answer`` and ``extract_boxed`` read as equivalences,
  and the per-item verdicts of its fake-client eval runs where they are forced).
- vvennela/rlforge ``tests/test_math500.py`` @ 48b40e705974df78dd675f57322728d390b46b18
  (``score(gold, completion)["correct"]``).
- pranav100000/benchpress ``tests/test_math500.py`` @ 243702cb963673a7790927f94f5e1be99a58f38d
  (``Math500Task.evaluate_example``).
- genlm/genlm-eval ``tests/test_gsm8k.py`` @ 01af5ad6a8962757fd2821fd1e9078a4b64d1f69
  (``GSM8KEvaluator(tolerance=1e-6).evaluate_sample``; ``extract_answer(text) == x`` read as an
  equivalence; golds given as GSM8K solutions ``... #### n`` are stored as ``n``).
- seriousnxr/llm_eval ``tests/test_math500.py`` and ``tests/test_extraction.py``
  @ 83a977d7a29c7126edd7e8b86ed1455ae8440b68 (``Math500Task.score(prediction, gold)``;
  ``normalize_math_answer`` and ``extract_math_answer`` / ``extract_boxed_answer`` read as
  equivalences).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

BKIT = "DogukanUrker/BenchKit"
BKIT_AT = "tests/test_gsm8k.py@608ab7e6b77f45cac0302c5ef3e9ba158acdd2c3"
RIG = "notwitcheer/llm-bench-rig"
RIG_AT = "tests/test_math500.py@3b7501f2dd284d5ab430afe0739e656619360e9e"
FORGE = "vvennela/rlforge"
FORGE_AT = "tests/test_math500.py@48b40e705974df78dd675f57322728d390b46b18"
PRESS = "pranav100000/benchpress"
PRESS_AT = "tests/test_math500.py@243702cb963673a7790927f94f5e1be99a58f38d"
GENLM = "genlm/genlm-eval"
GENLM_AT = "tests/test_gsm8k.py@01af5ad6a8962757fd2821fd1e9078a4b64d1f69"
SNXR = "seriousnxr/llm_eval"
SNXR_C = "83a977d7a29c7126edd7e8b86ed1455ae8440b68"

# Rows: (gold, pred, wrap, expected, why); _SNXR rows start with the test file.
_BENCHKIT = [
    ("1,234", "Work shown.\n#### 1,234.", False, True, "evaluate is True"),
    ("-12.5", "Final answer: **#### -12.5**", False, True, "evaluate is True"),
    ("0.25", "#### +0.25", False, True, "explicit plus sign: evaluate is True"),
    (
        "42",
        "First attempt: #### 41\nCorrection: #### 42",
        False,
        True,
        "the last #### is the final commitment: evaluate is True",
    ),
    (
        "42",
        "The intermediate total is 42, but my answer is #### 41",
        False,
        False,
        "reasoning number does not override the wrong final answer: evaluate is False",
    ),
    (
        "42",
        "<think>I considered 41 and 999.</think>\n#### 42",
        False,
        True,
        "numbers in a closed think block ignored: evaluate is True",
    ),
    (
        "42",
        "I tried 41 first. The final result is 42.",
        False,
        True,
        "last number without a delimiter: evaluate is True",
    ),
]

_RIG = [
    ("0.5", r"\frac{1}{2}", True, True, "is_equivalent is True (numeric)"),
    (r"\frac{3}{4}", r"\dfrac{3}{4}", True, True, "is_equivalent is True (normalised string)"),
    ("1 + x^{2}", "x^2 + 1", True, True, "is_equivalent is True (symbolic)"),
    ("8", "7", True, False, "is_equivalent is False"),
    ("Evelyn", r"\text{Evelyn}", True, True, "normalize_answer strips \\text"),
    (
        r"(3,\frac{\pi}{2})",
        r"\left( 3, \frac{\pi}{2} \right)",
        True,
        True,
        "normalize_answer drops \\left \\right and spaces",
    ),
    ("90", r"90^\circ", True, True, "normalize_answer drops ^\\circ"),
    ("42", r"so the answer is \boxed{42}.", False, True, "extract_boxed -> '42'"),
    ("7", r"\boxed{1} ... actually \boxed{7}", False, True, "extract_boxed: last box wins"),
    (r"\frac{1}{2}", r"\boxed{\frac{1}{2}}", False, True, "extract_boxed: nested braces"),
    (
        r"\left( 3, \frac{\pi}{2} \right)",
        r"\boxed{\left( 3, \frac{\pi}{2} \right)}",
        False,
        True,
        "extract_boxed: nested braces",
    ),
    (
        r"\sqrt{a^{2}+b^{2}}",
        r"x \boxed{\sqrt{a^{2}+b^{2}}} y",
        False,
        True,
        "extract_boxed: nested braces",
    ),
    ("9", r"\fbox{ 9 }", False, True, "extract_boxed reads \\fbox"),
    ("12", r"\boxed {12}", False, True, "extract_boxed allows a space before the brace"),
    (
        "2",
        r"<think>\boxed{1}</think>\boxed{2}",
        False,
        True,
        "extract_boxed after the think tag -> '2'",
    ),
    (
        "10",
        r"ran out of budget \boxed{1",
        False,
        False,
        "truncated box: predicted None, counted as a parse failure (not correct)",
    ),
    (r"\frac{1}{2}", r"\boxed{1/2}", False, True, "second run: correct == 3 of 3"),
    ("3", r"\boxed{3}", False, True, "second run: correct == 3 of 3"),
    ("10", r"\boxed{10}", False, True, "second run: correct == 3 of 3"),
    (r"\frac{1}{2}", r"\boxed{2}", False, False, "limit=1 run: correct == 0 of 1"),
]

_FORGE = [
    (r"\frac{1}{2}", r"The result is \boxed{0.5}.", False, True, "score(...)['correct']"),
    (
        "2",
        r"I considered 2, but my final answer is \boxed{3}.",
        False,
        False,
        "wrong final answer: not correct",
    ),
]

_PRESS = [
    ("4", r"The answer is \boxed{4}", False, True, "evaluate_example: correct is True"),
    (
        "4",
        "After computing the steps, I get 5.",
        False,
        False,
        "evaluate_example: correct is False",
    ),
]

_GENLM = [
    (
        "8",
        "Let me solve this step by step.\n5 + 3 = 8\n#### 8",
        False,
        True,
        "extract_answer -> 8.0",
    ),
    ("42", "The answer is 42.", False, True, "extract_answer -> 42.0"),
    ("100", "Answer: 100", False, True, "extract_answer -> 100.0"),
    (
        "10",
        "```python\nx = 5\n```\nThe answer is 10.",
        False,
        True,
        "extract_answer past a code block -> 10.0",
    ),
    ("-5", "The temperature dropped to -5 degrees.", False, True, "extract_answer -> -5.0"),
    ("3.14", "The result is 3.14.", False, True, "extract_answer -> 3.14"),
    (
        "3",
        "Janet has 5 apples and gives 2 away.\n5 - 2 = 3\n#### 3",
        False,
        True,
        "evaluate_sample: score == 1.0 (gold '... #### 3')",
    ),
    ("3", "The answer is 4.", False, False, "evaluate_sample: score == 0.0 (gold '... #### 3')"),
    ("4", "The answer is 4.", False, True, "gold '2 + 2 = 4\\n#### 4': score == 1.0"),
    ("4", "#### 4", False, True, "gold '2 + 2 = 4\\n#### 4': score == 1.0"),
    ("4", "Therefore, the answer is 4.", False, True, "gold '2 + 2 = 4\\n#### 4': score == 1.0"),
    ("4", "So 2 + 2 equals 4.", False, True, "gold '2 + 2 = 4\\n#### 4': score == 1.0"),
    ("4", "The answer is 5.", False, False, "gold '2 + 2 = 4\\n#### 4': score == 0.0"),
]

# Rows: (file, gold, pred, wrap, expected, why).
_SNXR = [
    ("test_math500.py", "42", "42", True, True, "Math500Task.score == 1.0"),
    ("test_math500.py", "1/2", "2/4", True, True, "score == 1.0 ('2/4' normalises to '1/2')"),
    ("test_math500.py", "43", "42", True, False, "score == 0.0"),
    ("test_extraction.py", "3", "3.0", True, True, "normalize_math_answer drops trailing zeros"),
    ("test_extraction.py", "3", "3.00", True, True, "normalize_math_answer drops trailing zeros"),
    (
        "test_extraction.py",
        "1/2",
        r"\frac{1}{2}",
        True,
        True,
        "normalize_math_answer('\\frac{1}{2}') == '1/2'",
    ),
    ("test_extraction.py", "42", "$42$", False, True, "normalize_math_answer strips dollar signs"),
    (
        "test_extraction.py",
        "hello",
        r"\text{hello}",
        True,
        True,
        "normalize_math_answer strips \\text",
    ),
    ("test_extraction.py", "2", "4/2", True, True, "normalize_math_answer('4/2') == '2'"),
    ("test_extraction.py", "42", r"\boxed{42}", False, True, "extract_boxed_answer -> '42'"),
    (
        "test_extraction.py",
        r"\frac{1}{2}",
        r"\boxed{\frac{1}{2}}",
        False,
        True,
        "extract_boxed_answer: nested braces",
    ),
    (
        "test_extraction.py",
        "3x + 5",
        r"The answer is \boxed{3x + 5} as shown.",
        False,
        True,
        "extract_boxed_answer in context",
    ),
    (
        "test_extraction.py",
        "42",
        r"The answer is 5. \boxed{42}",
        False,
        True,
        "extract_math_answer: boxed takes priority over 'the answer is 5'",
    ),
    (
        "test_extraction.py",
        "17",
        "After calculation, the answer is 17.",
        False,
        True,
        "extract_math_answer: 'the answer is' fallback",
    ),
    (
        "test_extraction.py",
        "3.14",
        "Solving the equation gives us 3.14",
        False,
        True,
        "extract_math_answer: last-expression fallback",
    ),
]


def _rows(repo: str, where: str, rows: list[tuple]) -> list[dict]:
    return [_c(repo, where, g, p, w, e, why) for g, p, w, e, why in rows]


CASES: list[dict] = [
    *_rows(BKIT, BKIT_AT, _BENCHKIT),
    *_rows(RIG, RIG_AT, _RIG),
    *_rows(FORGE, FORGE_AT, _FORGE),
    *_rows(PRESS, PRESS_AT, _PRESS),
    *_rows(GENLM, GENLM_AT, _GENLM),
    *[_c(SNXR, f"tests/{f}@{SNXR_C}", g, p, w, e, why) for f, g, p, w, e, why in _SNXR],
]
