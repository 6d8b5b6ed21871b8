r"""Third fresh set of answer-equivalence cases (helper b): RL / reward libraries' math tests.

Evaluation only: collected after the math judge's rules were tuned; nothing here was used to
tune it, and curate's judge was not run on these cases while collecting them. Short test strings
quoted from public test files as test data, with attribution.

Sources (none of them in bench/data/README.md or the equiv_issues_* threads)
----------------------------------------------------------------------------
- modelscope/Trinity-RFT ``tests/utils/eval_utils_test.py``
  @ 8e2776b90bdad23156e6077515db7bfa28211d2a (no license file in the stored copy; short test
  strings quoted as test data, with attribution): ``compute_score_v0(solution, truth)`` (last
  ``\boxed{}`` of the solution against the truth), ``verify_math_answer(response, ground_truth)``
  (whole responses) and ``is_equiv(str1, str2)`` (bare strings; ``str2`` taken as the gold).
- eval-protocol/python-sdk (Fireworks' reward library, formerly reward-kit) ``tests/test_math.py``
  @ f16c145c3a24cc137164e3345f14e778ca9b3e22 (``math_reward`` on whole assistant messages) and
  ``tests/test_accuracy.py`` @ f406e1310493c367fff06c011ea689a8bd1cc761 (``accuracy_reward`` on
  whole messages, ``compare_math_expressions(pred, gold)``) (no license file in the stored copy;
  short test strings quoted as test data, with attribution).
- NVIDIA-NeMo/Gym ``resources_servers/math_with_judge/tests/test_app.py``
  @ 05a4377b4b35c044bcb0aeb2bd9810ba18ec9c22 (Apache-2.0, per the file's SPDX header): the
  library (math-verify) path of ``LibraryJudgeMathResourcesServer`` -- ``verify``,
  ``_verify_answer`` and ``_verify_answer_with_library_async(expected, generated)``.
- thinking-machines-lab/tinker-cookbook ``tinker_cookbook/recipes/math_rl/math_env_test.py``
  @ 5f8df5954abcb778ddcc55ae27c09aabf8ed7a24 (no license file in the stored copy; short test
  strings quoted as test data, with attribution): ``grade_answer(given, gold)``.

Kept as written, although they contradict mathematics or a tolerance-free reading (as the earlier
suites' such cases were): tinker-cookbook's ``\frac{3}{4}`` vs ``0.75`` (asserted not equal;
its ``\frac{2}{4}`` vs ``\frac{1}{2}``, also asserted not equal, is already in equiv_cases.jsonl
and left out below), eval-protocol's ``3.14`` vs ``3.14159`` (asserted equal by
``compare_math_expressions``' pi special case). Their ``why`` says so.

Left out, by rule
-----------------
- Trinity-RFT: the unboxed-solution case of ``compute_score_v0`` (a format policy: any unboxed
  solution scores 0 whatever its value), the empty-ground-truth case (a gold the suite cannot
  judge), the ``\boxed{A}`` / ``\boxed{B}`` last-box cases (letters), the ``None`` inputs of
  ``is_equiv``, and ``extract_answer`` (extraction only).
- eval-protocol ``test_math.py``: ``extract_numbers`` / ``compare_numbers`` (extraction and raw
  numeric tolerance), the multiple-choice cases, non-default options (``tolerance=0.01`` for
  3.14 vs 3.14159; the ``require_units=True`` unit-mismatch half), the unparseable-gold cases, and
  the strictness policies on completions that state several numbers or several boxes against
  multi-value golds ("ambiguity", "conflicting answers"). Its unboxed "or" hedge test is kept: two
  alternatives offered for a single-valued gold is a wrong answer. Its ``require_units=True``
  matching half (``\boxed{10 km}`` vs ``10 km``) is kept: equal under any option.
- eval-protocol ``test_accuracy.py``: the cases with custom ``extract_fn`` / ``compare_fn``, the
  quadratic case that accepts either root, the missing-gold cases, the extraction-only case and
  ``normalize_text``.
- NeMo Gym: every LLM-judge verdict (the judge is a mock whose reply the test scripts, e.g.
  ``20`` vs ``20.0`` "not equal"), the pathological-SymPy case that accepts either verdict, the
  empty gold, the timeout / process tests and ``_extract_last_boxed_answer``.
- tinker-cookbook: the ``None`` input, ``extract_boxed``, ``extract_gsm8k_final_answer``,
  ``normalize_answer`` and ``split_tuple`` (extraction / normalisation only).
- Pairs already in ``bench/data/equiv_cases.jsonl`` (same gold and prediction, bare or boxed),
  so that every case here is new: Trinity-RFT ``The answer is \boxed{42}`` vs ``42`` (asserted
  in two of its tests); eval-protocol ``5`` vs ``5``; NeMo Gym ``2 + 2 = \boxed{4}`` vs ``4`` and
  ``2 + 2 = \boxed{\frac{8}{2}}`` vs ``4.0`` (the same strings as NeMo-RL's suite);
  tinker-cookbook ``42`` vs ``42``, ``43`` vs ``42``, ``\frac{1}{2}`` vs ``0.5``, ``5.0`` vs
  ``5``, ``\frac{2}{4}`` vs ``\frac{1}{2}`` and ``(1, 2)`` vs ``(1, 2)``.

Golds written with a ``\boxed{}`` or a ``#### n`` around them (``"Answer is \boxed{4}."``,
``"\boxed{12}"``) are recorded as the answer inside. ``wrap`` True: the prediction is a bare
answer to be put in ``\boxed{}``; False: the whole completion as the test passes it.
"""

