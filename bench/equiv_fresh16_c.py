r"""A sixteenth fresh set of answer-equivalence cases (evaluation only; helper "c", whose brief was
Chinese, Japanese and Korean math answer graders and evaluation harnesses).

Cases are transcribed from test suites that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the fresh3..fresh15 docstrings and /work/wt/fresh16_claims). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (a test's ``"\\boxed{42}"`` is stored as
``r"\boxed{42}"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- polaris-smart/DeepTutor (a Chinese K-12 fork of HKUDS/DeepTutor whose "Mastery Path" adds a
  deterministic short-answer grader for Chinese school mathematics; upstream has no such test)
  ``tests/learning/test_grading_math_equivalence.py``
  @ 2941329f7d659a8f80e2f1da33fd77cff399a698 (``grade_answer(user_answer, expected_answer,
  "short") is True / False``; the first argument is the student's answer (``pred``), the second
  the stored answer (``gold``); ``deeptutor/learning/grading.py`` was read to confirm the
  argument order). Chinese verbal fractions (``二分之一``, ``二分之根号2``), ``根号`` radicals,
  ``百分之`` percents, full-width digits and brackets, Chinese units, ``x=`` / ``y=`` / ``f(x)=``
  wrappers and inequality-vs-interval forms. No license file was read in the stored copy: the
  short strings are quoted as test data, with attribution.
- sungyubkim/datatrove (a fork of huggingface/datatrove that adds verl-style reward scorers)
  ``tests/utils/reward_score/test_math.py`` @ 0bd856f07ac932146180cc436930a9aacb5c0287
  (``compute_score(model_output, ground_truth)["score"] == 1.0 / 0.0``; a Math-Verify based
  scorer with ``<think>`` handling; completions are kept whole, ``wrap`` False, and the boxed
  golds are kept as written), Apache-2.0 (upstream LICENSE).

Left out, by rule: DeepTutor's multiple-choice (``"choice"``) and keyword-overlap (``"open"``)
questions; its non-mathematical legacy-string tests (``photosynthesis`` exact / fuzzy matches,
31-character ``a`` strings); golds it cannot judge (empty or blank expected answers, the unknown
question type); the prose-answer policy (``"half of one"`` rejected against ``0.5`` because only
one side parses as math); the unit policy ``5cm`` against a bare ``5`` (a later grading.py in the
same repository compares a bare number with a unit-bearing one as unequal, so the project has no
single verdict); the ``_normalize_math_answer`` unit checks (their pairs repeat the
``grade_answer`` pairs). datatrove: format policies (an unclosed ``<think>`` tag, an unboxed
prediction or an unboxed gold scored 0.0), the algebraic-simplification test with no asserted
score, the ``timeout_score`` interface test (a repeat of ``\boxed{42}``), and non-mathematical
text answers (``France``; the case-insensitivity test ``ABC`` vs ``abc``).

Found but not used: a DeepTutor-style ``判分1.5`` collection test (sets, ``±`` / ``或`` solution
lists, interval unions) and a Rust OlymMATH ``answers_match`` test with Chinese completions were
reached only through ``find_string`` hits whose repository and path could not be named, so they
were not used (as in equiv_fresh3_a.py). Read without finding math equivalence assertions:
threethreeLiu/traittutor ``tests/learning/test_grading.py`` (true/false, option letters and
Chinese biology words), sungyubkim/datatrove's other reward-score tests (IFEval, tables, tool
calls), CJK grader hits that were text-to-speech normalisers (``1/2`` read as ``二分之一``) or
design documents rather than test files. The session's search budget ran out before
Jaemnani/ai-benchmark-suneung (Korean CSAT benchmark; no stored snapshot to fetch),
sallow-sun/gaokao-math-platform and PZQ-ship-it/gaokaollm-v2 could be read.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DT = "polaris-smart/DeepTutor"
DT_AT = "tests/learning/test_grading_math_equivalence.py@2941329f7d659a8f80e2f1da33fd77cff399a698"
DTV = "sungyubkim/datatrove"
DTV_AT = "tests/utils/reward_score/test_math.py@0bd856f07ac932146180cc436930a9aacb5c0287"

# --- polaris-smart/DeepTutor: grade_answer(user, expected, "short") ------------------------------
# rows: (user answer = pred, expected answer = gold, asserted verdict, why)
_DT_ROWS: list[tuple[str, str, bool, str]] = [
    # TestNumericEquivalence
    ("1/2", "0.5", True, "fraction vs decimal"),
    ("0.5", "1/2", True, "decimal vs fraction"),
    ("2", "2.0", True, "integer vs float"),
    ("1e3", "1000", True, "scientific notation"),
    ("50%", "0.5", True, "percent vs decimal"),
    ("12.5%", "0.125", True, "percent vs decimal"),
    ("5厘米", "5cm", True, "unit 厘米 (centimetre) vs cm"),
    ("3.5千克", "3.5kg", True, "unit 千克 (kilogram) vs kg"),
    ("1/3", "0.3333333", True, "rounded decimal; grader tolerance 1e-6"),
    ("0.3333333333333333", "1/3", True, "float repr of 1/3"),
    ("二分之一", "0.5", True, "Chinese verbal fraction 'one half'"),
    ("百分之五十", "50%", True, "Chinese verbal percent 'fifty percent'"),
    ("-3/4", "-0.75", True, "negative fraction vs decimal"),
    ("１／２", "0.5", True, "full-width digits and slash"),
    ("５０％", "0.5", True, "full-width percent"),
    ("1/2", "1/3", False, "different fractions"),
    ("0.5", "0.333", False, "different decimals"),
    ("2", "3", False, "different integers"),
    # TestAlgebraicEquivalence
    ("y=2x+1", "2x+1", True, "y= prefix stripped"),
    ("2x+1=y", "2x+1", True, "trailing =y stripped"),
    ("y=2x+1", "2x+1=y", True, "y= vs =y"),
    ("f(x)=x^2+1", "x^2+1", True, "f(x)= prefix stripped"),
    ("x=1", "1", True, "x= prefix stripped"),
    ("x=1", "1.0", True, "x= prefix, 1 vs 1.0"),
    ("y=2x+1", "2x+2", False, "different expression"),
    ("x=1", "2", False, "different value"),
    # TestIntervalEquivalence
    ("1<x<2", "(1,2)", True, "inequality vs open interval"),
    ("(1,2)", "1<x<2", True, "open interval vs inequality"),
    ("x∈(1,2)", "(1,2)", True, "membership form"),
    ("x∈(1,2)", "1<x<2", True, "membership form vs inequality"),
    ("（1，2）", "(1,2)", True, "full-width parentheses and comma"),
    ("1≤x≤2", "[1,2]", True, "closed interval"),
    ("[1,2]", "1≤x≤2", True, "closed interval"),
    ("1≤x<2", "[1,2)", True, "half-open interval"),
    ("1<x≤2", "(1,2]", True, "half-open interval"),
    ("2>x>1", "(1,2)", True, "reversed inequality"),
    ("(1,2)", "(1,3)", False, "different right bound"),
    ("(1,2)", "[1,2]", False, "open vs closed"),
    ("1<x<2", "1<x≤2", False, "strict vs non-strict right bound"),
    # TestRadicalEquivalence
    ("√2", "sqrt2", True, "radical sign vs sqrt2"),
    ("根号2", "√2", True, "Chinese 根号 (root) 2"),
    ("根号二", "sqrt(2)", True, "Chinese 根号二 (root two)"),
    ("√(2)", "sqrt(2)", True, "parenthesised radicand"),
    ("√2/2", "二分之√2", True, "Chinese verbal fraction of a radical"),
    ("二分之根号2", "sqrt(2)/2", True, "Chinese verbal fraction of 根号2"),
    ("sqrt(2)/2", "√2/2", True, "sqrt() vs radical sign"),
    ("√2/2", "√3/2", False, "different radicand"),
    ("√2", "2", False, "root 2 vs 2"),
]

# --- sungyubkim/datatrove: compute_score(model_output, ground_truth)["score"] --------------------
# rows: (whole completion = pred, gold as written, asserted verdict, why)
_DTV_ROWS: list[tuple[str, str, bool, str]] = [
    (
        r"<think>Let me solve: 40 + 2 = 42</think>The answer is \boxed{42}",
        r"\boxed{42}",
        True,
        "test_perfect_answer: score == 1.0",
    ),
    (r"The answer is \boxed{42}", r"\boxed{42}", True, "test_missing_think_tag: score == 1.0"),
    (
        r"<think>Calculating...</think>The answer is \boxed{43}",
        r"\boxed{42}",
        False,
        "test_wrong_answer: score == 0.0",
    ),
    (
        r"<think>Half is...</think>\boxed{0.5}",
        r"\boxed{1/2}",
        True,
        "fraction vs decimal: score == 1.0",
    ),
    (
        r"<think>Dividing...</think>\boxed{2.333}",
        r"\boxed{2.33}",
        True,
        "test_float_rounding: the scorer's float_rounding=2; score == 1.0",
    ),
    (
        r"<think>First I get \boxed{10}, then \boxed{42}</think>\boxed{42}",
        r"\boxed{42}",
        True,
        "boxed answers inside the think block; the last box counts: score == 1.0",
    ),
    (r"<think>Subtracting...</think>\boxed{-5}", r"\boxed{-5}", True, "negative number"),
    (r"<think>Solving for x...</think>\boxed{x = 3}", r"\boxed{x = 3}", True, "equation x = 3"),
    (
        r"<think>The solution set is...</think>\boxed{{1, 2, 3}}",
        r"\boxed{{1, 2, 3}}",
        True,
        "test_vector_or_set_notation: score == 1.0",
    ),
    (r"<think></think>\boxed{42}", r"\boxed{42}", True, "test_empty_think_tag: score == 1.0"),
    (
        "<think>\n        Step 1: Understand the problem\n        Step 2: Calculate 40 + 2\n"
        "        Step 3: Get 42\n        </think>\n        The final answer is \\boxed{42}",
        r"\boxed{42}",
        True,
        "test_multiline_think_content: score == 1.0",
    ),
    (
        r"<think>Solving...</think>  \boxed{42}  ",
        r"\boxed{42}",
        True,
        "test_whitespace_handling: score == 1.0",
    ),
]

CASES: list[dict] = [
    *(_c(DT, DT_AT, gold, pred, True, ok, why) for pred, gold, ok, why in _DT_ROWS),
    *(_c(DTV, DTV_AT, gold, pred, False, ok, why) for pred, gold, ok, why in _DTV_ROWS),
]
