r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "e", first part:
a French school-maths and physics checker; the second part, a test-time-scaling research
repository's grader tests, is in equiv_fresh15_e2.py).

Cases are transcribed from test suites that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of the earlier fresh modules and /work/wt/fresh15_claims).
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole text as the test passes it) and the verdict
the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings
are the values Python reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do
not tune the judge on these cases.

Source: Mike-teib/mikamike-backend (the backend of a French tutoring app; its ``pedagogy.checks``
package is a SymPy-based checker for school maths answers and for physical quantities with units;
answers are written the French way: decimal comma, ``ou`` for "or", ``×`` and unicode powers).
No license file was found in the stored copy; the short test strings are quoted as test data, with
attribution.

- ``tests_pedagogy/test_checks_maths.py`` @ cfc52634033968b23752cf47f12c5ab6b3249a69:
  ``check_math_answer(expected, answer).verdict`` (VALID -> True, INVALID -> False); the hostile
  inputs of ``test_entrees_hostiles_jamais_valid_et_bornees`` graded against ``"2"`` (never VALID
  -> False); ``equivalent("x", "x+10^-15")`` (not VALID -> False); ``find_equivalent_in_text``
  (whole French sentences, ``wrap`` False).
- ``tests_pedagogy/test_checks_physics.py`` @ 0cb069fb018629578473d5b85ef5e2f6e0b8c7a7:
  ``check_quantity(expected, answer)`` without options (units converted: g/kg, km/h, mmol/L, K,
  Bq, jours/h, an, rad, euros) and ``find_quantity_in_text``.
