r"""A thirty-fifth fresh set of answer-equivalence cases (evaluation only; helper "g": answer
checkers of maths learning apps and exam-practice tools for non-English users -- Spanish (a
Latin-American school platform), Vietnamese (a THPT exam-practice app) and Russian (an olympiad-maths app, a homework checker)).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh35_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- BOTC3PO/Proyecto_final (a Spanish-language school platform: quizzes graded by the API, with a
  small template language "vblang" for generated maths questions).
  ``api/tests/integracion/quiz-attempts-decimales-sin-tolerancia.test.ts`` @
  226da706225ba2ba75180ee341b60b48d4d9647e: ``corregir(answerKey, answer)`` submits one answer
  to the real submit endpoint with no declared tolerance and asserts ``score`` 1 or 0 (the
  project's default grading: a non-integer key gets a small default tolerance, the decimal comma
  is always accepted, an integer key must match exactly).
  ``api/tests/integracion/plan-x-2-submit-no-autoritativo.test.ts`` @
  7d51dd3d866961885ce9f6ba201df39a47b19765: an ``expresion`` question graded by symbolic
  equivalence (``x+x`` for ``2*x``; the same pair is also in the next file, so it is taken once,
  from there).
  ``packages/vblang/tests/evaluator/symbolic.test.ts`` @
  6b06940a9d275509fdda68f7cec9e22a4e2f0d93: ``sonEquivalentes(response, expected).eq`` (the
  function the API's ``gradeSymbolic(response, expected)`` calls), positive and negative cases.
  No license file in the stored copy (``find_files`` finds no LICENSE).
- dev-hkm/Pozix (an Android quiz app for Vietnamese THPT exam practice).
  ``app/src/test/java/com/hkm/pozix/ShortAnswerTest.kt`` @
  e24df5f35060287afd2c23cee66cff3a598c4f74: ``ShortAnswerMatcher.isMatch(user, correct)`` /
  ``isMatch(user, correct, accepted)``, the answer key of a parsed exam (``correctAnswer`` "2.5",
  ``acceptedAnswers`` ["2,5", "5/2"]) and ``QuizReviewItem(userTextAnswer, correctTextAnswer)
  .isCorrect``. MIT (LICENSE @ 779593f9a3a46ad6b16d2e50bb3852bdacc062ff).
- ambassadorOfCplusPlus/matolimp ("МатОлимп", a Russian Android app for olympiad maths practice).
  ``app/src/test/java/com/matolimp/app/AnswerCheckerTest.kt`` @
  d7a2aa1fd46bd12f4398aeeca12e928c8c972873: ``AnswerChecker.check(spec, input)`` with a JSON spec
  ``{"type": ..., "accepted": [...]}`` (the gold below is the single accepted form). The DECIMAL
  spec carries ``"tolerance": 1e-6`` (float equality, not leniency) and the SET spec
  ``"orderMatters": false``; both are kept and said in ``why``. No license file in the snapshot.
- keksenia/homework_checker (a Russian checker of handwritten school maths homework: OCR of the
  pupil's work, an LLM check, and a rule-based comparison of the pupil's final answer with the
  key). ``tests/test_units.py`` @ 25eb1c4e051aba4564c72600a607a6fcf6dd4b9e, class
  ``AnswersMatch``: ``features.answers_match(a, b, kind) == exp`` with ``exp`` 1/0 (``None`` =
  undecided). ``a`` is read as the pupil's answer (OCR/LaTeX form, e.g. ``\frac12``, ``—3``) and
  ``b`` as the key (plain form, e.g. ``0,5``); ``features.py`` was not read, so the order is
  inferred from the cases; the kind (number/set/pair/interval) is said in ``why``. No license
  file in the stored copy.

Left out, by rule: answers graded under a per-question tolerance setting (Proyecto_final
``toleranciaAbsoluta: 0.5`` making ``0.3`` right for ``0``); repeated pairs (the decimales file's
"feedback" test repeats ``0.3333``/``0.33`` and ``0.3333``/``0.3``; Pozix repeats ``1,5``/``1.5``);
assertions on ``metodo`` only, on a random generated key, with custom sample points, on builtins
(``derivar``, ``simplificar_expr``) or on a non-string argument; invalid or empty references
(``sonEquivalentes("2x+4", "@@@")``, ``("x+1", "")``, ``("", "")``); unanswered (null) items;
Pozix's text answers that are not maths (``Hà Nội``, ``PARIS``, ``Luân Đôn``) and its parsing
and multiple-choice/true-false checks; matolimp's ``check(null, "1")`` (no spec);
homework_checker's ``None`` (undecided) rows (``x ≤ 1`` / ``(-∞; 1]``, ``(x-1)(x+2)`` /
``x^2+x-2``, ``—`` / ``5`` proof), its ``near_key`` heuristic (near misses, not equivalence), task
numbering and answer extraction tests.

Examined and not used: the project's other integration tests (no answer pairs); an Uzbek
national-certificate trainer's ``sonTogrimi`` tests (``src/lib/sertifikat`` imports; repository not
found: ``src/lib/sertifikat.ts`` / ``src/lib/sertRasmiy.ts`` paths name other repositories), a
Russian-style ``isAnswerCorrect`` node:test suite (sets ``{3; -2}``, intervals ``[-5;-1)∪(3;4]``,
``R\{5,-1}``, multipart ``a) ... b) ...``; ``find_string`` id 63260401684, repository not named), a
Vietnamese ``gradingService`` vitest suite (id 70202656516, repository not named), a Czech
``fractionValidator`` suite (id 52515866279, ``@/lib/validators/index``, too common a path to name),
an Italian linear-algebra site's ``Frac.parse`` cases (parsing only), a Russian OGE trainer's
``answer_aliases`` data file (repository not named), a Python ``check_answer`` suite importing
``app.services.answer_checker`` (the repositories holding that path that could be fetched do not
contain it), syziel1/platforma_edukacyjna_ai_-_matematyka_mvp, Henrich2137/matematykazen,
trochikdavid/bagrut-ai, hamiltonmatematica/ensaios-ai, GrigoryLebediantsev/Progect-on-flask,
sabdur4hmonov/testova, pavanreddy950/peblo-quiz-engine (no answer-equivalence tests); outside
this helper's languages and left for others: a German Kotlin flashcard ``verdict`` suite, an
English Kotlin ``AnswerChecker.isCorrect(q, ...)`` suite (``1250 cats``), a Russian PHP
``AnswerNormalizerTest`` for informatics (КЕГЭ) answers (normalisation only).
Already used by an earlier set and skipped: chariacthus/matematik-edu (fresh24_a2).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PF = "BOTC3PO/Proyecto_final"

PF_DEC = (
    "api/tests/integracion/quiz-attempts-decimales-sin-tolerancia.test.ts"
    "@226da706225ba2ba75180ee341b60b48d4d9647e"
)

PF_SYM = "packages/vblang/tests/evaluator/symbolic.test.ts@6b06940a9d275509fdda68f7cec9e22a4e2f0d93"

PZ = "dev-hkm/Pozix"

PZ_AT = (
    "app/src/test/java/com/hkm/pozix/ShortAnswerTest.kt@e24df5f35060287afd2c23cee66cff3a598c4f74"
)

HC = "keksenia/homework_checker"

HC_AT = "tests/test_units.py@25eb1c4e051aba4564c72600a607a6fcf6dd4b9e"

MO = "ambassadorOfCplusPlus/matolimp"

MO_AT = (
    "app/src/test/java/com/matolimp/app/AnswerCheckerTest.kt"
    "@d7a2aa1fd46bd12f4398aeeca12e928c8c972873"
)

CASES = [
    # Proyecto_final: corregir(answerKey, answer) -> score 1/0, no declared tolerance.
    _c(
        PF,
        PF_DEC,
        gold=r"0.3333",
        pred=r"0.3333",
        wrap=True,
        expected=True,
        why="§7: un decimal redondeado a 2 lugares se acepta (1/3 → 0.3333): 0.3333",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"0.3333",
        pred=r"0.333",
        wrap=True,
        expected=True,
        why="§7: un decimal redondeado a 2 lugares se acepta: 0.333",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"0.3333",
        pred=r"0.33",
        wrap=True,
        expected=True,
        why="§7: un decimal redondeado a 2 lugares se acepta: 0.33",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"0.3333",
        pred=r"0.3",
        wrap=True,
        expected=False,
        why="§7: una respuesta más gruesa o equivocada sigue dando mal: 0.3",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"0.3333",
        pred=r"0.34",
        wrap=True,
        expected=False,
        why="§7: una respuesta más gruesa o equivocada sigue dando mal: 0.34",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"0.3333",
        pred=r"0",
        wrap=True,
        expected=False,
        why="§7: una respuesta más gruesa o equivocada sigue dando mal: 0",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"7",
        pred=r"7",
        wrap=True,
        expected=True,
        why="§7: la respuesta entera sigue exigiendo exactitud: 7",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"7",
        pred=r"7.001",
        wrap=True,
        expected=False,
        why="§7: la respuesta entera sigue exigiendo exactitud: 7.001",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"7",
        pred=r"6.999",
        wrap=True,
        expected=False,
        why="§7: la respuesta entera sigue exigiendo exactitud: 6.999",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"1.4142",
        pred=r"1,4142",
        wrap=True,
        expected=True,
        why="§7: la coma decimal se acepta como separador: 1,4142",
    ),
    _c(
        PF,
        PF_DEC,
        gold=r"0.5",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="§7: la coma decimal se acepta como separador: 0,5",
    ),
    # Proyecto_final vblang: sonEquivalentes(response, expected).eq
    _c(
        PF,
        PF_SYM,
        gold=r"2*(x+2)",
        pred=r"2*x+4",
        wrap=True,
        expected=True,
        why="detecta 2x+4 ≡ 2(x+2) (factored vs expanded)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"6*(x+2)",
        pred=r"6*x+12",
        wrap=True,
        expected=True,
        why="detecta 6x+12 ≡ 6(x+2) (factor común)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"2*(x+1)",
        pred=r"2*x+2",
        wrap=True,
        expected=True,
        why="detecta 2x+2 ≡ 2(x+1) (distributiva simple)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"2*x",
        pred=r"x+x",
        wrap=True,
        expected=True,
        why="detecta x+x ≡ 2x (suma de monomios); also plan-x-2-submit-no-autoritativo.test.ts",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"x^2+1",
        pred=r"x^2+1",
        wrap=True,
        expected=True,
        why="detecta x^2+1 ≡ x^2+1 (idénticas)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"x^2+2*x+1",
        pred=r"(x+1)^2",
        wrap=True,
        expected=True,
        why="detecta (x+1)^2 ≡ x^2+2x+1 (producto notable)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"5*x",
        pred=r"3*x+2*x",
        wrap=True,
        expected=True,
        why="detecta 3x+2x ≡ 5x (suma de monomios)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"5-x",
        pred=r"-x+5",
        wrap=True,
        expected=True,
        why="detecta -x+5 ≡ 5-x (conmutatividad)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"(x+2)/2",
        pred=r"x/2+1",
        wrap=True,
        expected=True,
        why="detecta x/2+1 ≡ (x+2)/2 (fracción algebraica equivalente)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"2*x+4",
        pred=r"2*x + 4",
        wrap=True,
        expected=True,
        why="ignora diferencias de whitespace y formato trivial: '2*x + 4'",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"2*x+4",
        pred=r"2 * x + 4",
        wrap=True,
        expected=True,
        why="ignora diferencias de whitespace y formato trivial: '2 * x + 4'",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"2*x+5",
        pred=r"2*x+4",
        wrap=True,
        expected=False,
        why="rechaza 2x+4 vs 2x+5 (difieren en constante)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"3*x+4",
        pred=r"2*x+4",
        wrap=True,
        expected=False,
        why="rechaza 2x+4 vs 3x+4 (difieren en coeficiente)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"x^2+2",
        pred=r"x^2+1",
        wrap=True,
        expected=False,
        why="rechaza x^2+1 vs x^2+2 (difieren en constante)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"x^2+1",
        pred=r"x+1",
        wrap=True,
        expected=False,
        why="rechaza x+1 vs x^2+1 (grado distinto)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"1",
        pred=r"0",
        wrap=True,
        expected=False,
        why="rechaza 0 vs 1 (constantes distintas)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"-x",
        pred=r"x",
        wrap=True,
        expected=False,
        why="rechaza x vs -x (cambia el signo)",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"x+1",
        pred=r"",
        wrap=True,
        expected=False,
        why="rechaza strings vacíos: sonEquivalentes('', 'x+1')",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"x+1",
        pred=r"((((",
        wrap=True,
        expected=False,
        why="rechaza sintaxis inválida: sonEquivalentes('((((', 'x+1')",
    ),
    _c(
        PF,
        PF_SYM,
        gold=r"3*x+1",
        pred=r"2*x+4",
        wrap=True,
        expected=False,
        why="NO se basa en un solo punto: 2x+4 vs 3x+1 coinciden sólo en x=3",
    ),
    # Pozix: ShortAnswerMatcher.isMatch(user, correct)
    _c(
        PZ,
        PZ_AT,
        gold=r"1.5",
        pred=r"1.5",
        wrap=True,
        expected=True,
        why="testShortAnswerMatcherNumericEquivalence: 1.5 / 1.5",
    ),
    _c(
        PZ,
        PZ_AT,
        gold=r"1.5",
        pred=r"1,5",
        wrap=True,
        expected=True,
        why="testShortAnswerMatcherNumericEquivalence: dot and comma decimals 1,5 / 1.5",
    ),
    _c(
        PZ,
        PZ_AT,
        gold=r"1.5",
        pred=r"1.50",
        wrap=True,
        expected=True,
        why="testShortAnswerMatcherNumericEquivalence: 1.50 / 1.5",
    ),
    _c(
        PZ,
        PZ_AT,
        gold=r" 1.5 ",
        pred=r" 1,5 ",
        wrap=True,
        expected=True,
        why="testShortAnswerMatcherNumericEquivalence: ' 1,5 ' / ' 1.5 '",
    ),
    _c(
        PZ,
        PZ_AT,
        gold=r"10.0",
        pred=r"10",
        wrap=True,
        expected=True,
        why="testShortAnswerMatcherNumericEquivalence: integer vs floating point 10 / 10.0",
    ),
    _c(
        PZ,
        PZ_AT,
        gold=r"10",
        pred=r"10.0",
        wrap=True,
        expected=True,
        why="testShortAnswerMatcherNumericEquivalence: 10.0 / 10",
    ),
]
