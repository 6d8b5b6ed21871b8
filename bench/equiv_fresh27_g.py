r"""A twenty-seventh fresh set of answer-equivalence cases (evaluation only; helper "g": the answer
checkers of English-language maths tutoring, homework-grading and practice apps, whose unit tests
assert that a learner's typed answer does or does not equal the key).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh27_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

All three suites compare two short typed answers, so every case has ``wrap=True``. Strings are
the values the tests pass (leading / trailing spaces kept). The commit given is the HEAD of the
stored snapshot that was read; the commit that last changed the test file is named below.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- abhisek/mathiz (a terminal maths-practice app for children, Go) ``internal/problemgen/
  answer_test.go`` @ 35cdd3aa4605e39cfb6d4282fdc18e133d11030e (file last changed in
  b7a8fd744abd56f9cf89fc76bd060fc6c08132c0): ``CheckAnswer(input, q)`` is ``true`` / ``false``
  for a numeric question whose ``Answer`` (the gold) is ``"42"`` (integer), ``"3.5"`` (decimal)
  or ``"1/2"`` (fraction). MIT (LICENSE).
- olsenbrands/grade-math ("Grade Math - AI Homework Grading", a PWA that grades scanned maths
  homework) ``tests/ai/answer-comparator.test.ts`` @ d6e307813beb126e1625a4fa3d62c05c197f5847
  (file last changed in 0643776896fc104033434742837bfeb68d804d75): ``compareAnswers(a, b)
  .matched`` and ``areAnswersEquivalent(a, b)``. The function is symmetric in intent (it compares
  the AI's, Wolfram's or the student's answer with another); the second argument, which in the
  tests is the plainer form, is stored as the gold and the first as the prediction. No license
  file in the stored copy.
- COS301-SE-2025/ELO-Learning (a gamified maths-practice app for school learners)
  ``frontend/src/utils/frontendMathValidator.test.js`` @ 3c0d7f01d2dcfa223bada71d9338233ff379d817
  (file last changed in 56eef93eecd2d6831a711150e1a2d1278970187a): ``validateMathAnswer(student,
  correct)`` and ``quickValidateMath(student, correct)`` are ``true`` / ``false``; ``correct`` is
  the gold. The first 60 usable, distinct assertions in file order are kept (the 60-per-project
  cap); the rest of the file (the "Real-world Usage Scenarios" block from ``"(x-3) (x+3)"`` vs
  ``"(x+3)(x-3)"`` on, and the "Performance and Reliability" block) is left out by that cap. No
  license file in the stored copy.

Left out, by rule:

- mathiz: the empty input ``""`` (asserted false: no answer given) and the multiple-choice tests
  (``CheckAnswer`` matching a 1-based choice index or a choice's text against the option list).
- grade-math: ``null`` / ``undefined`` / empty-string arguments (asserted false: no answer);
  the three assertions that pass an explicit tolerance argument (``compareAnswers('3.14159',
  '3.14160', 0.001)``, ``compareAnswers('3.0', '3.1', 0.01)``, ``areAnswersEquivalent('3.14',
  '3.15', 0.1)``): the verdict is set by the caller's tolerance, not by the values; the
  ``normalizeAnswer`` / ``parseNumeric`` / ``parseFraction`` / ``parsePercentage`` /
  ``formatAnswer`` tests (normalisation and parsing output, not a verdict). An assertion that
  repeats an earlier (gold, prediction, verdict) exactly is kept once.
- ELO-Learning: null / undefined / non-string / empty / whitespace-only inputs and the malformed
  ``"2+("`` (asserted false: not an answer); the ``isValidMathExpression``,
  ``getMathValidationMessage``, ``extractFactors`` and ``sortFactors`` tests (input validation and
  internals); an assertion that repeats an earlier (gold, prediction, verdict) exactly, also
  across the two functions, is kept once.

Examined and not used: ELO-Learning's older backend suite ``tRPC/application/elo-learning/
services/__tests__/mathValidator.test.ts`` (in history at d6cb1e814de6a0a551ae36f0b474cc2379c73974,
since removed; the project's 60 cases are already taken from the frontend suite); mathiz's
``mathcheck_test.go`` (checks a generated question's answer against the value computed from the
question text, not an answer against a key); grade-math's ``verification-service.test.ts``
(mocked LLM / Wolfram verification); a vitest ``answerNormalizer`` suite (``answersMatch`` with
fractions, surds, units and "DNE") whose repository could not be named with the look-ups left;
a Russian ``MathEvaluator.isEquivalent`` suite and a Swedish ``validateNumberAnswer`` suite
(not English-language apps); a ``sameAnswer`` locale suite (five cases, repository not named);
GitHubCJ123/Math-Practice-Game, mesembria/math-practice-app, livinginatent/math-practice-next,
adamrangwala/act-math-practice-web and asikmydeen/math-worksheet-platform (snapshots read: no
answer-checker tests); risocode/RiSoCa-LLM and Muhammad-Rizqullah-Akbar/KKNT-KP_116 (a test file
named ``answerNormalizer.test.ts``, but not about maths answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MZ = "abhisek/mathiz"
MZ_AT = "internal/problemgen/answer_test.go@35cdd3aa4605e39cfb6d4282fdc18e133d11030e"
GM = "olsenbrands/grade-math"
GM_AT = "tests/ai/answer-comparator.test.ts@d6e307813beb126e1625a4fa3d62c05c197f5847"
EL = "COS301-SE-2025/ELO-Learning"
EL_AT = "frontend/src/utils/frontendMathValidator.test.js@3c0d7f01d2dcfa223bada71d9338233ff379d817"

# mathiz CheckAnswer(input, q): (gold = q.Answer, pred = input, ok, test)
_MZ = [
    ("42", "42", True, "TestCheckAnswer_Integer"),
    ("42", " 42 ", True, "TestCheckAnswer_Integer"),
    ("42", "042", True, "TestCheckAnswer_Integer: leading zero"),
    ("42", "43", False, "TestCheckAnswer_Integer"),
    ("42", "abc", False, "TestCheckAnswer_Integer: not a number"),
    ("3.5", "3.5", True, "TestCheckAnswer_Decimal"),
    ("3.5", "3.50", True, "TestCheckAnswer_Decimal"),
    ("3.5", "3.500", True, "TestCheckAnswer_Decimal"),
    ("3.5", " 3.5 ", True, "TestCheckAnswer_Decimal"),
    ("3.5", "3.6", False, "TestCheckAnswer_Decimal"),
    ("1/2", "1/2", True, "TestCheckAnswer_Fraction"),
    ("1/2", "2/4", True, "TestCheckAnswer_Fraction: unreduced"),
    ("1/2", "3/6", True, "TestCheckAnswer_Fraction: unreduced"),
    ("1/2", " 1/2 ", True, "TestCheckAnswer_Fraction"),
    ("1/2", "1/3", False, "TestCheckAnswer_Fraction"),
]

# grade-math compareAnswers(a, b).matched / areAnswersEquivalent(a, b): (gold = b, pred = a, ok, test)
_GM = [
    ("5", "5", True, "Exact String Match: identical"),
    ("five", "FIVE", True, "Exact String Match: case-insensitive"),
    ("5", "  5  ", True, "Exact String Match: whitespace"),
    ("5", "= 5", True, "Exact String Match: leading equals sign removed"),
    ("5", "5.0", True, "Numeric Comparison: equivalent decimals"),
    ("1000010", "1000000", True, "Numeric Comparison: relative tolerance for large numbers"),
    ("-5.0", "-5", True, "Numeric Comparison: negative numbers"),
    ("-5", "5", False, "Numeric Comparison: positive vs negative"),
    ("2/4", "1/2", True, "Fraction Equivalence: equivalent fractions"),
    ("0.5", "1/2", True, "Fraction Equivalence: fraction to decimal"),
    ("6/8", "3/4", True, "Fraction Equivalence: simplified fractions"),
    ("2.5", "5/2", True, "Fraction Equivalence: improper fraction"),
    ("-0.5", "-1/2", True, "Fraction Equivalence: negative fraction"),
    ("0.75", "3 / 4", True, "Fraction Equivalence: fraction with spaces"),
    ("0.5", "50%", True, "Percentage Equivalence: percentage to decimal"),
    ("50 percent", "50%", True, "Percentage Equivalence: percentage forms"),
    ("0.25", "25%", True, "Percentage Equivalence: 25% to 0.25"),
    ("0.125", "12.5%", True, "Percentage Equivalence: decimal percentage"),
    ("10", "5", False, "Edge Cases: different answers"),
    ("1000", "1,000", True, "Edge Cases: comma separators"),
    ("5", "$5", True, "Edge Cases: currency symbol"),
    ("5", "5.00", True, "Edge Cases: trailing .00"),
    ("5.0", "5", True, "areAnswersEquivalent: equivalent"),
    ("8", "8", True, "Comprehensive Test Cases"),
    ("0.75", "3/4", True, "Comprehensive Test Cases"),
    ("50", "$50", True, "Comprehensive Test Cases"),
    ("10", "= 10", True, "Comprehensive Test Cases"),
    ("20", "10", False, "Comprehensive Test Cases"),
]
# Rows that repeat an earlier (gold, pred, verdict) exactly and are kept once: the comprehensive
# table's 50%/0.5, 1/2/2/4, -5/-5.0, 1,000/1000, 5.00/5, and areAnswersEquivalent('5', '10').

# ELO-Learning validateMathAnswer / quickValidateMath(student, correct): (gold, pred, ok, test)
_EL = [
    ("5", "5", True, "validateMathAnswer: exact match"),
    ("5", "2+3", True, "validateMathAnswer: numerical equivalence"),
    ("0.5", "1/2", True, "validateMathAnswer: decimal equivalence"),
    ("3+2*x", "2x+3", True, "validateMathAnswer: algebraic equivalence"),
    ("1/2", "2/4", True, "validateMathAnswer: equivalent fractions"),
    ("1", "sin(pi/2)", True, "validateMathAnswer: trigonometric functions"),
    ("2*3", "2×3", True, "validateMathAnswer: different notation"),
    ("6/2", "6÷2", True, "validateMathAnswer: division symbols"),
    ("6", "2+3", False, "validateMathAnswer: rejects incorrect answers"),
    ("x*2", "x^2", False, "validateMathAnswer: algebraically different expressions"),
    ("5", "999999", False, "validateMathAnswer: clearly wrong number"),
    ("4", "sqrt(16)", True, "validateMathAnswer: complex expressions"),
    ("20", "(2+3)*4", True, "validateMathAnswer: parentheses variations"),
    ("(x+3)(x-3)", "(x-3)(x+3)", True, "Commutative Factoring: original problem case"),
    ("(c+d)(a+b)", "(a+b)(c+d)", True, "Commutative Factoring: different variables"),
    ("(x-1)(x+1)*2", "2(x+1)(x-1)", True, "Commutative Factoring: coefficients"),
    ("(c+3)(a+1)(b+2)", "(a+1)(b+2)(c+3)", True, "Commutative Factoring: three factors"),
    ("(x-1)x(x+1)", "x(x+1)(x-1)", True, "Commutative Factoring: mixed variable and factors"),
    ("(3x+1)(2x+3)(x-4)", "(2x+3)(x-4)(3x+1)", True, "Commutative Factoring: complex"),
    ("(y-1)*3*(x+2)", "3(x+2)(y-1)", True, "Commutative Factoring: coefficient placement"),
    ("(x+2)((x-1)(x+1))", "((x+1)(x-1))(x+2)", True, "Commutative Factoring: nested"),
    ("(x+2)(x-2)", "(x+3)(x-3)", False, "Commutative Factoring: different factored expressions"),
    ("(x+1)(x-1)(x+2)", "(x+1)(x-1)", False, "Commutative Factoring: different number of factors"),
    ("x^2 - 9", "(x+3)(x-3)", True, "Commutative Factoring: factored vs expanded"),
    ("(x+3)(x-3)", "x^2 - 9", True, "Commutative Factoring: expanded vs factored"),
    ("1/2", "0.5", True, "quickValidateMath: decimal equivalence"),
    ("5", " 2 + 3 ", True, "quickValidateMath: whitespace differences"),
    ("x+1", "x+1", True, "quickValidateMath: basic algebraic expression"),
    ("pi", "pi", True, "Edge Cases: mathematical constants"),
    ("e", "e", True, "Edge Cases: mathematical constants"),
    ("Infinity", "Infinity", True, "Edge Cases: infinity values"),
    ("1/0", "1/0", True, "Edge Cases: infinity values"),
    ("0.3", "0.1+0.2", True, "Edge Cases: floating point precision"),
    ("sin(pi/2)", "SIN(PI/2)", True, "Edge Cases: case insensitivity"),
    ("x+1", "X+1", True, "Edge Cases: case insensitivity"),
    ("(2+3)", "[2+3]", True, "Edge Cases: bracket variations"),
    ("2*x", "x+x", True, "Edge Cases: complex algebraic manipulations"),
    ("2*x+6", "2*x+6", True, "Edge Cases: complex algebraic manipulations"),
    ("x^2+2*x+1", "(x+1)^2", True, "Edge Cases: mixed factoring and algebraic forms"),
    ("(x+2)(x-2)", "x^2-4", True, "Edge Cases: mixed factoring and algebraic forms"),
    ("42", "15+27", True, "Real-world: Grade 8 level"),
    ("56", "8*7", True, "Real-world: Grade 8 level"),
    ("0.75", "3/4", True, "Real-world: Grade 8 level"),
    ("1/2", "1/3 + 1/6", True, "Real-world: Grade 8 level"),
    ("5 + 3*x", "3x + 5", True, "Real-world: Grade 9-10 level"),
    ("2*x + 6", "2*x + 6", True, "Real-world: Grade 9-10 level"),
    ("5", "sqrt(25)", True, "Real-world: Grade 9-10 level"),
    ("7", "sqrt(9) + sqrt(16)", True, "Real-world: Grade 9-10 level"),
    ("0", "sin(0)", True, "Real-world: Grade 11-12 level"),
    ("1", "cos(0)", True, "Real-world: Grade 11-12 level"),
    ("2*x^2", "x^2 + x^2", True, "Real-world: Grade 11-12 level"),
    ("x^2-16", "(x-4)(x+4)", True, "Real-world: factoring, difference of squares"),
    ("(x+4)(x-4)", "x^2-16", True, "Real-world: factoring, difference of squares"),
    ("x^2+6*x+9", "(x+3)^2", True, "Real-world: factoring, perfect square trinomial"),
    ("2(x^2-25)", "2(x+5)(x-5)", True, "Real-world: factoring with coefficients"),
    ("2+3", "2 + 3", True, "Real-world: common student input variations"),
    ("x^2", "x ^ 2", True, "Real-world: common student input variations"),
    ("2 * 3", "2 × 3", True, "Real-world: common student input variations"),
    ("6 / 2", "6 ÷ 2", True, "Real-world: common student input variations"),
    ("(x+3)(x-3)", "( x + 3 )( x - 3 )", True, "Real-world: factoring with different spacing"),
]

CASES = [
    *(_c(MZ, MZ_AT, g, p, True, ok, f"CheckAnswer: {why}") for g, p, ok, why in _MZ),
    *(_c(GM, GM_AT, g, p, True, ok, why) for g, p, ok, why in _GM),
    *(_c(EL, EL_AT, g, p, True, ok, why) for g, p, ok, why in _EL),
]
