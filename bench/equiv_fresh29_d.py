r"""A twenty-ninth fresh set of answer-equivalence cases (evaluation only; helper "d":
answer checkers that compare numeric answers with units, SI prefixes, tolerances, percentages,
currency and physical quantities).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh29_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- atorch/probability_puzzles (an Android probability-puzzle app whose answer box takes an
  expression, evaluated with mXparser and compared with a 1e-5 tolerance)
  ``app/src/test/java/atorch/statspuzzles/AnswerCheckerTest.java``
  @ 38257eea33f84549b6afa1909961aad25c240062 (``AnswerChecker.checkAnswer(correctAnswer,
  userAnswer)`` is ``CORRECT`` -> True; ``INACCURATE`` (the app shows an "answer more
  accurately" alert and does not accept the answer) and ``INCORRECT`` -> False; the first argument
  is the reference (``gold``), the second the user's answer (``pred``), as
  ``app/src/main/java/atorch/statspuzzles/AnswerChecker.java`` at the same commit shows).
  GPL-3.0 (``LICENSE.txt``). The code index lists the path under 3afa8293 (where the file is an
  earlier, shorter version); the text it returned is the file at 38257eea (branch
  ``dependency-updates-2026`` of the fetched clone), which was checked line by line.
- agene0001/lattice (a Rust/Tauri learning app whose grader is units-aware for physics answers)
  @ b1fb99c072b66b64ae775c3a838c135d54ae30f5: ``crates/lattice-core/src/lib.rs`` (``#[cfg(test)]``
  module: ``answers_match(expected, candidate)`` true / false; gold = ``expected``) and
  ``crates/lattice-core/src/units.rs`` (test helper ``matches(a, b)`` = both sides parse as
  quantities and agree within the module's 1 % ``DEFAULT_REL_TOL`` and in dimension; the first
  argument is taken as ``gold``). No license file; ``Cargo.toml`` declares
  ``license = "MIT OR Apache-2.0"``.
- tskwak111/ragbench_kr_implementation (a Korean RAG benchmark)
  ``tests/unit/evaluation/test_generation_metrics.py`` @ 3c4231da6a6d02dcdf6b7693a086fee376650def,
  read through the code index (no snapshot could be fetched), no license file indexed:
  ``match_answer(prediction, gold)`` with ``result.correct`` asserted for percent, Korean
  currency (``₩``, ``원``, ``만원``) and kg / g forms.
- halfdolor/Northtropic (a Chinese K-12 practice app, C# / xUnit), read through the code index
  (no snapshot could be fetched), no license file indexed:
  ``Northtropic.Tests/AnswerGradingTests.cs`` @ e55206f3314f699e0816a9709d300a4a6628e51a
  (``PracticeService.CheckFillInBlankMatch(user, correct)`` asserted True; ``user`` is ``pred``,
  ``correct`` is ``gold``; the golds ``2/3 或 0.67`` and ``6; 8`` are answer keys that list
  accepted alternatives, kept as written) and
  ``Northtropic.Tests/ArchitectAndUxSovereignZenithTests.cs``
  @ 308a57504cbdc99e69e908b85d2e3d538c44f798 (``CheckAngleAndRadianEquivalence(degrees,
  radians)``: the test's comment says the user types the degrees and the stored answer is the
  radians, so ``pred`` = degrees, ``gold`` = radians; ``CheckScientificUnitMultiplierEquivalence
  (userQty, correctQty)``: ``pred`` = ``userQty``, ``gold`` = ``correctQty``; both asserted True).
- Amitdutta121/Universal_adaptive_trainer (an adaptive-practice trainer with typed graders),
  read through the code index (its stored test folder is not in the fetched snapshot; the
  snapshot has no license file): ``tests/graders/test_quantity.py``
  @ bb212c8c2d493b757578babea6ce5b74e98a824d (``QuantityGrader().grade(spec, answer).score ==
  1.0 / 0.0`` with the spec's default 1 % relative tolerance; the spec ``{"value": 9.81, "unit":
  "m/s^2"}`` is written as the gold ``9.81 m/s^2``, ``{"value": 1200, "unit": "N"}`` as ``1200 N``,
  ``{"value": 0, "unit": "N"}`` as ``0 N`` and ``{"value": 0.5, "unit": ""}`` as ``0.5``) and
  ``tests/graders/test_symbolic.py`` @ 8a2c0d229edb92551be9bdabd4fc29fbaa1a573b
  (``SymbolicEquivalenceGrader().grade(spec, answer).score == 1.0 / 0.0``; the gold is the spec's
  ``expected``; ``equation: True`` specs compare equations up to a nonzero multiple).

Left out, by rule: atorch ``INVALID`` results (unparseable user input ``abc`` / ``hello
world...``, an empty answer, an unbalanced reference ``( 1 + 5``, and ``0/0``): a parse policy
with no value verdict. lattice: the exact repeats of a pair already taken (``x = 3`` / ``3`` a
second time; ``1 km`` / ``1000 m`` and ``5 J`` / ``5 N`` again through ``units::matches``), the
``parse_quantity(...).is_none()`` / ``is_some()`` parser checks (no comparison), and the
``template.rs`` generator round-trip tests (golds and predictions built from random parameters at
run time, nothing literal to transcribe). ragbench: ``normalize_answer`` string-normalisation
checks (no comparison), the alias test (non-mathematical text, ``서울특별시`` / ``서울``), the
malformed-comma test (asserts only that ``1,2`` / ``12`` is not a *numeric* match, no verdict) and
the claim / citation / abstention metric tests. Northtropic: its text (non-mathematical)
alternatives (``男/女``, ``变大 / 增大``), its single- and multiple-choice letter tests, and the reverse
direction of every angle / unit pair (each ``[InlineData]`` row is asserted both ways; only the
user -> stored direction is taken, a fixed rule). Universal_adaptive_trainer: every verdict that
rests on a non-default spec option (``tolerance``, ``sig_figs``, ``accepted_units``,
``require_unit=False``, ``allowed_functions`` whitelists), format errors that are input policies
rather than values (a bare number without a unit, a decimal comma, unreadable / empty / malicious
/ huge inputs, an ``=`` outside equation mode, undeclared variables), feedback-text, spec-check,
registry, worker-budget (the pathological ``sin(x)^60...`` answer is kept: it asserts score 1.0
against ``x``) and sandbox tests, and exact repeats (the monkeypatched numeric-fallback tests, the
registry's ``981 cm/s^2``, the ``dimensionless`` copy of the pure-number test). The
wrong-dimension answer ``9.8 m`` for ``9.81 m/s^2`` is kept as False (score 0.0 asserted; the
format error names a unit mismatch, i.e. a different quantity).

Examined and not used: Yatimai/reasonforge and prudhvi1709/reasonforge (fetched; neither holds
the ``reasonforge.verifier`` ``mathematically_equivalent`` test seen in the code index, which
could not be tied to a repository, so it was not used); sherryzyh/physical_reasoning_toolkit
(its ``SemanticsScorer`` tests: already used by equiv_fresh15_f2.py); Andria-colab/multi-llm-debate
(its ``tests`` verifier table with ``9.81 m/s^2`` was seen, but the repository is named in the
docstring of equiv_fresh25_a.py, so it was skipped); the HKUDS/DeepTutor-family
``test_grading_math_equivalence.py`` (already used via polaris-smart/DeepTutor in
equiv_fresh16_c.py); francesco-albanese/convfinqa (API / CLI tests only); the FinBound family
(no snapshot; no test folder indexed); a finance ``number_parser`` self-test (``numbers_match``)
and a ``drugdevbench`` rubric test seen only as unnamed code-index excerpts (repository not
found, not used).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "atorch/probability_puzzles"
R1_AT = (
    "app/src/test/java/atorch/statspuzzles/AnswerCheckerTest.java"
    "@38257eea33f84549b6afa1909961aad25c240062"
)

R2 = "agene0001/lattice"
R2_C = "b1fb99c072b66b64ae775c3a838c135d54ae30f5"
R2_LIB = "crates/lattice-core/src/lib.rs@" + R2_C
R2_UNITS = "crates/lattice-core/src/units.rs@" + R2_C

R3 = "tskwak111/ragbench_kr_implementation"
R3_AT = "tests/unit/evaluation/test_generation_metrics.py@3c4231da6a6d02dcdf6b7693a086fee376650def"

# atorch: checkAnswer(gold, pred) == CORRECT (True) / INACCURATE, INCORRECT (False).
_ATORCH = [
    # testCorrectAnswer
    ("2 + 2", "4", True, "testCorrectAnswer"),
    ("1/ 2", "0.5", True, "testCorrectAnswer"),
    ("3!", "6.0", True, "testCorrectAnswer"),
    ("1/(3!)", "0.16666666", True, "testCorrectAnswer (1e-5 tolerance)"),
    ("1/3", "0.33333333333333", True, "testCorrectAnswer"),
    ("C(5, 3)", "10", True, "testCorrectAnswer"),
    # testCombinations
    ("C(8, 6)", "28", True, "testCombinations"),
    ("C(10, 2)", "45", True, "testCombinations"),
    ("C(52, 5)", "2598960", True, "testCombinations"),
    # testEulersNumber
    ("1/e", "0.36787944", True, "testEulersNumber"),
    ("e^2", "7.389056", True, "testEulersNumber"),
    ("1-1/e", "0.63212056", True, "testEulersNumber"),
    # testNegativeExponents
    ("4^-1", "0.25", True, "testNegativeExponents"),
    ("2^-3", "0.125", True, "testNegativeExponents"),
    ("10 ^ -2", "0.01", True, "testNegativeExponents"),
    # testPercentages
    ("50%", "0.5", True, "testPercentages"),
    ("25%", "0.25", True, "testPercentages"),
    ("100%", "1", True, "testPercentages"),
    ("1%", "0.01", True, "testPercentages"),
    # testSpacingAndEquivalentExpressions
    ("C(7,3)", "C(7, 3)", True, "testSpacingAndEquivalentExpressions"),
    ("C(7, 3)", "C(7,4)", True, "testSpacingAndEquivalentExpressions"),
    ("4!", "4 * 3!", True, "testSpacingAndEquivalentExpressions"),
    ("12!/(4!*4!*4!)", "12! / ((4!)^3)", True, "testSpacingAndEquivalentExpressions"),
    ("1/2 + (1/2)*49/99", "1/2+(49/2) * 1/99", True, "testSpacingAndEquivalentExpressions"),
    ("(4/52)*(3/51)", "( 4 * 3 ) / (51 *52)", True, "testSpacingAndEquivalentExpressions"),
    # testEquivalentFormats
    ("0.2", ".2", True, "testEquivalentFormats"),
    ("0.2", "20%", True, "testEquivalentFormats"),
    ("0.2", "1/5", True, "testEquivalentFormats"),
    ("1/5", "20%", True, "testEquivalentFormats"),
    ("0.4", ".4", True, "testEquivalentFormats"),
    ("0.4", "40%", True, "testEquivalentFormats"),
    ("0.4", "4/10", True, "testEquivalentFormats"),
    ("0.4", "2*1/5", True, "testEquivalentFormats"),
    ("4!", "4*3*2", True, "testEquivalentFormats"),
    ("4!", "24", True, "testEquivalentFormats"),
    ("C(5,3)", "5!/(3!*2!)", True, "testEquivalentFormats"),
    (".49^3", ".49*.49*.49", True, "testEquivalentFormats"),
    # testPiConstant
    ("pi", "3.14159265", True, "testPiConstant"),
    ("pi / 4", "0.78539816", True, "testPiConstant"),
    ("2*pi", "6.28318531", True, "testPiConstant"),
    # testInaccurateAnswer: INACCURATE, not accepted by the app
    ("1/3", "0.333", False, "testInaccurateAnswer (INACCURATE, within 1e-3 but not 1e-5)"),
    # testIncorrectAnswer
    ("1", "2", False, "testIncorrectAnswer"),
    ("0.50", "0.49", False, "testIncorrectAnswer"),
    ("1/3", "0.33", False, "testIncorrectAnswer"),
]

# lattice lib.rs: answers_match(expected=gold, candidate=pred); wrap False for prose / work.
_LATTICE_LIB = [
    ("x = 3", "3", True, True, "numeric_and_fraction_equivalence"),
    ("x = 3", "2x = 6\nx = 3", False, True, "numeric_and_fraction_equivalence (worked lines)"),
    ("1/2", "2/4", True, True, "numeric_and_fraction_equivalence"),
    ("1/2", "0.5", True, True, "numeric_and_fraction_equivalence"),
    ("7", "70", True, False, "numeric_and_fraction_equivalence"),
    ("3", "the answer is 4", False, False, "numeric_and_fraction_equivalence"),
    ("(x - 1)(x + 1)", "(x-1)(x+1)", True, True, "structural_substring_fallback"),
    ("3, 5", "(3, 5)", True, True, "structural_substring_fallback"),
    ("2x + 3", "2x + 5", True, False, "structural_substring_fallback"),
    ("9.8 m/s^2", "9.80 m/s²", True, True, "physical_quantities_compare_by_value_and_dimension"),
    (
        "v = 20 m/s",
        "the speed is 20 m/s",
        False,
        True,
        "physical_quantities_compare_by_value_and_dimension",
    ),
    ("1 km", "1000 m", True, True, "physical_quantities_compare_by_value_and_dimension"),
    ("5 J", "5 N", True, False, "physical_quantities_compare_by_value_and_dimension (dimension)"),
    ("9.8 m/s^2", "5 m/s^2", True, False, "physical_quantities_compare_by_value_and_dimension"),
]

# lattice units.rs: matches(a=gold, b=pred), 1 % relative tolerance and same dimension.
_LATTICE_UNITS = [
    ("9.8 m/s^2", "9.80 m/s^2", True, "formatting_and_sigfigs_are_ignored"),
    ("9.8 m/s^2", "9.8 m/s²", True, "formatting_and_sigfigs_are_ignored (unicode superscript)"),
    ("9.8 m/s^2", "9.81 m/s^2", True, "formatting_and_sigfigs_are_ignored (within 1%)"),
    ("1 m", "100 cm", True, "unit_conversions_hold"),
    ("1 min", "60 s", True, "unit_conversions_hold"),
    ("5 kg", "5000 g", True, "unit_conversions_hold"),
    ("1 N", "1 kg*m/s^2", True, "derived_units_canonicalize"),
    ("1 J", "1 N*m", True, "derived_units_canonicalize"),
    ("5 kg", "5 g", False, "wrong_dimensions_do_not_match (5 kg is not 5 g)"),
    ("1 m", "1 s", False, "wrong_dimensions_do_not_match"),
    (r"9.8\,\text{m/s}^2", "9.80 m/s^2", True, "latex_wrapped_units_parse"),
]

# ragbench: match_answer(prediction, gold).correct
_RAGBENCH = [
    ("0.125", "12.5%"),
    ("1,500원", "₩1,500"),
    ("15,000원", "1.5만원"),
    ("2000 g", "2.0 kg"),
]

R4 = "halfdolor/Northtropic"
R4_GRADE = "Northtropic.Tests/AnswerGradingTests.cs@e55206f3314f699e0816a9709d300a4a6628e51a"
R4_UNITS = (
    "Northtropic.Tests/ArchitectAndUxSovereignZenithTests.cs"
    "@308a57504cbdc99e69e908b85d2e3d538c44f798"
)

R5 = "Amitdutta121/Universal_adaptive_trainer"
R5_QTY = "tests/graders/test_quantity.py@bb212c8c2d493b757578babea6ce5b74e98a824d"
R5_SYM = "tests/graders/test_symbolic.py@8a2c0d229edb92551be9bdabd4fc29fbaa1a573b"

# Northtropic CheckFillInBlankMatch(user=pred, correct=gold), all asserted True.
_NT_FILL = [
    ("2/3", "2/3", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("2 / 3", "2/3", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("2/3", "2 / 3", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("2/3", "2/3 或 0.67", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass (key lists 或)"),
    ("0.67", "2/3 或 0.67", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass (key lists 或)"),
    ("1/2", "0.5", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("0.5", "1/2", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("0.50", "0.5", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    (r"\frac{2}{3}", "2/3", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("$2/3$", "2/3", "CheckFillInBlank_FractionsAndEquivalence_ShouldPass"),
    ("6", "6; 8", "CheckFillInBlank_MultipleAlternativeAnswers_ShouldPass (key lists ;)"),
    ("8", "6; 8", "CheckFillInBlank_MultipleAlternativeAnswers_ShouldPass (key lists ;)"),
    ("6", "x=6", "CheckFillInBlank_AlgebraicEquations_ShouldPass"),
    ("x=6", "6", "CheckFillInBlank_AlgebraicEquations_ShouldPass"),
    ("x = 6", "x=6", "CheckFillInBlank_AlgebraicEquations_ShouldPass"),
    ("y=3", "y=3", "CheckFillInBlank_AlgebraicEquations_ShouldPass"),
]

# Northtropic CheckAngleAndRadianEquivalence(degrees=pred, radians=gold), asserted True.
_NT_ANGLE = [
    ("30°", r"\pi/6"),
    ("30°", r"\frac{\pi}{6}"),
    ("30度", "pi/6"),
    ("30deg", r"\frac{\pi}{6}"),
    ("45°", r"\frac{\pi}{4}"),
    ("45度", "pi/4"),
    ("60°", r"\frac{\pi}{3}"),
    ("90°", r"\frac{\pi}{2}"),
    ("90度", "pi/2"),
    ("180°", r"\pi"),
    ("180度", "pi"),
    ("360°", "2*pi"),
    ("360°", "2pi"),
]

# Northtropic CheckScientificUnitMultiplierEquivalence(userQty=pred, correctQty=gold), True.
_NT_UNITS = [
    ("1 kHz", "1000 Hz"),
    ("1000 Hz", "1 kHz"),
    ("2.5 MHz", "2500000 Hz"),
    ("2.5*10^6 Hz", "2.5 MHz"),
    ("100 kHz", "100000 Hz"),
    ("1 kJ", "1000 J"),
    ("3.6 kJ", "3600 J"),
    ("1.5 MJ", "1500 kJ"),
    ("10 kV", "10000 V"),
    ("220 V", "0.22 kV"),
    ("500 mV", "0.5 V"),
    ("1 kΩ", "1000 Ω"),
    (r"2.2 k\Omega", r"2200 \Omega"),
    ("10 komega", "10000 ohm"),
    ("100 kPa", "100000 Pa"),
    ("2 MPa", "2000000 Pa"),
    ("1 kW", "1000 W"),
    ("2.5 MW", "2500000 W"),
    ("1 km", "1000 m"),
    ("50 cm", "0.5 m"),
    ("200 mm", "0.2 m"),
    ("1 kg", "1000 g"),
    ("2 t", "2000 kg"),
]

# Universal_adaptive_trainer QuantityGrader, default spec options (1 % relative tolerance).
_QTY = [
    ("9.81 m/s^2", "9.81 m/s^2", True, "test_correct_answers_and_conversion"),
    ("9.81 m/s^2", "9.81 m/s**2", True, "test_correct_answers_and_conversion"),
    ("9.81 m/s^2", "9.81m/s^2", True, "test_correct_answers_and_conversion"),
    ("9.81 m/s^2", "  9.81 m / s^2 ", True, "test_correct_answers_and_conversion"),
    ("9.81 m/s^2", "981 cm/s^2", True, "test_correct_answers_and_conversion"),
    ("9.81 m/s^2", "9.81 m s^-2", True, "test_correct_answers_and_conversion"),
    ("9.81 m/s^2", "9.81 m/s²", True, "test_unicode_superscript_is_read_by_pint"),
    ("1200 N", "1.2e3 N", True, "test_scientific_notation"),
    ("1200 N", "1.2 kN", True, "test_scientific_notation"),
    ("9.81 m/s^2", "9.9 m/s^2", True, "test_default_tolerance_is_one_percent (0.92 %)"),
    ("9.81 m/s^2", "9.7 m/s^2", False, "test_default_tolerance_is_one_percent (1.1 %)"),
    ("0 N", "0 N", True, "test_relative_tolerance_on_zero_value_needs_exact"),
    ("0 N", "0.001 N", False, "test_relative_tolerance_on_zero_value_needs_exact"),
    ("9.81 m/s^2", "9.8 m", False, "test_wrong_dimension_is_format_error (score 0.0)"),
    ("0.5", "0.5", True, "test_pure_numbers (unit '')"),
    ("0.5", "50 %", True, "test_pure_numbers (unit '')"),
    ("0.5", "0.7", False, "test_pure_numbers (unit '')"),
]

_DERIV = "2*x*sin(x) + x**2*cos(x)"
_PATHOLOGICAL = "sin(x)^60*cos(x)^60 - (sin(2x)/2)^60 + x"

# Universal_adaptive_trainer SymbolicEquivalenceGrader: (expected=gold, answer=pred, score==1.0).
_SYM = [
    (_DERIV, "x*(2*sin(x)+x*cos(x))", True, "test_equivalent_forms_are_correct"),
    (_DERIV, "2*x*sin(x)+x**2*cos(x)", True, "test_equivalent_forms_are_correct"),
    (_DERIV, "2x sin x + x^2 cos x", True, "test_equivalent_forms_are_correct"),
    (_DERIV, "x^2 cos(x) + 2 x sin(x)", True, "test_equivalent_forms_are_correct"),
    (_DERIV, "x**2*sin(x)", False, "test_non_equivalent_is_wrong_not_a_format_error"),
    (_DERIV, "2*x*cos(x) + x**2*sin(x)", False, "test_non_equivalent_is_wrong_not_a_format_error"),
    (_DERIV, "0", False, "test_non_equivalent_is_wrong_not_a_format_error"),
    ("(x+1)**2", "x**2+2*x+1", True, "test_polynomial_expansion"),
    ("(x+1)**2", "x**2+x+1", False, "test_polynomial_expansion"),
    ("sqrt(2)/2", "1/sqrt(2)", True, "test_numeric_only_expected"),
    ("sqrt(2)/2", "sin(pi/4)", True, "test_numeric_only_expected"),
    ("sqrt(2)/2", "0.70710678118654752", True, "test_numeric_only_expected"),
    ("sqrt(2)/2", "0.7", False, "test_numeric_only_expected"),
    ("x*y + y", "xy + y", True, "test_multiple_variables_and_split_symbols"),
    ("x*y + y", "y(x+1)", True, "test_multiple_variables_and_split_symbols"),
    ("x", "sqrt(x)^2", True, "test_points_outside_the_domain_are_skipped"),
    ("x", "abs(x)", False, "test_points_outside_the_domain_are_skipped"),
    ("log(x**2)", "ln(x^2)", True, "test_ln_maps_to_log"),
    ("y = 2x", "2y = 4x", True, "test_equation_mode"),
    ("y = 2x", "y - 2x = 0", True, "test_equation_mode"),
    ("y = 2x", "-y = -2*x", True, "test_equation_mode"),
    ("y = 2x", "y = 3x", False, "test_equation_mode"),
    ("y = 2x", "x = x", False, "test_equation_mode (identically zero is not a nonzero multiple)"),
    ("x", _PATHOLOGICAL, True, "test_a_pathological_answer_returns_within_budget"),
]

CASES = [
    *[
        _c(R1, R1_AT, gold=g, pred=p, wrap=True, expected=ok, why=f"checkAnswer: {w}")
        for g, p, ok, w in _ATORCH
    ],
    *[
        _c(R2, R2_LIB, gold=g, pred=p, wrap=wr, expected=ok, why=f"answers_match: {w}")
        for g, p, wr, ok, w in _LATTICE_LIB
    ],
    *[
        _c(R2, R2_UNITS, gold=g, pred=p, wrap=True, expected=ok, why=f"units::matches: {w}")
        for g, p, ok, w in _LATTICE_UNITS
    ],
    *[
        _c(
            R3,
            R3_AT,
            gold=g,
            pred=p,
            wrap=True,
            expected=True,
            why="test_numeric_match_handles_percent_commas_currency_and_units",
        )
        for g, p in _RAGBENCH
    ],
    *[_c(R4, R4_GRADE, gold=g, pred=p, wrap=True, expected=True, why=w) for p, g, w in _NT_FILL],
    *[
        _c(
            R4,
            R4_UNITS,
            gold=g,
            pred=p,
            wrap=True,
            expected=True,
            why="CheckAngleAndRadianEquivalence_ShouldRecognizeBidirectionalEquivalence",
        )
        for p, g in _NT_ANGLE
    ],
    *[
        _c(
            R4,
            R4_UNITS,
            gold=g,
            pred=p,
            wrap=True,
            expected=True,
            why="CheckScientificUnitMultiplierEquivalence_ShouldRecognizeEqualQuantities",
        )
        for p, g in _NT_UNITS
    ],
    *[
        _c(R5, R5_QTY, gold=g, pred=p, wrap=True, expected=ok, why=f"QuantityGrader: {w}")
        for g, p, ok, w in _QTY
    ],
    *[
        _c(R5, R5_SYM, gold=g, pred=p, wrap=True, expected=ok, why=f"SymbolicGrader: {w}")
        for g, p, ok, w in _SYM
    ],
]
