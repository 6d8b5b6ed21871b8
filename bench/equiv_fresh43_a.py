r"""A forty-third fresh set of answer-equivalence cases (evaluation only; helper "a": tracing
five unidentified index leads, then answer checkers written in less common languages).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh43_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- chiamin/multiplication_practice ``test/answer_checker_test.dart``
  @ a59fd5fcd7b3ae189d1c6353b4490b32e349bce1 (Dart / Flutter arithmetic-practice app for
  children; ``AnswerChecker().checkAnswer(operation:, a:, b:, userAnswer:)`` asserted ``isTrue`` /
  ``isFalse``, and ``checkDivisionAnswer(a:, b:, quotient:, remainder:).isCorrect``). The
  checker computes the reference from the operands, so ``gold`` is the value of ``a op b``
  (the test states it: ``calculateCorrectAnswer`` of the same operands is asserted in the same
  file) and ``pred`` is ``userAnswer``, an ``int`` written here in decimal. For division the
  answer is a (quotient, remainder) pair: ``gold`` is ``(a // b, a % b)`` and ``pred`` is
  ``(quotient, remainder)``; ``why`` gives the operands. No license file in the stored
  snapshot (newest snapshot commit 9d0fc64ab72c47163b244375da5e179141039f7a has none; the
  read version's tree is not in that snapshot).

Left out, by rule: the ``calculateCorrectAnswer`` tests (arithmetic results, not a comparison of
two answers), the division-throws test, the ``errorMessage`` assertions (feedback text, not a
verdict), and the integration test (random questions answered with the computed answer, so no
fixed pair).

Examined and not used:

- The five index leads of the brief could not be tied to a repository, so none is transcribed:
  id 36615348185 (AIME ``check_answer.py``, a 12-row ``test_cases`` table under
  ``__main__``): code search returns its text unnamed; ``check_answer.py`` at a repository root
  is held by 76 repositories, of which the maths ones read (Cfishriri/Ai-testing-program-based-
  on-qwen-3-8B: a results diff script; iamseungpil/gpt-oss: an ARC grid checker, used earlier)
  are other files; ``aime/``, ``benchmarks/aime/``, ``math500/``, ``data/math500/`` and
  ``datasets/math500/`` hold no ``check_answer.py`` (a sibling "Math answer checker for MATH-500
  dataset" module with the same usage line also comes back unnamed). id 66357419114 (OmniMath
  ``compare_answers`` with doctests): the root ``answer_comparator.py`` holders are
  PinxueGuo/logits_study (a different, Chinese-commented comparator; used by an earlier set) and
  Priya-yadav-077/Document-AI; code search names no repository. id 67565200730 ("Mathematical
  answer verification utilities", ``grade_answer`` with doctests only): code search names no
  repository. id 70287742013 (algebra-practice ``engine.test``, ``areEquivalent`` /
  ``grade(..., 'canonical_form')``): code search names none; ``src/lib/engine.test.ts`` is held
  by over 400 repositories (listing truncated), so it cannot be picked out. id 55211740676 (a
  polynomial guessing game's ``parser.test``, ``isEquivalent(expr, [1, 0, -4])``; a second
  version is id 55319157308): code search names none and its path (it imports
  ``../../shared/types``) could not be guessed.
- i-loveyou-too/mathcheck @ 422d2e76a7ee86858d686d475fedd0eeece4ba45: despite the name, an
  academy LMS (vocabulary, sprint exams); no maths answer checker or equivalence tests.
- kaixin233/Android: the index lists ``test/answer_evaluator_test.dart`` but the snapshot's
  HEAD (a1ef43ac0888f9ae826dfdac222b9f224d26a6a4) holds only ``test/widget_test.dart``.
- ErtugrulSelim/Cold-Mind ``test/answer_evaluator_test.dart``
  @ 09bd23f0599a57e0e0de663d0b7fbbe121a9119e: a trivia game's free-text substring matching and
  structured (timeline, multi-select) answers; nothing mathematical.
- moble/MathChecker.jl, stanleyngugi/mathcheck-engine, stanleyngugi/mathcheck-rl: no snapshot
  could be had (claimed, not read).
- Searches for checkers with tests in Julia, Ruby, PHP, C#, Swift, Elixir, Haskell, Lua and
  Kotlin turned up only sources earlier sets already used (maths/moodle-qtype_stack and the
  other Moodle ``qtype_*`` plugins, john-jacobsen/fisherapp, mitalcoi/tm_backend_test_symfony_docker,
  sasorepo/MathPrac, oppia/oppia-android, the Dart ``answer_checker_test.dart`` holders
  jugemjugrm-hash/math_app, Zeroupper/learn-app, NurikD/stopka, sekkeikataki/mechalearn-vsb,
  JeroenV30/math_lms) or general fraction / CAS libraries without answer pairs.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "chiamin/multiplication_practice"
R1_AT = "test/answer_checker_test.dart@a59fd5fcd7b3ae189d1c6353b4490b32e349bce1"

# checkAnswer(operation, a, b, userAnswer): (gold = a op b, pred = userAnswer, expected, why)
_CHECK = [
    ("8", "8", True, "checkAnswer 加法正確答案: add 5 + 3, userAnswer 8"),
    ("8", "7", False, "checkAnswer 加法錯誤答案: add 5 + 3, userAnswer 7"),
    ("7", "7", True, "checkAnswer 減法正確答案: subtract 10 - 3, userAnswer 7"),
    ("7", "8", False, "checkAnswer 減法錯誤答案: subtract 10 - 3, userAnswer 8"),
    ("15", "15", True, "checkAnswer 乘法正確答案: multiply 5 * 3, userAnswer 15"),
    ("15", "14", False, "checkAnswer 乘法錯誤答案: multiply 5 * 3, userAnswer 14"),
    ("1000000", "1000000", True, "大數字運算: add 999999 + 1, userAnswer 1000000"),
    ("1000000", "1000000", True, "大數字運算: multiply 1000 * 1000, userAnswer 1000000"),
    ("0", "0", True, "零值處理: add 0 + 0, userAnswer 0"),
    ("0", "0", True, "零值處理: multiply 0 * 100, userAnswer 0"),
]

# checkDivisionAnswer(a, b, quotient, remainder).isCorrect:
# (gold = (a // b, a % b), pred = (quotient, remainder), expected, why)
_DIV = [
    ("(5, 0)", "(5, 0)", True, "checkDivisionAnswer 正確答案（無餘數）: 10 ÷ 2"),
    ("(3, 1)", "(3, 1)", True, "checkDivisionAnswer 正確答案（有餘數）: 10 ÷ 3"),
    ("(3, 1)", "(4, 1)", False, "checkDivisionAnswer 錯誤商: 10 ÷ 3, quotient 4"),
    ("(3, 1)", "(3, 2)", False, "checkDivisionAnswer 錯誤餘數: 10 ÷ 3, remainder 2"),
    ("(3, 1)", "(3, 3)", False, "checkDivisionAnswer 餘數大於等於除數: 10 ÷ 3, remainder 3"),
    ("(3, 1)", "(3, 5)", False, "checkDivisionAnswer 餘數大於除數: 10 ÷ 3, remainder 5"),
    ("(12, 2)", "(12, 2)", True, "checkDivisionAnswer 各種除法情況: 50 ÷ 4"),
    ("(24, 3)", "(24, 3)", True, "checkDivisionAnswer 各種除法情況: 99 ÷ 4"),
    ("(51, 0)", "(51, 0)", True, "checkDivisionAnswer 各種除法情況: 51 ÷ 1"),
    ("(26, 0)", "(26, 0)", True, "checkDivisionAnswer 各種除法情況: 52 ÷ 2"),
    ("(17, 2)", "(17, 2)", True, "checkDivisionAnswer 各種除法情況: 53 ÷ 3"),
]

CASES = [
    *(_c(R1, R1_AT, gold=g, pred=p, wrap=True, expected=ok, why=w) for g, p, ok, w in _CHECK),
    *(
        _c(R1, R1_AT, gold=g, pred=p, wrap=True, expected=ok, why=w + " (quotient, remainder)")
        for g, p, ok, w in _DIV
    ),
]
