r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": unit
tests of is_equiv / math_equal / answers_match style functions inside evaluation harnesses and
benchmark repositories).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- NVIDIA/TensorRT-LLM ``tests/unittest/others/test_lm_eval.py``
  @ 7ed07f0691dff2c1c89196adee670ce9f4f15f67 (the AIME helpers mirrored from
  lm-evaluation-harness: ``is_equiv(a, b) is True/False`` and
  ``process_results({"answer": 42}, [completion]) == {"exact_match": 1/0}``). Apache-2.0 by the
  file's SPDX header; the repository snapshot is too large to fetch, so its LICENSE file was not
  inspected. The gold of the ``process_results`` cases is the doc's integer ``answer`` 42 (one
  test spells the key ``Answer``), stored as ``42``.
- HamayunR/ManipulationResistance ``tests/test_tasks.py``
  @ df7963681c09c76dd9ac150c0c180f41fee74e6c (a benchmark-adapter suite: ``numbers_equal(a, b)``,
  ``math_equal(a, b)``, and ``task.score(output, example)`` of its GSM8K and MATH-500 tasks with
  the gold set in the test). No license file listed for the repository in the index; no snapshot
  could be fetched.
- chjnett/llm_router ``tests/test_core.py`` @ f559759e8f37ae50830650b4fac8833b9ba9c970
  (``gsm8k_correct(completion, reference)``, and ``score_prediction`` of a numeric row whose
  answer is ``"#### 2"``; the golds are the ``####`` answers the suite extracts, stored as the
  extracted numbers). No license file listed in the index; no snapshot could be fetched.
- seunghyukoh/ReVISE ``tests/test_evaluators.py`` @ 40bd3fa25c8fb5b20ffa645a665819986521f767 (the
  last version before the tests were deleted in c6dbcc4: ``GSM8KEvaluator(mode=...).run(golds,
  predictions)`` and ``MATHEvaluator().run(...)`` asserting an aggregate ``exact_match`` of 1.0 or
  0.0, so every item of the batch carries that verdict; the GSM8K golds are the ``#### N`` answers
  of the three GSM8K solutions, the MATH gold the boxed ``0`` of the written solution, stored as
  extracted). No license file in the tree at that commit; the later HEAD
  (35ed7cf36edf337c9c95537d20e6ae40bd0f5482) carries LICENSE.md (MIT), added in 9e6f5a5.

