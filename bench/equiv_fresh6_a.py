r"""A sixth fresh set of answer-equivalence cases (evaluation only; helper "a").

Found through ``find_string`` searches for ``assert is_equiv(``, ``assert not is_equiv(``,
``assert math_equal(``, ``assert grade_answer(``, ``assert answers_match(`` (a hit's repository
named through ``find_files`` on the module path its test imports, e.g.
``src/eval_power/grading.py``) and ``find_files`` on test paths such as
``tests/test_answer_equivalence.py`` and ``tests/test_math_verify.py``. curate's judge was not
run on these cases while collecting them, and nothing here may be used to tune it. Conventions as
in equiv_fresh3_a.py: ``gold`` is the reference answer, ``pred`` the prediction (a bare answer to
be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it),
``expected`` the verdict the test asserts, ``where`` is ``path@commit`` in ``repo`` on
github.com. Strings are the values Python reads from the test (a test's ``"\\frac"`` is stored
as ``r"\frac"``). Within one file a repeated (gold, pred) pair is kept once.

Sources (none in bench/data/README.md, the equiv_issues_* threads, the equiv_fresh3_* /
equiv_fresh4 / equiv_fresh5_* docstrings, or /work/wt/fresh6_claims before they were claimed
here; no license file was found in the stored copies unless one is named, so short test strings
are quoted as test data, with attribution):

- yszhao2004/Lighteval-fix ``tests/test_answer_equivalence.py``
  @ 9fcc6689d2eb96ede54fd51889b72b4e28fcc5f2 (``answers_equivalent(gold, pred)``, a wrapper
  around LightEval's comparator with its own corpus of cases, and ``extract_final_answer`` then
  ``answers_equivalent`` on whole "ANSWER: ..." generations against a boxed gold). Not a fork
  of huggingface/lighteval's test suite: the file and its cases are the repository's own.
- killy-netsphere/Netsphere-Eval ``tests/test_scorers.py``
  @ a75d104934023f36a5e9ea106c3a449bc3d8edf1 (``answers_match(pred, gold)`` and ``score_math``
  on whole "FINAL ANSWER: ..." responses; the golds of tasks m01 = ``649`` and m20 =
  ``42504/5`` read from ``tasks/math.jsonl`` @ 580c3096686be46674f1c74dbfbe2787f625ad81), MIT
  (LICENSE @ 580c3096).
- RuntimeAll/agent-service-toolkit ``tests/test_math_verify.py``
  @ 0fdf17c8d7198a5dbb5b68b5ee1a9d9424286b38 (``agents.math_verify.verify``: ``expr_equiv``
  payloads read as gold ``expr_a`` / prediction ``expr_b``, ``numeric`` payloads as gold
  ``expr`` / prediction ``claimed``; ``pass`` is True, ``fail`` False).
- treese41528/genai-studio-sdk ``tests/test_math_grade.py``
  @ 508b3d05e0ac0e91e13cde20b1d80a768421fd2a (``is_equiv(prediction, gold)`` of its MATH-500
  grader; the predictions are boxed as the test writes them) and ``tests/test_symbolic.py``
  @ 02d4682c1223e78dfe4b3e9a8e939f63decd79ce (``verify_math`` on an equality claim
  ``lhs == rhs``: stored as gold ``rhs``, prediction ``lhs``).
- mottopanikeiku/eval-power ``tests/test_grading.py``
  @ bbbae30a37a3b80ca43af6e8e23444e3892bdb78 (GSM8K ``grade_strict_answer`` and the flexible
  ``grade_answer`` on whole responses against a numeric reference).

Left out, by rule: multiple-choice letters (Lighteval-fix ``\text{(C)}`` vs ``C`` / ``D``,
eval-power's ARC choice tests, agent-service-toolkit's ``choice`` payloads); format policies
(Lighteval-fix's ``50\%`` vs ``50`` "known tension", the percent-sign policy as in
equiv_fresh3_a; eval-power's strict grader rejecting "The answer is 4" for want of ``####``;
Netsphere-Eval's ``"The answer is 649"`` rejected for want of a FINAL ANSWER line); golds the
suite cannot judge (eval-power's ``NaN`` reference; ``None`` predictions); checks that are not
answer equivalence (answer-extraction tests, agent-service-toolkit's ``equation_solve`` payloads
whose gold is an equation to solve, its garbage / runaway-input ``degrade`` checks,
genai-studio-sdk's inequality claims, Netsphere-Eval's grounded, instruction and "bizarre"
tasks). eval-power's flexible ``"#### 4 or 5"`` case repeats its strict one and is kept once.
Searched without a usable, unclaimed source: the find_string hits for ``ymir``, ``bonsaifold``,
``sieval``, ``pumpkinspice``, ``trinity.orchestration`` (TinyRouter forks) and
``evaluator.official`` (fusion-gateway) all belong to repositories already claimed;
``ccps`` is chopthin (used); lm-evaluation-harness's minerva / hendrycks tests are used; the
repositories of ``awo.benchmarks``, ``offline_search`` and ``Netsphere``'s siblings could not be
named (not used); BenWilcox8/arctic-qa, SUPERZJ827/BenchAudit, wccdev/starforge-tutorial,
valleysprings/EvoSkill-Foundry and AssetOverflow/core hold no answer-equivalence assertions.
Found but already claimed by another collector of this set: clickbrain/vllm-mlx-ui,
jasont314/CASPO, NeutroLink/BilimAI, soffy88/mneme, marin-community/marin (Table-9 grader),
sanmarcog/mathnet-eval-harness. Not used because the repository could not be named (the module
path its test imports is not stored): ``rlvr.rewards`` (an RLVR gating project), ``math_core``
(``grade_expression`` / ``grade_numeric``), ``mags.grading``, ``llamarcute_live``,
``irene_brain``, ``offline_search``, ``awo.benchmarks``. Too small to be worth a claim:
crucible (no explicit pairs), EZIOJP/cognitive-aware-learning-tutor (test path not found).
The second part, equiv_fresh6_a2.py, holds the other sources of this collection.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

LEF = "yszhao2004/Lighteval-fix"
LEF_AT = "tests/test_answer_equivalence.py@9fcc6689d2eb96ede54fd51889b72b4e28fcc5f2"
NSE = "killy-netsphere/Netsphere-Eval"
NSE_AT = "tests/test_scorers.py@a75d104934023f36a5e9ea106c3a449bc3d8edf1"
AST = "RuntimeAll/agent-service-toolkit"
AST_AT = "tests/test_math_verify.py@0fdf17c8d7198a5dbb5b68b5ee1a9d9424286b38"
GSS = "treese41528/genai-studio-sdk"
GSS_GRADE = "tests/test_math_grade.py@508b3d05e0ac0e91e13cde20b1d80a768421fd2a"
GSS_SYM = "tests/test_symbolic.py@02d4682c1223e78dfe4b3e9a8e939f63decd79ce"
EVP = "mottopanikeiku/eval-power"
EVP_AT = "tests/test_grading.py@bbbae30a37a3b80ca43af6e8e23444e3892bdb78"

# yszhao2004/Lighteval-fix EQUIVALENT: (gold, pred), answers_equivalent(gold, pred) is True.
_LEF_EQUIVALENT = [
    (r"\frac{1}{2}", r"\dfrac{1}{2}"),
    (r"\frac{1}{2}", "0.5"),
    (r"\tfrac{3}{4}", "0.75"),
    (r"288\pi", "288π"),
    (r"12\pi", "12π"),
    (r"\frac{\pi}{6}", "π/6"),
    (r"-\frac{\pi}{6}", "-π/6"),
    (r"2\sqrt{113}", "2√113"),
    (r"16 \sqrt{3}", "16√3"),
    (r"11 \sqrt{5} + 11", "11(√5+1)"),
    (r"(-\infty, 2) \cup (3, \infty)", "(-∞,2)∪(3,∞)"),
    (r"1 \pm \sqrt{19}", "1 ± √19"),
    (r"2\sqrt{3}", r"\sqrt{12}"),
    (r"\sqrt{66}", "sqrt(66)"),
    (r"\left(3\right)", "(3)"),
    (r"45^\circ", "45"),
    (r"\$12", "12"),
    (r"1{,}024", "1024"),
    (r"\text{even}", "even"),
    (r"\text{ellipse}", "ellipse"),
    ("x^3+3x-6", "x^3 + 3x - 6"),
    ("-13x+3", "3-13x"),
    ("5x - 7y + 11z + 4 = 0", "5x-7y+11z+4=0"),
    ("42", " 42. "),
]

# yszhao2004/Lighteval-fix DIFFERENT: (gold, pred), answers_equivalent(gold, pred) is False.
_LEF_DIFFERENT = [
    ("(1,2)", "{1,2}"),
    ("(1,2)", "[1,2]"),
    ("[-2, 7]", "(-2, 7)"),
    ("1/3", "1/4"),
    (r"288\pi", r"289\pi"),
    (r"2\sqrt{3}", r"3\sqrt{2}"),
    ("42", "-42"),
    ("(15,-29)", "(-15,29)"),
    ("(15,-29)", "(-29,15)"),
    (r"\text{even}", "odd"),
    ("0.5", "5"),
    ("1024", "1,024,000"),
]

# yszhao2004/Lighteval-fix END_TO_END: (gold_text, pred_text, expected).
_LEF_END_TO_END = [
    (r"\boxed{288\pi}", "ANSWER: 288π", True),
    (r"\boxed{\text{even}}", "ANSWER: even", True),
    (r"\boxed{(15,-29)}", "ANSWER: (15,-29)", True),
    (r"\boxed{(15,-29)}", "ANSWER: (-29,15)", False),
    (r"\boxed{\frac{1}{2}}", "<think>...</think>\n\nANSWER: 0.5", True),
]

# killy-netsphere/Netsphere-Eval TestAnswersMatch: (gold, pred, expected, why).
_NSE_MATCH = [
    ("42", "42", True, "test_exact_match"),
    ("HELLO", "Hello", True, "test_case_insensitive"),
    ("42504/5", "8500.80", True, "test_numeric_vs_fraction"),
    ("42504/5", "$8,500.80", True, "test_dollar_comma"),
    ("2162/54145", "103776/2598960", True, "test_unreduced_fraction"),
    ("649", "649.", True, "test_trailing_period"),
    ("649", "**649**", True, "test_bold_markdown"),
    ("649", "650", False, "test_wrong_number_rejected"),
    ("43501", "043501", True, "test_leading_zero_code (a base-7 digit string, task m12)"),
]

# killy-netsphere/Netsphere-Eval TestScoreMath: (gold, response, expected, why).
_NSE_SCORE = [
    ("649", "thinking...\nFINAL ANSWER: 649", True, "score_math m01: test_math_pass"),
    (
        "649",
        "<think>7^4=401...</think>FINAL ANSWER: 649",
        True,
        "score_math m01: test_math_pass_with_think_block",
    ),
    ("649", "FINAL ANSWER: 343", False, "score_math m01: test_math_fail_wrong"),
    (
        "42504/5",
        "FINAL ANSWER: $8500.80",
        True,
        "score_math m20: test_math_fraction_decimal_equiv",
    ),
]

# RuntimeAll/agent-service-toolkit verify(payload): (gold, pred, expected, why).
_AST_VERIFY = [
    ("(x+1)**2", "x**2+2*x+1", True, "expr_equiv pass"),
    ("(x+1)**2", "x**2+1", False, "expr_equiv fail"),
    ("x**2-9", "(x-3)*(x+3)", True, "expr_equiv factored pass"),
    ("x**2-9", "(x-3)*(x-3)", False, "expr_equiv sign fail"),
    ("x**3*x**2", "x**5", True, "expr_equiv pass (legit powers)"),
    ("2*sqrt(2)", "sqrt(8)", True, "expr_equiv pass (sqrt8 vs 2sqrt2)"),
    ("x^2+2x+1", "(x+1)**2", True, "expr_equiv pass ('^' read as power)"),
    ("3*7/2", "10.5", True, "numeric pass, tol 1e-6"),
    ("3*7/2", "10.6", False, "numeric fail, tol 1e-6"),
    ("1/3", "0.333333333", True, "numeric pass at the default tolerance"),
    ("2**10", "1000", False, "numeric fail, far off"),
    ("2**10", "1024", True, "numeric pass (legit powers)"),
    ("1/2", "0.5", True, "numeric pass (half vs decimal)"),
]

# treese41528/genai-studio-sdk: (where, gold, pred, wrap, expected, why).
_GSS = [
    (GSS_GRADE, r"\frac{1}{2}", r"\boxed{0.5}", False, True, "is_equiv is True"),
    (GSS_GRADE, r"\frac{14}3", r"\boxed{\frac{14}{3}}", False, True, "is_equiv is True"),
    (GSS_GRADE, "1 + x^2", r"\boxed{x^2+1}", False, True, "is_equiv is True"),
    (GSS_GRADE, r"2\sqrt{3}", r"\boxed{2\sqrt{3}}", False, True, "is_equiv is True"),
    (GSS_GRADE, "8", r"\boxed{7}", False, False, "is_equiv is False"),
    (GSS_GRADE, "5", "no answer here", False, False, "is_equiv is False (no answer)"),
    (GSS_SYM, "(x-1)*(x+1)", "x**2 - 1", True, True, "verify_math claim verdict True"),
    (GSS_SYM, "3/10", "1/10 + 2/10", True, True, "verify_math claim verdict True (exact)"),
    (GSS_SYM, "x**2 + 1", "(x+1)**2", True, False, "verify_math claim verdict False"),
    (GSS_SYM, "2", "sqrt(2)*sqrt(2)", True, True, "verify_math claim verdict True"),
]

# mottopanikeiku/eval-power: (gold, response, expected, why).
_EVP = [
    ("1234", "Work.\n#### 1,234", True, "grade_strict_answer gsm8k True"),
    ("2", "#### 2.0", True, "grade_strict_answer gsm8k True"),
    ("-3", "#### -3", True, "grade_strict_answer gsm8k True"),
    ("4", "#### 4.\n", True, "grade_strict_answer gsm8k True"),
    ("4", "#### 4 or 5", False, "grade_strict_answer and grade_answer gsm8k False"),
    ("4", "#### 5\n#### 4", True, "grade_strict_answer gsm8k True (last marker)"),
    ("5", "#### 4", False, "grade_strict_answer gsm8k False"),
    ("10", "#### The numeric answer is 10.", True, "grade_answer gsm8k True"),
    (
        "1234",
        "Earlier 40 + 40 = 80. Final answer: $1,234.00.",
        True,
        "grade_answer gsm8k True",
    ),
    ("-3.5", "The result is −3.5", True, "grade_answer gsm8k True (U+2212 minus)"),
    ("0.5", "The answer is .5", True, "grade_answer gsm8k True"),
    ("4", "No number here", False, "grade_answer gsm8k False"),
    ("10", "Calculation 9; final answer 10", True, "grade_answer gsm8k True"),
]

CASES: list[dict] = [
    *(
        _c(LEF, LEF_AT, g, p, True, True, "EQUIVALENT: answers_equivalent(gold, pred)")
        for g, p in _LEF_EQUIVALENT
    ),
    *(
        _c(LEF, LEF_AT, g, p, True, False, "DIFFERENT: not answers_equivalent(gold, pred)")
        for g, p in _LEF_DIFFERENT
    ),
    *(
        _c(LEF, LEF_AT, g, p, False, ok, "END_TO_END: extract_final_answer, then compare")
        for g, p, ok in _LEF_END_TO_END
    ),
    *(_c(NSE, NSE_AT, g, p, True, ok, f"answers_match: {why}") for g, p, ok, why in _NSE_MATCH),
    *(_c(NSE, NSE_AT, g, p, False, ok, why) for g, p, ok, why in _NSE_SCORE),
    *(_c(AST, AST_AT, g, p, True, ok, why) for g, p, ok, why in _AST_VERIFY),
    *(_c(GSS, w, g, p, wrap, ok, why) for w, g, p, wrap, ok, why in _GSS),
    *(_c(EVP, EVP_AT, g, p, False, ok, why) for g, p, ok, why in _EVP),
]
