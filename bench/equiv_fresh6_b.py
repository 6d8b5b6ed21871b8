r"""A sixth fresh set of answer-equivalence cases (evaluation only; collector "b").

Cases are transcribed from test files that assert a math answer is (or is not) equivalent to a
reference, in repositories that no earlier set used (bench/data/README.md, bench/equiv_issues_*.py,
the docstrings of bench/equiv_fresh3_*.py, bench/data/equiv_fresh4.md, bench/equiv_fresh5_*.py and
the claims in /work/wt/fresh6_claims). Each case gives the reference answer (``gold``), the
prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, function as called in the test, license of the stored copy):

- clickbrain/vllm-mlx-ui ``tests/test_quality_benchmark.py``
  @ ea047bc746be696a1d4ade3dc703f0faf4a6a0ea: ``grade_gsm8k(text, gold)``, ``grade_math(text,
  gold)`` and ``_math_answer_match(got, expected)`` of ``vllm_mlx.dashboard.quality_runner``;
  Apache-2.0 (SPDX header of the file).
- jasont314/CASPO ``tests/test_reward.py`` @ e5eafe0734405aba71f12d03e229e3d0d50c0458:
  ``grade_math(response, ground_truth)`` and ``MathRewardFn`` of ``caspo.reward.math_verifier``.
- soffy88/mneme ``tests/test_math_grade.py`` @ d248456dadb5780b4194facdbabca11301c7d98d:
  ``grade_math(answer, expected)`` of ``services.math_grade`` (a Chinese tutoring app; golds come
  from its question bank, several written as ``$...$`` LaTeX; ``或`` means "or", ``、`` is the
  Chinese enumeration comma).
- Tristan-alpha/Temp-Selector ``tests/test_answer_verifier.py``
  @ ab7dd4355e78356828210eeff2a55bba6a9a6d33: ``verify_answer_by_value(prediction, gold)`` and
  ``verify_answer(response, gold)`` of ``utils.answer_verifier``.
- NeutroLink/BilimAI ``tests/test_mathcheck.py`` @ cdf2ad4e085e0f6b71161589ff438bd1e5444929:
  ``check_answer(student, key, kind)`` of ``bilimai.mathcheck`` (a homework checker; the answer
  kind the test passes is kept in ``why``).
- taivu1998/PRM-Math ``tests/test_answer_normalization.py``
  @ 6bf5411cc8433e4f3c6cd93827c7e5c26200e1d3: ``check_math_answer(predicted, ground_truth)``
  (numeric tolerance 1e-4) and ``check_numeric_answer(predicted, ground_truth)`` of
  ``src.eval.answers``.
- kschwethelm/ouro_rl ``tests/unit/test_reward.py`` @ 364d4206d863e8bc41aef6911761e205beeb6917:
  ``score_answer(model_output, gold)`` of ``ouro_rl.reward`` (math-verify based).

Apart from vllm-mlx-ui no license file was found in the stored copies of these repositories: their
short test strings are quoted as test data, with attribution.

Golds are kept as the tests write them (``\boxed{42}``, ``$42$``, ``$\frac{1}{8},-3$``).

Left out, by rule:
- format policies: strict-box rejections of an unboxed answer (CASPO ``answer = 42`` and its
  no-box ``MathRewardFn`` rows; Temp-Selector ``The answer is 42.``), an answer only inside
  ``<think>`` (ouro_rl), a bare ``42`` completion with no answer marker (ouro_rl), BilimAI's school
  drill line ``12 : 4 = 3``;
- the locale convention of one app: BilimAI's decimal comma ``0,5`` = ``1/2``;
- a gold that lists alternatives (BilimAI ``5/6 || 0.8333``);
- empty predictions or golds (ouro_rl ``""``; vllm-mlx-ui ``_math_answer_match("", "")``);
- asserts with no definite verdict (CASPO's ``score in (0.0, 1.0)`` guard);
- multi-generation and aggregate checks (Temp-Selector ``self_consistency_correct``; BilimAI
  ``grade_math`` over OCR'd work lines; the CASPO ``MathRewardFn`` rows that repeat a
  ``grade_math`` pair);
- extraction-only, multiple-choice (vllm-mlx-ui ``grade_mmlu``) and code-grading tests.

Searched and not used: Agent-One-Lab/AgentFly, LLM360/Reasoning360 and sail-sg/oat (their stored
test listings hold no math-answer test);
ViktorM/vivace ``tests/test_rewards.py`` (its ``answer_match`` asserts are in a stored version whose
commit could not be pinned); EZIOJP/cognitive-aware-learning-tutor and Mike-teib/mikamike-backend
(the test files seen through ``find_string`` could not be tied to a path and commit). Repositories
found only through ``find_string`` hits whose repository could not be named were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MLX = "clickbrain/vllm-mlx-ui"
MLX_AT = "tests/test_quality_benchmark.py@ea047bc746be696a1d4ade3dc703f0faf4a6a0ea"
CASPO = "jasont314/CASPO"
CASPO_AT = "tests/test_reward.py@e5eafe0734405aba71f12d03e229e3d0d50c0458"
MNEME = "soffy88/mneme"
MNEME_AT = "tests/test_math_grade.py@d248456dadb5780b4194facdbabca11301c7d98d"
TEMP = "Tristan-alpha/Temp-Selector"
TEMP_AT = "tests/test_answer_verifier.py@ab7dd4355e78356828210eeff2a55bba6a9a6d33"
BILIM = "NeutroLink/BilimAI"
BILIM_AT = "tests/test_mathcheck.py@cdf2ad4e085e0f6b71161589ff438bd1e5444929"
PRM = "taivu1998/PRM-Math"
PRM_AT = "tests/test_answer_normalization.py@6bf5411cc8433e4f3c6cd93827c7e5c26200e1d3"
OURO = "kschwethelm/ouro_rl"
OURO_AT = "tests/unit/test_reward.py@364d4206d863e8bc41aef6911761e205beeb6917"

# Rows: (gold, pred, wrap, expected, why).
_MLX = [
    # TestGradeGsm8k: grade_gsm8k(text, gold)
    ("18", "Step by step... #### 18", False, True, "grade_gsm8k: canonical #### answer"),
    ("3.5", "Some reasoning #### 3.5", False, True, "grade_gsm8k: #### decimal"),
    ("42", "So the answer is 42", False, True, "grade_gsm8k: last-number fallback"),
    ("25", "After calculation, we get 25 dollars", False, True, "grade_gsm8k: number then unit"),
    ("18", "#### 10", False, False, "grade_gsm8k: wrong #### answer"),
    ("18", "I don't know", False, False, "grade_gsm8k: no number"),
    ("18", "<think>Let me compute</think>#### 18", False, True, "grade_gsm8k: think removed"),
    ("18", "#### 18.", False, True, "grade_gsm8k: trailing period"),
    ("-5", "The answer is #### -5", False, True, "grade_gsm8k: negative"),
    # TestGradeMath: grade_math(text, gold)
    ("42", r"The answer is \boxed{42}.", False, True, "grade_math: boxed answer"),
    ("25π", r"Result: \boxed{25π}.", False, True, "grade_math: boxed expression with π"),
    ("e - 2", r"\boxed{e-2}", False, True, "grade_math: operator spacing"),
    ("x < 1 or x > 3", r"\boxed{x<1 or x>3}", False, True, "grade_math: inequality spacing"),
    ("5/16", r"The probability is \boxed{5/16}.", False, True, "grade_math: fraction"),
    ("42", "The answer is 42.", False, True, "grade_math: 'The answer is' fallback"),
    ("42", "Solving gives = 42", False, True, "grade_math: equal-sign fallback"),
    ("42", r"\boxed{10}", False, False, "grade_math: wrong answer"),
    ("2,3", r"\boxed{2, 3}", False, True, "grade_math: comma-separated list"),
    ("42", "I have no idea", False, False, "grade_math: gibberish"),
    ("42", r"<think>compute</think>\boxed{42}", False, True, "grade_math: thinking excluded"),
    # TestMathAnswerMatch: _math_answer_match(got, expected), got is the prediction
    ("42", "42", True, True, "_math_answer_match: exact string"),
    ("pi", "PI", True, True, "_math_answer_match: different case"),
    ("e-2", "e - 2", True, True, "_math_answer_match: operator normalization"),
    ("2, 3", "2,3", True, True, "_math_answer_match: comma list, spaces"),
    ("7,13", "7, 13", True, True, "_math_answer_match: comma list, spaces"),
    ("x < 1 or x > 3", "x<1 or x>3", True, True, "_math_answer_match: inequality normalization"),
    ("world", "hello", True, False, "_math_answer_match: totally different"),
    ("3", "3.0", True, True, "_math_answer_match: numeric equivalent"),
]

_CASPO = [
    # grade_math(response, ground_truth) == 1.0 / 0.0
    ("42", r"the answer is \boxed{42}", False, True, "grade_math == 1.0"),
    ("42", r"the answer is \boxed{41}", False, False, "grade_math == 0.0"),
    (r"\boxed{42}", r"\boxed{42}", False, True, "boxed ground truth == 1.0"),
    ("$42$", r"\boxed{ 42 }", False, True, "whitespace in box, dollar gold == 1.0"),
    ("0.5", r"\boxed{1/2}", False, True, "== 1.0 when math_verify is installed"),
    ("0.5", r"\boxed{\frac{1}{2}}", False, True, "== 1.0 when math_verify is installed"),
    ("42", r"first \boxed{1}, then \boxed{42}", False, True, "last box decides == 1.0"),
    ("42", r"first \boxed{42}, then \boxed{1}", False, False, "right-then-wrong == 0.0"),
    ("2", r"\boxed{\boxed{2}}", False, True, "nested box graded as 2 == 1.0"),
    (r"\boxed{\boxed{2}}", r"\boxed{\boxed{2}}", False, True, "nested gold peeled == 1.0"),
    ("3", r"\boxed{\boxed{2}}", False, False, "wrong nested answer == 0.0"),
    ("π", r"the answer is \boxed{π}", False, True, "unicode answer == 1.0"),
    ("α", r"\boxed{α}", False, True, "unicode answer == 1.0"),
    ("e", r"\boxed{π}", False, False, "mismatched unicode == 0.0"),
    # MathRewardFn(format_bonus=0.1): 0.1 is the bonus of a boxed but wrong answer
    ("42", r"\boxed{wrong_thing}", False, False, "MathRewardFn: boxed but wrong == 0.1"),
    (r"\boxed{\boxed{3}}", r"\boxed{\boxed{2}}", False, False, "MathRewardFn: nested == 0.1"),
    ("e", r"\boxed{e}", False, True, "MathRewardFn: unicode batch == 1.0"),
]

_MNEME = [
    # grade_math(answer, expected) is True / False
    ("1/2", "0.5", True, True, "fraction equals decimal"),
    ("x=3, x=2", "x=2 或 x=3", True, True, "multiple roots, order independent (或 = or)"),
    ("3,2", "2,3", True, True, "multiple roots, order independent"),
    ("1+2*x", "2x+1", True, True, "implicit multiplication and commutativity"),
    ("x*x", "x^2", True, True, "superscript vs product"),
    ("x=3", "x=2", True, False, "wrong root"),
    ("0.333", "1/3", True, False, "1/3 is not the rounded 0.333"),
    ("2,3", "2", True, False, "root count mismatch"),
    ("北京", "北京", True, True, "non-math text: string equality"),
    ("北京", " 北京 ", True, True, "non-math text: whitespace normalized"),
    ("上海", "北京", True, False, "non-math text: different"),
    (r"$\frac{1}{8},-3$", "1/8, -3", True, True, "dollar-wrapped latex gold with two values"),
    (r"frac{1}{5}$", "1/5", True, True, "gold missing its backslash still accepted"),
    ("$a<0$", "a<0", True, True, "inequality via string fallback"),
    ("7 .", "7", True, True, "trailing punctuation in gold stripped"),
    ("5.5 .", "5.5", True, True, "trailing punctuation in gold stripped"),
    (r"$2 \pi$", "2*pi", True, True, "pi"),
    (r"$\sqrt{2}$", "sqrt(2)", True, True, "sqrt"),
    (r"$52 \pi$", "8*pi", True, False, "latex gold, different value"),
    (r"$e^{6}-1$", "e^6-1", True, True, "superscript braces"),
    (r"$\mathrm{p}>\mathrm{m}>\mathrm{n}$", "p>m>n", True, True, "\\mathrm letters in a chain"),
    (r"$a \geq -1$", "a>=-1", True, True, "\\geq vs >="),
    (r"$\{3\}$", "{3}", True, True, "singleton set"),
    (r"$\{2,1\}$", "{1,2}", True, True, "set order does not matter"),
    (r"$(0,+\infty)$", "(0,+∞)", True, True, "unicode ∞ vs \\infty interval"),
    (r"$[1,+\infty)$", "[1,+∞)", True, True, "unicode ∞ vs \\infty interval"),
    ("$1 、[-1,1]$.", "1, [-1,1]", True, True, "Chinese enumeration comma as separator"),
]

_TEMP = [
    # verify_answer_by_value(prediction, gold) is True / False
    ("3", "3", True, True, "verify_answer_by_value: simple match"),
    ("3", "5", True, False, "verify_answer_by_value: mismatch"),
    (r"\dfrac{1}{2}", r"\frac{1}{2}", True, True, "verify_answer_by_value: frac vs dfrac"),
    ("1/2", r"\frac{1}{2}", True, True, "verify_answer_by_value: frac vs slash"),
    ("2+x", "x+2", True, True, "verify_answer_by_value: commutative sum"),
    # verify_answer(response, gold) is True
    ("42", r"First \boxed{wrong} then \boxed{42}", False, True, "verify_answer: last box"),
    (
        r"\left( 3, \frac{\pi}{2} \right)",
        r"The answer is \boxed{(3, \frac{\pi}{2})}.",
        False,
        True,
        "verify_answer: \\left( \\right) gold vs plain tuple",
    ),
    ("1/2", r"\boxed{\frac{1}{2}}", False, True, "verify_answer: frac vs slash"),
]

_BILIM = [
    # check_answer(student, key, kind)[0]
    (r"\frac{5}{6}", "5/6", True, True, "check_answer, kind expression"),
    ("x=4", "x=4", True, True, "check_answer, kind equation_solution"),
    ("x=4", "4", True, True, "check_answer, kind equation_solution: bare root"),
    ("2x+2", "2(x+1)", True, True, "check_answer, kind expression: equivalent, not identical"),
    ("20 m/s", "20 m/s", True, True, "check_answer, kind unit_value (tolerance 0.01)"),
    ("5/6", "3/9", True, False, "check_answer, kind expression: wrong"),
    ("3, -2", "{-2, 3}", True, True, "check_answer, kind set: order and braces"),
]

_PRM = [
    # check_math_answer(predicted, ground_truth) / check_numeric_answer(predicted, ground_truth)
    ("0.5", r"\frac{1}{2}", True, True, "check_math_answer: latex fraction vs decimal"),
    ("2.0", r"\boxed{2}", False, True, "check_math_answer: boxed integer vs 2.0"),
    ("-0.5", r"\boxed{-\frac{1}{2}}", False, True, "check_math_answer: negative fraction"),
    ("0.5", r"\boxed{\frac12}", False, True, "check_math_answer: shorthand \\frac12"),
    (
        "3.4641016151377544",
        r"\boxed{2\sqrt{3}}",
        False,
        True,
        "check_math_answer: radical vs its float, gold str(2 * 3**0.5)",
    ),
    ("2.0", "2", True, True, "check_numeric_answer: float equivalence"),
]

_OURO = [
    # score_answer(model_output, gold) == 1.0 / 0.0
    (r"\boxed{42}", r"The answer is \boxed{42}", False, True, "score_answer == 1.0"),
    (r"\boxed{42}", r"\boxed{99}", False, False, "score_answer == 0.0"),
    (r"\boxed{0.5}", r"\boxed{\frac{1}{2}}", False, True, "equivalent fraction == 1.0"),
    (
        r"\boxed{42}",
        r"<think>Let me reason... the answer is 99</think>\boxed{42}",
        False,
        True,
        "answer after </think> is scored == 1.0",
    ),
    (r"\boxed{42}", "I don't know the answer sorry", False, False, "no parseable answer == 0.0"),
]


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, bool, str]]) -> list[dict]:
    return [_c(repo, where, gold, pred, wrap, ok, why) for gold, pred, wrap, ok, why in rows]


CASES: list[dict] = [
    *_rows(MLX, MLX_AT, _MLX),
    *_rows(CASPO, CASPO_AT, _CASPO),
    *_rows(MNEME, MNEME_AT, _MNEME),
    *_rows(TEMP, TEMP_AT, _TEMP),
    *_rows(BILIM, BILIM_AT, _BILIM),
    *_rows(PRM, PRM_AT, _PRM),
    *_rows(OURO, OURO_AT, _OURO),
]
