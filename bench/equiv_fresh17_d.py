r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "d": answer
checkers of online-homework and tutoring systems, and a tutoring data set with labelled wrong
student answers).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the verdict the
source asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are
the values the test passes, in the plain calculator syntax a learner types (``5e1``, ``10^-3``,
``j`` for the imaginary unit in Open edX). Do not tune the judge on these cases.

Sources (repo, path @ commit, license):

- openedx/openedx-calc (the Open edX learner-answer calculator ``calc.evaluator`` and the symbolic
  checker ``symmath_check``, split out of edx-platform; earlier sets used edx-platform's
  ``capa`` response-type tests, not these files) @ f60d36e1c46427005a4b7a578a877f9d8657a73b,
  AGPL-3.0: ``tests/test_calc.py`` (an input that ``assertEqual`` evaluates to a value is read as
  (gold = the value, pred = the input, True); ``test_exponential_answer``'s correct and incorrect
  responses for the answer 50) and ``tests/test_symmath_check.py`` (``symmath_check(expect,
  ans)``: gold = ``expect``; of its two 200-number loops the first three iterations of each are
  kept, both the equal and the ``expect + 0.1`` assert).
- Khan/kmath (Khan Academy's number helpers, also vendored in Khan/perseus, whose kas tests an
  earlier set used; this file was not) ``__tests__/number.js``
  @ 08294367c6d202416a6e3fb95b5ac1ca20ca6751, MIT: ``number.equal(a, b)`` and
  ``number.toFraction(x)`` (a decimal mapped onto an equal fraction, read as (gold = the
  fraction, pred = the input, True)); JavaScript float expressions are written as the expression.
- davemckain/qtiworks (QTI 2.1 engine; MathAssess extension comparing learner answers with
  Maxima) ``qtiworks-mathassess-glue/src/test/java/uk/ac/ed/ph/qtiworks/mathassess/glue/maxima/QtiMaximaSessionTest.java``
  @ f1465aad49d575f7fc44ff9eaae3d0d57a323abb, BSD-3-Clause (University of Edinburgh):
  ``executeCasCompare`` with simplification (gold = the second argument) and
  ``executeCasCondition`` equalities with simplification.
- mathigon/fermat.js (the number library behind Mathigon's interactive textbooks; ``XNumber``
  parses and simplifies learners' numbers) ``test/xnumber-test.ts``
  @ 73f927442c4c3780b99a06857218021d852d0f1d, MIT: constructor / simplification / arithmetic /
  decimal-to-fraction / scientific-notation asserts, read as (gold = the asserted string, pred =
  the input written as an expression, True). The suite's en-dash minus (U+2013) is written ``-``.
- gentooboontoo/js-quantities (a JavaScript physical-quantity library with unit conversion,
  used to compare quantities with units) ``spec/quantitiesSpec.js``
  @ 7116174b999500608c303cb101bbeed33bf867c0, MIT: ``eq`` / ``same`` asserts (``compareTo``
  returning non-zero read as not equal) and exact ``to()`` / ``toBase()`` / ``inverse()``
  conversions, read as (gold = the target quantity, pred = the input quantity, True). A unit
  written without a number (``Wh``, ``kWh``) is kept as written (one unit).
- eth-nlped/mathdial (MathDial, teacher-student tutoring dialogues on GSM8K-style problems)
  ``data/test.jsonl`` @ b452be46f28b1e64cfe2646302e3ca8c502926d0, CC BY-SA 4.0: the first 30
  rows in file order with a new ``qid`` (later repeats of a problem skipped). ``pred`` is the
  row's ``student_incorrect_solution`` as written (an LLM student's solution whose last line is its
  final answer; the data set labels it incorrect and a human teacher annotated the student's
  confusion in ``teacher_described_confusion``), ``expected`` False; ``gold`` is the final line of
  ``ground_truth`` (its answer line). All 30 final answers differ from the gold as numbers.

