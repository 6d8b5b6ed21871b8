r"""A sixth fresh set of answer-equivalence cases (evaluation only; helper "a", second part: the
first part, with the search method and conventions, is equiv_fresh6_a.py).

curate's judge was not run on these cases while collecting them, and nothing here may be used to
tune it. ``gold`` is the reference answer, ``pred`` the prediction (a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it),
``expected`` the verdict the test asserts, ``where`` is ``path@commit`` in ``repo`` on
github.com. Strings are the values Python reads from the test. Within one file a repeated
(gold, pred) pair is kept once. A normaliser that maps one string onto another is read as an
equivalence (the normalised form as the gold), as in equiv_fresh3_a / equiv_fresh5_a.

Sources (claimed in /work/wt/fresh6_claims; none in bench/data/README.md, the equiv_issues_*
threads or the docstrings of the earlier fresh sets):

- VadimNeuro-lab/Trope ``tests/test_verify.py`` @ 42c0860ca7651ec0883742d3ae2c647cbafe2e86,
  Apache-2.0 (LICENSE @ the same commit): ``EXACT_CASES`` (``ExactMatchVerifier`` on a whole
  candidate text against ``Problem.answer``), ``answers_match(extracted, gold)``,
  ``symbolic_accuracy(predicted, gold)`` (1.0 read as True, 0.0 as False) and the LLM-SRBench
  oracle verifier on whole texts against the answer ``3*x``.
- brightlikethelight/LORE ``tests/test_evaluation/test_math_grader.py``
  @ a603738538574fc48085de05875c0534f2f29de3 (``math_equal(a, b)`` read as (prediction, gold),
  ``grade_math_answer(response, gold)``, and ``normalize``'s ``$42.50`` -> ``42.50``); no
  license file in the stored copy.
- WumbleCat/joel-nvk ``tests/unit/test_scoring.py`` @ 4c3ade174248fefdf83899183e570e7a1bed6a63
  (``math_equal(a, b)`` read as (prediction, gold); ``normalize_math_answer`` pairs), MIT
  (LICENSE @ e06ccf25b13a41b9fc124ba037e5b3c6fee3b34d).
- UmutKorkmaz/orkhon ``tests/test_verticals.py`` @ 47e9e193090590a1c1cc829b95ee41a87b6d3d8f
  (``math_equal(a, b)`` read as (prediction, gold); ``math_reward(completion, gold)`` on whole
  completions, 1.0 read as True, 0.0 as False); no license file in the stored copy.
- NetworkLatency/conformal_routing ``tests/test_render_and_answer.py``
  @ b0406197699745ba2612ee8fec0b5b5900ef0158 (``check_answer(completion, gold)`` on whole
  completions); no license file in the stored copy.
- SnowballSH/math-bot ``tests/test_answer_check.py`` @ 7d858eb3c49a7d234fcc5dde10291bbd9be9704f
  (``check_answer(user_answer, parse_latex("5"))``: gold ``5``; ``(True, None)`` is True, a
  ``"wrong"`` or ``"invalid"`` verdict False; ``check_answer_text(user, gold)``); no license file
  in the stored copy.
- hailaobao2026/ai-teaching-miniCPM ``tests/test_notebook.py``
  @ 20a81d6f860bd546a3b502a8511104129dce42f0 (``answers_equivalent(gold, answer)`` of its
  middle-school math coach, and the notebook-retry API's ``correct`` verdict on an attempt
  against the item's final answer); no license file in the stored copy.

Left out, by rule: the percent-sign policy (Trope ``\boxed{50\%}`` = ``50`` and != ``0.5``;
LORE ``math_equal(..., include_percentage=True)`` pairs and ``normalize("75%")``; joel-nvk
``50\%`` -> ``50``), as in equiv_fresh3_a; multiple-choice letters (joel-nvk
``extract_choice``); answer-extraction, parsing and safety tests that assert no verdict between
two answers (Trope ``parse_number``, ``safe_eval``, code and judge verifiers; LORE ``is_digit``,
``extract_*``; orkhon ``extract_boxed``; math-bot's hostile-input and timeout checks); a missing
gold or prediction (Trope ``answer=None``, orkhon ``math_equal(None, "1")``); golds the suite
cannot judge (math-bot ``check_answer_text("5", r"\frac{")``, an invalid reference).
ai-teaching-miniCPM's later retry attempts (``7``, ``8``; ``1``, ``2``, ``3``) are left out: the
test asserts hint levels and counts for them, not a verdict on each attempt.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TROPE = "VadimNeuro-lab/Trope"
TROPE_AT = "tests/test_verify.py@42c0860ca7651ec0883742d3ae2c647cbafe2e86"
LORE = "brightlikethelight/LORE"
LORE_AT = "tests/test_evaluation/test_math_grader.py@a603738538574fc48085de05875c0534f2f29de3"
JOEL = "WumbleCat/joel-nvk"
JOEL_AT = "tests/unit/test_scoring.py@4c3ade174248fefdf83899183e570e7a1bed6a63"

# VadimNeuro-lab/Trope EXACT_CASES: (raw completion, gold, expected).
_TROPE_EXACT = [
    (r"The answer is \boxed{42}.", "42", True),
    (r"The answer is \boxed{42}.", "43", False),
    ("Reasoning...\n\\boxed{\\frac{1}{2}}", "1/2", True),
    (r"\boxed{\frac{1}{2}}", "0.5", True),
    (r"\boxed{\dfrac{-1}{2}}", "-0.5", True),
    (r"\boxed{1/2}", r"\frac{1}{2}", True),
    (r"\boxed{1,234}", "1234", True),
    (r"\boxed{1,234,567}", "1234567", True),
    (r"\boxed{2.50}", "2.5", True),
    (r"\boxed{007}", "7", True),
    (r"\boxed{-3}", "-3", True),
    (r"\boxed{-3}", "3", False),
    (r"\boxed{\text{Yes}}", "Yes", True),
    (r"\boxed{\text{yes}}", "Yes", True),
    (r"\boxed{\left(1,2\right)}", "(1,2)", True),
    (r"\boxed{x^{2}}", "x^2", True),
    (r"$\boxed{\!\, 12 \;}$", "12", True),
    (r"The answer is $-\frac{2}{3}$.", "-2/3", True),
    ("The answer is 12 apples.", "12", True),
    ("Therefore the answer is 7. This took 3 steps.", "7", True),
    ("Therefore the answer is 7. This took 3 steps.", "3", False),
    (r"First \boxed{3}, on reflection \boxed{4}.", "4", True),
    (r"First \boxed{3}, on reflection \boxed{4}.", "3", False),
    ("The answer is 3 more than 12.", "12", False),
    (r"The answer is 5, no wait: \boxed{6}", "6", True),
    ("I could not solve this.", "5", False),
    (r"\boxed{1 + \frac{1}{2}}", "1+1/2", True),
]

# VadimNeuro-lab/Trope, bare answers: (gold, pred, expected, why).
_TROPE_BARE = [
    ("5", "5, obviously", True, "answers_match: the one-number fallback recovers it"),
    ("1000000", "1000000.0000001", True, "answers_match: relative tolerance"),
    ("1.0", "1.0001", False, "answers_match: tolerance is relative, not absolute"),
    ("3*x", "2*x + x", True, "symbolic_accuracy 1.0"),
    ("x**2", "x*x", True, "symbolic_accuracy 1.0"),
    ("x**2 - 1", "(x + 1)*(x - 1)", True, "symbolic_accuracy 1.0"),
    ("3*x", "2*x", False, "symbolic_accuracy 0.0"),
    ("x + 1.0000000001", "x + 1", True, "symbolic_accuracy 1.0 (approx)"),
    ("x + 2", "x + 1", False, "symbolic_accuracy 0.0"),
]

# VadimNeuro-lab/Trope llmsrbench oracle verifier, answer 3*x: (response, expected).
_TROPE_SR = [
    ("After fitting, y = 2*x + x", True),
    ("After fitting, y = 2*x", False),
]

# brightlikethelight/LORE: (gold, pred, wrap, expected, why).
_LORE = [
    ("42", "42", True, True, "math_equal is True"),
    ("3.14159", "3.14159", True, True, "math_equal is True"),
    ("3.14159", "3.1416", True, True, "math_equal is True (within tolerance)"),
    ("true", "TRUE", True, True, "math_equal is True (case-insensitive)"),
    ("42", " 42 ", True, True, "math_equal is True (whitespace)"),
    ("43", "42", True, False, "math_equal is False"),
    ("world", "hello", True, False, "math_equal is False"),
    ("42.50", "$42.50", True, True, 'normalize("$42.50") == "42.50"'),
    (
        "42",
        "Let me solve this step by step.\n#### 42",
        False,
        True,
        "grade_math_answer is True",
    ),
    ("42", "The answer is 100", False, False, "grade_math_answer is False"),
    ("42", "I cannot solve this problem.", False, False, "grade_math_answer is False"),
]

# WumbleCat/joel-nvk: (gold, pred, expected, why).
_JOEL = [
    ("42", "42", True, "math_equal: exact match"),
    (
        r"\frac{1}{2}",
        r"\dfrac{1}{2}",
        True,
        "math_equal: formatting difference (normalize_math_answer maps it so too)",
    ),
    (r"\frac{1}{2}", "1/2", True, "math_equal: numeric fallback"),
    ("42", "41", False, "math_equal: different answers"),
    ("42", "1/0", False, "math_equal: zero denominator does not raise"),
    ("(3)", r"\left(3\right)", True, "normalize_math_answer maps it to (3)"),
    ("7", r"\text{7}", True, "normalize_math_answer maps it to 7"),
    ("12", "  12 . ", True, "normalize_math_answer maps it to 12"),
    ("5", "x=5", True, "normalize_math_answer maps it to 5"),
]

ORK = "UmutKorkmaz/orkhon"
ORK_AT = "tests/test_verticals.py@47e9e193090590a1c1cc829b95ee41a87b6d3d8f"
CRT = "NetworkLatency/conformal_routing"
CRT_AT = "tests/test_render_and_answer.py@b0406197699745ba2612ee8fec0b5b5900ef0158"
MBOT = "SnowballSH/math-bot"
MBOT_AT = "tests/test_answer_check.py@7d858eb3c49a7d234fcc5dde10291bbd9be9704f"

# UmutKorkmaz/orkhon: (gold, pred, wrap, expected, why).
_ORK = [
    ("42", "42", True, True, "math_equal is True"),
    ("1/2", "0.5", True, True, "math_equal is True"),
    ("100.0", "100", True, True, "math_equal is True"),
    ("43", "42", True, False, "math_equal is False"),
    ("8", r"thinking... \boxed{8}", False, True, "math_reward 1.0"),
    ("8", "the answer is 8", False, True, "math_reward 1.0 (trailing-number fallback)"),
    ("8", r"\boxed{9}", False, False, "math_reward 0.0"),
]

# NetworkLatency/conformal_routing check_answer(completion, gold): (gold, completion).
_CRT = [
    (r"\frac{1}{2}", r"The result is \boxed{\frac{1}{2}}."),
    (
        "3",
        r"Solving gives \(r=3\). Therefore, the radius of the sphere is 3 units."
        "\n</think>\n\n"
        r"To determine the radius, use \(V=\frac{4}{3}\pi r^3\).",
    ),
    ("41", r"Now, check the conditions. Therefore, \(a = 41\) is the solution."),
    ("[-2,7]", r"Thus, the solution is \([-2, 7]\)."),
]

# SnowballSH/math-bot, gold 5: (pred, wrap, expected, why).
_MBOT = [
    ("5", True, True, "check_answer == (True, None)"),
    ("$5$", True, True, "check_answer == (True, None)"),
    ("2+3", True, True, "check_answer and check_answer_text == (True, None)"),
    (r"$\boxed{5}$", False, True, "check_answer == (True, None)"),
    ("6", True, False, 'check_answer == (False, "wrong")'),
    ("five", True, False, 'check_answer == (False, "invalid")'),
    ("x + 1", True, False, 'check_answer == (False, "invalid")'),
    ("4", True, False, 'check_answer_text == (False, "wrong")'),
]

TEACH = "hailaobao2026/ai-teaching-miniCPM"
TEACH_AT = "tests/test_notebook.py@20a81d6f860bd546a3b502a8511104129dce42f0"

# hailaobao2026/ai-teaching-miniCPM: (gold, pred, expected, why).
_TEACH = [
    ("x = 6", "6", True, "answers_equivalent is True"),
    ("(3/2, 0)", "(1.5，0)", True, "answers_equivalent is True (full-width comma)"),
    ("7√2", "7sqrt(2)", True, "answers_equivalent is True"),
    ("(x - 3)(x + 3)", "(x-3)(x+3)", True, "answers_equivalent is True"),
    ("x^2 - 9", "(x-3)(x+3)", True, "answers_equivalent is True"),
    ("28.26", "28.26平方单位", True, "answers_equivalent is True (unit word 'square units')"),
    ("x = 6", "x = 5", False, "answers_equivalent is False"),
    ("x = 6", "y = 6", False, "answers_equivalent is False (different variable)"),
    ("√17", "√16", False, "answers_equivalent is False"),
    ("x = 6", "5", False, "retry attempt: correct is False"),
    ("(3/2, 0)", "(1.5, 0)", True, "retry attempt: correct is True"),
    ("28.26", "28.26", True, "retry attempt against the bank answer: correct is True"),
]

CASES: list[dict] = [
    *(
        _c(TROPE, TROPE_AT, g, p, False, ok, "ExactMatchVerifier verified")
        for p, g, ok in _TROPE_EXACT
    ),
    *(_c(TROPE, TROPE_AT, g, p, True, ok, why) for g, p, ok, why in _TROPE_BARE),
    *(
        _c(TROPE, TROPE_AT, "3*x", p, False, ok, "llmsrbench oracle verifier verified")
        for p, ok in _TROPE_SR
    ),
    *(_c(LORE, LORE_AT, g, p, wrap, ok, why) for g, p, wrap, ok, why in _LORE),
    *(_c(JOEL, JOEL_AT, g, p, True, ok, why) for g, p, ok, why in _JOEL),
    *(_c(ORK, ORK_AT, g, p, wrap, ok, why) for g, p, wrap, ok, why in _ORK),
    *(_c(CRT, CRT_AT, g, p, False, True, "check_answer is True") for g, p in _CRT),
    *(_c(MBOT, MBOT_AT, "5", p, wrap, ok, why) for p, wrap, ok, why in _MBOT),
    *(_c(TEACH, TEACH_AT, g, p, True, ok, why) for g, p, ok, why in _TEACH),
]
