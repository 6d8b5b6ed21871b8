r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "e", whose brief was
non-English LLM math evaluation: localized digits, decimal separators and answer phrases).

Cases are transcribed from test suites that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the fresh3..fresh13 docstrings and /work/wt/fresh14_claims). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test's language reads. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- llm-jp/llm-jp-eval-mm (Japanese multimodal evaluation, Apache-2.0):
  ``src/eval_mm/tests/test_jawildtext_receipt_kie_scorer.py``
  @ 9f450a580cc1b7c3e7ce1e0a75a2299a9affab5a (``_normalize_kie_value``: yen signs, full-width
  digits, thousands commas; a normaliser mapping one string onto another is read as an
  equivalence, as in equiv_fresh3_a; ``JaWildTextReceiptKIEScorer.score`` field F1 == 1.0),
  ``src/eval_mm/tests/test_mathvista_scorer.py`` and
  ``src/eval_mm/tests/test_substring_match_scorer.py``
  @ 3051870d1ae450d8c6054a4527c2f886e0068a56 (MathVista free-form extraction and scoring;
  substring match with number-word conversion; where a test gives a list of accepted references,
  ``gold`` is its first numeric entry and ``why`` says so).
- burmisha/latex ``library/check/proper_answer.py`` @ b2bdd1c18e3d4412828a6677d17f6f1e4bac57e8
  (a Russian school physics answer checker; module-level ``assert ProperAnswer(gold,
  1).IsOk(pred)``: the decimal comma and trailing zeros). No license file in the stored copy:
  the short strings are quoted as test data, with attribution.
- bumoodle/moodle-qtype_scripted ``tests/question_test.php``
  @ d84989057cfbbde2f6932d3eba134cf4c4b29b7b (``compare_response_with_answer`` in
  MODE_MUST_EQUAL with numeric responses; the answer is a script expression evaluated with the
  helper's ``x = 3`` (tests/helper.php), so ``gold`` is the evaluated value and ``why`` gives the
  expression), GPL-3.0-or-later (file header).

Left out, by rule: multiple-choice letters (llm-jp-eval-mm MathVista multi_choice, JMMMU, MMMU,
BLINK); non-mathematical text answers (llm-jp-eval-mm exact/substring-match Japanese sentences,
JDocQA, JIC-VQA, case-insensitive place names, receipt store names and dates, lowercase ``ABC``);
a verdict that depends on per-item metadata the judge does not see (MathVista ``3.14159`` vs
``3.142`` under ``precision: 2``); the percent-sign policy (substring match ``100`` vs ``one
hundred percent``, as in equiv_issues_a); format policies of a numeric input box (moodle-qtype_scripted
``10blah`` accepted by a lenient number parse, ``six`` rejected for not being a numeral, the
string-concatenation answer ``x .. "a"``, and every MODE_MUST_EVAL_TRUE row, whose answers are
predicates rather than values); burmisha/latex's assertion on the compiled regular expression
(not a verdict); aggregate-only and F1-partial checks.

Searched without finding equivalence assertions (not used): HAE-RAE/haerae-evaluation-toolkit
(registry smoke tests; the LLM-judge tests have no definite verdict), ai-forever/MERA,
RefalMachine/llmtf_open, QwenLM/PolyMath, aisingapore/SEA-HELM, wandb/llm-leaderboard,
SakanaAI/evolutionary-model-merge, swallow-llm/swallow-evaluation-instruct (its lighteval tests are
upstream lighteval's, already used), CLUEbenchmark/SuperCLUE-Math6 (its sample answers are random
placeholders). llm-jp/llm-jp-eval, tokyotech-llm/swallow-evaluation, HAERAE-HUB/HRET,
guijinSON/MCLM and AI4Bharat/IndicGenBench had no stored snapshot.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

JPMM = "llm-jp/llm-jp-eval-mm"
JPMM_KIE = (
    "src/eval_mm/tests/test_jawildtext_receipt_kie_scorer.py"
    "@9f450a580cc1b7c3e7ce1e0a75a2299a9affab5a"
)
JPMM_MV = "src/eval_mm/tests/test_mathvista_scorer.py@3051870d1ae450d8c6054a4527c2f886e0068a56"
JPMM_SUB = (
    "src/eval_mm/tests/test_substring_match_scorer.py@3051870d1ae450d8c6054a4527c2f886e0068a56"
)
BURM = "burmisha/latex"
BURM_AT = "library/check/proper_answer.py@b2bdd1c18e3d4412828a6677d17f6f1e4bac57e8"
SCRIPTED = "bumoodle/moodle-qtype_scripted"
SCRIPTED_AT = "tests/question_test.php@d84989057cfbbde2f6932d3eba134cf4c4b29b7b"