Left out, by rule: openedx-calc's empty response (``""``), verdicts within a tolerance
(``assertAlmostEqual`` against rounded values such as ``sin(pi/5)`` = 0.588, ``sqrt(2)`` = 1.414,
``(2^2+1.0)/sqrt(5e0)*5-1`` = 10.180; only values that are exact are kept), the percent suffix
(``4.2%`` = 0.042: the percent policy), the parallel-resistor operator ``||`` and the ``fact``
alias of ``factorial`` (tool-specific notation), variable substitution, case sensitivity and
constants (``i``, ``j``, ``e``, ``pi``); symmath's MathML parsing tests (``test_formula.py``).
kmath: ``toFraction(0.66, 0.01)`` (a tolerance), type predicates, sign / rounding helpers,
``toFraction(2/3)`` (the same string on both sides). qtiworks: boolean and string comparisons,
``is(x+1=1+x)`` without simplification (a form policy), data-binding and parsing tests.
fermat.js: the percent unit, digit grouping (``1,000``), power suffixes (``1k``, ``.5b``),
decimal-to-fraction asserts that round (``0.333333333333`` to ``1/3``, ``0.999999999999`` to
``1``, mixed numbers, ``1.234 × 10^4`` for 12343.2), strings repeated unchanged, and the
``π``-unit renderings ``1/2π`` / ``2/3π`` (ambiguous as plain text) except sums that simplify to
``2π``. js-quantities: ordering asserts (``lt``, ``gt``), ``same`` rejecting ``10mm`` for
``1cm`` (a form policy), compatibility / kind / base-unit checks, percent conversions, the
``temp`` / ``deg`` temperature conventions, ``ohm`` converted ``to`` siemens (a reciprocal the
library allows), ``10 cm`` in feet (a computed float), the elementary-charge unit ``e`` (``1e``
= 1.602176634e-19 C: a tool symbol clashing with Euler's number) and the empty quantity.
MathDial: positive cases (the teacher's end-of-dialogue correctness label concerns the
conversation, not one stated answer).

Looked at without usable equivalence assertions (claimed so nobody repeats them):
moodleou/moodle-qtype_pmatch (word-pattern matching, not math), openwebwork/webwork2 (no answer
tests; the checker is in the already-claimed openwebwork/pg), CMUCTAT/CTAT (tutor files, no
tests), RunestoneInteractive/rs (fill-in-the-blank builder tests, number ranges only),
cran/exams (R/exams: ``exams_eval`` examples print results, no asserted verdicts);
Khan/tutoring-accuracy-dataset (CoMTA: its licence forbids redistribution of any portion);
opentaproject/openta had no stored snapshot. The ruby-units spec is in equiv_fresh17_d2.py.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CALC = "openedx/openedx-calc"
CALC_AT = "@f60d36e1c46427005a4b7a578a877f9d8657a73b"
CALC_T = "tests/test_calc.py" + CALC_AT
SYMM_T = "tests/test_symmath_check.py" + CALC_AT
KMATH = "Khan/kmath"
KMATH_T = "__tests__/number.js@08294367c6d202416a6e3fb95b5ac1ca20ca6751"
QTIW = "davemckain/qtiworks"
QTIW_T = (
    "qtiworks-mathassess-glue/src/test/java/uk/ac/ed/ph/qtiworks/mathassess/glue/maxima/"
    "QtiMaximaSessionTest.java@f1465aad49d575f7fc44ff9eaae3d0d57a323abb"
)
FERMAT = "mathigon/fermat.js"
FERMAT_T = "test/xnumber-test.ts@73f927442c4c3780b99a06857218021d852d0f1d"
QTY = "gentooboontoo/js-quantities"
QTY_T = "spec/quantitiesSpec.js@7116174b999500608c303cb101bbeed33bf867c0"
MD = "eth-nlped/mathdial"
MD_T = "data/test.jsonl@b452be46f28b1e64cfe2646302e3ca8c502926d0"

# (gold, pred, expected, why) per source; bare answers (wrap True).
_CALC_ROWS: list[tuple[str, str, bool, str]] = [
    ("13", "13", True, "test_number_input: easy_eval(pred) == gold"),
    ("3.14", "3.14", True, "test_number_input: easy_eval(pred) == gold"),
    ("0.618033989", ".618033989", True, "test_number_input: easy_eval(pred) == gold"),
    ("-13", "-13", True, "test_number_input: easy_eval(pred) == gold"),
    ("-3.14", "-3.14", True, "test_number_input: easy_eval(pred) == gold"),
    ("-0.618033989", "-.618033989", True, "test_number_input: easy_eval(pred) == gold"),
    ("4.0", "4.", True, "test_trailing_period: '4.' evaluates to 4.0"),
    ("50", "50", True, "test_exponential_answer: correct response for 50"),
    ("50", "50.0", True, "test_exponential_answer: correct response for 50"),
    ("50", "5e1", True, "test_exponential_answer: correct response for 50"),
    ("50", "5e+1", True, "test_exponential_answer: correct response for 50"),
    ("50", "50e0", True, "test_exponential_answer: correct response for 50"),
    ("50", "50.0e0", True, "test_exponential_answer: correct response for 50"),
    ("50", "500e-1", True, "test_exponential_answer: correct response for 50"),
    ("50", "3.9", False, "test_exponential_answer: incorrect response for 50"),
    ("50", "4.1", False, "test_exponential_answer: incorrect response for 50"),
    ("50", "0", False, "test_exponential_answer: incorrect response for 50"),
    ("50", "5.01e1", False, "test_exponential_answer: incorrect response for 50"),
    ("7", "5.0 + 2.0", True, "test_operator_sanity: assertEqual"),
    ("3", "5.0 - 2.0", True, "test_operator_sanity: assertEqual"),
    ("10", "5.0 * 2.0", True, "test_operator_sanity: assertEqual"),
    ("2.5", "5.0 / 2.0", True, "test_operator_sanity: assertEqual"),
    ("25", "5.0 ^ 2.0", True, "test_operator_sanity: assertEqual"),
    ("0", "sin(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0.5", "sin(pi/6)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "cos(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("-1", "tan(-pi/4)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "tan(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "tan(5*pi/4)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "tan(9*pi/4)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("2", "csc(pi/6)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("-1", "cot(-pi/4)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "cot(5*pi/4)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "cot(9*pi/4)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arcsin(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arccos(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arctan(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "sinh(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "cosh(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "tanh(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "sech(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arcsinh(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arccosh(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arctanh(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "arcsech(1.0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "sqrt(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "sqrt(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("32", "sqrt(1024)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("-1", "log10(0.1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "log10(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("6", "log10(1000000)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("-1", "log2(0.5)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "log2(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("10", "log2(1024)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "ln(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "abs(-1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("0", "abs(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "abs(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "abs(j)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "factorial(0)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1", "factorial(1)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("6", "factorial(3)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("5040", "factorial(7)", True, "assert_function_values: exact value (delta 1e-3)"),
    ("1.6", "1+1/(1+1/(1+1/(1+1)))", True, "test_complex_expression: exactly 8/5"),
    ("-1", "e^(j*pi)", True, "test_complex_expression: Euler, j = imaginary unit"),
    ("-0.0016", "-1.6*10^-3", True, "test_explicit_sci_notation: assertEqual"),
    ("-0.0016", "-1.6*10^(-3)", True, "test_explicit_sci_notation: assertEqual"),
    ("-1600", "-1.6*10^3", True, "test_explicit_sci_notation: assertEqual"),
    ("-1600", "-1.6*10^(3)", True, "test_explicit_sci_notation: assertEqual"),
]

_SYMM_ROWS: list[tuple[str, str, bool, str]] = [
    ("x+2*y", "x+2*y", True, "same symbolic string marked correct"),
    ("x+2*y", "x+y+y", True, "equivalent symbolic string marked correct"),
    ("0", "x+y", False, "incorrect response marked incorrect"),
    ("-100", "-100", True, "integer loop: expect == ans"),
    ("-99.9", "-100", False, "integer loop: expect + 0.1 != ans"),
    ("-99", "-99", True, "integer loop: expect == ans"),
    ("-98.9", "-99", False, "integer loop: expect + 0.1 != ans"),
    ("-98", "-98", True, "integer loop: expect == ans"),
    ("-97.9", "-98", False, "integer loop: expect + 0.1 != ans"),
    ("-99.99", "-99.99", True, "float loop: expect == ans"),
    ("-99.89", "-99.99", False, "float loop: expect + 0.1 != ans"),
    ("-98.99", "-98.99", True, "float loop: expect == ans"),
    ("-98.89", "-98.99", False, "float loop: expect + 0.1 != ans"),
    ("-97.99", "-97.99", True, "float loop: expect == ans"),
    ("-97.89", "-97.99", False, "float loop: expect + 0.1 != ans"),
]

_KMATH_ROWS: list[tuple[str, str, bool, str]] = [
    ("1/3", "(1/90)*30", True, "number.equal(1/3, (1/90)*30) is true"),
    ("1/3", "1.333333", False, "number.equal(1/3, 1.333333) is false"),
    ("\\infty", "\\infty", True, "Infinity equals Infinity"),
    ("\\infty", "-\\infty", False, "+Infinity does not equal -Infinity"),
    ("-2/1", "-2", True, "number.toFraction(pred) gives gold"),
    ("-5/2", "-2.5", True, "number.toFraction(pred) gives gold"),
    ("850/3", "283 + 1/3", True, "number.toFraction(pred) gives gold"),
    ("0/1", "0", True, "number.toFraction(pred) gives gold"),
    ("\\pi/1", "\\pi", True, "number.toFraction(pred) gives gold"),
    ("33/50", "0.66", True, "number.toFraction(pred) gives gold"),
]

_QTIW_ROWS: list[tuple[str, str, bool, str]] = [
    ("2", "1+1", True, "executeCasCompare(SYNTEQUAL, simplify) true"),
    ("3-1", "1+1", True, "executeCasCompare(SYNTEQUAL, simplify) true"),
    ("1+2", "1+1", False, "executeCasCompare(SYNTEQUAL, simplify) false"),
    ("5", "x", False, "executeCasCompare(EQUAL): 'unknown' treated as false"),
    ("x+1", "1+x", True, "executeCasCondition is(1+x=x+1) with simplification"),
    ("x^2", "x*x", True, "executeCasCondition is(equal(x*x, x^2))"),
]

_FERMAT_ROWS: list[tuple[str, str, bool, str]] = [
    ("-4/2", "4/(-2)", True, "XNumber(4, -2) is -4/2"),
    ("2/3", "(-2)/(-3)", True, "XNumber(-2, -3) is 2/3"),
    ("0", "\\frac{0}{2}\\pi", True, "XNumber(0, 2, pi) is 0"),
    ("1/2", "4/8", True, "simplified"),
    ("-1/3", "-3/9", True, "simplified"),
    ("5", "2+3", True, "add"),
    ("1", "-2+3", True, "add"),
    ("-1", "2+(-3)", True, "add"),
    ("-5", "-2+(-3)", True, "add"),
    ("3.6", "2.4+1.2", True, "add"),
    ("1.7", "1/2+1.2", True, "add"),
    ("5/2", "1/2+2", True, "add"),
    ("0.75", "1/4+0.5", True, "add"),
    ("2\\pi", "\\frac{1}{2}\\pi+\\frac{3}{2}\\pi", True, "add, simplified"),
    ("2\\pi", "0+2\\pi", True, "add"),
    ("15/10", "0+(5/10)*3", True, "add of a product"),
    ("1", "3/3", True, "simplified"),
    ("2", "6/3", True, "simplified"),
    ("3/4", "1/4+2/4", True, "fraction sum"),
    ("3/4", "1/4+1/2", True, "fraction sum"),
    ("7/12", "1/4+1/3", True, "fraction sum"),
    ("-1", "-1/1", True, "fromString"),
    ("-1/2", "1/-2", True, "fromString"),
    ("0", "0/2", True, "fromString"),
    ("1/2", "0.5", True, "fractionFromDecimal"),
    ("-1/4", "-0.25", True, "fractionFromDecimal"),
    ("5/2", "2.5", True, "fractionFromDecimal"),
    ("-5/2", "-2.5", True, "fractionFromDecimal"),
    ("33/100", "0.33", True, "fractionFromDecimal"),
    ("333/1000", "0.333", True, "fractionFromDecimal"),
    ("1/20", "0.05", True, "fractionFromDecimal"),
    ("2 \\times 10^{-6}", "0.000002", True, "toExpr scientific: 2 × 10^(-6)"),
    ("1.2 \\times 10^{-4}", "0.00012", True, "toExpr scientific: 1.2 × 10^(-4)"),
]

_QTY_ROWS: list[tuple[str, str, bool, str]] = [
    ("1 m^2/s^2", "1 m^2 s^-2", True, "same(): negative powers"),
    ("1 m^2", "1 m2", True, "eq: power without ^"),
    ("1 m^-2", "1 m-2", True, "eq: negative power without ^"),
    ("1 m^2 kg^2 J^2/s^2", "1 m2 kg2 J2/s2", True, "eq: compound powers without ^"),
    ("1 m^2 kg^2 J^2 s^-2", "1 m2 kg2 J2 s-2", True, "eq: compound, negative power"),
    ("1 m", "100 cm", True, "toBase()"),
    ("0.1 m", "10 cm", True, "toBase()"),
    ("0.3 m2/s2", "0.3 mm^2 ms^-2", True, "toBase()"),
    ("2000 l", "2m^3", True, "to('l')"),
    ("1000000 cm3", "1 m3", True, "to('cm3')"),
    ("1000 mm3", "1 cm3", True, "to('mm3')"),
    ("550 cm^3", "550 cm3", True, "to('cm^3')"),
    ("773 cm^3", "0.000773 m3", True, "to('cm^3')"),
    ("10000 kg", "10 t", True, "to('kg'), t = metric tonne"),
    (".1 ohm", "1/(10 siemens)", True, "inverse() of 10 siemens eq .1 ohm"),
    ("10mm", "1cm", True, "eq: equal quantities"),
    ("1mm", "1cm", False, "compareTo(1cm, 1mm) is 1 (not equal)"),
    ("1 um", "1 μm", True, "eq: Greek mu prefix"),
    ("1 um", "1 µm", True, "eq: micro-sign prefix"),
    ("1 ohm", "1 Ω", True, "eq: Greek Omega"),
    ("1 ohm", "1 Ω", True, "eq: ohm sign"),
    ("3 b", "3 bits", True, "eq: plural"),
    ("5 B", "5 bytes", True, "eq: plural"),
    ("3 b/s", "3 bps", True, "eq: bps alias"),
    ("5 B/s", "5 Bps", True, "eq: Bps alias"),
    ("3 kb/s", "3 kbps", True, "eq: prefixed alias"),
    ("5 MB/s", "5 MBps", True, "eq: prefixed alias"),
    ("3600 J", "Wh", True, "eq (#38)"),
    ("1000 Wh", "kWh", True, "eq (#38)"),
    ("3600 C", "Ah", True, "eq (#25)"),
    ("3.6 C", "mAh", True, "eq (#25)"),
    ("1 C/V", "1 F", True, "eq: Qty('1 C').div(Qty('1 V')) (#67)"),
    ("100 F/10^9", "100 nF", True, "eq: Qty('100 F').div(1e9) (#67)"),
    ("100", "1e2", True, "eq: exponent notation (#141)"),
    ("300000 km/s", "3e8 m/s", True, "eq: exponent notation (#141)"),
    ("1 m2", "1 sqft", False, "eq is false (#146)"),
    ("1 ft^2", "1 sqft", True, "eq: Qty('1 ft').mul(Qty('1 ft')) (#146)"),
]

# MathDial: (qid, gold, student_incorrect_solution, its final line); whole completions.
_MATHDIAL_ROWS: list[tuple[int, str, str, str]] = [
    (
        6000025,
        "10",
        'Let\'s call the number of spoons Julia bought "x". \nHer husband bought 5 more spoons, so the total number of spoons is now x + 5. \nJulia used 3 spoons to sample her stew, so she had 12 - 3 = 9 spoons left. \nWe know that the total number of spoons is x + 5, so we can set up an equation: \n\nx + 5 = 9 \n\nSubtracting 5 from both sides: \n\nx = 4 \n\nSo Julia bought a package of 4 spoons. \n 4',
        "4",
    ),
    (
        6000044,
        "500",
        "The first bid was $200 and each subsequent bid is $50 more, so the second bid is $200 + $50 = $250, the third bid is $250 + $50 = $300, and the fourth bid is $300 + $50 = $350.\nCarmen bid after each of the other 3 people, so she made 3 bids in total.\nTherefore, the desk cost her $350, since that was her winning bid.\n 350",
        "350",
    ),
    (
        6000060,
        "803",
        "Karan borrowed $3,650 for 5 months, so the total interest she has to pay is 3,650 x 10/100 x 5 = $1825.\nTherefore, the total amount she has to pay back is 3,650 + 1,825 = $5475.\nSince she has to pay back an equal amount every month, she has to pay 5475/5 = $1095 per month.\n 1095",
        "1095",
    ),
    (
        6000054,
        "4",
        "Josh started with 3 balls and added 1 ball each week for 4 weeks, so he would be juggling 3+1+1+1+1 = 7 balls at the end of the fourth week.\nAfter dropping three balls, he was left with 7-3 = 4 balls.\nBut two of the dropped balls were caught, so he got them back and had 4+2 = 6 balls.\nSince one ball was lost, he was left juggling with 6-1 = 5 balls.\n 5",
        "5",
    ),
    (
        6000057,
        "4",
        "Billy has $10, and if he spends half his change on gumballs, he has $5 left to spend on candy and gumballs. \n\nHe spent $0.05 x 40 = $2 on gumballs, so he has $5 - $2 = $3 left to spend on candy. \n\nHe can buy $3/$1.5 per pound = 2 pounds of candy. \n\nTherefore, Billy bought 2 pounds of candy. \n\n 2",
        "2",
    ),
    (
        6000037,
        "7",
        'Let\'s call the number of fish in each aquarium "f". \nThe difference between the number of snails in the two aquariums is 32-4=28. \nAccording to the problem, this difference is twice the amount of fish in both aquariums, so we can set up the equation: \n\n28 = 2f \n\nSimplifying this equation, we get: \n\nf = 14 \n\nSo there are 14 fish in each aquarium. \n 14',
        "14",
    ),
    (
        6000056,
        "2",
        "Morgan has $90 - $5 (arcade tokens) = $85 left to spend on mini-golf and go-karts.\nPlaying mini-golf costs $5 per person, and she wants to ride the go-karts twice which costs $10 per ride. So, it will cost $5 + ($10 x 2) = $25 per person.\nTherefore, Morgan can invite $85/$25 = 3.4 friends.\nShe can only invite 3 friends since she cannot invite a fraction of a person.\n 3",
        "3",
    ),
    (
        6000069,
        "150",
        "Let x be the total number of cards Kenny started with.\nHe kept 1/3 of them, so he sold 2/3 of them, which is 2/3x.\nHe sold them for $1.5 each, so he earned 1.5(2/3x) = 3x/2 dollars.\nHe wants to end up with $50 spending cash, so he needs to earn $100 + $50 = $150 in total.\nTherefore, 3x/2 = $150.\nSolving for x, we get x = 100.\nKenny started with 100 cards.\n 100",
        "100",
    ),
    (
        6000067,
        "25",
        "If 5% of the candles have a defect that makes them smell like wet dog, then 95% of the candles don't have that defect. So, out of 50000 candles, 95% of them won't smell like wet dog, which is 0.95 x 50000 = 47500 candles.\nOut of the 47500 candles that don't smell like wet dog, 1% of them will still explode, which is 0.01 x 47500 = 475 candles.\nTherefore, there will be 475 candles that both smell like wet dog and explode.\n 475",
        "475",
    ),
    (
        6000052,
        "14",
        "Each new record is worth 2 old records.\nSo, the 7 new records are worth 7 x 2 = 14 old records.\nThe 5 people brought in a total of 14 old records, so each person brought in an average of 14/5 = 2.8 old records.\nSince each person can only trade in whole records, each person brought in 2 old records.\nTherefore, the 5 people brought in a total of 2 x 5 = 10 old records.\n 10",
        "10",
    ),
    (
        6000055,
        "2640",
        "In a month, Madeline spends 4 x $25 = $100 on food for her dog.\nIn a year, Madeline spends 12 x $100 = $1200 on medicine for her dog.\nIn a year, Madeline spends 12 x $20 = $240 on treats for her dog.\nTherefore, Madeline spends a total of $100 + $1200 + $240 = $1540 on her dog per year.\n 1540",
        "1540",
    ),
    (
        6000070,
        "26",
        "The caterer prepared enough hotdogs for half of 36 guests to have 2 hotdogs each, which means he prepared enough hotdogs for 18 guests to have 2 hotdogs each. So, he prepared 18 x 2 = 36 hotdogs.\nBut 40 guests showed up, and each of them wanted a second hotdog, so there were 40 - 18 = 22 guests who did not get a second hotdog.\n 22",
        "22",
    ),
    (
        6000009,
        "104",
        "Let's start by finding the total cost of the two pairs of high heels. We know that one pair costs $33, and the other pair costs twice as much, which means it costs 2 x $33 = $66.\nTherefore, the total cost of the two pairs of high heels is $33 + $66 = $99.\nWe also know that the cost of the boots and the cost of the two pairs of high heels combined is $5 more than the cost of just the boots. This means that the cost of the boots is $99 - $5 = $94.\n 94",
        "94",
    ),
    (
        6000010,
        "2",
        "John earned 13 x $15 = $195 from selling his lego sets.\nHe spent 8 x $20 = $160 on video games.\nHe had $5 left, so he had $195 - $160 - $5 = $30 left after buying the video games.\nSince he sold each lego set for $15, he must have sold $30/$15 = 2 lego sets.\nTherefore, he still has 13 - 2 = 11 lego sets. \n 11",
        "11",
    ),
    (
        6000063,
        "50",
        "To serve 20 people, Tyson needs to make 20/4 = 5 sandwiches.\nEach sandwich requires 1+1 = 2 pounds of meat and cheese.\nFor 5 sandwiches, he needs a total of 2 x 5 = 10 pounds of meat and cheese.\nThe cost of 10 pounds of meat is 10 x $7.00 = $70.\nThe cost of 10 pounds of cheese is 10 x $3.00 = $30.\nThe total cost of meat and cheese is $70 + $30 = $100.\n 100",
        "100",
    ),
    (
        6000001,
        "20",
        "Wendi gives each chicken 3 cups of feed per meal, so for 20 chickens, she needs to give 3 x 20 = 60 cups of feed per meal.\nIn total, for the day, she needs to give 60 x 3 = 180 cups of feed.\nShe has already given 15 + 25 = 40 cups of feed in the morning and afternoon.\nTherefore, in the final meal, she needs to give 180 - 40 = 140 cups of feed.\n 140",
        "140",
    ),
    (
        6000005,
        "18",
        "Let's work backwards to find out how many vacuum cleaners Melanie started with. \nIf she has 5 left, then before she sold to the orange house, she had 5 x 2 = 10 vacuum cleaners.\nBefore she sold to the red house, she had 10 + 2 = 12 vacuum cleaners.\nBefore she sold to the green house, she had 12 x 3 = 36 vacuum cleaners.\nTherefore, Melanie started with 36 vacuum cleaners. \n 36",
        "36",
    ),
    (
        6000003,
        "694",
        "Toula bought 3 x 12 = 36 donuts.\nThe cost of the donuts is 36 x $68 = $2448.\nToula bought 2 x 12 = 24 mini cupcakes.\nThe cost of the cupcakes is 24 x $80 = $1920.\nToula bought 6 x 12 = 72 mini cheesecakes.\nThe cost of the cheesecakes is 72 x $55 = $3960.\nThe total cost is $2448 + $1920 + $3960 = $8328.\n 8328",
        "8328",
    ),
    (
        6000043,
        "55",
        "Sam had 5 days to sell bread because he was closed on Monday and Friday.\nHe sold a total of 20 + 15 + 12 + 18 = 65 crates of bread from Tuesday to Thursday.\nAdding the 20 crates he sold over the weekend, Sam sold a total of 65 + 20 = 85 crates of bread in a week.\nSam was off from his target by 120 - 85 = 35 crates of bread.\n 35",
        "35",
    ),
    (
        6000051,
        "9",
        "Jam has 26 - 2 = 24 pencils in her boxes.\nTogether, Jam and Meg have 24 + 46 = 70 pencils.\nEach box holds 24 pencils, so they need 70/24 = 2.92 boxes.\nSince they can't have a fraction of a box, they need to round up to the nearest whole number of boxes.\nTherefore, they need 3 boxes to store all their pencils.\n 3",
        "3",
    ),
    (
        6000015,
        "40",
        "On Thursday, the mechanic earned 6 x $60 = $360 for repairing truck tires.\nOn Thursday, the mechanic earned 4 x $40 = $160 for repairing car tires.\nOn Thursday, the mechanic earned a total of $360 + $160 = $520.\nOn Friday, the mechanic earned 12 x $40 = $480 for repairing car tires.\nThe revenue on Friday is higher by $480 - $520 = $-40.\n -40",
        "-40",
    ),
    (
        6000023,
        "26",
        "John drinks a glass of water 4 times a day during the weekdays, which is 4 x 5 = 20 glasses of water.\nOn the weekends, he drinks a glass of water 3 times a day and a soda once a day, which is 3 + 1 = 4 glasses of water per day.\nTherefore, he drinks 4 x 2 = 8 glasses of water on the weekends.\nThus, John drinks a total of 20 + 8 = 28 glasses of water in a week.\n 28",
        "28",
    ),
    (
        6000072,
        "98",
        "Since area of a rectangle = length x width, and we know that the area is 360 sq ft, we can find the width of the room:\n\n360 = 3 x width\nwidth = 360/3 = 120 ft\n\nNow we can find the perimeter of the room by adding up all of its sides:\n\nperimeter = 2(length + width)\nperimeter = 2(3 yards x 3 ft/yd + 120 ft)\nperimeter = 2(9 ft + 120 ft)\nperimeter = 2(129 ft)\nperimeter = 258 ft\n\n 258",
        "258",
    ),
    (
        6000013,
        "20",
        "Charlie can make 10 x 1 = 10 candles from one pound of beeswax.\nThe cost of supplies per candle is $10.00 / 10 = $1.00.\nCharlie's profit per candle is $2.00 - $1.00 = $1.00.\nIf he makes and sells 20 candles, Charlie's total revenue is $2.00 x 20 = $40.00.\nHis total cost for supplies is $10.00.\nHis total profit is $40.00 - $10.00 = $30.00.\n 30.00",
        "30.00",
    ),
    (
        6000034,
        "98",
        "Brinley's total score on the first five tests is 89+71+92+100+86 = 438.\nTo get an average of 93 for six tests, Brinley needs a total of 93 x 6 = 558 on all six tests.\nIf she removes her lowest score, her total score on the first five tests will be 438 - 71 = 367.\nThus, Brinley needs to score 558 - 367 = 191 on the sixth test.\n 191",
        "191",
    ),
    (
        6000031,
        "95",
        "To peel a potato, it takes 1.5 minutes or 90 seconds.\nSo, to peel 60 potatoes, it will take 90 x 60 = 5400 seconds.\nTo cut up a potato, it takes 5 seconds.\nSo, to cut up 60 potatoes, it will take 5 x 60 = 300 seconds.\nTherefore, it will take Billy a total of 5400+300 = 5700 seconds to finish prepping the potatoes.\n 5700",
        "5700",
    ),
    (
        6000046,
        "1300",
        "Let's first find out how many books Elise sold in the first year. Let that number be x:\nShe sold twice as many books in the first year as she has sold in the current year:\nx = 2(45) = 90\nThe total books Elise has sold in three years is:\n250 - 50 = 200\nWe know that in the first year, she sold 90 books. So in the second and third year, she sold:\n200 - 90 = 110 books\nWe also know that each book sells for $20, so in the second year, Elise earned:\n110 x 20 = $2200\n 2200",
        "2200",
    ),
    (
        6000014,
        "163",
        "Candice started with 80 post-it notes.\nShe used 220 post-it notes at work.\nShe had 23 post-it notes remaining.\nSo she used a total of 80 + 220 - 23 = 277 post-it notes.\nSince she bought a package of post-it notes, the number of post-it notes she bought is the difference between the total she used and the number she started with: 277 - 80 = 197.\n 197",
        "197",
    ),
    (
        6000047,
        "16",
        "Joey loses 8 pounds in 4 weeks, so he loses 8/4 = 2 pounds per week.\nTo lose the same amount of weight as Joey, Sandy needs 4 weeks * 2 pounds per week = 8 pounds.\nSince Sandy loses weight at a rate of 8 pounds per 4 weeks, it will take her 4 weeks * 2 = 8 weeks to lose the same amount of weight as Joey.\n 8",
        "8",
    ),
    (
        6000017,
        "300",
        "Sophia used 4 out of the 12 gallons of gas in her tank, so there are 12-4 = 8 gallons of gas left in the tank.\nIf Sophia can drive 100 miles on 4 gallons of gas, then she can drive 100/4 = 25 miles per gallon.\nTherefore, with 8 gallons of gas left in the tank, Sophia can drive 25 x 8 = 200 miles on a single tank of gas.\n 200",
        "200",
    ),
]

CASES: list[dict] = [
    *(_c(CALC, CALC_T, g, p, True, e, w) for g, p, e, w in _CALC_ROWS),
    *(_c(CALC, SYMM_T, g, p, True, e, "symmath_check: " + w) for g, p, e, w in _SYMM_ROWS),
    *(_c(KMATH, KMATH_T, g, p, True, e, w) for g, p, e, w in _KMATH_ROWS),
    *(_c(QTIW, QTIW_T, g, p, True, e, w) for g, p, e, w in _QTIW_ROWS),
    *(_c(FERMAT, FERMAT_T, g, p, True, e, "XNumber: " + w) for g, p, e, w in _FERMAT_ROWS),
    *(_c(QTY, QTY_T, g, p, True, e, "Qty " + w) for g, p, e, w in _QTY_ROWS),
    *(
        _c(MD, MD_T, g, s, False, False, f"qid {q}: labelled incorrect student solution, final {f}")
        for q, g, s, f in _MATHDIAL_ROWS
    ),
]
