r"""A twenty-sixth fresh set of answer-equivalence cases (evaluation only; helper "e": the tests
of maths evaluation harnesses, benchmark kits and answer-checking rewards (AIME/competition-maths
scorers, a context-compression benchmark's MathEquivalence evaluator, a numeric scorer of an
item-level eval kit, small RL reward tests)).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh26_claims, and claimed there before transcribing).
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the verdict
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test (a test's ``"\\boxed{42}"`` is stored as ``r"\boxed{42}"``). A gold the
suite extracts itself (a boxed ground truth such as ``r"\boxed{42}"``) is stored as the extracted
answer and ``why`` says so. An identical (gold, prediction, verdict) triple asserted twice in one
file is kept once. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- npow/context-bench ``tests/test_evaluator_metrics_gaps.py``
  @ 957190fa7cf7d438f8278d74070ab92cca4582b4 (``MathEquivalence().score({"answer": gold},
  {"response": pred})["math_equiv"]`` is 1.0 or 0.0; the evaluator takes the boxed content of the
  response when there is one, else the response itself). MIT.
- anuragprat1k/aimo3-recipe ``tests/test_tinker_rl_math.py``
  @ 8855a3f0a129c14abe039e9010e4d87d08ee8309 (``compute_reward(response, ground_truth, config)``
  with correct 1.0, incorrect -0.5 and a 0.1 format bonus: 1.1 = correct, -0.4 = wrong; the
  ground truth is given boxed, ``r"\boxed{42}"``, and stored extracted). No license file.
- luozm/itemeval ``tests/test_verifiable.py`` @ 9acecb40809ab28c97055812ec33a533880b3890
  (``numeric(solution, Item(target=...)).score``: the last number after the last ``ANSWER:``
  line, compared numerically with the target; 1.0 / 0.0). MIT.
- SeanLeng1/AetherEval ``tests/test_metrics.py`` @ 457bd81c7943dc384fd119a509f05fcb09d7413a
  (the ``aime24`` task's ``metrics_module.score_generation(sample, completion)``, math-verify
  based; ``score == 1.0`` and ``is_pass``). No license file.
- vegaction/nanorllm ``tests/test_math_reward.py`` @ 4cf2bf66d537be2b364c2cd9b4784d84c7a821a8
  (``math_reward({"answer": gold}, Action(completion)).is_correct``). No license file.
- tongruiliu/Guided-GRPO ``tests/test_math_reward.py`` @ da3075f4940f4e708ee178b1887fb3c51e3b0171
  (the stored version, read through the file index; the fetched snapshot's HEAD 5cec06de no
  longer has the file) - ``examples.reward_function.math.compute_score`` ``accuracy == 1.0``; the
  two tests assert the same pair (with and without a hallucination score) and it is kept once.
  Apache-2.0 (LICENSE of the fetched snapshot).
- swiss-ai/lm-evaluation-harness ``tests/test_olympiadbench.py``
  @ 51d6f4b62bf20e9a29dffa694b163d4f19889927 (the stored version, read through the file index;
  the fetched snapshot's HEAD b403756e no longer has it) - the fork's own OlympiadBench task,
  ``utils.process_results(doc, completion, subset="OE_TO_maths_en_COMP")["exact_match"]`` with
  ``doc["final_answer"] == ["2"]``; 1 / 0. MIT (LICENSE.md of the fetched snapshot).

Left out, by rule: context-bench's empty-reference case (``""`` scored 1.0 against ``42``: a
policy for a missing gold, not an answer value); aimo3-recipe's ``test_no_boxed_in_response``
(``The answer is 42`` scored -0.5 only because it is not boxed: a format policy) and its
``extract_boxed_answer`` / ``normalize_math_answer`` tests (extraction and normalisation only);
itemeval's ``exact_match`` cases (``Paris``: not maths), ``multiple_choice`` letters and the
parse-failure cases (score ``None``); AetherEval's GPQA / MMLU-Pro / AGIEval / BBH letter tests
(multiple choice), BBH free-form ``dearth, wind, & fire`` (not maths), ZebraLogic, IFEval and code
tests; the swiss-ai OlympiadBench task-registry, prompt and ``extract_answer`` tests (not a
verdict); nanorllm's extraction, ``ensure_boxed`` and ``normalize_math_answer("39.0") == "39"``
(normalisation only); Guided-GRPO's format and hallucination sub-scores.

Examined and not used: KbsdJames/omni-math-rule 4793415e (its ``inconsistent_case_A/B.jsonl`` at
7c5fe7dd carry ``correctness`` from the GPT-4o judge against the rule score: an LLM label);
arka-ritual/omni-math-rule-ca 811748a6 (a fork; only latex2sympy parser tests); MotaTasher/
llm-olympiad-bench 5438db67 (proof scoring by people, no answer-equivalence assertions);
Zheng-Zong/aimo3_eval a839f408 (``test.py`` is a run script); purpledancingfrogs/
aimo3_competition_only 06ccd1d4 (number-theory helper tests); Yemonade/nanochat 947a7b93
(``tests/test_aime.py``: extraction cases, and evaluate cases built from a dataset row not in the
repository); XimeraProject/math-answer e6edeca1 (no tests); Charan619/Math-Answer-Verification-LLM
6626947e (labels in an external Kaggle set); math-p-earth/math-grader-frontend,
gustavogeraldelli/math-judge-api, yousuf-shahzad/maths-soc-source e4137082 and modelscope/twinkle
1a1d8845 (no tests of an answer comparison); OpenDCAI/Dataflow-LoopAI 2e95c423 (``tests/
test_judger.py`` is a pipeline runner); HU0056/LLM-Reasoning-Depth-Breadth-Eval 9a098902
(``tests/test_omni_math.py`` tests payload building and dependency parsing, not answers);
NVIDIA-NeMo/labs-molt 2d626085 (``tests/unit/test_math_grader.py``: the upstream of the
already-used Athe-kunal/labs-molt suite, the same grader and cases); briefgpt/nanorllm a871d1bb
(upstream of vegaction/nanorllm; its HEAD has no tests).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "npow/context-bench"
R1_AT = "tests/test_evaluator_metrics_gaps.py@957190fa7cf7d438f8278d74070ab92cca4582b4"
R2 = "anuragprat1k/aimo3-recipe"
R2_AT = "tests/test_tinker_rl_math.py@8855a3f0a129c14abe039e9010e4d87d08ee8309"
R3 = "luozm/itemeval"
R3_AT = "tests/test_verifiable.py@9acecb40809ab28c97055812ec33a533880b3890"
R4 = "SeanLeng1/AetherEval"
R4_AT = "tests/test_metrics.py@457bd81c7943dc384fd119a509f05fcb09d7413a"
R5 = "vegaction/nanorllm"
R5_AT = "tests/test_math_reward.py@4cf2bf66d537be2b364c2cd9b4784d84c7a821a8"
R6 = "tongruiliu/Guided-GRPO"
R6_AT = "tests/test_math_reward.py@da3075f4940f4e708ee178b1887fb3c51e3b0171"
R7 = "swiss-ai/lm-evaluation-harness"
R7_AT = "tests/test_olympiadbench.py@51d6f4b62bf20e9a29dffa694b163d4f19889927"

_BOXED_GOLD = "; the test's ground truth is boxed and stored extracted"

CASES = [
    # context-bench MathEquivalence: math_equiv 1.0 / 0.0
    _c(R1, R1_AT, gold=r"42", pred=r"42", wrap=True, expected=True, why="test_exact_match"),
    _c(
        R1, R1_AT, gold=r"\frac{1}{2}", pred=r"0.5", wrap=True, expected=True, why="test_latex_frac"
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_latex_frac_reverse",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"7",
        pred=r"The answer is $\boxed{7}$.",
        wrap=False,
        expected=True,
        why="test_boxed_extraction_from_response",
    ),
    _c(R1, R1_AT, gold=r"42", pred=r"43", wrap=True, expected=False, why="test_different_values"),
    _c(R1, R1_AT, gold=r"42", pred=r"", wrap=False, expected=False, why="test_empty_response"),
    _c(
        R1,
        R1_AT,
        gold=r"  42  ",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_whitespace_normalization",
    ),
    _c(R1, R1_AT, gold=r"0.25", pred=r"25%", wrap=True, expected=True, why="test_percentage"),
    _c(R1, R1_AT, gold=r"2\cdot 3", pred=r"2*3", wrap=True, expected=True, why="test_latex_cdot"),
    _c(
        R1, R1_AT, gold=r"1000", pred=r"1,000", wrap=True, expected=True, why="test_comma_in_number"
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\frac{1}{3}",
        pred=r"\frac{2}{6}",
        wrap=True,
        expected=True,
        why="test_nested_frac",
    ),
    # aimo3-recipe compute_reward: 1.1 = correct (+format bonus), -0.4 = wrong (+format bonus)
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"The answer is \boxed{42}",
        wrap=False,
        expected=True,
        why="test_correct_answer_with_boxed" + _BOXED_GOLD,
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"The answer is \boxed{43}",
        wrap=False,
        expected=False,
        why="test_incorrect_answer_with_boxed" + _BOXED_GOLD,
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"\boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_correct_fraction" + _BOXED_GOLD,
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"\boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_numeric_equivalence" + _BOXED_GOLD,
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"\boxed{42}",
        wrap=False,
        expected=True,
        why="test_ground_truth_without_boxed",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-5",
        pred=r"\boxed{-5}",
        wrap=False,
        expected=True,
        why="test_negative_number" + _BOXED_GOLD,
    ),
    _c(
        R2,
        R2_AT,
        gold=r"yes",
        pred=r"\boxed{YES}",
        wrap=False,
        expected=True,
        why="test_case_insensitive_comparison" + _BOXED_GOLD,
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"\boxed{ 42 }",
        wrap=False,
        expected=True,
        why="test_whitespace_normalization" + _BOXED_GOLD,
    ),
    # itemeval numeric scorer: score 1.0 / 0.0
    _c(
        R3,
        R3_AT,
        gold=r"42",
        pred=r"ANSWER: 42",
        wrap=False,
        expected=True,
        why="test_numeric[ANSWER: 42-42-1.0]",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"42",
        pred=r"ANSWER: 42.0",
        wrap=False,
        expected=True,
        why="test_numeric[ANSWER: 42.0-42-1.0]",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1234.5",
        pred=r"ANSWER: $1,234.5",
        wrap=False,
        expected=True,
        why="test_numeric[ANSWER: $1,234.5-1234.5-1.0]",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1000",
        pred=r"ANSWER: 1e3",
        wrap=False,
        expected=True,
        why="test_numeric[ANSWER: 1e3-1000-1.0]",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"7",
        pred=r"ANSWER: -7",
        wrap=False,
        expected=False,
        why="test_numeric[ANSWER: -7-7-0.0]",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"12",
        pred=r"first 3 then ANSWER: total is 12",
        wrap=False,
        expected=True,
        why="test_numeric[...total is 12-12-1.0] (last number in the segment)",
    ),
    # AetherEval aime24 score_generation
    _c(
        R4,
        R4_AT,
        gold=r"204",
        pred=r"Therefore, the final answer is: \boxed{204}. I hope it is correct",
        wrap=False,
        expected=True,
        why="test_aime_score_generation_math_verify",
    ),
    # nanorllm math_reward
    _c(
        R5,
        R5_AT,
        gold=r"39",
        pred=r"96 - 57 = 39<|im_end|>",
        wrap=False,
        expected=True,
        why="test_math_reward_accepts_correct_plain_text_answer",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"39",
        pred=r"96 - 57 = 24<|im_end|>",
        wrap=False,
        expected=False,
        why="test_math_reward_rejects_wrong_answer",
    ),
    # Guided-GRPO compute_score accuracy
    _c(
        R6,
        R6_AT,
        gold=r"2",
        pred=r"<answer>\boxed{2}</answer>",
        wrap=False,
        expected=True,
        why="test_math_reward_uses_hallucination_score_when_present (and ..._without_...)",
    ),
    # swiss-ai lm-evaluation-harness OlympiadBench process_results exact_match
    _c(
        R7,
        R7_AT,
        gold=r"2",
        pred=r"We compute carefully. So the final answer is \boxed{2}.",
        wrap=False,
        expected=True,
        why="test_olympiadbench_process_results_scores_boxed_answer",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"2",
        pred=r"We compute carefully. So the final answer is \boxed{3}.",
        wrap=False,
        expected=False,
        why="test_olympiadbench_process_results_rejects_wrong_answer",
    ),
]
