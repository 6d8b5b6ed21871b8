r"""A twenty-fourth fresh set of answer-equivalence cases (evaluation only; helper "a", first part:
the second part, with its own ``CASES``, is bench/equiv_fresh24_a2.py).

This helper's focus: school-maths and exam-practice apps written in TypeScript / JavaScript / Dart
that check a learner's typed maths answer against the expected one, and their test files. The
sources were found by exact path with ``find_files`` (``src/lib/answers.test.ts``,
``src/lib/answer.test.ts``, ``tests/answerChecker.test.ts``, ``src/lib/answerCheck.test.ts``,
``src/lib/math/compare.test.ts``, ``test/answer_checker_test.dart``, ...), checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of the earlier bench/equiv_fresh*
modules and bench/data/equiv_fresh4.md, and claimed in /work/wt/fresh24_claims before
transcribing. Each case gives the reference answer (``gold``), the prediction (``pred``: a bare
answer to be put in ``\boxed{}``; ``wrap`` is True for every case here) and the verdict the test
asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the
values the test's language reads from the source (a JavaScript ``'\\frac{5}{2}'`` is stored as
``r"\frac{5}{2}"``; a Unicode minus ``−`` stays as written). A gold the test builds in code
(``{ n: 1, d: 2 }``, ``value: 1.5``, ``Math.sqrt(61)``) is written as the number it denotes
(``1/2``, ``1.5``, ``\sqrt{61}``), and a double the test turns into a string
(``String(Math.PI / 3)``) as the string JavaScript makes of it (``1.0471975511965976``); ``why``
says so. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted). No snapshot could be fetched for most of them,
so the commit is that of the stored version of the file read with ``read_file``; where a snapshot
was fetched its tree held no license file. The short test strings are quoted as test data, with
attribution.

- ColourFour/Asterion (Cambridge A-level maths skill checks; vitest) ``tests/answerChecker.test.ts``
  @ 0b41ebdb6ac4888db4ffef32a8e1b26056dc99d0 and ``tests/fixtures/answerCheckerParityFixtures.ts``
  @ 077e60ddfb03ebf5f38f7299fa21e867b718c2e6 (the stored snapshot, HEAD
  bb90e1a9f27b97b321ff7d97500abecbb7e6e193, predates both files).
  ``checkSkillCheckAnswer({spec: {answerType, acceptedAnswers}, submittedAnswer}).isCorrect``;
  the first accepted answer is the gold. Two numeric golds are written in the test as doubles:
  ``'0.8660254037844386'`` (kept as written; the test calls it an "exact sine value", sqrt(3)/2,
  with tolerance 1e-12) and ``String(Math.PI / 3)``, ``String(2 * Math.PI)``,
  ``String(-Math.PI / 4)`` (stored as the strings JavaScript makes of those doubles). An array
  answer (``['2.5', '1', '-1']``) is joined with ", ".
- Carlitosfint/duolingodemate (Peruvian secondary-school maths practice, Spanish; vitest)
  ``src/lib/answers.test.ts`` @ 7dee9cbbe1346560369377759f6bc74f6dc35a53.
  ``isCorrectAnswer(answer, key)``; the key is the gold.
- Bredson/matematyka-e8 (Polish E8 eighth-grade exam practice; vitest) ``src/lib/answers.test.ts``
  @ 0e9afb154f27ea59c22e77af0ea657212a062418. ``checkAnswer(input, key)`` is ``'correct'`` /
  ``'incorrect'``; the key is the gold.
- maxni08/sat-practice (digital SAT practice; vitest) ``src/lib/answers.test.ts``
  @ 3b784dc562bdd108abb5757b980254f4ca5c8034. ``numericAnswersEquivalent(answer, accepted)``
  and ``answerMatches(question, answer)`` (the matched accepted answer is the gold).
- agenticamit-ai/Math (maths practice; vitest) ``src/lib/answers.test.ts``
  @ 9210b4edbdef009d9bcb8488f84448cc1aeb55f7. ``answersMatch(a, b)``: ``b``, the second
  argument (the bare form in every pair), is taken as the gold.
- MylesM18/AngleBengal (maths word-problem tutor; vitest) ``src/lib/math/compare.test.ts``
  @ 2c6db5c9e8f71afb510cfc4a543768c029eab3a5. ``compareToAnswer({type: 'numeric', value, unit},
  input).match`` (gold: the value with its unit where one is given) and ``numericMatch``.
- itaytoren7/5-units (Israeli 5-unit bagrut maths practice; vitest) ``src/lib/answerCheck.test.ts``
  @ 8f321e8ac379752f8091f80517e1aa3db54f51f2. ``checkAnswer(input, expected[, tolerance])`` is
  ``'correct'`` / ``'wrong'``; ``Math.sqrt(61)`` is written ``\sqrt{61}``.
- mayank201181/Vaniyear11maths (a UK Year 11 / GCSE maths practice app; node:test)
  ``tests/answerCheck.test.ts`` @ 35c4fd490194a9757775523092de7ff7ce26f16b (stored version; no
  snapshot). ``checkAnswer(spec, input).status`` is ``'correct'`` / ``'incorrect'``; the gold is
  the spec written as an answer: a number's ``value``, a fraction's ``n/d``, a list's ``values``
  joined with ", " (in brackets when the spec is an ordered coordinate pair), a ratio's ``parts``
  joined with ":", an expression's ``expr``, an equation's ``eq``, an inequality's ``ineq``, a
  text spec's first accepted answer; the spec's type and form are in ``why``.

Left out, by rule: pairs where the prediction is the gold string itself or differs from it only by
spaces (spaces that group digits, ``7 050 000``, are kept: they are a notation); rounded or
truncated decimals a suite accepts under its own tolerance or rounding rule
(duolingodemate ``5.3`` / ``5,3`` / ``5.33`` / ``5.333`` for 16/3 and ``2.7`` for 2.65;
sat-practice's SAT full-field roundings ``.6666`` / ``.6667`` / ``0.666`` / ``0.667`` for 2/3,
``1.333`` for 4/3, ``12.34`` / ``12.35`` for 12.345678, and its key list ``.666, .667, 2/3``;
Asterion ``2.504`` for 2.5 with tolerance 0.01; AngleBengal ``100.9`` for 100, ``104`` for 100
with tolerance 0.05, ``96.56 km/h`` for 60 mph; 5-units ``0.26`` for 0.2646, ``7.81`` for
sqrt(61), ``1500`` for 1503, ``0.2646`` for 0.2646 with tolerance 0.0001) and the matching
rejections of a rounding that is too coarse or wrongly rounded (sat-practice ``.66``, ``0.67``,
``.6668``, ``00.33``, ``.334``, ``-1.334``; matematyka-e8 ``0.666667`` for 2/3 and
``0.500000001`` for 1/2), which are rounding policies rather than equality; the percent-sign
policy (agenticamit ``25%`` for 25); unit words after a number (agenticamit ``12 cm``,
``45 degrees``; AngleBengal ``6 miles`` / ``42 students`` and a unit left out): unit policies;
a locale-ambiguous reading (duolingodemate ``1.050`` for 1050, accepted as either 1.05 or 1050);
word answers and number words (``no sé``, ``twelve``, ``Tuesday``, ``four``); multiple-choice
letters; malformed-input statuses (``invalid`` / ``unparseable``: matematyka-e8 ``2+3``,
``5 zł``, ``1e3`` ... for 5; sat-practice ``parseNumericAnswer`` rejections; agenticamit ``1/0``);
empty answers; Asterion's ``expression-text`` checks (by normalised text only: ``(x+1)^2``
against ``x^2+2x+1`` rejected by design), its ordered multi-value rejection and its exact-text
and unsupported-type cases; sat-practice's identical twenty-digit pair and its ``isValidAnswer``
asserts; parser-only asserts (``parseAnswer``, ``parseNumericValue``, ``keyValue``).
From Vaniyear11maths also: every ``'close'`` status (an unsimplified, unfactorised, non-standard-
form or rounded answer: a form or rounding policy, not a wrong value) and every ``'invalid'``
status; ``assert.notEqual(..., 'correct')`` asserts (the status may be ``close``); numbers with
unit words or a percent sign (``12 cm``, ``60 km/h``, ``120°``, ``35%``, ``9 litres``,
``6 pieces``, ``21 600 cm²``, ``8h15min`` ...); the rounded decimals ``12.6`` / ``12.566`` for
12.57, ``0.5833`` for 7/12 and ``31.4`` for 10π; the prime-factor lists (``2, 2, 2, 3, 5``
against ``2^3 × 3 × 5``: a list read as a product); implicit-product conventions after ``/``
(``y^2/4x^4``, ``3/5x``, ``1/3V``, ``1/2x``); a capital ``X`` for ``x``; comma-run lists
(``18,160,2880``, ``2,100``); ``5 m^2`` for ``5m``; and pairs that repeat an earlier pair of the
file.

Read and not used: mayank201181/Year8Mathsnew (claimed; its ``tests/answerCheck.test.ts`` is an
earlier subset of the Vaniyear11maths file, same author); buptrobin/math (its ``gradeAnswer``
golds live in seed data that is not stored); MylesM18/AngleBengal ``src/lib/math/answer.test.ts``
(a tolerance clamp); Itzyobo/GEII-Simu (tolerance band only); ssf01/matematika (integer drill
steps); anakajitards/sitemat (formula calculators, not answer checks); librelearn-org/LearnLib
(vocabulary); menezesx2k26-byte/trigonometria-pre-temporada-ifsp (choice items only);
ColourFour/Asterion's other tests (content checks). Found only through ``find_string`` and
unnamed ``search`` hits, so not used: a Swedish ``answerChecker`` suite (``checkAnswer('5 kvm',
'5 m²', 'unit')``); an ``answer-validation`` suite turned out to be mfish324/mathclicks, already
claimed, and a Danish exercise-template hit led to edbpede/math (used, second part).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AST = "ColourFour/Asterion"
AST_AT = "tests/answerChecker.test.ts@0b41ebdb6ac4888db4ffef32a8e1b26056dc99d0"
AST_FX = "tests/fixtures/answerCheckerParityFixtures.ts@077e60ddfb03ebf5f38f7299fa21e867b718c2e6"
DUO = "Carlitosfint/duolingodemate"
DUO_AT = "src/lib/answers.test.ts@7dee9cbbe1346560369377759f6bc74f6dc35a53"
E8 = "Bredson/matematyka-e8"
E8_AT = "src/lib/answers.test.ts@0e9afb154f27ea59c22e77af0ea657212a062418"
SATP = "maxni08/sat-practice"
SATP_AT = "src/lib/answers.test.ts@3b784dc562bdd108abb5757b980254f4ca5c8034"
AMIT = "agenticamit-ai/Math"
AMIT_AT = "src/lib/answers.test.ts@9210b4edbdef009d9bcb8488f84448cc1aeb55f7"
ANGLE = "MylesM18/AngleBengal"
ANGLE_AT = "src/lib/math/compare.test.ts@2c6db5c9e8f71afb510cfc4a543768c029eab3a5"
UNITS5 = "itaytoren7/5-units"
UNITS5_AT = "src/lib/answerCheck.test.ts@8f321e8ac379752f8091f80517e1aa3db54f51f2"
Y11 = "mayank201181/Vaniyear11maths"
Y11_AT = "tests/answerCheck.test.ts@35c4fd490194a9757775523092de7ff7ce26f16b"

_SQ = "0.8660254037844386"
_PI3 = "1.0471975511965976"  # String(Math.PI / 3)
_TAU = "6.283185307179586"  # String(2 * Math.PI)
_MPI4 = "-0.7853981633974483"  # String(-Math.PI / 4)

# (gold, pred, expected, why) per source file
_ASTERION = [
    ("5/2", "2.5", True, "numeric: decimal for fraction"),
    ("2.5", r"\frac{5}{2}", True, "numeric: LaTeX fraction for decimal"),
    ("3", "3.0", True, "numeric: integer written as decimal"),
    (_SQ, "sqrt(3)/2", True, "accepted '0.8660254037844386' (sqrt(3)/2), tolerance 1e-12"),
    (_SQ, r"\sqrt{3}/2", True, "accepted '0.8660254037844386' (sqrt(3)/2), tolerance 1e-12"),
    (_SQ, r"\frac{\sqrt{3}}{2}", True, "accepted '0.8660254037844386', tolerance 1e-12"),
    ("-" + _SQ, r"-\sqrt{3}/2", True, "accepted '-0.8660254037844386', tolerance 1e-12"),
    (_PI3, "pi/3", True, "accepted String(Math.PI / 3), tolerance 1e-12"),
    (_PI3, r"\pi/3", True, "accepted String(Math.PI / 3), tolerance 1e-12"),
    (_TAU, "2pi", True, "accepted String(2 * Math.PI), tolerance 1e-12"),
    (_TAU, r"2\pi", True, "accepted String(2 * Math.PI), tolerance 1e-12"),
    (_MPI4, r"-\pi/4", True, "accepted String(-Math.PI / 4), tolerance 1e-12"),
    ("-1, 1, 5/2", "2.5, 1, -1", True, "multi-value, order-insensitive: ['2.5', '1', '-1']"),
    ("1, 2", "x=1 and x=2", True, "multi-value: labelled roots joined by 'and'"),
    ("-1, 1, 5/2", "-1, 1, 2.5", True, "multi-value, orderMatters: same order, 5/2 as 2.5"),
    ("(3, -1)", " ( 3.0 , -1 ) ", True, "coordinate: 3.0 for 3"),
    ("1 < x < 4", "(1, 4)", True, "interval: interval notation for inequality"),
    ("[1, 4)", "x >= 1 and x < 4", True, "interval: inequalities for interval notation"),
    ("x > 2", "(2, infinity)", True, "interval: one-sided, open right"),
    ("x <= 2", "(-infinity, 2]", True, "interval: one-sided, closed left"),
    ("x > 2", "2 < x", True, "interval: reversed inequality"),
    ("x <= 2", "2 >= x", True, "interval: reversed inequality"),
    ("x <= " + _PI3, r"\pi/3 >= x", True, "interval: accepted `x <= ${Math.PI / 3}`, reversed"),
    ("1 < x < 4", "x < 1 or x > 4", False, "interval: complement union, rejected"),
    ("2 + 3i", "z = 2+3i", True, "complex: 'z =' label, no spaces"),
    ("2 + 3i", "z = 2+3j", True, "complex: j as the imaginary unit"),
    ("3 + 4i", "4i + 3", True, "complex: imaginary part first"),
]
_ASTERION_FX = [
    ("5/2", r"\frac{5}{2}", True, "decimal/fraction equivalence"),
    ("-1/2, 1", "1, -0.5", True, "multi-value order-insensitive answers"),
    ("(8,3)", " ( 8.0 , 3 ) ", True, "coordinate answers"),
]
_DUO = [
    ("15", "15.0", True, "integer key, decimal form"),
    ("15", "30/2", True, "integer key, fraction form"),
    ("15", "15.04", False, "integer key matched exactly"),
    ("15", "14", False, "wrong number"),
    ("-3.5", "-3,5", True, "decimal comma"),
    ("-3.5", "−3,5", True, "Unicode minus (phone keyboard), decimal comma"),
    ("-3.5", "-7/2", True, "fraction for decimal key"),
    ("-3.5", "-3.50", True, "trailing zero"),
    ("-3.5", "-3", False, "different number"),
    ("-3.5", "-3.4", False, "different number"),
    ("16/3", "32/6", True, "equivalent fraction (sector area key)"),
    ("16/3", "5.34", False, "wrong rounding of 5.333..."),
    ("16/3", "5.4", False, "wrong rounding"),
    ("16/3", "5", False, "different number"),
    ("16/3", "16", False, "different number"),
    ("16/3", "6", False, "different number"),
    ("0.6", "0.65", False, "nearby value on a small key"),
    ("0.6", "3/5", True, "fraction for decimal key"),
    ("1050", "1,050", True, "thousands comma"),
    ("1050", "S/ 1,050", True, "soles sign in front, thousands comma"),
]
_E8 = [
    ("1/2", "2/4", True, "accepts as one half"),
    ("1/2", "4/8", True, "accepts as one half"),
    ("1/2", "0,5", True, "decimal comma, one half"),
    ("1/2", "0.500", True, "trailing zeros, one half"),
    ("1/2", " +1 / 2 ", True, "plus sign and spaces, one half"),
    ("1/2", "-1/-2", True, "both signs negative, one half"),
    ("5", "5,00", True, "money without a particular notation"),
    ("5", "10/2", True, "money without a particular notation"),
    ("5", "+05.0", True, "money: plus sign, leading zero, .0"),
    ("-1/2", "−0,5", True, "negative decimal, Unicode minus, decimal comma"),
    ("-5/4", "-1.25", True, "negative decimal compared exactly"),
    ("1/2", "-1/2", False, "sign differs"),
    ("2/3", "8/12", True, "unreduced fraction"),
]
_SATP = [
    ("1/10000", "0.000", False, "small nonzero solution not rounded away to zero"),
    ("1/10000", ".0001", True, "decimal for fraction"),
    ("1/2", ".5", True, "exact equivalence"),
    ("0.50", "2/4", True, "exact equivalence"),
    ("-5/2", "−2.5", True, "exact equivalence, Unicode minus"),
    (".5", "-3/-6", True, "exact equivalence"),
    ("-0.0", "0", True, "exact equivalence"),
    ("3.5", " 7 / 2 ", True, "exact equivalence"),
    ("3", "+3", True, "exact equivalence"),
    ("1/8", ".125", True, "exact equivalence"),
    ("2", "2.001", False, "unequal values"),
    ("100000", "99999", False, "unequal values"),
    ("10000000000000000001", "10000000000000000000", False, "unequal twenty-digit values"),
    ("-2", "-4/2", True, "answerMatches, accepted ['-2', '2']"),
    ("2", "2.00", True, "answerMatches, accepted ['-2', '2']"),
    ("2", "18", False, "answerMatches, accepted ['2']"),
]
_AMIT = [
    ("0.75", "3/4", True, "answersMatch is true"),
    ("3/4", "6/8", True, "answersMatch is true"),
    ("3/4", ".75", True, "answersMatch is true"),
    ("5/2", "2 1/2", True, "answersMatch is true: mixed number"),
    ("2 1/2", "2.5", True, "answersMatch is true: mixed number gold"),
    ("-2.5", "-2 1/2", True, "answersMatch is true: negative mixed number"),
    ("1000", "1,000", True, "answersMatch is true: thousands comma"),
    ("12", "$12", True, "answersMatch is true: dollar sign"),
    ("4/3", "3/4", False, "answersMatch is false"),
    ("13", "12", False, "answersMatch is false"),
    ("2.4", "2 1/2", False, "answersMatch is false"),
]
_ANGLE = [
    ("1.5", "3/2", True, "compareToAnswer: numeric value 1.5 (unit miles), fraction typed"),
    ("4000", "$4,000", True, "compareToAnswer: currency-formatted number"),
    ("6 miles", "7", False, "compareToAnswer: wrong number"),
    ("60 mph", "60 km/h", False, "compatible unit, wrong magnitude"),
    ("60 mph", "60 kg", False, "dimensionally incompatible unit"),
    ("100", "102", False, "numericMatch(100, 102): outside the default 1% tolerance"),
]
_UNITS5 = [
    ("0.2646", "0.25", False, "checkAnswer is 'wrong'"),
    (r"\sqrt{61}", "√61", True, "checkAnswer('√61', Math.sqrt(61)) is 'correct'"),
    ("1503", "1490", False, "checkAnswer is 'wrong'"),
    ("0.2646", "0.26", False, "tolerance 0.0001: checkAnswer is 'wrong'"),
]

_Y11 = [
    ("-11", "−11", True, "number -11: U+2212 minus"),
    ("-11", "x = -11", True, "number -11: 'x =' in front"),
    ("-11", "x=−11", True, "number -11: 'x=' and U+2212 minus"),
    ("-11", "-11.0", True, "number -11: trailing .0"),
    ("-11", "11", False, "number -11: 'Check the sign'"),
    ("46", "£46", True, "number 46: pound sign"),
    ("46", "S$46", True, "number 46: Singapore dollar sign"),
    ("46", "$46.00", True, "number 46: dollar sign, cents"),
    ("1200", "1,200", True, "number 1200: thousands comma"),
    ("0.75", "3/4", True, "number 0.75: fraction allowed"),
    ("0.75", "¾", True, "number 0.75: vulgar-fraction character"),
    ("1.75", "1 3/4", True, "number 1.75: mixed number"),
    ("0.5", ".5", True, "number 0.5: leading dot"),
    ("100", "99", False, "number 100"),
    ("3.14", "3", False, "number 3.14"),
    ("32000", "3.2 x 10^4", True, "number 32000, standard form"),
    ("32000", "3.2×10⁴", True, "number 32000, standard form, superscript exponent"),
    ("0.0045", "4.5 × 10^-3", True, "number 0.0045, standard form"),
    ("0.0045", "4.5 × 10^(−3)", True, "number 0.0045, standard form, U+2212 in exponent"),
    ("7/12", "12/7", False, "fraction 7/12: the reciprocal"),
    ("3/4", "0.75", True, "fraction 3/4 with allowDecimal"),
    ("19/12", "1 7/12", True, "fraction 19/12, form 'mixed'"),
    ("-3/4", "−3/4", True, "fraction -3/4: U+2212 minus"),
    ("-3/4", "3/4", False, "fraction -3/4: sign"),
    ("6/3", "2", True, "fraction 6/3: integer"),
    ("9/10", "⁹⁄₁₀", True, "fraction 9/10: super/subscript digits, fraction slash"),
    ("28, 35", "35, 28", True, "list [28, 35], unordered"),
    ("28, 35", "£28 and £35", True, "list [28, 35]: pound signs, 'and'"),
    ("28, 35", "28 35", True, "list [28, 35]: space-separated"),
    ("28, 35", "28;35", True, "list [28, 35]: semicolon"),
    ("28, 35", "99", False, "list [28, 35]: 'I was expecting 2 values'"),
    ("28, 35", "0", False, "list [28, 35]: 'I was expecting 2 values'"),
    ("(3, -2)", "(3,−2)", True, "ordered list [3, -2]: U+2212 minus"),
    ("(3, -2)", "(-2, 3)", False, "ordered list [3, -2]: swapped"),
    ("2, -3", "x = 2 or x = -3", True, "list [2, -3] (roots): 'x = ... or x = ...'"),
    ("2, -3", "x=-3, x=2", True, "list [2, -3] (roots): labelled, reordered"),
    ("36, 7560", "HCF = 36, LCM = 7560", True, "ordered list [36, 7560]: labelled"),
    ("36, 7560", "HCF = 36, LCM = 7,560", True, "ordered list [36, 7560]: thousands comma"),
    ("36, 7560", "7,560, 36", False, "ordered list [36, 7560]: swapped"),
    ("12, -12", "±12", True, "list [12, -12]: plus-minus"),
    ("12, -12", "x = ±12", True, "list [12, -12]: 'x = ±12'"),
    ("12, -12", "+-12", True, "list [12, -12]: '+-12'"),
    ("3:4", "4:3", False, "ratio [3, 4]: reversed"),
    ("3:4", "3 to 4", True, "ratio [3, 4]: 'to'"),
    ("1:50000", "1 : 50 000", True, "ratio [1, 50000]: spaced thousands"),
    ("2x+6", "6+2x", True, "expression: reordered"),
    ("2x+6", "2(x+3)", True, "expression: factorised"),
    ("2x+6", "2*x + 6", True, "expression: explicit product"),
    ("2x+6", "x+x+6", True, "expression: unsimplified"),
    ("2x+6", "y = 2x + 6", True, "expression: 'y =' in front"),
    ("2x+6", "2x + 6 = y", True, "expression: '= y' after"),
    ("2x+6", "2x+5", False, "expression: wrong constant"),
    ("2x+6", "2y+6", False, "expression: wrong variable"),
    ("x^2+5x+6", "(x+2)(x+3)", True, "expression: factorised quadratic"),
    ("x^2+5x+6", "x²+5x+6", True, "expression: superscript 2"),
    ("a^5", "a^2 × a^3", True, "expression: product of powers"),
    ("12pi", "12π", True, "expression: pi symbol"),
    ("6ab", "6ba", True, "expression: commuted variables"),
    ("(x+1)/2", "x/2 + 1/2", True, "expression: split fraction"),
    ("x^-1", "1/x", True, "expression: negative power"),
    ("60+9pi", "60 + 8π m²", False, "expression 60+9pi: wrong multiple of pi, unit typed"),
    ("3(x+2)", "3(2+x)", True, "expression, form 'factorised'"),
    ("(x+3)^2", "(x+3)(x+3)", True, "expression, form 'factorised'"),
    ("4x+3y", "3y+4x", True, "expression, form 'simplified'"),
    ("3x(2x+5)", "-3x(-2x-5)", True, "expression, form 'factorised' fully"),
    ("(x+2)(x+3)", "(x+3)(x+2)", True, "expression, form 'factorised': factors swapped"),
    ("x > 3", "x≥3", False, "text, accept ['x > 3', '3 < x']"),
    ("x <= 4", "x ≤ 4", True, "text, accept ['x <= 4']: ≤ sign"),
    ("7050000", "7 050 000", True, "number: spaced thousands"),
    ("7050000", "-7 050 000", False, "number: spaced thousands, sign"),
    ("-7050", "−7 050", True, "number: spaced thousands, U+2212 minus"),
    ("0.00025", "0.000 25", True, "number: spaced decimal groups"),
    ("1.5", "1 1/2", True, "number: a mixed number is still a mixed number"),
    ("37.7", "13π", False, "number 37.7 (12π to 1 d.p.): 13π"),
    ("12", "12π", False, "number 12: 'π is not a unit'"),
    ("50.24", "17π", False, "number 50.24 (16π with π = 3.14): 17π"),
    ("525, 1400", "525, 1,400", True, "ordered list [525, 1400]: thousands comma"),
    ("525, 1400", "525, 1 400", True, "ordered list [525, 1400]: spaced thousands"),
    ("1200, 800", "£1,200 and £800", True, "list [1200, 800]: pound signs, 'and'"),
    ("1.5, 3", "1 1/2, 3", True, "ordered list [1.5, 3]: mixed number"),
    ("1.5, 3", "1½, 3", True, "ordered list [1.5, 3]: vulgar-fraction character"),
    ("1.5, 3", "3/2, 3", True, "ordered list [1.5, 3]: improper fraction"),
    ("(0, 6.5)", "(0, 6½)", True, "ordered list [0, 6.5]: vulgar-fraction character"),
    ("(0, 6.5)", "(0, 6 1/2)", True, "ordered list [0, 6.5]: mixed number"),
    ("(-2.5, 3)", "(-2½, 3)", True, "ordered list [-2.5, 3]: vulgar-fraction character"),
    ("-0.5, 3", "(-½, 3)", True, "list [-0.5, 3]: vulgar-fraction character"),
    ("-0.5, 3", "(−½, 3)", True, "list [-0.5, 3]: U+2212 minus, ½"),
    ("-0.5, 3", "3, -½", True, "list [-0.5, 3]: reordered"),
    ("10pi", "10π", True, "expression in terms of π"),
    ("10pi", "π × 10", True, "expression in terms of π: reordered product"),
    ("12x-8", "-8+12x", True, "expression, form 'expanded': reordered"),
    ("12x-8", "12x+-8", True, "expression, form 'expanded': '+-'"),
    ("10a^5", "10a⁵", True, "expression, form 'simplified': superscript 5"),
    ("10a^5", "a^5*10", True, "expression, form 'simplified': reordered"),
    ("3x/5", "0.6x", True, "expression, form 'simplified': decimal coefficient"),
    ("3x/5", "(3/5)x", True, "expression, form 'simplified'"),
    ("3x/5", "x*3/5", True, "expression, form 'simplified'"),
    ("V/3", "⅓V", True, "expression, form 'simplified': vulgar-fraction character"),
    ("V/3", "(1/3)V", True, "expression, form 'simplified'"),
    ("V/3", "(V)/3", True, "expression, form 'simplified'"),
    ("x/2", "0.5x", True, "expression, form 'simplified'"),
    ("x/2", "½x", True, "expression, form 'simplified': ½"),
    ("4p^5q^2", "4q^2p^5", True, "expression, form 'simplified': reordered"),
    ("7ab", "7ba", True, "expression, form 'simplified': commuted"),
    ("x^2+x+6", "6+x+x^2", True, "expression, form 'simplified': reordered"),
    ("3x+6", "3(x+2)", True, "expression, any form: factorised"),
    ("7x/10", "(7x)/10", True, "expression, form 'simplified': harmless brackets"),
    ("7x/10", "(7/10)x", True, "expression, form 'simplified': harmless brackets"),
    ("7x/10", "-(-7x)/10", True, "expression, form 'simplified': double negative"),
    ("8x^2/15", "(8x^2)/15", True, "expression, form 'simplified': harmless brackets"),
    ("8x^2/15", "(8/15)x^2", True, "expression, form 'simplified': harmless brackets"),
    ("3x+2y-12=0", "3x + 2y − 12 = 0", True, "equation: U+2212 minus"),
    ("3x+2y-12=0", "y = 6 - 1.5x", True, "equation: rearranged"),
    ("3x+2y-12=0", "6x+4y=24", True, "equation: a multiple"),
    ("3x+2y-12=0", "2y = 12 - 3x", True, "equation: rearranged"),
    ("3x+2y-12=0", "-3x-2y+12=0", True, "equation: negated"),
    ("3x+2y-12=0", "y=-3/2x+6", True, "equation: gradient-intercept form"),
    ("3x+2y-12=0", "3x+2y+12=0", False, "equation: different line"),
    ("3x+2y-12=0", "y=6+1.5x", False, "equation: different line"),
    ("3x+2y-12=0", "x=4", False, "equation: different line"),
    ("3x+2y-12=0", "6x+4y-24=0", True, "equation, form 'general': a multiple"),
    ("x^2+y^2=25", "y^2 = 25 - x^2", True, "equation: rearranged circle"),
    ("x^2+y^2=25", "x^2+y^2=5", False, "equation: different circle"),
    ("x>3", "3 < x", True, "inequality compared as a solution set"),
    ("x>3", "x < 3", False, "inequality: different set"),
    ("-2<x<=5", "-2 < x ≤ 5", True, "inequality: ≤ sign"),
    ("-2<x<=5", "x > -2 and x <= 5", True, "inequality: 'and'"),
    ("-2<x<=5", "5 >= x > -2", True, "inequality: written right to left"),
    ("x<-1 or x>4", "x > 4 or x < −1", True, "inequality: parts swapped, U+2212"),
    ("x<-1 or x>4", "x<-1, x>4", True, "inequality: comma for 'or'"),
    ("x<-1 or x>4", "-1 < x < 4", False, "inequality: the complement"),
    ("-sqrt(3)<=x<=sqrt(3)", "-√3 ≤ x ≤ √3", True, "inequality: surd bounds"),
    ("y>=3", "f(x) ≥ 3", True, "inequality (a range): f(x) for y"),
    ("y>=3", "3 <= f(x)", True, "inequality (a range): reversed, f(x) for y"),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, True, ok, why)
    for repo, where, rows in [
        (AST, AST_AT, _ASTERION),
        (AST, AST_FX, _ASTERION_FX),
        (DUO, DUO_AT, _DUO),
        (E8, E8_AT, _E8),
        (SATP, SATP_AT, _SATP),
        (AMIT, AMIT_AT, _AMIT),
        (ANGLE, ANGLE_AT, _ANGLE),
        (UNITS5, UNITS5_AT, _UNITS5),
        (Y11, Y11_AT, _Y11),
    ]
    for gold, pred, ok, why in rows
]
