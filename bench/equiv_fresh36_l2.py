r"""A thirty-sixth fresh set of answer-equivalence cases, continued (evaluation only; helper "l",
second module: test files of small 2025-2026 maths-scoring projects: an eval harness, a tool-use
RL reward, an RL-trained tutor). The first part is bench/equiv_fresh36_l.py.

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh36_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- heosanghun/Cognitive-Tree-Search ``tests/test_answers_match.py`` and ``tests/test_gsm8k_eval.py``
  @ cc4a65159eb01a687a13e516637fc56a6c1f8ceb (``answers_match(pred, gold) is True/False``;
  ``check_gsm8k_answer(pred, gold)``, once on the answer ``extract_gsm8k_answer`` takes from
  ``#### 1,234``, stored here as that whole text). Apache-2.0.
- Cirrick/toolcredit (tool-use maths RL) ``rewards/test_rewards.py`` @
  87464202c987311d77e93e72b107918407dab10f (``verify_answer(pred, gold)["correct"]`` on boxed
  responses; ``compute_reward(response, gold)["answer_correct"]``, and reward 0.1 = format credit
  only, i.e. a wrong answer). No license file.
- Paulo-Oliva/rl-its (an RL-trained maths tutor) ``tests/test_reward.py`` @
  13e71ad895d29a09c7a0ba1e8c2038b0c9d34fd2 (``verify_answer(message, answer)``: does a chat
  message state the answer). MIT.

Left out, by rule: empty golds (Cognitive-Tree-Search ``""`` vs ``""`` and ``"   "`` vs ``""``);
extraction-only and normalisation helpers (``normalize_answer``, ``extract_gsm8k_answer``,
``normalize_number``, ``extract_boxed``, ``_extract_pred``); format and truncation policies that
are not about the answer's value (toolcredit ``The answer is 42.`` scored wrong under
``strict_boxed=True``, its truncated-response rule, ``format_ok``); verdicts that rest on a
percent-sign policy (Cognitive-Tree-Search ``50%`` == ``50``, which drops ``%``; toolcredit
``\boxed{50\%}`` != ``50``, which reads it as /100); letter and word answers
(Cognitive-Tree-Search ``A``/``a``/``B``, ``yes``/``no``); rl-its's session-level rewards
(solve/leakage gates, judge parsing), which are not answer comparisons.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R6 = "heosanghun/Cognitive-Tree-Search"

R6_AM = "tests/test_answers_match.py@cc4a65159eb01a687a13e516637fc56a6c1f8ceb"

R6_GS = "tests/test_gsm8k_eval.py@cc4a65159eb01a687a13e516637fc56a6c1f8ceb"

R7 = "Cirrick/toolcredit"

R7_AT = "rewards/test_rewards.py@87464202c987311d77e93e72b107918407dab10f"

R8 = "Paulo-Oliva/rl-its"

R8_AT = "tests/test_reward.py@13e71ad895d29a09c7a0ba1e8c2038b0c9d34fd2"

CASES = [
    # Cognitive-Tree-Search: answers_match(pred, gold); check_gsm8k_answer(pred, gold)
    _c(
        R6,
        R6_AM,
        gold=r"42",
        pred=r"\boxed{42}",
        wrap=False,
        expected=True,
        why=r"test_match_exact_after_normalization",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why=r"test_match_with_thousands_separator",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3.14",
        pred=r"$3.14",
        wrap=True,
        expected=True,
        why=r"test_match_with_currency_and_percent_signs",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"90",
        pred=r"90^\circ",
        wrap=True,
        expected=True,
        why=r"test_match_with_degree_marker_difference",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3",
        pred=r"\boxed{3}",
        wrap=False,
        expected=True,
        why=r"test_match_with_boxed_and_braces",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"4",
        pred=r"3",
        wrap=True,
        expected=False,
        why=r"test_no_match_when_substantively_different",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3.0",
        pred=r"3",
        wrap=True,
        expected=True,
        why=r"test_match_numeric_fallback_for_decimal_vs_int",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3",
        pred=r"3.000",
        wrap=True,
        expected=True,
        why=r"test_match_numeric_fallback_for_decimal_vs_int",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"42",
        pred=r"answer42",
        wrap=True,
        expected=True,
        why=r"test_match_numeric_fallback_extracts_leading_number",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3.0",
        pred=r"3.001",
        wrap=True,
        expected=False,
        why=r"test_no_match_when_numbers_differ_slightly",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"-5",
        pred=r"-5",
        wrap=True,
        expected=True,
        why=r"test_match_negative_numbers",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"-5",
        pred=r"-5.0",
        wrap=True,
        expected=True,
        why=r"test_match_negative_numbers",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"5",
        pred=r"\text{seconds}5",
        wrap=True,
        expected=True,
        why=r"test_match_strips_text_units",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"(3)",
        pred=r"\left(3\right)",
        wrap=True,
        expected=True,
        why=r"test_match_with_left_right_delimiters_in_one_side_only",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"125",
        pred=r"125",
        wrap=True,
        expected=True,
        why=r"test_match_aime_three_digit_integer",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"0",
        pred=r"0",
        wrap=True,
        expected=True,
        why=r"test_match_aime_three_digit_integer",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"999",
        pred=r"999",
        wrap=True,
        expected=True,
        why=r"test_match_aime_three_digit_integer",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3\sqrt{13}",
        pred=r"3\sqrt{13}",
        wrap=True,
        expected=True,
        why=r"test_match_math500_sqrt_expression",
    ),
    _c(
        R6,
        R6_AM,
        gold=r"3\sqrt{13}",
        pred=r"2\sqrt{13}",
        wrap=True,
        expected=False,
        why=r"test_no_match_math500_sqrt_with_different_coefficient",
    ),
    _c(
        R6,
        R6_GS,
        gold=r"1234",
        pred=r"#### 1,234",
        wrap=False,
        expected=True,
        why=r"test_extract_answer_with_commas (extract_gsm8k_answer, then check)",
    ),
    _c(
        R6,
        R6_GS,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why=r"test_check_answer_correct",
    ),
    _c(
        R6,
        R6_GS,
        gold=r"1,234",
        pred=r"1234",
        wrap=True,
        expected=True,
        why=r"test_check_answer_correct",
    ),
    _c(
        R6,
        R6_GS,
        gold=r"42",
        pred=r"41",
        wrap=True,
        expected=False,
        why=r"test_check_answer_incorrect",
    ),
    # toolcredit: verify_answer(pred, gold)["correct"]; compute_reward(...)
    _c(
        R7,
        R7_AT,
        gold=r"0.75",
        pred=r"\boxed{\frac{3}{4}}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (fraction vs decimal)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"\frac{3}{4}",
        pred=r"\boxed{3/4}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (plain vs latex fraction)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"2\sqrt{2}",
        pred=r"\boxed{\sqrt{8}}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (radical normalization)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"\left( 3, \frac{\pi}{2} \right)",
        pred=r"\boxed{(3, \frac{\pi}{2})}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (coordinate pair)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"[2,5)",
        pred=r"\boxed{[2, 5)}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (interval)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"-0.5",
        pred=r"\boxed{-\frac{1}{2}}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (leading minus)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"2\pi",
        pred=r"\boxed{2\pi}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (pi expression)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"3",
        pred=r"\boxed{x=3}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (equation vs value)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"0",
        pred=r"gold text …\boxed{0}",
        wrap=False,
        expected=True,
        why=r"test_equivalent (M1 probe row style)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"4",
        pred=r"\boxed{3}",
        wrap=False,
        expected=False,
        why=r"test_not_equivalent",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"\frac{1}{3}",
        pred=r"\boxed{\frac{1}{2}}",
        wrap=False,
        expected=False,
        why=r"test_not_equivalent",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"(2, 1)",
        pred=r"\boxed{(1, 2)}",
        wrap=False,
        expected=False,
        why=r"test_not_equivalent",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"42",
        pred=r"So the final answer is $42$.",
        wrap=False,
        expected=True,
        why=r"test_lenient_extracts_without_boxed (strict_boxed=False)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"42",
        pred=r"It could be 41, or 42, maybe 43.",
        wrap=False,
        expected=False,
        why=r"test_strict_blocks_candidate_spray (strict_boxed=True)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"42",
        pred=r"\boxed{\@#$%^&}",
        wrap=False,
        expected=False,
        why=r"test_garbage_does_not_crash",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"42",
        pred=r"\boxed{42}",
        wrap=False,
        expected=True,
        why=r"test_composite_correct_plus_format (answer_correct)",
    ),
    _c(
        R7,
        R7_AT,
        gold=r"42",
        pred=r"\boxed{41}",
        wrap=False,
        expected=False,
        why=r"test_composite_format_only (reward 0.1 = format only)",
    ),
    # rl-its: verify_answer(message, answer) on whole chat messages
    _c(
        R8,
        R8_AT,
        gold=r"4",
        pred=r"So we have 4x on the left side.",
        wrap=False,
        expected=False,
        why=r"test_small_int_needs_answer_context (coefficient is not a match)",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"4",
        pred=r"Step 4: simplify both sides.",
        wrap=False,
        expected=False,
        why=r"test_small_int_needs_answer_context (step number is not a match)",
    ),
    _c(
        R8,
        R8_AT,
        gold=r"10",
        pred=r"Try dividing 30 by 3 now.",
        wrap=False,
        expected=False,
        why=r"test_small_int_needs_answer_context (operands are not a match)",
    ),
]
