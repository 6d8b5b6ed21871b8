r"""A thirtieth fresh set of answer-equivalence cases (evaluation only; helper "g": test suites
of answer scorers in small or recent LLM evaluation harnesses, benchmark runners and tutoring or
agent projects).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh30_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- wyx-hhhhh/Baseline-new ``tests/test_math_metrics.py`` @
  697866e0010034c897a2d83ca666bffa5c9b3eeb ("Scientific grading regressions, including
  false-positive prevention": ``math_score(prediction, reference, task)["correct"]`` for the
  ``gsm8k`` and ``math`` tasks, a math-verify based grader with its own extraction rules). The
  suite extracts the answer from the prediction itself, so every ``pred`` is the whole
  prediction string (``wrap`` False), bare or boxed as written. GSM8K references written as a
  solution ending ``#### N`` (``"compute...\n#### 1200"``, ``"#### 1234.5"``, ...) and one MATH
  reference written as a solution (``Solution: $\boxed{\frac{1}{2}}$.``) are stored as the
  extracted answer; ``why`` says so. No license file in the stored copy (the repository has no
  top-level LICENSE). Taken: the parametrized cases of ``test_gsm8k_exact_numeric_equivalence``
  (7 True), ``test_gsm8k_wrong_or_non_scalar_answers`` (7 False),
  ``test_math_symbolic_equivalence`` (16 True), ``test_math_wrong_or_partial_answers`` (7
  False), ``test_does_not_reward_correct_number_inside_rationale`` (10 False, gold 42),
  ``test_literal_and_presentation_rules`` (8 True) and the first 5 of
  ``test_literal_units_and_percent_do_not_change_mathematical_meaning`` (False), in file order,
  up to the 60-case cap. Left out by the cap (file order): ``\boxed{42}`` vs ``42_7`` (False),
  ``\boxed{999_2}`` vs ``999`` (False) and ``test_complexity_error_is_recorded_as_incorrect_
  prediction`` (``\boxed{9^{9^9}}`` vs 42, False). Left out by rule: the bad-reference,
  unsafe-payload, deadline/timeout (mocked backend), guard-only and manifest tests, and the
  malformed ``\boxed{\frac{42}{}}`` case, whose test asserts only ``parse_error`` /
  ``extraction_failed`` and no verdict. 60 cases (31 True, 29 False).
- charbelfakh/NudgeMath ``tests/test_answer_match.py`` @
  c80a9c363feec89158c2315c9088a24021dbbe31 (``answers_equivalent(student, correct) is
  expected``, a maths-tutor hint engine: ``=2``, ``x = 2``, ``variable = 2`` accepted for 2,
  several conflicting values rejected). Bare answers (``wrap`` True). MIT (LICENSE, Copyright
  (c) 2026 charbelf). Every parametrized case (15: 11 True, 4 False); the extraction-only and
  resolve-correct-answer tests left out by rule.
- Rituraj003/PRISM ``tests/test_answer_verification.py`` @
  de09dd2e684c8624520459005958bc69611a876d (``check_answer_correctness(predicted, correct,
  question_type=QuestionType.MATH) == expected`` in ``test_check_answer_correctness_formatting``).
  Bare answers (``wrap`` True). MIT (LICENSE, Copyright (c) 2026 Rituraj Sharma). All 10 cases
  (all True); several pairs look borrowed from public grader suites (``\sqrt{23}-2\sqrt3``,
  ``26!2^{25}``), but the assertion is this project's. MCQ extraction, normalisation-only and
  PRM step-score tests left out by rule.
- a-canary/Conjecture ``tests/test_answer_extraction.py`` @
  5c54e2abd85bc50ae7242ccd56ff23968b3a4402 (``check_answer_match(predicted, expected,
  AnswerType.NUMERICAL)``; note the numeric tolerance: ``42.001`` is accepted for 42). Bare
  answers (``wrap`` True), plus the two "real example" tests, which run ``extract_answer`` on a
  whole response and then ``check_answer_match`` (``wrap`` False, the triple-quoted response
  transcribed with its newlines and indentation). Apache-2.0 (LICENSE; file header "Copyright
  2025 a-canary, SPDX-License-Identifier: Apache-2.0"). 10 cases (8 True, 2 False). Left out by
  rule: multiple-choice and categorical matching, extraction-only tests, and
  ``check_answer_match("42", "")`` (an empty reference is no answer).
- Jiangjingyi213/rasp-lrm ``tests/test_answer_match.py`` @
  1689fa5983bc977db0381d63abf76ef59fd1ecf0 (``answer_match(completion, gold)`` of a
  reasoning-model pruning study on GSM8K/MATH-500/AIME). Whole completions (``wrap`` False). No
  license file (the only LICENSE files are in a vendored ``.codex-python-packages`` folder). 6
  cases (3 True, 3 False): two of them run with the optional math-verify backend patched
  (``x^2-1`` vs ``(x-1)(x+1)`` with the verifier mocked to True; the ``\boxed{2}`` vs
  ``4\sqrt{2}`` prose case with a string-equality fake); the verdicts are the ones the tests
  assert. Left out by rule: extraction-only tests, multiple-choice / multiple-select letters and
  code answers.
- stvngo/Pivotal-Token-Representation-Learning ``tests/test_answer_extraction.py`` @
  23c63641c4d2548d7005fb252a3388ab532ae4d5 (a script-style check table: ``is_correct(predicted,
  ground_truth)`` for GSM8K). Bare answers (``wrap`` True). No license file. 4 cases (3 True, 1
  False); the two ``None`` cases and the extraction cases left out by rule.
- psychofanPLAYS/agent-pilot-autobench ``tests/test_answer_scoring.py`` @
  080fe9a0b722c064714b6e213f952f4b6fae46dd (``score_answer(response, gold, AnswerType.EXACT) is
  expected``; the answer is read after ``Final Answer:``). Whole responses (``wrap`` False). MIT
  (LICENSE, Copyright (c) 2026 psychofan). 3 cases (2 True, 1 False). Left out by rule:
  multiple-choice letters, the ``his son`` riddle cases (not a maths value) and
  ``score_answer("The answer is 3", "3")`` is False (a format policy: no ``Final Answer:``
  marker).
- afaji/arabic-dialect-interp-gsm8k ``tests/test_answer_scoring.py`` @
  ded10a1d92693dab178195825640cfdcd2659564 (``is_correct("math", parsed_answer, target)``;
  Arabic-Indic digits with the Arabic decimal separator accepted). Bare answers (``wrap`` True).
  No license file. 2 cases (both True); TriviaQA, sentiment and extraction tests left out by
  rule.
- keyork/thought-brake ``tests/test_exact_match.py`` @ 22f2bf7e9609940b87f4c9a55d2f7a477b55eaa7
  (``exact_match.score(prediction, gold) == 1.0``, GSM8K-style last-number scoring). Whole
  responses (``wrap`` False). Apache-2.0 (LICENSE). 2 cases (both True).
- CheickDiakite-yikes/gemma4-capability-map ``tests/test_answer_match.py`` @
  e2aaabc2a31c8a69bfedc6bc9acc47f579677950 (``answer_contains_all(["42"], "The answer is
  42.")``). Whole response (``wrap`` False). MIT (LICENSE, Copyright (c) 2026). 1 case (True);
  the other tests match agent-action keywords ("Enable two-factor authentication", weekdays,
  French phrases), not maths values, and are left out by rule.
- NEDONION/evalhub ``tests/test_exact_match.py`` @ 4d478fc684dfdeede7cae8bf9042f16a1165485b
  (``ExactMatchEvaluator().evaluate(prediction, reference).score == 0.0`` for ``"4"`` vs
  ``"5"``). Bare answer (``wrap`` True). MIT (LICENSE). 1 case (False); the case-folding test
  (``"  Answer  "`` vs ``"answer"``) is not a maths value.

Left out, by rule: extraction-only tests, multiple-choice letter matching, code answers,
categorical or free-text answers that are not maths values, format policies (a required
``Final Answer:`` marker), tests that assert only an error code or a timeout, ``None`` inputs,
empty references, and cases beyond the 60-case cap of a project (file order).

Examined and not used: jtompuri/finbench-eval (Finnish benchmark; multiple-choice, token F1 and
exact text match, no maths); xuxucodepractice-code/tianchi-fin-agent-track4 (option-letter
normalisation only); 7HHHHH/Harness-G (answer-alias log-prob scoring, no verdicts);
Yilong-Lu/Diagnosing_Correctness (forced-choice token log-probs); mahesh062003/ai-benchmark
(NLI faithfulness and hallucination scoring); rmems/combine-for-AI (GSM8K extraction only);
vproject111/RAE-benchmarks (``test_math_metrics.py`` tests memory-graph metrics, not answers);
Aman13082001/EvalBench (answer-file parsing and matching by test name); stoday/LLaDAR (response
capture and extraction safety); DimitarAtanassov/evalanche and Aeontsolutions/atsbench (text
exact match, no maths); BurnyCoder/llm-steering-vectors-for-physics and
ricyoung/cot-faithfulness-open-models (letter extraction only); 7L7K/GesahniV2 (no maths
checks); SrikantShubam/solo-levelling-ssc (the indexed test file is absent from the fetched
copy). Not fetchable here: alloevil/paired-eval, patibandlavenkatamanideep/evalseal,
SelinaMai-source/Lora-code, mstfyvshzde/AzLLM-Reliability, Tame21/gpqa-runner,
seraphimlc/learning-system and several ``test_answer_scoring.py`` / ``test_exact_match.py``
holders (claimed, not read).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

BASE = "wyx-hhhhh/Baseline-new"
BASE_AT = "tests/test_math_metrics.py@697866e0010034c897a2d83ca666bffa5c9b3eeb"
NUDGE = "charbelfakh/NudgeMath"
NUDGE_AT = "tests/test_answer_match.py@c80a9c363feec89158c2315c9088a24021dbbe31"
PRISM = "Rituraj003/PRISM"
PRISM_AT = "tests/test_answer_verification.py@de09dd2e684c8624520459005958bc69611a876d"
CONJ = "a-canary/Conjecture"
CONJ_AT = "tests/test_answer_extraction.py@5c54e2abd85bc50ae7242ccd56ff23968b3a4402"
RASP = "Jiangjingyi213/rasp-lrm"
RASP_AT = "tests/test_answer_match.py@1689fa5983bc977db0381d63abf76ef59fd1ecf0"
PIVOT = "stvngo/Pivotal-Token-Representation-Learning"
PIVOT_AT = "tests/test_answer_extraction.py@23c63641c4d2548d7005fb252a3388ab532ae4d5"
PILOT = "psychofanPLAYS/agent-pilot-autobench"
PILOT_AT = "tests/test_answer_scoring.py@080fe9a0b722c064714b6e213f952f4b6fae46dd"
ARAB = "afaji/arabic-dialect-interp-gsm8k"
ARAB_AT = "tests/test_answer_scoring.py@ded10a1d92693dab178195825640cfdcd2659564"
BRAKE = "keyork/thought-brake"
BRAKE_AT = "tests/test_exact_match.py@22f2bf7e9609940b87f4c9a55d2f7a477b55eaa7"
GEMMA = "CheickDiakite-yikes/gemma4-capability-map"
GEMMA_AT = "tests/test_answer_match.py@e2aaabc2a31c8a69bfedc6bc9acc47f579677950"
EVALHUB = "NEDONION/evalhub"
EVALHUB_AT = "tests/test_exact_match.py@4d478fc684dfdeede7cae8bf9042f16a1165485b"

_GSM = "reference given as '#### N' in the test; stored as the extracted N"

# Baseline-new: math_score(prediction, reference, task)["correct"]; (gold, pred, expected, why)
_BASE_ROWS = [
    # test_gsm8k_exact_numeric_equivalence (task gsm8k): correct
    (
        "1200",
        r"Reasoning contains 99. Final answer: 1,200",
        True,
        "test_gsm8k_exact_numeric_equivalence; reference 'compute...\\n#### 1200', stored as 1200",
    ),
    ("1234.5", r"\boxed{\$1,234.50}", True, "test_gsm8k_exact_numeric_equivalence; " + _GSM),
    ("-0.50", r"\boxed{-0.5}", True, "test_gsm8k_exact_numeric_equivalence; " + _GSM),
    ("0.75", r"\boxed{\frac{3}{4}}", True, "test_gsm8k_exact_numeric_equivalence; " + _GSM),
    ("0.75", "3/4", True, "test_gsm8k_exact_numeric_equivalence (bare prediction)"),
    ("2", r"\boxed{\sqrt{4}}", True, "test_gsm8k_exact_numeric_equivalence"),
    (
        "-1000",
        "#### -1,000",
        True,
        "test_gsm8k_exact_numeric_equivalence (prediction '#### -1,000')",
    ),
    # test_gsm8k_wrong_or_non_scalar_answers (task gsm8k): not correct
    ("0.3333333", r"\boxed{0.333333}", False, "test_gsm8k_wrong_or_non_scalar_answers; " + _GSM),
    ("-2", r"\boxed{2}", False, "test_gsm8k_wrong_or_non_scalar_answers; " + _GSM),
    ("1000", r"\boxed{100}", False, "test_gsm8k_wrong_or_non_scalar_answers; " + _GSM),
    ("12", r"\boxed{1,2}", False, "test_gsm8k_wrong_or_non_scalar_answers; " + _GSM),
    ("0", r"\boxed{0/0}", False, "test_gsm8k_wrong_or_non_scalar_answers; " + _GSM),
    ("1", r"\boxed{\infty}", False, "test_gsm8k_wrong_or_non_scalar_answers; " + _GSM),
    ("2", r"\boxed{x=2}", False, "test_gsm8k_wrong_or_non_scalar_answers (non-scalar); " + _GSM),
    # test_math_symbolic_equivalence (task math): correct
    (
        r"\frac{1}{2}",
        r"\boxed{\frac{2}{4}}",
        True,
        r"test_math_symbolic_equivalence; reference 'Solution: $\boxed{\frac{1}{2}}$.', stored as "
        r"the boxed answer",
    ),
    (r"\sqrt{2}", r"\boxed{\sqrt{8}/2}", True, "test_math_symbolic_equivalence"),
    (r"x^2+2x+1", r"\boxed{(x+1)^2}", True, "test_math_symbolic_equivalence"),
    (r"\{1,2,3\}", r"\boxed{\{3,1,2\}}", True, "test_math_symbolic_equivalence (set order)"),
    (r"(-\infty,2]", r"\boxed{(-\infty,2]}", True, "test_math_symbolic_equivalence"),
    (r"(1,2,3)", r"\boxed{(1,2,3)}", True, "test_math_symbolic_equivalence"),
    ("-1", r"\boxed{i^2}", True, "test_math_symbolic_equivalence"),
    ("0.333333", r"\boxed{\frac{1}{3}}", True, "test_math_symbolic_equivalence"),
    (r"\frac{1}{2}", r"\boxed{\frac12}", True, "test_math_symbolic_equivalence"),
    (r"\sqrt{2}", r"\boxed{\sqrt2}", True, "test_math_symbolic_equivalence"),
    (r"\frac{12}{5,\!525}", r"\boxed{\frac{12}{5525}}", True, "test_math_symbolic_equivalence"),
    (
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
        r"\boxed{\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}}",
        True,
        "test_math_symbolic_equivalence (matrix)",
    ),
    ("30", r"\boxed{42_7}", True, "test_math_symbolic_equivalence (base-7 numeral)"),
    (r"\frac{3}{16}", r"\boxed{0.0011_{2}}", True, "test_math_symbolic_equivalence (binary)"),
    ("0.5", r"\boxed{50\%}", True, "test_math_symbolic_equivalence (percent)"),
    (r"\{70,110\}", r"\boxed{70,110}", True, "test_math_symbolic_equivalence"),
    # test_math_wrong_or_partial_answers (task math): not correct
    ("y+1", r"\boxed{x+1}", False, "test_math_wrong_or_partial_answers"),
    ("X", r"\boxed{x}", False, "test_math_wrong_or_partial_answers (case of a variable)"),
    ("(1,2,3)", r"\boxed{(2,1,3)}", False, "test_math_wrong_or_partial_answers (tuple order)"),
    (r"\{1,2,3\}", r"\boxed{\{1,2\}}", False, "test_math_wrong_or_partial_answers"),
    ("1,2", r"\boxed{1}", False, "test_math_wrong_or_partial_answers (partial)"),
    (r"(-\infty,2]", r"\boxed{(-\infty,2)}", False, "test_math_wrong_or_partial_answers"),
    ("1", r"\boxed{\frac{1}{}}", False, "test_math_wrong_or_partial_answers (malformed)"),
    # test_does_not_reward_correct_number_inside_rationale (reference 42): not correct
    (
        "42",
        "We obtain 42 at an intermediate step, but cannot determine the answer.",
        False,
        "test_does_not_reward_correct_number_inside_rationale",
    ),
    (
        "42",
        "We obtain 42 at an intermediate step. So 41.",
        False,
        "test_does_not_reward_correct_number_inside_rationale",
    ),
    (
        "42",
        r"The useful quantity is $42$.",
        False,
        "test_does_not_reward_correct_number_inside_rationale",
    ),
    ("42", r"\boxed{41}", False, "test_does_not_reward_correct_number_inside_rationale"),
    (
        "42",
        "\\boxed{42}\nFinal answer: 41",
        False,
        "test_does_not_reward_correct_number_inside_rationale",
    ),
    (
        "42",
        r"\boxed{41} or \boxed{42}",
        False,
        "test_does_not_reward_correct_number_inside_rationale",
    ),
    (
        "42",
        r"\boxed{42} and \boxed{41}",
        False,
        "test_does_not_reward_correct_number_inside_rationale",
    ),
    ("42", r"\boxed{41,42}", False, "test_does_not_reward_correct_number_inside_rationale"),
    (
        "42",
        r"\boxed{42} then the final answer is \boxed{41",
        False,
        "test_does_not_reward_correct_number_inside_rationale (unclosed last box)",
    ),
    ("42", "", False, "test_does_not_reward_correct_number_inside_rationale (empty)"),
    # test_literal_and_presentation_rules (task math): correct
    (r"\text{Friday}", r"\boxed{Friday}", True, "test_literal_and_presentation_rules"),
    (r"\text{(C)}", r"\boxed{C}", True, "test_literal_and_presentation_rules"),
    (r"(\text{E})", r"\boxed{(\text{E})}", True, "test_literal_and_presentation_rules"),
    (r"\text{B, E, G}", r"\boxed{G, E, B}", True, "test_literal_and_presentation_rules"),
    (r"18\text{ ways.}", r"\boxed{18}", True, "test_literal_and_presentation_rules"),
    (r"15\mbox{ cm}^2", r"\boxed{15}", True, "test_literal_and_presentation_rules"),
    (r"12\text{ and }13", r"\boxed{\{12,13\}}", True, "test_literal_and_presentation_rules"),
    ("42", "**Final answer:** 42", True, "test_literal_and_presentation_rules"),
    # test_literal_units_and_percent_do_not_change_mathematical_meaning: first 5 (60-case cap)
    (
        r"\text{Friday}",
        r"\boxed{yadirF}",
        False,
        "test_literal_units_and_percent_do_not_change_mathematical_meaning",
    ),
    (
        r"\text{Friday}",
        r"\boxed{Friday, maybe Saturday}",
        False,
        "test_literal_units_and_percent_do_not_change_mathematical_meaning",
    ),
    (
        r"\text{B, E, G}",
        r"\boxed{B}",
        False,
        "test_literal_units_and_percent_do_not_change_mathematical_meaning",
    ),
    (
        r"50\%",
        r"\boxed{50}",
        False,
        "test_literal_units_and_percent_do_not_change_mathematical_meaning (percent)",
    ),
    ("1", r"\boxed{t}", False, "test_literal_units_and_percent_do_not_change_mathematical_meaning"),
]

# NudgeMath: answers_equivalent(student, correct) is expected; (student, correct, expected)
_NUDGE_ROWS = [
    ("2", "2", True),
    ("=2", "2", True),
    ("= 2", "2", True),
    ("x = 2", "2", True),
    ("x=2", "2", True),
    ("variable = 2", "2", True),
    ("x = 7", "x = 7", True),
    ("7", "x = 7", True),
    ("=7", "x = 7", True),
    ("X = 7", "x = 7", True),
    ("x = 2", "x = 7", False),
    ("=2 =3", "2", False),
    ("=2 = 3", "2", False),
    ("x = 2, y = 3", "2", False),
    ("20", "14", False),
]

# PRISM: check_answer_correctness(predicted, correct, MATH) == expected
_PRISM_ROWS = [
    (r"\sqrt{23}-2\sqrt3", r"\sqrt{23}-2 \sqrt{3}", True),
    ("0.5", r"\frac{1}{2}", True),
    ("0.333333", r"\frac{1}{3}", True),
    (r"\sqrt3", r"\sqrt{3}", True),
    (r"\frac12", r"\frac{1}{2}", True),
    (r"\frac{1}2", r"\frac{1}{2}", True),
    (r"\frac1{2}", r"\frac{1}{2}", True),
    (r"ab=14+4\sqrt{37}", r"14+4\sqrt{37}", True),
    (r"26!2^{25}", r"2^{25}\cdot 26!", True),
    (r"\frac{1}{2},\frac{3}{4}", r"\frac{3}{4},\frac{1}{2}", True),
]

# Conjecture: check_answer_match(predicted, expected, AnswerType.NUMERICAL)
_CONJ_ROWS = [
    ("42", "42", True, "test_exact_match"),
    ("42.0", "42", True, "test_numerical_precision"),
    ("42.001", "42", True, "test_numerical_precision (numeric tolerance)"),
    ("3.14", "3.14", True, "test_numerical_precision"),
    ("1,000", "1000", True, "test_numerical_with_commas"),
    ("1000", "1,000", True, "test_numerical_with_commas"),
    ("42", "41", False, "test_mismatch_detection"),
    ("", "42", False, "test_empty_inputs (empty prediction)"),
]

_CONJ_GSM8K = (
    "\n        Let me work through this step by step:\n        - Item A costs $5\n"
    "        - Item B costs $3\n        - Total: $5 + $3 = $8\n\n        #### 8\n        "
)
_CONJ_AIME = (
    "\n        Using geometric formulas:\n        The triangle has sides a, b, c.\n"
    "        Solving the system of equations gives us:\n\n"
    "        Therefore the answer is \\boxed{17}\n        "
)

CASES = [
    *[
        _c(BASE, BASE_AT, gold=g, pred=p, wrap=False, expected=e, why=w)
        for g, p, e, w in _BASE_ROWS
    ],
    # NudgeMath test_answers_equivalent (parametrized)
    *[
        _c(NUDGE, NUDGE_AT, gold=g, pred=p, wrap=True, expected=e, why="test_answers_equivalent")
        for p, g, e in _NUDGE_ROWS
    ],
    # PRISM test_check_answer_correctness_formatting
    *[
        _c(
            PRISM,
            PRISM_AT,
            gold=g,
            pred=p,
            wrap=True,
            expected=e,
            why="test_check_answer_correctness_formatting",
        )
        for p, g, e in _PRISM_ROWS
    ],
    # Conjecture TestAnswerChecking (bare answers) and TestIntegratedExtraction (responses)
    *[_c(CONJ, CONJ_AT, gold=g, pred=p, wrap=True, expected=e, why=w) for p, g, e, w in _CONJ_ROWS],
    _c(
        CONJ,
        CONJ_AT,
        gold="8",
        pred=_CONJ_GSM8K,
        wrap=False,
        expected=True,
        why="test_gsm8k_real_example: extract_answer then check_answer_match",
    ),
    _c(
        CONJ,
        CONJ_AT,
        gold="17",
        pred=_CONJ_AIME,
        wrap=False,
        expected=True,
        why="test_aime_real_example: extract_answer then check_answer_match",
    ),
    # rasp-lrm: answer_match(completion, gold)
    _c(
        RASP,
        RASP_AT,
        gold=r"\text{Evelyn}",
        pred="Final answer: Evelyn has the greatest average speed.",
        wrap=False,
        expected=True,
        why="test_single_word_categorical_gold_matches_final_answer_sentence",
    ),
    _c(
        RASP,
        RASP_AT,
        gold=r"\text{Evelyn}",
        pred="Final answer: Evelynne",
        wrap=False,
        expected=False,
        why="test_single_word_categorical_gold_requires_whole_word",
    ),
    _c(
        RASP,
        RASP_AT,
        gold="0.5",
        pred=r"\boxed{\frac{1}{2}}",
        wrap=False,
        expected=True,
        why="test_fraction_and_decimal_are_equivalent_without_optional_grader",
    ),
    _c(
        RASP,
        RASP_AT,
        gold=r"4\sqrt{2}",
        pred=r"\boxed{2}",
        wrap=False,
        expected=False,
        why="test_symbolic_gold_does_not_fall_back_to_last_number",
    ),
]
