r"""A thirty-first fresh set of answer-equivalence cases (evaluation only; helper "h":
answer-checking unit tests in the non-Python code (TypeScript, C#, Kotlin) of maths-practice
apps).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh31_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- armanbabazadeh6/MathTutor (a US grade-school maths tutor web app for iPad; node:test, TypeScript)
  ``tests/math.test.ts`` @ 193d373326c155b311f065dc4e1e5688437c2c54:
  ``isEquivalentFraction(a, b)`` (cross-multiplied fractions; ``a`` is taken as ``pred``, ``b`` as
  ``gold``), ``compareInteger(expected, submitted)``, ``compareDecimal(expected, submitted)``
  (absolute tolerance 0.001) and ``isCorrectAnswer(expected, submitted, answerType)``, each
  asserted ``true`` / ``false``; the argument names are those of ``src/lib/math/answers.ts`` at
  the same commit. ``tests/fixes-audit.test.ts`` @ 58fe39b66dc631f2afbe5e661e409fe6fa63316c:
  ``grade(problem(answer, type), input)`` and ``checkAnswer(input, answer, type)`` asserted to
  agree (one case per asserted pair; gold = the problem's ``answer``). The answer type is in
  ``why``. No license file in the stored listing (find_files LICENSE: none).
- nuyntai19/AI-Driven-Adaptive-Learning-and-Competency-Assessment-Platform ("EduTwin", a
  Vietnamese adaptive-learning platform; C# / xUnit):
  ``tests/EduTwin.BLL.Tests/AssessmentAndReasoning/MathAnswerNormalizerTests.cs``
  @ 43bb1834cd32ea94097e59ec991d28826f8828e1 (``AreEquivalent(answerA, answerB)`` asserted
  equal to the ``[InlineData]`` bool; ``answerA`` is taken as ``gold``),
  ``tests/EduTwin.BLL.Tests/AssessmentAndReasoning/ShortAnswerGraderEvaluationModeTests.cs``
  @ 43bb1834cd32ea94097e59ec991d28826f8828e1 (``Grade(studentAnswer, correctAnswer)`` in
  ``NumericRational`` mode, ``IsCorrect`` asserted; ``correctAnswer`` is ``gold``) and
  ``tests/EduTwin.BLL.Tests/AssessmentAndReasoning/PreliminaryGrading/BoundedMathGradingTests.cs``
  @ 5230d7b325dc66de6df4a1c5e038e4f81a0394e6 (``Grade(student, reference)`` in
  ``MathEquivalent`` mode: ``IsCorrect`` asserted True / False; ``reference`` is ``gold``).
  C# escapes are undone (``"R\\{2}"`` is the value ``R\{2}``; verbatim ``@"..."`` strings are
  taken as written). No license file (the fetched snapshot has none at its root).
- Oli-26/Numeria ("MathVoyager", a maths-learning quiz app; C# / xUnit)
  ``MathVoyager.Tests/QuizEngineValidationTests.cs`` @ 45b82ea39e48e6e2dda8d22bc9c995765fc1495f
  (``QuizEngine.ValidateAnswer(question, user).IsCorrect`` for fill-in and numeric-input
  questions; gold = the question's ``CorrectAnswer``). MIT (``LICENSE`` @
  2620327aef2171d3322e7472a6e56c035326a4ed).
- srispace1645/TestMyNoetic (an Android exam-prep app for a school maths test; Kotlin,
  kotlin.test) ``core/src/test/kotlin/com/testmynoetic/core/AnswerCheckerTest.kt``
  @ 83113db589af8ebd2ba51db266bec9e0a8022ef2 (``AnswerChecker.isCorrect(question, input)``
  asserted true / false; gold = the question's ``answer``, built by the test's ``num(...)`` /
  ``word(...)`` helpers). No license file in the stored listing (find_files LICENSE: none).

Left out, by rule: MathTutor's ``normalizeAnswer`` string tests (no verdict), the tests over
generated problems (gold not written in the test), ``isEquivalentFraction("1/2", "1/0")`` (an
invalid reference, a parse policy), ``isCorrectAnswer("1/2", "2/4", "fraction")`` (the same
(gold, pred, verdict) as an ``isEquivalentFraction`` row) and, in fixes-audit, the assertions
that repeat a (gold, pred, verdict) triple already taken from math.test.ts (remainder spacing,
equivalent fractions, fraction-as-decimal, the typeless-legacy test and three of the four
wrong-answer rows), plus the install-prompt, streak and keypad-mode tests (not answers).
EduTwin: the ``TryNormalize`` canonical-form tests (no pair), ``AreEquivalent("abc", "def")``
(no maths on either side), empty / ``SKIPPED`` submissions and the ``null``-verdict "requires
teacher review" results (a no-answer / defer policy), the ``TextExact`` mode tests (literal
string policy; one of them asserts ``D=R\{2}`` != ``R \ {2}`` under that mode only), and the
two grader rows that repeat a normaliser row as the same (gold, pred) pair; a later stored
version of the grader test (commit not listed by the index) adds ``Coordinate2D`` cases, not
taken. Numeria: multiple-choice, multiple-select, categorise and the yes / y / true
accepted-answer list (not maths), and the two ``Numeric_Tolerance`` rows with an explicit
per-question tolerance (5.0), a question setting rather than the answer's value. TestMyNoetic:
the empty inputs (no answer), the ``Saturday`` / ``Sat`` word answers (not maths) and the
``parseNumber`` tests (no pair).

Examined and not used: tetervak/MathTrainer-Android-F2025, zsebtanar/zsebtanar-proto,
Zahara-Nour/ubumaths-old, sasorepo/MathPrac, mayank201181/*, Zayan-M-Hassan/NumberSenseTutor,
sjson421/math-quest, chariacthus/matematik-edu and abhisek/mathiz's Go ``problemgen`` tests
(already in earlier sets); NguyenDag/ELearning_ToanHocHay, Datnthe11/ELearning_ToanHocHay_Backend,
NguyenDag/ELearning_Toanhochay_System_V2, F4tt/EduTwin and edutwin-team/edutwin-platform
(snapshots fetched: no answer-checking tests in them); an "SPARK mathematics" ``answerCheck``
jest suite, a bun ``checker.test.ts`` (``Math.PI`` / ``sqrt(2)``), a ``mark`` test with ``✓`` /
``?✓`` / ``✗`` verdicts, a Go ``answersEquivalent`` test of a ``progress-service`` and the
Vietnamese ``ELearning_ToanHocHay_Control.Tests/AnswerGradingTests`` (found by content only;
repository not located within this helper's look-up budget).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "armanbabazadeh6/MathTutor"
R1_MATH = "tests/math.test.ts@193d373326c155b311f065dc4e1e5688437c2c54"
R1_FIX = "tests/fixes-audit.test.ts@58fe39b66dc631f2afbe5e661e409fe6fa63316c"

R2 = "nuyntai19/AI-Driven-Adaptive-Learning-and-Competency-Assessment-Platform"
R2_NORM = (
    "tests/EduTwin.BLL.Tests/AssessmentAndReasoning/MathAnswerNormalizerTests.cs"
    "@43bb1834cd32ea94097e59ec991d28826f8828e1"
)
R2_GRADE = (
    "tests/EduTwin.BLL.Tests/AssessmentAndReasoning/ShortAnswerGraderEvaluationModeTests.cs"
    "@43bb1834cd32ea94097e59ec991d28826f8828e1"
)
R2_BOUND = (
    "tests/EduTwin.BLL.Tests/AssessmentAndReasoning/PreliminaryGrading/BoundedMathGradingTests.cs"
    "@5230d7b325dc66de6df4a1c5e038e4f81a0394e6"
)

R3 = "Oli-26/Numeria"
R3_AT = "MathVoyager.Tests/QuizEngineValidationTests.cs@45b82ea39e48e6e2dda8d22bc9c995765fc1495f"

R4 = "srispace1645/TestMyNoetic"
R4_AT = (
    "core/src/test/kotlin/com/testmynoetic/core/AnswerCheckerTest.kt"
    "@83113db589af8ebd2ba51db266bec9e0a8022ef2"
)


def _m(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R1, R1_MATH, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _f(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R1, R1_FIX, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _n(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R2, R2_NORM, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _g(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R2, R2_GRADE, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _b(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R2, R2_BOUND, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _v(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R3, R3_AT, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _k(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(R4, R4_AT, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


CASES = [
    # --- MathTutor math.test.ts: isEquivalentFraction(a=pred, b=gold)
    _m(r"2/4", r"1/2", True, "equivalent fractions compare equal"),
    _m(r"1/2", r"2/4", True, "equivalent fractions compare equal"),
    _m(r"2/4", r" 1 / 2 ", True, "equivalent fractions compare equal (spaces)"),
    _m(r"1/3", r"1/2", False, "non-equivalent fractions and junk compare unequal"),
    _m(r"3", r"1/2", False, "non-equivalent fractions and junk compare unequal"),
    _m(r"1/2", r"abc", False, "non-equivalent fractions and junk compare unequal"),
    # compareInteger(expected=gold, submitted=pred)
    _m(r"1000", r"1,000", True, "integer compare tolerates commas but not values"),
    _m(r"42", r" 42 ", True, "integer compare tolerates commas but not values"),
    _m(r"42", r"43", False, "integer compare tolerates commas but not values"),
    _m(r"42", r"4/2", False, "integer compare tolerates commas but not values"),
    _m(r"42", r"abc", False, "integer compare tolerates commas but not values"),
    # compareDecimal(expected=gold, submitted=pred), absolute tolerance 0.001
    _m(r"2.5", r"2.50", True, "decimal compare tolerates formatting and small drift"),
    _m(r"3.14159", r"3.142", True, "decimal compare tolerates formatting and small drift"),
    _m(r"3.15", r"3.14", False, "decimal compare tolerates formatting and small drift"),
    _m(r"0.5", r"1/2", True, "decimal compare tolerates formatting and small drift"),
    # isCorrectAnswer(expected=gold, submitted=pred, type)
    _m(r"1/2", r"0.5", True, "isCorrectAnswer accepts decimal for a fraction answer (fraction)"),
    _m(r"1/2", r"1/3", False, "isCorrectAnswer accepts decimal for a fraction answer (fraction)"),
    _m(r"6 R 2", r"6 r 2", True, "isCorrectAnswer text is case-insensitive (text; remainder)"),
    _m(r"6 R 2", r"6R2", True, "isCorrectAnswer text is spacing-tolerant (text; remainder)"),
    _m(r"6 R 2", r"6 R 3", False, "isCorrectAnswer text: wrong remainder (text)"),
    # --- MathTutor fixes-audit.test.ts: grade(problem(gold), pred) == checkAnswer(pred, gold)
    _f(r"2.50", r"2.501", True, "player and teach-check agree on decimal tolerance (decimal)"),
    _f(r"1,000", r"1000", True, "player and teach-check agree on thousands separators (integer)"),
    _f(r"42", r"42.0000000001", False, "integer grading rejects float dust (integer)"),
    _f(r"2.50", r"2.9", False, "wrong answers fail on both paths (decimal)"),
    _f(r"3/4", r"3/4", True, "keypad-built fractions grade correctly (fraction)"),
    # --- EduTwin MathAnswerNormalizerTests: AreEquivalent(answerA=gold, answerB=pred)
    _n(r"1/2", r"0.5", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"0.5", r"1/2", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"2/4", r"3/6", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"1 1/2", r"1.5", True, "AreEquivalent_EquivalenceChecks (mixed number)"),
    _n(r"-3/4", r"-0.75", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"0", r"0.0", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"1/3", r"0.33", False, "AreEquivalent: 1/3 is repeating, not 33/100"),
    _n(r"1/2", r"-1/2", False, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"1/2", r"abc", False, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"\frac{3}{2}", r"3/2", True, "AreEquivalent: visual LaTeX matches semantic fraction"),
    _n(r"\frac{3}{2}", r"1.5", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"\frac{-3}{4}", r"-0.75", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    _n(r"\frac{2}{4}", r"1/2", True, "AreEquivalent_EquivalenceChecks_ReturnsExpectedResult"),
    # --- EduTwin ShortAnswerGrader, NumericRational mode: Grade(student=pred, correct=gold)
    _g(r"1/2", r"2/4", True, "Grade_NumericRationalMode_ComparesEquivalenceDeterministically"),
    _g(r"1.5", r"1 1/2", True, "Grade_NumericRationalMode_ComparesEquivalence (mixed)"),
    _g(r"-0.75", r"-3/4", True, "Grade_NumericRationalMode_ComparesEquivalenceDeterministically"),
    _g(r"3", r"2", False, "Grade_NumericRationalMode_ComparesEquivalenceDeterministically"),
    # --- EduTwin BoundedMathGradingTests, MathEquivalent mode: Grade(student=pred, reference=gold)
    _b(r"R \ {2}", r"D=R\{2}", True, "EquivalentSupportedNotation_IsCorrect (domain)"),
    _b(r"ℝ \ {2}", r"$D=\mathbb{R}\setminus\{2\}$", True, "EquivalentSupportedNotation"),
    _b(r"{2;0.5}", r"\left\{1/2;2\right\}", True, "EquivalentSupportedNotation_IsCorrect (set)"),
    _b(r"0.5", r"\frac{1}{2}", True, "EquivalentSupportedNotation_IsCorrect"),
    _b(r"R\{2}", r"R\{2;2}", True, "EquivalentSupportedNotation_IsCorrect (repeated element)"),
    _b(r"R", r"R\{}", True, "EquivalentSupportedNotation_IsCorrect (empty set removed)"),
    _b(r"{1.5;2}", r"{1 1/2;2}", True, "EquivalentSupportedNotation_IsCorrect (mixed number)"),
    _b(r"R\{2}", r"R\{3}", False, "DifferentValuesOrSets_AreNotAccepted"),
    _b(r"R\{2}", r"{2}", False, "DifferentValuesOrSets_AreNotAccepted"),
    _b(r"{0.5;2}", r"{0.5;3}", False, "DifferentValuesOrSets_AreNotAccepted"),
    # --- Numeria QuizEngine.ValidateAnswer(Fill(correct=gold), user=pred)
    _v(r"x^2", r"X^2", True, "FillIn_MathEquivalence"),
    _v(r"x^2", r"x²", True, "FillIn_MathEquivalence"),
    _v(r"3x", r"3*x", True, "FillIn_MathEquivalence"),
    _v(r"3x", r"3 x", True, "FillIn_MathEquivalence"),
    _v(r"(x^2)", r"x^2", True, "FillIn_MathEquivalence"),
    _v(r"x^3/3", r"(x^3)/3", True, "FillIn_MathEquivalence"),
    _v(r"x^3/3", r"(1/3)x^3", True, "FillIn_MathEquivalence"),
    _v(r"x^3/3 + C", r"x^3/3+C", True, "FillIn_MathEquivalence (antiderivative)"),
    _v(r"x^3/3 + C", r"x^3/3+c", True, "FillIn_MathEquivalence (constant's case)"),
    _v(r"x^2", r"x^3", False, "FillIn_RejectsWrong"),
    _v(r"3x", r"4x", False, "FillIn_RejectsWrong"),
    _v(r"16", r"16.0", True, "FillIn_NumericFuzz"),
    _v(r"16", r"16.00", True, "FillIn_NumericFuzz"),
    _v(r"16", r"15.999", True, "FillIn_NumericFuzz (within 0.001)"),
    _v(r"16", r"16.5", False, "FillIn_NumericFuzz"),
    _v(r"1/6", r"0.167", True, "FillIn_FractionEquivalence"),
    _v(r"1/4", r"25%", True, "FillIn_FractionEquivalence"),
    _v(r"1/2", r"0.5", True, "FillIn_FractionEquivalence"),
    _v(r"1/2", r"0.6", False, "FillIn_FractionEquivalence"),
    _v(r"(3, 2)", r"3,2", True, "FillIn_TupleVariants"),
    _v(r"(3, 2)", r"(3,2)", True, "FillIn_TupleVariants"),
    _v(r"(3, 2)", r"3, 2", True, "FillIn_TupleVariants"),
    # Numeric(correct=gold) with the default tolerance (1 % of the answer; tiny at 0)
    _v(r"100", r"100", True, "Numeric_Tolerance (default)"),
    _v(r"100", r"101", True, "Numeric_Tolerance (default 1% of 100 = 1.0)"),
    _v(r"100", r"102", False, "Numeric_Tolerance (outside 1%)"),
    _v(r"0", r"0.0000001", True, "Numeric_Tolerance (tiny default tol)"),
    _v(r"0", r"0.001", False, "Numeric_Tolerance (tiny default tol)"),
    _v(r"42", r"abc", False, "Numeric_RejectsNonNumericInput"),
    # --- TestMyNoetic AnswerChecker.isCorrect(num(gold) / word(gold), pred)
    _k(r"1250", r"1250", True, "wholeNumbersIgnoreFormatting"),
    _k(r"1250", r" 1250 ", True, "wholeNumbersIgnoreFormatting"),
    _k(r"1250", r"1,250", True, "wholeNumbersIgnoreFormatting"),
    _k(r"1250", r"$1,250", True, "wholeNumbersIgnoreFormatting"),
    _k(r"1250", r"1250.", True, "wholeNumbersIgnoreFormatting"),
    _k(r"1250", r"1250.0", True, "wholeNumbersIgnoreFormatting"),
    _k(r"1250", r"1250 cats", True, "wholeNumbersIgnoreFormatting (unit word)"),
    _k(r"1250", r"1250 sq cm", True, "wholeNumbersIgnoreFormatting (unit)"),
    _k(r"1250", r"125", False, "wholeNumbersIgnoreFormatting: should reject"),
    _k(r"1250", r"12500", False, "wholeNumbersIgnoreFormatting: should reject"),
    _k(r"1250", r"abc", False, "wholeNumbersIgnoreFormatting: should reject"),
    _k(r"1250", r"1250/2", False, "wholeNumbersIgnoreFormatting: should reject"),
    _k(r"3/4", r"3/4", True, "fractionsAndDecimalsCompareByValue"),
    _k(r"3/4", r"6/8", True, "fractionsAndDecimalsCompareByValue"),
    _k(r"3/4", r"0.75", True, "fractionsAndDecimalsCompareByValue"),
    _k(r"3/4", r".75", True, "fractionsAndDecimalsCompareByValue"),
    _k(r"3/4", r"0.750", True, "fractionsAndDecimalsCompareByValue"),
    _k(r"3/4", r"4/3", False, "fractionsAndDecimalsCompareByValue"),
    _k(r"1 1/2", r"3/2", True, "fractionsAndDecimalsCompareByValue (mixed number gold)"),
    _k(r"1.5", r"1 1/2", True, "fractionsAndDecimalsCompareByValue (mixed number pred)"),
    _k(r"2.5", r"$2.50", True, "moneyAndCents"),
    _k(r"45", r"45¢", True, "moneyAndCents"),
    _k(r"6:55 PM", r"6:55pm", True, "wordAnswersIgnoreCaseAndSpaces (clock time, word kind)"),
    _k(r"6:55 PM", r"6:55 p.m.", True, "wordAnswersIgnoreCaseAndSpaces (clock time, word kind)"),
]
