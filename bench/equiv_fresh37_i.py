r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "i": small
agent / tool-use / LLM-app projects of 2025-2026 that score maths answers: tool-calling agent labs,
an agentic RL harness, a tool-use RL verifier suite, an agent workbench's arithmetic self-check).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- Gangadhar017/SLM-agent-Lab (a small-language-model tool-calling agent lab: calculator / SQL /
  doc-search tools, failure taxonomy). No snapshot could be fetched; the stored versions were read
  through the index: ``tests/test_eval.py`` @ 9ecabfd724ff99ddc2e5f0b83cf3f36599898aaa and
  ``tests/test_loop.py`` @ a83ff658e3382c625ba565d9e2d655d61fad53b4
  (``score_answer(expected, final_answer)["correct"]`` with ``expected = {"type": "number",
  "value": ..., "abs_tol": ...}``; the task's own tolerance is 0.011 for 1475.6 and 0.5 for 42).
  Whole final answers as the agent wrote them (``wrap`` False). MIT (LICENSE @
  b3ab17f79059a6632df36f4d6547ed1af3c41e37, "Copyright (c) 2026 slm-agent-lab authors").
- ZhenchangLiu/deepmath-agent-rl (a code-executing maths agent trained with veRL on DeepMath)
  @ 4cc8d765d182d9d2f413034f339d23844baf4d44 (snapshot HEAD): ``tests/test_eval.py``
  (``verify_answer(predicted, gold)``), ``tests/test_verl_reward.py`` (``compute_score(
  data_source, solution_str, ground_truth) == 1.0 / 0.0`` on whole responses) and
  ``tests/test_verl_agent_loop.py`` (``score_agent_rollout(rollout, ground_truth)``:
  ``info["answer_correct"]`` for the rollout's extracted ``final_answer``; bare answers).
  No license file in the snapshot.
- Nabzx/Tandem (``tandem_rlvr``: senior / junior agent hand-off experiments with verifiable
  rewards) @ 249124aa4a34409746e1d9d6abfadf1c660dbd2c (snapshot HEAD): ``tests/test_verifiers.py``
  and ``tests/test_stage2_verifiers.py`` (``verify_final_answer(task, candidate_answer)`` with
  ``task.answer`` as gold; the list task has ``metadata={"answer_type": "list_int"}``, an ordered
  integer list). No license file in the snapshot.
- francis18georges-png/Watcher (an autonomous AI workbench; ``app/core/self_check.py`` checks a
  model's answer to a binary arithmetic problem) ``tests/test_self_check.py`` @
  2aeb9d9864c2b0fb00d2a0641c5f82750179781f ("Add float-aware self-check math parser";
  ``analyze(problem, response) is expected``). The file was later rewritten (at HEAD
  8efeb5d093ab309ebb6867a292ff1ea627a81d1d it tests only ``safe_eval``), so the older commit is
  cited. The gold stored is the problem's expression itself (``5 - 3``), whose value is the
  reference the function computes; the response is a bare number (``wrap`` True). MIT (LICENSE at
  that commit).
- fusq-zt/toolforge-rl (tool-use RL with GRPO: retrieve / compute tool calls, verifiable rewards)
  ``tests/test_verifiers.py`` @ 1e638fccd786cc400aadb621fb74880ced1ddb02 (no snapshot could be
  fetched; stored version read through the index): ``verify_numeric(pred, ref).correct``,
  ``verify_answer("gsm8k", pred, ref).correct`` and the parametrised ``verify_math(prediction,
  reference).correct`` table (argument order of ``verify_numeric`` taken to be that of
  ``verify_math``, whose parameters the test names). MIT (LICENSE @
  307066211b54ebf7faab846fc0cd0cf1ac1149b2, "Copyright (c) 2026 ToolForge-RL contributors").

Left out, by rule:
SLM-agent-Lab: ``1475.6 is the value, which is about 1.48k. Final answer: 1.48`` (asserted
``correct`` under the lenient scorer but ``not strict``: no single binary verdict); the string
tasks (chemical symbol ``au`` / "audio", "structured query language") and the ``unanswerable``
tasks (not maths values); the taxonomy, loop-control and task-generation tests; the loop tests'
repeats of ``Final answer: 42`` (malformed-retry test) are taken once per distinct text.
deepmath-agent-rl: ``verify_answer(None, "5")`` (no answer); ``The final answer is 5.`` scored
0.0 (a format policy: the reward requires ``\boxed{}``); the bad-format / code-error rollout
tests (format reward, no final answer); the commented-out polynomial and ``\left(`` tests; the
extraction / protocol tests.
Tandem: the boolean (``Yes.`` vs ``true``) and name (``charlie`` vs ``Charlie``) verifier checks
(not maths values); ``normalize_final_answer`` (extraction only); the generator and agent tests
(answers produced at run time, no literal pair).
toolforge-rl: ``normalize_numeric`` / ``normalize_qa`` (normalisation only), the QA verifier
tests (Paris, NYC alias, "York", "The Hague"), the parse-failure reason test and the unknown
registry test.

Examined and not used: fetched snapshots without answer-equivalence tests:
sentuyu1/Challenge-Cup-2026-math-agent (only vendored lagent tests), codevoyager1984/math-agent,
bang274/modular-math-agent (code-executor tests), Nescient1/edumath-agent,
AlamiersGHY/homework-math-agent, ThiagoBibiano/math-solver-agent, rick0110/agentic-math-solver
(AIMO3 notebooks, no tests), Nick-heo-eg/math-solver-benchmark (classifier checks, a script-only
comparator without assertions), oyzh888/gaokao2026-math-solver, MikeyBeez/frontiermath-solver,
mfrieri/neurosymbolic-math-solver, JoernStoehler/math-agent, symmetryseeker/math-agent-framework,
guojing0/imo-math-agent, captflag/math-agent-system. danielcamposramos/Knowledge3D (its indexed
``math_answers_match`` test could not be tied to a path, and the fetchable snapshot of 2025-08-02
predates it). No snapshot could be had for PiggyLa/ncee-2026-math-agent-eval,
alphago1/qwen3-06b-math-agent-rl, hyunwook20230402/math-agent,
wangzhaoxu392-boop/gaokao-math-agent, BGray-wrl/agentic-math-solver,
Sarika-stack23/agentic-math-solver-global, xingbod/Neuro-Symbolic-Math-Agent,
GreatPyreneseDad/loopmath-agent (not read). Suites found by string search whose repository turned
out to be used already: jinxingnan/KEIR, jackwarren430/twin-models, e-dimon17/MOK,
roischiffen/Chameleon, resarytrew/PaperFlow-Stream, idnaedtech/idna-tutor-mvp,
Scorpioyyy/verichalk, richard-shan/aaai, stvngo/Pivotal-Token-Representation-Learning,
cr8or-space/nanochat, xstraven/mcp-server-learning. Unresolved string-search leads (no repository
found within the look-up budget): a GSM-Plus ``checker_gsm`` suite (``evals/objective_gsm_plus``),
``gap_validation.verifiers`` (``verify_math`` on boxed answers), ``reasoning_efficiency.answers``.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "Gangadhar017/SLM-agent-Lab"
R1_EVAL = "tests/test_eval.py@9ecabfd724ff99ddc2e5f0b83cf3f36599898aaa"
R1_LOOP = "tests/test_loop.py@a83ff658e3382c625ba565d9e2d655d61fad53b4"

R2 = "ZhenchangLiu/deepmath-agent-rl"
R2_EVAL = "tests/test_eval.py@4cc8d765d182d9d2f413034f339d23844baf4d44"
R2_REWARD = "tests/test_verl_reward.py@4cc8d765d182d9d2f413034f339d23844baf4d44"
R2_LOOP = "tests/test_verl_agent_loop.py@4cc8d765d182d9d2f413034f339d23844baf4d44"

R3 = "Nabzx/Tandem"
R3_V = "tests/test_verifiers.py@249124aa4a34409746e1d9d6abfadf1c660dbd2c"
R3_V2 = "tests/test_stage2_verifiers.py@249124aa4a34409746e1d9d6abfadf1c660dbd2c"

R4 = "francis18georges-png/Watcher"
R4_AT = "tests/test_self_check.py@2aeb9d9864c2b0fb00d2a0641c5f82750179781f"

R5 = "fusq-zt/toolforge-rl"
R5_AT = "tests/test_verifiers.py@1e638fccd786cc400aadb621fb74880ced1ddb02"

CASES = [
    # --- SLM-agent-Lab: score_answer({"type": "number", "value": 1475.6, "abs_tol": 0.011}, text)
    _c(
        R1,
        R1_EVAL,
        gold=r"1475.6",
        pred=r"Final answer: 1,475.60",
        wrap=False,
        expected=True,
        why="test_number_scoring_strict_vs_lenient: strict and correct (task abs_tol 0.011)",
    ),
    _c(
        R1,
        R1_EVAL,
        gold=r"1475.6",
        pred=r"17.5% of 8432 is 1475.6 USD.",
        wrap=False,
        expected=True,
        why="test_number_scoring_strict_vs_lenient: strict and correct",
    ),
    _c(
        R1,
        R1_EVAL,
        gold=r"1475.6",
        pred=r"Final answer: 1480",
        wrap=False,
        expected=False,
        why="test_number_scoring_strict_vs_lenient: not correct",
    ),
    # the calculator task "What is 6 * 7?" (value 42, abs_tol 0.5) after a tool call
    _c(
        R1,
        R1_LOOP,
        gold=r"42",
        pred=r"The product is 42. Final answer: 42",
        wrap=False,
        expected=True,
        why="test_tool_call_then_answer: score['correct']",
    ),
    _c(
        R1,
        R1_LOOP,
        gold=r"42",
        pred=r"Final answer: 42",
        wrap=False,
        expected=True,
        why="test_malformed_retry_then_recover: score_answer(...)['correct']",
    ),
    # --- deepmath-agent-rl: verify_answer(predicted, gold)
    _c(
        R2,
        R2_EVAL,
        gold=r"5",
        pred=r"5",
        wrap=True,
        expected=True,
        why="test_verifies_identical_answer",
    ),
    _c(
        R2,
        R2_EVAL,
        gold=r"\dfrac{1}{2}",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_verifies_identical_fraction",
    ),
    # compute_score(data_source="zwhe99/DeepMath-103K", solution_str, ground_truth)
    _c(
        R2,
        R2_REWARD,
        gold=r"5",
        pred=r"The final answer is \boxed{5}.",
        wrap=False,
        expected=True,
        why="test_rewards_correct_boxed_answer: 1.0",
    ),
    _c(
        R2,
        R2_REWARD,
        gold=r"5",
        pred=r"The final answer is \boxed{6}.",
        wrap=False,
        expected=False,
        why="test_rejects_wrong_boxed_answer: 0.0",
    ),
    # score_agent_rollout(rollout with final_answer extracted from "\boxed{..}", ground_truth "2")
    _c(
        R2,
        R2_LOOP,
        gold=r"2",
        pred=r"3",
        wrap=True,
        expected=False,
        why="test_scores_formatted_wrong_answer: answer_correct False (question 1+1?)",
    ),
    _c(
        R2,
        R2_LOOP,
        gold=r"2",
        pred=r"2",
        wrap=True,
        expected=True,
        why="test_scores_formatted_correct_answer: answer_correct True (question 1+1?)",
    ),
    # --- Tandem: verify_final_answer(task, candidate); task "What is 17 + 24?", answer "41"
    _c(
        R3,
        R3_V,
        gold=r"41",
        pred=r"The answer is 41.",
        wrap=False,
        expected=True,
        why="test_verify_final_answer_accepts_text_with_answer",
    ),
    _c(
        R3,
        R3_V,
        gold=r"41",
        pred=r"40",
        wrap=True,
        expected=False,
        why="test_verify_final_answer_accepts_text_with_answer: not 40",
    ),
    # task "Sort [3, 1, 2]." with answer "[1, 2, 3]" (answer_type list_int, ordered)
    _c(
        R3,
        R3_V2,
        gold=r"[1, 2, 3]",
        pred=r"[1, 2, 3]",
        wrap=True,
        expected=True,
        why="test_list_verifier_accepts_python_list_and_text_numbers",
    ),
    _c(
        R3,
        R3_V2,
        gold=r"[1, 2, 3]",
        pred=r"The answer is 1, 2, 3.",
        wrap=False,
        expected=True,
        why="test_list_verifier_accepts_python_list_and_text_numbers: text numbers",
    ),
    _c(
        R3,
        R3_V2,
        gold=r"[1, 2, 3]",
        pred=r"[1, 3, 2]",
        wrap=True,
        expected=False,
        why="test_list_verifier_accepts_python_list_and_text_numbers: wrong order",
    ),
    # --- Watcher: analyze(problem, response); gold is the problem's arithmetic expression
    _c(R4, R4_AT, gold=r"5 - 3", pred=r"2", wrap=True, expected=True, why="test_analyze row 1"),
    _c(R4, R4_AT, gold=r"5 - 3", pred=r"1", wrap=True, expected=False, why="test_analyze row 2"),
    _c(R4, R4_AT, gold=r"4 * -2", pred=r"-8", wrap=True, expected=True, why="test_analyze row 3"),
    _c(R4, R4_AT, gold=r"4 * -2", pred=r"8", wrap=True, expected=False, why="test_analyze row 4"),
    _c(R4, R4_AT, gold=r"6 / 4", pred=r"1.5", wrap=True, expected=True, why="test_analyze row 5"),
    _c(R4, R4_AT, gold=r"6 / 4", pred=r"1.4", wrap=True, expected=False, why="test_analyze row 6"),
    _c(R4, R4_AT, gold=r"-6 / 4", pred=r"-1.5", wrap=True, expected=True, why="test_analyze row 7"),
    _c(
        R4,
        R4_AT,
        gold=r"-6 / 4",
        pred=r"1.5",
        wrap=True,
        expected=False,
        why="test_analyze row 8: sign",
    ),
    # --- toolforge-rl: verify_numeric(pred, ref), verify_answer("gsm8k", pred, ref)
    _c(
        R5,
        R5_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_numeric_fraction_decimal_equivalence",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"1/3",
        pred=r"0.3333333",
        wrap=True,
        expected=True,
        why="test_numeric_tolerance (the verifier's numeric tolerance)",
    ),
    _c(R5, R5_AT, gold=r"5", pred=r"4", wrap=True, expected=False, why="test_numeric_mismatch"),
    _c(
        R5,
        R5_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_registry_dispatch_numeric (gsm8k)",
    ),
    # verify_math(prediction, reference) parametrised table
    _c(
        R5,
        R5_AT,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_math_equivalence[\\frac{1}{2}-0.5]",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"2",
        pred=r"\sqrt{4}",
        wrap=True,
        expected=True,
        why="test_math_equivalence[\\sqrt{4}-2]",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"(x+1)^2",
        pred=r"x^2+2x+1",
        wrap=True,
        expected=True,
        why="test_math_equivalence[x^2+2x+1-(x+1)^2]",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"7",
        pred=r"\boxed{7}",
        wrap=False,
        expected=True,
        why="test_math_equivalence[\\boxed{7}-7] (prediction already boxed)",
    ),
]
