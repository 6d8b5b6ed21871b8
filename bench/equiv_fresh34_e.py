r"""A thirty-fourth fresh set of answer-equivalence cases (evaluation only; helper "e":
less common languages and platforms: calculator / CAS test suites, LMS and app answer checkers).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh34_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- GNOME/gnome-calculator ``tests/test-equation.vala`` @ 7e70af9a5bf17cec7567a6cb054d9bcae41ee728
  (Vala; ``test (expression, expected, 0)`` asserts that the calculator evaluates the typed
  ``expression`` to the displayed ``expected`` with no error, ``test_automatic`` the same in the
  automatic display format). As in the fend module of set 18 (equiv_fresh18_f.py), the typed
  expression is the prediction (``pred``, bare, ``wrap`` True), the displayed value the
  reference (``gold``), ``expected`` True. Strings are the values Vala reads (``"2\\cdot3"`` is
  ``2\cdot3``; the results use the Unicode minus sign U+2212 as the program prints it).
  GPL-3.0 (COPYING).
- KDE/analitza ``analitza/tests/analitzatest.cpp`` @ b96798b79b3ebb4f1c46a872ba5061005d527c76
  (C++, QtTest data rows of the KDE CAS library behind KAlgebra: ``testTrivialEvaluate`` and
  ``testSimplify`` assert that evaluating / simplifying ``expression`` prints ``result``
  (``QCOMPARE(a->evaluate().toString(), result)``); the input expression is ``pred`` (bare,
  ``wrap`` True), the printed form ``gold``, ``expected`` True). GPL-2.0-or-later / LGPL
  (COPYING, COPYING.LIB, LICENSES/).
- ArashPartow/exprtk ``exprtk_test.cpp`` @ 66883f0ddb034371ef38f2799f772c05bc904571 (C++
  expression toolkit; ``test_t(expression, value)`` asserts that ``expression`` evaluates to
  ``value``. Taken are the expressions that compare two sub-expressions: ``equal(a,b)`` /
  ``not_equal(a,b)`` and ``a == b`` / ``a != b`` / ``a <> b``, with a 1.0 / 0.0 result; the
  left side ``a`` is ``pred`` (bare, ``wrap`` True), the right side ``b`` is ``gold``, and
  ``expected`` is whether the test asserts the two equal). ``equal`` compares within exprtk's
  small epsilon. MIT (license.txt).
- MeirBen/EduAppAI ``tests/FamilyLearning.Api.Tests/TaskEngine/ExactArithmeticTests.cs``
  @ c3127025229aa6692e75d80211b75ccda5975dfb (C#, xUnit; a Hebrew family-learning app checks
  the answer key of a generated calculation question against the question: 13 theory rows assert
  ``ExactArithmetic.TryEvaluate(prompt) == TryEvaluate(key)``, 4 rows give the verdict) and
  ``tests/FamilyLearning.Api.Tests/TaskEngine/StructuredEvaluationTests.cs``
  @ 1f74f9452c8991f19cad0cfd452abbf2ea39196b (``Calculation_prompts_are_recalculated_exactly_
  against_their_keys``: a batch with ``125 × 6 =`` keyed 750 and ``48 × 7 =`` keyed ``first`` /
  ``second``; the check passes iff the ``48 × 7`` key is right, the 750 key being right in
  every row). The question's calculation is ``gold`` with the prompt's trailing ``=`` / ``= ?``
  dropped (the evaluator reads it as the end of the calculation; said in ``why``), the key is
  ``pred`` (bare, ``wrap`` True). No license file (find_files, names ending LICENSE: none).

Selection, GNOME calculator (a fixed rule): the ``test`` / ``test_automatic`` calls of
``test_equations`` and ``test_precedence`` (not in ``/* */`` or ``//`` comments) that pass the
filter below: 159 calls; of these every third in file order (the 1st, 4th, 7th, ...), 53 cases.
Filter (left out, by rule): calls expecting an error code; number bases other than 10 and base
notations (``0x``/``0b``/``0o`` prefixes, subscript radix suffixes such as ``FF₁₆``);
Arabic-Indic digits; degree-minute-second input; results shown with more than six decimals
(rounded by the display: ``1÷3`` -> ``0.333333333``, ``π``); the test variables ``x``/``y``
and assignments; trigonometric functions and ``arg`` evaluated in degree or gradian mode
(``sin 90`` -> ``1``: a calculator setting, not the value of the expression; the one radian test
is kept); GNOME's own ``[x]`` (round) and ``{x}`` (fractional part) brackets; ``log`` with no
base (log10 here); percentages added to or subtracted from a number (``100+1%`` -> ``101``, a
calculator convention); ``mod``; ``ncr``/``npr``/``gcd``/``lcm`` with ``;`` separators; bitwise
``and``/``or``/``xor``/``not``; and pairs whose two sides are the same string up to spaces, a
leading ``+`` or leading zeros (``000`` -> ``0``, ``00e`` -> ``0``). Unit conversions (``in``),
base conversions and custom functions are in other test functions and were not taken.
The file asserts no "different value" pairs, so every case of this source is positive.

Selection, analitza (a fixed rule): the rows of ``testTrivialEvaluate_data`` and
``testSimplify_data`` (commented rows not counted), 38 cases after the filter: left out are rows
using analitza's own language (lambdas ``->``, ``piecewise``, ``sum``/``product`` ranges ``..``,
``vector``/``matrix``/``list``/``selector``/``card``/``union``/``map``/``filter``, ``forall`` /
``exists``, booleans, declarations ``:=``, ``|`` piping, ``diff``, the prefix ``minus(...)``,
``conjugate``/``real``/``imaginary``/``arg``, undefined ``f(2)``); equation rows (``x-3=0`` ->
``x=3``: the simplifier solves, and ``sin(x)=0`` -> ``x=0`` keeps one solution, so the row is
not an equivalence); results in analitza's double-minus printing (``1-x`` -> ``-x--1``); results
rounded to 11-12 digits (``sin(i)`` -> ``1.17520119364*i``); rows whose two sides are the same
string; and a (expression, result) pair already taken from an earlier row (``2+2``, ``x+x``,
``factorial(5)``). ``testTrivialCalculate_data`` (values given as C++ ``Cn(...)`` objects and
compared through ``toReal()``; its plain rows repeat the evaluate rows) and
``testDerivativeSimple_data`` (derivatives, not equivalences) were not taken.

Selection, exprtk (a fixed rule): of the 363 comparison tests, those whose two sides are written
only with numbers, ``+ - * / ^``, parentheses, ``pi`` and ``sin cos tan exp log sqrt abs``
(left out, by rule: exprtk's own functions and syntax such as ``$f00(...)``, ``root(x,n)``,
``poly06``, ``min``, ``if``/``?:``, ``[ ]``/``{ }`` brackets, booleans ``and or nand nor not
true false``, ``mand``/``mor``, ``null``), whose sides carry no literal with ten or more decimals
(rounded constants such as ``pi^13.4894687605338489``, equal only within epsilon), and whose two
sides are not the same string (``1 == 1``, ``1.1 <> 1.1``): 66 tests; all 18 outside the
``pi``-power block (lines 991-1058) and every second test of that block of 48 variants
(``(pi^2^3)`` / ``(-pi^2^3)`` / ``(+pi^+2^+3)`` ...); the same (left, right) pair stated again
with another operator (``1 != 2`` after ``1 <> 2``, ``not_equal(1.1,2.2)`` after
``1.1 <> 2.2``) is kept once: 37 cases, 3 of them "different".

Selection, EduAppAI: every row of the two theories of ``ExactArithmeticTests`` and the three rows
of the ``StructuredEvaluationTests`` theory, the ``48 × 7 =`` / ``335`` pair (in both files)
kept once: 19 cases. Left out: ``Other_text_is_not_a_calculation`` (no pair) and the other
tests of ``StructuredEvaluationTests`` (generation pipeline, word counts, comparison signs).

Examined and not used: Bsanath27/scientific-calculator (Swift; the LaTeX normaliser tests map
one string to a normal form and the verify script tests single identities, no pairs);
PaddiM8/kalker (its ``tests/*.kalker`` files assert a few values inside programs that define
variables and functions; too few standalone pairs; claim released); scott2000/answerset (Anki
add-on; its numeric tests compare ``NumericRange`` objects or whole HTML diffs with a
configurable factor; two usable pairs; claim released). ideas-edu/ideas (Haskell; the
framework only, its maths domains and their request/response tests are in other repositories);
halfdolor/Northtropic, F4tt/EduTwin, sasorepo/MathPrac, john-jacobsen/fisherapp and the
``MathVoyager`` (Numeria) quiz-engine tests (already used by earlier sets). Found by content but
repository not located within this helper's look-ups: a C# ``Haven.Desktop.Tests``
``SharedRationalExpressionEvaluatorTests`` (AngouriMath rational equivalence; its "not proved"
rows are ``NeedsReview``, not verdicts) and a Kotlin ``ru.egetrainer`` ``LogicTest``
(``AnswerChecker.check(spec, input)``, four usable rows).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GNOME = "GNOME/gnome-calculator"
GNOME_AT = "tests/test-equation.vala@7e70af9a5bf17cec7567a6cb054d9bcae41ee728"

# (pred: the typed expression, gold: the displayed result, why)
_GNOME = [
    ("44.23−8.10−11.23−6.9−18", "0", "line 257: test_automatic, test_equations"),
    ("2÷3+1÷3", "1", "line 260: test_automatic, test_equations"),
    ("½", "0.5", "line 340: test, test_equations"),
    ("2×10^3", "2000", "line 385: test, test_equations"),
    ("1+1", "2", "line 425: test, test_equations"),
    ("40000+0.001", "40000.001", "line 428: test, test_equations"),
    ("2−3", "−1", "line 431: test, test_equations"),
    ("0.001−40000", "−39999.999", "line 434: test, test_equations"),
    ("2\\cdot3", "6", "line 437: test, test_equations"),
    ("−2×−3", "6", "line 440: test, test_equations"),
    ("1÷2", "0.5", "line 443: test, test_equations"),
    ("−6÷−3", "2", "line 446: test, test_equations"),
    ("1203÷1", "1203", "line 449: test, test_equations"),
    ("1000000000000000−1000000000000000", "0", "line 459: test, test_equations"),
    ("1−0.9−0.1", "0", "line 464: test, test_equations"),
    ("(1+2)×3", "9", "line 467: test, test_equations"),
    ("(2)1+1", "3", "line 470: test, test_equations"),
    ("100%", "1", "line 475: test, test_equations"),
    ("100÷1%", "10000", "line 480: test, test_equations"),
    ("5!", "120", "line 490: test, test_equations"),
    ("−(1!)", "−1", "line 494: test, test_equations"),
    ("2¹⁰", "1024", "line 504: test, test_equations"),
    ("0^0.5", "0", "line 511: test, test_equations"),
    ("2^2", "4", "line 514: test, test_equations"),
    ("2^(−1)", "0.5", "line 518: test, test_equations"),
    ("−(10^2)", "−100", "line 522: test, test_equations"),
    ("4^(3^2)", "262144", "line 525: test, test_equations"),
    ("√4−2", "0", "line 528: test, test_equations"),
    ("₃√8", "2", "line 531: test, test_equations"),
    ("2√4", "4", "line 534: test, test_equations"),
    ("Sqrt (-1)", "i", "line 541: test, test_equations"),
    ("₃√−8", "−2", "line 545: test, test_equations"),
    ("sgn 3", "1", "line 561: test, test_equations"),
    ("⌈3⌉", "3", "line 564: test, test_equations"),
    ("⌊3.2⌋", "3", "line 569: test, test_equations"),
    ("⌈−3.2⌉", "−3", "line 573: test, test_equations"),
    ("⌊−3.5⌋", "−4", "line 578: test, test_equations"),
    ("⌈3.7⌉", "4", "line 582: test, test_equations"),
    ("|1|", "1", "line 590: test, test_equations"),
    ("abs 1", "1", "line 594: test, test_equations"),
    ("log₂ 2", "1", "line 602: test, test_equations"),
    ("atanh 0", "0", "line 659: test, test_equations"),
    ("i+1", "1+i", "line 695: test, test_equations"),
    ("i÷i", "1", "line 699: test, test_equations"),
    ("(−1)^(1/2)", "i", "line 702: test, test_equations"),
    ("i⁻¹", "−i", "line 714: test, test_equations"),
    ("√−4", "2i", "line 717: test, test_equations"),
    ("log10(10)", "1", "line 721: test, test_equations"),
    ("ln (−e) − (1 + πi)", "0", "line 726: test, test_equations"),
    ("10 / - 2", "−5", "line 848: test, test_precedence"),
    ("-10 ^ 2", "−100", "line 851: test, test_precedence"),
    ("24 / 3!", "4", "line 859: test, test_precedence"),
    ("3! ^ 3", "216", "line 864: test, test_precedence"),
]

ANALITZA = "KDE/analitza"
ANALITZA_AT = "analitza/tests/analitzatest.cpp@b96798b79b3ebb4f1c46a872ba5061005d527c76"

# (pred: the input expression, gold: the printed result, why)
_ANALITZA = [
    ("i*5", "5*i", 'line 151: testTrivialEvaluate row "complex"'),
    ("6*(2+i)", "12+6*i", 'line 152: testTrivialEvaluate row "simple complex value"'),
    ("i*i", "-1", 'line 154: testTrivialEvaluate row "from complex value"'),
    ("power(i, 2)", "-1", 'line 155: testTrivialEvaluate row "from power complex"'),
    (
        "(5.3-9.8*i)*(-6.2+3.7*i)",
        "3.4+80.37*i",
        'line 158: testTrivialEvaluate row "complex*complex"',
    ),
    ("i/i", "1", 'line 159: testTrivialEvaluate row "simple complex/complex"'),
    ("abs(i)", "1", 'line 166: testTrivialEvaluate row "simply complex mod"'),
    ("2+2", "4", 'line 168: testTrivialEvaluate row "simple addition"'),
    ("2+x", "x+2", 'line 169: testTrivialEvaluate row "simple addition with var"'),
    ("x-y-y-y-x", "-3*y", 'line 173: testTrivialEvaluate row "minus2"'),
    ("x-x-x-x-x-x", "-4*x", 'line 175: testTrivialEvaluate row "minus3"'),
    ("x-x-x-x", "-2*x", 'line 176: testTrivialEvaluate row "minus3.1"'),
    ("x+x", "2*x", 'line 178: testTrivialEvaluate row "addition"'),
    ("x+x+x**2+x**2", "2*x+2*x^2", 'line 179: testTrivialEvaluate row "simple polynomial"'),
    (
        "x*(-x)",
        "-x^2",
        'line 180: testTrivialEvaluate row "simplification of unary minus in times"',
    ),
    ("0*x-1*1", "-1", 'line 181: testTrivialEvaluate row "strange"'),
    ("x-x", "0", 'line 182: testTrivialEvaluate row "strange2"'),
    ("x^1", "x", 'line 183: testTrivialEvaluate row "old leak"'),
    ("x*(x+x)", "2*x^2", 'line 185: testTrivialEvaluate row "nested multiplication"'),
    ("x*x", "x^2", 'line 186: testTrivialEvaluate row "multiplication"'),
    ("-(-x)", "x", 'line 188: testTrivialEvaluate row "--simplification"'),
    ("-(x-x)", "0", 'line 189: testTrivialEvaluate row "unneeded --simplification"'),
    ("-(x-x-x)", "x", 'line 192: testTrivialEvaluate row "after simp(minus) --simplification"'),
    ("factorial(5)", "120", 'line 201: testTrivialEvaluate row "factorial"'),
    ("1*x", "x", 'line 653: testSimplify row "identity"'),
    ("x-x-x", "-x", 'line 654: testSimplify row "minus"'),
    ("x-2*x", "-x", 'line 656: testSimplify row "minus2"'),
    ("-(4*x)+3*x", "-x", 'line 657: testSimplify row "compensation"'),
    ("(-(4*x))+3*x", "-x", 'line 658: testSimplify row "compensation1"'),
    ("((-4)*x)+3*x", "-x", 'line 659: testSimplify row "compensation2"'),
    ("-(x^4)*x^3", "-x^7", 'line 660: testSimplify row "compensation*"'),
    ("3**x*5**x", "3^x*5^x", 'line 661: testSimplify row "powers"'),
    ("x-1+2", "x+1", 'line 662: testSimplify row "poli1"'),
    ("2-13-(x+1)", "-x-12", 'line 664: testSimplify row "poli3"'),
    ("-x-1-2-4", "-x-7", 'line 665: testSimplify row "poli4"'),
    ("-y-(x+y)", "-2*y-x", 'line 680: testSimplify row "levelout"'),
    ("2*x*y+3*x*y", "5*x*y", 'line 694: testSimplify row "mono"'),
    ("2*y+y", "3*y", 'line 695: testSimplify row "mono1"'),
]

EXPRTK = "ArashPartow/exprtk"
EXPRTK_AT = "exprtk_test.cpp@66883f0ddb034371ef38f2799f772c05bc904571"

# (pred: left side, gold: right side, expected, why)
_EXPRTK = [
    (
        "1.23^3",
        "(1.23 * 1.23 * 1.23)",
        True,
        'line 463: test_t("equal(1.23^3,(1.23 * 1.23 * 1.23))",1.0)',
    ),
    (
        "1.23^-3",
        "1/(1.23 * 1.23 * 1.23)",
        True,
        'line 464: test_t("equal(1.23^-3,1/(1.23 * 1.23 * 1.23))",1.0)',
    ),
    ("1.0^(1.0/2.0)", "sqrt(1.0)", True, 'line 473: test_t("equal(1.0^(1.0/2.0),sqrt(1.0))",1.0)'),
    ("2.0^(1.0/2.0)", "sqrt(2.0)", True, 'line 482: test_t("equal(2.0^(1.0/2.0),sqrt(2.0))",1.0)'),
    ("1", "2", False, 'line 499: test_t("1 <> 2", 1.0)'),
    ("1.1", "2.2", False, 'line 501: test_t("1.1 <> 2.2", 1.0)'),
    ("(1.0 + 0.1)", "(2.0 + 0.2)", False, 'line 503: test_t("(1.0 + 0.1) <> (2.0 + 0.2)", 1.0)'),
    ("sin(pi/4.0)", "cos(pi/4.0)", True, 'line 777: test_t("equal(sin(pi/4.0),cos(pi/4.0))",1.0)'),
    ("sin(pi/6.0)", "cos(pi/3.0)", True, 'line 778: test_t("equal(sin(pi/6.0),cos(pi/3.0))",1.0)'),
    (
        "(3.0 - 1.0 - 2.0)",
        "((3.0 - 1.0) - 2.0)",
        True,
        'line 811: test_t("(3.0 - 1.0 - 2.0) == ((3.0 - 1.0) - 2.0)",1.0)',
    ),
    (
        "(48.0/2.0*(9.0+3.0))",
        "288.0",
        True,
        'line 949: test_t("equal((48.0/2.0*(9.0+3.0)),288.0)",1.0)',
    ),
    (
        "(48.0/2.0(9.0+3.0))",
        "288.0",
        True,
        'line 950: test_t("equal((48.0/2.0(9.0+3.0)),288.0)",1.0)',
    ),
    ("(6.0/2.0(1.0+2.0))", "9.0", True, 'line 951: test_t("equal((6.0/2.0(1.0+2.0)),9.0)",1.0)'),
    ("(pi^2^3)", "(pi^8)", True, 'line 991: test_t("equal((pi^2^3),(pi^8))",1.0)'),
    ("pi^2^3-pi^8", "0", True, 'line 993: test_t("equal(pi^2^3-pi^8,0)",1.0)'),
    ("(pi^2^3*2)", "2*(pi^8)", True, 'line 995: test_t("equal((pi^2^3*2),2*(pi^8))",1.0)'),
    ("(pi^-2^3)", "1/(pi^8)", True, 'line 1002: test_t("equal((pi^-2^3),1/(pi^8))",1.0)'),
    ("(pi^2^-3)", "(pi^(1/8))", True, 'line 1004: test_t("equal((pi^2^-3),(pi^(1/8)))",1.0)'),
    ("(pi^-2^-3)", "1/(pi^(1/8))", True, 'line 1006: test_t("equal((pi^-2^-3),1/(pi^(1/8)))",1.0)'),
    ("(-pi^2^3)", "(-pi^8)", True, 'line 1008: test_t("equal((-pi^2^3),(-pi^8))",1.0)'),
    ("-pi^2^3--pi^8", "0", True, 'line 1010: test_t("equal(-pi^2^3--pi^8,0)",1.0)'),
    ("(-pi^2^3*2)", "2*(-pi^8)", True, 'line 1012: test_t("equal((-pi^2^3*2),2*(-pi^8))",1.0)'),
    ("(-pi^-2^3)", "1/(-pi^8)", True, 'line 1019: test_t("equal((-pi^-2^3),1/(-pi^8))",1.0)'),
    ("(-pi^2^-3)", "(-pi^(1/8))", True, 'line 1021: test_t("equal((-pi^2^-3),(-pi^(1/8)))",1.0)'),
    (
        "(-pi^-2^-3)",
        "1/(-pi^(1/8))",
        True,
        'line 1023: test_t("equal((-pi^-2^-3),1/(-pi^(1/8)))",1.0)',
    ),
    ("(+pi^+2^+3)", "(+pi^+8)", True, 'line 1025: test_t("equal((+pi^+2^+3),(+pi^+8))",1.0)'),
    ("+pi^+2^+3-+pi^+8", "0", True, 'line 1027: test_t("equal(+pi^+2^+3-+pi^+8,0)",1.0)'),
    (
        "(+pi^+2^+3*+2)",
        "+2*(+pi^+8)",
        True,
        'line 1029: test_t("equal((+pi^+2^+3*+2),+2*(+pi^+8))",1.0)',
    ),
    ("(+pi^-2^3)", "1/(+pi^+8)", True, 'line 1036: test_t("equal((+pi^-2^3),1/(+pi^+8))",1.0)'),
    (
        "(+pi^2^-3)",
        "(+pi^(+1/+8))",
        True,
        'line 1038: test_t("equal((+pi^2^-3),(+pi^(+1/+8)))",1.0)',
    ),
    (
        "(+pi^-2^-3)",
        "1/(+pi^(+1/+8))",
        True,
        'line 1040: test_t("equal((+pi^-2^-3),1/(+pi^(+1/+8)))",1.0)',
    ),
    ("(-pi^+2^+3)", "(-pi^+8)", True, 'line 1042: test_t("equal((-pi^+2^+3),(-pi^+8))",1.0)'),
    ("-pi^+2^+3--pi^+8", "0", True, 'line 1044: test_t("equal(-pi^+2^+3--pi^+8,0)",1.0)'),
    (
        "(-pi^+2^+3*2)",
        "2*(-pi^+8)",
        True,
        'line 1046: test_t("equal((-pi^+2^+3*2),2*(-pi^+8))",1.0)',
    ),
    ("(-pi^-2^3)", "1/(-pi^+8)", True, 'line 1053: test_t("equal((-pi^-2^3),1/(-pi^+8))",1.0)'),
    (
        "(-pi^2^-3)",
        "(-pi^(+1/+8))",
        True,
        'line 1055: test_t("equal((-pi^2^-3),(-pi^(+1/+8)))",1.0)',
    ),
    (
        "(-pi^-2^-3)",
        "1/(-pi^(+1/+8))",
        True,
        'line 1057: test_t("equal((-pi^-2^-3),1/(-pi^(+1/+8)))",1.0)',
    ),
]

EDU = "MeirBen/EduAppAI"
EDU_AT = "tests/FamilyLearning.Api.Tests/TaskEngine/ExactArithmeticTests.cs@c3127025229aa6692e75d80211b75ccda5975dfb"
EDU2_AT = (
    "tests/FamilyLearning.Api.Tests/TaskEngine/StructuredEvaluationTests.cs"
    "@1f74f9452c8991f19cad0cfd452abbf2ea39196b"
)

# (gold: the question's calculation, pred: the answer key, expected, why)
_EDU = [
    # ExactArithmeticTests.Calculation_prompts_and_keys_compare_as_exact_values (all equal)
    ("125 × 6", "750", True, 'ExactArithmetic row ("125 × 6 =", "750"); trailing = dropped'),
    ("488 : 4", "122", True, 'ExactArithmetic row ("488 : 4 =", "122"); trailing = dropped'),
    ("(15 + 9) : 4 + 7 × 3", "27", True, 'ExactArithmetic row ("(15 + 9) : 4 + 7 × 3", "27")'),
    ("50 - (18 - 6) : 3 × 4", "34", True, 'ExactArithmetic row ("50 - (18 - 6) : 3 × 4", "34")'),
    ("12 − 5", "7", True, 'ExactArithmetic row ("12 − 5 = ?", "7"); trailing = ? dropped'),
    (
        "3.4 + 2.15",
        "5.55",
        True,
        'ExactArithmetic row ("3.4 + 2.15 =", "5.55"); trailing = dropped',
    ),
    (
        "3.4 + 2.15",
        "5.550",
        True,
        'ExactArithmetic row ("3.4 + 2.15 =", "5.550"); trailing = dropped',
    ),
    (
        "7.2 - 3.45",
        "03.75",
        True,
        'ExactArithmetic row ("7.2 - 3.45 =", "03.75"); trailing = dropped',
    ),
    ("1/4 + 1/6", "5/12", True, 'ExactArithmetic row ("1/4 + 1/6 =", "5/12"); trailing = dropped'),
    ("7/8 - 1/2", "3/8", True, 'ExactArithmetic row ("7/8 - 1/2 =", "3/8"); trailing = dropped'),
    ("2/6 + 1/3", "2/3", True, 'ExactArithmetic row ("2/6 + 1/3", "2/3")'),
    ("-3 + 8", "5", True, 'ExactArithmetic row ("-3 + 8 =", "5"); trailing = dropped'),
    ("2 · 3 ÷ 4", "1.5", True, 'ExactArithmetic row ("2 · 3 ÷ 4", "1.5")'),
    # ExactArithmeticTests.Equality_is_by_value_not_spelling
    ("1/3 + 1/6", "0.5", True, 'Equality_is_by_value_not_spelling ("1/3 + 1/6 =", "0.5", true)'),
    ("1/3", "0.33", False, 'Equality_is_by_value_not_spelling ("1/3 =", "0.33", false)'),
    ("48 × 7", "335", False, 'Equality_is_by_value_not_spelling ("48 × 7 =", "335", false)'),
    ("2/6 + 1/3", "4/6", True, 'Equality_is_by_value_not_spelling ("2/6 + 1/3", "4/6", true)'),
]

# StructuredEvaluationTests.Calculation_prompts_are_recalculated_exactly_against_their_keys:
# the key of "48 × 7 =" (the 750 key of "125 × 6 =" is right in every row)
_EDU2 = [
    ("48 × 7", "336", True, 'Calculation_prompts_... row ("750", "336", true); trailing = dropped'),
    (
        "48 × 7",
        "+335",
        False,
        'Calculation_prompts_... row ("750", "+335", false); trailing = dropped',
    ),
]

CASES = (
    [_c(GNOME, GNOME_AT, gold=g, pred=p, wrap=True, expected=True, why=w) for p, g, w in _GNOME]
    + [
        _c(ANALITZA, ANALITZA_AT, gold=g, pred=p, wrap=True, expected=True, why=w)
        for p, g, w in _ANALITZA
    ]
    + [
        _c(EXPRTK, EXPRTK_AT, gold=g, pred=p, wrap=True, expected=e, why=w)
        for p, g, e, w in _EXPRTK
    ]
    + [_c(EDU, EDU_AT, gold=g, pred=p, wrap=True, expected=e, why=w) for g, p, e, w in _EDU]
    + [_c(EDU, EDU2_AT, gold=g, pred=p, wrap=True, expected=e, why=w) for g, p, e, w in _EDU2]
)
