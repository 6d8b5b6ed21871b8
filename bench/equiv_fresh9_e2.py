r"""A ninth fresh set of answer-equivalence cases (evaluation only; helper "e", second part:
chemistry and Moodle numeric-question checkers; the first part is equiv_fresh9_e.py).

Cases are transcribed from the tests of physics homework / tutoring answer checkers that no
earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3 to fresh8 modules
and /work/wt/fresh9_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}``; every case here has ``wrap`` True) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test's language reads (a Java ``"m\\,s^{-1}"`` is stored as
``r"m\,s^{-1}"``). The inputs are the checkers' plain-text syntax (``**`` or ``^`` powers, ``==``
for an equation, HTML ``<sup>`` exponents as the Moodle inputs take them). Do not tune the judge
on these cases.

Source: isaacphysics/chemistry-checker (the Isaac Chemistry parser / checker of chemical and
nuclear equations) @ c9cd553a8664f4ba93c19724a8fa08daf3488185 (newest stored snapshot,
2025-02-04), Apache-2.0 (LICENSE.txt):
``src/test/java/org/isaacphysics/labs/chemistry/checker/TestParser.java``: ``Statement.equals``
between two parsed statements (the first is stored as ``gold``; the statement separator ``;`` is
dropped). Left out: ``eStream`` (``e + e + nu``) vs ``eStream2`` (``2e + nu``), graded unequal (the
checker's term-form policy against equal content); ``weaklyEquivalent`` (a looser relation, not
equality); the syntax-error pair; atom-count, balance and validity checks (no second answer).

Source: moodleou/moodle-qtype_varnumericset (the Open University's Moodle "variable numeric set"
question type: numeric answers with significant figures and scientific notation, used in its
science courses) @ 01383c520fa115fb36b38d6d65a01a6be678013e (newest stored snapshot,
2025-06-19), GPL-3.0-or-later (file headers):

- ``tests/question_test.php``: ``num_within_allowed_error(response, answer, '')`` (no allowed
  error; the answer, a PHP float literal, is stored as written),
  ``compare_num_as_string_with_answer`` (penalty 0 read as correct) and
  ``grade($question, response)`` for the ``tests/helper.php`` questions whose correct answer
  is ``-4.2``, ``0.0720`` and ``-0.0720`` (3 s.f.), ``12.0`` (3 s.f.), ``1.0e9`` / ``-1.0e9``
  (1 s.f.) and ``12`` (scientific notation required); grade 1 read as correct, 0 as wrong
  (``12.0`` vs ``12.0``, graded twice, is stored once).
- ``tests/number_interpreter_test.php``: the number interpreters' ``get_normalised()`` of a typed
  number (a normaliser mapping one string onto another is read as an equivalence); the number
  part is the input less the unit postfix the test asserts (``0.00023e67m`` with postfix ``m``
  gives ``0.00023e67``); identical and repeated pairs are dropped.

Left out of varnumericset, by rule: partial grades (0.9, 0.75: right value, wrong number of
significant figures or badly spaced notation); answers graded wrong only for their significant
figures (``0.072`` for ``0.0720``, ``12`` for ``12.0``, ``12.0`` / ``12.`` for ``12.00``); the
questions whose correct answer is rounded to the question's significant figures (``12345`` and
``1.23456`` to 3 s.f., e.g. ``1.23e4`` graded right for 12345); the tolerance cases (allowed error
``1``, ``0.001``, ``0.0001``, ``0.000001``) and the three near-equal values accepted by the
floating-point tolerance (``1.23000000000001e4`` for ``1.23e4``); non-string inputs; the empty
response; ``wrong_by_a_factor_of_ten``, significant-figure counting and rounding helpers.

Source: moodleou/moodle-qtype_varnumunit (the same family's numeric-with-units question type) @
8482008adb97c18eb432cc015abb4ad4ebbd1c54 (newest stored snapshot, 2025-07-09), GPL-3.0-or-later
(file headers): ``tests/question_test.php`` ``test_question_responses``, the first data set
(answer ``1``, unit ``match(km)`` with spaces removed): graded right read as correct, graded
wrong as wrong; gold stored as ``1 km``. Left out: partial grades (wrong unit, wrong value with
the right unit), ``1 k  m`` (the space-removal policy) and the other data sets (unit-spacing
policies).

"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VN = "moodleou/moodle-qtype_varnumericset"
VN_Q = "tests/question_test.php@01383c520fa115fb36b38d6d65a01a6be678013e"
VN_NI = "tests/number_interpreter_test.php@01383c520fa115fb36b38d6d65a01a6be678013e"
VU = "moodleou/moodle-qtype_varnumunit"
VU_Q = "tests/question_test.php@8482008adb97c18eb432cc015abb4ad4ebbd1c54"
CC = "isaacphysics/chemistry-checker"
CC_AT = (
    "src/test/java/org/isaacphysics/labs/chemistry/checker/TestParser.java"
    "@c9cd553a8664f4ba93c19724a8fa08daf3488185"
)

# (gold, pred, expected, test name): first.equals(second) on two parsed statements

_CC_TESTS: list[tuple[str, str, bool, str]] = [
    (
        "8H^{+} + Cr2O7^{2-}(aq) + 3CH3CH2CH2OH(l) -> 2Cr^{3+}(aq) + 3CH3CH2CHO(l) + 7H2O(l)",
        "3CH3CH2CH2OH(l) + Cr2O7^{2-}(aq) + 8H^{+} -> 3CH3CH2CHO(l) + 2Cr^{3+}(aq) + 7H2O(l)",
        True,
        "testEquationStatementEquality: terms reordered",
    ),
    ("2CO <=> CO2 + C", "2CO -> CO2 + C", False, "testArrowDifference: equilibrium vs forward"),
    (
        r"^{0}_{-1}\electron + ^{0}_{-1}\electron + ^{0}_{0}\neutrino",
        r"^{0}_{-1}\electron + ^{0}_{0}\neutrino + ^{0}_{0}\neutrino",
        False,
        "testNuclearExpressionEquivalence: eStream vs eStream3",
    ),
    (
        r"^{243}_{95}Am + ^{48}_{20}Ca -> ^{288}_{115}Uup + 3^{1}_{0}\neutron",
        r"^{48}_{20}Ca + ^{243}_{95}Am -> 3^{1}_{0}\neutron + ^{288}_{115}Uup",
        True,
        "testNuclearExpressionEquivalence: alphaDecay vs alphaDecay2 (reordered)",
    ),
    (
        r"^{48}_{20}Ca + ^{243}_{95}Am -> 3^{1}_{0}\neutron + ^{288}_{115}Uup",
        r"^{48}_{20}Ca + ^{243}_{95}Am -> ^{288}_{115}Uup",
        False,
        "testNuclearExpressionEquivalence: alphaDecay2 vs alphaDecay3 (neutrons dropped)",
    ),
]

# (gold = answer, pred = response, expected, test)
_VN_QUESTION: list[tuple[str, str, bool, str]] = [
    ("1.23e4", "1.23000000000002e4", False, "num_within_allowed_error, no allowed error"),
    ("-1.23e4", "-1.23000000000002e4", False, "num_within_allowed_error, no allowed error"),
    ("-9e-4", "-9.00000000000010e-4", False, "num_within_allowed_error, no allowed error"),
    ("-4", "-4", True, "num_within_allowed_error, no allowed error"),
    ("-4", "4", False, "num_within_allowed_error, no allowed error"),
    ("9437184", "9437183", False, "num_within_allowed_error, no allowed error"),
    ("9437184", "9437184", True, "num_within_allowed_error, no allowed error"),
    ("9437184", "9437185", False, "num_within_allowed_error, no allowed error"),
    ("75497472", "75497471", False, "num_within_allowed_error, no allowed error"),
    ("75497472", "75497472", True, "num_within_allowed_error, no allowed error"),
    ("75497472", "75497473", False, "num_within_allowed_error, no allowed error"),
    ("-4.2", "-4.20", True, "compare_num_as_string_with_answer (3 s.f.): penalty 0"),
    ("12.00", "12.00", True, "compare_num_as_string_with_answer (4 s.f.): penalty 0"),
    ("12.0", "12.0", True, "compare_num_as_string_with_answer (3 s.f.): penalty 0"),
    ("12", "1.200000 × 10<sup>1</sup>", True, "compare_num_as_string_with_answer: penalty 0"),
    ("12", "1.200000 × 10<sup>+1</sup>", True, "compare_num_as_string_with_answer: penalty 0"),
    ("123456789", "123456789", True, "compare_num_as_string_with_answer_no_rounding"),
    ("-4.2", "-4.2", True, "grade_response no_accepted_error: 1"),
    ("-4.2", "4.2", False, "grade_response no_accepted_error: 0"),
    ("0.0720", "0.0720", True, "grade_response 3_sig_figs_trailing_zero: 1"),
    ("0.0720", "00.0720", True, "grade_response 3_sig_figs_trailing_zero: 1"),
    ("0.0720", "+0.0720", True, "grade_response 3_sig_figs_trailing_zero: 1"),
    ("-0.0720", "-0.0720", True, "grade_response 3_sig_figs_trailing_zero_negative_answer: 1"),
    ("-0.0720", "-00.0720", True, "grade_response 3_sig_figs_trailing_zero_negative_answer: 1"),
    ("12.0", "012.0", True, "grade_response 3_sig_figs_point_0: 1"),
    ("12.0", "13", False, "grade_response 3_sig_figs_point_0: 0"),
    ("1.0e9", "1e9", True, "grade_response 1_sig_fig: 1"),
    ("1.0e9", "1x10<sup>9</sup>", True, "grade_response 1_sig_fig: 1"),
    ("1.0e9", "+1x10<sup>+9</sup>", True, "grade_response 1_sig_fig: 1"),
    ("-1.0e9", "-1e9", True, "grade_response 1_sig_fig, answer -1.0e9: 1"),
    ("-1.0e9", "-1x10<sup>9</sup>", True, "grade_response 1_sig_fig, answer -1.0e9: 1"),
    ("-1.0e9", "-1x10<sup>+9</sup>", True, "grade_response 1_sig_fig, answer -1.0e9: 1"),
    ("12", "1.200000 x 10<sup>1</sup>", True, "grade_response sci_notation_formatted: 1"),
    ("12", "1.200000 x 10<sup>+1</sup>", True, "grade_response sci_notation_formatted: 1"),
]

# (normalised = gold, number part of the input = pred, interpreter test)
_VN_NORMALISED: list[tuple[str, str, str]] = [
    ("12", "12.", "number_with_optional_decimal_place"),
    ("0.23", ".23", "number_with_optional_decimal_place"),
    ("-0.23", "-.23", "number_with_optional_decimal_place"),
    ("10.000", "010.000", "number_with_optional_decimal_place (postfix ' m')"),
    ("0", "-0", "optional_sci_notation"),
    ("2.3e63", "0.00023e67", "optional_sci_notation (postfix 'm')"),
    ("1.0000e46", "010.000e45", "optional_sci_notation (postfix ' m')"),
    ("2.3e63", ".00023e67", "optional_sci_notation (postfix 'm')"),
    ("-2.3e63", "-.00023e67", "optional_sci_notation (postfix 'm')"),
    ("1.23e4", "1.23x10<sup>4</sup>", "optional_sci_notation, HTML exponent (postfix 'm')"),
    ("1.23e4", "1.23*10<sup>4</sup>", "optional_sci_notation, HTML exponent (postfix 'm')"),
    ("1.23e4", "1.23×10<sup>4</sup>", "optional_sci_notation, HTML exponent (postfix 'm')"),
    ("2.3e3", ".23*10<sup>4</sup>", "optional_sci_notation, HTML exponent (postfix 'm')"),
    ("-2.3e3", "-.23*10<sup>4</sup>", "optional_sci_notation, HTML exponent (postfix 'm')"),
]

_VU_ROWS: list[tuple[str, str, bool]] = [
    ("1 km", "1km", True),
    ("1 km", "1 km", True),
    ("1 km", "1  km", True),
    ("1 km", "2cm", False),
]

CASES: list[dict] = [
    *(_c(CC, CC_AT, g, p, True, ok, why) for g, p, ok, why in _CC_TESTS),
    *(_c(VN, VN_Q, g, p, True, ok, why) for g, p, ok, why in _VN_QUESTION),
    *(_c(VN, VN_NI, g, p, True, True, f"get_normalised: {why}") for g, p, why in _VN_NORMALISED),
    *(
        _c(VU, VU_Q, g, p, True, ok, "test_question_responses, spaces removed")
        for g, p, ok in _VU_ROWS
    ),
]
