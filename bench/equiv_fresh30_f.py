r"""A thirtieth fresh set of answer-equivalence cases (evaluation only; helper "f": answer
checkers of Chinese, Japanese and Korean school-maths practice apps - their own test assertions
on a reference answer and a student's typed answer).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh30_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values the program reads: full-width
digits and signs (``７８．５``, ``－5``, ``２／４``), Unicode minus ``−``, Chinese / Japanese /
Korean mixed numbers and angles (``3又1/2``, ``1と1/2``, ``2과5/8``, ``2와 1/3``, ``36度15分``),
units (``12厘米``, ``5kg``) and surrounding spaces are kept as written. Every prediction here is a
bare typed answer (``wrap`` True). Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- annilq/openedu ``backend/tests/domain/test_numeric.py``
  @ 39273ea565fdf2e9e2d39fcf4732913c5d6ba3bb (a Chinese K-12 teaching platform's numeric
  answer primitive, ADR-0071: ``numeric_equal(reference, student) is True / False``; the test
  comments name the first argument the standard answer and the second the student's, e.g.
  "学生省略单位，按厘米理解"). Read through the file index (no snapshot could be fetched); no
  LICENSE in the index.
- Mio839/MEC ``_work/test_calc_input.js`` @ 18e8230679916ea82f88aa92877ecf6342f22a9d (a Japanese
  national-examination past-paper study app; calculation answers are typed digit by digit into
  boxes and ``M.grade(card).correct`` is asserted against the card's ``計算答：…`` label; ``gold``
  is the label's number, ``pred`` the entered digits as the grader displays them, ``g.display``:
  the digits with the label's decimal point put back, e.g. boxes ``4``,``0``,``0`` for
  ``計算答：0.40`` show ``4.00``; the full-width boxes ``３``,``６`` are kept full-width). The
  fetched snapshot (3db9ccbfbb16cffaf589b7122156d5341f34b88c) predates the test file; no license
  file in it.
- codechord123/mablemarble (a Korean classroom quiz board game; vitest; read through the file
  index, no snapshot; no LICENSE in the index):
  ``tests/questionPicker.test.js`` @ 2180fdd10b4f86ed502a7f0d273fcf3212fb530c
  (``isCorrect({type: 'short_answer', answer}, input)``; Korean mixed numbers are written
  ``2과5/8``) and ``tests/fractionDrill.test.js`` @ 574e7ea3cb74d59498e06105717922f3e9b58703
  (``grade({value: frac(n, d)}, input)`` is ``'correct'`` / ``'wrong'``; the key ``frac(28, 5)``
  is stored as ``28/5`` and ``frac(6)`` as ``6``).
- nao0326-crazy/math-training-app ``src/utils/answer.test.ts``
  @ 6218c04ffd0658e932424705f848d096ea85f737 (a Japanese elementary maths training app;
  ``answersEqual(a, b)`` on two structured answers and ``checkUserAnswer(input, answer)``; a
  structured answer is written as the project's own ``formatAnswer`` writes it in the same file:
  ``{kind: 'mixed', whole: 1, numerator: 1, denominator: 2}`` as ``1と1/2``, a fraction as
  ``3/4``; the decimal ``5.0`` of ``answersEqual`` is kept as written in the source). Read through
  the file index, no snapshot; no LICENSE in the index.
- ysoftman/mykid-math ``src/utils/answer.test.ts`` @ 011bbf198ba931025b0ab52fa5f1e9ccb54578b4 (a
  Korean children's maths app; bun test; ``checkAnswer(problem, input)`` is ``'correct'`` /
  ``'wrong'`` / ``'empty'``; ``'correct'`` = True, ``'wrong'`` and ``'empty'`` (nothing usable
  typed: ``''``, ``'/4'``, ``'  '``, ``'.'``) = False; the key ``{num: 3, den: 1}`` is stored as
  ``3``, which is what the file's ``formatAnswer`` shows for it). Read through the file index, no
  snapshot; no LICENSE in the index.
- yerin-benny/magic-courier ``tests/grade.test.js`` @ 7bd614d85080cebe5ba3fb3b92761b135e80ef39 (a
  Korean fraction-practice game; ``gradeAnswer(input(whole, num, den), key).status`` is
  ``GRADE.CORRECT`` / ``GRADE.WRONG``). The student's answer is three boxes; ``pred`` writes them
  the way the test titles do: a lone whole number as ``56``, an empty whole box as ``n/d``, and a
  filled whole box as a Korean mixed number ``2와 1/3`` / ``1과 1/3`` / ``0과 3/4`` (``와`` after a
  vowel-final numeral, ``과`` after a consonant-final one, as in the titles' ``2와 1/3``,
  ``5와 1/4``, ``1과 4/3``). The key ``r(n, d)`` is stored as ``n/d`` (``r(56)`` as ``56``), the
  display key ``makeFraction({num: 12, den: 14})`` as ``12/14``. Read through the file index, no
  snapshot; no LICENSE in the index.

- milixw/xuequ ``tests/answer.test.js`` @ 1be4ec91cbe8ea26df14f06b0ab53bb1f7dcd3b7 (a Chinese
  middle-school maths / study site; ``A.checkBlank(blank(kind, key), input).ok`` for the fill-in
  blank kinds ``num`` / ``nums`` / ``expr`` / ``angle`` / ``text``, asserted ``应判对`` / ``应判错``;
  also two ``Frac.of(a).eq(b)`` equalities of the same checker's number parser and the per-blank
  verdicts of ``checkQuestion`` on a two-blank fill question). The key is stored as written
  (``-3/4``, ``2a+3b``, ``36°15'``, ``>``); the two-value key ``['3', '-3']`` is stored as
  ``3, -3``. Read through the file index (no snapshot); MIT (``LICENSE``
  @ 3e2d6d545043f6fa2fbb3ea3fb1927be7a7b896e, "本协议适用于代码：index.html、src/、tests/"). Five
  other stored versions of the file exist; a longer one (ratios, surds, factorisation, rational
  expressions, inequalities) could not be pinned to a commit from the index, so only this
  version is used.

- dragonpig9/interactive ``src/lib/core.test.ts`` @ 781e507121f9cd593b798afceb06fb78564d068e (a
  Hong Kong tutor's worksheet-practice app, Traditional Chinese vocabulary and primary maths;
  vitest: ``numberMatches(response, key)``, ``textMatches(response, key, alternatives)`` with an
  accepted-alternatives list, and the exact-fraction parser's ``parseNumber(s).eq(new Frac(n,
  d))``, whose ``Frac`` is stored as ``n/d``). Read through the file index (no snapshot); no
  LICENSE in the index.

Left out, by rule: strict-format policies about an equal value - Mio839's ``0.4`` for
``0.40`` (trailing zero left out, "本番のマークシートと同じ"), mablemarble's unreduced ``3/9`` /
``10/24`` and ``'unreduced'`` grades, mykid-math's ``'unreduced'`` grades (``6/8``, ``6/2``) and
magic-courier's ``NEEDS_REDUCE`` grades (``6/8``, ``2와 2/4``, ``1과 4/3``, ``56, 0/1`` ...),
which are neither right nor wrong, and xuequ's ``simplified: true`` rejections of the equal
``3x+2x-2`` and ``5(x-1)+3`` for ``5x-2``; xuequ's ``.error`` hints (unreadable, empty or
incomplete input, minutes over 60) that assert no verdict and its choice / multi-choice
``checkQuestion`` cases; magic-courier's ``REJECTED`` inputs (zero denominator, empty
or half-filled boxes, non-digits: the app refuses the input instead of grading it) and its type-E
two-part (reciprocal + result) grading; openedu's ``numeric_equal("1/3", "0.333", eps=5e-3)``
(a non-default tolerance; the default-tolerance ``False`` twin is kept) and its parse-only tests;
multiple-choice index / O-X cases and word answers (interactive's ``Cat.`` / ``媽媽。``, mablemarble's ``독도`` / ``울릉도`` /
``추하다,못생기다``, openedu ``test_grader.py``'s fruit-name choices); mykid-math's
``num(0.1 + 0.2)`` key (a floating-point artefact, 0.30000000000000004, not a written answer);
normalisation-only and formatting tests, expression evaluation (``evaluate('0.1 + 0.2')``) and
answer drafting; a duplicate of one pair written with spaces inside
magic-courier's boxes (``' 2 ', ' 1', '3 '``), which reads the same as ``2와 1/3``, and
math-training-app's ``answersEqual`` twin of the ``checkUserAnswer`` pair ``1と1/2`` / ``3/2``
(kept once).

Examined and not used: KivenCyril/MathGrader (its stored tests check metadata of a verdict
engine, not answers); shihu-14/kyotsutest-sim (a 共通テスト mark-sheet simulator: choice numbers
only); zka32101/sansu-kore and qordydrhks/malhaneun-suhak (no test files in the index). Already
used by earlier sets, so skipped: weimaraner69-crypto/education_app_withClaude_20260701,
hyao123/mathlearning, ototonari/funtasy, Shu-ice/self_talk_learning, aoaoAi2026/study-math,
yutogasaki/sansu. Hits that could not be named within the look-up budget were not used: a Hong
Kong primary-workbook marker's ``verifyMath(printedExpression, answer)`` tests (the key is
computed from the printed question, not given), a Chinese K-12 ``safe_math_equal`` /
``normalize_answer`` test (``app/grading.py``; 85 repositories hold that path), a Hong Kong /
Taiwan primary-maths ``chkAns(student, answer)`` vitest file (units 個 / 分鐘 / 公斤, ``5餘2``,
``1又1/2``; importing ``../core.js``, not found under the guessed test paths).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "annilq/openedu"
R1_AT = "backend/tests/domain/test_numeric.py@39273ea565fdf2e9e2d39fcf4732913c5d6ba3bb"
R2 = "Mio839/MEC"
R2_AT = "_work/test_calc_input.js@18e8230679916ea82f88aa92877ecf6342f22a9d"
R3 = "codechord123/mablemarble"
R3_AT = "tests/questionPicker.test.js@2180fdd10b4f86ed502a7f0d273fcf3212fb530c"
R3B_AT = "tests/fractionDrill.test.js@574e7ea3cb74d59498e06105717922f3e9b58703"
R4 = "nao0326-crazy/math-training-app"
R4_AT = "src/utils/answer.test.ts@6218c04ffd0658e932424705f848d096ea85f737"
R5 = "ysoftman/mykid-math"
R5_AT = "src/utils/answer.test.ts@011bbf198ba931025b0ab52fa5f1e9ccb54578b4"
R6 = "yerin-benny/magic-courier"
R6_AT = "tests/grade.test.js@7bd614d85080cebe5ba3fb3b92761b135e80ef39"
R7 = "milixw/xuequ"
R7_AT = "tests/answer.test.js@1be4ec91cbe8ea26df14f06b0ab53bb1f7dcd3b7"
R8 = "dragonpig9/interactive"
R8_AT = "src/lib/core.test.ts@781e507121f9cd593b798afceb06fb78564d068e"

CASES = [
    # --- annilq/openedu: numeric_equal(reference, student) (Chinese K-12, units and fractions)
    _c(
        R1,
        R1_AT,
        gold=r"12厘米",
        pred=r"12",
        wrap=True,
        expected=True,
        why="test_length_with_bare_number_equal: student left out the unit",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12厘米",
        pred=r"0.12米",
        wrap=True,
        expected=True,
        why="test_cross_unit_length_equivalence: cm vs m",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12厘米",
        pred=r"120毫米",
        wrap=True,
        expected=True,
        why="test_cross_unit_length_equivalence: cm vs mm",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.12米",
        pred=r"120毫米",
        wrap=True,
        expected=True,
        why="test_cross_unit_length_equivalence: m vs mm",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="test_fraction_forms_equivalent",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_fraction_forms_equivalent",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2/4",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_fraction_forms_equivalent",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3又1/2",
        pred=r"3.5",
        wrap=True,
        expected=True,
        why="test_mixed_number_equivalent: Chinese 又 mixed number",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/3",
        pred=r"0.333",
        wrap=True,
        expected=False,
        why="test_third_vs_decimal_loose_tolerance: not equal under the default tolerance",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5个",
        pred=r"5",
        wrap=True,
        expected=True,
        why="test_counting_unit_equivalent_to_bare: counting unit 个",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5cm",
        pred=r"5kg",
        wrap=True,
        expected=False,
        why="test_dimension_incompatible_false",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5厘米",
        pred=r"5千克",
        wrap=True,
        expected=False,
        why="test_dimension_incompatible_false: Chinese unit names",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5cm",
        pred=r"5",
        wrap=True,
        expected=True,
        why="test_incompatible_not_equal_to_bare_of_other_dim: student left out the unit",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5kg",
        pred=r"5g",
        wrap=True,
        expected=False,
        why="test_incompatible_not_equal_to_bare_of_other_dim: same dimension, other magnitude",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x=5",
        pred=r"5",
        wrap=True,
        expected=False,
        why="test_non_numeric_not_equal: x=5 is not parsed as a number",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"π",
        pred=r"3.14",
        wrap=True,
        expected=False,
        why="test_non_numeric_not_equal",
    ),
    # --- Mio839/MEC: digit-box calculation answers of a Japanese national-exam study app
    _c(
        R2,
        R2_AT,
        gold=r"2.0",
        pred=r"2.0",
        wrap=True,
        expected=True,
        why="完全一致で正解: boxes 2, 0",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2.0",
        pred=r"2.1",
        wrap=True,
        expected=False,
        why="1桁違えば不正解: boxes 2, 1",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"36",
        pred=r"３６",
        wrap=True,
        expected=True,
        why="全角で入力しても正解になる: full-width boxes ３, ６",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"0.40",
        pred=r"0.40",
        wrap=True,
        expected=True,
        why="0 埋めした入力を数値として丸めない: boxes 0, 4, 0",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"0.40",
        pred=r"4.00",
        wrap=True,
        expected=False,
        why="0 埋めした入力を数値として丸めない: boxes 4, 0, 0 (040 は 40 と別物)",
    ),
    # --- codechord123/mablemarble: isCorrect short answers (Korean 과 mixed numbers)
    _c(
        R3,
        R3_AT,
        gold=r"1과7/10",
        pred=r"17/10",
        wrap=True,
        expected=True,
        why="대분수 답을 가분수로 입력해도 정답",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"2과5/8",
        pred=r"21/8",
        wrap=True,
        expected=True,
        why="대분수 답을 가분수로 입력해도 정답",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"17/10",
        pred=r"1과7/10",
        wrap=True,
        expected=True,
        why="가분수 답을 대분수로 입력해도 정답",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"21/8",
        pred=r"2과5/8",
        wrap=True,
        expected=True,
        why="가분수 답을 대분수로 입력해도 정답",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"5/12",
        pred=r"0과5/12",
        wrap=True,
        expected=True,
        why="자연수 0을 포함한 대분수 입력도 정상 처리",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"2",
        pred=r"2",
        wrap=True,
        expected=True,
        why="자연수 답을 분수/대분수 박스로 입력해도 정답",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"2",
        pred=r"10/5",
        wrap=True,
        expected=True,
        why="자연수 답을 분수/대분수 박스로 입력해도 정답: 10/5 accepted",
    ),
    # fractionDrill: grade({value: frac(...)}, input)
    _c(
        R3,
        R3B_AT,
        gold=r"28/5",
        pred=r"5과3/5",
        wrap=True,
        expected=True,
        why="채점 정답·오답: key frac(28, 5), mixed-number input",
    ),
    _c(
        R3,
        R3B_AT,
        gold=r"28/5",
        pred=r"28/5",
        wrap=True,
        expected=True,
        why="채점 정답·오답: 기약 가분수도 인정",
    ),
    _c(
        R3,
        R3B_AT,
        gold=r"28/5",
        pred=r"5과2/5",
        wrap=True,
        expected=False,
        why="채점 정답·오답: wrong fraction part",
    ),
    _c(
        R3,
        R3B_AT,
        gold=r"28/5",
        pred=r"",
        wrap=True,
        expected=False,
        why="채점 정답·오답: empty input is wrong",
    ),
]
