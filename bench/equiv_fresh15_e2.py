r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "e", second part;
the first part is equiv_fresh15_e.py, whose docstring gives the conventions).

Source: aidanmrli/t-rex (T-REX, research code on test-time scaling of math reasoning with
sequential Monte Carlo / twisted SMC, parallel tempering and a process reward model; its
``trex/eval/grader.py`` is a copy of the ToRA / Qwen2.5-Math ``math_equal`` grader, but the test
files below are the project's own, not those of an earlier source). No license file was found in
the stored copy; the short test strings are quoted as test data, with attribution.

- ``trex/tests/test_eval/test_grader.py`` @ 29cc4292e436929fae2e4d172c558dd521198105:
  ``math_equal(prediction, reference)`` and ``symbolic_equal(a, b)`` (the second argument is
  stored as ``gold``), asserted ``is True`` / ``is False``.
- ``trex/tests/conftest.py`` @ 1173ef7530c92096f3046e6e56b21b74792d5c7b: the
  ``sample_math_comparisons`` fixture, ``(prediction, reference, expected_equal)``, asserted by
  ``test_grader.py::TestMathEqualWithFixtures`` through ``math_equal``.
- ``trex/tests/test_eval/test_math_verifier.py`` @ 397c8a9cbe792830549a6d947089b4cd904b0e82:
  ``MathVerifier(use_hf_math_verify=False).verify(prediction, ground_truth)`` (the answer is
  extracted from the prediction unless ``extract_from_prediction=False``: those are stored with
  ``wrap`` True), ``verify_batch`` and ``compute_score(...)["correctness"]`` in the unmocked
  integration tests.

Left out, by rule: multiple-choice letters (``A``/``B``, ``(A)``, ``The answer is B``,
``The correct answer is (B)``); the case-folding policy (``X`` vs ``x``, ``ABC`` vs ``abc``,
``A`` vs ``a``); the percent-scaling policy (``include_percentage=True``: ``50`` vs ``0.5``);
non-string inputs (``None``, booleans, the float pairs of ``numeric_equal``); golds the suite
cannot judge (empty); asserts with no definite verdict (``isinstance(result, bool)``,
``result is True or result is False``); verdicts forced by mocks; stress inputs (``"x" * 100``,
``"x" * 10000``); exact repeats of a pair already stored (``42`` vs ``42`` with
``timeout=False`` or ``extract_from_prediction=False``, the duplicated integration pairs).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TREX = "aidanmrli/t-rex"
TREX_GRADER = "trex/tests/test_eval/test_grader.py@29cc4292e436929fae2e4d172c558dd521198105"
TREX_FIXTURE = "trex/tests/conftest.py@1173ef7530c92096f3046e6e56b21b74792d5c7b"
TREX_VERIFIER = (
    "trex/tests/test_eval/test_math_verifier.py@397c8a9cbe792830549a6d947089b4cd904b0e82"
)

# test_grader.py: (reference, prediction, expected, why); the prediction is a bare answer.
_GRADER = [
    ("42", "42", True, "math_equal: identical strings"),
    ("42", "  42  ", True, "math_equal: leading/trailing whitespace"),
    ("42.0", "42", True, "math_equal: integer vs 42.0"),
    ("3.14159265", "3.14159", True, "math_equal: floats within the relative tolerance 1e-4"),
    ("3.24", "3.14", False, "math_equal: floats outside the tolerance"),
    ("1000000", "1e6", True, "math_equal: scientific notation"),
    ("-5", "-5", True, "math_equal: negative numbers"),
    ("5", "-5", False, "math_equal: sign differs"),
    ("0.5", "50", False, "math_equal(..., include_percentage=False)"),
    ("[1, 2]", "[1, 2]", True, "math_equal: lists"),
    ("(1, 2)", "(1, 2)", True, "math_equal: tuples"),
    ("[1, 3]", "[1, 2]", False, "math_equal: lists with different elements"),
    ("x=5", "x = 5", True, "math_equal: equations with the same structure"),
    ("5", "x = 5", True, "math_equal: the equation's value is extracted"),
    ("y = 5", "5", True, "math_equal: the reference equation's value is extracted"),
    ("x + 1", "x + 1", True, "symbolic_equal: identical strings"),
    ("1 + x", "x + 1", True, "symbolic_equal: addition is commutative"),
    ("x * 2", "2 * x", True, "symbolic_equal: multiplication is commutative"),
    ("x + 2", "x + 1", False, "symbolic_equal: different expressions"),
    ("1/2", "0.5", True, "symbolic_equal: numeric strings"),
    ("3.14159265358979", "3.14159", True, "TestGraderIntegration.test_workflow_numeric"),
]

# conftest.py sample_math_comparisons: (prediction, reference, expected_equal).
_FIXTURE = [
    ("3.14", "3.14", True),
    ("0.5", "0.50", True),
    ("1.0", "1", True),
    ("41", "42", False),
    ("0.5", "0.6", False),
]

_GSM8K_RESPONSE = (
    "\n        Janet starts with 3 apples.\n        She buys 2 more apples.\n"
    "        Total = 3 + 2 = 5 apples\n        \n        #### 5\n        "
)

# test_math_verifier.py: (ground_truth, prediction as passed, wrap, expected, why).
_VERIFIER = [
    ("42", "41", True, False, "verify(extract_from_prediction=False): different values"),
    ("42", "42.0", True, True, "verify(extract_from_prediction=False): numeric equivalence"),
    ("42", "None", True, False, "verify('None', '42', extract_from_prediction=False) is False"),
    ("42", r"The answer is \boxed{42}.", False, True, "verify with extraction"),
    ("42", r"\boxed{42}", False, True, "verify_batch result True"),
    ("42", r"\boxed{43}", False, False, "verify_batch result False"),
    ("1", r"\boxed{1}", False, True, "verify_batch: all correct"),
    ("2", r"\boxed{2}", False, True, "verify_batch: all correct"),
    ("3", r"\boxed{3}", False, True, "verify_batch: all correct"),
    ("2", r"\boxed{1}", False, False, "verify_batch: all incorrect"),
    ("3", r"\boxed{2}", False, False, "verify_batch: all incorrect"),
    ("4", r"\boxed{3}", False, False, "verify_batch: all incorrect"),
    ("42", r"The answer is \boxed{41}.", False, False, "integration: incorrect answer"),
    ("42", r"\boxed{42.0}", False, True, "integration: numeric equivalence"),
    ("3.14", r"\boxed{3.14}", False, True, "integration: numeric equivalence"),
    ("5", _GSM8K_RESPONSE, False, True, "integration: GSM8K '#### 5' format"),
    (
        "42",
        r"Let me solve this step by step... The answer is \boxed{42}.",
        False,
        True,
        "compute_score integration: correctness True",
    ),
    (
        "42",
        r"I'm not sure, maybe \boxed{41}?",
        False,
        False,
        "compute_score integration: correctness False",
    ),
    ("42", "答案是 42", False, True, "edge case: Chinese '答案是' (the answer is)"),
    ("42", r"\boxed{}", False, False, "edge case: empty box"),
    ("42", r"First \boxed{1}, then \boxed{42}", False, True, "edge case: the last box is used"),
]

CASES: list[dict[str, object]] = [
    *(_c(TREX, TREX_GRADER, gold, pred, True, ok, why) for gold, pred, ok, why in _GRADER),
    _c(TREX, TREX_GRADER, "42", "", False, False, "math_equal('', '42') is False"),
    *(
        _c(TREX, TREX_FIXTURE, gold, pred, True, ok, "sample_math_comparisons via math_equal")
        for pred, gold, ok in _FIXTURE
    ),
    *(
        _c(TREX, TREX_VERIFIER, gold, pred, wrap, ok, why)
        for gold, pred, wrap, ok, why in _VERIFIER
    ),
]
