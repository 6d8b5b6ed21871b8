"""fresh30_g, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh30_g.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh30_g import (
    ARAB,
    ARAB_AT,
    BRAKE,
    BRAKE_AT,
    EVALHUB,
    EVALHUB_AT,
    GEMMA,
    GEMMA_AT,
    PILOT,
    PILOT_AT,
    PIVOT,
    PIVOT_AT,
    RASP,
    RASP_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        RASP,
        RASP_AT,
        gold="(x-1)(x+1)",
        pred=r"\boxed{x^2-1}",
        wrap=False,
        expected=True,
        why="test_optional_math_verifier_handles_symbolic_fallback (verifier mocked to True)",
    ),
    _c(
        RASP,
        RASP_AT,
        gold=r"4\sqrt{2}",
        pred=r"Reasoning mentions 4\sqrt{2}. Therefore \boxed{2}.",
        wrap=False,
        expected=False,
        why="test_math_verify_uses_extracted_prediction_not_full_reasoning (string-equality fake)",
    ),
    # stvngo: is_correct(predicted, ground_truth) check table
    _c(
        PIVOT,
        PIVOT_AT,
        gold="3",
        pred="3.0",
        wrap=True,
        expected=True,
        why="is_correct float_vs_int",
    ),
    _c(
        PIVOT,
        PIVOT_AT,
        gold="1,234",
        pred="1234",
        wrap=True,
        expected=True,
        why="is_correct comma_vs_plain",
    ),
    _c(PIVOT, PIVOT_AT, gold="5", pred="4", wrap=True, expected=False, why="is_correct mismatch"),
    _c(
        PIVOT,
        PIVOT_AT,
        gold="12",
        pred=" 12 ",
        wrap=True,
        expected=True,
        why="is_correct whitespace",
    ),
    # agent-pilot-autobench: score_answer(response, gold, AnswerType.EXACT)
    _c(
        PILOT,
        PILOT_AT,
        gold="3",
        pred="Final Answer: 3.",
        wrap=False,
        expected=True,
        why="test_score_answer_exact_dot_stripped",
    ),
    _c(
        PILOT,
        PILOT_AT,
        gold="3",
        pred="Final Answer: 4",
        wrap=False,
        expected=False,
        why="test_score_answer_exact_wrong",
    ),
    _c(
        PILOT,
        PILOT_AT,
        gold="3",
        pred="Final Answer: three",
        wrap=False,
        expected=True,
        why="test_score_answer_exact_number_word_match",
    ),
    # arabic-dialect-interp-gsm8k: is_correct("math", parsed_answer, target)
    _c(
        ARAB,
        ARAB_AT,
        gold="1234",
        pred="1234",
        wrap=True,
        expected=True,
        why="test_sentiment_and_math_correctness",
    ),
    _c(
        ARAB,
        ARAB_AT,
        gold="12.5",
        pred="١٢٫٥",
        wrap=True,
        expected=True,
        why="test_math_parsing_and_scoring_supports_arabic_indic_digits",
    ),
    # thought-brake: exact_match.score(prediction, gold) == 1.0
    _c(
        BRAKE,
        BRAKE_AT,
        gold="70000",
        pred="Josh made a profit of **$70,000**.",
        wrap=False,
        expected=True,
        why="test_exact_match_handles_comma_separated_numbers",
    ),
    _c(
        BRAKE,
        BRAKE_AT,
        gold="57",
        pred="40 + 10 + 3 + 4 = **57.00**",
        wrap=False,
        expected=True,
        why="test_exact_match_uses_last_number_for_final_answer",
    ),
    # gemma4-capability-map: answer_contains_all(["42"], response)
    _c(
        GEMMA,
        GEMMA_AT,
        gold="42",
        pred="The answer is 42.",
        wrap=False,
        expected=True,
        why="test_answer_match_accepts_exact_substrings",
    ),
    # evalhub: ExactMatchEvaluator().evaluate(prediction, reference).score == 0.0
    _c(
        EVALHUB,
        EVALHUB_AT,
        gold="5",
        pred="4",
        wrap=True,
        expected=False,
        why="test_exact_match_returns_zero_for_mismatch",
    ),
]