from bench.equiv_rl_suites import collected_case as _c

TRINITY = "modelscope/Trinity-RFT"
TRINITY_AT = "tests/utils/eval_utils_test.py@8e2776b90bdad23156e6077515db7bfa28211d2a"
EP = "eval-protocol/python-sdk"
EP_MATH = "tests/test_math.py@f16c145c3a24cc137164e3345f14e778ca9b3e22"
EP_ACC = "tests/test_accuracy.py@f406e1310493c367fff06c011ea689a8bd1cc761"
GYM = "NVIDIA-NeMo/Gym"
GYM_AT = (
    "resources_servers/math_with_judge/tests/test_app.py@05a4377b4b35c044bcb0aeb2bd9810ba18ec9c22"
)
TINKER = "thinking-machines-lab/tinker-cookbook"
TINKER_AT = (
    "tinker_cookbook/recipes/math_rl/math_env_test.py@5f8df5954abcb778ddcc55ae27c09aabf8ed7a24"
)

_EP_ACC_EXACT = """
        To solve this equation, I'll follow these steps:
        3x + 5 = 17
        3x = 12
        x = 4

        Therefore, the answer is 4.
        """
_EP_ACC_CONTEXT = """
        I need to solve this equation step by step:
        2x + 8 = 16
        2x = 8
        x = 4

        Therefore, x = 4.
        """
_EP_ACC_WRONG = """
        I need to solve this equation:
        4x - 3 = 9
        4x = 12
        x = 3
        """
_EP_ACC_PARIS = """
        The capital of France is Paris.
        """


