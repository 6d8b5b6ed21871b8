r"""A thirty-second fresh set of answer-equivalence cases (evaluation only; helper "b":
answer checkers of maths learning apps, exam trainers and small eval tools written in languages
other than Python: Go, Dart/Flutter, PHP, Rust, TypeScript).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh32_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- chuma-beep/mathua ``internal/grader/grader_test.go`` @ 00f87cbe110bb0873b676d102f237c42b7d4df32
  (Go; ``r.Grade(type, expected, answer).Correct`` asserted true/false for the numeric, ordering,
  polynomial, tuple and expression graders of a maths practice app). MIT (LICENSE, read at
  ab131f4125e3409f9f6905946f19e1bdebf01a06).
- MelDxKviel/egeism ``internal/checker/checker_test.go`` @ 44fcf781931cfddb0744c28d226cd9543d86105c
  (Go; ``Check(schema, raw) == want`` for the number answers of a Russian EGE exam trainer: decimal
  comma, Unicode minus/dashes, digit-group spaces). MIT.
- famin1850618/daughter-learning-app ``test/answer_matcher_test.dart`` @
  20cdc6e98bd55a5b97dbe744e4b5b782ac4a3e2f (Dart/Flutter; ``AnswerMatcher.isCorrect(userAns,
  correctAnswerField, type)`` isTrue/isFalse for a Chinese primary-school maths app: full-width
  brackets, units, ``x=``/``答：`` prefixes, π and implicit products). No license file found.
- JeroenV30/math_lms ``tests/Unit/AnswerCheckerTest.php`` @ 974c2f42edffd97a1fcfb76a9625af75222f7db8
  (PHP/Laravel; ``$checker->check(input, expected)->correct`` (or ``->valid`` false) for the
  numeric, decimal and fraction checkers of a Dutch maths LMS; Dutch decimal comma). No license
  file found.
- sekkeikataki/mechalearn-vsb ``test/answer_checker_test.dart`` @
  680261ca4320abff638129a85296ce81ff161d85 (Dart/Flutter; ``AnswerChecker.checkNumeric`` /
  ``checkExercise`` isTrue/isFalse for a Czech mechanics course app; Czech decimal comma, thin and
  no-break spaces). No license file found.
- gspitz01/mathapp ``src/app/core/domain/models/{basics/basic-operator-question,
  fractions/fraction-operator-question, fractions/simplify-fraction-operator-question}.spec.ts`` @
  957065cdf40fde6c0f667b8d6d6550ddb84a9cde (Angular/TypeScript; ``question.checkAnswer(answer)``
  truthy/falsy; the gold is the question's stubbed ``expectedResult``). No license file.
- CRSomosa/evalforgeRust ``src/grader.rs`` @ 54bac243bdb4a2fd3ff88b8d12f5a3d550c05409 (Rust LLM
  eval tool; ``Grader::grade(expect, actual)`` asserted true/false; the numeric grader reads the
  first number of the whole model reply). No license file.
- kim130727/modu_math_app ``test/answer_normalizer_test.dart`` @
  d2c6ef33e4730333d6472eaae0b90e03e8ba0342 (Dart/Flutter; ``isSameAnswer(user, stored)``
  isTrue/isFalse for a Korean primary maths app). No license file found.

Left out, by rule:
- verdicts that hold only under a per-item numeric tolerance or option (mathua 0.3 vs
  0.30000000001 and 1/3 vs 0.3333333333; egeism's four tolerance rows; math_lms ``tolerance``,
  ``unit``, ``allow_decimal`` and ``require_simplified`` calls and the default rejection of
  ``0,75`` for ``3/4`` as "invalid" form; mechalearn 1.005~1.0 and 3.15~3.14; evalforge
  3.14 vs "3.14159..." with tolerance 0.01);
- empty or blank predictions and an empty gold (input-validation tests), duplicate assertions
  (mathua TestNumeric_Grade_MinusZeroVsZero repeats a ZeroVariants row; TestRouter_* re-grade
  42/42);
- multiple choice, true/false, comparison-operator, option-digit set/sequence answers (egeism
  set/sequence, mathua choice/comparison graders, daughter-learning-app choice/judgment),
  word/vocabulary answers (egeism strings, daughter-learning-app Chinese word blanks,
  evalforge contains/any_of/json graders), multi-blank answers with partial credit;
- form policies not about the value: gspitz01 simplify-fraction question rejecting ``3`` for
  ``3/1``; daughter-learning-app rejecting ``9`` for the written expression ``(1+2)*3``;
  evalforge exact grader rejecting "It is 391"; modu_math_app "choice number" rows;
- parser-only tests (math_lms NumberParser, mechalearn parseNumeric, egeism normalizeNumber,
  evalforge extract_first_number), router/dispatch tests (mathua TestRouter_*).

Examined and not used: he-be/examapp (only three integer rows besides a 1% tolerance row),
michaelady/CoolSchool, NurikD/stopka, Zeroupper/learn-app (vocabulary checkers),
maths/moodle-qtype_stateful (answer-test definitions, no cases), alex-shapiro/mathtutor,
nurakkarabekov/math-homework-checker, II-DW/Math-Answer, blakazulu/math-practice,
Chudi1475/gre-quant-coach, WilliamG2007/abitur-trainer, wesley-perkins-software/math-practice,
0xAmaan/ai-math-tutor, PikeLabs/ai-math-tutor, raptors2019-ai/math-tutor-2 (no answer-check
tests).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "chuma-beep/mathua"
R1_AT = "internal/grader/grader_test.go@00f87cbe110bb0873b676d102f237c42b7d4df32"
R2 = "MelDxKviel/egeism"
R2_AT = "internal/checker/checker_test.go@44fcf781931cfddb0744c28d226cd9543d86105c"
R3 = "famin1850618/daughter-learning-app"
R3_AT = "test/answer_matcher_test.dart@20cdc6e98bd55a5b97dbe744e4b5b782ac4a3e2f"
R4 = "JeroenV30/math_lms"
R4_AT = "tests/Unit/AnswerCheckerTest.php@974c2f42edffd97a1fcfb76a9625af75222f7db8"
R5 = "sekkeikataki/mechalearn-vsb"
R5_AT = "test/answer_checker_test.dart@680261ca4320abff638129a85296ce81ff161d85"
R6 = "gspitz01/mathapp"
_R6C = "@957065cdf40fde6c0f667b8d6d6550ddb84a9cde"
R6_BASIC = "src/app/core/domain/models/basics/basic-operator-question.spec.ts" + _R6C
R6_FRAC = "src/app/core/domain/models/fractions/fraction-operator-question.spec.ts" + _R6C
R6_SIMP = "src/app/core/domain/models/fractions/simplify-fraction-operator-question.spec.ts" + _R6C
R7 = "CRSomosa/evalforgeRust"
R7_AT = "src/grader.rs@54bac243bdb4a2fd3ff88b8d12f5a3d550c05409"
R8 = "kim130727/modu_math_app"
R8_AT = "test/answer_normalizer_test.dart@d2c6ef33e4730333d6472eaae0b90e03e8ba0342"


def _m(gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(R1, R1_AT, gold=gold, pred=pred, wrap=True, expected=expected, why=why)


def _e(gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(R2, R2_AT, gold=gold, pred=pred, wrap=True, expected=expected, why=why)


def _d(gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(R3, R3_AT, gold=gold, pred=pred, wrap=True, expected=expected, why=why)


def _l(gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(R4, R4_AT, gold=gold, pred=pred, wrap=True, expected=expected, why=why)


def _v(gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(R5, R5_AT, gold=gold, pred=pred, wrap=True, expected=expected, why=why)


CASES = [
    # --- chuma-beep/mathua: Grade(type, expected, answer).Correct ---
    # numeric grader
    _m(r"42", r"42", True, "TestNumeric_Grade_IntegerMatch"),
    _m(r"-7", r"-7", True, "TestNumeric_Grade_IntegerMatch"),
    _m(r"0", r"0", True, "TestNumeric_Grade_IntegerMatch"),
    _m(r"0", r"-0", True, "TestNumeric_Grade_ZeroVariants"),
    _m(r"0", r"+0", True, "TestNumeric_Grade_ZeroVariants"),
    _m(r"+0", r"0", True, "TestNumeric_Grade_ZeroVariants"),
    _m(r"-0", r"0", True, "TestNumeric_Grade_ZeroVariants"),
    _m(r"3.14", r"3.14", True, "TestNumeric_Grade_Decimals"),
    _m(r"0.5", r".5", True, "TestNumeric_Grade_Decimals"),
    _m(r"0.5", r"0.50", True, "TestNumeric_Grade_Decimals"),
    _m(r"-0.75", r"-.75", True, "TestNumeric_Grade_Decimals"),
    _m(r"3/4", r"3/4", True, "TestNumeric_Grade_Fractions"),
    _m(r"3/4", r"6/8", True, "TestNumeric_Grade_Fractions"),
    _m(r"3/4", r"0.75", True, "TestNumeric_Grade_Fractions"),
    _m(r"-1/2", r"-0.5", True, "TestNumeric_Grade_Fractions"),
    _m(r"1 1/2", r"1.5", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"1 1/2", r"3/2", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"4 1/10", r"4 and 1/10", True, "TestNumeric_Grade_MixedNumbers (spoken 'and' form)"),
    _m(r"4 1/10", r"4and1/10", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"2 3/10", r"2 and 3/10", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"4 1/10", r"4.1", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"4 1/10", r"41/10", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"-1 1/2", r"-1.5", True, "TestNumeric_Grade_MixedNumbers (negative mixed number)"),
    _m(r"-1 1/2", r"-3/2", True, "TestNumeric_Grade_MixedNumbers"),
    _m(r"4 1/10", r"4", False, "TestNumeric_Grade_MixedNumbers wrong: must not drop the fraction"),
    _m(r"-1 1/2", r"-0.5", False, "TestNumeric_Grade_MixedNumbers wrong: -(1+1/2), not -1+1/2"),
    _m(r"100", r"1e2", True, "TestNumeric_Grade_ScientificNotation"),
    _m(r"100", r"1E2", True, "TestNumeric_Grade_ScientificNotation"),
    _m(r"0.001", r"1e-3", True, "TestNumeric_Grade_ScientificNotation"),
    _m(r"150", r"1.5e2", True, "TestNumeric_Grade_ScientificNotation"),
    _m(r"5", r"6", False, "TestNumeric_Grade_WrongAnswer"),
    _m(r"  42  ", r"42", True, "TestNumeric_Grade_Whitespace (gold has spaces)"),
    _m(r"1,000", r"1000", True, "TestNumeric_Grade_Commas"),
    # ordering grader (order matters, separators free)
    _m(r"1,2,3", r"1, 2, 3", True, "TestOrdering_Grade_Correct"),
    _m(r"1 2 3", r"1,2,3", True, "TestOrdering_Grade_Correct"),
    _m(r"a;b;c", r"a,b,c", True, "TestOrdering_Grade_Correct"),
    _m(r"x|y|z", r"x,y,z", True, "TestOrdering_Grade_Correct"),
    _m(r"1,2,3", r"3,2,1", False, "TestOrdering_Grade_WrongOrder"),
    _m(r"1,2,3", r"1,2", False, "TestOrdering_Grade_WrongCount"),
    # polynomial (symbolic) grader
    _m(r"x^2 + 2x + 1", r"x^2+2x+1", True, "TestSymbolic_Grade_ExactMatch"),
    _m(r"x**2 + 1", r"x^2 + 1", True, "TestSymbolic_Grade_ExponentNotation"),
    _m(r"x^2+1", r"x^2+2", False, "TestSymbolic_Grade_Wrong"),
    # tuple grader
    _m(r"(3,4)", r"(3,4)", True, "TestTuple_Grade_ExactMatch"),
    _m(r"(3,4)", r"3,4", True, "TestTuple_Grade_ExactMatch"),
    _m(r"2,-3", r"2,-3", True, "TestTuple_Grade_ExactMatch"),
    _m(r"2,-3", r"(2,-3)", True, "TestTuple_Grade_ExactMatch"),
    _m(r"(1,2,3)", r"1,2,3", True, "TestTuple_Grade_ExactMatch"),
    _m(r"1;2;3", r"1,2,3", True, "TestTuple_Grade_ExactMatch"),
    _m(r"(3,4)", r"(4,3)", False, "TestTuple_Grade_Wrong"),
    _m(r"(1,2,3)", r"(1,2)", False, "TestTuple_Grade_WrongCount"),
    # expression grader, Go fast paths
    _m(r"5^4", r"5^4", True, "TestExpression_GoFastPaths (exact match)"),
    _m(r"5^4", r"625", True, "TestExpression_GoFastPaths (constant equivalence)"),
    _m(r"(2+3)^2", r"25", True, "TestExpression_GoFastPaths"),
    _m(r"2^3 * 5", r"40", True, "TestExpression_GoFastPaths"),
    _m(r"3/4", r"0.75", True, "TestExpression_GoFastPaths (rational constant)"),
    _m(r"5^4", r"626", False, "TestExpression_GoFastPaths wrong"),
    _m(r"2^3*5", r"45", False, "TestExpression_GoFastPaths wrong"),
    # --- MelDxKviel/egeism: Check(num(0, correct...), raw) ---
    _e(r"0,5", r"0.5", True, "TestChecker comma==dot"),
    _e(r"0,5", r"0,5", True, "TestChecker dot==dot"),
    _e(r"0,5", r"0.6", False, "TestChecker number mismatch"),
    _e(r"-3", "\u22123", True, "TestChecker minus sign U+2212"),
    _e(r"-3", "\u20133", True, "TestChecker en dash U+2013"),
    _e(r"-3", "\u20143", True, "TestChecker em dash U+2014"),
    _e(r"-3", r"-3", True, "TestChecker ascii minus"),
    _e(r"-3", r"3", False, "TestChecker wrong sign"),
    _e(r"1000", r"1 000", True, "TestChecker spaces in number"),
    _e(r"1000", "1\u00a0000", True, "TestChecker nbsp in number"),
    _e(
        r"0,5",
        r"0.50",
        True,
        "TestChecker matches any correct (accepted forms 0,5 | 1/2 | 0.50; first form stored)",
    ),
    _e(r"5", r"abc", False, "TestChecker garbage number"),
    _e(r"3.14", r"3.14x", False, "TestChecker trailing junk number"),
    # --- famin1850618/daughter-learning-app: AnswerMatcher.isCorrect(user, answer) ---
    # full-width brackets / coordinates (fillBlank)
    _d("\uff083\uff0c2\uff09", r"3,2", True, "外围括号: 答案带全角括号，用户省括号"),
    _d("\uff083\uff0c2\uff09", "3\uff0c2", True, "外围括号: full-width comma"),
    _d("\uff083\uff0c2\uff09", r"(3,2)", True, "外围括号: ASCII brackets"),
    _d(r"3,2", r"(3,2)", True, "外围括号: 答案无括号，用户加括号"),
    _d("\uff083\uff0c2\uff09", r"3,3", False, "外围括号: 坐标值不同 → 错"),
    # trailing unit may be omitted, a wrong unit is wrong
    _d("10\u7c73", r"10", True, "尾部单位可省: 10米"),
    _d("60\u00b0", r"60", True, "尾部单位可省: 60°"),
    _d("136\u5143", r"136", True, "尾部单位可省: 136元"),
    _d("10\u7c73", "10\u7c73", True, "带正确单位 → 对"),
    _d("5\u5e73\u65b9\u7c73", "5\u7acb\u65b9\u7c73", False, "写错单位: 5平方米≠5立方米"),
    _d("10\u7c73", "10\u5343\u7c73", False, "写错单位: 10千米 vs 10米"),
    _d("10\u7c73", r"11", False, "数值不同 → 错"),
    # prefixes
    _d(r"x=5", r"5", True, "前置词剥离: x=5 接受 5"),
    _d(r"x=5", r"x=5", True, "前置词剥离: x=5"),
    _d("\u7b54\uff1a12", r"12", True, "前置词剥离: 答：12 接受 12"),
    _d(r"x=5", r"y=5", False, "不同变量名 → 错"),
    # maths regressions
    _d("\u03c0r\u00b2h/3", r"pi*r*r*h/3", True, "回归: π/隐式乘法/上标"),
    _d("\u03c0r\u00b2h/3", r"PI R^2 H / 3", True, "回归: 去空格+小写归一"),
    _d(
        "\u03c0r\u00b2h/3",
        r"(1/3)*pi*r^2*h",
        True,
        "回归: accepted via alias 'πr²h/3|||(1/3)*pi*r^2*h' (first alias stored as gold)",
    ),
    _d(r"1/2", r"0.5", True, "回归: ||| 别名 '1/2|||0.5' (first alias stored as gold)"),
    _c(
        R3,
        R3_AT,
        gold=r"7",
        pred=r"1+2*3=7",
        wrap=True,
        expected=True,
        why="回归: 计算题列式取末值 (calculation type)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"12",
        pred=r"12",
        wrap=True,
        expected=True,
        why="回归: 计算题 12 (calculation type)",
    ),
    _d(r"(1+2)*3", r"(1+2)*3", True, "外围括号不误剥非包裹式"),
    # --- JeroenV30/math_lms: checker->check(input, expected) ---
    _l(r"518", r"518", True, "test_numeric_checker"),
    _l(r"518", r" 518 ", True, "test_numeric_checker (spaces)"),
    _l(r"518", r"407", False, "test_numeric_checker"),
    _l(
        r"518",
        r"vijfhonderd",
        False,
        "test_numeric_checker ('five hundred' in words: ->valid false)",
    ),
    _l(r"3.1416", r"3,1416", True, "test_decimal_checker_uses_tolerance (Dutch decimal comma)"),
    _l(r"3.1416", r"3,14", False, "test_decimal_checker_uses_tolerance (default tolerance)"),
    _l(r"2.5", r"2.5", True, "test_decimal_checker_uses_tolerance"),
    _l(r"3/4", r"3/4", True, "test_fraction_checker_accepts_equivalent_fractions"),
    _l(r"3/4", r"6/8", True, "test_fraction_checker_accepts_equivalent_fractions"),
    _l(r"3/2", r"1 1/2", True, "test_fraction_checker_accepts_equivalent_fractions (mixed number)"),
    _l(r"1/2", "\u00bd", True, "test_fraction_checker_accepts_equivalent_fractions (½)"),
    _l(r"4/2", r"2", True, "test_fraction_checker_accepts_equivalent_fractions"),
    _l(r"17/12", r"5/7", False, "test_fraction_checker_accepts_equivalent_fractions"),
    _l(r"3/4", r"3/0", False, "test_fraction_checker_accepts_equivalent_fractions (->valid false)"),
    # --- sekkeikataki/mechalearn-vsb: AnswerChecker ---
    _v(r"5", r"5", True, "AnswerChecker.numeric exact match (checkNumeric(5, 5))"),
    _v(r"1.0", r"1.02", False, "AnswerChecker.numeric within absolute tolerance (0.01): 1.02 out"),
    _v(r"1.5", r"1,5", True, "Czech numeric comma 1,5 equals 1.5 (checkExercise)"),
    _v(r"1.5", r"1.5", True, "Czech numeric comma 1,5 equals 1.5 (checkExercise)"),
    _v(r"1.5", r"abc", False, "Czech numeric comma 1,5 equals 1.5 (checkExercise)"),
    _v(r"3.14", r"3,14", True, "comma-style via exercise"),
    _v(r"3.14", r"3.20", False, "comma-style via exercise"),
    _v(r"1234.5", r"1 234,5", True, "strip spaces including thin/nbsp before comma map"),
    _v(r"1234.5", "1\u202f234,5", True, "strip spaces including thin/nbsp (U+202F thin space)"),
    # --- gspitz01/mathapp: question.checkAnswer(answer) ---
    _c(
        R6,
        R6_BASIC,
        gold=r"20",
        pred=r"20",
        wrap=True,
        expected=True,
        why="checkAnswer returns true if answer is correct (expectedResult 20)",
    ),
    _c(
        R6,
        R6_BASIC,
        gold=r"20",
        pred=r"34",
        wrap=True,
        expected=False,
        why="checkAnswer returns false if answer is incorrect",
    ),
    _c(
        R6,
        R6_FRAC,
        gold=r"4/6",
        pred=r"4/6",
        wrap=True,
        expected=True,
        why="checkAnswer returns true if answer is correct (FractionResult 4/6)",
    ),
    _c(
        R6,
        R6_FRAC,
        gold=r"4/6",
        pred=r"5/6",
        wrap=True,
        expected=False,
        why="checkAnswer return false if answer is incorrect",
    ),
    _c(
        R6,
        R6_FRAC,
        gold=r"4/6",
        pred=r"3",
        wrap=True,
        expected=False,
        why="should return false on checkAnswer() if only 1 part of fraction",
    ),
    _c(
        R6,
        R6_FRAC,
        gold=r"4/6",
        pred=r"4/5/4",
        wrap=True,
        expected=False,
        why="should return false on checkAnswer() if more than 2 parts of a fraction",
    ),
    _c(
        R6,
        R6_SIMP,
        gold=r"3/1",
        pred=r"3/1",
        wrap=True,
        expected=True,
        why="simplify: checkAnswer returns true if answer is correct (FractionResult 3/1)",
    ),
    _c(
        R6,
        R6_SIMP,
        gold=r"3/1",
        pred=r"4/1",
        wrap=True,
        expected=False,
        why="simplify: checkAnswer returns false if answer is incorrect",
    ),
    _c(
        R6,
        R6_SIMP,
        gold=r"3/1",
        pred=r"4/5/4",
        wrap=True,
        expected=False,
        why="simplify: more than 2 parts of a fraction",
    ),
    # --- CRSomosa/evalforgeRust: Grader::grade(expect, actual) ---
    _c(
        R7,
        R7_AT,
        gold=r"391",
        pred="  391\n",
        wrap=True,
        expected=True,
        why="exact_grading (reply '  391\\n')",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"391",
        pred=r"The answer is 391.",
        wrap=False,
        expected=True,
        why="numeric_with_tolerance (first number of the reply)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"391",
        pred=r"The answer is 400",
        wrap=False,
        expected=False,
        why="numeric_with_tolerance",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"391",
        pred=r"no numbers here",
        wrap=False,
        expected=False,
        why="numeric_with_tolerance (no number)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"-40",
        pred=r"It equals -40 degrees",
        wrap=False,
        expected=True,
        why="numeric_handles_negatives",
    ),
    # --- kim130727/modu_math_app: isSameAnswer(user, stored) ---
    _c(
        R8,
        R8_AT,
        gold="60 \u00d7 4",
        pred=r"6x4",
        wrap=True,
        expected=False,
        why="does not confuse expressions with the same leading digit",
    ),
    _c(
        R8,
        R8_AT,
        gold="60 \u00d7 4",
        pred=r"60x4",
        wrap=True,
        expected=True,
        why="accepts equivalent multiplication symbols and spacing",
    ),
    _c(
        R8,
        R8_AT,
        gold="60 \u00d7 4",
        pred=r"60 * 4",
        wrap=True,
        expected=True,
        why="accepts equivalent multiplication symbols and spacing",
    ),
]
