r"""A ninth fresh set of answer-equivalence cases (evaluation only; helper "b": graders written in
Go, Rust and JavaScript / TypeScript, plus the Python suite of a project whose Rust grader is used).

Cases are transcribed from test files of graders that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the fresh3..fresh8 modules and /work/wt/fresh9_claims). Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when
``wrap`` is True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the
test's language reads (a Go raw string ```\frac{1}{2}``` or a JS/Rust ``"\\frac{1}{2}"`` is stored
as ``r"\frac{1}{2}"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- AlhasanIQ/consortium (Go, an LLM-workflow benchmark runner grading MATH-500)
  ``pkg/bench/math_test.go`` @ b8dddb3342a93defb4f43ea1c8950221aa02a7c2
  (``MathAnswersEquivalent(predicted, gold)``, ``IsCorrectPrediction(item, predicted, ok)``) and
  ``pkg/bench/grading_test.go`` @ b8dddb3342a93defb4f43ea1c8950221aa02a7c2 (math-500 items only).
  No license file in the stored copy.
- ai-dynamo/aiperf (NVIDIA; SPDX Apache-2.0 headers): the Rust grader's own tests in
  ``crates/aiperf-accuracy/src/grader/math.rs`` @ 28a17adb783f64f9c14b54801e4a0ed6a38623f6
  (``MathGrader::equivalent(prediction, reference)``, ``grade(response, ground_truth)``) and the
  Python suite ``tests/unit/accuracy/test_math_grader.py``
  @ 361e15387a7882c0079bbb0b8ec86c7eb55842f8 (``MathGrader.grade(response, ground_truth)``).
- Tolux-dotcom/tolux-ai-math-coach (JavaScript, an algebra tutoring app)
  ``test/math-answer-evaluator.test.mjs`` @ 64c85706c0388950e57544d2aac2dc7cd0bf422a
  (``expressionsEquivalent``, ``mathAnswersEquivalent``, ``equationsEquivalent``; read as
  (response, reference); every pair the suite checks is symmetric in meaning). No license file.
- mfish324/mathclicks (TypeScript, a math practice app) ``src/lib/answer-validation.test.ts``
  @ 9de7c54b1c4a45e06b45ef4d1590455eaa30af6e (``validateAnswer(createProblem(answer, type), input)``,
  the answer type (integer, decimal, fraction, coordinate, expression) noted in ``why``). No
  license file.
- Apomera/AlloFlow (JavaScript, a classroom app's CAS) ``tests/algebracas_grading.test.js``
  @ 78799283f6179d69f30dbdcec3d6fb0ea98812f9 (``gradeAnswer(student, expected)``: decidable and
  correct). No license file.
- Anthony0218/Pluto (TypeScript, a learning app's exact-rational grader)
  ``tests/math-foundations.test.mjs`` @ 73efe9c3a191f175b543e93a516310680d84c95b
  (``gradeMathAnswer(value, expected)``: "correct" is True, "incorrect" is False). No license file.

Short test strings are quoted as test data, with attribution.

Left out, by rule: string normalisers and extractors tested on their own (aiperf
``_stdlib_normalize`` / ``strip_math_string`` / ``_extract_with_flag``, consortium
``NormalizeMathAnswer`` / ``ParseMathAnswer``: some map non-equal strings together on purpose,
e.g. ``"7 and 8"`` -> ``"78"``); asserts with no verdict on correctness (aiperf's reasoning-text
and ``"the answer is 42"`` regex-fallback checks); a 30,000-character response (aiperf
``"Step. " * 5000``); multiple-choice labels and the non-math ``"Paris"`` item (consortium
grading_test.go); the consortium verdict ``(1, -2)`` == ``(-2, 1)`` (an order-blind policy applied
to ordered pairs, against mathematical equality) and its depth-limit / parse-failure guards;
natural-language answers and the ``canonicalSpecialAnswer`` classifier (Tolux: "Both sides cancel
out" vs "infinitely many solutions", "no solution" vs "no solutions"); Pluto's input-validation
policy (``"invalid"`` for ``2+2``, ``1e3``, ``1/0``, units, ...), its decimal-comma inputs
(``0,50``, ``,5``, ``-5,000``: locale-dependent, ``-5,000`` reads as -5000 in English), its course
answers (kept in a data file, not in the test); Pluto's generated loops are sampled by a fixed rule:
(numerator, denominator) = (-20, 1), (3, 4), (7, 17) for the x13 loop, and (0, 8), (6, 8), (7, 4)
for the fractionDisplay loop (the values the test also pins by name). Identical trivial repeats
(grading_test.go's 42/42, 7/7, 15/15; mathclicks' ``isEquivalentAnswer`` pairs, which repeat its
``validateAnswer`` pairs, and its feedback / hint-progression 42-vs-43 / 42-vs-42) are kept once;
the aiperf Rust and Python graders share one pair (``The answer is \frac{1}{2}`` vs 1/2), kept
in both as two implementations.
mathclicks: left out the verdicts that rest on its numeric tolerance (``3.1401`` / ``3.1399`` ==
3.14, ``(3.0005, 4.0005)`` == (3, 4), ``0.333`` / ``0.33`` == 1/3 and the like for 2/3, 1/6), its
multiple-choice and true/false items and its ``acceptable_answers`` list test (a list lookup, with
``50%``). AlloFlow: ``verifySolution`` (checks a root against the problem, not a reference) and
the not-decidable empty answer. Apomera/AlloFlow's ``MathHelpers.areMathAnswersEquivalent`` tests
were found only by content; their file path could not be named, so they were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CONS = "AlhasanIQ/consortium"
CONS_MATH = "pkg/bench/math_test.go@b8dddb3342a93defb4f43ea1c8950221aa02a7c2"
CONS_GRADING = "pkg/bench/grading_test.go@b8dddb3342a93defb4f43ea1c8950221aa02a7c2"
AIPERF = "ai-dynamo/aiperf"
AIPERF_RS = "crates/aiperf-accuracy/src/grader/math.rs@28a17adb783f64f9c14b54801e4a0ed6a38623f6"
AIPERF_PY = "tests/unit/accuracy/test_math_grader.py@361e15387a7882c0079bbb0b8ec86c7eb55842f8"
TOLUX = "Tolux-dotcom/tolux-ai-math-coach"
TOLUX_AT = "test/math-answer-evaluator.test.mjs@64c85706c0388950e57544d2aac2dc7cd0bf422a"
MCLICK = "mfish324/mathclicks"
MCLICK_AT = "src/lib/answer-validation.test.ts@9de7c54b1c4a45e06b45ef4d1590455eaa30af6e"
ALLO = "Apomera/AlloFlow"
ALLO_AT = "tests/algebracas_grading.test.js@78799283f6179d69f30dbdcec3d6fb0ea98812f9"
PLUTO = "Anthony0218/Pluto"
PLUTO_AT = "tests/math-foundations.test.mjs@73efe9c3a191f175b543e93a516310680d84c95b"

# (gold, pred, wrap, expected, why) per source file.
_CONS_MATH = [
    # TestMathAnswersEquivalent: MathAnswersEquivalent(a=predicted, b=gold)
    ("42", "42", True, True, "exact match"),
    ("0.5", "1/2", True, True, "fraction and decimal"),
    ("14/3", r"\frac{14}{3}", True, True, "latex fraction"),
    ("-pi/6", r"-\frac{\pi}{6}", True, True, "pi fraction forms"),
    ("5", "x = 5", True, True, "assignment versus value"),
    ("1,-2", "(1, -2)", True, True, "tuple normalized spacing"),
    (
        r"\LEFT( 3, \FRAC{\PI}{2} \RIGHT)",
        "(3,\u03c0/2)",
        True,
        True,
        "uppercase latex and unicode pi tuple",
    ),
    ("72", "72 degrees", True, True, "units are ignored for numeric answers"),
    ("1000", "1,000", True, True, "thousands separators in numbers"),
    ("8", "7", True, False, "different values"),
    # TestIsCorrectPredictionMath500: gold \frac{14}{3}
    (r"\frac{14}{3}", "14/3", True, True, "IsCorrectPrediction: equivalent math answer"),
    (r"\frac{14}{3}", "3/14", True, False, "IsCorrectPrediction: non-equivalent answer"),
    # TestMathNormalizerGap1_ShortFormFrac (all want true)
    ("9/19", r"\frac9{19}", True, True, "frac digit braced denom"),
    ("9/19", r"\FRAC9{19}", True, True, "FRAC uppercase digit braced"),
    ("1/4", r"\frac14", True, True, "frac two digits no braces"),
    ("3/4", r"\frac 34", True, True, "frac space two digits"),
    ("6/5", r"\frac65", True, True, "frac two digits 65"),
    ("5/9", r"\frac 59", True, True, "frac space two digits 59"),
    ("4/3", r"\frac43", True, True, "frac two digits 43"),
    # TestMathNormalizerGap2_InlineTextMbox
    ("864", r"864 \mbox{ inches}^2", True, True, "mbox inches squared"),
    (r"\frac{270}{7}", r"\frac{270}{7}\text{ degrees}", True, True, "text degrees"),
    ("5.4", r"5.4 \text{ cents}", True, True, "text cents"),
    ("100", r"100 \MBOX{ METERS}", True, True, "MBOX uppercase"),
    # TestMathNormalizerGap3_CurrencySymbol
    ("36", r"\$36", True, True, "escaped dollar"),
    ("18.90", r"\$18.90", True, True, "escaped dollar decimal"),
    ("32348", r"\$32,348", True, True, "escaped dollar thousands"),
    ("42", "$42", True, True, "bare dollar sign"),
    # TestMathNormalizerGap4_ThousandsSeparatorSpacing
    ("11111111100", r"11,\! 111,\! 111,\! 100", True, True, r"spaced thousands from \! removal"),
    ("1000", "1, 000", True, True, "single spaced group read as thousands"),
    # TestMathNormalizerGap5_SetOrderIndependence (the (1, -2) vs (-2, 1) pair is left out)
    ("-2, 1", "1,-2", True, True, "two elements swapped (solution list)"),
    ("3,1,2", "1,2,3", True, True, "three elements reordered"),
    ("1,3", "1,2", True, False, "different set elements should not match"),
    # TestMathNormalizerGap6_PlusMinusExpansion
    (r"1 + \sqrt{19}, 1 - \sqrt{19}", r"1 \pm \sqrt{19}", True, True, "pm sqrt"),
    (r"3 - 2\sqrt{2}, 3 + 2\sqrt{2}", r"3 \pm 2\sqrt{2}", True, True, "pm reversed order"),
    ("5 + x, 5 - x", "5 \u00b1 x", True, True, "unicode pm"),
    # TestMathNormalizerGap7_MarkdownBold: the strings are whole model outputs
    ("47", "**47**", False, True, "bold wrapped answer"),
    ("47", "**Final answer: 47**", False, True, "bold final answer prefix"),
    (r"\frac{3}{2}", r"**Final answer: \(\frac{3}{2}\)**", False, True, "bold with frac"),
    # TestMathNormalizerGap8_SubscriptBraces
    ("4210_5", "4210_{5}", True, True, "subscript braces vs bare (base-5 numeral)"),
    ("x_{12}", "x_{12}", True, True, "multi-char subscript unchanged"),
]

_CONS_GRADING = [
    # TestIsCorrectPrediction_MathBenchmark (math-500 items)
    ("42", "43", True, False, "wrong math answer"),
]

_AIPERF_RS = [
    # balanced_box_and_latex_expression_equivalence: grader.equivalent(prediction, reference)
    ("0.5", r"\frac{1}{2}", True, True, "equivalent"),
    ("2^{1/2}", r"\sqrt{2}", True, True, "equivalent"),
    ("x^2+2x+1", "(x+1)^2", True, True, "equivalent"),
    ("2x", "x+x", True, True, "equivalent"),
    ("2x+2", "2(x+1)", True, True, "equivalent"),
    ("x^3", "x^2", True, False, "not equivalent"),
    ("25", "24", True, False, "not equivalent"),
    # extraction_priority_and_fallback_are_retained: grade(response, ground_truth)
    ("42", r"first 99, then \boxed{42}", False, True, "boxed answer wins: correct"),
    ("12", "the answer is 5. Wait, the answer is 12", False, True, "last answer phrase: correct"),
    ("1/2", r"The answer is \frac{1}{2}", False, True, "unboxed frac phrase: correct"),
]

_AIPERF_PY = [
    # MathGrader.grade(response, ground_truth).correct
    ("1/2", r"The answer is \frac{1}{2}", False, True, "unboxed frac grades as boxed"),
    ("1/2", r"\boxed{\frac{1}{2}}", False, True, "boxed frac vs 1/2"),
    ("42", r"\boxed{42}", False, True, "boxed int match"),
    ("42", r"\boxed{99}", False, False, "boxed int mismatch"),
    ("1/2", r"\boxed{0.5}", False, True, "decimal matches fraction"),
    ("0.5", r"\boxed{\dfrac{1}{2}}", False, True, "dfrac matches decimal"),
    ("-7", r"\boxed{-7}", False, True, "negative match"),
    ("0", r"\boxed{0}", False, True, "zero match"),
    ("42", r"$\boxed{42}$", False, True, "dollar wrapped match"),
    ("1/2", r"\boxed{\left(\dfrac{1}{2}\right)}", False, True, "left/right stripped match"),
    (
        "42",
        r"Initially I thought 99, but recomputing gives \boxed{42}.",
        False,
        True,
        "decoy number before box",
    ),
    ("42", r"Try \boxed{99}. Wait, actually \boxed{42}.", False, True, "last of several boxes"),
    ("42", r"the answer is 42, oops I mean \boxed{99}", False, False, "box wins over phrase"),
    (
        "42",
        r"Therefore, after computing, \boxed{42} is the answer.",
        False,
        True,
        "adjacent text does not pollute",
    ),
    ("42", "\u2234 \\boxed{42} \u2713", False, True, "unicode around the box"),
    ("42", "", False, False, "empty response is incorrect"),
    ("42", "   \n\n  \t  ", False, False, "whitespace-only response is incorrect"),
    ("42", r"\boxed{}", False, False, "empty box is incorrect"),
    ("42", r"\boxed{42 trailing", False, True, "unbalanced box falls back to last number: correct"),
    ("42", "the answer is not 99", False, False, "phrase with negation: 99 is incorrect"),
    ("  42  ", r"\boxed{42}", False, True, "ground truth with whitespace"),
]

_TOLUX = [
    # expressionsEquivalent / mathAnswersEquivalent / equationsEquivalent (response, reference)
    ("3x + 12", "12 + 3x", True, True, "expressionsEquivalent: reordered linear expression"),
    ("3x + 12", "2(x + 4) + x + 4", True, True, "mathAnswersEquivalent: unsimplified form"),
    ("3x + 12", "3x + 4", True, False, "expressionsEquivalent: non-equivalent"),
    ("0.5", "1/2", True, True, "mathAnswersEquivalent: fraction vs decimal"),
    ("x = 0.5", "x = 1/2", True, True, "mathAnswersEquivalent: x = 1/2 vs x = 0.5"),
    ("x = 3", "2x + 4 = 10", True, True, "equationsEquivalent: same solution set"),
    ("x = 3", "4x + 8 = 20", True, True, "equationsEquivalent: same solution set"),
    ("x = 4", "2x + 4 = 10", True, False, "equationsEquivalent: different solutions"),
    (
        "5x - 4 = 5x - 4",
        "2(x + 3) = 2x + 6",
        True,
        True,
        "equationsEquivalent: both identities (all x)",
    ),
    ("4x = 4x + 8", "2x + 1 = 2x + 3", True, True, "equationsEquivalent: both have no solution"),
    ("x = 3", "2x + 1 = 2x + 3", True, False, "equationsEquivalent: contradiction vs x = 3"),
]

_PLUTO = [
    # gradeMathAnswer(value, expected) == "correct" / "incorrect"
    ("1/2", "1/2", True, True, "correct"),
    ("1/2", "2/4", True, True, "correct"),
    ("1/2", "-2/-4", True, True, "correct: signs cancel"),
    ("1/2", "0.5", True, True, "correct"),
    ("1/2", ".5", True, True, "correct: no leading zero"),
    ("1/2", " +0.500 ", True, True, "correct: plus sign, trailing zeros, spaces"),
    ("-5", "\u22125", True, True, "correct: unicode minus"),
    ("-5", "-10/2", True, True, "correct"),
    ("-5", "10/-2", True, True, "correct"),
    ("-5", "-5.0", True, True, "correct"),
    ("3/10", "0.3", True, True, "correct"),
    ("1/3", "0.333333", True, False, "incorrect: exact comparison, no rounding tolerance"),
    ("1/2", "0.500000000001", True, False, "incorrect: exact comparison"),
    ("0", "-0", True, True, "correct: negative zero"),
    # x13 loop, sampled by the fixed rule in the docstring
    ("-20/1", "-260/13", True, True, "correct: numerator*13 / denominator*13"),
    ("-20/1", "-259/13", True, False, "incorrect: numerator*13+1 / denominator*13"),
    ("3/4", "39/52", True, True, "correct: numerator*13 / denominator*13"),
    ("3/4", "40/52", True, False, "incorrect: numerator*13+1 / denominator*13"),
    ("7/17", "91/221", True, True, "correct: numerator*13 / denominator*13"),
    ("7/17", "92/221", True, False, "incorrect: numerator*13+1 / denominator*13"),
    (
        "999999999999/999999999998",
        "999999999999/999999999998",
        True,
        True,
        "correct: identical large fraction",
    ),
    (
        "999999999999/999999999998",
        "999999999998/999999999997",
        True,
        False,
        "incorrect: differ by about 1e-24, exact rationals",
    ),
    # fractionDisplay loop: gradeMathAnswer(fraction, n/d), gradeMathAnswer(decimal, fraction)
    ("0/8", "0/1", True, True, "correct: fractionDisplay(0, 8)"),
    ("0/1", "0", True, True, "correct: fractionDisplay(0, 8) decimal"),
    ("6/8", "3/4", True, True, "correct: fractionDisplay(6, 8)"),
    ("3/4", "0.75", True, True, "correct: fractionDisplay(6, 8) decimal"),
    ("7/4", "1.75", True, True, "correct: fractionDisplay(7, 4) decimal"),
]

_MCLICK = [
    # validateAnswer(createProblem(gold, type), pred).correct
    ("42", "42", True, True, "integer: exact match"),
    ("42", " 42 ", True, True, "integer: match with spaces"),
    ("42", "43", True, False, "integer: incorrect answer"),
    ("-7", "-7", True, True, "integer: negative"),
    ("-7", "7", True, False, "integer: sign differs"),
    ("3.14", "3.14", True, True, "decimal: exact match"),
    ("3.14", "3.140", True, True, "decimal: trailing zero"),
    ("3.14", "3.1400", True, True, "decimal: trailing zeros"),
    ("3.14", "3.15", True, False, "decimal: outside tolerance"),
    ("3.14", "3.13", True, False, "decimal: outside tolerance"),
    ("1/2", "1/2", True, True, "fraction: exact match"),
    ("1/2", "2/4", True, True, "fraction: equivalent fraction"),
    ("1/2", "3/6", True, True, "fraction: equivalent fraction"),
    ("1/2", "50/100", True, True, "fraction: equivalent fraction"),
    ("1/2", "0.5", True, True, "fraction: decimal equivalent"),
    ("-3/4", "-3/4", True, True, "fraction: negative"),
    ("-3/4", "-0.75", True, True, "fraction: negative decimal"),
    ("1 1/2", "1 1/2", True, True, "mixed number: exact"),
    ("1 1/2", "1.5", True, True, "mixed number 1 1/2 = 1.5"),
    ("1 1/2", "3/2", True, True, "mixed number 1 1/2 = 3/2"),
    ("2 3/4", "2 3/4", True, True, "mixed number: exact"),
    ("2 3/4", "2.75", True, True, "mixed number 2 3/4 = 2.75"),
    ("2 3/4", "11/4", True, True, "mixed number 2 3/4 = 11/4"),
    ("-2 1/4", "-2 1/4", True, True, "negative mixed number: exact"),
    ("-2 1/4", "-2.25", True, True, "negative mixed number -2 1/4 = -2.25"),
    ("-2 1/4", "-9/4", True, True, "negative mixed number -2 1/4 = -9/4"),
    ("11/2", "5.5", True, True, "11/2 is 5.5, not a mixed number"),
    ("11/2", "1.5", True, False, "11/2 is not 1 1/2"),
    ("1.5", "1 1/2", True, True, "mixed number answer for decimal gold"),
    ("3/2", "1 1/2", True, True, "mixed number answer for improper-fraction gold"),
    ("1/3", "0.4", True, False, "clearly wrong approximation of 1/3"),
    ("1/3", "0.3", True, False, "clearly wrong approximation of 1/3"),
    ("(3, 4)", "(3, 4)", True, True, "coordinate: exact"),
    ("(3, 4)", "(3,4)", True, True, "coordinate: no spaces"),
    ("(3, 4)", "( 3 , 4 )", True, True, "coordinate: extra spaces"),
    ("(3, 4)", "3, 4", True, True, "coordinate: without parentheses"),
    ("(3.0, 4.0)", "(3, 4)", True, True, "coordinate: numeric equivalents"),
    ("(3, 4)", "(4, 3)", True, False, "coordinate: reversed"),
    ("(-2, 5)", "(-2, 5)", True, True, "coordinate: negative"),
    ("(-2, 5)", "(2, 5)", True, False, "coordinate: sign differs"),
    ("(1/2, 3/4)", "(0.5, 0.75)", True, True, "coordinate: fraction vs decimal entries"),
    ("2x + 1", "2x + 1", True, True, "expression: exact"),
    ("2x + 1", "2x+1", True, True, "expression: no spaces"),
    ("2x + 1", "1 + 2x", True, True, "expression: commutative"),
    ("2x + 1", "2x + 2", True, False, "expression: different constant"),
    ("2x + 1", "3x + 1", True, False, "expression: different coefficient"),
    ("3x + 2x", "5x", True, True, "expression: combined like terms"),
    ("5x", "3x + 2x", True, True, "expression: expanded terms"),
    ("5x", "x + x + x + x + x", True, True, "expression: repeated addition"),
    ("x + x + 1", "2x + 1", True, True, "expression: constants"),
    ("-x + 5", "5 - x", True, True, "expression: negative term"),
    ("x - 3", "-3 + x", True, True, "expression: subtraction"),
    ("x^2 + 2x + 1", "2x + x^2 + 1", True, True, "expression: reordered quadratic"),
    ("x^2 + 2x + 1", "1 + 2x + x^2", True, True, "expression: reordered quadratic"),
    ("x^2 + 1", "x^3 + 1", True, False, "expression: different powers"),
    ("2x + 3y", "3y + 2x", True, True, "expression: multiple variables"),
    ("x + y", "2x", True, False, "expression: variables kept separate"),
    ("5", "-5", True, False, "sign error"),
    ("10", "20", True, False, "arithmetic error (double)"),
    ("42", "41", True, False, "validateWithHintProgression: incorrect"),
]

_ALLO = [
    # window.__alloCASPure.gradeAnswer(student, expected): decidable and correct
    ("x=-2, x=3", "x=3, x=-2", True, True, "roots order-independent"),
    ("x=4", "x=3", True, False, "wrong root"),
    ("x = 3", "3", True, True, "bare root vs x = 3"),
    ("x=-2", "x=3,x=-2", True, False, "extra root"),
    ("(x-1)(x+1)", "x^2-1", True, True, "factor/expand equivalence"),
    ("(x+1)^2", "x^2+2x+1", True, True, "factor/expand equivalence"),
    ("(x+1)^2", "x^2+2x+2", True, False, "not equivalent"),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, rows in [
        (CONS, CONS_MATH, _CONS_MATH),
        (CONS, CONS_GRADING, _CONS_GRADING),
        (AIPERF, AIPERF_RS, _AIPERF_RS),
        (AIPERF, AIPERF_PY, _AIPERF_PY),
        (TOLUX, TOLUX_AT, _TOLUX),
        (MCLICK, MCLICK_AT, _MCLICK),
        (ALLO, ALLO_AT, _ALLO),
        (PLUTO, PLUTO_AT, _PLUTO),
    ]
    for gold, pred, wrap, expected, why in rows
]
