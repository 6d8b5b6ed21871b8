r"""A twentieth fresh set of answer-equivalence cases (evaluation only; helper "e": answer checkers
of math tutoring / homework products written in TypeScript and Ruby).

Each case gives the reference answer (``gold``), the student's / model's answer (``pred``: a bare
answer to be put in ``\boxed{}`` when ``wrap`` is True) and the verdict the source's test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the
test passes (a TypeScript ``'\\frac{1}{2}'`` is stored as ``r"\frac{1}{2}"``). Do not tune the
judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- zsebtanar/zsebtanar-proto (Hungarian school-maths exercise site, TypeScript/jest), GPL-2.0:
  ``src/shared/exercise/userControls/fractionNumber/fractionNumberValidation.spec.ts``,
  ``src/shared/exercise/userControls/singleNumber/singleNumberValidation.spec.ts`` and
  ``src/server/exercise/check/validateUserControl.spec.ts``
  @ 4f4743ee90f09feb94080f52b07683fe5fd24bf6; and the older
  ``src/server/exercise/validate/userControls/_test/numberList.spec.ts``
  @ be235946310b537f1e71f75a0f14363fa968a830 (the current numberList spec is a placeholder).
  ``fractionNumberValidation(ctrl, solution, userAnswer)`` and
  ``singleNumberValidation(ctrl, solution, userAnswer)`` take the solution first, so the first
  fraction / number of each call is the gold. Fractions are ``{numerator, denominator}`` objects in
  the test; they are written here as ``a/b``. Number lists (keyed objects ``{a: '1', b: '2'}``) are
  written as comma-separated lists in key order.
- edlinitiative/EdLight-Academy (Haitian exam-preparation platform, French/Kreyòl, TypeScript/jest)
  @ 130b39112efe18a0c7d5070e545803abb389340e: ``src/utils/__tests__/examUtils.grading.test.ts``
  (``gradeExam`` / ``gradeSingleQuestion`` with subject "Mathématiques"),
  ``src/utils/__tests__/examUtils.scaffold.test.ts`` (blank-by-blank, interval-template and
  matrix-grid grading) and ``mobile/src/utils/__tests__/examGrading.test.ts``. No license file in
  the stored copy; the short answer strings are quoted as test data, with attribution. For the
  interval and matrix templates the prediction is the string the suite's ``reconstructTemplate`` /
  ``reconstructMatrix`` builds from the student's slot values (the suite asserts that string for the
  correct slots; the other predictions are built the same way, ``why`` says so); the gold is the
  part's ``answer`` as written.
- mklipe/Thales (Brazilian maths-exercise app, Ruby/RSpec) ``spec/lib/math_evaluate_spec.rb``
  @ 39aa2e068985b5617b1e3a74b4f757ff43254b90. ``MathEvaluate::Expression.eql?(a, b)`` is called by
  the app as ``eql?(question.correct_answer, response)``, so the first argument is the gold. No
  license file in the stored copy.

Left out, by rule: multiple-choice, true/false and multiple-select questions (EdLight ``mcq``,
``vrai``/``faux``, option letters; zsebtanar single/multi/binary choice); free-text string matching
of non-math subjects and the zsebtanar ``simpleText`` case/space policy; zsebtanar's rounding
tolerance ``fractionDigits: 1`` accepting ``10.3`` for the solution ``10.31`` (a tolerance policy);
golds the suite cannot judge (zsebtanar solution ``'A'``; Thales empty gold ``''``; empty or
``undefined`` / ``NaN`` / malformed answers); EdLight condition-builder answers (structured
operator/value lists) and its partial-credit counts; the other identical-string blanks of tests
already transcribed (numerator ``6``/``6``, blank ``3``/``3``, ``x`` ``4``/``4``: one identity case
per test is kept); zsebtanar keyed lists whose verdict depends on key names (``d`` vs
``c``) rather than values.

Examined without usable cases: rizome-dev/go-verifiers @ e8856052e2ab3b26dbcce6aaddea9bacd42cf1d2
(a Go port of ``verifiers``: ``utils.CompareMathAnswers`` has no tests; only parser / env tests),
sormondocom/rusty-math-tutor (no snapshot; the stored Rust files read carry no answer-checking
tests), andreadellacorte/math-for-kids (``validateEquation(a, op, b, answer)`` on integer
arithmetic only: every case is plain integer equality, not taken), maxpetrusenko/ai-math-tutor and
DUSSAPG/unified-math-tutor (no answer-checking tests), center-for-knowledge-communication/mathspring
and Siyavula/exercises-server (no grader tests stored). Test files found only through
``find_string`` whose repository could not be named (a vitest ``compareMathAnswers - STRICT
matching`` suite, an ``examParser gradeAnswer`` suite, a Mojo ``BoxedMathReward`` suite) were not
used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ZSEB = "zsebtanar/zsebtanar-proto"
_ZH = "4f4743ee90f09feb94080f52b07683fe5fd24bf6"
ZSEB_FRAC = (
    f"src/shared/exercise/userControls/fractionNumber/fractionNumberValidation.spec.ts@{_ZH}"
)
ZSEB_NUM = f"src/shared/exercise/userControls/singleNumber/singleNumberValidation.spec.ts@{_ZH}"
ZSEB_UC = f"src/server/exercise/check/validateUserControl.spec.ts@{_ZH}"
ZSEB_LIST = (
    "src/server/exercise/validate/userControls/_test/numberList.spec.ts"
    "@be235946310b537f1e71f75a0f14363fa968a830"
)
EDL = "edlinitiative/EdLight-Academy"
_EH = "130b39112efe18a0c7d5070e545803abb389340e"
EDL_GRADE = f"src/utils/__tests__/examUtils.grading.test.ts@{_EH}"
EDL_SCAF = f"src/utils/__tests__/examUtils.scaffold.test.ts@{_EH}"
EDL_MOB = f"mobile/src/utils/__tests__/examGrading.test.ts@{_EH}"
THALES = "mklipe/Thales"
THALES_AT = "spec/lib/math_evaluate_spec.rb@39aa2e068985b5617b1e3a74b4f757ff43254b90"

_INTERVAL = r"]-\infty, 0[ \cup ]0, +\infty["
_MATRIX_GOLD = r"$\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}$"

CASES: list[dict] = [
    # --- zsebtanar/zsebtanar-proto: fractionNumberValidation(ctrl, solution, userAnswer) ---------
    _c(ZSEB, ZSEB_FRAC, "1/1", "1/1", True, True, "simplest case: 1/1 vs 1/1 -> true"),
    _c(ZSEB, ZSEB_FRAC, "1/3", "3/9", True, True, "inputs need simplification: 1/3 vs 3/9 -> true"),
    _c(ZSEB, ZSEB_FRAC, "3/9", "6/18", True, True, "string and number parts: 3/9 vs 6/18 -> true"),
    # --- zsebtanar: singleNumberValidation(ctrl {fractionDigits: 1}, solution, userAnswer) -------
    _c(ZSEB, ZSEB_NUM, "10", "10.3", True, False, "solution 10, answer 10.3 -> false"),
    _c(ZSEB, ZSEB_NUM, "10.3", "10.3", True, True, "solution 10.3, answer 10.3 -> true"),
    _c(ZSEB, ZSEB_NUM, "10.35", "10.3", True, False, "solution 10.35, answer 10.3 -> false"),
    # --- zsebtanar: validateUserControl(exercise with solution, seed, 0, [answer]) --------------
    _c(ZSEB, ZSEB_UC, "1/2", "1/2", True, True, "fraction control, static exercise -> true"),
    _c(ZSEB, ZSEB_UC, "1/2", "1/3", True, False, "fraction control, static exercise -> false"),
    _c(ZSEB, ZSEB_UC, "1, 2, 1.345", "1, 2, 1.345", True, True, "number list -> true"),
    _c(ZSEB, ZSEB_UC, "1, 2, 1.345", "1, 2, 3", True, False, "number list, last differs -> false"),
    _c(ZSEB, ZSEB_UC, "42", "42", True, True, "single number: solution '42', answer 42 -> true"),
    _c(ZSEB, ZSEB_UC, "42", "84", True, False, "single number: solution '42', answer 84 -> false"),
    # --- zsebtanar: numberList(acceptRandomOrder, solution, input), older spec ------------------
    _c(ZSEB, ZSEB_LIST, "0", "0.00", True, True, "edge case: numbers with fraction -> true"),
    _c(ZSEB, ZSEB_LIST, "0.00", "0", True, True, "edge case: numbers with fraction -> true"),
    _c(ZSEB, ZSEB_LIST, "0.05", "0.05", True, True, "edge case: numbers with fraction -> true"),
    _c(ZSEB, ZSEB_LIST, "2, 1", "2, 1", True, True, "same values as the solution -> true"),
    _c(ZSEB, ZSEB_LIST, "1", "2", True, False, "different value -> false"),
    _c(ZSEB, ZSEB_LIST, "1, 2", "2", True, False, "one value missing -> false"),
    _c(ZSEB, ZSEB_LIST, "1, 2", "2, 2", True, False, "different values -> false"),
    # --- edlinitiative/EdLight-Academy: gradeExam / gradeSingleQuestion, subject Mathématiques ---
    _c(EDL, EDL_GRADE, "3.14", "3,14", True, True, "fill_blank: comma decimal accepted -> 100%"),
    _c(EDL, EDL_GRADE, "3.14", "2", True, False, "fill_blank: wrong numeric answer -> 0%"),
    _c(EDL, EDL_GRADE, "42", "7", True, False, "gradeSingleQuestion fill_blank -> incorrect"),
    _c(EDL, EDL_MOB, "42", "42", True, True, "short_answer in a fully-correct exam -> correct"),
    _c(EDL, EDL_MOB, "42", "0", True, False, "short_answer in a fully-wrong exam -> incorrect"),
    _c(EDL, EDL_MOB, "9", "0", True, False, "scaffold blank y: answer 9, typed 0 -> wrong"),
    _c(
        EDL,
        EDL_MOB,
        "x^2",
        "x*x",
        True,
        True,
        "gradeScaffoldBlanks: x^2 blank (alternative x*x listed) with x*x -> correct",
    ),
    _c(EDL, EDL_MOB, "x^2", "y", True, False, "gradeScaffoldBlanks: x^2 blank with y -> incorrect"),
    _c(EDL, EDL_SCAF, "2/3", "2/3", True, True, "scaffold blank 'Résultat' -> correct"),
    _c(EDL, EDL_SCAF, "2/3", "1", True, False, "scaffold blank 'Résultat' typed 1 -> not correct"),
    _c(
        EDL,
        EDL_SCAF,
        _INTERVAL,
        r"]-\infty, 0[ \cup ]0, +\infty[",
        True,
        True,
        "domain template, all slots right (reconstructTemplate output) -> correct",
    ),
    _c(
        EDL,
        EDL_SCAF,
        _INTERVAL,
        r"]-infini, 0[ \cup ]0, infini[",
        True,
        True,
        "slot alternatives '-infini' / 'infini' for -/+\\infty -> correct (pred built by template)",
    ),
    _c(
        EDL,
        EDL_SCAF,
        _INTERVAL,
        r"]-\infty, 0[ \cup ]1, +\infty[",
        True,
        False,
        "third slot 1 instead of 0 -> incorrect (pred built by template)",
    ),
    _c(
        EDL,
        EDL_SCAF,
        _MATRIX_GOLD,
        r"\begin{pmatrix} 0 & 1 \\ -1 & 0 \end{pmatrix}",
        True,
        True,
        "matrix grid, every cell right (reconstructMatrix output) -> correct",
    ),
    _c(
        EDL,
        EDL_SCAF,
        _MATRIX_GOLD,
        r"\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}",
        True,
        False,
        "matrix grid, cell -1 typed as 1 -> incorrect (pred built by reconstructMatrix)",
    ),
    # --- mklipe/Thales: MathEvaluate::Expression.eql?(correct_answer, response) -----------------
    _c(THALES, THALES_AT, "2", "4/2", True, True, "eql?('2', '4/2') should be true"),
    _c(THALES, THALES_AT, "6.2", "12.4/2", True, True, "eql?('6.2', '12.4/2') should be true"),
    _c(THALES, THALES_AT, "3*3", "18/2", True, True, "eql?('3*3', '18/2') should be true"),
    _c(THALES, THALES_AT, "2", "2", True, True, "eql?('2', '2') should be true"),
    _c(
        THALES, THALES_AT, "6.2", "6.1 + 0.1", True, True, "eql?('6.2', '6.1 + 0.1') should be true"
    ),
    _c(THALES, THALES_AT, "1000", "100 + 0.0", True, False, "eql?('1000', '100 + 0.0') false"),
]
