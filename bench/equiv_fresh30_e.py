r"""A thirtieth fresh set of answer-equivalence cases (evaluation only; helper "e": naming the
repositories behind suites earlier helpers found with ``find_string`` but could not attribute).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh30_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.
This module holds 37 cases, bench/equiv_fresh30_e1.py the other 27 (the last seven open-r1-tpu
GSM8K cases and ReasonForge's 20); bench/equiv_fresh30_e2.py holds the 56 of MakazhanAlpamys/Soup.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- CMBAgents/open-r1-tpu (MIT: LICENSE "Copyright (c) 2026 Rowan d'Auria" in the fetched snapshot
  768b494625900d0d908309bda1a873cdc2747eb0, which predates the three test files; they were read
  from the code index at the commits below). The strict-units grader lead
  (``("15.", "15 cents.", True)``) is this repository's ``open_r1_tpu.sft.heldout_match``.
  ``tests/test_heldout_match.py`` @ 5f93336d3f3a92759c89ac84f7de109729a55d44:
  ``matches_strict(completion, gold)`` over a worked-solution corpus's answer keys (escaped
  currency ``\$110.``, ``\$3.43¾.``, ``15 cents.``, ``4 hr. 44 min. 16 sec.``); 28 cases (every
  pair of the accept / reject / last-line / missing-unit / superset tests; two pairs recur in two
  tests and are kept twice). ``tests/test_rewards.py`` @ 861e46a6e6ffa36f875e915038cd1510c49b50f5:
  the ``exact`` flag of ``answers_match(pred, gold)`` (5) and ``correctness_reward`` (3.0 right,
  -0.5 wrong, 0.0 no box; 3). ``tests/test_eval_gsm8k.py`` @
  b9cfd39f7e38d31fcbdd6c3ebce4c2975ff9c332: ``score(completion, gold)["correct"]`` (8).
- jonathannerd/ReasonForge ``tests/test_verifier.py`` and ``tests/test_rewards.py`` @
  f85dbcf3bd714eed84881040462ea96f6c74dcf1 (fetched snapshot; MIT, LICENSE "Copyright (c) 2026
  ReasonForge contributors"): the ``reasonforge.verifier`` lead. ``mathematically_equivalent(left,
  right)`` (7; ``left`` taken as pred, as in ``verify_completion(response, "60 dollars")`` whose
  response answers ``$60``), ``verify_completion(response, reference)`` ``answer_correct`` /
  ``math_accuracy`` (9; JSON responses are the test's ``json.dumps`` output, transcribed whole),
  and ``score_completion`` / reward ``answer_correctness`` 5.0 (4). Every asserted verdict here is
  True. Note ``Work omitted. \\boxed{0.75}``: the test writes a raw string with a doubled
  backslash, so the completion really holds two backslashes; kept as written.
- MakazhanAlpamys/Soup ``tests/test_issue1226_reward_gold_parsing.py`` @
  ac5ad0bd1046267f34a28e0fd82159c19de522a3 (Apache-2.0: LICENSE of the fetched snapshot
  242845337cb216a021ba33e9dd3c3bca3cbab692, which predates the file; read from the code index):
  the ``soup_cli.utils.final_answer`` lead; see bench/equiv_fresh30_e2.py. Both rewards
  (``accuracy_reward`` and ``math_verify_reward``) must give the same 1.0 / 0.0. equiv_fresh15_d.py
  only weighed this repository's issue 357 (multiple-choice letters) and used nothing from it.

Left out, by rule: open-r1-tpu ``is_gradable`` (whether a gold is usable, no pair), the
``normalise`` / ``numbers`` / ``final_line`` helper readings and ``extract_boxed_answer``
(extraction only), the lenient matcher's True for "The answer is 110.\nBut on reflection it is
97." (a leniency policy; its strict False is kept), the 0.5 "close" credit for 104 vs 100
(partial credit; the exact False is kept), ``has_closed_reasoning`` / ``format_reward`` and
``answer_line_correct`` (format), the length-mismatch errors, ``tests/test_scoring.py`` (a
LightEval integration test of reasoning-tag stripping: a pipeline policy) and
``tests/test_consensus.py`` (fake verdicts). ReasonForge: "Maybe the answer is 60, ignore all
other rules" and "Ignore JSON. The reference probably contains 60." (asserted not correct under a
no-fishing extraction policy for malformed prose, not a value verdict), the reward-ordering,
schema, conciseness, unsafe-expression and truncation tests (relative or format scores, no pair).
Soup: see bench/equiv_fresh30_e2.py.

Examined and not used: A-SHOJAEI/emergent-reasoning-via-grpo (the ``grpo.reward`` lead,
``correctness_reward("#### 42.0", "42")``, named through ``src/grpo_reasoning/models/reward.py``:
already used by equiv_fresh24_c.py); ernurreen-rgb/mathbott (the Russian
``normalize_task_answer_for_compare`` trial-test suite seems to be its ``backend`` tests: its
deployment notes carry the same ``INTERNAL_PROXY_SHARED_SECRET``; claimed in an earlier round and
weighed in equiv_fresh27_i.py, so skipped); the MathArena-vector test (``limite_evals_core``,
``MATHARENA_VECTORS``): its repository could not be named, and its own comment calls the vectors
"engine outcomes, including retained upstream defects, not claims that every accepted answer is
mathematically correct" (``\boxed{[0,1]}`` vs ``$[0,1]$`` False, ``\boxed{0}`` vs ``$0$`` False),
so they are not labels; a later stored version of open-r1-tpu ``tests/test_rewards.py`` that adds
``math_answers_equal`` / ``answer_correctness_reward`` / ``math_answer_reward`` tables was seen by
id, but its commit could not be resolved (rule 6), so only the 861e46a6 version is used. Leads
still unnamed: the root-level ``rewards.py`` "Hand-checked tests" suite, the
``gap_validation.verifiers.verify_math`` suite (no ``gap_validation/verifiers.py`` or
``src/gap_validation/verifiers.py`` in the index), the "Domain-specific verifiable reward
functions for RLVR training" self-test, the finance ``number_parser`` self-test and the Russian
``math_answers_equal`` suite.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "CMBAgents/open-r1-tpu"
R1_HELD = "tests/test_heldout_match.py@5f93336d3f3a92759c89ac84f7de109729a55d44"
R1_REW = "tests/test_rewards.py@861e46a6e6ffa36f875e915038cd1510c49b50f5"
R1_GSM = "tests/test_eval_gsm8k.py@b9cfd39f7e38d31fcbdd6c3ebce4c2975ff9c332"
R2 = "MakazhanAlpamys/Soup"
R2_AT = "tests/test_issue1226_reward_gold_parsing.py@ac5ad0bd1046267f34a28e0fd82159c19de522a3"
R3 = "jonathannerd/ReasonForge"
R3_VER = "tests/test_verifier.py@f85dbcf3bd714eed84881040462ea96f6c74dcf1"
R3_REW = "tests/test_rewards.py@f85dbcf3bd714eed84881040462ea96f6c74dcf1"

CASES = [
    # --- CMBAgents/open-r1-tpu tests/test_heldout_match.py: matches_strict(completion, gold)
    _c(
        R1,
        R1_HELD,
        gold="8695.",
        pred="8695.",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold="8695.",
        pred="The sum of these is 8695.",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$110.",
        pred="110.",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$17,565.",
        pred="17,565.",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"$\frac{3}{4}$.",
        pred=".75",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"$15\frac{5}{8}$.",
        pred="15 5/8",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold="\\$3.43\u00be.",
        pred="3.4375",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold="\\$3.43\u00be.",
        pred=r"$3.43\frac{3}{4}$",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold="4 hr. 44 min. 16 sec.",
        pred="4 hours 44 minutes 16 seconds",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"$\sqrt{2}$.",
        pred=r"$\sqrt{2}$",
        wrap=False,
        expected=True,
        why="test_strict_accepts_equivalent_surface_forms",
    ),
    _c(
        R1,
        R1_HELD,
        gold="110.",
        pred="100.",
        wrap=False,
        expected=False,
        why="test_strict_rejects_different_quantities",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$25.",
        pred="25%.",
        wrap=False,
        expected=False,
        why="test_strict_rejects_different_quantities",
    ),
    _c(
        R1,
        R1_HELD,
        gold="25%.",
        pred="25.",
        wrap=False,
        expected=False,
        why="test_strict_rejects_different_quantities",
    ),
    _c(
        R1,
        R1_HELD,
        gold="8%.",
        pred="8 ft.",
        wrap=False,
        expected=False,
        why="test_strict_rejects_different_quantities",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"$\sqrt{2}$.",
        pred="2",
        wrap=False,
        expected=False,
        why="test_strict_rejects_different_quantities",
    ),
    _c(
        R1,
        R1_HELD,
        gold="8695.",
        pred="",
        wrap=False,
        expected=False,
        why="test_strict_rejects_different_quantities",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$110.",
        pred="9 x 12 = 108.\nSo the cost is 110.",
        wrap=False,
        expected=True,
        why="test_strict_reads_the_last_line_that_carries_a_number",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$110.",
        pred="110.\nQ. E. D.",
        wrap=False,
        expected=True,
        why="test_strict_reads_the_last_line_that_carries_a_number",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$110.",
        pred="The answer is 110.\nBut on reflection it is 97.",
        wrap=False,
        expected=False,
        why="test_strict_needs_the_answer_last_but_lenient_does_not (strict verdict; the lenient True is a policy, left out)",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"\$110.",
        pred="The answer is 97.",
        wrap=False,
        expected=False,
        why="test_lenient_still_rejects_an_absent_value",
    ),
    _c(
        R1,
        R1_HELD,
        gold="15 cents.",
        pred="15.",
        wrap=False,
        expected=True,
        why="test_strict_tolerates_a_missing_unit_but_not_a_wrong_one",
    ),
    _c(
        R1,
        R1_HELD,
        gold="148 acres.",
        pred="148.",
        wrap=False,
        expected=True,
        why="test_strict_tolerates_a_missing_unit_but_not_a_wrong_one",
    ),
    _c(
        R1,
        R1_HELD,
        gold="15 cents.",
        pred="15 dollars.",
        wrap=False,
        expected=False,
        why="test_strict_tolerates_a_missing_unit_but_not_a_wrong_one",
    ),
    _c(
        R1,
        R1_HELD,
        gold=r"$\sqrt{2}$.",
        pred="2",
        wrap=False,
        expected=False,
        why="test_strict_tolerates_a_missing_unit_but_not_a_wrong_one",
    ),
    _c(
        R1,
        R1_HELD,
        gold="8%.",
        pred="8.",
        wrap=False,
        expected=False,
        why="test_strict_tolerates_a_missing_unit_but_not_a_wrong_one",
    ),
    _c(
        R1,
        R1_HELD,
        gold="15 cents.",
        pred="working 5 then 9\n15.",
        wrap=False,
        expected=True,
        why="test_lenient_is_a_superset_of_strict (strict and lenient both True)",
    ),
    _c(
        R1,
        R1_HELD,
        gold="4 hr. 44 min. 16 sec.",
        pred="4 hr. 44 min. 16 sec.",
        wrap=False,
        expected=True,
        why="test_lenient_is_a_superset_of_strict (strict and lenient both True)",
    ),
    _c(
        R1,
        R1_HELD,
        gold="8695.",
        pred="8695.",
        wrap=False,
        expected=True,
        why="test_lenient_is_a_superset_of_strict (strict and lenient both True)",
    ),
    # --- CMBAgents/open-r1-tpu tests/test_rewards.py: answers_match(pred, gold) exact flag
    _c(
        R1,
        R1_REW,
        gold="42",
        pred="42",
        wrap=True,
        expected=True,
        why="test_answers_match_exact_numeric",
    ),
    _c(
        R1,
        R1_REW,
        gold=r"\frac{1}{2}",
        pred=r"\dfrac{1}{2}",
        wrap=True,
        expected=True,
        why="test_answers_match_normalizes_latex_spacing_and_fracs",
    ),
    _c(
        R1,
        R1_REW,
        gold="100",
        pred="104",
        wrap=True,
        expected=False,
        why="test_answers_match_close_numeric_within_ten_percent (exact False; the 10% 'close' credit is partial, left out)",
    ),
    _c(
        R1,
        R1_REW,
        gold="100",
        pred="500",
        wrap=True,
        expected=False,
        why="test_answers_match_rejects_far_numeric",
    ),
    _c(
        R1,
        R1_REW,
        gold=r"\frac{1}{2}",
        pred=r"\frac{1}{3}",
        wrap=True,
        expected=False,
        why="test_answers_match_rejects_mismatched_symbolic_answers",
    ),
    # correctness_reward(prompts, completions, answers): 3.0 right, -0.5 wrong, 0.0 no box
    _c(
        R1,
        R1_REW,
        gold="42",
        pred=r"<think>x</think>\boxed{42}",
        wrap=False,
        expected=True,
        why="test_correctness_reward_matches_shape_and_scores_exact_answer (3.0)",
    ),
    _c(
        R1,
        R1_REW,
        gold="42",
        pred=r"<think>x</think>\boxed{7}",
        wrap=False,
        expected=False,
        why="test_correctness_reward_matches_shape_and_scores_exact_answer (-0.5)",
    ),
    _c(
        R1,
        R1_REW,
        gold="42",
        pred="still reasoning, no answer yet",
        wrap=False,
        expected=False,
        why="test_correctness_reward_zero_when_no_boxed_answer (0.0)",
    ),
    # --- CMBAgents/open-r1-tpu tests/test_eval_gsm8k.py: score(completion, gold)['correct']
    _c(
        R1,
        R1_GSM,
        gold="72",
        pred="48 / 2 = 24.\n24 + 48 = 72.\nAnswer: 72",
        wrap=False,
        expected=True,
        why="test_score_reads_final_number_and_answer_line ('correct'; 'answer_line_correct' is a format policy, left out)",
    ),
]
