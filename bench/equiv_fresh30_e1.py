"""fresh30_e, continued (part 2 of 2): the last seven open-r1-tpu GSM8K scorer cases and the 20
ReasonForge cases that bench/equiv_fresh30_e.py names (repository, path @ commit, licence and what
was left out are in its docstring). Re-transcribed from the same files and commits after the
helper's module was cut by a splitting script (same cases, same order). Do not tune the judge on
these cases.
"""

from __future__ import annotations

from bench.equiv_fresh30_e import R1, R1_GSM, R3, R3_REW, R3_VER
from bench.equiv_rl_suites import collected_case as _c

_GSM_WHY = "test_score_reads_final_number_and_answer_line ('correct'; 'answer_line_correct' is a format policy, left out)"

CASES = [
    # --- CMBAgents/open-r1-tpu tests/test_eval_gsm8k.py (continued)
    _c(
        R1,
        R1_GSM,
        gold="1000",
        pred="It costs $1,000 in all.\nAnswer: 1,000",
        wrap=False,
        expected=True,
        why=_GSM_WHY,
    ),
    _c(R1, R1_GSM, gold="5", pred="Answer: $5", wrap=False, expected=True, why=_GSM_WHY),
    _c(
        R1,
        R1_GSM,
        gold="5",
        pred="So she needs 5 more dollars.",
        wrap=False,
        expected=True,
        why=_GSM_WHY,
    ),
    _c(
        R1,
        R1_GSM,
        gold="5",
        pred="Answer: 5\nThat is 12 in all.",
        wrap=False,
        expected=False,
        why=_GSM_WHY,
    ),
    _c(R1, R1_GSM, gold="5", pred="Answer: 6", wrap=False, expected=False, why=_GSM_WHY),
    _c(R1, R1_GSM, gold="5", pred="Answer: 5 loaves", wrap=False, expected=True, why=_GSM_WHY),
    _c(R1, R1_GSM, gold="5", pred="", wrap=False, expected=False, why=_GSM_WHY),
    # --- jonathannerd/ReasonForge tests/test_verifier.py: mathematically_equivalent(left, right)
    _c(R3, R3_VER, gold="60.0", pred="60", wrap=True, expected=True, why="test_equivalent_answers"),
    _c(
        R3,
        R3_VER,
        gold="60 dollars",
        pred="$60",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(R3, R3_VER, gold="0.5", pred="1/2", wrap=True, expected=True, why="test_equivalent_answers"),
    _c(R3, R3_VER, gold="0.5", pred="2/4", wrap=True, expected=True, why="test_equivalent_answers"),
    _c(R3, R3_VER, gold="0.5", pred="50%", wrap=True, expected=True, why="test_equivalent_answers"),
    _c(
        R3,
        R3_VER,
        gold="1234",
        pred="1,234",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    _c(
        R3,
        R3_VER,
        gold="-4 * 2",
        pred="-8",
        wrap=True,
        expected=True,
        why="test_equivalent_answers",
    ),
    # verify_completion(response, reference): answer_correct / math_accuracy
    _c(
        R3,
        R3_VER,
        gold="60",
        pred='{"method": "two steps", "calculations": [{"expression": "10 + 2", "result": "12"}, {"expression": "12 * 5", "result": "61"}], "final_answer": "60"}',
        wrap=False,
        expected=True,
        why="test_correct_and_incorrect_calculations",
    ),
    _c(
        R3,
        R3_VER,
        gold="60 dollars",
        pred='{"method": "addition", "calculations": [{"expression": "30 + 30", "result": "60.0"}], "final_answer": "$60"}',
        wrap=False,
        expected=True,
        why="test_last_calculation_must_match_final",
    ),
    _c(
        R3,
        R3_VER,
        gold="0.5",
        pred="1/2",
        wrap=False,
        expected=True,
        why="test_malformed_concise_answer_can_still_be_mathematically_correct",
    ),
    _c(
        R3,
        R3_VER,
        gold="0.75",
        pred="The final answer is 3/4.",
        wrap=False,
        expected=True,
        why="test_conservative_fallback_answer_extraction",
    ),
    _c(
        R3,
        R3_VER,
        gold="0.75",
        pred="Work omitted. \\\\boxed{0.75}",
        wrap=False,
        expected=True,
        why="test_conservative_fallback_answer_extraction (raw string: two backslashes)",
    ),
    _c(
        R3,
        R3_VER,
        gold="0.75",
        pred="Some safe arithmetic\n= 75%",
        wrap=False,
        expected=True,
        why="test_conservative_fallback_answer_extraction",
    ),
    _c(
        R3,
        R3_VER,
        gold="0.75",
        pred='{"final_answer": "0.75"}',
        wrap=False,
        expected=True,
        why="test_conservative_fallback_answer_extraction",
    ),
    _c(
        R3,
        R3_VER,
        gold="60",
        pred="The answer is 60.",
        wrap=False,
        expected=True,
        why="test_strict_end_to_end_is_distinct_from_math_accuracy (math_accuracy)",
    ),
    _c(
        R3,
        R3_VER,
        gold="60",
        pred='{"method": "multiply", "calculations": [{"expression": "12 * 5", "result": "60"}], "final_answer": "60"}',
        wrap=False,
        expected=True,
        why="test_strict_end_to_end_is_distinct_from_math_accuracy",
    ),
    # tests/test_rewards.py: answer_correctness 5.0
    _c(
        R3,
        R3_REW,
        gold="60",
        pred='{"method": "arithmetic", "calculations": [{"expression": "__import__(\'os\').system(\'true\')", "result": "60"}], "final_answer": "60"}',
        wrap=False,
        expected=True,
        why="test_reward_hacking_is_penalized_and_cannot_earn_correctness",
    ),
    _c(
        R3,
        R3_REW,
        gold="60",
        pred="The final answer is 60.",
        wrap=False,
        expected=True,
        why="test_explicit_final_answer_marker_earns_math_but_not_schema_reward",
    ),
    _c(
        R3,
        R3_REW,
        gold="2",
        pred="2",
        wrap=False,
        expected=True,
        why="test_reward_repeats_prompt_level_references_for_generations",
    ),
    _c(
        R3,
        R3_REW,
        gold="3",
        pred="3",
        wrap=False,
        expected=True,
        why="test_reward_repeats_prompt_level_references_for_generations",
    ),
]
