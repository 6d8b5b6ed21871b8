r"""A forty-third fresh set of answer-equivalence cases (evaluation only; helper "c": answer
checkers of non-English school platforms: a Chinese primary-maths teaching MVP and a Hong Kong
homework-marking bot, both with Chinese answer forms such as 平方厘米 units, 和 ("and") in two-part
answers, 又 mixed numbers and quotient…remainder answers).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh43_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- MathsionYang/AITeacher ``scripts/run_mvp_checks.js``
  @ 11cd7d3a81eefb22e15516cb8060d0ff924b5053 (an AI Teacher MVP for PEP-edition primary maths,
  grades 3-6, in Chinese; the script is its own test: ``assert.equal(ruleEngine.isCorrectAnswer(
  submitted, expected), true/false)``. The argument order was read in ``rule-engine.js``
  @ 4b0e0f8128a51e789ed66da515e243c1e6f2fe0d: ``function isCorrectAnswer(submitted,
  expected)``, so the second argument is the gold). All six ``isCorrectAnswer`` assertions are
  taken. No LICENSE file in the index listing of the repository.
- violinkwai-afk/hk-homework-check (a Hong Kong primary homework-marking bot: OCR of a worksheet
  photo, then deterministic verifiers, in Cantonese/Chinese and English). No snapshot could be
  fetched; read through the file index. No LICENSE file seen in the index listings (js, md).

  * ``test/new-question-types.test.js`` @ 05a04bf20927dc73c1f768f5c0ddcd49722e7d15: every
    ``verifyMath(printedQuestion, studentAnswer)`` test from character 60,000 to the end of this
    version (the mixed-number section and the two division-with-remainder sections),
    ``assert.equal(r.correct, true/false)``.
  * ``test/wrong-answer-explanations.test.js`` @ 2d4c285c684bc13651ebe315a1f808e9d574401f (one
    stored version): every ``verifyMath`` test with a binary verdict.

  ``verifyMath`` computes the correct answer from the printed expression itself, so ``gold`` is
  that value as the test states it or as it follows from the printed expression: the
  ``correctAnswer`` the test asserts where there is one (``7``, ``10``, ``7...2``); for the
  quotient-and-remainder questions ``87÷6`` and ``71÷6`` the form the grader's own explanation
  asserts (``87÷6 = 14...3``, quotient 14 remainder 3), i.e. ``14...3`` and ``11...5``; for the
  fraction expressions the exact value of the printed expression written as a reduced fraction
  (``1又1/2+2又1/3=`` is 23/6, ``1/2+1=`` is 3/2, ``1-3又1/2=`` is -5/2, ``3又1/2-1又1/4=`` is
  9/4). ``why`` names the printed question. ``又`` joins the whole part and the fraction of a
  mixed number (``1又1/2`` = 1 1/2).

Left out, by rule: hk-homework-check's question-type solvers (word problems, number-word
conversion, sequences, sorting, missing digits, comparison symbols, time-format conversion,
multiple-choice letters, grammar cloze, word banks, …): those tests check that a solver reads a
printed question, not how two answers compare, and ``mark.test.js`` (the end-to-end OCR pipeline
with mocked model responses, 198,000 characters); verdicts of ``null`` (declined) and the
``assert.notEqual(r.correct, false)`` prose case; the multi-sub-answer ``5+2=8;3+3=7`` test;
``parseSignedStudentNumber`` / ``evalArithmetic`` / ``parseNumericAnswer`` parser tests; and a
duplicate of the pair ``87÷6`` / ``14…5`` (in both test files; kept once). The two earlier
``verifyMath("1/2+1/4=", …)`` tests were read only in an older stored copy whose commit the
index did not give, so they are left out.

Examined and not used: a Japanese 中学受験 app's ``AnswerJudgmentTestSuite`` (a 回答判定 test
list of student/correct pairs with 全角 digits, ``1,000``, ``50%``) whose repository could not be
identified from the index; violinkwai-afk's ``mark.test.js`` (see above). Already used or claimed
(skipped): g1y5x3/llm_gaokao, ototonari/funtasy (fetched before the check, not read),
Knowre-Dev/locian-algorithm, annilq/openedu, aoaoAi2026/study-math, Yuta-dango/llm-math,
edbpede/math, D0bledore/code-math, aleksadvaisly/matma.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "MathsionYang/AITeacher"
R1_AT = "scripts/run_mvp_checks.js@11cd7d3a81eefb22e15516cb8060d0ff924b5053"
R2 = "violinkwai-afk/hk-homework-check"
R2_AT = "test/new-question-types.test.js@05a04bf20927dc73c1f768f5c0ddcd49722e7d15"
R2B_AT = "test/wrong-answer-explanations.test.js@2d4c285c684bc13651ebe315a1f808e9d574401f"

CASES = [
    # --- MathsionYang/AITeacher: ruleEngine.isCorrectAnswer(submitted, expected)
    _c(
        R1,
        R1_AT,
        gold=r"24",
        pred=r"24 平方厘米",
        wrap=True,
        expected=True,
        why="isCorrectAnswer('24 平方厘米', '24'): unit (square centimetres) on the submitted answer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"8",
        pred=r"x = 8",
        wrap=True,
        expected=True,
        why="isCorrectAnswer('x = 8', '8')",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="isCorrectAnswer('1/2', '0.5')",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.1",
        pred=r"10%",
        wrap=True,
        expected=True,
        why="isCorrectAnswer('10%', '0.1')",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25和35",
        pred=r"25 和 35",
        wrap=True,
        expected=True,
        why="isCorrectAnswer('25 和 35', '25和35'): two-part answer joined by 和 ('and')",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25和35",
        pred=r"25 和 36",
        wrap=True,
        expected=False,
        why="isCorrectAnswer('25 和 36', '25和35') is false: second part wrong",
    ),
    # --- violinkwai-afk/hk-homework-check: verifyMath(printed, student), mixed-number section;
    # gold = exact value of the printed expression
    _c(
        R2,
        R2_AT,
        gold=r"5/6",
        pred=r"5/6",
        wrap=True,
        expected=True,
        why="verifyMath('1/2+1/3=', '5/6'): plain fraction addition (gold = value of 1/2+1/3)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"23/6",
        pred=r"23/6",
        wrap=True,
        expected=True,
        why="verifyMath('1又1/2+2又1/3=', '23/6') (gold = value of the printed expression)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"23/6",
        pred=r"4",
        wrap=True,
        expected=False,
        why="verifyMath('1又1/2+2又1/3=', '4') is false: wrong student answer",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/2",
        pred=r"1又1/2",
        wrap=True,
        expected=True,
        why="verifyMath('1/2+1=', '1又1/2'): mixed number in the Chinese 又 form (gold = 1/2+1)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why="verifyMath('1/2+1=', '1 1/2'): mixed number in the space form (gold = 1/2+1)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-5/2",
        pred=r"-2又1/2",
        wrap=True,
        expected=True,
        why="verifyMath('1-3又1/2=', '-2又1/2'): negative mixed number (gold = 1-7/2)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/4",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="verifyMath('3/4', '3/4'): bare fraction as printed expression and answer",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"9/4",
        pred=r"2又1/4",
        wrap=True,
        expected=True,
        why="verifyMath('3又1/2-1又1/4=', '2又1/4'): mixed numbers on both sides (gold = 7/2-5/4)",
    ),
    # division with remainder: the student's answer is the whole equation (Ticket 27)
    _c(
        R2,
        R2_AT,
        gold=r"7...2",
        pred=r"30÷4=7...2",
        wrap=True,
        expected=True,
        why="verifyMath('Ivy takes 4 minutes to fold a paper crane...', '30÷4=7...2'); gold is "
        "the correctAnswer '7...2' asserted by the sibling test",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"7...2",
        pred=r"30÷4=7...3",
        wrap=True,
        expected=False,
        why="verifyMath('...', '30÷4=7...3') is false, correctAnswer '7...2': wrong remainder",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"7...2",
        pred=r"30÷4=6...2",
        wrap=True,
        expected=False,
        why="verifyMath('...', '30÷4=6...2') is false: wrong quotient",
    ),
    # bare 'quotient…remainder' answer to a bare division (Ticket 43); gold in the grader's own
    # explanation form '87÷6 = 14...3'
    _c(
        R2,
        R2_AT,
        gold=r"14...3",
        pred=r"14…3",
        wrap=True,
        expected=True,
        why="verifyMath('87÷6', '14…3'): quotient 14 remainder 3, ellipsis character",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11...5",
        pred=r"11…5",
        wrap=True,
        expected=True,
        why="verifyMath('71÷6', '11…5'): quotient 11 remainder 5",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"14...3",
        pred=r"14…5",
        wrap=True,
        expected=False,
        why="verifyMath('87÷6', '14…5') is false: 'true remainder is 3, not 5'",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"14...3",
        pred=r"14...3",
        wrap=True,
        expected=True,
        why="verifyMath('87÷6', '14...3'): plain ASCII dots accepted too",
    ),
    # --- wrong-answer-explanations.test.js
    _c(
        R2,
        R2B_AT,
        gold=r"7",
        pred=r"5+2=8",
        wrap=True,
        expected=False,
        why="verifyMath('', '5+2=8') is false, correctAnswer '7': wrong full equation",
    ),
    _c(
        R2,
        R2B_AT,
        gold=r"7",
        pred=r"5+2=7",
        wrap=True,
        expected=True,
        why="verifyMath('', '5+2=7'): correct full equation (gold = 5+2)",
    ),
    _c(
        R2,
        R2B_AT,
        gold=r"10",
        pred=r"9",
        wrap=True,
        expected=False,
        why="verifyMath('4+6=', '9') is false, correctAnswer '10'",
    ),
    _c(
        R2,
        R2B_AT,
        gold=r"9",
        pred=r"8",
        wrap=True,
        expected=False,
        why="verifyMath('54÷□=6', '8') is false; gold is the missing number 9 named in the test's "
        "comment (its asserted correctAnswer '6.75' is 54÷8, the grader's reconstruction)",
    ),
]
