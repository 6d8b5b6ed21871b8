r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "b").

Cases are transcribed from the test suites of small math-evaluation and RL projects that no earlier
set used (see bench/data/README.md, bench/equiv_issues_*.py, the docstrings of the earlier
equiv_fresh* modules and /work/wt/fresh14_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True,
else the whole completion as the test passes it) and the verdict the test asserts (``expected``).
``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the
test (a test's ``"\\boxed"`` is stored as ``r"\boxed"``). Do not tune the judge on these cases.

An extraction test (``extract_answer(text) == "18"``) is read as the equivalence of the whole
completion ``text`` with the extracted value as gold (expected True), as equiv_fresh3_a reads a
normaliser; a gold the suite gives as a GSM8K solution (``... #### 42``) is stored as the answer the
suite extracts from it (``why`` says so).

Sources (repo, path @ commit, license of the stored copy):

- axiaoquan/cot-lab ``tests/test_extract_answer.py`` @ 770236b1a71a925682dbbcdb0ac91f282b843164
  (``extract_answer``, ``answers_equal(pred, gold)``), MIT.
- YuZh98/finetune-gsm8k ``tests/test_extract_answer.py`` and ``tests/test_eval_predictions.py``
  @ 7b443e822e243cdd87b0456500d012b94b8e9f3e (``extract_answer``, ``answers_match(pred, gold)``,
  ``make_record(idx, question, gold, pred_raw)["correct"]``), MIT.
- kopanevk/didactic-collapse ``tests/test_extract_answer.py`` and ``tests/test_accuracy_scoring.py``
  @ dd9701c76507f4baeae1f122c00cfeeb7538084b (``extract_final_answer_result``,
  ``score_prediction``, ``normalize_gold_answer``).
- qlaxyy/ASC_summer ``tests/test_answer_utils.py`` and ``tests/test_answer_audit.py``
  @ f2ccd99a0f518a062c5c9e0c69d794c2e24f839d (``extract_answer``, ``compare_answers``,
  ``evaluate_generation_answer``, the audit's re-judged record).
- AnishMachamasi/CAPR-Chain-of-Thought-Augmented-Prompt-Refinement ``tests/test_answer_utils.py``
  @ 6df02c28618df8f02fb8bf9619086277feba314a (``extract_answer(raw, "arithmetic")``,
  ``answers_match(pred, expected)``).
- fyremael/SSD_AIMO3 ``tests/test_extract_answer.py`` and ``tests/test_run_eval_math.py``
  @ 0f723afaaa0b2079f61b0db630867898fd4dc860 (``extract_final_answer``, the extraction step of
  ``prepare`` in the eval test).
- Jun2028/DeepConf ``tests/test_extract_answer.py`` @ 549dae5d9311539f5a66b6ce40f21c963cee12db
  (``extract_answer``).
- AlsoTheZv3n/school-learn-agent ``tests/test_grading.py``
  @ 3248ba12ef52be74b16ef38ad96baf101b6e8fbc (``MathGrader().grade(answer, item)`` against the
  item's ``answer_key``; its language and history graders are not math and are left out).
No license file was found in the stored copies of didactic-collapse, ASC_summer, CAPR, SSD_AIMO3,
DeepConf and school-learn-agent: their short test strings are quoted as test data, with attribution.

Left out, by rule: answers inside custom ``<answer>`` tags (cot-lab's tier-1 extraction tests and
its ``tests/test_rewards.py`` correctness rewards: a format policy, as in equiv_fresh3_a);
unmarked last-number fallbacks (cot-lab ``total 8``, finetune-gsm8k ``leaving 2``,
didactic-collapse ``therefore result is 17``, ASC_summer's low-confidence tail guess, DeepConf
``therefore 456``); multiple-choice letters and yes/no labels extracted from sentences (CAPR
``B`` / ``Yes`` / ``No``, ``answers_match("A", "B")``); conflict and out-of-range policies
(SSD_AIMO3 ``Final Answer: 12. Therefore \boxed{14}`` and ``123456``, didactic-collapse's two
``Final answer:`` lines, DeepConf's 0-999 range); golds the suite cannot judge (``None`` golds,
didactic-collapse's gold ``six``); ``None`` predictions; CAPR's fallback length check and
no-verdict schema tests; DeepConf's raw-string tests whose text holds a doubled backslash
(``\\boxed{123}``), kept out as malformed LaTeX (its one ordinary ``\boxed`` test is kept);
SSD_AIMO3's majority-vote and rerank aggregation tests (no single prediction is graded).
Searched and found without equivalence assertions (claimed so nobody repeats them):
pxlman/Autodidact (think-tag stripping, not math), CardinHa/multi-agent-debate (yes/no claims
with a mocked grader), victorlavrenko/instruction-duplication (medical multiple choice),
Aghefendi/LLM (Turkish drug-interaction keyword grading).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

COT = "axiaoquan/cot-lab"
COT_AT = "tests/test_extract_answer.py@770236b1a71a925682dbbcdb0ac91f282b843164"
FT = "YuZh98/finetune-gsm8k"
FT_EX = "tests/test_extract_answer.py@7b443e822e243cdd87b0456500d012b94b8e9f3e"
FT_PRED = "tests/test_eval_predictions.py@7b443e822e243cdd87b0456500d012b94b8e9f3e"
DC = "kopanevk/didactic-collapse"
DC_EX = "tests/test_extract_answer.py@dd9701c76507f4baeae1f122c00cfeeb7538084b"
DC_ACC = "tests/test_accuracy_scoring.py@dd9701c76507f4baeae1f122c00cfeeb7538084b"
ASC = "qlaxyy/ASC_summer"
ASC_AU = "tests/test_answer_utils.py@f2ccd99a0f518a062c5c9e0c69d794c2e24f839d"
ASC_AUD = "tests/test_answer_audit.py@f2ccd99a0f518a062c5c9e0c69d794c2e24f839d"
CAPR = "AnishMachamasi/CAPR-Chain-of-Thought-Augmented-Prompt-Refinement"
CAPR_AT = "tests/test_answer_utils.py@6df02c28618df8f02fb8bf9619086277feba314a"
SSD = "fyremael/SSD_AIMO3"
SSD_EX = "tests/test_extract_answer.py@0f723afaaa0b2079f61b0db630867898fd4dc860"
SSD_EV = "tests/test_run_eval_math.py@0f723afaaa0b2079f61b0db630867898fd4dc860"
DCONF = "Jun2028/DeepConf"
DCONF_AT = "tests/test_extract_answer.py@549dae5d9311539f5a66b6ce40f21c963cee12db"
SLA = "AlsoTheZv3n/school-learn-agent"
SLA_AT = "tests/test_grading.py@3248ba12ef52be74b16ef38ad96baf101b6e8fbc"

_ASC_366 = (
    "\n        The program had 60 downloads initially.\n"
    "        Total downloads = 60 + 180 + 126 = **366**\n        "
)
_ASC_64 = (
    "\n        ### Conclusion\n"
    r"        Total Cost: \( \$40 + \$24 = \$64 \)."
    "\n"
    r"        Kylar pays **\$64** for all 16 glasses."
    "\n        "
)
_ASC_95 = (
    "\n        \\[\n"
    r"        \boxed{\text{Approximately }95\text{ minutes}}"
    "\n        \\]\n        "
)
_ASC_366_ARCHIVED = (
    "\n        The program had a total of **366 downloads** over the three months.\n"
    "        - First Month: 60 downloads\n"
    "        - Second Month: 3 x 60 = 180 downloads\n"
    "        - Third Month: 70% of 180 = 126 downloads\n"
    "        Total downloads = 60 + 180 + 126 = **366**\n        "
)
_ASC_64_CONCLUSION = (
    "\n"
    r"        Regular glasses cost \$40 and discounted glasses cost \$24."
    "\n        ### Conclusion\n"
    r"        Total Cost: \( \$40 + \$24 = \$64 \)."
    "\n"
    r"        Kylar pays **\$64** for all 16 glasses."
    "\n        "
)
_ASC_LAST_BOX = (
    "\n"
    r"        Initial attempt: \boxed{42}."
    "\n"
    r"        Correction: the final answer is \boxed{41}."
    "\n        "
)
_GSM8K_72 = (
    "Natalia sold 48/2 = 24 clips in May.\n"
    "Natalia sold 48+24 = 72 clips altogether in April and May.\n"
    "#### 72"
)

CASES: list[dict] = [
    # axiaoquan/cot-lab: extract_answer (whole text -> extracted value)
    _c(COT, COT_AT, "42", r"Therefore $\boxed{42}$.", False, True, "boxed in inline math"),
    _c(COT, COT_AT, "18", r"\boxed{18 dollars}", False, True, "unit word inside the box"),
    _c(COT, COT_AT, "42", "Some reasoning.\nFinal answer: 42", False, True, "Final answer line"),
    _c(COT, COT_AT, "42", "Therefore, the answer is 42.", False, True, "'the answer is' marker"),
    _c(COT, COT_AT, "42", "推理过程...\n答案是 42", False, True, "Chinese answer marker 答案是"),
    _c(COT, COT_AT, "42", "blah blah #### 42", False, True, "GSM8K #### marker"),
    _c(COT, COT_AT, "-7", "Final answer: -7", False, True, "negative after Final answer"),
    _c(COT, COT_AT, "3.14", "Final answer: 3.14", False, True, "decimal kept"),
    _c(COT, COT_AT, "3", "Final answer: 3.00", False, True, "3.00 normalised to 3"),
    _c(COT, COT_AT, "1000", "Final answer: 1,000", False, True, "thousands comma dropped"),
    # answers_equal(pred, gold)
    _c(COT, COT_AT, "42", "42", True, True, "answers_equal: same string"),
    _c(COT, COT_AT, "42.0", "42", True, True, "answers_equal: int vs float"),
    _c(COT, COT_AT, "42", "42.0", True, True, "answers_equal: float vs int"),
    _c(COT, COT_AT, "3.1416", "3.14159", True, True, "answers_equal: within the 1e-4 tolerance"),
    _c(COT, COT_AT, "3.14160", "3.14160", True, True, "answers_equal: same decimal"),
    _c(COT, COT_AT, "3.15", "3.14", True, False, "answers_equal: 3.14 vs 3.15"),
    _c(COT, COT_AT, "1000", "1,000", True, True, "answers_equal: thousands comma"),
    _c(COT, COT_AT, "43", "42", True, False, "answers_equal: obvious mismatch"),
    _c(COT, COT_AT, "yes", "yes", True, True, "answers_equal: non-numeric exact"),
    _c(COT, COT_AT, "no", "yes", True, False, "answers_equal: non-numeric mismatch"),
    # YuZh98/finetune-gsm8k: extract_answer
    _c(
        FT,
        FT_EX,
        "18",
        "Janet has 16 eggs. 16 - 3 - 4 = 9. 9 * 2 = 18.\n#### 18",
        False,
        True,
        "GSM8K #### marker",
    ),
    _c(
        FT,
        FT_EX,
        "42",
        r"We compute step by step and arrive at $\boxed{42}$.",
        False,
        True,
        "boxed in inline math",
    ),
    _c(
        FT,
        FT_EX,
        "18",
        "Step 1: ... Step 2: ...\nThe answer is: 18",
        False,
        True,
        "MetaMath 'The answer is:'",
    ),
    _c(
        FT,
        FT_EX,
        "7",
        "After simplification, the answer is 7.",
        False,
        True,
        "'the answer is' without colon",
    ),
    _c(FT, FT_EX, "-5", "The temperature dropped.\n#### -5", False, True, "negative after ####"),
    _c(FT, FT_EX, "3.14", "Pi to two places.\n#### 3.14", False, True, "decimal after ####"),
    _c(
        FT,
        FT_EX,
        "1200",
        "Revenue grew to $1,200.\nThe answer is: 1,200",
        False,
        True,
        "thousands comma dropped",
    ),
    _c(FT, FT_EX, "50", "She earned $50.\nThe answer is: $50", False, True, "dollar sign dropped"),
    _c(
        FT,
        FT_EX,
        "23",
        "All things considered, the answer is **23**.",
        False,
        True,
        "markdown bold answer",
    ),
    _c(
        FT,
        FT_EX,
        "22",
        "Adding 4 and 7 gives 11. Times 2 is 22.\n#### 22",
        False,
        True,
        "marker beats intermediate numbers",
    ),
    _c(
        FT,
        FT_EX,
        "18",
        "First pass: #### 9. Wait, recompute.\n#### 18",
        False,
        True,
        "last #### marker wins",
    ),
    _c(FT, FT_EX, "72", _GSM8K_72, False, True, "GSM8K gold solution parses to its #### value"),
    _c(FT, FT_EX, "18", "18", True, True, "answers_match: same"),
    _c(FT, FT_EX, "18", "18.0", True, True, "answers_match: 18.0 vs 18"),
    _c(FT, FT_EX, "19", "18", True, False, "answers_match: 18 vs 19"),
    _c(
        FT,
        FT_EX,
        "18",
        "The answer is: 9.\nFinal: #### 18",
        False,
        True,
        "#### beats 'The answer is:'",
    ),
    _c(
        FT,
        FT_EX,
        "9",
        r"Working: 4 + 5 = 9. So $\boxed{9}$ which is 9.",
        False,
        True,
        "boxed beats fallback",
    ),
    _c(FT, FT_PRED, "13", "step. \n#### 13", False, True, "make_record correct"),
    _c(FT, FT_PRED, "13", "step.\n#### 14", False, False, "make_record incorrect (14)"),
    _c(FT, FT_PRED, "13", "I don't know.", False, False, "no number: incorrect"),
    _c(FT, FT_PRED, "1", "#### 1", False, True, "JSONL roundtrip record correct"),
    _c(FT, FT_PRED, "2", "#### 3", False, False, "JSONL roundtrip record incorrect"),
    # kopanevk/didactic-collapse
    _c(DC, DC_EX, "42", "Reasoning...\nFinal answer: 42", False, True, "Final answer marker"),
    _c(DC, DC_EX, "42", "Answer: 42", False, True, "Answer: marker"),
    _c(DC, DC_EX, "42", r"We get \boxed{42}.", False, True, "boxed"),
    _c(DC, DC_EX, "-8", "Final answer: -8", False, True, "negative integer"),
    _c(DC, DC_EX, "3.50", "The answer is 3.50", False, True, "decimal kept as 3.50"),
    _c(DC, DC_EX, "3/4", "Answer: 3/4", False, True, "fraction"),
    _c(DC, DC_EX, "42", "Final answer: ( 42 ).", False, True, "parentheses and period stripped"),
    _c(DC, DC_ACC, "1", "Final answer: 1.0", False, True, "score_prediction: 1.0 vs 1"),
    _c(DC, DC_ACC, "3/4", "Answer: 0.75", False, True, "score_prediction: 0.75 vs 3/4"),
    _c(DC, DC_ACC, "6", "Final answer: 5", False, False, "score_prediction: mismatch"),
    _c(DC, DC_ACC, "6", "I cannot tell", False, False, "prediction parse failure: incorrect"),
    _c(
        DC,
        DC_ACC,
        "42",
        "The bags weigh 16 + 30 = 46. Remove 4 => 42. #### 42",
        False,
        True,
        "normalize_gold_answer uses the #### marker",
    ),
    _c(
        DC,
        DC_ACC,
        "42",
        "Final answer: 42",
        False,
        True,
        "gold 'Step 1 gives 16, step 2 gives 46, final is #### 42' stored as extracted 42",
    ),
    _c(
        DC,
        DC_ACC,
        "6",
        "Reasoning... Final answer: 6",
        False,
        True,
        "gold '#### 6' stored as extracted 6; NaN parsed answer falls back to raw output",
    ),
    # qlaxyy/ASC_summer
    _c(ASC, ASC_AU, "366", _ASC_366, False, True, "bold RHS of the final total equation"),
    _c(ASC, ASC_AU, "64", _ASC_64, False, True, r"LaTeX-escaped \$ currency on the RHS"),
    _c(ASC, ASC_AU, "95", _ASC_95, False, True, r"\text{Approximately }95\text{ minutes} boxed"),
    _c(ASC, ASC_AU, "366", _ASC_366_ARCHIVED, False, True, "bold total, not the first number"),
    _c(ASC, ASC_AU, "64", _ASC_64_CONCLUSION, False, True, "conclusion total over a subtotal"),
    _c(ASC, ASC_AU, "42", _ASC_LAST_BOX, False, False, "only the last box (41) counts"),
    _c(ASC, ASC_AU, "1", "", False, False, "empty generation: incorrect"),
    _c(
        ASC,
        ASC_AUD,
        "366",
        "Total = 60 + 180 + 126 = **366**",
        False,
        True,
        "audit re-judges a stale 60 as correct 366",
    ),
    # AnishMachamasi/CAPR
    _c(
        CAPR,
        CAPR_AT,
        "42",
        "Step 1: ...\nStep 2: ...\nFINAL ANSWER: 42",
        False,
        True,
        "FINAL ANSWER tag",
    ),
    _c(
        CAPR,
        CAPR_AT,
        "3.00",
        "After calculating: change = $3.00",
        False,
        True,
        "number after '= $'",
    ),
    _c(CAPR, CAPR_AT, "Yes", "yes", True, True, "answers_match: case-insensitive"),
    _c(CAPR, CAPR_AT, "3", "3.0", True, True, "answers_match: 3.0 vs 3"),
    _c(CAPR, CAPR_AT, "72.0", "72.0", True, True, "answers_match: same decimal"),
    _c(CAPR, CAPR_AT, "6.25", "6.25", True, True, "answers_match: same decimal"),
    _c(CAPR, CAPR_AT, "12.0", "10.0", True, False, "answers_match: 10.0 vs 12.0"),
    # fyremael/SSD_AIMO3
    _c(SSD, SSD_EX, "42", "Reasoning... therefore \\boxed{42}.", False, True, "boxed"),
    _c(SSD, SSD_EX, "17", "We conclude. Final Answer: 17", False, True, "Final Answer phrase"),
    _c(SSD, SSD_EX, "9", "Answer = 9", False, True, "'Answer =' record extraction"),
    _c(SSD, SSD_EV, "21", "Reasoning. Final Answer: 21", False, True, "eval prepare: Final Answer"),
    _c(SSD, SSD_EV, "21", "Reasoning. Therefore \\boxed{21}.", False, True, "eval prepare: boxed"),
    # Jun2028/DeepConf
    _c(
        DCONF,
        DCONF_AT,
        "88",
        "result:\n\\boxed{\n 88 \n}\n",
        False,
        True,
        "newlines and spaces inside the box",
    ),
    # AlsoTheZv3n/school-learn-agent: MathGrader (sympy key)
    _c(SLA, SLA_AT, "x**2 + 2*x + 1", "x^2+2*x+1", True, True, "caret and equivalent form"),
    _c(SLA, SLA_AT, "x**2 + 2*x + 1", "x^2+1", True, False, "wrong expansion"),
    _c(SLA, SLA_AT, "x+1", "@@@ not math @@@", True, False, "unparseable answer"),
]