CASES: list[dict] = [
    # --- Trinity-RFT: compute_score_v0(solution, truth) ---
    _c(
        TRINITY,
        TRINITY_AT,
        "42",
        r"The final answer is \boxed{42}",
        False,
        True,
        "test_both_boxed_and_equivalent (truth 'The correct result is \\boxed{42}')",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "100",
        r"Let's see, the result is \boxed{100}",
        False,
        True,
        "test_solution_boxed_truth_raw_and_equivalent",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "1",
        r"I think the answer is \boxed{-1}",
        False,
        False,
        "test_both_boxed_and_not_equivalent (truth 'The answer is \\boxed{1}')",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "orange",
        r"The answer is \boxed{apple}",
        False,
        False,
        "test_solution_boxed_truth_raw_and_not_equivalent",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "10",
        "",
        False,
        False,
        "test_empty_solution_string (truth '\\boxed{10}')",
    ),
    # --- Trinity-RFT: verify_math_answer(response, ground_truth) ---
    _c(
        TRINITY,
        TRINITY_AT,
        "1000",
        "The result is 1,000.",
        False,
        True,
        "verify_math_answer: number with commas",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "-50",
        "The answer is -50.",
        False,
        True,
        "verify_math_answer: negative number equality",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "x=5",
        "The solution is 5",
        False,
        True,
        "verify_math_answer: equivalence of value and equation",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "43",
        r"The answer is \boxed{42}",
        False,
        False,
        "verify_math_answer: simple numerical inequality",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "x-1",
        r"The answer is \boxed{x+1}",
        False,
        False,
        "verify_math_answer: symbolic expression inequality",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        r"\begin{pmatrix}1&0\\0&1\end{pmatrix}",
        r"The matrix is \boxed{\begin{pmatrix}1 & 1 \\ 0 & 1\end{pmatrix}}",
        False,
        False,
        "verify_math_answer: matrix inequality",
    ),
    _c(
        TRINITY,
        TRINITY_AT,
        "50",
        "The speed is 50 km/h",
        False,
        True,
        "verify_math_answer: judgment after stripping units",
    ),
    # --- Trinity-RFT: is_equiv(str1, str2) ---
    _c(TRINITY, TRINITY_AT, "123", "  123  ", True, True, "is_equiv: whitespace"),
    _c(TRINITY, TRINITY_AT, "50", "50%", True, True, "is_equiv: percentage sign"),
    _c(TRINITY, TRINITY_AT, "50", "$50", True, True, "is_equiv: dollar sign"),
    _c(TRINITY, TRINITY_AT, "world", "hello", True, False, "is_equiv: basic inequality"),
    _c(TRINITY, TRINITY_AT, "1234", "123", True, False, "is_equiv: numerical inequality"),
    # --- eval-protocol test_math.py: math_reward on whole assistant messages ---
    _c(
        EP,
        EP_MATH,
        "4",
        r"It is \boxed{4}.",
        False,
        True,
        "test_basic_match_boxed (ground truth 'Answer is \\boxed{4}.')",
    ),
    _c(
        EP,
        EP_MATH,
        "4",
        "The result is #### 4",
        False,
        True,
        "test_basic_match_gsm8k (ground truth 'Final answer: #### 4')",
    ),
    _c(
        EP,
        EP_MATH,
        "4",
        "It is 4.",
        False,
        True,
        "test_type_mismatch_mcq_vs_number (ground truth 'The number is 4.')",
    ),
    _c(
        EP,
        EP_MATH,
        "4",
        r"Answer: \boxed{5}.",
        False,
        False,
        "test_wrong_answer_numeric (ground truth 'Answer: \\boxed{4}.')",
    ),
    _c(
        EP,
        EP_MATH,
        r"1/2 \text{ or } 1",
        r"The answer is $\boxed{1/2 \text{ or } 1}$.",
        False,
        True,
        "test_no_penalty_if_gen_is_single_boxed_or_expr",
    ),
    _c(
        EP,
        EP_MATH,
        "1/2",
        r"The answer is $1/2 \text{ or } 1$.",
        False,
        False,
        "test_penalty_unboxed_or_issue1: two alternatives offered for a single-valued gold",
    ),
    _c(
        EP,
        EP_MATH,
        "10 km",
        r"Answer is \boxed{10 km}.",
        False,
        True,
        "test_require_units_basic_functionality, matching-units half",
    ),
    # --- eval-protocol test_accuracy.py: accuracy_reward (default extraction) ---
    _c(EP, EP_ACC, "4", _EP_ACC_EXACT, False, True, "test_exact_match"),
    _c(EP, EP_ACC, "4", _EP_ACC_CONTEXT, False, True, "test_from_context_ground_truth"),
    _c(
        EP,
        EP_ACC,
        "3.5",
        _EP_ACC_WRONG,
        False,
        False,
        "test_incorrect_answer: solution ends x = 3 against 3.5",
    ),
    _c(EP, EP_ACC, "Paris", _EP_ACC_PARIS, False, True, "test_non_numeric_answer"),
    # --- eval-protocol test_accuracy.py: compare_math_expressions(pred, gold) ---
    _c(
        EP,
        EP_ACC,
        "3.14159",
        "3.14",
        True,
        True,
        "compare_math_expressions: asserted 1.0 by its pi special case (a tolerance policy; "
        "3.14 != 3.14159), kept as written",
    ),
    _c(EP, EP_ACC, "paris", "Paris", True, True, "compare_math_expressions: case-insensitive"),
    _c(EP, EP_ACC, "Paris", "London", True, False, "compare_math_expressions: asserted < 0.5"),
    # --- NeMo Gym math_with_judge: library (math-verify) path ---
    _c(
        GYM,
        GYM_AT,
        "x + 1",
        r"$1 + x = \boxed{x + 1}$",
        False,
        True,
        "test_verify: the response's two output texts ('$1', ' + x = \\boxed{x + 1}$'), joined",
    ),
    _c(GYM, GYM_AT, "x + 1", "$1", False, False, "test_verify: first part only, reward 0"),
    _c(GYM, GYM_AT, "8", r"3 + 5 = \boxed{8}", False, True, "test_verify_answer: equal case"),
    _c(
        GYM,
        GYM_AT,
        "2",
        "3",
        False,
        False,
        "test_verify_answer: 'What is 1 + 1?' answered 3, reward 0",
    ),
    _c(
        GYM,
        GYM_AT,
        "12",
        r"3 * 4 = \boxed{12}",
        False,
        True,
        "_verify_answer_with_library_async(gold '\\boxed{12}', ...)",
    ),
    _c(
        GYM,
        GYM_AT,
        "5",
        r"10 - 5 = \boxed{5}",
        False,
        True,
        "_verify_answer_with_library_async(gold '\\boxed{5}', ...)",
    ),
    _c(
        GYM,
        GYM_AT,
        "12",
        "3 * 4 = 13",
        False,
        False,
        "_verify_answer_with_library_async(gold '\\boxed{12}', ...): reward 0, extracted 13",
    ),
    _c(GYM, GYM_AT, "17.001", "17", True, False, "_verify_answer_with_library_async: reward 0"),
    _c(GYM, GYM_AT, "3", "3", True, True, "_verify_answer_with_library_async('3', '3')"),
    # --- tinker-cookbook: grade_answer(given, gold) ---
    _c(
        TINKER,
        TINKER_AT,
        "0.75",
        r"\frac{3}{4}",
        True,
        False,
        "test_latex_fraction_vs_decimal: asserted not equal ('not caught by the normalizer'); "
        "contradicts mathematics, kept as written",
    ),
    _c(TINKER, TINKER_AT, "5", "5.1", True, False, "test_integer_mismatch_strict"),
    _c(TINKER, TINKER_AT, "(1, 2)", "(2, 1)", True, False, "test_tuple_matching: ordered pair"),
    _c(TINKER, TINKER_AT, "yes", r"\text{yes}", True, True, "test_with_text_wrapper"),
]
