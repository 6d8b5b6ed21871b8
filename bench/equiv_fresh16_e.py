r"""A sixteenth fresh set of answer-equivalence cases (evaluation only; helper "e").

Cases are transcribed from the grader test suites of small research and tutoring repositories
that no earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
the earlier fresh modules and /work/wt/fresh16_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python (or TypeScript) reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do
not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- bryceroche/mycelium ``tests/test_answer_norm.py`` @ 70fa479ff047d0a942361079eb384ded75deffa8,
  MIT (``LICENSE``, Bryce Roche): ``answers_equivalent(a, b)`` (read as (prediction, gold); every
  pair the suite asserts is symmetric in kind).
- davidesartor/turbolora ``tests/test_tasks.py`` @ 1faf81a228c41a9645fc06fa3a835ac722abd215
  (``grade(pred, gold)``, a math-verify based grader; ``reward`` on boxed completions).
- ayuan153/overthink ``tests/test_checker.py`` @ 56d759b1dfb6f6b36e6d38a957d6d5ff7b7d5766
  (``paretothink.checker.is_equivalent(pred, gold)``).
- richard-shan/aaai ``tests/test_grading.py`` @ 0b0c836876f60e843cd420e5f74f3a4b5a5dd250
  (``reasoncontrol.data.grading.answers_equal(pred, gold)`` and ``grade`` after
  ``extract_answer`` on a boxed completion).
- ECAM-Brussels/e-cam ``src/exercises/Simple.test.tsx`` @ 6d249cde3f4f923b0b9f5e253523f710fa2922e5
  (a TypeScript exercise platform of a Brussels engineering school; ``mark({answer, attempt})``
  with the encrypted answer ``"1"``).
- zayyanlatif11-svg/ADHDreminder ``tests/math.test.ts`` @ 76fb8e797eed850f654dcc5c76a7f0d3f653d468
  (the last commit changing the file; unchanged at HEAD 4caa63ba0a83baa052dc3bb6cc3c03386e6054b6),
  a TypeScript reminder bot with a maths tutor: ``checkAnswer(given, expected, type).verdict``
  (``correct`` -> True, ``incorrect`` -> False) for the types ``integer``, ``fraction`` and
  ``pair`` (a factoring pair, graded regardless of order).
No license file was found in the stored copies other than mycelium's: the short test strings are
quoted as test data, with attribution.

Left out, by rule: multiple-choice letters (turbolora ``\text{(A)}``/``(A)``); the percent-sign
policy (turbolora ``50`` = ``50\%``, as in equiv_issues_a; mycelium's ``50%`` = ``0.5`` is kept:
it reads the percent as a value, which is mathematically right); a unit-word policy against an
otherwise equal value (turbolora ``18 dollars`` vs ``18`` False while ``\$18`` is True); verdicts
that depend on a caller-set tolerance (mycelium ``tolerance=1e-6`` / ``1e-5`` cases); ``None``
inputs; extraction-only asserts (last box, answer markers, aaai's ``**Answer:**`` and permissive
tiers, which are format policies); ADHDreminder's ``unknown`` verdicts, its ``the answer is -7``
reply (extraction) and its ``(x+2)(x+3)`` graded as the pair ``2,3`` (a task-specific reading);
e-cam's task-specific markers (``Equation``, ``System``, ``Limit``, ``Differentiate``,
``Factor``, ``ComplexPolar``: the gold is computed from the task, not written in the test, or the
verdict is a required-form policy).
Searched without a usable new source (already claimed or used, or no equivalence asserts):
Enthusjast/kd1-anime and skr2270/PDF-Consolidator ``tests/test_math_verifier.py`` (no answer
pairs); HangerAmber/LiveSearchVQA (the test file is not in the snapshot); many ``find_string``
hits whose repository resolved to a claimed or used project (sieval, bonsai-fold, SkyThought,
chopthin, trustedrouter-benchmarks, fusion-gateway, Netsphere-Eval, BilimAI, verichalk, KEIR,
balance-budget, hardware-proprioception, t-rex, Meshy, promptfoo, nanochat forks); hits whose
repository or test path could not be confirmed (a Dutch lesson checker with ``:`` as division,
RupertLinacre/brain_bombing's typed-answer test, a GSM-Plus checker) were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MYCELIUM = "bryceroche/mycelium"
MYCELIUM_AT = "tests/test_answer_norm.py@70fa479ff047d0a942361079eb384ded75deffa8"
TURBOLORA = "davidesartor/turbolora"
TURBOLORA_AT = "tests/test_tasks.py@1faf81a228c41a9645fc06fa3a835ac722abd215"
OVERTHINK = "ayuan153/overthink"
OVERTHINK_AT = "tests/test_checker.py@56d759b1dfb6f6b36e6d38a957d6d5ff7b7d5766"
AAAI = "richard-shan/aaai"
AAAI_AT = "tests/test_grading.py@0b0c836876f60e843cd420e5f74f3a4b5a5dd250"
ECAM = "ECAM-Brussels/e-cam"
ECAM_AT = "src/exercises/Simple.test.tsx@6d249cde3f4f923b0b9f5e253523f710fa2922e5"

# (prediction, gold, expected, test name) for mycelium's answers_equivalent
_MYCELIUM: list[tuple[str, str, bool, str]] = [
    ("42", "42", True, "test_string_equality"),
    ("hello", "HELLO", True, "test_string_equality"),
    ("1/2", "0.5", True, "test_fraction_decimal_equivalence"),
    ("0.5", "1/2", True, "test_fraction_decimal_equivalence"),
    ("3/4", "0.75", True, "test_fraction_decimal_equivalence"),
    (r"\frac{1}{2}", "0.5", True, "test_latex_equivalence"),
    (r"$\frac{1}{4}$", "0.25", True, "test_latex_equivalence"),
    ("1/2", "2/4", True, "test_fraction_simplification"),
    ("3/6", "1/2", True, "test_fraction_simplification"),
    ("2", "2.0", True, "test_decimal_equivalence"),
    ("2.0", "2.00", True, "test_decimal_equivalence"),
    ("sqrt(4)", "2", True, "test_sqrt_equivalence"),
    (r"\sqrt{9}", "3", True, "test_sqrt_equivalence"),
    ("50%", "0.5", True, "test_percentage_equivalence: percent read as a fraction"),
    ("100%", "1", True, "test_percentage_equivalence: percent read as a fraction"),
    ("1", "2", False, "test_non_equivalent"),
    ("1/2", "1/3", False, "test_non_equivalent"),
    ("hello", "world", False, "test_non_equivalent"),
    ("0", "0.0", True, "test_near_zero"),
]

# (prediction, gold, expected, comment) for turbolora's grade(pred, gold)
_TURBOLORA: list[tuple[str, str, bool, str]] = [
    ("18", "18", True, "identical"),
    ("18.0", "18", True, "trailing .0"),
    ("0.5", "50", False, "0.5 is not 50"),
    (r"3.83\times10^{35}", "3.83e35", True, "scientific notation, LaTeX vs e-notation"),
    ("3.89e-10", r"3.89\times10^{-10}", True, "scientific notation, e-notation vs LaTeX"),
    (r"3.83\times10^{35}", r"3.9\times10^{35}", False, "different mantissa"),
    ("19", "18", False, "different integer"),
    (r"\frac{1}{2}", "0.5", True, "fraction vs decimal"),
    (r"\frac{1}{2}", r"\frac{2}{4}", True, "unreduced fraction"),
    (r"(3,\frac{\pi}{2})", r"(3,\pi/2)", True, "tuple, frac vs slash"),
    ("x^2+2x+1", "(x+1)^2", True, "expanded vs factored"),
    (r"\sqrt{2}", "1.5", False, "sqrt(2) is not 1.5"),
    (r"\$18", "18", True, "units and formatting are tolerated: dollar sign"),
    (r"90^\circ", "90", True, "units and formatting are tolerated: degree sign"),
    ("1050", "1,050", True, "units and formatting are tolerated: thousands separator"),
    ("18", "18.00", True, "units and formatting are tolerated: trailing zeros"),
    (r"\pi", "3.14159", False, "symbolic vs numeric: pi is not 3.14159"),
    (r"2\sqrt{2}", r"\sqrt{8}", True, "symbolic vs numeric: simplified radical"),
    ("x=3", "3", True, "symbolic vs numeric: equation vs value"),
    ("(1,2)", "(2,1)", False, "tuples are ordered"),
    ("1,2", "2,1", True, "bare comma lists are compared as sets"),
]

# (prediction, gold, expected, test name) for overthink's is_equivalent(pred, gold)
_OVERTHINK: list[tuple[str, str, bool, str]] = [
    ("56", "56", True, "test_int"),
    ("7", "360", False, "test_int_wrong"),
    (r"\frac{1}{2}", "0.5", True, "test_fraction_latex_vs_decimal"),
    (r"\dfrac{3}{6}", r"\frac{1}{2}", True, "test_dfrac"),
    (r"2\sqrt{3}", r"\sqrt{12}", True, "test_sqrt"),
    (r"\frac{\pi}{2}", "pi/2", True, "test_pi"),
    ("2,600", "2600", True, "test_thousands_separator"),
    (r"-\frac{1}{4}", "-0.25", True, "test_negative_fraction"),
    (r"(3, \frac{\pi}{2})", "(3, pi/2)", True, "test_tuple"),
    ("(1, 2)", "(2, 1)", False, "test_tuple_order_matters"),
    ("(1, 2)", "3", False, "test_tuple_vs_scalar"),
    ("x**2 + 1", "1 + x^2", True, "test_expression"),
]

# (prediction, gold, expected, test name) for aaai's answers_equal(pred, gold)
_AAAI: list[tuple[str, str, bool, str]] = [
    ("0.5", r"\frac{1}{2}", True, "test_math_verify_equivalence"),
    ("1/2", r"\frac{1}{2}", True, "test_math_verify_equivalence"),
    ("0.5", "0.6", False, "test_math_verify_equivalence"),
]

ADHD = "zayyanlatif11-svg/ADHDreminder"
ADHD_AT = "tests/math.test.ts@76fb8e797eed850f654dcc5c76a7f0d3f653d468"

# (given, expected answer, verdict, checkAnswer type and test name) for ADHDreminder
_ADHD: list[tuple[str, str, bool, str]] = [
    ("3", "3", True, "integer, grades integers"),
    ("-14", "-14", True, "integer, grades integers"),
    ("4", "3", False, "integer, grades integers"),
    ("x = 3", "3", True, "integer, tolerates how people actually reply"),
    (" 3 ", "3", True, "integer, tolerates how people actually reply"),
    ("3/4", "3/4", True, "fraction, equivalent forms"),
    ("6/8", "3/4", True, "fraction, equivalent forms"),
    ("0.75", "3/4", True, "fraction, equivalent forms"),
    ("2/3", "3/4", False, "fraction, equivalent forms"),
    ("2,3", "2,3", True, "pair, regardless of order"),
    ("3,2", "2,3", True, "pair (factoring pair), regardless of order"),
    ("2,5", "2,3", False, "pair, regardless of order"),
]

CASES: list[dict[str, object]] = [
    *(
        _c(MYCELIUM, MYCELIUM_AT, gold, pred, True, ok, f"answers_equivalent, {why}")
        for pred, gold, ok, why in _MYCELIUM
    ),
    _c(
        MYCELIUM,
        MYCELIUM_AT,
        "42",
        r"\boxed{42}",
        False,
        True,
        "answers_equivalent, test_latex_equivalence: a boxed answer",
    ),
    *(
        _c(TURBOLORA, TURBOLORA_AT, gold, pred, True, ok, f"test_math_equal grade: {why}")
        for pred, gold, ok, why in _TURBOLORA
    ),
    _c(TURBOLORA, TURBOLORA_AT, "18", r"\boxed{18}", False, True, "test_reward: reward 1.0"),
    _c(TURBOLORA, TURBOLORA_AT, "18", r"\boxed{19}", False, False, "test_reward: reward 0.0"),
    *(
        _c(OVERTHINK, OVERTHINK_AT, gold, pred, True, ok, f"is_equivalent, {why}")
        for pred, gold, ok, why in _OVERTHINK
    ),
    *(
        _c(AAAI, AAAI_AT, gold, pred, True, ok, f"answers_equal, {why}")
        for pred, gold, ok, why in _AAAI
    ),
    _c(
        AAAI,
        AAAI_AT,
        "0.5",
        r"reasoning ... </think> The final answer is \boxed{\frac{1}{2}}.",
        False,
        True,
        "test_grade_and_extract_answer: grade(extract_answer(text), '0.5')",
    ),
    _c(ECAM, ECAM_AT, "1", "1", True, True, "mark: attempt equals the answer"),
    _c(ECAM, ECAM_AT, "1", "2/2", True, True, "mark: 2/2 marked correct for 1"),
    _c(ECAM, ECAM_AT, "1", "2", True, False, "mark: 2 marked wrong for 1"),
    *(
        _c(ADHD, ADHD_AT, gold, pred, True, ok, f"checkAnswer {why}")
        for pred, gold, ok, why in _ADHD
    ),
]
