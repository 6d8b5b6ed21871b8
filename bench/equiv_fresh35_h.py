r"""A thirty-fifth fresh set of answer-equivalence cases (evaluation only; helper "h": leads that
earlier helpers found by string search but had not tied to a repository).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh35_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- jjyaoao/HelloAgents ``tests/evaluation/test_smart_answer_matcher.py`` @
  45b0800c20928dedc098b0234ecd2291460fe88d (the GAIA ``SmartAnswerMatcher(llm=None,
  use_semantic=True, use_llm_judge=False).match(pred, expected).match`` asserted true / false;
  the argument order is the test's own ``(pred, exp)`` / ``predicted``, ``expected`` naming).
  The repository's LICENSE (at the snapshot 15796e8a00078cf98d3c24dc4b0e28f32c7f8677, where this
  test file no longer exists) is CC BY-NC-SA 4.0. This is the "SmartAnswerMatcher that handles
  Chinese numerals" lead.
- WalrusYT/hwcheck ``tests/test_math_check.py`` @ bca21f33ba2fc892fce21affd9f9cb69bd004e66
  (``math_check.check(kind, problem, key, student)`` recomputes the reference from the problem and
  the test asserts ``key_matches`` / ``student_matches``). Gold is the value the check compares
  against: the asserted ``reference_latex`` where the test gives one, else the problem expression
  itself (kind ``expression`` / ``number``), or the answer key for the equation rows (the key is
  asserted to match in ``test_equation_solutions_compared_as_sets``; in
  ``test_wrong_equation_solution`` the key ``3`` is the test's own key for ``2*x+1=7``). No
  license file.
- matthewhawkinsus1-crypto/mathmaster-platform @ 91d32a49e16d6bd2312fc844db082b21230a10a7
  ``tests/platform/algebraicForm.test.mjs`` (``sameValue(student, authored)`` from
  ``functions/shared/answerEquivalence.mjs``), ``tests/platform/setAnswerEquivalence.test.mjs``
  (``compareMathAnswer(student, accepted)``, which is ``sameValue`` with tolerance 1e-9, and
  ``sameValue``; a response asserted by both is one case) and
  ``tests/platform/module1StudentUiGuardrails.test.mjs`` (``compareMathAnswer``). No license
  file. (Reached from the "answerEquivalence" string search while chasing the C# lead.)
- ssoyeon8914/mathProject ``lib/problems/problems.test.ts`` @
  690f738ead1d2d257252753d0b345f5a45a7ecfc (the "maths-drill suite importing
  ``@/lib/problems/checker``" lead: a Korean primary-school drill app; vitest asserts
  ``checkAnswer(userAnswer, correctAnswer, inputType)`` true / false, argument order from
  ``lib/problems/checker.ts`` @ 7af1ec6a1ec4416b23fa3e1bc565c7dd24f27b7b). No license file in the
  stored copy (no snapshot could be fetched).
- anansi-tech/extralesson ``tests/equivalence.test.ts`` @ 6d514e4548df00ccf668c21f3a960033f98a759f
  (vitest; ``answersEquivalent(candidate, canonical)`` from ``lib/grade/equivalence.ts`` asserted
  true / false, the second argument taken as gold because ``answersEquivalentAny(candidate,
  canonical, accept)`` calls it that way; a CXC-style maths lesson app). Fixed rule: the first 60
  usable assertions in file order, the ``same`` table of function notation counted as the test
  runs it (each pair forward, then reversed); the sample ends at the forward ``fg\ne gf`` /
  ``fg ≠ gf`` row, leaving out its reverse and everything after it (rejected function pairs,
  appended-garbage rows, standard form, the v4 sections). Zero-width space and no-break space
  characters of the last section are outside the sample. No license file.

Left out, by rule: HelloAgents' non-mathematical word rows (``Paris`` / ``paris``, ``the apple``,
``hello.``, ``hello   world``, ``Paris is the capital of France``, ``united states``, ``apples are
red``, ``Paris`` vs ``London``), rows with an empty or ``None`` reference or prediction where the
other side is empty too or the gold is empty (``test_empty_ground_truth``, ``test_both_empty``,
``test_none_prediction``), the quasi-exact-only assertions of ``TestQuasiMissedCases`` (a second
matcher's verdict), and exact repeats of a (gold, pred, verdict) triple within the file
(``TestBatch`` / ``test_match_dict`` / ``TestQuasiMissedCases`` rows already asserted elsewhere);
hwcheck's multiple-choice letter and true/false rows, its ``None`` (no-opinion) rows and its
parser-safety tests; mathmaster's form-policy verdicts, which refuse an answer of equal value
because of its written form (``a different FORM of the same line is still wrong``: point-slope,
standard form, scaled, sides swapped; ``form questions above degree one are left to the author``:
``(x+2)(x+3)`` vs ``x^2+5x+6`` and the like; ``z=xy`` vs ``z=yx``; the roster written without set
braces in ``setAnswerEquivalence``), its parser-only assertions (``splitEquationSides``,
``parsePolynomial``, ``polynomialDegree``, ``looksLikeFiniteSetNotation``,
``parseFiniteSetNotation``, ``normalizeMathAnswer``), ``matchesAnyAnswer`` word answers
(``distance``, ``time elapsed``), tool-number parsing with an explicit tolerance
(``matchesNumericAnswer``) and the generated-problem ``gradeResponse`` tests (no fixed pair);
mathProject's ``normalizeRawAnswer`` test and its generated-problem self-grading loops
(``checkAnswer(p.answer, p.answer, ...)``, no fixed pair); extralesson's ``parseNumeric``
assertions, its word and prose rows (angle names such as ``obtuse angle`` / ``Obtuse angle``,
``105°, obtuse``, ``obtuse angle`` vs ``68°``, sentence-length justifications, ``hexagon`` /
``Regular hexagon`` / ``Regular pentagon``, ``acute`` vs ``interior angle``, the
``answersEquivalentAny`` accept-list rows on ``edge`` / ``line segment`` / ``vertex``, and later
``reflection in the line ...``, ``grouped data ...``, ``regular hexagon``, ``obtuse angle`` /
``obtuse``, ``the 5th term is largest``) and the exact repeats of ``2x - 4`` vs ``2(x - 2)`` /
``2x + 4`` in its ``prose comparison never hijacks algebraic comparison`` test.

Examined and not used: trafttt1-crypto/danzhitong ``tests/test_math_check.py`` (invoice arithmetic
rule checks, no answer pairs); SaplingLearn/Sapling (the ``learning.checks`` lead: the stored
``backend/learning/checks.py`` is item validation / selection; the test suite holding
``6.022 × 10^23`` could not be found within budget, and the snapshot lacks ``backend/learning``);
CroakyJake12/HavenAI (the ``Haven.Desktop.Tests`` lead: no rational-equivalence suite in the
snapshot 39f8f3c8dcda75f3558a1bb5657c9d539235486f or its history); a C# ``GenesisNova.Tests``
``AnswerEquivalenceTests`` (digits vs number words) and the ``same_answer`` suite holding
``7.3 \times 10^{-7}`` (a relative ``from .answers import`` test), whose repositories could not be
found within budget. Already used or claimed by earlier sets: Shu-ice/self_talk_learning (the
``precisionAnswerJudgment`` lead), 2525Azarashi/ChemNote and 2525Azarashi/mntb-listening (the
Japanese ``mathExpression`` test with ``2^3`` / ``23``: its ``src/utils/mathExpression.ts`` lives
in those repositories), resarytrew/PaperFlow-Stream (a Russian OCR answer-check test),
MK-Kha1il/numera, bekzod-07/burgutali, bojieli/ai-agent-book, thekasyap/thinkbot,
Knowre-Dev/locian-algorithm, ototonari/funtasy, and the MathVerifier search hits (inclusionAI/AReaL,
cklxx/slime, the GLM-V ``glmv_reward`` verifier, sol0invictus/rlvr_experiments).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "jjyaoao/HelloAgents"

R1_AT = "tests/evaluation/test_smart_answer_matcher.py@45b0800c20928dedc098b0234ecd2291460fe88d"

R2 = "WalrusYT/hwcheck"

R2_AT = "tests/test_math_check.py@bca21f33ba2fc892fce21affd9f9cb69bd004e66"

R3 = "matthewhawkinsus1-crypto/mathmaster-platform"

R3_AF = "tests/platform/algebraicForm.test.mjs@91d32a49e16d6bd2312fc844db082b21230a10a7"

R3_SA = "tests/platform/setAnswerEquivalence.test.mjs@91d32a49e16d6bd2312fc844db082b21230a10a7"

R3_MG = (
    "tests/platform/module1StudentUiGuardrails.test.mjs@91d32a49e16d6bd2312fc844db082b21230a10a7"
)

R4 = "ssoyeon8914/mathProject"

R4_AT = "lib/problems/problems.test.ts@690f738ead1d2d257252753d0b345f5a45a7ecfc"

R5 = "anansi-tech/extralesson"

R5_AT = "tests/equivalence.test.ts@6d514e4548df00ccf668c21f3a960033f98a759f"

CASES = [
    # HelloAgents SmartAnswerMatcher: match(pred, expected).match
    _c(
        R1,
        R1_AT,
        gold=r"100",
        pred=r"$ 100",
        wrap=True,
        expected=True,
        why="TestQuasiExactMatch.test_currency_removal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2500000",
        pred=r"2.5e6",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_sci_notation",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_fraction[1/2-0.5]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.75",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_fraction[3/4-0.75]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-0.5",
        pred=r"-1/2",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_fraction[-1/2--0.5]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"四十二",
        pred=r"42",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_chinese_number[42-四十二]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"100",
        pred=r"一百",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_chinese_number[一百-100]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3001",
        pred=r"三千零一",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_chinese_number[三千零一-3001]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_percentage_decimal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.1400001",
        pred=r"3.14",
        wrap=True,
        expected=True,
        why="TestNumericEquivalence.test_float_equivalence",
    ),
    # unit conversion
    _c(
        R1,
        R1_AT,
        gold=r"2000 m",
        pred=r"2 km",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_unit_equivalence[2 km-2000 m]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1500 g",
        pred=r"1.5 kg",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_unit_equivalence[1.5 kg-1500 g]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1 foot",
        pred=r"12 inches",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_unit_equivalence[12 inches-1 foot]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1 yard",
        pred=r"3 feet",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_unit_equivalence[3 feet-1 yard]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3600 seconds",
        pred=r"1 hour",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_unit_equivalence[1 hour-3600 seconds]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1 hour",
        pred=r"60 minutes",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_unit_equivalence[60 minutes-1 hour]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"150 minutes",
        pred=r"2 hours 30 minutes",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_composite_time[2 hours 30 minutes-150 minutes]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"90 minutes",
        pred=r"1 hour 30 min",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_composite_time[1 hour 30 min-90 minutes]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"9000 seconds",
        pred=r"2h 30m",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_composite_time[2h 30m-9000 seconds]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1.5 hours",
        pred=r"90 min",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_composite_time[90 min-1.5 hours]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0 C",
        pred=r"32 F",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_temperature[32 F-0 C]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"100 C",
        pred=r"212 F",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_temperature[212 F-100 C]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"32 F",
        pred=r"0 C",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_temperature[0 C-32 F]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"212 F",
        pred=r"100 C",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_temperature[100 C-212 F]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-273.15 C",
        pred=r"0 K",
        wrap=True,
        expected=True,
        why="TestUnitConversion.test_temperature[0 K--273.15 C]",
    ),
    # math expressions
    _c(
        R1,
        R1_AT,
        gold=r"1.5708",
        pred=r"pi/2",
        wrap=True,
        expected=True,
        why="TestMathExpression.test_math_expression[pi/2-1.5708]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"6.2832",
        pred=r"2*pi",
        wrap=True,
        expected=True,
        why="TestMathExpression.test_math_expression[2*pi-6.2832]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2",
        pred=r"sqrt(4)",
        wrap=True,
        expected=True,
        why="TestMathExpression.test_math_expression[sqrt(4)-2]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"2+3",
        wrap=True,
        expected=True,
        why="TestMathExpression.test_math_expression[2+3-5]",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.3333",
        pred=r"10/3",
        wrap=True,
        expected=True,
        why="TestMathExpression.test_math_expression[10/3-3.3333]",
    ),
    # semantic / edge cases with a numeric reference
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"about 42",
        wrap=True,
        expected=True,
        why="TestSemanticEquivalence.test_number_in_text",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"",
        wrap=True,
        expected=False,
        why="TestEdgeCases.test_empty_prediction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"   ",
        wrap=True,
        expected=False,
        why="TestEdgeCases.test_whitespace_only",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="TestBatch.test_batch row (42, 42)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"999",
        pred=r"100",
        wrap=True,
        expected=False,
        why="TestBatch.test_match_dict task 3 (smart_match_rate 2/3: only tasks 1-2 match)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.14159",
        pred=r"pi",
        wrap=True,
        expected=True,
        why="TestQuasiMissedCases.test_cases row (pi, 3.14159, smart True)",
    ),
]
