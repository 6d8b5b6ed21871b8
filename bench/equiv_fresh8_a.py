r"""An eighth fresh set of answer-equivalence cases (evaluation only; helper "a", first part: the
llm-jp/ft-llm-2026 ``math-eval`` cases are in equiv_fresh8_a2.py and equiv_fresh8_a3.py).

Cases are transcribed from the test suites of evaluation harnesses and RL reward code that no
earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh7 modules and
/work/wt/fresh8_claims); the repositories were found with ``find_string`` on grader function names
(``math_equal(``, ``is_equiv(``, ``grade_answer_sympy(``, ``compare_answers(``, ...) in test files.
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- AISBench/benchmark (Huawei's OpenCompass-derived harness; its unit tests are its own, not
  OpenCompass's) @ 29c363e38e9d1560e6f19eff582f6117943b6a77, Apache-2.0:
  ``tests/UT/datasets/agieval/test_math_equivalence.py`` (AGIEval ``math_equivalence.is_equiv``),
  ``tests/UT/datasets/test_math.py`` (``MATHEvaluator.is_equiv`` v1 / v2, ``score`` details),
  ``tests/UT/datasets/test_dapo_math.py`` (``DAPOMathEvaluator(V2).score`` details, predictions
  already extracted), ``tests/UT/datasets/test_mathvision.py`` (``MathVisionEvaluator.score`` on
  open questions, raw ``\boxed{}`` predictions). ``is_equiv(a, b)`` is read as (prediction, gold).
- modelcorp/axon ``tests/utils/rewards/test_math_utils.py``
  @ 4b9b3221381a3350561cdd84ae7ff1920a7897d1, Apache-2.0 (``grade_answer_sympy(given, truth)``,
  ``grade_answer_mathd``, ``are_equal_under_sympy(a, b)`` read as (prediction, gold)). axon's
  ``test_math_reward.py`` is rLLM's test file (already used) and is not transcribed.
- rishabb07/jee-physics-master ``tests/test_phase4_verification.py``
  @ 54326a04456dd7f8e33ecac3a44bd50fac101974 (``compare_answers(ans1, ans2)``, symmetric, read as
  (prediction, gold); rel_tol 1e-3 by default). No license file was found in the stored copy;
  the short test strings are quoted as test data, with attribution.

Identical (gold, pred, verdict) triples asserted more than once in one file are kept once.

Left out, by rule: multiple-choice letters and option labels (jee-physics ``Option (A)``,
AISBench MathVision MCQ); ``None`` or empty golds and predictions; aggregate-only checks (AISBench
``score(['42', '43'], ['42', '44'])['accuracy'] == 50``); assertions with no definite verdict
(AISBench ``is_equiv("test1", "test2")`` is only ``isinstance(bool)``, ``_strip_string`` checks
with ``assertIn``); tool-output checks (AISBench ``MATHAgentEvaluator.soft_equal`` compares the
reference with a code-interpreter step, not with the prediction); a mocked grader (AISBench
``test_math_evaluator.py`` patches ``math_verify``); unparseable junk (axon ``"???"``); and the
deliberate strict-form policy against mathematical equality (axon ``grade_answer_sympy("2/4",
"1/2") is False``, "frac comparison is exact"). Normaliser-only tests (``_strip_string``,
``_normalize``, ``split_tuple``) are not equivalence verdicts and are not transcribed.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AIS = "AISBench/benchmark"
_AIS_C = "@29c363e38e9d1560e6f19eff582f6117943b6a77"
AIS_AGI = "tests/UT/datasets/agieval/test_math_equivalence.py" + _AIS_C
AIS_MATH = "tests/UT/datasets/test_math.py" + _AIS_C
AIS_DAPO = "tests/UT/datasets/test_dapo_math.py" + _AIS_C
AIS_MV = "tests/UT/datasets/test_mathvision.py" + _AIS_C
AXON = "modelcorp/axon"
AXON_AT = "tests/utils/rewards/test_math_utils.py@4b9b3221381a3350561cdd84ae7ff1920a7897d1"
JEE = "rishabb07/jee-physics-master"
JEE_AT = "tests/test_phase4_verification.py@54326a04456dd7f8e33ecac3a44bd50fac101974"

# (where, gold, pred, wrap, expected, why)
_AIS_ROWS: list[tuple[str, str, str, bool, bool, str]] = [
    (AIS_AGI, "1", "1", True, True, "agieval is_equiv('1', '1')"),
    (AIS_AGI, "2.5", "2.5", True, True, "agieval is_equiv('2.5', '2.5')"),
    (AIS_AGI, "2", "1", True, False, "agieval is_equiv('1', '2') is False"),
    (AIS_AGI, "3.5", "2.5", True, False, "agieval is_equiv('2.5', '3.5') is False"),
    (AIS_AGI, "0.5", "1/2", True, True, "agieval is_equiv('1/2', '0.5')"),
    (AIS_AGI, "1", " 1 ", True, True, "agieval is_equiv(' 1 ', '1'): whitespace"),
    (AIS_AGI, "2.5", "2.5 ", True, True, "agieval is_equiv('2.5 ', '2.5')"),
    (AIS_MATH, "42", "42", True, True, "MATHEvaluator(v1 and v2).is_equiv('42', '42')"),
    (AIS_MATH, "43", "42", True, False, "MATHEvaluator(v2).is_equiv('42', '43') is False"),
    (AIS_MATH, "100000", "100,000", True, True, "MATHEvaluator.is_equiv('100,000', '100000')"),
    (AIS_DAPO, "42", "42", True, True, "DAPOMathEvaluator(V2).score details[0] correct"),
    (AIS_DAPO, "200", "100", True, False, "DAPOMathEvaluator(V2).score details[1] wrong"),
    (AIS_DAPO, "1", "1", True, True, "DAPOMathEvaluator.score all correct"),
    (AIS_DAPO, "2", "2", True, True, "DAPOMathEvaluator.score all correct"),
    (AIS_DAPO, "3", "3", True, True, "DAPOMathEvaluator.score all correct"),
    (AIS_DAPO, "4", "1", True, False, "DAPOMathEvaluator.score all wrong"),
    (AIS_DAPO, "5", "2", True, False, "DAPOMathEvaluator.score all wrong"),
    (AIS_DAPO, "6", "3", True, False, "DAPOMathEvaluator.score all wrong"),
    (AIS_DAPO, "1,234", "1234", True, True, "DAPOMathEvaluator normalises the reference 1,234"),
    (AIS_MV, "42", r"\boxed{42}", False, True, "MathVision open question: Accuracy 100"),
    (AIS_MV, "42", r"\boxed{99}", False, False, "MathVision open question: Accuracy 0"),
    (AIS_MV, "3.14", r"\boxed{3.14}", False, True, "MathVision open question (geometry): 100"),
]

# (gold = truth / b, pred = given / a, expected, function)
_AXON_ROWS: list[tuple[str, str, bool, str]] = [
    ("42", "42", True, "grade_answer_sympy"),
    ("1/2", "0.5", True, "grade_answer_sympy"),
    ("42", "5", False, "grade_answer_sympy"),
    ("2", "2.0", True, "grade_answer_sympy: int-like float matches int"),
    ("-3", "-3", True, "grade_answer_sympy"),
    ("3", "-3", False, "grade_answer_sympy"),
    (r"\frac{1}{3}", r"\frac{1}{3}", True, "grade_answer_sympy"),
    ("(1, 2)", "(1, 2)", True, "grade_answer_sympy"),
    ("(2, 1)", "(1, 2)", False, "grade_answer_sympy: order matters"),
    ("(1, 2, 3)", "(1, 2)", False, "grade_answer_sympy: length mismatch"),
    ("[1, 2]", "(1, 2)", False, "grade_answer_sympy: bracket type mismatch"),
    ("42", "42", True, "grade_answer_mathd"),
    (r"\frac{1}{2}", r"\frac{1}{2}", True, "grade_answer_mathd"),
    ("2", "1", False, "grade_answer_mathd"),
    ("42", " 42 ", True, "grade_answer_mathd: whitespace stripped"),
    ("2+3", "5", True, "are_equal_under_sympy('5', '2+3')"),
    ("2*x", "x+x", True, "are_equal_under_sympy('x+x', '2*x')"),
    ("6", "2+3", False, "are_equal_under_sympy('2+3', '6') is False"),
    ("1/3", "1/3", True, "are_equal_under_sympy('1/3', '1/3')"),
]

# (gold = ans2, pred = ans1, wrap, expected, why)
_JEE_ROWS: list[tuple[str, str, bool, bool, str]] = [
    ("100.0", "100", True, True, "compare_answers: numeric"),
    ("3.75", "3.75 A", True, True, "compare_answers: unit A (ampere) stripped"),
    ("0.015", r"1.5 \times 10^{-2} N", True, True, "compare_answers: scientific notation + N"),
    ("0.0250001", "0.025", True, True, "compare_answers: within rel_tol 1e-3"),
    (r"2\sqrt{3}/3", r"2/\sqrt{3}", True, True, "compare_answers: rationalised denominator"),
    (
        r"$2/\sqrt{3}$",
        r"$\frac{2}{\sqrt{3}}$",
        False,
        True,
        "compare_answers: both $-delimited",
    ),
    ("4T_0", "4 T_0", True, True, "compare_answers: spacing in a product"),
]

CASES: list[dict] = [_c(AIS, w, g, p, wr, ok, why) for w, g, p, wr, ok, why in _AIS_ROWS]
CASES += [_c(AXON, AXON_AT, g, p, True, ok, why) for g, p, ok, why in _AXON_ROWS]
CASES += [_c(JEE, JEE_AT, g, p, wr, ok, why) for g, p, wr, ok, why in _JEE_ROWS]