- ``tests_pedagogy/test_answers.py`` @ 232ef22b4a96dae681747772659402008bedcf19:
  ``check_answer(ExpectedAnswer(kind, value, ...), student)`` for kinds ``MATH_EXPR`` and
  ``QUANTITY`` (a quantity's gold is stored as ``"<value> <unit>"``; ``why`` says so), the
  French thousands-separator tests and the Euler-``e`` tests (``!= VALID`` read as False).

Left out, by rule: required-form policies (``test_formes_requises``: irreducible fraction,
integer, decimal, expanded or factored form; ``required_form``, ``significant_figures``,
``scientific_notation``, ``unit_imposed`` and ``tolerance_relative`` options); verdicts that are
neither VALID nor INVALID (``NEEDS_HUMAN_REVIEW`` for unknown units, "cinq mètres", "trois
demis"; the ``V or A`` verdict of ``sin(x)^2+cos(x)^2``); non-string golds (``0.1``, ``3``,
``2.5``, ``7``, ``True``); golds the suite cannot judge (a hostile string as the expected answer,
malformed or ``None`` expected answers); code-injection and length probes among the hostile inputs
(``__import__``, ``eval``, ``lambda``, ``open``, ``globals``, ``Symbol('a')``, ``x.n()``,
``(1).evalf()``, 300 ones, 250 x's); duplicates (``equivalent("2", hostile)`` repeats
``check_math_answer("2", hostile)``); two of the four thousands-separator spellings of 1200, whose
space characters (probably no-break spaces) cannot be told apart in the stored text; non-maths
kinds of ``test_answers.py`` (EXACT_TEXT, CHOICE, BOOLEAN, ORDERING, MATCHING, RUBRIC);
``test_math_notation.py`` and the homogeneity / plausibility tests (not answer equivalence).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MIKA = "Mike-teib/mikamike-backend"
MIKA_MATHS = "tests_pedagogy/test_checks_maths.py@cfc52634033968b23752cf47f12c5ab6b3249a69"
MIKA_PHYS = "tests_pedagogy/test_checks_physics.py@0cb069fb018629578473d5b85ef5e2f6e0b8c7a7"
MIKA_ANS = "tests_pedagogy/test_answers.py@232ef22b4a96dae681747772659402008bedcf19"

# test_check_math_answer: (expected, answer, verdict is VALID); the answer is a bare answer.
_CHECK_MATH = [
    ("x=3", "3", True),
    ("x=3", "x = 6/2", True),
    ("x=3", "y=3", False),
    ("x=3", "4", False),
    ("1/2", "0,5", True),
    ("1/2", "0.5", True),
    ("3,5", "7/2", True),
    ("(x+1)^2", "x^2+2x+1", True),
    ("(x+1)^2", "x^2+1", False),
    ("a^2+2ab+b^2", "(a+b)²", True),
    ("5x", "3x+2x", True),
    ("sqrt(8)", "2√2", True),
    ("x=2 ou x=-2", "x=-2 ou x=2", True),
    ("x=2 ou x=-2", "x=2", False),
    ("1", "1/0", False),
    ("1", "ln(0)", False),
    ("3/4", r"\frac{3}{4}", True),
    ("3/4", r"$\dfrac{6}{8}$", True),
    ("x^2", "x^{2}", True),
]

# test_entrees_hostiles_jamais_valid_et_bornees: check_math_answer("2", hostile) is never VALID.
_HOSTILE = [
    "9^9^9",
    "10^(59)^(59)",
    "9^(59*59*59*59)",
    "2^1000",
    "(x+y+z+1)^60",
    "exp(exp(exp(59)))",
    "sin(x)^59",
    "12345678901234567890",
    "1,2,3",
    "x = = 3",
    "((((((((((",
    "√",
    "π²²²",
]

# test_check_quantity: (expected, answer, verdict is VALID), no options.
_QUANTITY = [
    ("3,0e8 m/s", "3,0 × 10^8 m/s", True),
    ("3,0e8 m/s", "3,0.10⁸ m·s⁻¹", True),
    ("0,25 kg", "250 g", True),
    ("0,25 kg", "250", False),
    ("0,25 kg", "250 m", False),
    ("20 m/s", "72 km/h", True),
    ("20 m/s", "72 km", False),
    ("0,10 mol/L", "100 mmol/L", True),
    ("1200 m", "1 200 m", True),
    ("0,25 kg", r"$2{,}5 \times 10^{-1}$ kg", True),
    ("25 °C", "298,15 K", True),
    ("2 Bq", "2 s^-1", True),
    ("2 jours", "48 h", True),
    ("1 an", "365,25 jours", True),
    ("180 °", "3,141592653589793 rad", True),
    ("12 €", "12 euros", True),
    ("5 m", "5,2 m", False),
]

# test_answers.py, check_answer(ExpectedAnswer(...), student): (gold, student, VALID, why).
_ANSWERS = [
    ("3/4", "0,75", True, "MATH_EXPR 3/4"),
    ("3/4", "6/8", True, "MATH_EXPR 3/4"),
    ("x = 3", "x=6/2", True, "MATH_EXPR x = 3"),
    ("x = 3", "y=3", False, "MATH_EXPR x = 3"),
    ("20 m/s", "72 km/h", True, "QUANTITY value 20, unit m/s"),
    ("20 m/s", "20", False, "QUANTITY value 20, unit m/s: unit missing"),
    ("20 m/s", "20 m", False, "QUANTITY value 20, unit m/s: wrong dimension"),
    ("1200", "1 200", True, "MATH_EXPR 1200: French thousands separator accepted"),
    ("1200", "1200", True, "MATH_EXPR 1200: thousands-separator test"),
    ("1200", "1 20", False, "MATH_EXPR 1200: badly grouped number not VALID"),
    ("1200", "12 00", False, "MATH_EXPR 1200: badly grouped number not VALID"),
    ("1200", "10 00", False, "MATH_EXPR 1200: badly grouped number not VALID"),
    ("10000", "10 000", True, "MATH_EXPR 10000: ten thousand is not a product"),
    ("0", "10 000", False, "MATH_EXPR 0: 10 000 not read as 10*000"),
    ("exp(x)*(x+1)", "e^x(x+1)", True, "MATH_EXPR: e is Euler's number"),
    ("exp(2)", "e²", True, "MATH_EXPR: e is Euler's number"),
    ("exp(2)", "e^2", True, "MATH_EXPR: e is Euler's number"),
    ("exp(-1)", "1/e", True, "MATH_EXPR: e is Euler's number"),
    ("x*exp(x)", "x e^x", True, "MATH_EXPR: e is Euler's number"),
    ("exp(2)", "2e", False, "MATH_EXPR: 2e is not e^2 (not VALID)"),
]

CASES: list[dict[str, object]] = [
    *(
        _c(MIKA, MIKA_MATHS, gold, pred, True, ok, "check_math_answer verdict VALID/INVALID")
        for gold, pred, ok in _CHECK_MATH
    ),
    _c(MIKA, MIKA_MATHS, "3/4", "", False, False, "check_math_answer: empty answer INVALID"),
    *(
        _c(MIKA, MIKA_MATHS, "2", pred, True, False, "hostile input vs 2: never VALID")
        for pred in _HOSTILE
    ),
    _c(MIKA, MIKA_MATHS, "x", "x+10^-15", True, False, "equivalent: not VALID (not proven)"),
    _c(
        MIKA,
        MIKA_MATHS,
        "3/2",
        "On simplifie : 18/12 = 3/2.",
        False,
        True,
        "find_equivalent_in_text is truthy",
    ),
    _c(
        MIKA,
        MIKA_MATHS,
        "x = 3",
        "On divise par 2 : x = 6/2 = 3.",
        False,
        True,
        "find_equivalent_in_text is truthy",
    ),
    _c(
        MIKA,
        MIKA_MATHS,
        "x=2 ou x=-2",
        "donc x = 2 ou x = -2.",
        False,
        True,
        "find_equivalent_in_text is truthy",
    ),
    _c(
        MIKA,
        MIKA_MATHS,
        "3/2",
        "2/3 × 9/4 = 5/4.",
        False,
        False,
        "find_equivalent_in_text is falsy: the left-hand side is ignored",
    ),
    _c(
        MIKA,
        MIKA_MATHS,
        "x^2+2x+1",
        "$= x^2 + 2x + 1$",
        False,
        True,
        "find_equivalent_in_text is truthy",
    ),
    *(
        _c(MIKA, MIKA_PHYS, gold, pred, True, ok, "check_quantity verdict VALID/INVALID")
        for gold, pred, ok in _QUANTITY
    ),
    _c(MIKA, MIKA_PHYS, "5 m", "", False, False, "check_quantity: empty answer INVALID"),
    _c(
        MIKA,
        MIKA_PHYS,
        "20 m/s",
        "donc v = 72/3,6 = 20 m/s.",
        False,
        True,
        "find_quantity_in_text is truthy",
    ),
    _c(
        MIKA,
        MIKA_PHYS,
        "75 km/h",
        "v = 150 / 2 = 75",
        False,
        True,
        "find_quantity_in_text: bare number, the expected unit is assumed",
    ),
    _c(
        MIKA,
        MIKA_PHYS,
        "20 m/s",
        "donc v = 21 m/s",
        False,
        False,
        "find_quantity_in_text is falsy",
    ),
    _c(
        MIKA,
        MIKA_PHYS,
        "0,0015 kg",
        "m = 1,5 × 10^-3 kg",
        False,
        True,
        "find_quantity_in_text is truthy",
    ),
    *(
        _c(MIKA, MIKA_ANS, gold, pred, True, ok, f"check_answer; {why}")
        for gold, pred, ok, why in _ANSWERS
    ),
    _c(MIKA, MIKA_ANS, "1", "", False, False, "check_answer MATH_EXPR 1: empty answer INVALID"),
]
