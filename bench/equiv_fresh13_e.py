r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "e": answer
checkers of education apps written in JavaScript / TypeScript (on Algebrite, mathjs or their own
parsers; English, Thai, Chinese and French projects) and a Swift calculator-style checker).

Cases are transcribed from test suites that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the fresh3..fresh12 modules and /work/wt/fresh13_claims, where each
repository below was claimed first). Each case gives the reference answer (``gold``), the
prediction (``pred``: a bare answer to be put in ``\boxed{}``; every case here has ``wrap`` True)
and the verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on
github.com. Strings are the values the test's language reads (a JavaScript ``'\\frac{1}{2}'`` is
stored as ``r"\frac{1}{2}"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- tzhvh/Texo-web-stylus (a handwriting math canvas that checks each line of a derivation against
  the previous one: a KaTeX-parse canonicaliser with an Algebrite fallback)
  ``src/utils/__tests__/equivalenceChecker.test.js`` @ 908eb401e3b554d4b8445e109a444238d08a2927
  (``checkEquivalence(a, b).equivalent``; ``a`` is stored as the gold), AGPL-3.0 (LICENSE of the
  repository). A pair the suite asserts several times (``2x + 3x`` / ``5x``, the force-Algebrite
  repeats, the multi-line proof's repeated steps) is kept once.
- sasorepo/MathPrac (an iOS math-practice app) ``MathPracTests/MathPracTests.swift``
  @ d9f71ab6206cd494045819f9029dd6702d44c9b7 (``MathAnswerChecker.compare(answer,
  correctAnswer:)``: plain-text calculator-style input, fractions, mixed numbers, ``e``
  notation, the signs √ × ÷). No license file in the stored copy.
- teterw/derive (a Thai upper-secondary math tutor) ``lib/math/equivalence.test.ts``
  @ 4ce52492ab6139d5f11ce653219c410d565e6f04 (``areEquivalent(a, b)``, a random-sampling
  checker; ``a`` is stored as the gold). No license file in the stored copy.
- afarouk11/jarvis-maths (an A-level maths tutor) ``src/lib/math/equivalence.test.ts``
  @ 4eb004844dbb67487483a20e7d815357a6649b74 (``checkAnswerEquivalence(answer, reference)``
  returning ``'equivalent'`` / ``'different'``). No license file in the stored copy.
- dbryanjones-ut/precalc-tutor (a precalculus tutor) ``lib/math/answer-validator.test.ts``
  @ fcd386a542d6d7e72302a876f2120fe3fd50defd (``AnswerValidator.validate(studentAnswer,
  correctAnswer).isCorrect`` on mathjs, default options; two ``validateWithUnits`` cases that
  accept the same angle). No license file in the stored copy.

- demarkus/MathMentorAI (a GCSE-style algebra tutor) ``tests/check-answer.test.ts``
  @ 10a37a3e7f55f3316022335ab287961384600663 (``isAnswerCorrect(learnerAnswer, expected)``,
  mathjs-backed, with exact-rational and root-set rules; a gold such as ``x=2orx=3`` is the
  stored form of the seed data). A pair the suite asserts twice is kept once. No license file
  in the stored copy.

- TheBigBossYoyo/examforge (an SAT-style practice site) ``lib/answer.test.ts``
  @ d26ecd15be5e9dac662c0883c8be995a703c0789 (``isAnswerCorrect(given, stored)`` on stored
  choice values and student-produced responses). No license file in the stored copy.
- hyao123/mathlearning (a Chinese primary-school math app) ``tests/answerMatcher.test.js``
  @ 68d63ac1fd0ce5a043f980909a248637e2482735 (``isAnswerCorrect(given, expected)``: Chinese
  numerals, measure words, two-part answers joined by 和). No license file in the stored copy.
- tempomaths/tempomaths.github.io (a French exercise site) ``src/utils/answerEvaluation.test.ts``
  @ 65c318b0c691b68c27307f9044d7720881b5ead5 (``isAnswerCorrect(given, expected)``: decimal
  comma, LaTeX golds with units). No license file in the stored copy.

Numeric approximations a suite accepts under its default tolerance (MathPrac's 1e-4, the
precalc tutor's ``0.333333`` = ``1/3`` and ``3.14159`` = ``pi``) are kept and say so in ``why``;
the precalc tutor's ``1/0`` = ``Infinity`` is kept as the suite asserts it.

Left out, by rule: cases run under a non-default option (Texo's ``floatTolerance: 1e-5`` for
``0.999999`` = ``1``; the precalc tutor's ``tolerance``, ``requireSimplified``, ``convertUnits``
and ``allowPartialCredit`` cases; mathlearning's ``acceptedAnswers``); golds written as a list or
an ``or`` of alternatives (MathPrac ``"1/2 or 0.5"``, ``"2 or 4 or 8"``; the precalc tutor's
arrays); format policies (MathPrac's ``"1 2 3"`` = ``"123"`` space removal; the precalc tutor's
unit-mismatch rejection of ``45 degrees`` against ``pi/4 radians``; examforge's percent rule
``50%`` = ``50`` and its refusal of the mixed number ``2 1/2`` for ``2.5``); verdicts a suite
marks as a deliberate written-form policy against mathematical equality (MathMentorAI: ``2+2``
for ``4``, ``x=2+x-x+2`` for ``x=4``, expanded for factorised and back, ``6x/3`` for ``2x``,
``(x^2-9)/(x-3)`` for ``x+3``, uncollected like terms and unapplied exponent laws, and
``(x+1)^13+x`` against ``x+(x+1)^13`` refused by an exponent safety cap); non-math strings
(``"hello"``, examforge's worded choices, mathlearning's yes / no synonyms 对 / 是) and
multiple-choice letters; golds the suite cannot judge (a blank stored answer) and non-string
inputs (``null`` / ``undefined``, examforge's ``numericallyEquivalent`` on JavaScript numbers);
asserts with no verdict (a thrown parse error in derive, jarvis-maths' ``'uncertain'``,
confidence / method / timing / feedback-only checks, the precalc tutor's rational-expression case
that only asserts a method); helper tests that are not equivalence (``symbolsOf``,
``evaluateConstant``, ``isSimplified``, ``normalizeAnswer``, ``parseNumeric``, ``normalizeText``).
Met but already claimed by other collectors (skipped): promptfoo/promptfoo
(``test/assertions/mathEquivalent.test.ts``, a CortexJS-based grader of LLM output),
CoderDayton/verifiable-thinking-mcp (``test/extraction.test.ts``), thekasyap/thinkbot,
cortex-js/compute-engine. Test files found only through unnamed search excerpts (a TypeScript
``checkMathEquivalence`` runner, a "Deterministic Math Equivalence Engine", a "SPARK
mathematics" ``checkAnswer`` suite) were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TEXO = "tzhvh/Texo-web-stylus"
TEXO_AT = "src/utils/__tests__/equivalenceChecker.test.js@908eb401e3b554d4b8445e109a444238d08a2927"
# checkEquivalence(a, b): a is read as the reference, b as the answer (the check is symmetric).
TEXO_ROWS = [
    ("x + 2", "x + 2", True, "identical expressions"),
    ("a + b", "b + a", True, "commutative addition"),
    ("2 + 3", "5", True, "constant combination"),
    ("2x + 3x", "5x", True, "like terms"),
    ("x + 2", "x + 3", False, "non-equivalent expressions"),
    ("(x + 2)^2", "x^2 + 4x + 4", True, "expanded form of (x+2)^2"),
    ("x^2 + 4x + 4", "(x + 2)^2", True, "factored form"),
    ("(x + 2)^2", "x^2 + 4x + 5", False, "wrong expansion"),
    (r"\frac{2}{4}", r"\frac{1}{2}", True, "equivalent fractions"),
    (r"\frac{a}{-b}", r"-\frac{a}{b}", True, "negative denominator"),
    (r"\frac{a}{b} \cdot \frac{c}{d}", r"\frac{ac}{bd}", True, "fraction multiplication"),
    (r"\sin^2(x) + \cos^2(x)", "1", True, "Pythagorean identity"),
    (r"\tan(x)", r"\frac{\sin(x)}{\cos(x)}", True, "tan identity"),
    (r"\sin(-x)", r"-\sin(x)", True, "sin is odd"),
    (r"\cos(-x)", r"\cos(x)", True, "cos is even"),
    (r"\sin(0)", "0", True, "special angle"),
    ("0.5", r"\frac{1}{2}", True, "0.5 is 1/2"),
    ("0.9", "1", False, "0.9 is not 1"),
    ("2(x + 3)", "2x + 6", True, "nested operations"),
    ("(a + b)(c + d)", "ac + ad + bc + bd", True, "distribution"),
    (r"x^2 \cdot x^3", "x^5", True, "exponent rules"),
    (r"\invalid{syntax}", "x + 1", False, "invalid LaTeX is not equivalent"),
    ("2xy + 3xy", "5xy", True, "like terms, several variables"),
    ("2x + 3y + 4x", "6x + 3y", True, "mixed like terms"),
    ("5x - 2x", "3x", True, "negative coefficients"),
    ("3x - 3x", "0", True, "terms cancel"),
    ("2x + 3y + 4x + 5y", "6x + 8y", True, "several groups of like terms"),
    ("x + x", "2x", True, "single variable without coefficient"),
    ("3x^2 + 2x + 5x^2 - x", "8x^2 + x", True, "polynomial"),
    ("2x + 3y", "5xy", False, "unlike terms not combined"),
    ("(x + 2)^2", r"x^2 + 2 \cdot 2x + 2^2", True, "multi-line proof step"),
    (r"x^2 + 2 \cdot 2x + 2^2", "x^2 + 4x + 4", True, "multi-line proof step"),
]

MATHPRAC = "sasorepo/MathPrac"
MATHPRAC_AT = "MathPracTests/MathPracTests.swift@d9f71ab6206cd494045819f9029dd6702d44c9b7"
# MathAnswerChecker.compare(answer, correctAnswer:): (gold, pred, expected, why).
MATHPRAC_ROWS = [
    ("42", "42", True, "exact integer"),
    ("3.14", "3.14", True, "exact decimal"),
    ("sqrt(2)", "SQRT(2)", True, "case-insensitive function name"),
    ("42", " 42 ", True, "surrounding whitespace"),
    ("0.5", "1/2", True, "fraction equals decimal"),
    ("1/2", "0.5", True, "decimal equals fraction"),
    ("1/2", "2/4", True, "unreduced fraction"),
    ("0.5", "3/6", True, "unreduced fraction equals decimal"),
    ("-0.75", "-3/4", True, "negative fraction"),
    ("-0.5", "-1/2", True, "negative fraction"),
    ("-0.75", "3/-4", True, "negative denominator"),
    ("-0.5", "1/-2", True, "negative denominator"),
    ("0.75", "-3/-4", True, "double negative fraction"),
    ("0.5", "-1/-2", True, "double negative fraction"),
    ("2.5", "2 1/2", True, "mixed number"),
    ("1.75", "1 3/4", True, "mixed number"),
    ("-2.5", "-2 1/2", True, "negative mixed number"),
    ("-1.75", "-1 3/4", True, "negative mixed number"),
    ("0.001", "1e-3", True, "scientific notation"),
    ("150", "1.5e2", True, "scientific notation"),
    ("sqrt2", "√2", True, "square-root symbol"),
    ("2*3", "2×3", True, "multiplication sign"),
    ("6/2", "6÷2", True, "division sign"),
    ("3.14160", "3.14159", True, "within the suite's default 1e-4 tolerance"),
    ("3.15", "3.14159", False, "outside the 1e-4 tolerance"),
    ("42", "41", False, "wrong integer"),
    ("0.5", "0.4", False, "wrong decimal"),
    ("42", "5/0", False, "division by zero"),
    ("42", "", False, "empty answer"),
    ("42", "abc", False, "not a number"),
    ("0.5", "1//2", False, "malformed fraction"),
    ("0", "0", True, "zero"),
    ("0", "0.0", True, "zero as decimal"),
    ("0", "-0", True, "negative zero"),
    ("1000000", "1000000", True, "large number"),
    ("1000000", "1e6", True, "large number in scientific notation"),
    ("1e-5", "0.00001", True, "small number"),
]

DERIVE = "teterw/derive"
DERIVE_AT = "lib/math/equivalence.test.ts@4ce52492ab6139d5f11ce653219c410d565e6f04"
# areEquivalent(a, b): a is read as the reference, b as the answer.
DERIVE_ROWS = [
    ("1/2", "0.5", True, "same value written differently"),
    ("1/2", "2^(-1)", True, "same value as a power"),
    ("sqrt(8)", "2*sqrt(2)", True, "simplified radical"),
    ("1/sqrt(2)", "sqrt(2)/2", True, "rationalised denominator"),
    ("(x+1)*(x-1)", "x^2 - 1", True, "algebraic identity"),
    ("(x-2)*(x-3)", "x^2 - 5x + 6", True, "algebraic identity"),
    ("x^2*x^3", "x^5", True, "exponent rule"),
    ("(x+y)^2", "x^2 + 2*x*y + y^2", True, "binomial expansion"),
    ("x^2 - 5x + 6", "x^2 - 5x - 6", False, "near miss"),
    ("2*sqrt(2)", "sqrt(2)", False, "near miss"),
    ("1/2", "1/3", False, "near miss"),
    ("(x+y)^2", "x^2 + y^2", False, "missing cross term"),
    ("x*y", "x^2", False, "different variables"),
    ("x + y", "2x", False, "different variables"),
    ("sin(x)^2 + cos(x)^2", "1", True, "Pythagorean identity"),
    ("1 - cos(x)^2", "sin(x)^2", True, "Pythagorean identity"),
    ("sin(x)/cos(x)", "tan(x)", True, "quotient identity"),
    ("1 + tan(x)^2", "sec(x)^2", True, "Pythagorean identity with sec"),
    ("sin(x + pi/2)", "cos(x)", True, "phase shift"),
    ("2 sin(x) cos(x)", "sin(2x)", True, "double-angle identity"),
    ("sin(x)/cos(x)", "cot(x)", False, "tan is not cot"),
    ("sin(2x)", "2 sin(x)", False, "looks similar only"),
    ("cos(x)^2 - sin(x)^2", "1", False, "looks similar only"),
    ("sin(pi/6)", "1/2", True, "exact angle"),
    ("cos(5pi/6)", "-sqrt(3)/2", True, "exact angle"),
    ("sin(pi/6)", "-1/2", False, "wrong sign at exact angle"),
]
JARVIS = "afarouk11/jarvis-maths"
JARVIS_AT = "src/lib/math/equivalence.test.ts@4eb004844dbb67487483a20e7d815357a6649b74"
# checkAnswerEquivalence(answer, reference) == 'equivalent' / 'different'.
JARVIS_ROWS = [
    ("1/2", "0.5", True, "same number, fraction and decimal"),
    ("0.5", r"\frac{1}{2}", True, "LaTeX fraction equals decimal"),
    ("3", "x = 3", True, "'x =' prefix on the final answer is ignored"),
    ("2(x+1)", "2x + 2", True, "equivalent algebraic expressions"),
    ("4", "3", False, "different numbers"),
    ("2*x", "x^2", False, "different expressions"),
]

PRECALC = "dbryanjones-ut/precalc-tutor"
PRECALC_AT = "lib/math/answer-validator.test.ts@fcd386a542d6d7e72302a876f2120fe3fd50defd"
# AnswerValidator.validate(studentAnswer, correctAnswer).isCorrect (mathjs), default options;
# stored as (gold, pred, expected, why).
PRECALC_ROWS = [
    ("4", "4", True, "exact numeric match"),
    ("5", "4", False, "wrong answer"),
    ("4", "  4  ", True, "whitespace"),
    ("(x+1)^2", "x^2 + 2x + 1", True, "algebraically equivalent"),
    ("x^2 + 2x + 1", "x^2 + 2x + 1", True, "same expanded form"),
    ("x^2 + x - 6", "(x-2)(x+3)", True, "factored form"),
    ("1", "sin(x)^2 + cos(x)^2", True, "trigonometric identity"),
    ("y + x", "x + y", True, "commutative"),
    ("x + (y + z)", "(x + y) + z", True, "associative"),
    ("x^2 + 2", "x^2 + 1", False, "non-equivalent expressions"),
    ("1/3", "0.333333", True, "decimal approximation (suite's default tolerance)"),
    ("pi", "3.14159", True, "pi approximation (suite's default tolerance)"),
    ("Infinity", "1/0", True, "1/0 read as infinity by the suite"),
    ("-Infinity", "-1/0", True, "-1/0 read as negative infinity by the suite"),
    ("0/0", "0/0", False, "NaN never compares equal"),
    ("4.0", "3.9", False, "no partial credit by default"),
    ("90 degrees", "90 deg", True, "unit abbreviation (validateWithUnits)"),
    ("45 degrees", "45 degrees", True, "matching units (validateWithUnits)"),
    ("2", "sqrt(4)", True, "square root"),
    ("5", "abs(-5)", True, "absolute value"),
    ("1", "e^0", True, "exponential"),
    ("2", "log10(100)", True, "logarithm"),
    ("2*3", "2×3", True, "Unicode multiplication sign"),
    ("6/2", "6÷2", True, "Unicode division sign"),
    ("5-3", "5−3", True, "Unicode minus sign"),
    ("pi", "π", True, "pi symbol"),
    ("2", "@#$%", False, "unparseable answer"),
    ("2", "1/0", False, "division by zero"),
    ("1e-7", "0.0000001", True, "very small number"),
    ("1e6", "1000000", True, "very large number"),
    ("0-5", "-5", True, "negative number"),
    ("0*5", "0", True, "zero"),
    ("-(1/2)", "-1/2", True, "fraction with negative sign"),
    (
        "(-b + sqrt(b^2 - 4*a*c))/(2*a)",
        "(-b + sqrt(b^2 - 4*a*c))/(2*a)",
        True,
        "quadratic formula, identical",
    ),
    ("(x-1)^3", "x^3 - 3x^2 + 3x - 1", True, "expanded cube"),
]

MENTOR = "demarkus/MathMentorAI"
MENTOR_AT = "tests/check-answer.test.ts@10a37a3e7f55f3316022335ab287961384600663"
# isAnswerCorrect(learnerAnswer, expected) (mathjs-backed): (gold, pred, expected, why).
MENTOR_ROWS = [
    ("x^2+3x", "x²+3x", True, "Unicode superscript equals caret exponent"),
    ("1+2x+x^2", "x² + 2x + 1", True, "superscript and term order"),
    ("(x + 2)(x + 3)", "(x+2)(x+3)", True, "spacing"),
    ("6(x+2)", "6(X + 2)", True, "letter case and spacing"),
    ("5", "", False, "empty answer"),
    ("5", "   ", False, "blank answer"),
    ("5", "x = 5", True, "x = 5 for 5"),
    ("x = 5", "5", True, "5 for x = 5"),
    ("5", "x=5", True, "x=5 for 5"),
    ("x = 5", "y = 5", False, "different variable"),
    ("x=5", "x = 5", True, "same assignment, spacing"),
    ("x = 5", "x = 6", False, "wrong value"),
    ("(x+2)(x+3)", "(x+3)(x+2)", True, "reordered factors"),
    ("(2x-5)(2x+5)", "(2x+5)(2x-5)", True, "reordered factors"),
    ("2(x-2)(x+2)", "2(x+2)(x-2)", True, "reordered factors after a constant"),
    ("x(x-2)(x+2)", "x(x+2)(x-2)", True, "reordered factors after a monomial"),
    ("(x-3)(x-3)", "(x-3)(x-3)", True, "repeated factor"),
    ("x(x-2)(x+2)", "2(x+2)(x-2)", False, "different leading factor"),
    ("(x+2)(x+3)", "(x+2)(x+2)", False, "different factors"),
    ("(x+2)(x+3)", "(x+2)", False, "missing factor"),
    ("1/(x+2)(x+3)", "1/(x+3)(x+2)", False, "'/' reads left to right, so the swap changes value"),
    ("2^(x+2)(x+3)", "2^(x+3)(x+2)", False, "swap across a power changes value"),
    ("(x+2)(x+3)", "(2+x)(x+3)", True, "commuted terms inside a factor"),
    ("x^2+2x+1", "1+2x+x^2", True, "term order"),
    ("x^2+3x", "3x+x^2", True, "term order"),
    ("2x+1", "2 x+1", True, "implicit-multiplication spacing"),
    ("x+y", "y+x", True, "commutativity"),
    ("(x+2)x", "x(x+2)", True, "juxtaposed product, either side"),
    ("2x+y", "x+2y", False, "anagram that is not equal"),
    ("x2", "2x", False, "'x2' is its own symbol, not 2*x"),
    ("x+3", "x+2", False, "nonzero difference"),
    ("1/2", "0.5", True, "decimal equals fraction"),
    ("0.5", "1/2", True, "fraction equals decimal"),
    ("1/8", "0.125", True, "decimal equals fraction"),
    ("-3/4", "-0.75", True, "negative decimal equals fraction"),
    ("1/2", "x = 0.5", True, "assignment with a decimal value"),
    ("5", "5.0", True, "trailing .0"),
    ("1/3", "0.33", False, "exact comparison, no approximation"),
    ("1/3", "0.3333333333", False, "exact comparison, no approximation"),
    ("1/3", "0.5", False, "different value"),
    ("0", "1/0", False, "zero denominator never matches"),
    ("x=2orx=3", "x=3 or x=2", True, "roots in any order"),
    ("x=2orx=3", "x = 2 or x = 3", True, "roots with spacing"),
    ("x=2orx=3", "2, 3", True, "bare root values"),
    ("x=2 or x=3", "x=2; x=3", True, "';' as root separator"),
    ("x=2orx=3", "x=2/x=3", True, "'/' between assignments separates roots"),
    ("x=2 or x=3", "x = 2 / x = 3", True, "'/' between assignments separates roots"),
    ("x=2orx=3", "x=3/x=2", True, "'/'-separated roots in any order"),
    ("0.5", "x=1/2", True, "fraction inside an assignment"),
    ("x=1orx=2", "1/2", False, "a fraction is not the root set {1, 2}"),
    ("x=1/2orx=1/4", "x=1/4 or x=1/2", True, "fraction-valued roots"),
    ("1/2", "2/4", True, "unsimplified fraction"),
    ("1/2", "0.50", True, "trailing zero"),
    ("-0.75", "-6/8", True, "negative unsimplified fraction"),
    ("-0.75", "x=-3/4", True, "assignment with a fraction value"),
    ("1/3", "2/4", False, "different value"),
    ("(x+1)(x+2)(x+3)", "(x+3)(x+1)(x+2)", True, "three factors permuted"),
    ("3(a+1)(b+1)(c+1)", "3(c+1)(a+1)(b+1)", True, "three factors permuted after a constant"),
    ("(a+1)(b+1)(c+1)", "3(a+1)(b+1)(c+1)", False, "extra constant factor"),
    ("x=1/2orx=2", "x=0.5 or x=2", True, "decimal root for fraction root"),
    ("x=1/2orx=2", "0.5, 2", True, "bare values, decimal for fraction"),
    ("x=1/3orx=2", "x=0.33 or x=2", False, "approximate root rejected"),
    ("x=2orx=3", "x=2", False, "one root of two"),
    ("x=2orx=3", "x=2 or x=2", False, "repeated root"),
    ("x=2orx=3", "x=2 or x=3 or x=4", False, "extra root"),
    ("x=2orx=3", "x=2 or x=4", False, "wrong root"),
    ("x=2orx=3", "x=2 or y=3", False, "wrong variable"),
]

EXAM = "TheBigBossYoyo/examforge"
EXAM_AT = "lib/answer.test.ts@d26ecd15be5e9dac662c0883c8be995a703c0789"
# isAnswerCorrect(given, stored): (gold = stored, pred = given, expected, why).
EXAM_ROWS = [
    ("$5$", "$5$", True, "stored choice value, identical"),
    ("5", "$5$", True, "LaTeX delimiters ignored"),
    ("$5$", "  $5$  ", True, "surrounding whitespace"),
    (r"$\tfrac{25}{3}$", r"$\tfrac{25}{3}$", True, "identical LaTeX fraction"),
    ("$5$", "$15$", False, "different value"),
    ("0.5", "1/2", True, "fraction for decimal"),
    ("1/2", "0.5", True, "decimal for fraction"),
    ("1/2", ".5", True, "leading-dot decimal"),
    ("1/2", "2/4", True, "unreduced fraction"),
    ("-0.75", "-3/4", True, "negative fraction"),
    (r"$\tfrac{25}{3}$", "25/3", True, "slash fraction for LaTeX fraction"),
    ("40", "$40", True, "currency sign ignored"),
    ("1234", "1,234", True, "thousands separator"),
    ("1/2", "12", False, "a fraction is not its digits concatenated"),
    (r"$\tfrac{25}{3}$", "253", False, "a fraction is not its digits concatenated"),
    ("5", "", False, "empty answer"),
    ("5", "   ", False, "blank answer"),
]

HYAO = "hyao123/mathlearning"
HYAO_AT = "tests/answerMatcher.test.js@68d63ac1fd0ce5a043f980909a248637e2482735"
# isAnswerCorrect(given, expected): (gold = expected, pred = given, expected, why).
HYAO_ROWS = [
    ("6 张", "6", True, "Chinese measure word (张) dropped"),
    ("6", "6张", True, "Chinese measure word (张) dropped"),
    ("14", "  14  ", True, "surrounding whitespace"),
    ("23", "二十三", True, "Chinese numeral twenty-three"),
    ("16", "十六", True, "Chinese numeral sixteen"),
    ("0.5", "1/2", True, "fraction for decimal"),
    ("1/4", "0.25", True, "decimal for fraction"),
    ("12 和 8", "8和12", True, "two-part answer ('and') in any order"),
    ("12 和 8", "8,12", True, "two-part answer, comma-separated, any order"),
    ("6", "7", False, "different number"),
    ("12 和 8", "12", False, "one part of a two-part answer"),
]
TEMPO = "tempomaths/tempomaths.github.io"
TEMPO_AT = "src/utils/answerEvaluation.test.ts@65c318b0c691b68c27307f9044d7720881b5ead5"
# isAnswerCorrect(given, expected) of a French exercise site: (gold, pred, expected, why).
TEMPO_ROWS = [
    (r"$12{,}5\,cm$", "12,5", True, "decimal comma; unit dropped"),
    (r"$\dfrac{2}{4}$", "1/2", True, "equivalent fractions"),
    (r"$24\text{ cm}^2$", "24", True, "number without its displayed unit"),
    ("$x=7$", "7", True, "value of x = 7"),
    ("4", "", False, "empty answer"),
    ("4", "5", False, "different number"),
]


CASES: list[dict[str, object]] = [
    *(_c(TEXO, TEXO_AT, g, p, True, ok, why) for g, p, ok, why in TEXO_ROWS),
    *(_c(MATHPRAC, MATHPRAC_AT, g, p, True, ok, why) for g, p, ok, why in MATHPRAC_ROWS),
    *(_c(DERIVE, DERIVE_AT, g, p, True, ok, why) for g, p, ok, why in DERIVE_ROWS),
    *(_c(JARVIS, JARVIS_AT, g, p, True, ok, why) for g, p, ok, why in JARVIS_ROWS),
    *(_c(PRECALC, PRECALC_AT, g, p, True, ok, why) for g, p, ok, why in PRECALC_ROWS),
    *(_c(MENTOR, MENTOR_AT, g, p, True, ok, why) for g, p, ok, why in MENTOR_ROWS),
    *(_c(EXAM, EXAM_AT, g, p, True, ok, why) for g, p, ok, why in EXAM_ROWS),
    *(_c(HYAO, HYAO_AT, g, p, True, ok, why) for g, p, ok, why in HYAO_ROWS),
    *(_c(TEMPO, TEMPO_AT, g, p, True, ok, why) for g, p, ok, why in TEMPO_ROWS),
]