CASES: list[dict] = [
    # --- llm-jp/llm-jp-eval-mm: JaWildText receipt KIE normaliser and scorer ---------------------
    _c(JPMM, JPMM_KIE, "1000", "¥1,000", True, True, '_normalize_kie_value("¥1,000") == "1000"'),
    _c(JPMM, JPMM_KIE, "500", "￥500", True, True, 'full-width yen: _normalize_kie_value == "500"'),
    _c(JPMM, JPMM_KIE, "123", "１２３", True, True, 'NFKC full-width digits: == "123"'),
    _c(
        JPMM,
        JPMM_KIE,
        "¥1,000",
        "1000",
        True,
        True,
        'score: gold total_amount "¥1,000", predicted "1000": f1 == 1.0',
    ),
    # --- llm-jp/llm-jp-eval-mm: MathVista free-form extraction and scoring ------------------------
    _c(
        JPMM,
        JPMM_MV,
        "42.5",
        "After calculating, the answer is 42.5",
        False,
        True,
        "extract_answer(free_form) == '42.5'",
    ),
    _c(
        JPMM,
        JPMM_MV,
        "1000",
        "There are 1,000 items in total",
        False,
        True,
        "answer_type integer: thousands comma; score == [1]",
    ),
    # --- llm-jp/llm-jp-eval-mm: substring match with number conversion ----------------------------
    _c(
        JPMM,
        JPMM_SUB,
        "0.28",
        "The value is 0.280",
        False,
        True,
        'refs ["0.28", "0.280"]; score == 1',
    ),
    _c(JPMM, JPMM_SUB, "2", "There are two apples", False, True, "number word two; score == 1"),
    _c(JPMM, JPMM_SUB, "5", "I have five dollars", False, True, "number word five; score == 1"),
    _c(JPMM, JPMM_SUB, "10", "ten items", False, True, 'refs ["10", "ten"]; score == 1'),
    _c(JPMM, JPMM_SUB, "20", "twenty people", False, True, "number word twenty; score == 1"),
    _c(
        JPMM, JPMM_SUB, "three", "I see 3 cats", False, True, "gold word three, digit 3; score == 1"
    ),
    _c(JPMM, JPMM_SUB, "4", "There are four birds", False, True, 'refs ["4", "four"]; score == 1'),
    _c(
        JPMM,
        JPMM_SUB,
        "one",
        "someone is here",
        False,
        False,
        '"one" inside "someone" is no answer; score == 0',
    ),
    # --- burmisha/latex: ProperAnswer(gold).IsOk(pred) --------------------------------------------
    _c(BURM, BURM_AT, "0.20", "0.2", True, True, "trailing zero dropped; IsOk"),
    _c(BURM, BURM_AT, "0.20", "0,2", True, True, "Russian decimal comma; IsOk"),
    _c(BURM, BURM_AT, "20", "20", True, True, "IsOk"),
    _c(BURM, BURM_AT, "20", "200", True, False, "not IsOk"),
    _c(BURM, BURM_AT, "200", "20", True, False, "not IsOk"),
    _c(BURM, BURM_AT, "0.20", "0,21", True, False, "decimal comma, different value; not IsOk"),
    _c(BURM, BURM_AT, "0.20", "0,20", True, True, "decimal comma with trailing zero; IsOk"),
    # --- bumoodle/moodle-qtype_scripted: compare_response_with_answer, MODE_MUST_EQUAL (x = 3) ----
    _c(SCRIPTED, SCRIPTED_AT, "6", "6", True, True, "answer x + 3 with x = 3; matches"),
    _c(SCRIPTED, SCRIPTED_AT, "5", "5", True, True, "answer x + 2 with x = 3; matches"),
    _c(SCRIPTED, SCRIPTED_AT, "5", "05", True, True, "answer x + 2; leading zero matches"),
    _c(SCRIPTED, SCRIPTED_AT, "0", "0", True, True, "answer x - x; matches"),
    _c(SCRIPTED, SCRIPTED_AT, "3", "a3", True, False, "answer x; a3 is no number; no match"),
    _c(SCRIPTED, SCRIPTED_AT, "0", "", True, False, "answer x - x; empty response; no match"),
]
