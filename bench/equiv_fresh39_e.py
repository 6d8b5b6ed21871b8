r"""A thirty-ninth fresh set of answer-equivalence cases (evaluation only; helper "e": the
answer checks asserted by the test suites of small LLM maths-benchmark harnesses: a MATH-500
evaluation kit, an agent framework's MATH-500 benchmark, a GSM8K calibration study).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh39_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- AlexCuadron/OpenHands (a fork of OpenHands with maths benchmarks on side branches)
  ``evaluation/benchmarks/math500/scripts/test_math500.py``
  @ 21b4fe5d3c10ae9b98c1a339c745b4be88d7d7f4 (``check_answer_correctness(predicted, reference)
  == True / False`` of ``run_infer.py``) and ``evaluation/benchmarks/math500/test_benchmark.py``
  @ 76a4cbe1998d085fcd4da804a60415124bc4e94c (a ``(predicted, reference, expected)`` table run
  through ``helper.compare_answers(predicted, reference)``; the script reports a failure when the
  result differs from ``expected``). Two rows pass an already boxed string (``\boxed{42}``,
  ``\boxed{43}``); those are stored as written with ``wrap=False``. MIT (the fork's LICENSE, the
  same at HEAD 8fc280a111d3923cad5ae06eddcbecdffaa51319 and at the first commit above).
- bwu1234/math500-eval-prm ``tests/test_answers.py`` @ fda745cc465ae3f1f66df963c1fcf8ad74ab77a4
  (``final_answer_correct(expected, actual)`` of ``evalkit/answers.py``, asserted true or
  ``not``; the parametrized groups ``test_distinct_answers_do_not_collide``,
  ``test_equivalent_answers``, ``test_inequivalent_answers``,
  ``test_presentation_differences_are_forgiven`` (pairs the author took from real MATH-500
  grading disagreements) and ``test_presentation_tolerance_is_not_a_free_pass``). MIT.
- Du1eks/llm-chain-calibration ``tests/test_grading.py``
  @ 9ed3ad57b9c3895d9abdec47b855777c3d1766aa (``is_correct(predicted, reference) == expected``
  of ``src/tasks/grading.py``, a GSM8K grader with a default numeric tolerance). License not
  determined: no snapshot of the repository could be fetched and the file was read from the
  index.

Left out, by rule:
- AlexCuadron/OpenHands: the ``extract_answer`` / ``normalize_answer`` tests of
  ``test_math500.py`` (extraction and normalisation only) and the dataset-loading tests;
  ``evaluation/benchmarks/aime2025/test_answer_extraction.py`` (extraction only, and it only
  prints a tick, asserting nothing).
- bwu1234/math500-eval-prm: ``MATH500_COLLISION_PAIRS`` / ``test_real_math500_gold_answers_stay_
  distinct`` (12 pairs of distinct MATH-500 golds, asserted in both directions), by the
  60-cases-per-project cap: it is the only whole group left out, it repeats the
  digit-stripping-normaliser collisions of the first group (``\frac{1}{3}`` vs ``13`` is in
  both), and the other five groups come to 59 cases; the ``("", "5")`` row of
  ``test_inequivalent_answers`` (empty prediction, an extraction edge);
  ``test_equivalence_is_symmetric`` (asserts symmetry, not a verdict); the
  ``normalize_answer`` / ``latex_to_ascii`` output tests, boxed extraction, step splitting and
  the never-raises robustness tests.
- Du1eks/llm-chain-calibration: the ``("", "72", False)`` row (empty prediction);
  ``test_is_correct_custom_tolerance`` (``72.05`` vs ``72`` under explicit tolerances 0.1 and
  0.01: a tolerance setting, not the answer's value); ``extract_reference_answer`` tests (the
  ``#### 72`` gold extraction).

Examined and not used: Simon20393/claude_4_sonnet_math_evaluation (hand-marked CORRECT /
INCORRECT percentage answers, but a correct row carries no separate reference, so every positive
would be an identity pair); perfectbullet/math_eval_pipeline (its equivalence table in
``doc_math_verify.md`` restates Math-Verify's README examples; the stored model outputs carry
placeholder references); NaomiKwamboka0/mathbench-1 (typed float/int verifiers with explicit
tolerances on Python numbers); ChicagoHAI/veritas ``tests/test_grading.py`` (replication
tolerance on dictionaries of values); cpsu00/math-eval-harness and Eurus-W/MathEvaluation
(copies of the Qwen2.5-Math harness, only latex2sympy's own tests); aliazani/LLM-MathEval,
SYSUSELab/EvolMathEval, krkartikay/run-math-eval, elbaro/bench-math-eval (an expression-evaluator
speed benchmark), henrykmichalewski/math-evals, amitsitare/AI_Conversational_Math_Evaluation_
Chatbot, realyuyangyang/minigpt-math-verified, mathbench-2025/MathBench-2025,
Arnav-Ajay/math-llm-answer-evaluator (the same commit as Arnav-Ajay/Mathematical-Reasoning-
Evaluator; problem/gold CSVs only), juniors90/human-math-llm-dataset (no model answers),
lintangsutawika/yaeval-harness, bytedance/BytevalKit-LLM, NodeNestor/LLMEvalKit,
tkhongsap/model-eval-harness, DigitalHarborFoundation/llm-math-education,
Jiwemoyo/math-benchmark-automation, 1hamzaiqbal/probing-llm-math, AndreasDP1/math-benchmark-tasks
(Lean / compute tasks), Crazytieguy/llm-math-debate and 14-TR/jev-empirical (none holds an
answer-equivalence test or a human verdict on a model's maths answer); MizuRyu/translate-oss-
docstring-actions (a translated copy of microsoft/agent-framework's GAIA scorer test, already
used); toddwbucy/PumpkinSpice and killy-netsphere/Netsphere-Eval (already used); a
``lm_eval.tasks.minerva_math`` test file of an lm-evaluation-harness fork (upstream already used);
test files of a ``ymir.grading`` package, an ``offline_search.scoring`` package and a
``hendrycks_local`` / ``Normalizer`` post-processing suite found through ``find_string``, whose
repositories could not be identified in the index.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "AlexCuadron/OpenHands"

R1_AT = (
    "evaluation/benchmarks/math500/scripts/test_math500.py@21b4fe5d3c10ae9b98c1a339c745b4be88d7d7f4"
)

R1B_AT = "evaluation/benchmarks/math500/test_benchmark.py@76a4cbe1998d085fcd4da804a60415124bc4e94c"

R2 = "bwu1234/math500-eval-prm"

R2_AT = "tests/test_answers.py@fda745cc465ae3f1f66df963c1fcf8ad74ab77a4"

R3 = "Du1eks/llm-chain-calibration"

R3_AT = "tests/test_grading.py@9ed3ad57b9c3895d9abdec47b855777c3d1766aa"

CASES = [
    # --- bwu1234/math500-eval-prm: final_answer_correct(expected, actual) ------------------------
    # test_distinct_answers_do_not_collide: assert not final_answer_correct(b, a)
    _c(
        R2,
        R2_AT,
        gold=r"313",
        pred=r"3\sqrt{13}",
        wrap=True,
        expected=False,
        why="test_distinct_answers_do_not_collide",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"13",
        pred=r"\frac{1}{3}",
        wrap=True,
        expected=False,
        why="test_distinct_answers_do_not_collide",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"\sqrt{2}",
        wrap=True,
        expected=False,
        why="test_distinct_answers_do_not_collide",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{2}{1}",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=False,
        why="test_distinct_answers_do_not_collide",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"210",
        pred=r"2^{10}",
        wrap=True,
        expected=False,
        why="test_distinct_answers_do_not_collide",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{3}x",
        pred=r"\frac{1}{3x}",
        wrap=True,
        expected=False,
        why="test_distinct_answers_do_not_collide",
    ),
    # test_equivalent_answers: assert final_answer_correct(gold, pred)
    _c(
        R2, R2_AT, gold=r"1/2", pred=r"0.5", wrap=True, expected=True, why="test_equivalent_answers"
    ),
    _c(
        R2,
        R2_AT,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1/2",
        pred=r"\dfrac{2}{4}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(R2, R2_AT, gold=r"2.0", pred=r"2", wrap=True, expected=True, why="test_equivalent_answers"),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"\frac{6}{3}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1,000",
        pred=r"1000",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"90",
        pred=r"90^\circ",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    # the prediction is the already-boxed string the test passes, so it is a whole completion
    _c(
        R2,
        R2_AT,
        gold=r"7",
        pred=r"\boxed{7}",
        wrap=False,
        expected=True,
        why="test_equivalent_answers (pred is \\boxed{7} as written)",
    ),
    _c(
        R2, R2_AT, gold=r"1+x", pred=r"x+1", wrap=True, expected=True, why="test_equivalent_answers"
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2",
        pred=r"\sqrt{4}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\sqrt{117}",
        pred=r"3\sqrt{13}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-\frac{1}{4}",
        pred=r"-0.25",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(0.5, 3)",
        pred=r"\left(\frac{1}{2}, 3\right)",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"even",
        pred=r"\text{even}",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    # test_inequivalent_answers: assert not final_answer_correct(gold, pred)
    _c(R2, R2_AT, gold=r"4", pred=r"3", wrap=True, expected=False, why="test_inequivalent_answers"),
    _c(
        R2,
        R2_AT,
        gold=r"1/3",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why="test_inequivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x+2",
        pred=r"x+1",
        wrap=True,
        expected=False,
        why="test_inequivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"(2,1)",
        pred=r"(1,2)",
        wrap=True,
        expected=False,
        why="test_inequivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"odd",
        pred=r"even",
        wrap=True,
        expected=False,
        why="test_inequivalent_answers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\sqrt{3}",
        pred=r"\sqrt{2}",
        wrap=True,
        expected=False,
        why="test_inequivalent_answers",
    ),
    # test_presentation_differences_are_forgiven: real MATH-500 grading disagreements, must match
    _c(
        R2,
        R2_AT,
        gold=r"12",
        pred=r"12\text{ cm}",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (unit on one side)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"10",
        pred=r"10\%",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (percent sign on one side)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"12",
        pred=r"12^{\mathrm{th}} \text{ grade}",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (label on one side)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{270}7\text{ degrees}",
        pred=r"270/7",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (unit in the gold)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"864 \mbox{ inches}^2",
        pred=r"864",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (unit in the gold)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5.4 \text{ cents}",
        pred=r"5.4",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (unit in the gold)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\$36",
        pred=r"36",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (currency in the gold)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\$18.90",
        pred=r"18.90",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (currency in the gold)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\$32,\!348",
        pred=r"32,348",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (currency and digit grouping)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"10,\!080",
        pred=r"10080",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (digit grouping)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11,\! 111,\! 111,\! 100",
        pred=r"11111111100",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (digit grouping)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x=5",
        pred=r"5",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (gold restates the variable)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"x \in [-2,7]",
        pred=r"[-2, 7]",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (gold restates the variable)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"2516_8",
        pred=r"2516",
        wrap=True,
        expected=True,
        why="test_presentation_differences_are_forgiven (base on one side only)",
    ),
]
