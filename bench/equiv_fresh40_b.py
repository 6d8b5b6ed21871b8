r"""A fortieth fresh set of answer-equivalence cases (evaluation only; helper "b":
Python leads that earlier helpers found by exact-string search but could not tie to a
repository, and suites like them).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh40_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- dumbkin31/exploration-in-grpo ``tests/test_reward.py`` @
  5c0af8003ab48f8908df774d48edaa78483231e6 (the ``mixed_cuts`` lead of equiv_fresh39_c:
  ``reward.compute_score(data_source, response, gt)["score"] == expected`` for MATH-train /
  MATH-500 rewards; math-verify based, last ``\boxed{}`` wins, a box is required). 11 cases.
  No license file in the index listing (no ``LICENSE`` path stored).
- ansz42/ReasonMaxxer ``offline_search/tests/test_math_scorer.py`` and
  ``offline_search/tests/test_eval_harness.py`` @ dae2a3ac131ecc9fb6aa848de4fc2d3afbac5948 (the
  ``offline_search.scoring`` lead of equiv_fresh6_a / 33_c / 36_j / 37_j / 39_e:
  ``ExactMatchScorer`` / ``MathVerifier().score_rollout(q, response, reference).is_correct``,
  ``answers_match(extract_math_answer(text), gold)``). 10 cases. MIT (LICENSE).
- AurorixAI/content-service ``tests/test_sympy_gate_fixes.py`` @
  6176b39176f4d799ac37a66f049d474643a29b93 (a Russian school-textbook content pipeline:
  ``answers_equivalent(stored_answer, computed_answer, answer_type)`` and ``not
  answers_equivalent(...)``, one ``equation_form_equivalent(a, b)``). ``gold`` is the first
  argument (the textbook / stored form), ``pred`` the second (the computed or alternative form);
  the answer type is kept in ``why``. Russian decimal commas (``3,5``) and ``;``-separated root
  lists are as written. 34 cases. No license file in the index listing. Odd but asserted:
  ``1.587401052`` vs ``1,6`` is True (rounded, ``exact_number``), ``0.30, 6.70`` vs the exact
  roots is True, ``y ≠ 0, y ≠ 2`` vs ``0; 2`` is True (``set`` of excluded values), and a prose
  answer ``Любые два числа, меньшие 7 (например, 0 и 1)`` vs ``x < 7`` is True.
- sanowl/Training-Large-Reasoning-Models-Efficiently-via-Progressive-Thought-Encoding
  ``tests/test_core.py`` @ c6f34ee32181890a00861941272c0c56ff335558 (``TestRewards``:
  ``answers_equivalent(prediction, reference)`` and ``math_equivalence_reward([completion],
  [gold]) == 1.0``). 3 cases. No license file in the snapshot. Odd but asserted: ``Answer: 50%``
  vs ``0.5`` is True.
- Are1V/RouteGuard-LLM ``tests/unit/test_text_and_answers.py`` and
  ``tests/unit/test_verification_and_scoring.py`` @ 566bc88df1348a280e4d3fe3b9ab46514f891d19
  (``answers_equivalent(a, b, AnswerType.NUMERIC)``, ``score_prediction(pred, gold,
  AnswerType.NUMERIC).correct``). 3 cases. No license file in the index listing.
- raindonovan/151B_SP26_Competition ``tests/test_normalizer.py`` @
  2c2e9ef5edc43c98d966291f055eac13a086f9c7 (the ``hendrycks_local`` / ``Normalizer`` lead of
  equiv_fresh39_e: ``test_hendrycks_equivalence_helpers_match_expected_behavior``, the vendored
  Hendrycks MATH ``is_equiv(str1, str2)``). 2 cases. Apache-2.0 (LICENSE). Odd but asserted:
  ``not is_equiv("0.6", r"\frac{3}{5}")`` documents the strict string-match grader; the
  project's own grading/GRADER_SPEC.md says its current (value-equality) grader counts them equal.

Left out, by rule: format / validity policies that are not about the answer's value
(exploration-in-grpo: ``Answer: 10`` without a box, ``Answer: 7`` in ``test_validity_rule``, the
digit rule that zeroes ``\boxed{\pi}``, ``\boxed{}``; its GPQA letter tests; the first
``test_garbage_never_raises`` assertion, whose verdict may be either); ReasonMaxxer's partial-credit
/ reward-shaping values with no ``is_correct`` verdict (``\boxed{46}`` near-correct, the
whitespace and prose responses) and its extraction-only tests (``extract_boxed_answer``,
last-two-lines boxed preference, ``[asy]`` trailer); content-service's multiple-choice pairs
(``да`` / ``True``, letters), pairs whose computed side is SymPy API notation (``Reals``,
``Range(...)``, ``continuous_domain(...)``), the pair that needs the question text (integer
solutions of ``|5x - 2| < 8``), the ``stored_answer_matches_compute`` repeat of a pair already
taken, and all ``sympy_gate`` / LaTeX-formatting tests; RouteGuard's choice and text answers
(``b``/``B``, ``The Paris``, ``George Washington``) and its process verifiers;
151B_SP26_Competition's normaliser / MCQ / override tests and the ``__main__`` behaviour table of
``research/28_05_Grader/hendrycks_reference.py`` (a probe of a copied third-party grader's known
string-match limitations, not a test suite).

Examined and not used: Tuprott991/ACDAN (its ``acdan.datasets.math_answer.answers_equivalent``
has no equivalence test; tests/test_rewards.py is a PRM surface test); epfl-dlab/PauseToken
(``src/metrics/math_metrics.py`` has no test in the snapshot); AurorixAI/content-service's
tests/test_sympy_gate.py and tests/test_answer_key.py (solver / answer-key join tests, no pairs);
exploration-in-grpo's tests/test_eval_scoring.py (string normalisation and clustering only).
Leads of the brief not taken: the ``trbench`` MATH-500 ``is_equiv`` test belongs to
Lore-Hex/trustedrouter-benchmarks (used by equiv_fresh4) and the ``ymir.grading`` tests to
xedotech/project-ymir (used by equiv_fresh4). Could not be tied to a repository with the
look-ups left: the GSM8K ``rewards.correctness_reward`` unittest (two assertions), an RLVR
gating project's ``rlvr.rewards.answers_equivalent`` test (``rlvr.gates`` ``BBGGate`` /
``CBGRPOGate``), ``math_core`` ``grade_expression`` / ``grade_numeric`` and ``mags.grading``.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "dumbkin31/exploration-in-grpo"

R1_AT = "tests/test_reward.py@5c0af8003ab48f8908df774d48edaa78483231e6"

R2 = "ansz42/ReasonMaxxer"

R2_AT = "offline_search/tests/test_math_scorer.py@dae2a3ac131ecc9fb6aa848de4fc2d3afbac5948"

R2B_AT = "offline_search/tests/test_eval_harness.py@dae2a3ac131ecc9fb6aa848de4fc2d3afbac5948"

R3 = "AurorixAI/content-service"

R3_AT = "tests/test_sympy_gate_fixes.py@6176b39176f4d799ac37a66f049d474643a29b93"

R4 = "sanowl/Training-Large-Reasoning-Models-Efficiently-via-Progressive-Thought-Encoding"

R4_AT = "tests/test_core.py@c6f34ee32181890a00861941272c0c56ff335558"

R5 = "Are1V/RouteGuard-LLM"

R5_AT = "tests/unit/test_text_and_answers.py@566bc88df1348a280e4d3fe3b9ab46514f891d19"

R5B_AT = "tests/unit/test_verification_and_scoring.py@566bc88df1348a280e4d3fe3b9ab46514f891d19"

R6 = "raindonovan/151B_SP26_Competition"

R6_AT = "tests/test_normalizer.py@2c2e9ef5edc43c98d966291f055eac13a086f9c7"

_PROSE_SIGN = "положительные при x > -6,5; отрицательные при x < -6,5"

CASES = [
    # exploration-in-grpo: test_math_scores (gt, response, expected score)
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"blah blah \boxed{42}",
        wrap=False,
        expected=True,
        why="test_math_scores row 1",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"\boxed{41}",
        wrap=False,
        expected=False,
        why="test_math_scores row 2",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\frac{1}{2}",
        pred=r"so the answer is \boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_math_scores row 3",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\frac{1}{2}",
        pred=r"so the answer is \boxed{\dfrac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_math_scores row 4",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\left( 3, \frac{\pi}{2} \right)",
        pred=r"\boxed{\left(3,\frac{\pi}{2}\right)}",
        wrap=False,
        expected=True,
        why="test_math_scores row 5",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x^2+1",
        pred=r"\boxed{1 + x^2}",
        wrap=False,
        expected=True,
        why="test_math_scores row 6",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"10",
        pred=r"no answer here",
        wrap=False,
        expected=False,
        why="test_math_scores row 8 (no answer)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3",
        pred=r"\boxed{2} ... \boxed{3}",
        wrap=False,
        expected=True,
        why="test_math_scores row 9 (last box wins)",
    ),
    # test_validity_rule_boxed_and_digit: the valid, scored case
    _c(
        R1,
        R1_AT,
        gold=r"2\pi",
        pred=r"\boxed{2\pi}",
        wrap=False,
        expected=True,
        why="test_validity_rule_boxed_and_digit (score 1.0)",
    ),
    # test_garbage_never_raises: runaway input scores 0.0
    _c(
        R1,
        R1_AT,
        gold=r"1",
        pred="\\boxed{" + "(" * 500 + "}",
        wrap=False,
        expected=False,
        why="test_garbage_never_raises (500 open parens, score 0.0)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"9",
        pred=r"\boxed{9}",
        wrap=False,
        expected=True,
        why="test_verl_keyword_call_style",
    ),
    # ReasonMaxxer offline_search: ExactMatchScorer and MathVerifier
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_exact_match_scorer is_correct",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"42",
        pred=r"41",
        wrap=True,
        expected=False,
        why="test_exact_match_scorer not is_correct",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"45",
        pred=r"Therefore \boxed{45}",
        wrap=False,
        expected=True,
        why="test_math_verifier_grades_answers correct",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"45",
        pred=r"I think \boxed{1}",
        wrap=False,
        expected=False,
        why="test_math_verifier_grades_answers wrong (reward 0.40, not is_correct)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"7/8",
        pred=r"Final answer: $$\boxed{\frac{7}{8}}$$",
        wrap=False,
        expected=True,
        why="test_math_verifier_accepts_latex_frac boxed",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{7}{8}",
        pred=r"\boxed{7/8}",
        wrap=False,
        expected=True,
        why="test_math_verifier_accepts_latex_frac slash",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"12",
        pred="I first compute 17 + 28 = 45.\nThat 45 is only an intermediate check.\n"
        "The answer is 12\nI mentioned 45 earlier as a sanity check.",
        wrap=False,
        expected=True,
        why="test_extracts_from_last_two_lines_not_earlier_numbers",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"\frac{1}{2}",
        pred="I cancelled a 99 along the way.\nFinal answer: $\\frac{1}{2}$",
        wrap=False,
        expected=True,
        why="test_extracts_unboxed_frac_from_final_answer_line",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"7/8",
        pred="After simplifying we obtain\n7/8",
        wrap=False,
        expected=True,
        why="test_extracts_bare_last_line_expression (answers_match)",
    ),
    _c(
        R2,
        R2B_AT,
        gold=r"025",
        pred=r"\boxed{25}",
        wrap=False,
        expected=True,
        why="test_aime24_row_to_record_keeps_official_answer",
    ),
    # content-service: answers_equivalent(stored, computed, answer_type)
    _c(
        R3,
        R3_AT,
        gold=r"x = ±3/2",
        pred=r"x = -3/2; x = 3/2",
        wrap=True,
        expected=True,
        why="test_pm_notation_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x = ±3/2",
        pred=r"-1.5; 1.5",
        wrap=True,
        expected=True,
        why="test_pm_notation_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x = ± 2\sqrt{2}",
        pred=r"-2.8284271247; 2.8284271247",
        wrap=True,
        expected=True,
        why="test_pm_surd_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x_1 = 0, x_2 = 7",
        pred=r"0; 7",
        wrap=True,
        expected=True,
        why="test_indexed_roots_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x_1 = 0, x_2 = -5",
        pred=r"-5; 0",
        wrap=True,
        expected=True,
        why="test_indexed_roots_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x = \pm 6.5",
        pred=r"-6.5; 6.5",
        wrap=True,
        expected=True,
        why="test_latex_pm_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x = \pm 2\sqrt{2}",
        pred=r"-2.8284271247; 2.8284271247",
        wrap=True,
        expected=True,
        why="test_latex_pm_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"-1.3333333333; 1.3333333333",
        pred=r"-1 1/3; 1 1/3",
        wrap=True,
        expected=True,
        why="test_decimal_mixed_fraction_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x^2 - 5x = 0",
        pred=r"x*(x - 5) = 0",
        wrap=True,
        expected=True,
        why="test_factored_equation_equivalent (equation_form_equivalent)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"(2; -4), (-4; -10)",
        pred=r"x_1 = 2, x_2 = -4; x_1 = -4, x_2 = -10",
        wrap=True,
        expected=True,
        why="test_coordinate_pairs_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"(3; -2), (10; 5)",
        pred=r"x_1 = 3, x_2 = -2; x_1 = 10, x_2 = 5",
        wrap=True,
        expected=True,
        why="test_coordinate_pairs_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"a\sqrt{a}",
        pred=r"a**(3/2)",
        wrap=True,
        expected=True,
        why="test_expression_sqrt_product_equivalent (expression)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x\sqrt{x}",
        pred=r"x**(3/2)",
        wrap=True,
        expected=True,
        why="test_expression_sqrt_product_equivalent (expression)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"a√a",
        pred=r"a**(3/2)",
        wrap=True,
        expected=True,
        why="test_expression_sqrt_product_equivalent (expression)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"0.30, 6.70",
        pred=r"x_1 = 7/2 - sqrt(41)/2, x_2 = 7/2 + sqrt(41)/2",
        wrap=True,
        expected=True,
        why="test_decimal_roots_equivalent (equation_solution)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"(v_1*n + v_2*m)/(n + m)",
        pred=r"v_1*n + v_2*m",
        wrap=True,
        expected=False,
        why="test_symbolic_answers_not_false_equivalent (expression)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"x = (a - b)/3",
        pred=r"x = (b - a) / 3",
        wrap=True,
        expected=False,
        why="test_symbolic_answers_not_false_equivalent (equation_solution)",
    ),
]
