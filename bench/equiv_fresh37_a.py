r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": test
files of GRPO / RLVR reward functions in small 2025-2026 training repositories).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

This corner is nearly exhausted: 36 earlier rounds took the reward-test suites that the code
search and the usual test paths (``tests/test_rewards.py``, ``tests/test_reward.py``,
``tests/test_math_reward.py``, ``tests/test_reward_fn.py``, ``tests/test_gsm8k_reward.py``,
``tests/test_math_verifier.py``, ``tests/test_reward_utils.py``, ``tests/test_rlvr.py``,
``tests/test_grpo.py``, ...) lead to, so the set is small.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- suryavanshi/NovaRL ``tests/test_rlvr.py`` @ dfbb9a0b93907fdf3311a944b5257d02d7783c6e
  (``test_math_answer_signal``: ``MathAnswerSignal`` over ``{"completion", "answer"}`` infos,
  ``result.raw == [1.0, 0.0]``; the gold is the ``answer`` value, an int in the test, stored as
  its string). MIT.
- Rocky18919975029/meta-rlvr ``tests/test_data_verifier_rollout.py`` @
  ba80a4fa537a14c741647e97cf08b27c36796df0
  (``test_official_dapo_verifier_wrapper_separates_rewards_and_correctness``:
  ``DAPOMathVerifier()((resp1, resp2), "42")`` with ``correctness == [1.0, 0.0]``). No license
  file in the snapshot.
- poof420/DXRL-Starter (a GRPO-on-GSM8K starter) two print-only test scripts whose verdicts are
  written by the author, not asserted: ``test_grpo_reward.py`` @
  9c45d26f63f12a1e227a778961cf72ba0c0c7958 (each completion carries a comment "Correct with
  boxed" / "Correct but no boxed" / "Wrong with boxed", and the script prints the expected
  rewards 1.0 / 0.9 / 0.1, where 0.9 is the correctness part and 0.1 the boxed-format part);
  ``test_reward_model.py`` @ the same commit (each case is named "Perfect Response (Correct +
  Boxed)", "Correct but No Boxed Format", "Wrong Answer with Boxed Format", "Wrong Answer without
  Boxed Format", "No Clear Answer"). The golds are GSM8K answers that the scripts read after
  ``####`` ("2+2 = <<2+2=4>>4\n#### 4" is stored as ``4``; the ``test_reward_model.py`` gold
  "Natalia sold ... #### 72" as ``72``), as ``why`` says. No license file in the snapshot.

Left out, by rule: in NovaRL, ``test_reward_manager_mixes_signals`` (a weighted mix of the math
and regex signals, asserted only as ``rewards[0] > rewards[1]``), the regex / unit-test / HTTP
signal tests (not answers). In meta-rlvr, the DAPO row parsing and loader tests (no answer
pair). In DXRL-Starter, the "Complex Boxed Format" case (``\boxed{48 + 24 = 72}``: the name
states no verdict) and the dataset-preparation part of ``test_grpo_reward.py``.

Examined and not used:

- mohdhasnain-pixel/ai-forge (claimed): its first commit reads "Extract plugin system from Soup
  project", and its ``tests/test_rlvr.py`` (``math_verify_reward``), ``tests/test_grpo.py``
  (``accuracy_reward``) and ``tests/test_v07140.py`` (synthesized numeric verifiers) are
  MakazhanAlpamys/Soup's suites renamed (``soup_cli`` -> ``ai_forge_cli``). Soup is already in
  bench/equiv_fresh30_e2.py with 56 cases, so these (about 18 usable rows) would be the same
  authors' cases and push that project past the 60-case cap.
- Ice-Moon-28/Mini-R1 ``reward/gsm8k_reward.py`` ``__main__`` asserts: countdown-equation
  completions reused for GSM8K, verdicts mixed with length shaping (2.268..., 3.904...), and
  samples named ``correct_sample_4/5`` (``55 + 36 - 7 - 19`` for 65) asserted 0.0 by a
  float-only reader: a format ruling that contradicts the author's own names.
