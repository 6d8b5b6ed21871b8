r"""A third fresh set of answer-equivalence cases (evaluation only; helper "a", first part: the
smaller RL repositories of the same collection are in equiv_fresh3_c.py).

Cases are transcribed from the test suites of evaluation harnesses and RL / reward code that no
earlier set used (see bench/data/README.md and bench/equiv_issues_*.py). Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when
``wrap`` is True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values Python
reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- stanford-crfm/helm ``src/helm/benchmark/metrics/test_evaluate_reference_metrics.py``
  @ 63754d05db6f874e41a395880fb573890a13e791 (``final_number_exact_match(gold, pred)``), Apache-2.0.
- EvolvingLMMs-Lab/lmms-eval ``test/eval/test_math_parser_dependencies.py``
  @ 6e9668d4bddbc908cd756e16e5d27f7d2a4f4e11 (MathVision/EMMA/STARE ``is_equal``, ``acc_reward``,
  ``MathVerifyFn``), ``test/eval/test_mathvision_answer_parsing.py``
  @ ee8c39a1c015027de571f423537f3cb2a845b6e4 (``find_math_answer`` / ``_strip_string`` /
  ``_fix_sqrt``: a normaliser mapping one string onto another is read as an equivalence) and
  ``test/eval/test_mmmu_utils.py`` @ a47b57a3cd515f61c66125971352a7b5156f5d82 (MMMU open-ended
  scoring), MIT.
- marin-community/verifyit ``tests/test_math_answer.py`` @ 1c24d0204f28b7f2d3577d35da86e26641d37534
  (``grade_math``; the typed cases carry the suite's ``MathType`` in ``why``), Apache-2.0 (SPDX
  header of the file).
- cr8or-space/nanochat (a nanochat fork) ``tests/test_math_grader.py``
  @ ea1717a6873aa54e48078ced0148b3da9c103e35 (``answers_equal(pred, ref)``, ``MATH.evaluate``).
- StephenQSstarThomas/Skill-TTRL ``tests/test_math_grader.py``
  @ 47616531efaebb49d569d83dcfdd2dfac06362ed (``grade_answer``, read as (prediction, gold); its
  pairs are symmetric; ``compute_reward``).
- jianzhnie/LLMEval ``tests/test_math_eval.py`` @ 0d92bc9b1c24a6a9013d1383062ad081b16ce575
  (``process_answers``, ``_math_text_equiv``, ``compute_scores``).
- OpenBMB/Meshy ``tests/test_math_reward.py`` @ f83df715a79e8f670413417f380044c7c851f73a
  (``math_reward``).
- T41K1/LLM-jp-4-RL ``tests/test_math_reward.py`` @ 97b04c7eea96f804871e0ca62440b2a77c02ab50
  (``compute_score``, ``is_equiv``).
No license file was found in the stored copies of the repositories above (and in
equiv_fresh3_c.py) other than HELM, lmms-eval and verifyit: their short test strings are quoted as test data, with attribution.

Golds: a gold the suite gives as a sentence ("The answer is 33", "The answer is \boxed{...}.") or
as a GSM8K solution ("... #### 4") is stored as the answer the suite extracts from it (``why``
says so); golds written as ``\boxed{...}`` are kept as written.

Left out, by rule: multiple-choice letters (lmms-eval MMMU); format policies: answers inside
custom ``<answer>`` / ``<SOLUTION>`` tags (Skill-TTRL, serhez/llenvs' tag extractor, Guided-GRPO,
Gemma-Garage), strict-box or strict-Minerva rejection of an unboxed correct answer (OpenBMB/Meshy
``"42"``, T41K1 ``StrictMathVerifier``), HELM's final-number rule (``\boxed{33} and 34`` graded
against 34), munsungmin's ``"Work in progress: 10"`` (no answer marker); the percent-sign policy
(chopthin ``10\%`` = ``10``, as in equiv_issues_a); verdicts a suite marks as a deliberate
strict-form policy against mathematical equality (OpenBMB/Meshy ``\boxed{2+2}`` vs ``4``); golds
the suite cannot judge (empty or ``None``); non-string inputs; asserts with no definite verdict
(cosmos-rl's score-in-[0, 1] timeout test, Whetstone's either-reason guard, ToRA's printed
``_test_math_equal``); verdicts forced by a mocked timeout (Test-Time-Token-Cap ``x`` vs ``y``)
or a mocked grader (ai-twinkle/Eval); multi-generation any-match and aggregate-only checks;
nanorllm's last-number extraction through a ``<|im_end|>`` token. HELM's ``exact_match`` /
``exact_match_indicator`` string tests are not answer equivalence. Searched without finding
equivalence assertions: allenai/olmes (no stored copy), open-compass/VLMEvalKit,
TIGER-AI-Lab/General-Reasoner, microsoft/rStar, microsoft/ToRA, sail-sg/understand-r1-zero.
Repositories found only through ``find_string`` hits, whose repository could not be named, were
not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HELM = "stanford-crfm/helm"
HELM_AT = (
    "src/helm/benchmark/metrics/test_evaluate_reference_metrics.py"
    "@63754d05db6f874e41a395880fb573890a13e791"
)
LMMS = "EvolvingLMMs-Lab/lmms-eval"
LMMS_DEPS = "test/eval/test_math_parser_dependencies.py@6e9668d4bddbc908cd756e16e5d27f7d2a4f4e11"
LMMS_MV = "test/eval/test_mathvision_answer_parsing.py@ee8c39a1c015027de571f423537f3cb2a845b6e4"
LMMS_MMMU = "test/eval/test_mmmu_utils.py@a47b57a3cd515f61c66125971352a7b5156f5d82"
MARIN = "marin-community/verifyit"
MARIN_AT = "tests/test_math_answer.py@1c24d0204f28b7f2d3577d35da86e26641d37534"
NANO = "cr8or-space/nanochat"
NANO_AT = "tests/test_math_grader.py@ea1717a6873aa54e48078ced0148b3da9c103e35"
TTRL = "StephenQSstarThomas/Skill-TTRL"
TTRL_AT = "tests/test_math_grader.py@47616531efaebb49d569d83dcfdd2dfac06362ed"
LLME = "jianzhnie/LLMEval"
LLME_AT = "tests/test_math_eval.py@0d92bc9b1c24a6a9013d1383062ad081b16ce575"
MESHY = "OpenBMB/Meshy"
MESHY_AT = "tests/test_math_reward.py@f83df715a79e8f670413417f380044c7c851f73a"
LLMJP = "T41K1/LLM-jp-4-RL"
LLMJP_AT = "tests/test_math_reward.py@97b04c7eea96f804871e0ca62440b2a77c02ab50"


_MARIN_TYPED = [
    # (gold, math_type, completion, expected)
    (r"\{1,2,3\}", "SET", r"\boxed{\{3,2,1\}}", True),
    (r"\{1,2,3\}", "SET", r"\boxed{\{1,2\}}", False),
    ("(1,3]", "INTERVAL", r"\boxed{(1,3]}", True),
    ("(1,3]", "INTERVAL", r"\boxed{[1,3]}", False),
    (r"(2,\infty)", "INTERVAL", r"\boxed{x > 2}", True),
    (r"(2,\infty)", "INTERVAL", r"\boxed{x < 2}", False),
    ("y = 2x + 1", "EQUATION", r"\boxed{y=2x+1}", True),
    ("y = 2x + 1", "EQUATION", r"\boxed{y=2x+2}", False),
    ("(1, 2)", "TUPLE", r"\boxed{(1,2)}", True),
    ("(1, 2)", "TUPLE", r"\boxed{(2,1)}", False),
    ("[1, 2, 3]", "LIST", r"\boxed{[1,2,3]}", True),
    ("[1, 2, 3]", "LIST", r"\boxed{3, 2, 1}", False),
    ("[1, 2, 3]", "LIST", r"\boxed{1, 2, 3}", True),
    ("[1, 2, 3]", "LIST", r"\boxed{\left[1, 2, 3\right]}", True),
    ("[1, 2, 3]", "LIST", r"\boxed{[1, 2]}", False),
    ("[1, 2, 3]", "LIST", r"\boxed{[1, 2, 3, 4]}", False),
    ("[1/2, x+1]", "LIST", r"\boxed{[0.5, 1+x]}", True),
    ("[(1,2), 3]", "LIST", r"\boxed{[(1,2), 3]}", True),
    ("[(1,2), 3]", "LIST", r"\boxed{[(2,1), 3]}", False),
]

CASES: list[dict] = [
    # --- stanford-crfm/helm: final_number_exact_match(gold, pred) ------------------------------
    _c(HELM, HELM_AT, "33", "33", True, True, "final_number_exact_match == 1"),
    _c(HELM, HELM_AT, "33", "33 eggs.", True, True, "final number 33 with a unit word == 1"),
    _c(HELM, HELM_AT, "33", "-33", True, False, "sign differs == 0"),
    _c(HELM, HELM_AT, "-33", "-33", True, True, "negative number == 1"),
    _c(
        HELM,
        HELM_AT,
        "33",
        r"\boxed{33}",
        False,
        True,
        'gold "The answer is 33" (its final number 33) vs \\boxed{33} == 1',
    ),
    _c(HELM, HELM_AT, "34.2", "2", True, False, "final numbers 34.2 vs 2 == 0"),
    _c(HELM, HELM_AT, "342", "342.", True, True, "trailing period == 1"),
    _c(HELM, HELM_AT, "3,420", "3420", True, True, "thousands comma == 1"),
    # --- EvolvingLMMs-Lab/lmms-eval --------------------------------------------------------------
    _c(LMMS, LMMS_DEPS, "0.5", r"\frac{1}{2}", True, True, "is_equal(prediction, gold) is True"),
    _c(LMMS, LMMS_DEPS, "4", "2+2", True, True, "is_equal: arithmetic 2+2 equals 4"),
    _c(LMMS, LMMS_DEPS, "0.5", r"\frac{3}{4}", True, False, "is_equal is False"),
    _c(LMMS, LMMS_DEPS, "0.5", r"$\frac{1}{2}$", False, True, "acc_reward == 1.0"),
    _c(LMMS, LMMS_DEPS, "0.5", r"$\frac{3}{4}$", False, False, "acc_reward == 0.0"),
    _c(LMMS, LMMS_DEPS, "0.5", r"\boxed{\frac{1}{2}}", False, True, "MathVerifyFn score 1.0"),
    _c(LMMS, LMMS_DEPS, "0.5", r"\boxed{\frac{3}{4}}", False, False, "MathVerifyFn score 0.0"),
    _c(
        LMMS,
        LMMS_MV,
        "5",
        r"\boxed{3}. Wait, actually \boxed{5}",
        False,
        True,
        "find_math_answer: the last box wins (#1511)",
    ),
    _c(
        LMMS,
        LMMS_MV,
        "sunday",
        r"\boxed{\text{Sunday}}",
        False,
        True,
        "find_math_answer strips \\text{} and lowercases to 'sunday' (#1509)",
    ),
    _c(LMMS, LMMS_MV, r"\frac{1}{2}", r"\frac12", True, True, "_strip_string(\\frac12) (#1507)"),
    _c(LMMS, LMMS_MV, r"\sqrt{2}", r"\sqrt2", True, True, "_fix_sqrt(\\sqrt2) == \\sqrt{2}"),
    _c(
        LMMS,
        LMMS_MV,
        r"\frac{\sqrt{3}}{2}",
        r"\boxed{\frac{\sqrt{3}}{2}}",
        False,
        True,
        "find_math_answer reads the nested box content",
    ),
    _c(LMMS, LMMS_MMMU, "0.5", "Therefore the answer is 0.5", False, True, "MMMU open: Correct"),
    _c(LMMS, LMMS_MMMU, "hexagon", "The answer is hexagon.", False, True, "MMMU open: Correct"),
    _c(LMMS, LMMS_MMMU, "0.5", "Therefore the answer is 42", False, False, "MMMU open: Wrong"),
    # --- marin-community/verifyit: grade_math ---------------------------------------------------
    _c(
        MARIN,
        MARIN_AT,
        "0.5",
        "So the area is one half.\n\\boxed{\\frac{1}{2}}\n",
        False,
        True,
        "reward 1.0",
    ),
    _c(MARIN, MARIN_AT, "0.5", r"\boxed{1/2}", False, True, "reward 1.0"),
    _c(MARIN, MARIN_AT, "0.5", r"\boxed{0.5}", False, True, "reward 1.0"),
    _c(MARIN, MARIN_AT, "0.5", r"\boxed{2}", False, False, "reward 0.0"),
    _c(MARIN, MARIN_AT, r"2\sqrt{3}", r"\boxed{2\sqrt 3}", False, True, "reward 1.0"),
    _c(MARIN, MARIN_AT, r"2\sqrt{3}", r"\boxed{3\sqrt{2}}", False, False, "reward 0.0"),
    _c(MARIN, MARIN_AT, "x^2+1", r"\boxed{1 + x^2}", False, True, "reward 1.0"),
    _c(
        MARIN,
        MARIN_AT,
        "42",
        "First I add the parts.\nThe answer is 42\n",
        False,
        True,
        "no box: the last line is the answer; reward 1.0",
    ),
    _c(
        MARIN,
        MARIN_AT,
        "42",
        "First I add the parts.\nThe answer is 41\n",
        False,
        False,
        "no box: the last line is the answer; reward 0.0",
    ),
    _c(
        MARIN,
        MARIN_AT,
        "42",
        "\\boxed{7}\nthat was wrong, actually \\boxed{42}\n",
        False,
        True,
        "the last box wins; reward 1.0",
    ),
    _c(
        MARIN,
        MARIN_AT,
        "42",
        "\\boxed{42}\nthat was wrong, actually \\boxed{\n",
        False,
        False,
        "a malformed final box does not expose the earlier answer; reward 0.0",
    ),
    _c(
        MARIN,
        MARIN_AT,
        "42",
        "\\boxed{42}\nthat was wrong, actually \\boxed{}\n",
        False,
        False,
        "an empty final box does not expose the earlier answer; reward 0.0",
    ),
    _c(MARIN, MARIN_AT, "42", r"$\boxed{42}$", False, True, "reward 1.0"),
    _c(MARIN, MARIN_AT, "42", r"\boxed{???}", False, False, "unreadable answer; reward 0.0"),
    _c(
        MARIN,
        MARIN_AT,
        "42",
        "I have no idea how to do this problem.\n",
        False,
        False,
        "no answer; reward 0.0",
    ),
    _c(MARIN, MARIN_AT, "0.5", r"\boxed{\frac{1}{2}}", False, True, "worker-thread grade, 1.0"),
    *[
        _c(MARIN, MARIN_AT, gold, text, False, exp, f"MathType.{kind}; reward {float(exp)}")
        for gold, kind, text, exp in _MARIN_TYPED
    ],
    # --- cr8or-space/nanochat: answers_equal(pred, ref), MATH.evaluate --------------------------
    _c(NANO, NANO_AT, "42", "42", True, True, "answers_equal is True"),
    _c(NANO, NANO_AT, "0.5", r"\frac{1}{2}", True, True, "answers_equal is True"),
    _c(NANO, NANO_AT, r"\dfrac{1}{2}", r"\frac{1}{2}", True, True, "dfrac normalization"),
    _c(NANO, NANO_AT, r"\sqrt{8}", r"2\sqrt{2}", True, True, "sympy equivalence"),
    _c(NANO, NANO_AT, "(x+1)^2", "x^2 + 2x + 1", True, True, "symbolic identity"),
    _c(NANO, NANO_AT, r"\frac{1}{2}", r"\frac{2}{4}", True, True, "unreduced fraction"),
    _c(NANO, NANO_AT, "1000", "1,000", True, True, "thousands separator"),
    _c(NANO, NANO_AT, "43", "42", True, False, "answers_equal is False"),
    _c(NANO, NANO_AT, r"\frac{1}{3}", r"\frac{1}{2}", True, False, "answers_equal is False"),
    _c(NANO, NANO_AT, "x^3", "x^2", True, False, "answers_equal is False"),
    _c(
        NANO,
        NANO_AT,
        "1",
        r"after work, \boxed{1}",
        False,
        True,
        r"evaluate == 1 (gold: the box of '... The final answer is $\boxed{1}$.')",
    ),
    _c(NANO, NANO_AT, "1", r"i think \boxed{2}", False, False, "evaluate == 0"),
    _c(NANO, NANO_AT, "1", r"\boxed{1.0}", False, True, "reward == 1.0 (1.0 == 1 via sympy)"),
    # --- StephenQSstarThomas/Skill-TTRL: grade_answer, compute_reward ---------------------------
    _c(TTRL, TTRL_AT, "42", "42", True, True, "grade_answer score 1.0 (exact)"),
    _c(TTRL, TTRL_AT, "yes", "Yes", True, True, "grade_answer score 1.0 (case-insensitive)"),
    _c(TTRL, TTRL_AT, "42", "42.0", True, True, "grade_answer score 1.0 (numeric)"),
    _c(TTRL, TTRL_AT, "43", "42", True, False, "grade_answer score 0.0"),
    _c(TTRL, TTRL_AT, "1/2", "0.5", True, True, "grade_answer score 1.0 (fraction vs decimal)"),
    _c(TTRL, TTRL_AT, "42", r"The answer is \boxed{42}.", False, True, "compute_reward 1.0"),
    # --- jianzhnie/LLMEval: process_answers, _math_text_equiv, compute_scores -------------------
    _c(LLME, LLME_AT, "5", r"The answer is $\boxed{5}$", False, True, "grade 1.0"),
    _c(LLME, LLME_AT, "5", r"The answer is $\boxed{6}$", False, False, "grade 0.0"),
    _c(LLME, LLME_AT, r"\frac{1}{2}", r"The answer is $\boxed{0.5}$", False, True, "grade 1.0"),
    _c(
        LLME,
        LLME_AT,
        "4",
        "The answer is 4",
        False,
        True,
        'gsm8k gold "2+2=4\\n#### 4" (answer 4); grade 1.0',
    ),
    _c(LLME, LLME_AT, "5", r"$\boxed{5}$", False, True, "grade 1.0 (bare-string gen)"),
    _c(
        LLME,
        LLME_AT,
        "100000",
        "Final Answer: The final answer is $100,000$. I hope it is correct.",
        False,
        True,
        "_math_text_equiv is True",
    ),
    _c(LLME, LLME_AT, "4", r"$\boxed{3}$", False, False, "compute_scores: accuracy 0.0"),
    _c(LLME, LLME_AT, "2", r"$\boxed{2}$", False, True, "compute_scores: all correct"),
    _c(LLME, LLME_AT, "3", r"$\boxed{3}$", False, True, "compute_scores: all correct"),
    # --- OpenBMB/Meshy: math_reward(response, ground_truth) -------------------------------------
    _c(MESHY, MESHY_AT, "42", r"\boxed{42}", False, True, "math_reward 1.0"),
    _c(MESHY, MESHY_AT, "42", r"\boxed{wrong}", False, False, "math_reward 0.0"),
    _c(
        MESHY,
        MESHY_AT,
        "42",
        r"first \boxed{0}, finally \boxed{42}",
        False,
        True,
        "the last box wins; 1.0",
    ),
    _c(MESHY, MESHY_AT, "0.5", r"\boxed{\frac{1}{2}}", False, True, "math_reward 1.0"),
    _c(MESHY, MESHY_AT, r"\boxed{42}", r"\boxed{42}", False, True, "boxed gold; math_reward 1.0"),
    # --- T41K1/LLM-jp-4-RL ------------------------------------------------------------------------
    _c(
        LLMJP,
        LLMJP_AT,
        "42",
        r"We simplify the expression and get \boxed{42}.",
        False,
        True,
        "compute_score acc True",
    ),
    _c(LLMJP, LLMJP_AT, "1/2", r"\frac{1}{2}", True, True, "is_equiv is True"),
]
