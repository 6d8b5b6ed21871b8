r"""A twenty-fourth fresh set of answer-equivalence cases, helper "a", second part (evaluation
only).

The first part, bench/equiv_fresh24_a.py, describes the collection (school-maths and
exam-practice apps in TypeScript / JavaScript / Dart that check a learner's typed answer), the case
fields, the checks against earlier sets and the claims; its rules for what was left out apply
here too. Every case has ``wrap`` True (a bare answer to be put in ``\boxed{}``). A gold the test
builds in code (``{ n: 7, d: 4 }``, ``exact(1, 2)``, ``{ value: 0.5 }``, ``Math.PI``) is written as
the number it denotes (``7/4``, ``1/2``, ``0.5``, ``\pi``). Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license):

- edbpede/math (a Danish maths-practice app for grades 1-9 following Fælles Mål; vitest),
  snapshot HEAD 51b1c2fb3e1595d20156591b35091037b4cd8063 (the files below last changed in
  f73d68db91e876e7beeaef22138090b97a37bfec), AGPL-3.0 (LICENSE of the snapshot).
  ``src/lib/exercises/validator.test.ts``: ``validateAnswer(input, {value[, equivalents]}
  [, {locale}]).correct``, ``areFractionsEquivalent([a, b], [c, d])`` (the first fraction is the
  gold) and ``isDecimalEquivalentToFraction(decimal, [a, b])`` (the fraction is the gold); and the
  exercise-template tests ``src/lib/exercises/templates/tal-og-algebra/*.test.ts``:
  ``template.validate(input, correctAnswer).correct`` where the test writes ``correctAnswer``
  (``{ value, equivalents }``) itself; ``value`` is the gold (a Danish ``"0,3"`` kept as written).
- chariacthus/matematik-edu (a Danish school-maths app; vitest) ``src/lib/answer.test.ts``
  @ 0f433f3aea7d6ebfa3b78fc6d730865abd63aafb (stored version; no snapshot could be fetched).
  ``checkAnswer(spec, {kind: 'text', value})`` and ``normalizeExpression(a) === / !==
  normalizeExpression(b)`` (a normaliser's equality read as an equivalence; ``a`` is the gold).
- sjson421/math-quest (a fractions and decimals practice app; vitest) ``src/lib/answer.test.ts``
  @ 1cb8544afed25ce69a34957e564bda873e7fd7ae (stored version; no snapshot). ``checkAnswer(answer,
  input).status`` is ``'correct'`` / ``'incorrect'``.
- outliner-coach/math_assist (a Korean elementary-maths app; vitest), snapshot HEAD
  3645485fe44efa0caa0d069c4ee00af5fdd4e571, no license file: ``src/lib/grade4-answer-normalizers
  .test.ts`` (``checkGrade4Answer(type, input, expected)``: ``{ok: true, correct}``),
  ``src/lib/grade3-answer-normalizers.test.ts`` (``checkGrade3Answer('fraction', {numerator: '2',
  denominator: '4'}, '1/2')``, the structured input written ``2/4``) and ``src/lib/grader.test.ts``
  (``gradeSession``: ``2/4`` for the key ``1/2``, the same pair, taken once).
- colinzou-git/mathfan (a grade-3 maths fluency app; vitest), snapshot HEAD
  e8200b45193548dfe48933c08130fee9ac23fa64, ``src/tests/answerChecker.test.ts`` (last changed in
  184f7a364a72f1b910cd0d37c57df11e0a30841d), no license file. ``checkAnswer(item, input,
  latencyMs).isCorrect``; the item's ``answer`` is the gold.
- jugemjugrm-hash/math_app (a Japanese Flutter maths app; Dart) ``test/answer_checker_test.dart``
  @ 7dc824b2b160e36c7d960ba18d9628fa9a87159a (stored version; no snapshot).
  ``isNumericAnswerCorrect(input, expected)``.
- quangrau/tbb (a quiz app with free-form numeric answers; vitest)
  ``src/utils/answerValidation.test.ts`` @ 644f2ff980109fd0b79302666da453dc0adcff03 (stored
  version; no snapshot). ``validateFreeFormAnswer(input, question)`` and ``validateAnswer``; the
  question's ``correct_answer`` is the gold.
- noob47-E/Physlab (a vectors-and-mechanics physics practice app; vitest)
  ``tests/checkAnswer.test.ts`` @ 4c45eaf67a76ffeebf3089945f33a4ff18ed0040 (stored version; no
  snapshot). ``checkAnswer(input, field).verdict`` is ``'right'`` / ``'wrong'``, or the message
  names the mistake of a wrong answer ("Not quite", "wrong power of ten", a trap; a ``'close'``
  near miss is not counted and is left out); the field's ``value`` is the gold (its unit, when it
  has one, is in ``why``; a test's number literal ``3.2e12`` is kept as written).
- eccarneiro/matematica-do-zero (a Brazilian basic-maths course, Portuguese; vitest)
  ``src/lib/math/answer.test.ts`` @ 2c36d8ede508e1fcd8a4dc576a7f9f8de6d92d12 (stored version;
  no snapshot). ``checkAnswer(expected, input).status`` is ``'right'`` / ``'wrong'``; a gold
  ``num(n, d)`` is written ``n/d`` (``num(1250, 100)`` as ``1250/100``), a radical ``{coef: 6,
  rad: 2}`` as ``6√2``.
- LyalinDotCom/math-homework (a desktop app that grades photographed arithmetic worksheets; vitest)
  ``tests/grading.test.ts`` @ 61bef4ed0559a4b318e5e742b961dc48ff8bed15 (stored version; no
  snapshot). ``gradeLocally(expression, answer).isCorrect``: the worksheet's unevaluated
  expression is stored as the gold (as bench/equiv_fresh22_b.py did for math-tutor-ai).
- D0bledore/code-math (a German maths and physics drill site; plain Node test script), snapshot
  HEAD 688e0728270558c5db8cc18bf2675439aee4f05f, ``run-tests.js``, no license file.
  ``MathProblems.checkAnswer(answer, isFraction, input)`` and ``PhysicsProblems.checkAnswer``;
  the ``{num, den}`` answer is written ``num/den``. Left out: its +/-0.005 tolerance checks, the
  rejection of ``0.75`` for a fraction task (a form rule) and the physics repeat of ``43`` for 42.
Except where a license is named, no license file was found or none could be checked; the short
test strings are quoted as test data, with attribution.

Left out here, by rule: pairs where the prediction is the gold string itself or differs only by
spaces; tolerance policies (edbpede ``3.14159`` for pi, ``3.2`` for pi with tolerance 0.1,
``0.00001`` for 0.00002, strict-mode ``3.14`` for pi, ``isDecimalEquivalentToFraction(0.333,
[1, 3], tol)``; matematik-edu ``3,14`` for 3.14159; math-quest ``1.41`` / ``1.5`` for 1.414 with
tolerance 0.01; tbb ``0.50009`` / ``0.5002`` for 0.5); the percent-sign policy (edbpede ``50%``,
``100%``, ``33.33%`` for 0.5, 1, 0.3333); unit words (matematik-edu ``24 cm²``, ``8 m³``,
``90 min``; math_assist ``120도``, ``430000원``); form requirements (matematik-edu
``requireReduced``, math-quest ``requireSimplified`` / ``requireMixed`` / ``requireDecimal`` /
``requireFraction`` statuses other than a wrong value); a locale-ambiguous reading (matematik-edu
``2.500`` for 2500); structured inputs that are not typed answers (points, pairs, multi-select
indices, lengths and times in separate fields); comparison symbols and words (``>``, ``større
end``); generated exercises whose gold the test does not state (``result.correctAnswer``);
Physlab's near misses and tolerance band (``12.55``, ``12.4``, ``12.9`` "close", ``13.1``,
``-0.04`` for 0, ``1.66``), its direction rules (``-30`` for 330°, ``390`` for 30°: the same
direction a full turn away), degree / radian mix-ups (``1.0472`` and ``0.5236`` handed in as
radians, ``3437.7`` and ``1718.9`` converted twice), trigonometric expressions graded in degrees
(``10*cos(60)`` for 5), an assert on a message only (``0.218``), unit-stripping ``parseAnswer``
asserts and generated-problem seeds;
matematica-do-zero's ``'retry'`` statuses (``4/6`` when simplification is required, ``√72`` and
``3√8`` for 6√2, unreadable text), its percent forms (``15%`` for 15 and for 15/100), ``30
reais``, its locale-ambiguous ``1.500`` for 1500, choice indices and multi-field answers;
malformed, empty and security inputs (``1/0``, ``72abc``, ``1.2.3``, ``<script>``); choice items.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EDB = "edbpede/math"
EDB_HEAD = "51b1c2fb3e1595d20156591b35091037b4cd8063"
EDB_VAL = f"src/lib/exercises/validator.test.ts@{EDB_HEAD}"
_TPL = "src/lib/exercises/templates/tal-og-algebra/"
EDB_DPV = f"{_TPL}decimal-place-value.test.ts@{EDB_HEAD}"
EDB_FDC = f"{_TPL}fraction-decimal-conversion.test.ts@{EDB_HEAD}"
EDB_FEQ = f"{_TPL}fraction-equivalence.test.ts@{EDB_HEAD}"
EDB_FRP = f"{_TPL}fraction-representation.test.ts@{EDB_HEAD}"
EDB_DIV = f"{_TPL}division.test.ts@{EDB_HEAD}"
EDB_MUL = f"{_TPL}multiplication.test.ts@{EDB_HEAD}"
EDB_SUB = f"{_TPL}subtraction.test.ts@{EDB_HEAD}"
DK = "chariacthus/matematik-edu"
DK_AT = "src/lib/answer.test.ts@0f433f3aea7d6ebfa3b78fc6d730865abd63aafb"
MQ = "sjson421/math-quest"
MQ_AT = "src/lib/answer.test.ts@1cb8544afed25ce69a34957e564bda873e7fd7ae"
KR = "outliner-coach/math_assist"
KR_HEAD = "3645485fe44efa0caa0d069c4ee00af5fdd4e571"
KR_G4 = f"src/lib/grade4-answer-normalizers.test.ts@{KR_HEAD}"
KR_G3 = f"src/lib/grade3-answer-normalizers.test.ts@{KR_HEAD}"
FAN = "colinzou-git/mathfan"
FAN_AT = "src/tests/answerChecker.test.ts@e8200b45193548dfe48933c08130fee9ac23fa64"
JP = "jugemjugrm-hash/math_app"
JP_AT = "test/answer_checker_test.dart@7dc824b2b160e36c7d960ba18d9628fa9a87159a"
TBB = "quangrau/tbb"
TBB_AT = "src/utils/answerValidation.test.ts@644f2ff980109fd0b79302666da453dc0adcff03"
BR = "eccarneiro/matematica-do-zero"
BR_AT = "src/lib/math/answer.test.ts@2c36d8ede508e1fcd8a4dc576a7f9f8de6d92d12"
HW = "LyalinDotCom/math-homework"
HW_AT = "tests/grading.test.ts@61bef4ed0559a4b318e5e742b961dc48ff8bed15"
DE = "D0bledore/code-math"
DE_AT = "run-tests.js@688e0728270558c5db8cc18bf2675439aee4f05f"
PHYS = "noob47-E/Physlab"
PHYS_AT = "tests/checkAnswer.test.ts@4c45eaf67a76ffeebf3089945f33a4ff18ed0040"

# (gold, pred, expected, why) per source file
_EDB_VALIDATOR = [
    (r"\pi", "3.2", False, "{ value: Math.PI }: outside the default tolerance"),
    ("0.5", "1/2", True, "fraction input against decimal answer"),
    ("1/2", "0.5", True, "decimal input against fraction answer"),
    ("0.5", "2/4", True, "equivalent fraction against decimal answer"),
    ("0.5", "3/6", True, "equivalent fraction against decimal answer"),
    ("1/2", "4/8", True, "equivalent fraction against fraction answer"),
    ("-0.5", "-1/2", True, "negative fraction"),
    ("1/2", "2/4", True, "fraction against fraction"),
    ("1.5", "1 1/2", True, "mixed number"),
    ("2.75", "2 3/4", True, "mixed number"),
    ("-1.5", "-1 1/2", True, "negative mixed number"),
    ("0.5", "0.75", False, "{ value: 0.5, equivalents: ['1/2'] }: not in equivalents"),
    ("3.14", "3,14", True, "Danish decimal comma (locale da-DK; also auto-detected)"),
    ("1234.56", "1.234,56", True, "Danish thousands dot and decimal comma (locale da-DK)"),
    ("1234.56", "1,234.56", True, "English thousands comma (locale en-US)"),
    ("2/4", "3/6", True, "areFractionsEquivalent([2, 4], [3, 6])"),
    ("1/3", "2/6", True, "areFractionsEquivalent([1, 3], [2, 6])"),
    ("1/2", "1/3", False, "areFractionsEquivalent([1, 2], [1, 3])"),
    ("2/3", "3/4", False, "areFractionsEquivalent([2, 3], [3, 4])"),
    ("-1/2", "-2/4", True, "areFractionsEquivalent([-1, 2], [-2, 4])"),
    ("1/-2", "-2/4", True, "areFractionsEquivalent([1, -2], [-2, 4])"),
    ("1/4", "0.25", True, "isDecimalEquivalentToFraction(0.25, [1, 4])"),
    ("3/4", "0.75", True, "isDecimalEquivalentToFraction(0.75, [3, 4])"),
    ("1/3", "0.5", False, "isDecimalEquivalentToFraction(0.5, [1, 3])"),
    ("1/2", "0.25", False, "isDecimalEquivalentToFraction(0.25, [1, 2])"),
]
_EDB_DPV = [
    ("3/10", "0.3", True, "value '3/10', equivalents [0.3, '0,3']"),
    ("3/10", "0,3", True, "value '3/10', equivalents [0.3, '0,3']"),
    ("3/10", "6/20", True, "value '3/10': equivalent fraction not listed"),
    ("3/10", "0.4", False, "value '3/10'"),
    ("0,37", "0.37", True, "value '0,37', equivalents [0.37, '37/100']"),
    ("0,37", "37/100", True, "value '0,37', equivalents [0.37, '37/100']"),
    ("0,37", "0.36", False, "value '0,37'"),
]
_EDB_FDC = [
    ("0.5", "0,5", True, "value 0.5, equivalents ['0,5', '1/2']"),
    ("0.5", "0.25", False, "value 0.5"),
    ("0,3", "0.3", True, "value '0,3', equivalents [0.3, '3/10', '0,3']"),
    ("0,3", "3/10", True, "value '0,3', equivalents [0.3, '3/10', '0,3']"),
    ("0,3", "6/20", True, "value '0,3': equivalent fraction not listed"),
    ("0.75", "0,75", True, "value 0.75, equivalents ['0,75', '3/4']"),
    ("0.75", "3/4", True, "value 0.75, equivalents ['0,75', '3/4']"),
    ("0.75", "6/8", True, "value 0.75: equivalent fraction not listed"),
    ("0.75", "0.5", False, "value 0.75"),
]
_EDB_FEQ = [
    ("2/4", "1/2", True, "value '2/4', equivalents [0.5, '1/2']"),
    ("2/4", "4/8", True, "value '2/4': equivalent fraction not listed"),
    ("2/4", "0.5", True, "value '2/4', equivalents [0.5, '1/2']"),
    ("2/4", "3/4", False, "value '2/4'"),
    ("1/2", "3/6", True, "value '1/2': equivalent fraction not listed"),
    ("8", "7", False, "value 8"),
]
_EDB_FRP = [
    ("1/2", "0,5", True, "value '1/2', equivalents [0.5]: decimal comma"),
    ("1/2", "2/3", False, "value '1/2'"),
    ("7/4", "1 3/4", True, "value '7/4', equivalents [1.75, '1 3/4']"),
    ("7/4", "1.75", True, "value '7/4', equivalents [1.75, '1 3/4']"),
]
_EDB_INT = [
    (EDB_DIV, "5", "4", False, "division: value 5"),
    (EDB_MUL, "12", "11", False, "multiplication: value 12"),
]
_DK = [
    ("1/2", "2/4", True, "fraction {n: 1, d: 2}: equivalent fraction"),
    ("-12", "−12", True, "number -12: minus from the keyboard row (U+2212)"),
    ("-3/4", "−3/4", True, "fraction {n: -3, d: 4}: U+2212 minus"),
    ("2x² - 3", "2x^2 − 3", True, "expression: caret power, U+2212 minus"),
    ("5", "x = 5", True, "number 5: 'x = 5' on an equation"),
    ("-3", "x=−3", True, "number -3: 'x=' and U+2212 minus"),
    ("2.5", "2.500", True, "number 2.5: trailing zeros"),
    ("1250000", "1.250.000", True, "number 1250000: Danish thousands dots"),
    ("125", "0.125", False, "number 125"),
    ("7/4", "1 3/4", True, "fraction {n: 7, d: 4}: mixed number"),
    ("13/4", "1 3/4", False, "fraction {n: 13, d: 4}: '1 3/4' is a mixed number, not 13/4"),
    ("2x+3", "y = 2x + 3", True, "expression: 'y =' in front"),
    ("2x+3", "f(x) = 3 + 2x", True, "expression: 'f(x) =' in front, terms reordered"),
    ("2x + 3", "3 + 2x", True, "normalizeExpression: order of terms"),
    ("x + x + 3", "2x + 3", True, "normalizeExpression: like terms collected"),
    ("2x^2 + 3x", "3x + 2x²", True, "normalizeExpression: powers, superscript 2"),
    ("2x + 3", "2x - 3", False, "normalizeExpression: different expressions"),
    ("2x", "2y", False, "normalizeExpression: different variables"),
]
_MQ = [
    ("1/2", "2/4", True, "exact(1, 2): equivalent form"),
    ("1/2", "0.5", True, "exact(1, 2): equivalent form"),
    ("1/2", ".5", True, "exact(1, 2): equivalent form"),
    ("1/2", "4/8", True, "exact(1, 2): equivalent form"),
    ("1/2", "50/100", True, "exact(1, 2): equivalent form"),
    ("4", "4.0", True, "exact(4): integer as decimal"),
    ("4", "8/2", True, "exact(4): integer as fraction"),
    ("4", "12/3", True, "exact(4): integer as fraction"),
    ("4", "5", False, "exact(4): wrong value"),
    ("1/2", "1/3", False, "exact(1, 2): wrong value"),
    ("7/4", "1 3/4", True, "mixed(7, 4): mixed decomposition"),
    ("7/4", "3/4", False, "mixed(7, 4): wrong value"),
    ("7/4", "1 1/4", False, "mixed(7, 4): wrong value"),
    ("3/4", "1/2", False, "{n: 3, d: 4, requireDecimal}: wrong value"),
    ("3/4", "0.5", False, "{n: 3, d: 4, requireFraction}: wrong value"),
    ("3/4", "0.75", True, "exact(3, 4): decimal form"),
]
_KR_G4 = [
    ("430000", "430001", False, "integer: a mathematical wrong answer"),
    ("0.7", " 0.70 ", True, "decimal: trailing zero"),
    ("2.609", "2.608", False, "decimal compared exactly"),
    ("2/3", " 4/6 ", True, "fraction: equivalent fraction"),
    ("1 2/5", "7/5", True, "fraction: improper fraction for mixed number"),
    ("1 2/5", "1 3/5", False, "fraction: wrong mixed number"),
]
_FAN = [
    ("72", "63", False, "8 × 9: wrong answer"),
    ("72", "7.2", False, "8 × 9: decimal input for an integer answer"),
    ("0.5", ".5", True, "decimal_add, answer 0.5: leading-dot decimal"),
    ("56", "55", False, "7 × 8, untimed assessment: incorrect"),
]
_JP = [
    ("-12", "－１２", True, "full-width minus and digits"),
    ("8", "+8", True, "leading plus sign"),
    ("-5", "5", False, "sign differs"),
]
_TBB = [
    ("0.5", "1/2", True, "decimal correct_answer, fraction typed"),
    ("0.25", "1/4", True, "correct_answer '0.25', acceptable_answers ['1/4', '0.2500']"),
    ("10", "11", False, "integer correct_answer '10'"),
]

_PHYS = [
    ("12.5", "25/2", True, "field value 12.5 (tol 0.125): 'right'"),
    ("12.5", "-12.5", False, "wrong sign"),
    ("12.5", "125", False, "wrong power of ten"),
    ("12.5", "1250", False, "wrong power of ten"),
    ("12.5", "12500", False, "wrong power of ten"),
    ("12.5", "1.25", False, "wrong power of ten"),
    ("12.5", "0.125", False, "wrong power of ten"),
    ("12.5", "0.0125", False, "wrong power of ten"),
    ("12.5", "12500000", False, "wrong power of ten"),
    ("12.5", "0.0000125", False, "wrong power of ten"),
    ("12.5", "167.5", False, "a length that is 180 - v: 'Not quite'"),
    ("12.5", "99", False, "'Not quite. Press Hint ...'"),
    ("0", "7", False, "field value 0 (tol 0.05): 'Not quite'"),
    ("60", "420", False, "angle between two vectors, 60° (kind 'angle'): a full turn more"),
    ("60", "240", False, "angle between two vectors, 60°: wrong"),
    ("60", "120", False, "angle between two vectors, 60°: wrong"),
    ("60", "300", False, "angle between two vectors, 60°: wrong"),
    ("60", "-60", False, "angle between two vectors, 60°: wrong sign"),
    ("36.8698976", "143.13", False, "direction 36.87°: wrong quadrant"),
    ("36.8698976", "216.87", False, "direction 36.87°: wrong quadrant"),
    ("36.8698976", "323.13", False, "direction 36.87°: wrong quadrant"),
    ("8.66", "5", False, "Fx (tol 0.09): trap 'That is F sin θ'"),
    ("5", "8.66", False, "Fy (tol 0.05): trap 'That is F cos θ'"),
    ("120", "1.67", False, "distance 120 m (tol 2.4): trap, the deceleration 20/12"),
    ("120", "1", False, "distance 120 m: 'Not quite'"),
    ("120", "3", False, "distance 120 m: 'Not quite'"),
    ("3.2e12", "3.2×10^12", True, "field value 3.2e12 (tol 3.2e10): times-ten notation"),
    ("1.6e-19", "1.6×10^-19", True, "field value 1.6e-19 (tol 1.6e-21): times-ten notation"),
    ("1.6e-19", "1.6×10^-18", False, "field value 1.6e-19: wrong power of ten"),
]

_BR = [
    ("23/20", "1,15", True, "num(23, 20): decimal comma"),
    ("23/20", "1.15", True, "num(23, 20): decimal point"),
    ("23/20", "1 3/20", True, "num(23, 20): mixed number"),
    ("23/20", "46/40", True, "num(23, 20): equivalent fraction"),
    ("23/20", " 1,150 ", True, "num(23, 20): decimal comma, trailing zero"),
    ("23/20", "1,5", False, "num(23, 20): different value"),
    ("23/20", "20/23", False, "num(23, 20): reciprocal"),
    ("-7", "−7", True, "num(-7): typographic minus"),
    ("-3/4", "-0,75", True, "num(-3, 4): decimal comma"),
    ("-3/4", "3/-4", True, "num(-3, 4): minus in the denominator"),
    ("1234567", "1.234.567", True, "num(1234567): Brazilian thousands dots"),
    ("123456/100", "1.234,56", True, "num(123456, 100): thousands dot, decimal comma"),
    ("3/2", "1.500", True, "num(3, 2): '1.500' read as 1.5"),
    ("15/100", "0,15", True, "num(15, 100): decimal comma"),
    ("1250/100", "R$ 12,50", True, "num(1250, 100): real sign, decimal comma"),
    ("2/3", "4/6", True, "num(2, 3) without requireSimplified"),
    ("6√2", "2√6", False, "radical {coef: 6, rad: 2}: 'wrong'"),
]

_HW = [
    ("13 + 4", "7", False, "gradeLocally: calculated answer 17"),
    ("13 + 4", "17", True, "gradeLocally: calculated answer 17"),
    ("12 × 3", "36", True, "gradeLocally: worksheet times sign"),
    ("(20 - 8) ÷ 3", "4", True, "gradeLocally: division sign, precedence"),
    ("2(3 + 4)", "14", True, "gradeLocally: implicit multiplication"),
    ("1/3 + 1/6", "1/2", True, "gradeLocally: exact fractions"),
    ("0.1 + 0.2", "0.3", True, "gradeLocally: exact decimal arithmetic"),
]

_DE = [
    ("42", "43", False, "Suite 2: wrong integer rejected"),
    ("3.14", "3,14", True, "Suite 2: comma as decimal separator accepted"),
    ("3/4", "6/8", True, "Suite 2: fraction equivalent (unreduced) accepted"),
    ("3/4", "2/4", False, "Suite 2: wrong fraction rejected"),
    ("100", "101", False, "Suite 5: off-by-1 integers do not pass"),
    ("3.5", "3,5", True, "Suite 7 (physics): comma decimal separator accepted"),
]

CASES: list[dict] = [
    *(
        _c(repo, where, gold, pred, True, ok, why)
        for repo, where, rows in [
            (EDB, EDB_VAL, _EDB_VALIDATOR),
            (EDB, EDB_DPV, _EDB_DPV),
            (EDB, EDB_FDC, _EDB_FDC),
            (EDB, EDB_FEQ, _EDB_FEQ),
            (EDB, EDB_FRP, _EDB_FRP),
            (DK, DK_AT, _DK),
            (MQ, MQ_AT, _MQ),
            (KR, KR_G4, _KR_G4),
            (FAN, FAN_AT, _FAN),
            (JP, JP_AT, _JP),
            (TBB, TBB_AT, _TBB),
            (PHYS, PHYS_AT, _PHYS),
            (BR, BR_AT, _BR),
            (HW, HW_AT, _HW),
            (DE, DE_AT, _DE),
        ]
        for gold, pred, ok, why in rows
    ),
    *(_c(EDB, where, gold, pred, True, ok, why) for where, gold, pred, ok, why in _EDB_INT),
    _c(KR, KR_G3, "1/2", "2/4", True, True, "fraction {numerator: '2', denominator: '4'}"),
]