- guillaume34110/llm-optimiser-orkun (``tests/test_reward.py``, ``tests/test_rlvr.py``: reward
  arithmetic and an RLVR trainer on tool tasks, no maths answers); Ighina/ARAPPAV
  (``tests/test_reward_fns.py``: error-injection F-beta rewards); HodeTech/ForgeLM,
  break-through-19/slm-agentic-post-training-pipeline, ericrcwu001/SLM
  (``tests/test_grpo_reward.py``: reward-model wrapping, tool-call and VQ-code rewards);
  VasilyKolbenev/LLM-forge_v1 (agent exact-match scoring on words, custom-reward loading);
  arunshar/pi-grpo (physics rewards); Schneewolf-Labs/atelier (preference losses);
  elizabethsztan/grpo-trait-dynamics, UnitedSnakes/rlvr_behavior_probe_runpod,
  kiankyars/rlvrbook, daspronoy/rlvr-misalignment-onset, Jinghaoleven/RLVR-Schedule (a verl
  copy), shreyshahi/r1-zero-test, didmcelik/math-rl-agent-transformer, aissouss/Math-rl-agent,
  cookieshop02/math-rl-agent, SkAndMl/llama-r1-zero, sdiehl/tiny-r1, forever-free1/tiny-r1,
  TyrelCB/llm-modern-arch-experiment, LittleSpecial/rlvr-agents, clay-good/verisim,
  facebookresearch/fairseq2, stanford-crfm/levanter (no reward or answer tests in the
  snapshot). Leads found by search whose repository could not be named (stored files read by id
  only): a ``TestRewardFuncs.test_correctness_reward`` table (``src.train.reward_funcs``, e.g.
  ``\boxed{10,000}`` vs ``10000``), a ``verification fixes`` suite (``verifier.verify_answer``
  with comma thousands, SQRT notation and coordinates), a ``grpo_tutorial.rewards`` test and a
  ``GSM8KRewardFunction`` / ``NewsRewardFunction`` script (print-only, no verdicts).
  Snapshot not available: jhdlee/SofT-GRPO, UAACC/grpo_exploration, dumbkin31/exploration-in-grpo,
  brwjf4y9hz-collab/ProbeGRPO, Luca-Engel/reward-hacking-grpo, jaksilikov/souplite,
  upalchowdhury/glassbox, ElenaViewSynthesis/Post-training-LLMs-N-RLVR, bhgkdclc/efficient-rlvr,
  TJKlein/structured-rlvr, vijvalshah/Kadhi, 5-Jeremy/IGRPO, and a few more.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "suryavanshi/NovaRL"
R1_AT = "tests/test_rlvr.py@dfbb9a0b93907fdf3311a944b5257d02d7783c6e"

R2 = "Rocky18919975029/meta-rlvr"
R2_AT = "tests/test_data_verifier_rollout.py@ba80a4fa537a14c741647e97cf08b27c36796df0"

R3 = "poof420/DXRL-Starter"
R3_C = "9c45d26f63f12a1e227a778961cf72ba0c0c7958"
R3_GRPO = "test_grpo_reward.py@" + R3_C
R3_MODEL = "test_reward_model.py@" + R3_C

CASES = [
    # --- suryavanshi/NovaRL: MathAnswerSignal, raw == [1.0, 0.0]
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"We compute carefully. Answer: 42",
        wrap=False,
        expected=True,
        why="test_math_answer_signal: answer 42 (int)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"10",
        pred=r"Final response is 13",
        wrap=False,
        expected=False,
        why="test_math_answer_signal: answer 10 (int)",
    ),
    # --- Rocky18919975029/meta-rlvr: DAPOMathVerifier correctness == [1.0, 0.0]
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"Reasoning. \boxed{42}",
        wrap=False,
        expected=True,
        why="test_official_dapo_verifier_wrapper_separates_rewards_and_correctness",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"Reasoning. \boxed{41}",
        wrap=False,
        expected=False,
        why="test_official_dapo_verifier_wrapper_separates_rewards_and_correctness",
    ),
    # --- poof420/DXRL-Starter test_grpo_reward.py: the author's comments on each completion;
    # golds read after '####' in the GSM8K answers
    _c(
        R3,
        R3_GRPO,
        gold=r"4",
        pred=r"Let me solve this step by step. 2+2 = 4. Therefore, the answer is \boxed{4}.",
        wrap=False,
        expected=True,
        why="test_completions[0] '# Correct with boxed' (expected 1.0); gold from '#### 4'",
    ),
    _c(
        R3,
        R3_GRPO,
        gold=r"12",
        pred=r"3 times 4 equals 12.",
        wrap=False,
        expected=True,
        why="test_completions[1] '# Correct but no boxed' (expected 0.9 = correctness only); "
        "gold from '#### 12'",
    ),
    _c(
        R3,
        R3_GRPO,
        gold=r"5",
        pred=r"10 minus 5 is \boxed{6}.",
        wrap=False,
        expected=False,
        why="test_completions[2] '# Wrong with boxed' (expected 0.1 = format only); "
        "gold from '#### 5'",
    ),
    # --- poof420/DXRL-Starter test_reward_model.py: case names; gold from '... #### 72'
    _c(
        R3,
        R3_MODEL,
        gold=r"72",
        pred=r"The answer is $\boxed{72}$ clips.",
        wrap=False,
        expected=True,
        why="'Perfect Response (Correct + Boxed)'; gold from '#### 72'",
    ),
    _c(
        R3,
        R3_MODEL,
        gold=r"72",
        pred=r"The total number of clips is 72.",
        wrap=False,
        expected=True,
        why="'Correct but No Boxed Format'; gold from '#### 72'",
    ),
    _c(
        R3,
        R3_MODEL,
        gold=r"72",
        pred=r"The answer is $\boxed{96}$ clips.",
        wrap=False,
        expected=False,
        why="'Wrong Answer with Boxed Format'; gold from '#### 72'",
    ),
    _c(
        R3,
        R3_MODEL,
        gold=r"72",
        pred=r"The total is 100 clips.",
        wrap=False,
        expected=False,
        why="'Wrong Answer without Boxed Format'; gold from '#### 72'",
    ),
    _c(
        R3,
        R3_MODEL,
        gold=r"72",
        pred=r"I need to calculate the total clips sold.",
        wrap=False,
        expected=False,
        why="'No Clear Answer' (no answer given); gold from '#### 72'",
    ),
]
