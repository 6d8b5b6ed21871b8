r"""A forty-first fresh set of answer-equivalence cases (evaluation only; helper "c":
answer-checking unit tests of mobile and desktop maths-learning apps (Dart/Flutter,
Kotlin/Android, Java/JavaFX)).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh41_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- ARaycove/Quizzer (a Flutter study/quiz app; Dart, flutter_test)
  ``quizzer/test/03_more_unit_tests/test_42_math_validation_function.dart``
  @ c42ce6858a56e077a025a7a3e7a7d2f0535f7979: ``validateMathExpressionAnswer(userAnswer,
  correctAnswer)`` asserted ``isTrue`` / ``isFalse`` for each ``[user, correct]`` row of the
  test's ``exps`` list (argument names from
  ``quizzer/lib/backend_systems/12_answer_validator/answer_validation/text_validation_functionality.dart``
  at the same commit); ``correctAnswer`` is ``gold``. GPL-3.0 (``LICENSE``).
- ConnerJenkins/CAB302-software-dev-project (a JavaFX desktop maths/physics learning game;
  Java, JUnit 5) @ 7d44038c71ea083b150f381b1629716752c2287e:
  ``src/test/java/com/team/game/controller/BasicsControllerTest.java``
  (``BasicsGameController.isAnswerCorrect(userInput, correctAnswer, isMultipleChoice=false)``;
  the numeric branch accepts a difference of at most 0.01) and
  ``src/test/java/com/team/game/controller/TrigoControllerTest.java``
  (``TrigoFunController.isAnswerCorrect(userAnswer, correctAnswer)``, a normaliser that maps
  ``sqrt(2)/2``, ``0.707`` and ``0.5`` to ``√2/2`` / ``1/2``), each asserted
  ``assertTrue`` / ``assertFalse``; ``correctAnswer`` is ``gold``. MIT (``LICENSE``).
- truonglam101191-creator/math_logic (a Flutter maths-logic learning app; Dart, flutter_test)
  ``test/fraction_utils_test.dart`` @ 284111438f8995ae445fe95b67e629bb54c079ba (also the
  index's 544c9becfdd9a8116af30964c782307505aefedc; same rows):
  ``FractionUtils.checkAnswer(userAnswer, correctAnswer)`` and
  ``FractionUtils.areEqual(fraction1, fraction2)`` asserted ``isTrue`` / ``isFalse``; gold is
  ``correctAnswer`` (the second argument of ``areEqual``). Two ``checkAnswer`` golds are Dart
  numbers (``1``, ``0.75``) and are written here as their decimal text. No license file at the
  root of the fetched snapshot (only ``packages/oziapi/LICENSE`` of a vendored package).
- tomasgabuna18-cmd/Trig-Picture-Puzzle (an Android trigonometry picture-puzzle app for
  Grade 9; Kotlin, JUnit 4 + Robolectric) ``app/src/test/java/com/example/TrigPuzzleUnitTest.kt``
  @ cd57af9cfe5acbf7434837cee60e1c311414d2e1: ``AnswerValidator.isCorrect(studentInput,
  correctAnswer, acceptableAnswers = emptyList(), tolerance = 0.05)`` asserted ``assertTrue`` /
  ``assertFalse`` (signature from ``app/src/main/java/com/example/trig/AnswerValidator.kt`` at
  the same commit); ``correctAnswer`` is ``gold``; where the test passes a list of acceptable
  answers it is named in ``why``. No license file in the stored listing (find_files LICENSE:
  none; the repository could not be fetched).
- vvenv/matholym (a Flutter maths-olympiad practice app; Dart, flutter_test)
  ``test/number_theory_test.dart`` @ 525e530bc99a135dde0e12d61f712a558ce90c03:
  ``NumberTheory.answersEqual(a, b)`` asserted ``isTrue`` / ``isFalse``. The first argument is
  taken as ``gold``: the test's own comments say ``'1'`` vs ``'是'`` is false because "a count of
  1 is the number one" while ``'是'`` vs ``'1'`` is true "where the answer is 是", i.e. the first
  argument is the expected answer. No license file in the stored listing (find_files LICENSE:
  none; the repository could not be fetched).

Left out, by rule: CAB302's three ``isMultipleChoice=true`` rows (``v = u + at`` option text:
multiple-choice matching) and the two repeats of ``isAnswerCorrect("5", "5", false)`` inside
the ``setDependencies`` tests (same triple as ``NumericExactMatch``), its ``normalizeAnswer``
tests (no verdict) and the login / question-bank tests (not answers). Quizzer: the text
fill-in-the-blank and typo-similarity tests of ``test_41_text_input_validation.dart`` (biology
and programming vocabulary, not maths) and ``test_31_answer_validation_unit_tests.dart`` (all
commented out; multiple-choice / true-false / sort-order). math_logic: the ``areEqual`` rows
that repeat a ``checkAnswer`` (gold, pred, verdict) triple (``1/2``/``2/4``, ``5/5``/``1``,
``1/2``/``1/3``) and the parse / simplify / arithmetic / equivalent-fraction-generation tests
(no pair). Trig-Picture-Puzzle: the repeated ``isCorrect("6/10", "3/5")`` line (counted once),
the ``multipleChoiceAndRatios`` test (``cos θ`` / ``cos`` / ``sin`` ratio-name options:
multiple-choice labels) and the FractionHelper / question-generator / jigsaw / repository tests
(no pair). matholym: every ``answersEqual`` row with a yes/no word on either side (``是``,
``否``, ``不能``, ``yes``; a yes/no question-type policy, including the three false rows of
the "1 and 0 mean yes and no" test), ``numericallyClose('100', '96')`` (an estimate-closeness
helper, not an equivalence verdict) and the number-theory function tests (no pair).

Examined and not used: sasorepo/MathPrac, srispace1645/TestMyNoetic, tetervak/MathTrainer-Android-F2025,
zsebtanar/zsebtanar-proto, atorch/* ("statspuzzles" AnswerChecker), samanta-nz/com.hamyareman.ir
and the "estude-noah" Kotlin ``MathAnswerEvaluatorTest`` (already used or examined by earlier
sets); tobecrazy/Arithmetic (iOS; its answer tests check generated questions, no literal gold);
infobehzad/com.hamyareman.ir (no ``MathAnswerScriptTest`` in the stored listing); found by content
only and not located within the look-up budget: a TypeScript polynomial-guessing game
``isEquivalent(expr, SECRET)`` suite, a node:test ``validateAnswer`` suite with ``75%``, a
Dart ``answersAreEquivalent`` AR app test and several web ``checkAnswer`` suites.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "ARaycove/Quizzer"

R1_AT = (
    "quizzer/test/03_more_unit_tests/test_42_math_validation_function.dart"
    "@c42ce6858a56e077a025a7a3e7a7d2f0535f7979"
)

R2 = "ConnerJenkins/CAB302-software-dev-project"

R2_BASICS = (
    "src/test/java/com/team/game/controller/BasicsControllerTest.java"
    "@7d44038c71ea083b150f381b1629716752c2287e"
)

R2_TRIGO = (
    "src/test/java/com/team/game/controller/TrigoControllerTest.java"
    "@7d44038c71ea083b150f381b1629716752c2287e"
)

R3 = "truonglam101191-creator/math_logic"

R3_AT = "test/fraction_utils_test.dart@284111438f8995ae445fe95b67e629bb54c079ba"

R4 = "tomasgabuna18-cmd/Trig-Picture-Puzzle"

R4_AT = (
    "app/src/test/java/com/example/TrigPuzzleUnitTest.kt@cd57af9cfe5acbf7434837cee60e1c311414d2e1"
)

R5 = "vvenv/matholym"

R5_AT = "test/number_theory_test.dart@525e530bc99a135dde0e12d61f712a558ce90c03"

CASES = [
    # Quizzer: validateMathExpressionAnswer(exps[i][0] (user), exps[i][1] (correct))
    _c(R1, R1_AT, gold=r"2*x", pred=r"x + x", wrap=True, expected=True, why="Case_0"),
    _c(R1, R1_AT, gold=r"3 + 2*y", pred=r"2*y + 3", wrap=True, expected=True, why="Case_1"),
    _c(R1, R1_AT, gold=r"x", pred=r"(x + x) / 2", wrap=True, expected=True, why="Case_2"),
    _c(
        R1, R1_AT, gold=r"x + 2", pred=r"x + 1", wrap=True, expected=False, why="Case_3 (not equal)"
    ),
    _c(
        R1,
        R1_AT,
        gold=r"tan(x)",
        pred=r"tan(()",
        wrap=True,
        expected=False,
        why="Case_4 (bad syntax)",
    ),
    _c(R1, R1_AT, gold=r"2*x + 2", pred=r"(x+1) * 2", wrap=True, expected=True, why="Case_5"),
    _c(
        R1,
        R1_AT,
        gold=r"tan(x)",
        pred=r"sin(x) / cos(x)",
        wrap=True,
        expected=True,
        why="Case_6 (identity)",
    ),
    _c(R1, R1_AT, gold=r"y", pred=r"x + y - x", wrap=True, expected=True, why="Case_7"),
    _c(
        R1, R1_AT, gold=r"x + 1", pred=r"x+", wrap=True, expected=False, why="Case_8 (syntax error)"
    ),
    _c(
        R1,
        R1_AT,
        gold=r"sin(sqrt(x))",
        pred=r"sin(sqrt(x))",
        wrap=True,
        expected=True,
        why="Case_9",
    ),
    # CAB302 Basics: isAnswerCorrect(userInput, correctAnswer, false) (numeric, +/-0.01)
    _c(
        R2,
        R2_BASICS,
        gold=r"5",
        pred=r"5",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_NumericExactMatch",
    ),
    _c(
        R2,
        R2_BASICS,
        gold=r"5",
        pred=r"5.01",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_NumericWithTolerance (tolerance 0.01)",
    ),
    _c(
        R2,
        R2_BASICS,
        gold=r"5",
        pred=r"4.99",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_NumericWithTolerance (tolerance 0.01)",
    ),
    _c(
        R2,
        R2_BASICS,
        gold=r"5",
        pred=r"5.02",
        wrap=True,
        expected=False,
        why="testIsAnswerCorrect_NumericOutsideTolerance",
    ),
    _c(
        R2,
        R2_BASICS,
        gold=r"5",
        pred=r"4.98",
        wrap=True,
        expected=False,
        why="testIsAnswerCorrect_NumericOutsideTolerance",
    ),
    _c(
        R2,
        R2_BASICS,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_NumericDecimalEquivalence",
    ),
    # CAB302 Trigo: isAnswerCorrect(userAnswer, correctAnswer)
    _c(
        R2,
        R2_TRIGO,
        gold=r"√2/2",
        pred=r"√2/2",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_ExactMatch",
    ),
    _c(
        R2,
        R2_TRIGO,
        gold=r"√2/2",
        pred=r" √2 / 2 ",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_DifferentWhitespace",
    ),
    _c(
        R2,
        R2_TRIGO,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_DecimalEquivalent",
    ),
    _c(
        R2,
        R2_TRIGO,
        gold=r"√2/2",
        pred=r"sqrt(2)/2",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_SqrtNotation",
    ),
    _c(
        R2,
        R2_TRIGO,
        gold=r"√2/2",
        pred=r"0.707",
        wrap=True,
        expected=True,
        why="testIsAnswerCorrect_SqrtNotation (3-decimal rounding accepted)",
    ),
    _c(
        R2,
        R2_TRIGO,
        gold=r"√2/2",
        pred=r"0.6",
        wrap=True,
        expected=False,
        why="testIsAnswerCorrect_IncorrectAnswer",
    ),
    # math_logic: FractionUtils.checkAnswer(userAnswer, correctAnswer) / areEqual(f1, f2)
    _c(
        R3,
        R3_AT,
        gold=r"2/4",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="Check answer correctness: checkAnswer('1/2', '2/4')",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1",
        pred=r"5/5",
        wrap=True,
        expected=True,
        why="Check answer correctness: checkAnswer('5/5', 1) (gold is the Dart int 1)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"0.75",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="Check answer correctness: checkAnswer('3/4', 0.75) (gold is the Dart double 0.75)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1/3",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why="Check answer correctness: checkAnswer('1/2', '1/3')",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"6/8",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="Check equality between strings: areEqual('3/4', '6/8')",
    ),
    # Trig-Picture-Puzzle: AnswerValidator.isCorrect(studentInput, correctAnswer[, acceptable])
    _c(
        R4,
        R4_AT,
        gold=r"3/5",
        pred=r"3/5",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3/5",
        pred=r"0.6",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3/5",
        pred=r"0.60",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3/5",
        pred=r"6/10",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals (asserted twice in the test)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"6/10",
        pred=r"3/5",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals (simplified fraction checks)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"5/4",
        pred=r"15/12",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals (simplified fraction checks)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"15/17",
        pred=r"0.88",
        wrap=True,
        expected=True,
        why="testAnswerValidator_fractionsAndDecimals (acceptable answers 0.88, 0.882 listed)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3/5",
        pred=r"0.5",
        wrap=True,
        expected=False,
        why="testAnswerValidator_fractionsAndDecimals",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"30",
        pred=r"30°",
        wrap=True,
        expected=True,
        why="testAnswerValidator_anglesAndDegrees",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"30",
        pred=r"30 deg",
        wrap=True,
        expected=True,
        why="testAnswerValidator_anglesAndDegrees",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"30°",
        pred=r"30",
        wrap=True,
        expected=True,
        why="testAnswerValidator_anglesAndDegrees",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"45",
        pred=r"45°",
        wrap=True,
        expected=True,
        why="testAnswerValidator_anglesAndDegrees (acceptable answer '45 deg' listed)",
    ),
    # matholym: NumberTheory.answersEqual(expected, given)
    _c(
        R5,
        R5_AT,
        gold=r"2^3*3",
        pred=r"2^3 * 3",
        wrap=True,
        expected=True,
        why="answer normalization",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"2^2*7",
        pred=r"2*2*7",
        wrap=True,
        expected=True,
        why="a right value marks right however it is written (factorisation spelled out)",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"2^2*7",
        pred=r"7*2^2",
        wrap=True,
        expected=True,
        why="a right value marks right however it is written (reordered)",
    ),
]
