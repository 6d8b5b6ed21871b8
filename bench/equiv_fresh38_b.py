r"""A thirty-eighth fresh set of answer-equivalence cases (evaluation only; helper "b": answer
checks asserted by the test suites and self-test tables of LLM maths-evaluation / RL-reward
harnesses written in 2025-2026).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh38_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- manncodes/verl (a verl fork with its own ``verl.utils.reward_score.math_verify`` package)
  ``test_verifier_comparison.py`` @ 5728387ab170087da744604c580c757c7dfd2b67: a script that runs
  three verifiers over ``TEST_CASES = [(solution, ground_truth, expected_correct), ...]`` and
  reports each against the author's ``expected_correct`` column (``exp_match = "OK" if
  r['math_verify_new'] == r['expected'] else "!!"``). The solutions are whole completions
  (``wrap=False``). Apache-2.0 (the fork's LICENSE, read in the fetched snapshot's HEAD
  d8e97e1724e348658c670b9160f1393d4fb20678; that snapshot no longer holds the script, which was
  read from the index at the commit above).
- jin126700/AIMO ``tests/test_scoring.py`` @ 80f257ded148b3e199769aec6b6e4654d88915c6 (Korean
  comments; ``compare_answers(a, b) == VERDICT_CORRECT / VERDICT_WRONG`` of ``aimo.scoring``,
  the first argument stored as the prediction, ``wrap=True``; and the completion-level
  ``classify_thinking_slot(text=..., gold=...)`` returning ``"C"`` (correct) or ``"W"`` (wrong),
  ``wrap=False``). No license file listed for the repository in the index; no snapshot could be
  fetched.
- sanketsans/rlvr (``qwen3_rlvr``) ``tests/test_extract.py`` and ``tests/test_extract_extended.py``
  @ 6aca457ef13dbe19412dd77b5daf1a101874bea8 (``answers_match(raw_model_output, reference)``
  asserted true / ``not``; the prediction is raw model output, ``wrap=False``). MIT.

Left out, by rule:
- manncodes/verl: the row ``(r"\boxed{}", "", True)`` (no answer on either side, an extraction
  edge rather than a value comparison); the second, identical ``(r"\boxed{2^{n-1}}", "2^{n-1}",
  True)`` row (kept once); the three "fuzzy string matching" rows that accept a misspelled gold
  (``triangel``, ``isosceles``/``isoceles``, ``paralellogram``: spelling tolerance, not about the
  answer's value); the component tables printed after TEST_CASES (``compare_numeric``,
  ``compare_sets``, ``compare_ratios``, ``compare_roman_numerals``, ``compare_text_answers``,
  fuzzy matching) and the project's pytest file ``tests/utils/reward_score/
  test_dolci_think_rl_on_cpu.py`` (MATH_TEST_CASES), by the 60-cases-per-project cap (TEST_CASES
  alone gives 59 usable rows, taken whole and in order); extraction and normalisation prints.
- jin126700/AIMO: verdicts that are neither correct nor wrong (``VERDICT_UNSUPPORTED`` for
  ``\sqrt{2}`` vs ``1.4142`` and ``1/0`` vs ``1``, ``score_answer(None, "7")``; the ``"U_score"`` /
  ``"X"`` slots for an answer only inside ``<think>``, conflicting boxes ``\boxed{7} and
  \boxed{8}``, unclosed thinking, no submitted answer, token-only generations);
  ``split_thinking`` / ``extract_boxed`` / ``parse_submitted_answer`` extraction tests; the same
  completion scored twice, with and without ``thinking_already_open`` (kept once).
- sanketsans/rlvr: extraction tests (``extract_answer``, ``_extract_boxed``,
  ``extract_reference_answer``) and the ``_normalize_numeric`` helper equalities.

Examined and not used: Mike-teib/mikamike-backend (French ``check_math_answer`` table),
killy-netsphere/Netsphere-Eval, idnaedtech/idna-tutor-mvp, radixark/miles (``math_dapo_utils``
tests), mfish324/mathclicks, EZIOJP/cognitive-aware-learning-tutor, Tristan-alpha/Temp-Selector,
MaxIv25/ReasoningAblationStudyMIPT2026 and FFishy-git/INFUSER (all already used by earlier
sets); a vitest suite of a homework app's ``checkAnswer`` (``window.correctAnswer`` /
``dom.userAnswer``) whose ``isAnswerCorrect`` is mocked to return true, so its "should accept"
tests assert nothing about equivalence; an ``rlvr`` package's CPU test table
(``answers_equivalent(pred, gt) is ok``), a persona-aware ``gsm8k_verifier.py`` self-test table and
a ``racprompt.verifier`` test, none of whose repositories could be identified in the index;
jadshaker/Lebanese-High-School-AI-Math-Tutor, bdsaglam/rlvr, zamir5895/math-tutor-ai,
H4R4K1RI/math-tutor-platform and ShahNiravG/math-tutor (fetched; no answer-checking tests).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VERL = "manncodes/verl"
VERL_AT = "test_verifier_comparison.py@5728387ab170087da744604c580c757c7dfd2b67"

AIMO = "jin126700/AIMO"
AIMO_AT = "tests/test_scoring.py@80f257ded148b3e199769aec6b6e4654d88915c6"

RLVR = "sanketsans/rlvr"
RLVR_AT = "tests/test_extract.py@6aca457ef13dbe19412dd77b5daf1a101874bea8"
RLVR_EXT_AT = "tests/test_extract_extended.py@6aca457ef13dbe19412dd77b5daf1a101874bea8"

_COT = (
    "\n    Let's solve step by step.\n    First, x = 2\n    Then x^2 = 4\n"
    "    Therefore, the answer is \\boxed{4}\n    "
)

# manncodes/verl TEST_CASES: (solution, ground_truth, expected_correct, section comment).
_VERL_ROWS = [
    (r"The answer is \boxed{42}", "42", True, "Basic boxed integers"),
    (r"\boxed{-7}", "-7", True, "Basic boxed integers"),
    (r"\boxed{0}", "0", True, "Basic boxed integers"),
    (r"\boxed{\frac{1}{2}}", r"\frac{1}{2}", True, "Fractions - string match"),
    (r"\boxed{\frac{1}{2}}", "0.5", True, "Fractions - numeric equivalence"),
    (r"\boxed{1/2}", "0.5", True, "Fractions - numeric equivalence"),
    (r"\boxed{\dfrac{1}{2}}", r"\frac{1}{2}", True, "dfrac/tfrac normalization"),
    (r"\boxed{\tfrac{3}{4}}", r"\frac{3}{4}", True, "dfrac/tfrac normalization"),
    (r"\boxed{3.14159}", "3.14159", True, "Decimals"),
    (r"\boxed{0.5}", "0.5", True, "Decimals"),
    (r"\boxed{41}", "42", False, "Wrong answers"),
    (r"\boxed{wrong}", "42", False, "Wrong answers"),
    (r"\boxed{wrong} then \boxed{correct}", "correct", True, "Multiple boxed (should use last)"),
    (r"\boxed{1} \boxed{2} \boxed{3}", "3", True, "Multiple boxed (should use last)"),
    (_COT, "4", True, "Chain of thought"),
    (r"\boxed{\frac{1}{\sqrt{2}}}", r"\frac{1}{\sqrt{2}}", True, "Nested fractions"),
    (r"\boxed{ 42 }", "42", True, "Whitespace handling"),
    (r"\boxed{  3.14  }", "3.14", True, "Whitespace handling"),
    (r"\boxed{-42}", "-42", True, "Negative numbers"),
    (r"\boxed{1000000}", "1000000", True, "Large numbers"),
    ("The answer is: 42", "42", True, "No boxed - should use pattern/fallback extraction"),
    (r"\boxed{1,000,000}", "1000000", True, "Thousands separator handling"),
    (r"\boxed{(1, 2, 3)}", "(1, 2, 3)", True, "Tuples/lists"),
    (r"\boxed{.5}", "0.5", True, "Leading decimal normalization"),
    (r"\boxed{\sqrt{2}}", r"\sqrt{2}", True, "LaTeX sqrt comparisons"),
    (r"\boxed{\sqrt2}", r"\sqrt{2}", True, "LaTeX sqrt comparisons: shorthand expansion"),
    (r"\boxed{\sqrt{3}}", "1.732", True, "LaTeX sqrt comparisons: numeric sqrt comparison"),
    (r"\boxed{Median}", "median", True, "Text word answers: case insensitive"),
    (r"\boxed{MEDIAN}", "Median", True, "Text word answers"),
    (r"The answer is \boxed{Mean}", "average", True, "Text word answers: aliases"),
    (r"\boxed{undefined}", "does not exist", True, "Text word answers"),
    (r"\boxed{20(q-1)}", "20(q-1)", True, "Algebraic expressions: exact string match"),
    (r"\boxed{2^{n-1}}", "2^{n-1}", True, "Algebraic expressions"),
    (r"\boxed{46 / 3}", "46/3", True, "Fractions with spaces"),
    (r"\boxed{46/3}", "46 / 3", True, "Fractions with spaces"),
    (r"\boxed{\{2,3,5\}}", "{2,3,5}", True, "Sets (order-independent)"),
    (r"\boxed{\{5,3,2\}}", "{2,3,5}", True, "Sets (order-independent): different order"),
    (r"\boxed{{2, 3, 5}}", "{5, 2, 3}", True, "Sets (order-independent)"),
    (r"\boxed{1:3}", "1:3", True, "Ratios"),
    (r"\boxed{2:6}", "1:3", True, "Ratios: equivalent ratio"),
    (r"\boxed{1 : 3}", "1:3", True, "Ratios: with spaces"),
    (r"\boxed{\neq 0}", r"\neq0", True, "Inequalities/conditions"),
    (r"\boxed{c \neq 0}", r"c \neq 0", True, "Inequalities/conditions"),
    (r"\boxed{XIV}", "14", True, "Roman numerals"),
    (r"\boxed{IV}", "4", True, "Roman numerals"),
    (r"\boxed{4}", "IV", True, "Roman numerals: reverse direction"),
    (r"\boxed{MCMLXXXIV}", "1984", True, "Roman numerals"),
    (r"\boxed{60^\circ}", "60", True, "Degree/angle expressions: degree symbol removed"),
    (r"\boxed{90^{\circ}}", "90", True, "Degree/angle expressions"),
    (r"\boxed{n = 2018}", "2018", True, "Equations/assignments: extract value from assignment"),
    (r"\boxed{k = 5}", "5", True, "Equations/assignments"),
    (
        r"The statistical measure is the \boxed{median}",
        "Median",
        True,
        "Dolci dataset funky ground truths: word answer",
    ),
    (r"\boxed{68991}", "68991", True, "Dolci dataset funky ground truths: plain number"),
    (r"\boxed{2\pi}", r"2\pi", True, "Pi expressions"),
    (r"\boxed{\pi/2}", r"\frac{\pi}{2}", True, "Pi expressions"),
    (r"\boxed{50\%}", "0.5", True, "Percentages"),
    (r"\boxed{25%}", "0.25", True, "Percentages"),
    (r"\boxed{√2}", r"\sqrt{2}", True, "Unicode"),
    (r"\boxed{π}", r"\pi", True, "Unicode"),
]

CASES = [
    _c(
        VERL,
        VERL_AT,
        gold=gold,
        pred=sol,
        wrap=False,
        expected=ok,
        why=f"TEST_CASES ({note}): expected_correct={ok}",
    )
    for sol, gold, ok, note in _VERL_ROWS
]

CASES += [
    # jin126700/AIMO compare_answers(a, b): first argument taken as the prediction.
    _c(
        AIMO,
        AIMO_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_half_and_zero_point_five_are_equivalent: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="test_half_and_zero_point_five_are_equivalent: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"0.50",
        pred=r"\dfrac{2}{4}",
        wrap=True,
        expected=True,
        why="test_half_and_zero_point_five_are_equivalent: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"9007199254740992",
        pred=r"9007199254740993",
        wrap=True,
        expected=False,
        why="test_large_integers_are_not_collapsed_by_float: VERDICT_WRONG (2^53+1 vs 2^53)",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"9007199254740993",
        pred=r"9007199254740993",
        wrap=True,
        expected=True,
        why="test_large_integers_are_not_collapsed_by_float: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"7",
        pred=r"$7$",
        wrap=True,
        expected=True,
        why="test_normalization_rules_are_bounded: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"1234",
        pred=r"1,234",
        wrap=True,
        expected=True,
        why="test_normalization_rules_are_bounded: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"7",
        pred=r"+7.0",
        wrap=True,
        expected=True,
        why="test_normalization_rules_are_bounded: VERDICT_CORRECT",
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"3",
        pred=r"-3",
        wrap=True,
        expected=False,
        why="test_normalization_rules_are_bounded: VERDICT_WRONG",
    ),
    # jin126700/AIMO classify_thinking_slot(text=..., gold=...): "C" correct, "W" wrong.
    _c(
        AIMO,
        AIMO_AT,
        gold=r"0.5",
        pred=r"<think>x</think> \boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why='test_nested_boxed_fraction_is_extracted: slot "C"',
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"0.5",
        pred=r"<think>x</think> \boxed{1/2} then \boxed{0.5}",
        wrap=False,
        expected=True,
        why='test_conflicting_final_answers_follow_the_documented_rule: equivalent boxes, "C"',
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"7",
        pred=r"reasoning 42</think> Final answer: 7",
        wrap=False,
        expected=True,
        why='test_prompt_opened_thinking_with_only_a_closing_tag: "C" (the prompt opened <think>)',
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"42",
        pred=r"reasoning 42</think> Final answer: 7",
        wrap=False,
        expected=False,
        why='test_prompt_opened_thinking_with_only_a_closing_tag: "W" (42 only in the thinking)',
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"7",
        pred=r"The answer is \boxed{7}",
        wrap=False,
        expected=True,
        why='test_plain_non_thinking_answer: "C"',
    ),
    _c(
        AIMO,
        AIMO_AT,
        gold=r"7",
        pred=r"<think>a</think>mid<think>b</think> \boxed{7}",
        wrap=False,
        expected=True,
        why='test_multiple_thinking_blocks_use_the_same_rule: "C"',
    ),
    # sanketsans/rlvr answers_match(raw_model_output, reference).
    _c(
        RLVR,
        RLVR_AT,
        gold=r"42.0",
        pred=r"#### 42",
        wrap=False,
        expected=True,
        why="test_answers_match_numeric_variants: assert answers_match",
    ),
    _c(
        RLVR,
        RLVR_AT,
        gold=r"1234",
        pred=r"The answer is 1,234",
        wrap=False,
        expected=True,
        why="test_answers_match_numeric_variants: assert answers_match",
    ),
    _c(
        RLVR,
        RLVR_AT,
        gold=r"42",
        pred=r"#### 41",
        wrap=False,
        expected=False,
        why="test_answers_match_numeric_variants: assert not answers_match",
    ),
    _c(
        RLVR,
        RLVR_EXT_AT,
        gold=r"1/2",
        pred=r"so \boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_answers_match_handles_fraction_and_decimal",
    ),
    _c(
        RLVR,
        RLVR_EXT_AT,
        gold=r"blue",
        pred=r"Blue",
        wrap=False,
        expected=True,
        why="test_answers_match_non_numeric_falls_back_to_string: case-insensitive",
    ),
    _c(
        RLVR,
        RLVR_EXT_AT,
        gold=r"blue",
        pred=r"Red",
        wrap=False,
        expected=False,
        why="test_answers_match_non_numeric_falls_back_to_string: assert not",
    ),
]
