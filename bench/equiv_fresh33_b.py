r"""A thirty-third fresh set of answer-equivalence cases (evaluation only; helper "b":
answer checkers written in languages other than Python -- TypeScript (vitest / node selftest),
Kotlin (JUnit) -- in maths tutoring, homework and exam-trainer apps, and an answer key of
accepted answer forms of a Japanese calculus practice app).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh33_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- 2525Azarashi/ChemNote ``src/data/mathIntegralProblems.ts`` @
  99b61d0aa98601eb3aa8ab6caa6ba2061c3aa10e (TypeScript answer key of a Japanese high-school
  maths/chemistry practice app, unit "数III 積分"; each short-answer sub-question
  ``sq(id, label, correctAnswer, acceptedAnswers)`` lists the author's accepted spellings, and
  ``tests/mathIntegral.test.ts`` (same commit) asserts ``isAnswerCorrect(sq, alt) === true`` for
  every accepted form). gold = ``correctAnswer``, pred = the first accepted form that differs
  from the gold by more than whitespace (fixed rule: one case per sub-question, all 49
  sub-questions of the file in order; 46 have such a form). All True. No license file.
- hulianui/hulian ``packages/ui/src/math-field/cas.test.ts`` @
  79acab3b2b36065300af6cd1901c1d52f99a5cf1 (vitest; ``createCasComparator()`` -> ``equivalent(a,
  b)`` on the CortexJS Compute Engine, asserted true/false in an ``it.each`` table; ``a`` is the
  reference: ``gradeObjective`` calls ``equivalent(answer, student)``, see grade.test.ts) and
  ``packages/ui/src/question/grade.contract.json`` @ 3f654f36d061bfaf44d848157ced0c57532093ac
  (the ``correct`` column of the grading contract that ``grade.test.ts`` runs through
  ``gradeObjective({type, answer}, student, options)``; level-1 exact tier and level-2
  ``normalize`` / ``tolerance: 0`` rows of a Chinese question-bank UI library). No license file
  found in the stored copy.
- Ilkin-Ibishov/tehsil-platformasi ``web/lib/verify/answer.selftest.mts`` and
  ``web/lib/verify/answer.test.ts`` @ eac2c79e0a3fa140a94ebc77269805426e5c9f17 (TypeScript;
  ``studentAnswerMatches(input, accept) === expected`` for an Azerbaijani maths tutoring
  platform; pred = student input, gold = accepted value). No license file.
- monstermash2008/math-tutor-3 ``src/lib/__tests__/advanced-problem-types.test.ts`` @
  8cf76e611e83680ee4770c4c02cda08097668f6f (vitest; ``areEquivalent(a, b)`` toBe(true/false) of
  the CortexJS-based math engine of an algebra step tutor; the second argument is the simplified
  / target form and is stored as gold). Fixed rule: the first 60 ``areEquivalent`` assertions of
  the file in order after dropping a repeated pair (``27`` / ``3^3``) and an identical-string
  pair; the remaining 18 (radical division, logarithms, factoring, nested expressions) are left
  out by the 60-case cap. No license file.
- Relevanty/MIRL ``app/src/test/java/com/personal/sleepalarm/domain/model/MathAnswerParserTest.kt``
  @ ab19f1b4131655133f36db58a9f4cfb2e8201a87 (Kotlin/JUnit; ``MathAnswerParser.validate(spec,
  input)`` is ``Correct`` / ``Incorrect`` for the integer, integer-set, interval-union and
  ordered-pair answers of a maths alarm-clock app). The gold is the spec, written as the
  canonical string the test itself asserts for it (``assertCorrect(spec, input, canonical)``),
  or for specs the test only rejects against, the canonical spelling of the same spec given in
  the file. No license file found in the stored copy.
- diegoalirio85-sudo/estude-noah-android
  ``app/src/test/java/com/estudenoah/app/domain/MathAnswerEvaluatorTest.kt`` @
  6914113aaa0af2fff95ce68db4331fcc8720aa5a (Kotlin/JUnit; ``MathAnswerEvaluator.evaluate(student,
  expected)`` equals true/false for a Brazilian primary-school study app: decimal comma, ``R$``
  and unit words, a worked division written as the answer). No license file.

Left out, by rule:
- identical-string pairs (tehsil ``x``/``x``, ``3``/``3``; estude-noah ``24``/``24``;
  math-tutor-3 ``√2 + 1``/``√2 + 1``) and repeated pairs (tehsil answer.test.ts ``0.5``/``1/2``,
  hulian ``gradeObjective`` with the CAS comparator on ``\frac{1}{2}``/``0.5``, hulian's
  single-blank ``4<x<14`` row that repeats the level-2 row);
- empty, blank or garbage inputs (tehsil ``""``, ``???``; hulian ``""`` vs ``0`` and the
  unparsable ``\frac{1}{``; estude-noah's ``null`` "not guessed" verdicts, which are no verdict);
- multiple-choice, true/false and word answers (hulian single/multiple/judge rows and ``A``/``a``;
  tehsil ``A``/``B`` and the Azerbaijani word ``Müsbət``/``müsbət``/``mənfi`` rows); ChemNote
  accepted forms written in Japanese (``パイ``, ``ゼロ``) or with a Japanese annotation
  (``-1/2x^2+C（分母は2x^2）``, ``0.333…（分数で 1/3）``) are passed over by the
  one-per-sub-question rule (none of them was the first qualifying form);
- verdicts that hold only under a tolerance or option not about value (hulian ``tolerance:
  0.01`` rows, the level-1 tier's ``150°``/``150`` rejection "no normalisation at tier 1", the
  percent row ``50%``/``0.5``, and the check without a comparator that rejects ``0.5``);
- multi-blank answers (hulian ``[["150","150°"],["30","30°"]]`` and ``["1.5","2.5"]`` rows);
- comparator stubs and mocks (hulian grade.test.ts ``equivalent`` injected as a lambda);
- parse-error verdicts (MIRL ``Invalid`` rows: ``12.0`` for an integer, ``{-3;;7}``, ``[3; 1]``,
  ``[-∞; 1]``, ``(1;1)``, a triple for a pair), parser / normaliser unit tests
  (``canonicalAnswer``, ``parseNumeric``, ``stripMathDelimiters``, ``sanitizeInput``,
  MIRL ``canonical``), and equation checks of a value against a problem statement (tehsil
  ``verifyFinalAnswer`` / ``equationCrossCheck``: the gold is computed from the problem).

Examined and not used: a Japanese chemistry/maths palette test with ``isAnswerCorrect``
rows (``x^2``/``x²``, ``1/3``/``1÷3``) whose repository could not be confirmed (not in the
2525Azarashi/ChemNote snapshot nor among the test files of 2525Azarashi/mntb-listening); samanta-nz/com.hamyareman.ir (Persian
``MathAnswerScript.equivalent`` test not in the stored copy); K1NG-Devops/expo-app (its
``examParser`` grade test is not in that repository); RupertLinacre/brain_bombing, promptfoo,
srispace1645/TestMyNoetic, pie-framework/math-validation, Knowre-Dev/locian-algorithm,
ototonari/funtasy (already used or named by earlier sets); monstermash2008/math-tutor-3's
``math-engine.capabilities.test.ts`` (only simple positive rows; the advanced file was taken
instead).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "2525Azarashi/ChemNote"
R1_AT = "src/data/mathIntegralProblems.ts@99b61d0aa98601eb3aa8ab6caa6ba2061c3aa10e"
R2 = "hulianui/hulian"
R2_CAS = "packages/ui/src/math-field/cas.test.ts@79acab3b2b36065300af6cd1901c1d52f99a5cf1"
R2_CONTRACT = (
    "packages/ui/src/question/grade.contract.json@3f654f36d061bfaf44d848157ced0c57532093ac"
)
R3 = "Ilkin-Ibishov/tehsil-platformasi"
R3_SELF = "web/lib/verify/answer.selftest.mts@eac2c79e0a3fa140a94ebc77269805426e5c9f17"
R3_TEST = "web/lib/verify/answer.test.ts@eac2c79e0a3fa140a94ebc77269805426e5c9f17"
R4 = "monstermash2008/math-tutor-3"
R4_AT = "src/lib/__tests__/advanced-problem-types.test.ts@8cf76e611e83680ee4770c4c02cda08097668f6f"
R5 = "Relevanty/MIRL"
R5_AT = (
    "app/src/test/java/com/personal/sleepalarm/domain/model/MathAnswerParserTest.kt"
    "@ab19f1b4131655133f36db58a9f4cfb2e8201a87"
)
R6 = "diegoalirio85-sudo/estude-noah-android"
R6_AT = (
    "app/src/test/java/com/estudenoah/app/domain/MathAnswerEvaluatorTest.kt"
    "@6914113aaa0af2fff95ce68db4331fcc8720aa5a"
)

_CHEM = [
    # (sub-question id, correctAnswer = gold, first accepted form = pred); all accepted
    ("x^5/5 + C", "(x^5)/5 + C", "q_m1_1_pow_1"),
    ("-1/(2x^2) + C", "-(1/2)x^(-2) + C", "q_m1_1_pow_2"),
    ("(2/3)x√x + C", "2/3x√x + C", "q_m1_1_pow_3"),
    ("2√x + C", "2√(x) + C", "q_m1_1_pow_4"),
    ("e^x + C", "e^(x) + C", "q_m1_1_et_1"),
    ("5^x/log5 + C", "(5^x)/(log5) + C", "q_m1_1_et_2"),
    ("-2cos x - 3sin x + C", "-2cos(x) - 3sin(x) + C", "q_m1_1_et_3"),
    ("tan x + C", "tan(x) + C", "q_m1_1_et_4"),
    ("(2x+3)^5/10 + C", "(1/10)(2x+3)^5 + C", "q_m1_2_poly_1"),
    ("(2/9)(3x+1)√(3x+1) + C", "(2/9)(3x+1)^(3/2) + C", "q_m1_2_poly_2"),
    ("(1/4)log|4x-1| + C", "log|4x-1|/4 + C", "q_m1_2_poly_3"),
    ("(1/3)sin(3x-2) + C", "sin(3x-2)/3 + C", "q_m1_2_te_1"),
    ("-(1/5)e^(2-5x) + C", "-e^(2-5x)/5 + C", "q_m1_2_te_2"),
    ("(1/2)tan(2x) + C", "tan(2x)/2 + C", "q_m1_2_te_3"),
    ("(x^2+5)^4/4 + C", "(1/4)(x^2+5)^4 + C", "q_m1_3_alg_1"),
    ("(2/9)(x^3+2)√(x^3+2) + C", "(2/9)(x^3+2)^(3/2) + C", "q_m1_3_alg_2"),
    ("(1/2)e^(x^2) + C", "e^(x^2)/2 + C", "q_m1_3_alg_3"),
    ("sin^5 x/5 + C", "(1/5)sin^5 x + C", "q_m1_3_tl_1"),
    ("(log x)^4/4 + C", "(1/4)(log x)^4 + C", "q_m1_3_tl_2"),
    ("(e^x+1)^3/3 + C", "(1/3)(e^x+1)^3 + C", "q_m1_3_tl_3"),
    ("log(x^2+3) + C", "log|x^2+3| + C", "q_m1_4_b_1"),
    ("-log|cos x| + C", "-log|cos(x)| + C", "q_m1_4_b_2"),
    ("log(e^x+4) + C", "log|e^x+4| + C", "q_m1_4_b_3"),
    ("x^2/2 - x + 3log|x+1| + C", "(1/2)x^2 - x + 3log|x+1| + C", "q_m1_4_i_2"),
    ("(1/2)x e^(2x) - (1/4)e^(2x) + C", "(x/2)e^(2x) - e^(2x)/4 + C", "q_m1_5_e1_1"),
    ("-(1/3)x cos 3x + (1/9)sin 3x + C", "-x cos 3x/3 + sin 3x/9 + C", "q_m1_5_e1_2"),
    ("x log x - x + C", "x(log x - 1) + C", "q_m1_5_e2_1"),
    ("(x^3/3)log x - x^3/9 + C", "(1/3)x^3 log x - (1/9)x^3 + C", "q_m1_5_e2_2"),
    ("(1/2)e^x(sin x + cos x) + C", "e^x(sin x + cos x)/2 + C", "q_m1_6_c1_1"),
    ("(1/3)log|(x+1)/(x+4)| + C", "(1/3)(log|x+1| - log|x+4|) + C", "q_m1_7_b_1"),
    ("(8/3)log|x-1| - (5/3)log|x+2| + C", "8/3log|x-1| - 5/3log|x+2| + C", "q_m1_7_b_2"),
    ("x/2 - sin 2x/4 + C", "(1/2)x - (1/4)sin 2x + C", "q_m1_8_ev_1"),
    ("x/2 + sin 6x/12 + C", "(1/2)x + (1/12)sin 6x + C", "q_m1_8_ev_2"),
    ("sin x - sin^3 x/3 + C", "sin x - (1/3)sin^3 x + C", "q_m1_8_od_1"),
    ("-cos 2x/2 + cos^3 2x/6 + C", "-(1/2)cos 2x + (1/6)cos^3 2x + C", "q_m1_8_od_2"),
    ("-cos 7x/14 - cos 3x/6 + C", "-(1/14)cos 7x - (1/6)cos 3x + C", "q_m1_9_ps_1"),
    ("sin 5x/10 + sin 3x/6 + C", "(1/10)sin 5x + (1/6)sin 3x + C", "q_m1_9_ps_2"),
    (
        "(2x+1)^2√(2x+1)/10 - (2x+1)√(2x+1)/6 + C",
        "(1/10)(2x+1)^(5/2) - (1/6)(2x+1)^(3/2) + C",
        "q_m1_10_sl_1",
    ),
    ("π", "pi", "q_m1_10_t_1"),
    ("π/12", "pi/12", "q_m1_10_t_2"),
    ("x - log(e^x+1) + C", "x - log|e^x+1| + C", "q_m1_10_e_1"),
    ("π/4", "pi/4", "q_m2_1_k_1"),
    ("3x^2 - 2/3", "3x^2 - (2/3)", "q_m2_2_c_1"),
    ("1/3", "(1/3)", "q_m2_2_r_1"),
    ("3π/16", "(3/16)π", "q_m2_2_rec_1"),
    ("8/15", "(8/15)", "q_m2_2_rec_2"),
]

_TUTOR = [
    # (first argument = pred, second argument = gold, verdict, line: it(...) title)
    ("x² - 5x + 6", "(x - 2)(x - 3)", True, "L25: should recognize equivalent factored forms"),
    ("x² + 7x + 12", "(x + 3)(x + 4)", True, "L26: should recognize equivalent factored forms"),
    ("x² - 4x - 5", "(x - 5)(x + 1)", True, "L27: should recognize equivalent factored forms"),
    ("(x + 3)(x + 2)", "x² + 5x + 6", True, "L31: should handle quadratic expansion"),
    ("(x - 4)(x + 1)", "x² - 3x - 4", True, "L32: should handle quadratic expansion"),
    ("(2x + 1)(x - 3)", "2x² - 5x - 3", True, "L33: should handle quadratic expansion"),
    ("√(36 - 32)", "√4", True, "L78: should recognize discriminant simplification"),
    ("√4", "2", True, "L79: should recognize discriminant simplification"),
    ("(6 ± 2)/2", "4 or 2", True, "L80: should recognize discriminant simplification"),
    ("(x + y) + (x - y)", "2x", True, "L116: should recognize system simplification"),
    ("5 + 1", "6", True, "L117: should recognize system simplification"),
    ("2(y + 1) + 3y", "2y + 2 + 3y", True, "L151: should handle substitution expansion"),
    ("2y + 2 + 3y", "5y + 2", True, "L152: should handle substitution expansion"),
    ("3(x - 1)", "3x - 3", True, "L188: should handle distribution in rational equations"),
    ("2 + 3", "5", True, "L189: should handle distribution in rational equations"),
    ("3x - x", "2x", True, "L190: should handle distribution in rational equations"),
    ("4x + 2 - x² - x", "x² - 3x - 2", False, "L223: should recognize polynomial rearrangement"),
    ("x² + x - 4x - 2", "x² - 3x - 2", True, "L224: should recognize polynomial rearrangement"),
    ("(√(x + 4))²", "x + 4", True, "L254: should recognize radical equivalences"),
    ("5²", "25", True, "L255: should recognize radical equivalences"),
    ("25 - 4", "21", True, "L256: should recognize radical equivalences"),
    ("(x - 2)²", "x² - 4x + 4", True, "L278: should handle radical equation expansion"),
    (
        "2x - 1 - x² + 4x - 4",
        "x² - 6x + 5",
        False,
        "L279: should handle radical equation expansion",
    ),
    ("x² - 4x + 4 - 2x + 1", "x² - 6x + 5", True, "L282: should handle radical equation expansion"),
    ("16", "2^4", True, "L312: should recognize exponential equivalences"),
    ("27", "3^3", True, "L313: should recognize exponential equivalences"),
    ("2^x", "2^4", False, "L314: should recognize exponential equivalences"),
    ("2x - 1", "3", False, "L331: should handle exponential base conversion with expressions"),
    ("2x", "4", False, "L332: should handle exponential base conversion with expressions"),
    ("3 + 7", "10", True, "L362: should handle absolute value arithmetic"),
    ("3 - 7", "-4", True, "L363: should handle absolute value arithmetic"),
    ("9 - 1", "8", True, "L383: should handle absolute value with coefficients"),
    ("-9 - 1", "-10", True, "L384: should handle absolute value with coefficients"),
    ("8/2", "4", True, "L385: should handle absolute value with coefficients"),
    ("-10/2", "-5", True, "L386: should handle absolute value with coefficients"),
    ("(x + 3)(x - 2)", "x² - 2x + 3x - 6", True, "L395: should handle FOIL expansion"),
    ("x² - 2x + 3x - 6", "x² + x - 6", True, "L396: should handle FOIL expansion"),
    (
        "(x + 3)(x - 2) + x(x + 1)",
        "x² + x - 6 + x² + x",
        True,
        "L400: should handle complex polynomial operations",
    ),
    (
        "x² + x - 6 + x² + x",
        "2x² + 2x - 6",
        True,
        "L403: should handle complex polynomial operations",
    ),
    (
        "(2x + 1)² - (x - 3)²",
        "4x² + 4x + 1 - (x² - 6x + 9)",
        True,
        "L407: should handle difference of squares",
    ),
    (
        "4x² + 4x + 1 - x² + 6x - 9",
        "3x² + 10x - 8",
        True,
        "L410: should handle difference of squares",
    ),
    (
        "x³ - 2x² + x - (x³ + x² - 3x)",
        "x³ - 2x² + x - x³ - x² + 3x",
        True,
        "L418: should handle cubic expressions",
    ),
    ("x³ - 2x² + x - x³ - x² + 3x", "-3x² + 4x", True, "L424: should handle cubic expressions"),
    (
        "(x² - 4)/(x + 2)",
        "(x - 2)(x + 2)/(x + 2)",
        True,
        "L435: should handle factoring and canceling",
    ),
    ("(x - 2)(x + 2)/(x + 2)", "x - 2", True, "L438: should handle factoring and canceling"),
    ("(2x² + 6x)/(4x)", "2x(x + 3)/(4x)", True, "L442: should handle coefficient factoring"),
    ("2x(x + 3)/(4x)", "(x + 3)/2", True, "L443: should handle coefficient factoring"),
    (
        "(x² - 9)/(x² + 6x + 9)",
        "(x - 3)(x + 3)/(x + 3)²",
        True,
        "L447: should handle complex rational expressions",
    ),
    (
        "(x - 3)(x + 3)/(x + 3)²",
        "(x - 3)/(x + 3)",
        True,
        "L450: should handle complex rational expressions",
    ),
    (
        "(1/x + 1/y)/(1/x - 1/y)",
        "(y + x)/(xy) ÷ (y - x)/(xy)",
        True,
        "L459: should handle complex fraction simplification",
    ),
    (
        "(y + x)/(xy) ÷ (y - x)/(xy)",
        "(y + x)/(xy) × (xy)/(y - x)",
        True,
        "L465: should handle complex fraction simplification",
    ),
    (
        "(y + x)/(xy) × (xy)/(y - x)",
        "(x + y)/(y - x)",
        True,
        "L471: should handle complex fraction simplification",
    ),
    ("√(48)", "√(16 × 3)", True, "L482: should handle radical factoring"),
    ("√(16 × 3)", "4√3", True, "L483: should handle radical factoring"),
    ("√(12)", "√(4 × 3)", True, "L484: should handle radical factoring"),
    ("√(4 × 3)", "2√3", True, "L485: should handle radical factoring"),
    ("√(48) + √(12)", "4√3 + 2√3", True, "L489: should handle radical addition"),
    ("4√3 + 2√3", "6√3", True, "L490: should handle radical addition"),
    ("√(x³y²)", "√(x² × x × y²)", True, "L494: should handle variable radicals"),
    ("√(x² × x × y²)", "xy√x", True, "L495: should handle variable radicals"),
]

_HULIAN = [
    # cas.test.ts it.each: equivalent(a = answer, b = student)
    (R2_CAS, r"\frac{1}{2}", "0.5", True, "createCasComparator table: \\frac{1}{2} vs 0.5"),
    (R2_CAS, "2x+1", "1+2x", True, "createCasComparator table: 2x+1 vs 1+2x"),
    (R2_CAS, "x^2", "x", False, "createCasComparator table: x^2 vs x"),
    (R2_CAS, r"\sqrt{4}", "2", True, "createCasComparator table: \\sqrt{4} vs 2"),
    (
        R2_CAS,
        r"$\frac{1}{2}$",
        r"\frac{2}{4}",
        True,
        "createCasComparator table: $\\frac{1}{2}$ vs \\frac{2}{4}",
    ),
    (R2_CAS, "x+1", "1+x", True, "same engine instance reused: x+1 vs 1+x"),
    # grade.contract.json (answer = gold, student = pred, correct)
    (R2_CONTRACT, "7", " 7 ", True, "L1 blank: leading/trailing spaces are not wrong"),
    (R2_CONTRACT, "4<x<14", "4＜x＜14", True, "L2 blank normalize: full-width to half-width"),
    (R2_CONTRACT, "150°", r"150^\circ", True, "L2 blank normalize: Unicode symbol to LaTeX"),
    (R2_CONTRACT, r"$\sqrt{3}$", "√3", True, "L2 blank normalize: strip $ and one-token braces"),
    (
        R2_CONTRACT,
        "1、2",
        "12",
        False,
        "L2 blank normalize: folding separators must not glue two numbers",
    ),
    (
        R2_CONTRACT,
        r"\{a_n\}",
        "{a_n}",
        False,
        "L2 blank normalize: set braces are content, not grouping",
    ),
    (R2_CONTRACT, "0.5", r"\frac{1}{2}", True, "L2 blank tolerance 0: fraction parsed as a number"),
]

_TEHSIL = [
    # studentAnswerMatches(input = pred, accept = gold)
    (R3_SELF, "0.5", "0,5", True, "CASES: 0,5 vs 0.5"),
    (R3_SELF, "0.5", "1/2", True, "CASES: 1/2 vs 0.5"),
    (R3_SELF, "1/2", "0.5", True, "CASES: 0.5 vs 1/2"),
    (R3_SELF, "x=8", "x = 8", True, "CASES: x = 8 vs x=8"),
    (R3_SELF, "2 x + 1", "2x+1", True, "CASES: 2x+1 vs 2 x + 1"),
    (R3_SELF, "−3", "-3", True, "CASES: -3 vs unicode minus"),
    (R3_SELF, "3", "log_2(8)", True, "CASES: log(x, base) argument order"),
    (R3_SELF, "2", "log_3(9)", True, "CASES: log(x, base) argument order"),
    (R3_SELF, "4", "log2(16)", True, "CASES: log(x, base) argument order"),
    (R3_TEST, "3", "  3 ", True, "studentAnswerMatches: exact match after normalization"),
    (R3_TEST, "3", "7", False, "studentAnswerMatches: rejects clearly different values"),
    (R3_TEST, "2.5", "2,5", True, "studentAnswerMatches: comma-dot normalization"),
]

_MIRL = [
    # MathAnswerParser.validate(spec, input): gold = canonical of the spec, pred = input
    ("-12", "  -0012 ", True, "legacy integer accepts signs and canonicalizes leading zeroes"),
    ("-12", "12", False, "legacy integer accepts signs and canonicalizes leading zeroes"),
    (
        "{-3; 0; 7}",
        "{7; -3; 0; 7}",
        True,
        "integer set ignores order duplicates braces and separator style",
    ),
    (
        "{-3; 0; 7}",
        " 0,7,-3 ",
        True,
        "integer set ignores order duplicates braces and separator style",
    ),
    (
        "{-3; 0; 7}",
        "{-3; 0}",
        False,
        "integer set ignores order duplicates braces and separator style",
    ),
    ("∅", "{}", True, "empty integer set has canonical empty-set symbol"),
    (
        "x ∈ (-∞; -2] ∪ (5; +∞)",
        "x∈(-∞; -2] U (5; +∞)",
        True,
        "interval accepts x membership prefix infinity and U union",
    ),
    (
        "x ∈ (-∞; -2] ∪ (5; +∞)",
        "X = (-inf;-2]∪(5;inf)",
        True,
        "interval accepts x membership prefix infinity and U union",
    ),
    (
        "x ∈ (-∞; -2] ∪ (5; +∞)",
        "(-∞;-2) ∪ (5;+∞)",
        False,
        "interval accepts x membership prefix infinity and U union",
    ),
    (
        "x ∈ [0; 2]",
        "[0;1) ∪ [1;2]",
        True,
        "touching intervals merge when either touching endpoint is included",
    ),
    (
        "x ∈ [0; 2]",
        "[1;2] U [0;1]",
        True,
        "touching intervals merge when either touching endpoint is included",
    ),
    ("x ∈ (0; 1) ∪ (1; 2)", "(1;2) ∪ (0;1)", True, "touching intervals merge (punctured)"),
    ("x ∈ (0; 1) ∪ (1; 2)", "(0;2)", False, "touching intervals merge (punctured)"),
    (
        "x ∈ [0.5; 3)",
        "[0,50; 2] ∪ (2; 3)",
        True,
        "overlapping intervals and decimal spellings normalize exactly",
    ),
    (
        "x ∈ [1; 2)",
        "[1;1] ∪ (1;2)",
        True,
        "point interval joins an adjacent open interval without losing the point",
    ),
    (
        "x ∈ (-∞; 3)",
        "(-∞;1] U (1;3)",
        True,
        "interval union merges across infinity-adjacent pieces",
    ),
    (
        "(-1.5; 2)",
        "(-1,50; +2.0)",
        True,
        "ordered pair is order sensitive and accepts decimal comma with semicolon",
    ),
    (
        "(-1.5; 2)",
        "(2; -1.5)",
        False,
        "ordered pair is order sensitive and accepts decimal comma with semicolon",
    ),
]

_NOAH = [
    # MathAnswerEvaluator.evaluate(student = pred, expected = gold)
    ("24", "23", False, "wrongIntegerIsRecognized"),
    ("24", " 24 ", True, "numericFormattingIsEquivalent"),
    ("24.5", "24,50", True, "commaAndPointDecimalsAreEquivalent"),
    ("24.5 reais", "R$ 24,50", True, "monetaryAndSimpleUnitAnswersAreAcceptedNumerically"),
    ("3 lápis", "12:4=3", True, "verifiedDivisionEquationIsEquivalentToExpectedUnitAnswer"),
    ("3 lápis", "12÷4", True, "verifiedDivisionExpressionIsEquivalentToExpectedUnitAnswer"),
    ("3 lápis", "12/4=3", True, "verifiedDivisionExpressionIsEquivalentToExpectedUnitAnswer"),
    ("3 lápis", "12:4=4", False, "incorrectEquationResultIsRejected"),
    ("3 lápis", "12:3=4", False, "arithmeticResultDifferentFromExpectedIsRejected"),
]

CASES = (
    [
        _c(R1, R1_AT, gold=g, pred=p, wrap=True, expected=True, why=f"{qid}: acceptedAnswers")
        for g, p, qid in _CHEM
    ]
    + [_c(R2, at, gold=g, pred=p, wrap=True, expected=ok, why=why) for at, g, p, ok, why in _HULIAN]
    + [_c(R3, at, gold=g, pred=p, wrap=True, expected=ok, why=why) for at, g, p, ok, why in _TEHSIL]
    + [_c(R4, R4_AT, gold=g, pred=p, wrap=True, expected=ok, why=why) for p, g, ok, why in _TUTOR]
    + [_c(R5, R5_AT, gold=g, pred=p, wrap=True, expected=ok, why=why) for g, p, ok, why in _MIRL]
    + [_c(R6, R6_AT, gold=g, pred=p, wrap=True, expected=ok, why=why) for g, p, ok, why in _NOAH]
)
