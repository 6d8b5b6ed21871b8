r"""A twenty-second fresh set of answer-equivalence cases (evaluation only; helper "b").

The brief's focus for this helper was answer keys written by question setters that list the
ACCEPTED alternative forms of a maths answer (UIL Number Sense keys, SAT grid-in keys, ...) and
tutoring products whose test specs assert a student answer equal or not to a key. The cases below
come from five repositories that no earlier set (nor the fresh22 claims directory) used. Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}``; every case here has ``wrap`` True) and the verdict the source asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com; the commit is the stored
snapshot's HEAD (or, for the repository read through ``read_file`` only, the stored version of
the file), and the commit that last changed the file is given below. Strings are the values the
source holds (JSON / JavaScript strings as decoded). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- kocahmet1/ultrasat (a digital-SAT practice platform), snapshot HEAD
  d4b68a22d0516901bce52843ea838a920b5a9e47; no license file in the stored tree.

  * ``scripts/data/practiceTest9Math.json`` and ``scripts/data/practiceTest10Math.json`` (both
    last changed in a49342dded81e39c73ea32c3ee1d50f212c2b3d6): question-setter answer keys of two
    maths exams (two modules each, 22 questions a module). Every row (question) of each file was
    read, in file order (44 rows per file: under the 60-row cap). Fixed rules:
    (i) grid-in ("user-input") questions: ``correctAnswer`` is the gold; from its
    ``acceptedAnswers`` list (in list order, the gold itself left out) the first two aliases that
    are exactly equal to the gold are taken, plus the first alias with a decimal point that is not
    already taken: positives. Aliases that are truncated / rounded decimals of a non-terminating
    value (SAT grid-in rule: ``.1666``, ``.1667``, ``0.166``, ``.166``, ``0.167``, ``.167`` for
    ``1/6``; ``-3.333`` for ``-10/3``; ``1.333`` for ``4/3``) are left out, as in earlier sets
    (an approximation accepted only because the key lists it). (ii) multiple-choice questions
    whose four options are all plain numbers (integers, decimals, thousands commas, percents,
    fractions, ``kπ``, ``a√b``): the correct option is the gold and the option right after it
    (the one before it when the correct option is last) is a negative; the explanation of each such
    question states that the distractor is incorrect, and the numbers differ in value. Options
    that are expressions, equations or inequalities were not used (some questions list
    equivalent forms of one function as choices, e.g. ``f(x) = x² - 6x - 27`` and
    ``f(x) = (x - 9)(x + 3)``, so a distractor there need not differ in value).
  * ``apps/web/src/__tests__/practice-exam-scoring.test.js`` (last changed in
    e0934027450a71367ba3a0f1e65f34f9adac2ecb): ``areStudentResponsesEquivalent(student,
    accepted)`` and ``isPracticeExamAnswerCorrect(question, response)`` (the question's
    ``correctAnswer`` / ``answer`` is the gold).

- mrodriguez-creator/uil-number-sense-trainer (UIL Number Sense trainer; problems digitised from
  the UIL test keys), snapshot HEAD b5848186711ea4dc7f0e946bdda6c571715542e0, MIT:
  ``uil-cleaned-problems-2026-02-08-CORRECTED.json`` (last changed in
  eb248c610b64f79e22cee31b898a0ac3ce5b6cda). The key's ``a`` field lists the accepted forms of
  an answer separated by ``;`` (``"4.375; 35/8; 4 3/8"``). Rule: every one of the 167 problems
  whose answer lists several forms (14 rows, file order); the first form is the gold and each
  other form a positive. The same (gold, prediction) pair is kept once (``.5; 1/2`` appears
  twice).
- adamisom/math-tutor-ai (an AI maths tutor), snapshot HEAD
  cb17230234aabbcebd593e13e2497aabc6304ca5, ``tests/unit/math-verification.test.ts`` (last
  changed in 72d06b8c2a8be0c7ec516b4c9827b9050a07e9ab): ``verifyCalculation(expression,
  claimed)`` (the unevaluated expression is stored as the gold), ``evaluateExpression`` (read as
  a mapping of an expression onto its value) and ``verifyEquationSolution``'s ``x = ...`` pair.
  No license file in the stored tree.
- mathes821024/number-sense-lab (a Chinese number-sense drill app), ``test/answer.test.js`` @
  9d54b39cecd4c59adf4d8476a9e3d25f863ad544 (stored version of the file; no snapshot could be
  fetched): ``judgeAnswer(relation, input).kind`` is ``correct`` / ``wrong``; the gold is the
  relation's ``canonical_answer`` (``square-17``: ``289``; ``fraction-1-2``: ``0.5``;
  ``fraction-1-8``: ``0.125``, read from the stored catalog). A LICENSE file is in the stored
  listing (not read).
- Zayan-M-Hassan/NumberSenseTutor (a UIL Number Sense trainer whose grader follows the UIL key
  conventions), snapshot HEAD 8bd040d0038b973afc02c238e01753c735d06847, ``src/lib/answer.test.ts``
  (last changed in 7cc37a8d5196896ca8d339b260e3a7e90d1f6011): ``gradeAnswer(input, key,
  {kind: 'exact'}).correct``; the key is the gold. No license file in the stored tree.
As in earlier sets, the short strings of repositories without a license file are quoted as test
data, with attribution.

Left out, by rule: pairs where the prediction is the gold string itself; multiple-choice letter or
index keys (ultrasat ``resolveMultipleChoiceKey``); approximations accepted only because a key
lists them (above; ultrasat spec ``.333`` / ``.334`` for ``1/3``) and the spec's matching
rejection of the unlisted ``0.3330``; format policies: ``"1/2 extra"`` against ``0.5`` (trailing
text), Bluebook syntax ``+2`` against ``2``, case-sensitive word answers (``triangle`` /
``triangles``), empty answers; tolerance-threshold policies (math-tutor-ai ``0.1`` vs
``0.1000001`` and ``1000000`` vs ``1000001`` accepted, ``0.1`` vs ``0.10001`` rejected);
checks that are not answer equivalence (math-tutor-ai ``verifyEquationSolution`` of an
equation such as ``2x + 5 = 13`` against ``x = 4``, ``verifyAlgebraicStep``, ``verifyDerivative``,
``verifyIntegral``, substitutions in ``evaluateExpression``); number-sense-lab's
``normalizeAnswer`` asserts (the same pairs as its ``judgeAnswer`` asserts) and empty inputs;
NumberSenseTutor's starred-question (approximate, within 5%) asserts (a tolerance policy), its
``requiredForm`` rejection of ``0.75`` for ``3/4`` (a form policy), its word answers
(``Perfect``, ``Deficient``, ``yes``) and its ``parseAnswer`` (string to float) asserts.
Key errors: two UIL rows list a form that is not equal to the others, a digitisation slip, and
those forms are left out: ``"3.25; 81/25; 3 6/25"`` (24% of 3/4 of 18 is 3.24: only ``81/25`` =
``3 6/25`` is kept) and ``"-31/3; -3 1/3"`` (g^-1(-1) = -31/3 = -10 1/3: the row is left out).

Found but not used: test files and answer banks whose repository could not be named with the
look-ups left (the rule of earlier sets): a ``valuesMatch`` suite, a ``quickValidateMath``
suite, a ``checkAnswer('0.5', '0.05*10')`` suite, a Japanese ``isAnswerCorrect`` suite
(full-width digits), a ``compareExpressions`` problem-engine suite, an ``answersEquivalent``
suite, an ``expressionsEquivalent`` suite, an ``isAnswerEquivalent`` digital-SAT suite, an
``examParser`` ``gradeAnswer`` suite, an ``answerChecker`` suite, Indonesian and Vietnamese
question banks with ``acceptedAnswers`` (``0,2`` / ``0.20`` / ``1/5``), a Hebrew bagrut lesson
with ``acceptable_answers``, a science-bowl-style list with ``(ACCEPT: 0.75)``. Read without
usable cases: Prqtection2/uil-trainer-numbersense (no key data or tests),
jorgechen/number-sensei-rails-4 (model specs only), rpdavis/jesponmath (no answer-check tests),
maxpetrusenko/ai-math-tutor, miketikh/ai-math-tutor, kylewspence/elementary-math-tutor,
wtcooper/kids-math-tutor, e-roy/ai-math-tutor, bluesam1/AI-Math-Tutor,
ai-tutor-org/math-tutor-mvp, mefrem/AI-Math-Tutor, VictorGoic0/Math-Tutoring-App,
BiscuitNick/ai-math-tutor, Alan-aiaction/math-tutor-mvp, ZackZimny/number-sense,
GsServ/number-sense-ninja, peter-hunt/number-sense, sjalkote/numbersense (no answer-equivalence
tests or accepted-form keys);
DUSSAPG/unified-math-tutor and hossain-khan/kids-math-tutor (no snapshot).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SAT = "kocahmet1/ultrasat"
SAT_HEAD = "d4b68a22d0516901bce52843ea838a920b5a9e47"
SAT_PT9 = f"scripts/data/practiceTest9Math.json@{SAT_HEAD}"
SAT_PT10 = f"scripts/data/practiceTest10Math.json@{SAT_HEAD}"
SAT_SPEC = f"apps/web/src/__tests__/practice-exam-scoring.test.js@{SAT_HEAD}"
UIL = "mrodriguez-creator/uil-number-sense-trainer"
UIL_AT = "uil-cleaned-problems-2026-02-08-CORRECTED.json@b5848186711ea4dc7f0e946bdda6c571715542e0"
TUTOR = "adamisom/math-tutor-ai"
TUTOR_AT = "tests/unit/math-verification.test.ts@cb17230234aabbcebd593e13e2497aabc6304ca5"
NSL = "mathes821024/number-sense-lab"
NSL_AT = "test/answer.test.js@9d54b39cecd4c59adf4d8476a9e3d25f863ad544"
NST = "Zayan-M-Hassan/NumberSenseTutor"
NST_AT = "src/lib/answer.test.ts@8bd040d0038b973afc02c238e01753c735d06847"

# ultrasat answer keys: (gold, pred, expected, why); see the docstring for the fixed rules.
_PT9_ROWS = [
    ("90", "126", False, "module 3 Q1 choice C: distractor choice D"),
    ("84", "504", False, "module 3 Q3 choice B: distractor choice C"),
    ("80", "80/1", True, "module 3 Q5 grid-in: listed accepted form"),
    ("80", "160/2", True, "module 3 Q5 grid-in: listed accepted form"),
    ("80", "80.0", True, "module 3 Q5 grid-in: listed accepted form"),
    ("108", "108/1", True, "module 3 Q6 grid-in: listed accepted form"),
    ("108", "216/2", True, "module 3 Q6 grid-in: listed accepted form"),
    ("108", "108.0", True, "module 3 Q6 grid-in: listed accepted form"),
    ("5", "6", False, "module 3 Q7 choice B: distractor choice C"),
    ("12", "264", False, "module 3 Q8 choice A: distractor choice B"),
    ("25%", "80%", False, "module 3 Q10 choice B: distractor choice C"),
    ("12", "17", False, "module 3 Q11 choice C: distractor choice D"),
    ("16", "16/1", True, "module 3 Q12 grid-in: listed accepted form"),
    ("16", "32/2", True, "module 3 Q12 grid-in: listed accepted form"),
    ("16", "16.0", True, "module 3 Q12 grid-in: listed accepted form"),
    ("13", "13/1", True, "module 3 Q13 grid-in: listed accepted form"),
    ("13", "26/2", True, "module 3 Q13 grid-in: listed accepted form"),
    ("13", "13.0", True, "module 3 Q13 grid-in: listed accepted form"),
    ("36", "29", False, "module 3 Q14 choice D: distractor choice C"),
    ("8", "16", False, "module 3 Q15 choice C: distractor choice D"),
    ("1/6", "2/12", True, "module 3 Q22 grid-in: listed accepted form"),
    ("1/6", "3/18", True, "module 3 Q22 grid-in: listed accepted form"),
    ("58", "90", False, "module 4 Q2 choice C: distractor choice D"),
    ("2/5", "12/25", False, "module 4 Q4 choice B: distractor choice C"),
    ("32", "32/1", True, "module 4 Q5 grid-in: listed accepted form"),
    ("32", "64/2", True, "module 4 Q5 grid-in: listed accepted form"),
    ("32", "32.0", True, "module 4 Q5 grid-in: listed accepted form"),
    ("43", "43/1", True, "module 4 Q6 grid-in: listed accepted form"),
    ("43", "86/2", True, "module 4 Q6 grid-in: listed accepted form"),
    ("43", "43.0", True, "module 4 Q6 grid-in: listed accepted form"),
    ("252", "282", False, "module 4 Q8 choice C: distractor choice D"),
    ("146", "1,460", False, "module 4 Q10 choice B: distractor choice C"),
    ("17/4", "34/8", True, "module 4 Q12 grid-in: listed accepted form"),
    ("17/4", "51/12", True, "module 4 Q12 grid-in: listed accepted form"),
    ("17/4", "4.25", True, "module 4 Q12 grid-in: listed accepted form"),
    ("8.75", "35/4", True, "module 4 Q13 grid-in: listed accepted form"),
    ("8.75", "70/8", True, "module 4 Q13 grid-in: listed accepted form"),
    ("8.75", "8.750", True, "module 4 Q13 grid-in: listed accepted form"),
    ("27", "28", False, "module 4 Q14 choice A: distractor choice B"),
    ("50", "60", False, "module 4 Q15 choice B: distractor choice C"),
    ("5", "9", False, "module 4 Q17 choice C: distractor choice D"),
    ("12π", "24π", False, "module 4 Q18 choice B: distractor choice C"),
    ("-10/3", "-20/6", True, "module 4 Q19 grid-in: listed accepted form"),
    ("-10/3", "-30/9", True, "module 4 Q19 grid-in: listed accepted form"),
    ("720", "408", False, "module 4 Q21 choice D: distractor choice C"),
    ("26", "26/1", True, "module 4 Q22 grid-in: listed accepted form"),
    ("26", "52/2", True, "module 4 Q22 grid-in: listed accepted form"),
    ("26", "26.0", True, "module 4 Q22 grid-in: listed accepted form"),
]
_PT10_ROWS = [
    ("35", "70", False, "module 3 Q1 choice B: distractor choice C"),
    ("144", "30", False, "module 3 Q2 choice D: distractor choice C"),
    ("288π", "216π", False, "module 3 Q4 choice D: distractor choice C"),
    ("11", "11/1", True, "module 3 Q5 grid-in: listed accepted form"),
    ("11", "22/2", True, "module 3 Q5 grid-in: listed accepted form"),
    ("11", "11.0", True, "module 3 Q5 grid-in: listed accepted form"),
    ("84", "84/1", True, "module 3 Q6 grid-in: listed accepted form"),
    ("84", "168/2", True, "module 3 Q6 grid-in: listed accepted form"),
    ("84", "84.0", True, "module 3 Q6 grid-in: listed accepted form"),
    ("28", "56", False, "module 3 Q8 choice A: distractor choice B"),
    ("41", "49", False, "module 3 Q9 choice C: distractor choice D"),
    ("4/3", "8/6", True, "module 3 Q12 grid-in: listed accepted form"),
    ("4/3", "12/9", True, "module 3 Q12 grid-in: listed accepted form"),
    ("5", "5/1", True, "module 3 Q13 grid-in: listed accepted form"),
    ("5", "10/2", True, "module 3 Q13 grid-in: listed accepted form"),
    ("5", "5.0", True, "module 3 Q13 grid-in: listed accepted form"),
    ("60π", "12π", False, "module 3 Q14 choice D: distractor choice C"),
    ("15", "25", False, "module 3 Q15 choice A: distractor choice B"),
    ("1", "13", False, "module 3 Q16 choice C: distractor choice D"),
    ("-5", "4", False, "module 3 Q17 choice B: distractor choice C"),
    ("63", "63/1", True, "module 3 Q19 grid-in: listed accepted form"),
    ("63", "126/2", True, "module 3 Q19 grid-in: listed accepted form"),
    ("63", "63.0", True, "module 3 Q19 grid-in: listed accepted form"),
    ("12", "4", False, "module 3 Q20 choice D: distractor choice C"),
    ("-9", "-9/1", True, "module 3 Q22 grid-in: listed accepted form"),
    ("-9", "-18/2", True, "module 3 Q22 grid-in: listed accepted form"),
    ("-9", "-9.0", True, "module 3 Q22 grid-in: listed accepted form"),
    ("18", "72", False, "module 4 Q1 choice C: distractor choice D"),
    ("12", "60", False, "module 4 Q3 choice B: distractor choice C"),
    ("1/5", "2/5", False, "module 4 Q4 choice A: distractor choice B"),
    ("15", "15/1", True, "module 4 Q5 grid-in: listed accepted form"),
    ("15", "30/2", True, "module 4 Q5 grid-in: listed accepted form"),
    ("15", "15.0", True, "module 4 Q5 grid-in: listed accepted form"),
    ("7", "11", False, "module 4 Q7 choice C: distractor choice D"),
    ("9", "6√3", False, "module 4 Q8 choice D: distractor choice C"),
    ("92%", "95%", False, "module 4 Q9 choice B: distractor choice C"),
    ("85", "125", False, "module 4 Q10 choice B: distractor choice C"),
    ("16.2", "81/5", True, "module 4 Q12 grid-in: listed accepted form"),
    ("16.2", "16.20", True, "module 4 Q12 grid-in: listed accepted form"),
    ("9", "9/1", True, "module 4 Q13 grid-in: listed accepted form"),
    ("9", "18/2", True, "module 4 Q13 grid-in: listed accepted form"),
    ("9", "9.0", True, "module 4 Q13 grid-in: listed accepted form"),
    ("35", "36", False, "module 4 Q15 choice A: distractor choice B"),
    ("720", "3,280", False, "module 4 Q16 choice C: distractor choice D"),
    ("14/5", "28/10", True, "module 4 Q19 grid-in: listed accepted form"),
    ("14/5", "42/15", True, "module 4 Q19 grid-in: listed accepted form"),
    ("14/5", "2.8", True, "module 4 Q19 grid-in: listed accepted form"),
    ("88", "104", False, "module 4 Q20 choice B: distractor choice C"),
    ("7/4", "14/8", True, "module 4 Q22 grid-in: listed accepted form"),
    ("7/4", "21/12", True, "module 4 Q22 grid-in: listed accepted form"),
    ("7/4", "1.75", True, "module 4 Q22 grid-in: listed accepted form"),
]

# ultrasat practice-exam-scoring.test.js: (gold, pred, expected, why)
_SAT_SPEC_ROWS = [
    (".5", "3/6", True, "areStudentResponsesEquivalent: exact fraction = decimal"),
    ("−0.25", "-1/4", True, "areStudentResponsesEquivalent: U+2212 minus in the key"),
    ("1/2", "0.500", True, "areStudentResponsesEquivalent: trailing zeros"),
    ("1/3", "0.3333", False, "no blanket approximation tolerance"),
    ("0.5", "0.50001", False, "no blanket approximation tolerance"),
    ("1/3", "2/6", True, "isPracticeExamAnswerCorrect: unreduced fraction"),
    ("3/4", "6/8", True, "isPracticeExamAnswerCorrect (fraction input, accepted ['.75'])"),
    ("2.5", "10/4", True, "isPracticeExamAnswerCorrect (accepted ['5/2'])"),
]

# UIL Number Sense key: (gold = first listed form, pred = another listed form, problem)
_UIL_ROWS = [
    ("4.375", "35/8", "Test A 2026 #8, arithmetic mean"),
    ("4.375", "4 3/8", "Test A 2026 #8, arithmetic mean (mixed number)"),
    ("2.25", "9/4", "Test A 2026 #35, 3² ÷ 1.5² × 0.75²"),
    ("2.25", "2 1/4", "Test A 2026 #35 (mixed number)"),
    ("1.5", "3/2", "Test A 2026 #54, midpoint p + q"),
    ("1.5", "1 1/2", "Test A 2026 #54 (mixed number)"),
    (".5", "1/2", "Test A 2026 #72, 5C2 = k × 5P2"),
    ("-1.6", "-8/5", "Test A 2026 #75, slope"),
    ("-1.6", "-1 3/5", "Test A 2026 #75 (negative mixed number)"),
    (".25", "1/4", "Study Packet A 2025 #2, 1/10 ÷ 0.4"),
    ("9.6", "48/5", "Study Packet A 2025 #6"),
    ("9.6", "9 3/5", "Study Packet A 2025 #6 (mixed number)"),
    ("81/25", "3 6/25", "Study Packet A 2025 #16, 24% of 3/4 of 18 (key's 3.25 left out)"),
    ("2.5", "5/2", "Study Packet A 2025 #18, median + mode"),
    ("2.5", "2 1/2", "Study Packet A 2025 #18 (mixed number)"),
    ("1444/35", "41 9/35", "Study Packet A 2025 #32, 5 3/7 × 7 3/5 (mixed number)"),
    ("1.5625", "25/16", "Study Packet A 2025 #33, double root k"),
    ("1.5625", "1 9/16", "Study Packet A 2025 #33 (mixed number)"),
    ("-.4", "-2/5", "Study Packet A 2025 #69, determinant k"),
]

# math-tutor-ai math-verification.test.ts: (gold, pred, expected, why)
_TUTOR_ROWS = [
    ("x = 0.0002", "x = 0.0003", False, "verifyEquationSolution: 50% relative error"),
    ("8 * 5", "40", True, "verifyCalculation: correct calculation"),
    ("8 * 5", "35", False, "verifyCalculation: incorrect calculation"),
    ("3.5 * 2", "7", True, "verifyCalculation: decimal calculation"),
    ("8 × 5", "40", True, "verifyCalculation: × operator"),
    ("8 ÷ 2", "4", True, "verifyCalculation: ÷ operator"),
    ("3/4 + 1/2", "5/4", True, "verifyCalculation: fraction addition"),
    ("3/4 + 1/2", "5/6", False, "verifyCalculation: wrong fraction addition"),
    ("3/4 + 1/2", "5", False, "verifyCalculation: wrong fraction addition (claiming 5)"),
    ("5/4 - 1/2", "3/4", True, "verifyCalculation: fraction subtraction"),
    ("2/3 * 3/4", "1/2", True, "verifyCalculation: fraction multiplication"),
    ("(1/2) / (1/4)", "2", True, "verifyCalculation: fraction division"),
    ("1 + 1/2", "3/2", True, "verifyCalculation: whole plus fraction"),
    ("0.0002", "0.0003", False, "verifyCalculation: 50% relative error"),
    ("2 1/3 + 1 1/2", "23/6", True, "verifyCalculation: mixed numbers"),
    ("2 1/3 + 1 1/2", "4", False, "verifyCalculation: wrong mixed-number sum"),
    ("1 1/2 + 1 1/4", "2 3/4", True, "verifyCalculation: mixed number claimed"),
    ("3 * 4 + 5", "17", True, "evaluateExpression: result '17'"),
]

# number-sense-lab test/answer.test.js: (gold = canonical_answer, pred, expected, why)
_NSL_ROWS = [
    ("289", "0289", True, "square-17: leading zero"),
    ("289", "289.0", True, "square-17: trailing .0"),
    ("289", "288", False, "square-17: wrong"),
    ("0.5", "0.50", True, "fraction-1-2 (1/2 = ?): trailing zero"),
    ("0.5", ".5", True, "fraction-1-2: no leading zero"),
    ("0.5", "0.500", True, "fraction-1-2: trailing zeros"),
    ("0.125", ".125", True, "fraction-1-8 (1/8 = ?): no leading zero"),
    ("0.125", "0.1250", True, "fraction-1-8: trailing zero"),
]

# NumberSenseTutor src/lib/answer.test.ts, gradeAnswer(input, key, exact): (gold, pred, ok, why)
_NST_ROWS = [
    ("4/3", "1 1/3", True, "every listed UIL key form of 4/3"),
    ("7/2", "3.5", True, "3.5, 7/2 and 3 1/2 for the same answer"),
    ("7/2", "3 1/2", True, "3.5, 7/2 and 3 1/2 for the same answer"),
    ("3/4", ".75", True, ".75 and 3/4 interchangeably"),
    (".75", "3/4", True, ".75 and 3/4 interchangeably"),
    ("35 1/16", "35.0625", True, "mixed-number key (4 1/4 x 8 1/4)"),
    ("35 1/16", "561/16", True, "mixed-number key (4 1/4 x 8 1/4)"),
    ("-25/16", "-1.5625", True, "negative mixed numbers"),
    ("-25/16", "-1 9/16", True, "negative mixed numbers"),
    ("2454", "2,454", True, "ignores commas"),
    ("15.15", "$15.15", True, "ignores currency symbols"),
    ("2/3", "0.666", False, "repeating-decimal approximation rejected"),
    ("2/3", "0.667", False, "repeating-decimal approximation rejected"),
    ("2/3", ".6666666667", False, "repeating-decimal approximation rejected"),
    ("2/3", "4/6", True, "unreduced fraction accepted"),
    ("3/4", "0.75", True, "terminating decimal accepted"),
    ("1/16", "0.0625", True, "terminating decimal accepted"),
    ("√2", "1.414", False, "decimal approximation of an irrational answer rejected"),
    ("infinity", "inf", True, "alias for infinity"),
    ("infinity", "∞", True, "alias for infinity"),
    ("infinity", "-infinity", False, "opposite sign of infinity"),
]

CASES: list[dict] = [
    _c(SAT, SAT_PT9, gold, pred, True, ok, f"SAT practice test 9 key, {why}")
    for gold, pred, ok, why in _PT9_ROWS
]
CASES += [
    _c(SAT, SAT_PT10, gold, pred, True, ok, f"SAT practice test 10 key, {why}")
    for gold, pred, ok, why in _PT10_ROWS
]
CASES += [_c(SAT, SAT_SPEC, gold, pred, True, ok, why) for gold, pred, ok, why in _SAT_SPEC_ROWS]
CASES += [
    _c(UIL, UIL_AT, gold, pred, True, True, f"UIL Number Sense key accepts both forms: {why}")
    for gold, pred, why in _UIL_ROWS
]
CASES += [_c(TUTOR, TUTOR_AT, gold, pred, True, ok, why) for gold, pred, ok, why in _TUTOR_ROWS]
CASES += [
    _c(NSL, NSL_AT, gold, pred, True, ok, f"judgeAnswer: {why}")
    for gold, pred, ok, why in _NSL_ROWS
]
CASES += [
    _c(NST, NST_AT, gold, pred, True, ok, f"gradeAnswer (UIL key rules): {why}")
    for gold, pred, ok, why in _NST_ROWS
]
