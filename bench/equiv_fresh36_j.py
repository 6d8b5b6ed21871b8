r"""A thirty-sixth fresh set of answer-equivalence cases (evaluation only; helper "j": leads that
earlier helpers found by string search but could not tie to a repository, and suites like them).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh36_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- rholdorp/pww_vwo1_t3_26 (a Dutch VWO-1 exam trainer; the ``wiskundeGelijk`` lead)
  ``packages/trainer-engine/src/mathClean.test.ts`` @ 5f8e6f799620fc244f397521966d2adf1ecd15ba
  (the stored version read through the index; no snapshot could be fetched):
  ``expect(wiskundeGelijk(input, antwoord)).toBe(true|false)``; gold = ``antwoord``, pred =
  ``input``. No license file in the stored copy's listing.
- EvaluatedApplications/genesis-nova (the ``GenesisNova.Tests`` lead) ``Tests/AnswerEquivalenceTests.cs``
  @ d1cfd4bc23f667cb0a069d5612c8d6872f00fdcc (unchanged at the fetched HEAD
  dee9e4ce154dd63383148086efd43f15c97f7ad1): xUnit theories
  ``Assert.True/False(AnswerEquivalence.Equivalent(predicted, expected))``; gold = ``expected``,
  pred = ``predicted``. No license file in the snapshot.
- boybothell/PLWS (reasoning-compression experiments on MATH-500 / AIME; found through a
  ``from plws.inputs import same_answer`` script) ``tests/test_grading.py`` @
  6e0303ed76eb1fc0f1b2c4221ecc516a2894ed0f (stored version read through the index; no snapshot
  could be fetched): ``grading.grade(pred, gold) == (True, "")`` / ``ok`` False, and the
  ``LATEX_EQUAL`` table of (pred, gold) pairs asserted True. No license file in the stored copy's
  listing.
- markandeyay/Fo-The-Win (a maths-competition practice app) ``tests/lib/normalizeAnswer.test.ts``
  @ 7d37f8220fec402d3fd9fe3fece4276bac983b1b (unchanged at the fetched HEAD
  7c954ba91b57804f29a785dd854dad98e1d923c3; found as an unnamed ``answersEquivalent`` hit):
  ``answersEquivalent(given, expected, answerType)`` true / false (``lib/normalizeAnswer.ts``
  names the arguments ``given, expected``); the answer type passed is said in ``why``. No license
  file in the snapshot.

Left out, by rule: in pww_vwo1_t3_26, the ``schoonWiskunde`` normalisation tests (string
cleaning only, no verdict), every call with a non-default option (``acceptedForms`` given:
``b+a`` / ``a+b`` with ``["b+a"]``; ``exacteVorm = true``: ``4,8·10^5`` and ``4.8*10^5`` against
``4,8*10^5``, ``480000`` against ``4,8*10^5``), the form-policy verdicts that an unsimplified or
reordered answer is wrong although its value is equal (``8(a+b)`` / ``8a+8b``, ``3a+5a`` / ``8a``,
``2·2·a·a`` / ``4a²``, ``b+a`` / ``a+b``: the suite says "geen wiskundige equivalentie"), and the
``gradeAnswer(..., "wiskunde")`` profile tests (an exact repeat of ``36a^2`` / ``36a²``, the same
``8(a+b)`` form policy, and a two-gold list). In PLWS, the ``has_gold`` / missing-gold / grader
self-test / record-audit tests (no answer pair, or mocked grades), repeats of ``42`` / ``41`` in
``grade_many`` and the baseline-reuse tests, ``test_boxed_close_equivalence.py`` (token-level
extraction) and ``test_puma_grading.py`` (mocked grades). In Fo-The-Win, the ``normalizeInteger``
/ ``normalizeFraction`` / ``parseOrderedPair`` / ``parseSet`` parsing tests and the call with an
``acceptedForms`` list (``(x-4)(x-3)`` with ``["(x-4)(x-3)"]``).

Examined and not used: the Czech ``fractionValidator`` suite (id 52515866279) lives in
Evzen652/Oli (``src/lib/validators/__tests__/validators.test.ts``), already used by fresh29_c;
chariacthus/matematik-edu (a Danish ``checkAnswer`` suite at ``src/lib/answer.test.ts``), already
used by fresh24_a2. Suites found by string search whose repository turned out to be used already:
DXT0509/ExamWeb (``evaluateMathAnswer``), anansi-tech/extralesson (further ``answersEquivalent``
files: money, surds, rounding), halfdolor/Northtropic (C# ``AnswerGradingTests``),
srispace1645/TestMyNoetic (the Kotlin ``AnswerChecker.isCorrect`` suite with ``1250 cats``),
NeutroLink/BilimAI (``bilimai.mathcheck``), promptfoo/promptfoo (``isMathEquivalent``); the
Vietnamese ``ELearning_ToanHocHay.Tests/Unit/Grading/AnswerGradingTests.cs`` is in
NguyenDag/ELearning_ToanHocHay, named by fresh31_h, so skipped. emiralmedia/liro
``tests/unit/grading.test.ts`` (Romanian-language exercises, not maths). Leads whose repository
could not be named within budget: the Russian ``isAnswerCorrect`` node:test suite (id
63260401684; ``./answer.ts`` import, no repository among the ``src/lib/answer.test.ts`` holders
looked Russian), the Vietnamese ``gradingService`` vitest suite (id 70202656516; neither
``services/`` nor ``src/services/gradingService.test.ts`` is stored), the Uzbek ``sonTogrimi``
tests (they import ``../src/lib/sertifikat`` and ``./_xotira``; ``src/lib/sertifikat.ts`` names
only Indonesian repositories, ``tests/`` / ``scripts/_xotira.ts``, ``src/lib/imtihon.ts`` and
``src/components/KoribChiqish.tsx`` name none), the Russian OGE alias file, the ``same_answer``
suite with ``7.3 \times 10^{-7}``, the ``offline_search`` MathVerifier test, the Kotlin Russian
exam-trainer checker, a vitest "AC 13 fixture table" ``answersEquivalent(submitted, canonical,
[], format)`` suite importing ``@/lib/grading/normalize`` (nine repositories hold
``src/lib/grading/normalize.ts``; not settled) and a Rust OlymMATH ``answers_match`` module with
inline tests (``crate::backends::common``). The continuation module equiv_fresh36_j2.py holds a
Russian EGE trainer's suite found by string search along the way.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "rholdorp/pww_vwo1_t3_26"
R1_AT = "packages/trainer-engine/src/mathClean.test.ts@5f8e6f799620fc244f397521966d2adf1ecd15ba"

R2 = "EvaluatedApplications/genesis-nova"
R2_AT = "Tests/AnswerEquivalenceTests.cs@d1cfd4bc23f667cb0a069d5612c8d6872f00fdcc"

CASES_R1 = [
    # wiskundeGelijk — cosmetisch goed
    _c(
        R1,
        R1_AT,
        gold=r"36a²",
        pred=r"36a^2",
        wrap=True,
        expected=True,
        why="wiskundeGelijk: rekent cosmetische varianten goed (superscript)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.5*10^4",
        pred=r"3,5·10^4",
        wrap=True,
        expected=True,
        why="wiskundeGelijk: rekent cosmetische varianten goed (decimal comma, middle dot)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"8a",
        pred=r"  8A ",
        wrap=True,
        expected=True,
        why="wiskundeGelijk: rekent cosmetische varianten goed (spaces, capital letter)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="wiskundeGelijk: rekent gelijke getalwaardes goed (0.5 = 1/2)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="wiskundeGelijk: rekent gelijke getalwaardes goed (2/4 = 1/2)",
    ),
    # leeg antwoord is fout
    _c(
        R1,
        R1_AT,
        gold=r"8a",
        pred=r"",
        wrap=True,
        expected=False,
        why="wiskundeGelijk: leeg antwoord is fout (empty)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"8a",
        pred=r"   ",
        wrap=True,
        expected=False,
        why="wiskundeGelijk: leeg antwoord is fout (blank)",
    ),
    # default options (exacteVorm = false): the value matches
    _c(
        R1,
        R1_AT,
        gold=r"4,8*10^5",
        pred=r"480000",
        wrap=True,
        expected=True,
        why="wiskundeGelijk: zonder exacteVorm zou de waarde wél matchen (contrast)",
    ),
]

CASES_R2 = [
    # Equivalent_AcceptsSameValueAcrossSurfaces(predicted, expected)
    _c(
        R2,
        R2_AT,
        gold=r"two",
        pred=r"2",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: digit vs number word",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"two",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: number word vs digit",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"eighteen",
        pred=r"18",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: 18 vs eighteen",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"18",
        pred=r"1 8",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: digit-run tokenisation folds to 18",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1 8",
        pred=r"eighteen",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: eighteen vs '1 8'",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"zero",
        pred=r"0",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: 0 vs zero",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"2",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: exact still works",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"Paris",
        pred=r"Paris",
        wrap=True,
        expected=True,
        why="Equivalent_AcceptsSameValueAcrossSurfaces: non-numeric exact",
    ),
    # Equivalent_RejectsDifferentAnswers(predicted, expected)
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"2",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: different values",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3",
        pred=r"two",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: number word vs other digit",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"less",
        pred=r"greater",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: non-numeric, different",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"greater",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: one numeric, one not",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"london",
        pred=r"paris",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: different words",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-3",
        pred=r"3",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: sign matters",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"",
        wrap=True,
        expected=False,
        why="Equivalent_RejectsDifferentAnswers: empty is not a match",
    ),
]

R3 = "boybothell/PLWS"
R3_AT = "tests/test_grading.py@6e0303ed76eb1fc0f1b2c4221ecc516a2894ed0f"

CASES_R3 = [
    # GradeTest.test_correct_and_incorrect_answers: grade(pred, gold)
    _c(
        R3,
        R3_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_correct_and_incorrect_answers: grade('42', '42') == (True, '')",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"42",
        pred=r"41",
        wrap=True,
        expected=False,
        why="test_correct_and_incorrect_answers: grade('41', '42') is not ok",
    ),
    # LATEX_EQUAL (pred, gold), test_latex_equivalence_is_settled
    _c(
        R3,
        R3_AT,
        gold=r"9.5",
        pred=r"\dfrac{19}{2}",
        wrap=True,
        expected=True,
        why="LATEX_EQUAL / test_latex_equivalence_is_settled",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"\frac{9}{100}",
        pred=r"0.09",
        wrap=True,
        expected=True,
        why="LATEX_EQUAL / test_latex_equivalence_is_settled",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"$-(n-1) / 2$",
        pred=r"-\dfrac{n-1}{2}",
        wrap=True,
        expected=True,
        why="LATEX_EQUAL / test_latex_equivalence_is_settled (gold written with $...$)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"$1024-256 \pi$",
        pred=r"256(4 - \pi)",
        wrap=True,
        expected=True,
        why="LATEX_EQUAL / test_latex_equivalence_is_settled (gold written with $...$)",
    ),
]

R4 = "markandeyay/Fo-The-Win"
R4_AT = "tests/lib/normalizeAnswer.test.ts@7d37f8220fec402d3fd9fe3fece4276bac983b1b"

CASES_R4 = [
    # answersEquivalent(given, expected, answerType)
    _c(
        R4,
        R4_AT,
        gold=r"42",
        pred=r" 42 ",
        wrap=True,
        expected=True,
        why="answersEquivalent matches integers (type integer)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"43",
        pred=r"42",
        wrap=True,
        expected=False,
        why="answersEquivalent matches integers (type integer): 42 vs 43",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3.141590001",
        pred=r"3.14159",
        wrap=True,
        expected=True,
        why="answersEquivalent matches decimals within tolerance (type decimal)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="answersEquivalent matches equivalent fractions (type fraction)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"3, 4",
        pred=r"(3,4)",
        wrap=True,
        expected=True,
        why="answersEquivalent matches ordered pairs (type ordered_pair)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"{2, 1}",
        pred=r"{1, 2}",
        wrap=True,
        expected=True,
        why="answersEquivalent matches sets regardless of order (type set)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"(x-3)(x-4)",
        pred=r"(x-3)(x-4)",
        wrap=True,
        expected=True,
        why="answersEquivalent matches expressions by exact or accepted form (type expression)",
    ),
    _c(
        R4,
        R4_AT,
        gold=r"(x-3)(x-4)",
        pred=r"x^2 - 7x + 12",
        wrap=True,
        expected=True,
        why="answersEquivalent matches expressions by exact or accepted form (expanded)",
    ),
]

CASES = CASES_R1 + CASES_R2 + CASES_R3 + CASES_R4