Left out, by rule: extraction-only and normalisation tests (TensorRT-LLM
``last_boxed_only_string`` / ``remove_boxed`` / ``strip_string``; ManipulationResistance
``parse_number``, ``extract_boxed``, ``normalize_math``, ``parse_math_answer``; llm_router
``extract_final_number``); multiple-choice letter scoring (ManipulationResistance
``parse_choice_letter`` and the MMLU-Pro ``task.score`` calls, llm_router ``extract_choice`` and
the choice row of ``score_prediction``); empty predictions (ManipulationResistance
``numbers_equal("", "18")`` and ``math_equal("", "5")``, ReVISE's blank MATH prediction); format
policies that are not about the answer's value (TensorRT-LLM ``is_equiv("4 2", "42")``, which
holds only because internal whitespace is deleted; ReVISE's strict GSM8K mode scoring "The answer
is 72." wrong for want of ``####``, and its MATH prediction ``boxed{0}`` without the backslash,
marked "Wrong format"); verdicts a suite gives against mathematical equality as a deliberate
policy (ManipulationResistance ``math_equal("\frac{1}{2}", "0.5") is False``, "Symbolic
equivalence is explicitly not claimed", and ``numbers_equal("eighteen", "18") is False``, "A
numeric benchmark is not scored on prose"); the synthetic-sample and wrong-answer loops whose
pairs are not written in the test. A pair asserted twice by one suite is kept once
(ManipulationResistance's GSM8K ``task.score("18", ...)`` repeats its ``numbers_equal("18", "18")``
pair; ReVISE's ``test_run_return_results`` tests repeat the strict-mode GSM8K verdicts and the MATH
cases).

Examined and not used: athatheo/bonsai-fold, AISBench/benchmark, scitix/sieval,
StanfordMIMI/HeadEntropy, NovaSky-AI/SkyThought, UmutKorkmaz/orkhon, WumbleCat/joel-nvk,
CDBiddulph/scaffold-learning, meta-pytorch/forge, Mike-teib/mikamike-backend,
StanchPillow55/Algoverse-Self-Correction-Classification, taivu1998/PRM-Math (all already used by
earlier sets); Molight1007/math-ai-evaluator (its ``测试工具/test_deepseek_fixes.py`` asserts
``_answers_equivalent`` pairs, but the repository is named in earlier docstrings, so it was
skipped); qianjames804-eng/dual-network-harness-distillation (fetched; holds no
``check_math_answer`` test). Hits whose repository could not be named within the look-up budget
were not used: a ``devicemark`` replica suite (``dm.math_equal`` pairs), an ``ultra.grading``
``math_equal`` test, a Qwen-style ``grader.py`` with an appended ``TestMathEquality`` class, and
several small ``gsm8k_correct`` suites (``forkserve.quality`` and others).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TRT = "NVIDIA/TensorRT-LLM"
TRT_AT = "tests/unittest/others/test_lm_eval.py@7ed07f0691dff2c1c89196adee670ce9f4f15f67"

MR = "HamayunR/ManipulationResistance"
MR_AT = "tests/test_tasks.py@df7963681c09c76dd9ac150c0c180f41fee74e6c"

LR = "chjnett/llm_router"
LR_AT = "tests/test_core.py@f559759e8f37ae50830650b4fac8833b9ba9c970"

RV = "seunghyukoh/ReVISE"
RV_AT = "tests/test_evaluators.py@40bd3fa25c8fb5b20ffa645a665819986521f767"

CASES = [
    # --- TensorRT-LLM: is_equiv(a, b) (AIME helpers mirrored from lm-evaluation-harness) -------
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_is_equiv_integer_exact",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r" 42 ",
        wrap=True,
        expected=True,
        why="test_is_equiv_whitespace_tolerant (leading/trailing spaces)",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"\frac{1}{2}",
        pred=r"\frac12",
        wrap=True,
        expected=True,
        why="test_is_equiv_frac_sugar_expands",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"43",
        pred=r"42",
        wrap=True,
        expected=False,
        why="test_is_equiv_distinct_values",
    ),
    # --- TensorRT-LLM: process_results(doc with answer 42, [completion]) -----------------------
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r"Working... therefore \boxed{42}.",
        wrap=False,
        expected=True,
        why="test_process_results_boxed_correct",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r"Working... therefore \boxed{7}.",
        wrap=False,
        expected=False,
        why="test_process_results_boxed_wrong",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r"Candidate $decoy=7$ but final \boxed{42}.",
        wrap=False,
        expected=True,
        why="test_process_results_boxed_overrides_dollar_delimited",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r"The answer is $42$.",
        wrap=False,
        expected=True,
        why="test_process_results_dollar_fallback_when_no_boxed",
    ),
    _c(
        TRT,
        TRT_AT,
        gold=r"42",
        pred=r"\boxed{42}",
        wrap=False,
        expected=True,
        why="test_process_results_answer_key_case_insensitive (doc key 'Answer')",
    ),
    # --- ManipulationResistance: numbers_equal(a, b) -------------------------------------------
    _c(
        MR,
        MR_AT,
        gold=r"18",
        pred=r"18",
        wrap=True,
        expected=True,
        why="test_numeric_equality_tolerates_formatting",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"18",
        pred=r"18.0",
        wrap=True,
        expected=True,
        why="test_numeric_equality_tolerates_formatting",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why="test_numeric_equality_tolerates_formatting (thousands separator)",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"18",
        pred=r"19",
        wrap=True,
        expected=False,
        why="test_numeric_equality_tolerates_formatting (not equal)",
    ),
    # --- ManipulationResistance: GSM8K task.score(output, example answer "18") -----------------
    _c(
        MR,
        MR_AT,
        gold=r"18",
        pred=r"So she makes $18 per day.",
        wrap=False,
        expected=True,
        why="test_gsm8k_scoring",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"18",
        pred=r"The answer is 17.",
        wrap=False,
        expected=False,
        why="test_gsm8k_scoring",
    ),
    # --- ManipulationResistance: math_equal(a, b) ----------------------------------------------
    _c(
        MR,
        MR_AT,
        gold=r"\frac{1}{2}",
        pred=r"\dfrac{1}{2}",
        wrap=True,
        expected=True,
        why="test_math_equality",
    ),
    _c(MR, MR_AT, gold=r"0.5", pred=r"0.50", wrap=True, expected=True, why="test_math_equality"),
    _c(
        MR,
        MR_AT,
        gold=r"\frac{1}{3}",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=False,
        why="test_math_equality",
    ),
    # --- ManipulationResistance: MATH-500 task.score(output, example) --------------------------
    _c(
        MR,
        MR_AT,
        gold=r"\text{Evelyn}",
        pred=r"... therefore the answer is \text{Evelyn}",
        wrap=False,
        expected=True,
        why="test_math_scoring_accepts_a_stated_gold",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"5\sqrt{2}",
        pred=r"\boxed{5\sqrt{2}}",
        wrap=False,
        expected=True,
        why="test_math_500_scoring",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"5\sqrt{2}",
        pred=r"5\sqrt2",
        wrap=True,
        expected=True,
        why="test_math_500_scoring (bare output)",
    ),
    _c(
        MR,
        MR_AT,
        gold=r"5\sqrt{2}",
        pred=r"\boxed{10}",
        wrap=False,
        expected=False,
        why="test_math_500_scoring",
    ),
    # --- llm_router: gsm8k_correct(completion, reference); gold is the '####' answer -----------
    _c(
        LR,
        LR_AT,
        gold=r"42",
        pred=r"The answer is \boxed{42}",
        wrap=False,
        expected=True,
        why="test_gsm8k_scoring_uses_final_answer (reference 'reasoning\\n#### 42')",
    ),
    _c(
        LR,
        LR_AT,
        gold=r"42",
        pred=r"Answer: 41",
        wrap=False,
        expected=False,
        why="test_gsm8k_scoring_uses_final_answer (reference '#### 42')",
    ),
    _c(
        LR,
        LR_AT,
        gold=r"2",
        pred=r"Final answer: 2",
        wrap=False,
        expected=True,
        why="test_task_adapter_scores_numeric_and_multiple_choice (row answer '#### 2')",
    ),
    # --- ReVISE: GSM8KEvaluator.run, exact_match 1.0 (gold = the '####' answer) ----------------
    _c(
        RV,
        RV_AT,
        gold=r"72",
        pred="Natalia sold 48/2 = 24 clips in May.\n"
        "Natalia sold 48+24 = 72 clips altogether in April and May.\n"
        "#### 72",
        wrap=False,
        expected=True,
        why="TestGSM8KEvaluator strict_correct_predictions[0] (strict and flexible mode)",
    ),
    _c(
        RV,
        RV_AT,
        gold=r"10",
        pred="Weng earns 12/60 = $0.2 per minute.\n"
        "Working 50 minutes, she earned 0.2 x 50 = $10.\n"
        "#### 10",
        wrap=False,
        expected=True,
        why="TestGSM8KEvaluator strict_correct_predictions[1] (strict and flexible mode)",
    ),
    _c(
        RV,
        RV_AT,
        gold=r"5",
        pred="In the beginning, Betty has only 100 / 2 = $50.\n"
        "Betty's grandparents gave her 15 * 2 = $30.\n"
        "This means, Betty needs 100 - 50 - 30 - 15 = $5 more.\n"
        "#### 5",
        wrap=False,
        expected=True,
        why="TestGSM8KEvaluator strict_correct_predictions[2] (strict and flexible mode)",
    ),
    _c(
        RV,
        RV_AT,
        gold=r"72",
        pred="Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n"
        "Natalia sold 48+24 = 72 clips altogether in April and May.\n"
        "The answer is 72.",
        wrap=False,
        expected=True,
        why="TestGSM8KEvaluator flexible_correct_predictions[0] (flexible mode)",
    ),
    _c(
        RV,
        RV_AT,
        gold=r"10",
        pred="Weng earns 12/60 = $0.2 per minute.\n"
        "Working 50 minutes, she earned 0.2 x 50 = $10.\n"
        "The answer is 10.",
        wrap=False,
        expected=True,
        why="TestGSM8KEvaluator flexible_correct_predictions[1] (flexible mode)",
    ),
    _c(
        RV,
        RV_AT,
        gold=r"5",
        pred="In the beginning, Betty has only 100 / 2 = $<<100/2=50>>50.\n"
        "Betty's grandparents gave her 15 * 2 = $30.\n"
        "This means, Betty needs 100 - 50 - 30 - 15 = $5 more.\n"
        "The answer is 5.",
        wrap=False,
        expected=True,
        why="TestGSM8KEvaluator flexible_correct_predictions[2] (flexible mode)",
    ),
    # --- ReVISE: MATHEvaluator.run (gold = the boxed 0 of the written solution) ----------------
    _c(
        RV,
        RV_AT,
        gold=r"0",
        pred=r"So $a+b=-3+3=\boxed{0}$.",
        wrap=False,
        expected=True,
        why="TestMATHEvaluator correct_predictions[0]",
    ),
    _c(
        RV,
        RV_AT,
        gold=r"0",
        pred=r"So $a+b=-3+3=\boxed{1}$.",
        wrap=False,
        expected=False,
        why="TestMATHEvaluator wrong_predictions[0] ('Wrong answer')",
    ),
]
