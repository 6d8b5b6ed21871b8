r"""A ninth fresh set of answer-equivalence cases (evaluation only; helper "d").

Cases are transcribed from the test suites of two math answer checkers that no earlier set used
(see bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh8 modules and
/work/wt/fresh9_claims): a Japanese algebra-practice app built on the CortexJS Compute Engine, and
the answer checker of Rori, a WhatsApp math tutor (a grader inside a chat product). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole student message as the test sends it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test code reads. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- ototonari/funtasy (Japanese: 因数分解 / factorisation drills) @
  b8b3191e017c5d58ef442272b004c3972a1af310, MIT (LICENSE, 2022 Tsubasa Nagata):
  ``app/src/database/questions/4.spec.ts`` asserts ``evaluationBySubs(ce.parse(expression),
  ce.parse(answers[0]))`` (equality after substituting x=2, y=3, z=5, a=7, b=11, c=13) for every
  question of ``P4.all`` in ``app/src/database/questions/4.ts`` (ex16..ex21, 28 questions); the
  gold is the factored answer, the prediction the expanded question expression. Also
  ``app/src/ComputeEngine/index.spec.ts`` (``evaluationBySubs``, ``isSimplify``, ``isEqual``
  verdicts that are True). The copy under ``frontend/playground/CortexJS/with_react`` is the same
  test over the same list and is not transcribed twice.
- RisingAcademies/rori-mathtext-answers (Rori's answer checker, a FastAPI service that labels a
  student message ``correct_answer`` / ``wrong_answer`` against the expected answer) @
  3a47cc67d818a19fb97fcdff3a5e5455650af87e, no license file in the stored copy (short test
  strings quoted as test data, with attribution): ``tests/test_decimals.py``,
  ``tests/test_exponents.py``, ``tests/test_fractions.py``, ``tests/test_integers.py``,
  ``tests/test_time.py``; ``simulate_api_call(client, student_message, expected_answer)`` is read
  as (pred, gold). Messages that wrap the answer in a phrase ("maybe 2000", "that's 3 / 3") are
  whole completions (``wrap`` False); bare answers are boxed.

Left out, by rule: funtasy's ``isSame`` asserts (structural identity, not equivalence) and its
``isEqual`` verdict that ``(a-b)(x-y)`` and ``(x-y)(a-b)`` differ (a CortexJS structural verdict
against mathematical equality); funtasy's untested ``p4`` list; identical pairs that one spec
file asserts through two functions are kept once. Rori: format policies (typo repair ``2..5`` =
``2.5``, misplaced thousands separator ``12,3496`` = ``123496``, ``14:40 AM`` = ``14:40``); the
strict-form verdict ``1^5`` wrong against ``1^9`` (both equal 1); a non-numeric gold (``Yes``);
and the test files that are not numeric answer equivalence (``test_signs.py`` comparison-sign
abbreviations such as ``G`` for ``>``, ``test_text_answers.py`` true/false, days and
multiple-choice letters, ``test_intents_recognition.py``, ``test_invalid_input.py``,
``test_keywords.py``, ``test_text2int.py``).

Searched without finding a usable source: issue threads (corpus "issues") of repositories not
used before that report a math grader's wrong verdict with a definite (gold, prediction,
expected) example: the hits were in used or claimed repositories (Math-Verify, lm-evaluation-
harness, Qwen2.5-Math, MathRuler, inspect_ai, Doenet, STACK, scitix/sieval) or had no concrete
pair (Khan/khan-exercises user reports, SkyworkAI/Skywork-OR1 #16, deepseek-ai/DeepSeek-Coder
#175, huggingface/cookbook #335, XimeraProject/server #11); openai/evals PR #292 (a German
student-calculation check set) is stored only as a Git LFS pointer and in truncated excerpts.
Chinese, Korean, Russian, Portuguese and German code searches found no grader test suites beyond
those already claimed; llm-jp/llm-jp-eval-mm's MathVista scorer and math-eval/MathEval have no
equivalence tests.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FUN = "ototonari/funtasy"
_FUN_C = "@b8b3191e017c5d58ef442272b004c3972a1af310"
FUN_P4 = "app/src/database/questions/4.spec.ts" + _FUN_C
FUN_CE = "app/src/ComputeEngine/index.spec.ts" + _FUN_C
RORI = "RisingAcademies/rori-mathtext-answers"
_RORI_C = "@3a47cc67d818a19fb97fcdff3a5e5455650af87e"
R_DEC = "tests/test_decimals.py" + _RORI_C
R_EXP = "tests/test_exponents.py" + _RORI_C
R_FRA = "tests/test_fractions.py" + _RORI_C
R_INT = "tests/test_integers.py" + _RORI_C
R_TIME = "tests/test_time.py" + _RORI_C

_SUBS = "factored answer vs the expanded question (equal by substitution)"

# (gold = answers[0], pred = expression), all asserted True by 4.spec.ts; ``why`` names the list.
_FUN_P4_ROWS: list[tuple[str, str, str]] = [
    ("4x^2(3x-2y)", "12x^3-8x^2y", "ex16"),
    ("ax(3a+6x+1)", "3a^2x+6ax^2+ax", "ex16"),
    ("(a+b)(c+d)", "(a+b)c+d(a+b)", "ex17"),
    ("(a-b)(x-2y)", "(x-2y)a+(2y-x)b", "ex17"),
    ("(x+5)^2", "x^2+10x+25", "ex18"),
    ("(x-6)^2", "x^2-12x+36", "ex18"),
    ("(x+3y)^2", "x^2+6xy+9y^2", "ex18"),
    ("(2a-b)^2", "4a^2-4ab+b^2", "ex18"),
    ("(x-3y)(x+3y)", "x^2-9y^2", "ex18"),
    ("(4a-5b)(4a+5b)", "16a^2-25b^2", "ex18"),
    ("(x+6)(x+2)", "x^2+8x+12", "ex19"),
    ("(x-4)(x-9)", "x^2-13x+36", "ex19"),
    ("(a+5)(a-4)", "a^2+a-20", "ex19"),
    ("(x + 3 y) (x + 2 y)", "x^2+5xy+6y^2", "ex19"),
    ("(a - 3 b) (a - 5 b)", "a^2-8ab+15b^2", "ex19"),
    ("(x + 3 a) (x - 4 a)", "x^2-ax-12a^2", "ex19"),
    ("(-1 + x) (-3 + 2 x)", "2x^2-5x+3", "ex20"),
    ("(2 x + y) (2 x - 5 y)", "4x^2-8xy-5y^2", "ex20"),
    ("(1 + 3 x) (2 + x)", "3x^2+7x+2", "ex20"),
    ("(2 + x) (5 + 2 x)", "2x^2+9x+10", "ex20"),
    ("(-1 + 2 x) (-6 + x)", "2x^2-13x+6", "ex20"),
    ("(-7 + 4 y) (3 + y)", "4y^2+5y-21", "ex20"),
    ("(x - y - 2) (x - y - 3)", "(x-y)^2-5(x-y)+6", "ex21"),
    ("(2 x + 6 y + 1) (x + 3 y - 1)", "2(x+3y)^2-(x+3y)-1", "ex21"),
    ("(x + y - 3) (x + y + 3)", "(x+y)^2-9", "ex21"),
    ("(x - y + 1) (x + y - 1)", "x^2-(y-1)^2", "ex21"),
    ("(x - 3) (x + 3) (x^2 + 1)", "x^4-8x^2-9", "ex21"),
    ("(x - 2) (x + 2) (x^2 + 4)", "x^4-16", "ex21"),
]

# (gold = b, pred = a) of index.spec.ts, all asserted True.
_FUN_CE_ROWS: list[tuple[str, str, str]] = [
    ("2", "1+1", "evaluationBySubs and isEqual: 1+1 = 2"),
    ("(x-y)(a-b)", "(a-b)(x-y)", "evaluationBySubs: commuted product"),
    ("a^3b^4", "a^2bab^3", "isSimplify and isEqual: collected powers"),
]

# (where, gold = expected_answer, pred = student_message, wrap, expected, why)
_RORI_ROWS: list[tuple[str, str, str, bool, bool, str]] = [
    (R_DEC, "14.5", "14.5", True, True, "same decimal"),
    (R_DEC, "1.5", "2.5", True, False, "different decimal"),
    (R_DEC, "4.4", "4 . 4", True, True, "spaces around the decimal point"),
    (R_DEC, "44", "4 . 4", True, False, "4.4 is not 44"),
    (R_DEC, "78.2", "that one is 78.2", False, True, "right decimal in a phrase"),
    (R_DEC, "54.0", "The answer is 54.4", False, False, "wrong decimal in a phrase"),
    (R_DEC, "3.0", "3/0", True, False, "3/0 is not 3.0"),
    (R_DEC, "9", "0.9", True, False, "0.9 is not 9"),
    (R_EXP, "1^9", "1^9", True, True, "same power"),
    (R_EXP, "2^3", "2 ^ 3", True, True, "spaces around ^"),
    (R_EXP, "11^59", "1159", True, False, "digits of the power are not the power"),
    (R_EXP, "2^3", "2.3", True, False, "2.3 is not 2^3"),
    (R_EXP, "5^4", "5/4", True, False, "5/4 is not 5^4"),
    (R_FRA, "3/3", "3/3", True, True, "same fraction"),
    (R_FRA, "3/3", "3 / 3", True, True, "spaces around /"),
    (R_FRA, "3/3", "that's 3 / 3", False, True, "right fraction in a phrase"),
    (R_FRA, "3/3", "3/4", True, False, "3/4 is not 3/3"),
    (R_FRA, "3/3", "it's 3/4", False, False, "wrong fraction in a phrase"),
    (R_FRA, "7", "3/4", True, False, "fraction against an integer"),
    (R_FRA, "7.0", "3/4", True, False, "fraction against a decimal"),
    (R_FRA, "7", "that's 3/4", False, False, "fraction in a phrase against an integer"),
    (R_FRA, "7.0", "I think it's 3/4", False, False, "fraction in a phrase against a decimal"),
    (R_FRA, "11:30", "I think it's 11 3/0", False, False, "11 3/0 is not the time 11:30"),
    (R_INT, "10", "10", True, True, "same integer"),
    (R_INT, "15", "10", True, False, "different integer"),
    (R_INT, "2000", "maybe 2000", False, True, "right integer in a phrase"),
    (R_INT, "2000", "maybe 1000", False, False, "wrong integer in a phrase"),
    (R_INT, "3000", "3,000", True, True, "thousands comma in the prediction"),
    (R_INT, "4,000", "4000", True, True, "thousands comma in the gold"),
    (R_INT, "20", "twenty", True, True, "number word"),
    (R_INT, "25", "20", True, False, "different integer"),
    (R_INT, "101", "101.0", True, True, "101.0 = 101"),
    (R_INT, "1.0", "1", True, True, "1 = 1.0"),
    (R_INT, "17.0", "17", True, True, "17 = 17.0"),
    (R_INT, "1.0", "1.1", True, False, "1.1 is not 1.0"),
    (R_INT, "101", "102.0", True, False, "102.0 is not 101"),
    (R_INT, "1839", "1,455", True, False, "different integer with a comma"),
    (R_INT, "123496", "123,496", True, True, "thousands comma in the prediction"),
    (R_INT, "123,496", "123496", True, True, "thousands comma in the gold"),
    (R_TIME, "11:30", "11:30", True, True, "same clock time"),
    (R_TIME, "11:30", "12:30", True, False, "different clock time"),
    (R_TIME, "11:30", "1130", True, False, "1130 without the colon is not 11:30"),
    (R_TIME, "17:03", "17 : 03", True, True, "spaces around the colon"),
    (R_TIME, "1:15", "01:15", True, True, "leading zero of the hour"),
    (R_TIME, "2:42", "that is 2:42", False, True, "right time in a phrase"),
    (R_TIME, "1:30", "1.30", True, False, "decimal 1.30 is not the time 1:30"),
    (R_TIME, "5:00", "5", True, False, "integer against a time"),
    (R_TIME, "1:30", "1/30", True, False, "fraction 1/30 is not the time 1:30"),
]

CASES: list[dict] = [_c(FUN, FUN_P4, g, p, True, True, f"{_SUBS}; {w}") for g, p, w in _FUN_P4_ROWS]
CASES += [_c(FUN, FUN_CE, g, p, True, True, why) for g, p, why in _FUN_CE_ROWS]
CASES += [_c(RORI, w, g, p, wr, ok, why) for w, g, p, wr, ok, why in _RORI_ROWS]
