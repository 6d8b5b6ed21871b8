r"""An eighth fresh set of answer-equivalence cases (evaluation only; helper "d": non-English
projects' math graders and their tests, and issue threads of repositories no earlier set used).

Cases are transcribed from the test suites of graders that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh7 modules and
/work/wt/fresh8_claims) and from issue threads that report a wrong verdict of a math grader. Each
case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts or the thread establishes (``expected``). ``where`` is ``path@commit`` in
``repo`` on github.com, or ``issues/N``. Strings are the values Python reads from the test (a
test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- zai-org/GLM-V (Zhipu AI / THUDM; the GLM-4.1V-Thinking reward system, Chinese-language tests)
  ``glmv_reward/tests/stem/test_math_verifier.py``, ``.../stem/test_physics_verifier.py`` and
  ``.../stem/test_logic_verifier.py`` @ d208b2a1ca53fc6f879caaa9ceb3e00a893b5b74 (the commit
  that last changed them; unchanged at the snapshot's head 8fc9756f), Apache-2.0.
  ``verifier.judge(extracted_answer, ground_truth, question=...)`` asserted ``== 1.0`` / ``== 0.0``;
  the first argument is stored as ``pred``, the second as ``gold``. The ``question`` (Chinese
  where given) is quoted in ``why``.
- sbintuitions/flexeval (SB Intuitions, Japan) ``tests/core/metric/test_math_verify_metric.py``
  @ a1faacc6c494118df31ce5df32847971f377927e (``MathVerify`` metric, accuracy 1.0 / 0.0) and
  ``tests/core/string_processor/test_mgsm.py`` @ 4320727274a06f9b3e19aa796ceaf0794740b143
  (``SimpleEvalMGSMProcessor`` mapping a completion onto the number it grades: read as the
  completion being equivalent to that number; and ``ExactMatch`` with those processors).
  No license file was found in the stored copy; the short test strings are quoted as test data,
  with attribution. A gold the suite gives as a sentence (``"$b + a$ is the answer."``) is stored
  as the answer the metric extracts from it (``why`` says so).
- Issue threads (``where`` = ``issues/N``): Doenet/DoenetML #681 (fixed by pull #712, which
  upgraded math-expressions "to fix a bug where polynomials were incorrectly being evaluated as
  unequal"), Doenet/math-expressions #4 (maintainer: "These false positives do not exist in
  version 2") and #15 (reported as a wrong ``false``; maintainer could not reproduce in 2.x, "we
  fixed the flaw"), allenai/semeval-2019-task-10 #10 (scorer accepts ``3.75`` but not ``15/4``;
  the verdict is the plain arithmetic fact). Doenet's graders read plain-text math
  (``pi(y+2)^2``, ``x!``, implicit products ``ab`` = a*b).

Left out, by rule: multiple-choice letters and numbered options (GLM-V
``test_math_verifier_judge_multiple_choice``); verdicts that depend on the question the judge is
shown rather than on the two answers (GLM-V ``test_math_verifier_judge_units``: ``1 kg`` vs
``1000 g`` graded 0.0 because the question asks for grams; ``5.8米`` vs ``5.8`` graded 0.0 because
the question is in centimetres); answer-extraction and format tests (``extract_answer`` strict box
/ think-tag rules); ``None`` inputs; commented-out tests (all of GLM-V
``tests/general/test_general_verifier_math.py``); exact repeats of a pair already taken from the
same file (GLM-V ``("2", "2.0")``, ``("\\sqrt{9}", "3")``); in the physics file, prose answers
(Chinese explanations, directions, ordered processes), unit-name variants (``5 N`` vs
``5 newtons``), unit conversions, uncertainty (``±``) and vector-arrow notation, and pairs of
character-identical formulas (``F = ma`` vs ``F = ma``); in the logic file, the non-mathematical
statements (colours, apples, rain, students). flexeval: ``答えは４です`` vs ``4`` graded 0.0 (a
full-width digit after a Japanese phrase that the extractor does not read: an extraction limit,
not a mathematical verdict) and the MGSM processor's ``\boxed{230 + x}`` -> ``230`` (first number
of an expression: an extraction quirk that contradicts the mathematics). Issue threads whose
example is only a screenshot (modelscope/evalscope #392 is also an already-used repository) or
that name no concrete pair were skipped; threads of already-used or already-claimed repositories
(MathRuler #2, openai/simple-evals, scitix/sieval, Math-Verify, lm-evaluation-harness, Qwen2.5-Math,
slime) were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GLMV = "zai-org/GLM-V"
GLMV_C = "@d208b2a1ca53fc6f879caaa9ceb3e00a893b5b74"
GLMV_MATH = "glmv_reward/tests/stem/test_math_verifier.py" + GLMV_C
GLMV_PHYS = "glmv_reward/tests/stem/test_physics_verifier.py" + GLMV_C
GLMV_LOGIC = "glmv_reward/tests/stem/test_logic_verifier.py" + GLMV_C
FLEX = "sbintuitions/flexeval"
FLEX_MV = "tests/core/metric/test_math_verify_metric.py@a1faacc6c494118df31ce5df32847971f377927e"
FLEX_MGSM = "tests/core/string_processor/test_mgsm.py@4320727274a06f9b3e19aa796ceaf0794740b143"

# GLM-V MathVerifier.judge(pred, gold): (pred, gold, expected, test name)
_GLMV_MATH_ROWS: list[tuple[str, str, bool, str]] = [
    ("x+1", "1+x", True, "test_judge_exact_match"),
    ("2", "2.0", True, "test_judge_exact_match"),
    ("(x+1)**2", "x**2 + 2*x + 1", True, "test_judge_sympy_equivalence"),
    ("3/2", "1.5", True, "test_judge_sympy_equivalence"),
    ("pi + 1", "π + 1", True, "test_pi_in_answer"),
    (r"\pi + 1", "π + 1", True, "test_pi_in_answer"),
    (r"2\pi + 1", "1 + 2π", True, "test_pi_in_answer"),
    ("1/2", "0.5", True, "test_fraction_and_decimal"),
    ("0.25", "1/4", True, "test_fraction_and_decimal"),
    ("2/4", "0.5", True, "test_fraction_and_decimal"),
    ("sqrt(4)", "2", True, "test_sqrt_forms"),
    (r"\sqrt{9}", "3", True, "test_sqrt_forms"),
    ("√9", "3", True, "test_sqrt_forms"),
    ("72 °", "72", True, "test_multiple_format_spaces"),
    ("  0.5 ", "50%", True, "test_multiple_format_spaces (0.5 = 50%)"),
    ("1e3", "1000", True, "test_exp_notation"),
    ("2.5e-2", "0.025", True, "test_exp_notation"),
    ("sin(pi/2)", "1", True, "test_symbolic_vs_numeric"),
    ("exp(0)", "1", True, "test_symbolic_vs_numeric"),
    ("-3", "(-3)", True, "test_negative_and_parens"),
    ("-(2+3)", "-5", True, "test_negative_and_parens"),
    (r"\frac{1}{2}", "½", True, "test_latex_and_unicode_equiv"),
    ("π/2", r"\frac{\pi}{2}", True, "test_latex_and_unicode_equiv"),
    ("5.00", "5", True, "test_string_float_equivalence"),
    ("2*(x+1)", "2x+2", True, "test_complex_expression_equiv"),
    ("a**2 + b**2 + 2*a*b", "a**2 + 2*a*b + b**2", True, "test_complex_expression_equiv"),
    ("0.5", "1/2", True, "test_math_verifier_judge_equivalence"),
    ("0.333...", "1/3", True, "test_math_verifier_judge_equivalence (repeating decimal)"),
    ("1.23e4", "12300", True, "test_math_verifier_judge_equivalence"),
    ("1.23E-4", "0.000123", True, "test_math_verifier_judge_equivalence"),
    ("√4", "2", True, "test_math_verifier_judge_equivalence"),
    ("x > 5", "x > 5", True, "test_math_verifier_judge_inequality"),
    ("y ≤ 10", "y <= 10", True, "test_math_verifier_judge_inequality"),
    ("z ≥ 0", "z >= 0", True, "test_math_verifier_judge_inequality"),
]

_Q_CYL = "question 一个圆柱体的体积是145立方厘米，若底面积为25平方厘米，求高。(answer in cm)"
_Q_TANK = "question 根据图中的信息，求长方体水箱的高是多少。"
_Q_RECT = "question 如果一个长方形的面积是120平方米，长为10米，求宽。"

# GLM-V test_unit (Chinese units: 厘米 = cm, 米 = m): (pred, gold, expected, why)
_GLMV_UNIT_ROWS: list[tuple[str, str, bool, str]] = [
    ("5.8厘米", "5.8", True, "test_unit: right value with the unit 厘米 (cm); " + _Q_CYL),
    ("5.8", "5.8", True, "test_unit: unitless value; " + _Q_CYL),
    ("40厘米", "40厘米", True, "test_unit: same value and unit; " + _Q_TANK),
    ("40", "40厘米", True, "test_unit: value without the gold's unit; " + _Q_TANK),
    ("0.4米", "40厘米", True, "test_unit: 0.4 m = 40 cm (unit conversion); " + _Q_TANK),
    ("12", "12米", True, "test_unit: value without the gold's unit 米 (m); " + _Q_RECT),
    ("12米", "12", True, "test_unit: value with the unit 米 (m); " + _Q_RECT),
    ("12", "12", True, "test_unit: same value; " + _Q_RECT),
]

# GLM-V PhysicsVerifier.judge(pred, gold), mathematical pairs only: (pred, gold, expected, test)
_GLMV_PHYS_ROWS: list[tuple[str, str, bool, str]] = [
    ("E = mc²", "E = mc^2", True, "test_physics_verifier_judge_equations (² vs ^2)"),
    ("v = \\frac{s}{t}", "v = \\dfrac{s}{t}", True, "test_physics_verifier_judge_equations"),
    ("v = v₀ + at", "v = v0 + at", True, "test_physics_verifier_judge_kinematics"),
    ("d = v₀t + ½at²", "d = v0t + 0.5at^2", True, "test_physics_verifier_judge_kinematics"),
    ("v² = v₀² + 2ad", "v^2 = v0^2 + 2ad", True, "test_physics_verifier_judge_kinematics"),
    ("KE = ½mv²", "KE = 0.5mv^2", True, "test_physics_verifier_judge_energy"),
    ("γ = 1/√(1-v²/c²)", "γ = 1/sqrt(1-v^2/c^2)", True, "test_physics_verifier_judge_relativity"),
    ("t' = γ(t-vx/c²)", "t' = γ(t-vx/c^2)", True, "test_physics_verifier_judge_relativity"),
    ("F=ma", "a=F/m", True, "test_..._physical_equation_equivalence: same equation solved for a"),
    ("F=ma", "F=mg", False, "test_..._physical_equation_equivalence"),
    ("v=s/t", "v=s*t", False, "test_..._physical_equation_equivalence"),
    ("P=IV", "I=P/V", True, "test_..._physical_equation_equivalence"),
    ("Q=mcΔT", "ΔT=Q/(mc)", True, "test_..._physical_equation_equivalence"),
    ("P=IV", "P=I/V", False, "test_..._physical_equation_equivalence"),
    ("Q=mcΔT", "Q=mv^2", False, "test_..._physical_equation_equivalence"),
    ("F = ma", "a = F/m", True, "test_physics_verifier_judge_symbol_variations"),
    ("v = u + at", "v = at + u", True, "test_physics_verifier_judge_symbol_variations"),
    ("E = mc²", "E = m c^2", True, "test_physics_verifier_judge_symbol_variations"),
    ("1/2", "0.5", True, "test_physics_verifier_judge_numeric_equivalence"),
    (
        "根号2",
        "sqrt(2)",
        True,
        "test_..._numeric_equivalence: 根号2 is Chinese for 'square root 2'",
    ),
    ("π", "3.14159265359", True, "test_..._numeric_equivalence: a decimal value of pi accepted"),
    ("F = k*(q1*q2)/r²", "F = kq1q2/r²", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("E = ½mv² + mgh", "E = m(½v² + gh)", True, "test_..._algebraic_equivalence (factored)"),
    ("3R + 2R - 5T", "5R - 5T", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("sinθ/cosθ", "tanθ", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("(a+b)²", "a² + 2ab + b²", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("(2π/4π)", "0.5", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("A·B + A·C", "A·(B + C)", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("e^(x+y)", "e^x * e^y", True, "test_physics_verifier_judge_algebraic_equivalence"),
    ("ln(a) + ln(b)", "ln(ab)", True, "test_physics_verifier_judge_algebraic_equivalence"),
]

# GLM-V logic verifier (the math verifier: "temp use math as logic verifier"): (pred, gold, ok, why)
_GLMV_LOGIC_ROWS: list[tuple[str, str, bool, str]] = [
    (
        "如果x>0，那么x²>0",
        "如果x²>0，那么x>0",
        False,
        "test_logic_verifier_judge_conditions: 'if x>0 then x²>0' vs its converse",
    ),
    (
        "如果a=b，那么a²=b²",
        "如果a²=b²，那么a=b",
        False,
        "test_logic_verifier_judge_conditions: 'if a=b then a²=b²' vs its converse",
    ),
    (
        "A是B的子集",
        "B包含A",
        True,
        "test_..._set_operations: 'A is a subset of B' = 'B contains A'",
    ),
    (
        "A和B的交集为空",
        "A和B不相交",
        True,
        "test_..._set_operations: 'A∩B is empty' = 'A and B are disjoint'",
    ),
    (
        "A是B的真子集",
        "B包含A且A不等于B",
        True,
        "test_..._set_operations: 'A is a proper subset of B' = 'B contains A and A ≠ B'",
    ),
]

CASES: list[dict] = [
    # --- zai-org/GLM-V: MathVerifier.judge(pred, gold) -------------------------------------------
    *[
        _c(GLMV, GLMV_MATH, g, p, True, ok, f"judge == {float(ok)} ({t})")
        for p, g, ok, t in _GLMV_MATH_ROWS
    ],
    *[
        _c(GLMV, GLMV_MATH, g, p, True, ok, f"judge == {float(ok)}; {w}")
        for p, g, ok, w in _GLMV_UNIT_ROWS
    ],
    *[
        _c(GLMV, GLMV_PHYS, g, p, True, ok, f"judge == {float(ok)} ({t})")
        for p, g, ok, t in _GLMV_PHYS_ROWS
    ],
    *[
        _c(GLMV, GLMV_LOGIC, g, p, True, ok, f"judge == {float(ok)}; {w}")
        for p, g, ok, w in _GLMV_LOGIC_ROWS
    ],
    # --- sbintuitions/flexeval: MathVerify metric ------------------------------------------------
    _c(
        FLEX,
        FLEX_MV,
        "b + a",
        "The answer is $a+b$.",
        False,
        True,
        'accuracy 1.0; gold "$b + a$ is the answer."',
    ),
    _c(
        FLEX,
        FLEX_MV,
        "b + a",
        r"The answer is \boxed{a+b}.",
        False,
        True,
        'accuracy 1.0; gold "$b + a$ is the answer."',
    ),
    _c(
        FLEX,
        FLEX_MV,
        "(x-1)(x+1)",
        "A: $x^2-1$.",
        False,
        True,
        'accuracy 1.0; gold "The ratio is $(x-1)(x+1)$"',
    ),
    _c(FLEX, FLEX_MV, "12", r"The answer is \boxed{12}", False, True, "accuracy 1.0"),
    _c(FLEX, FLEX_MV, "1.5", r"The answer is \boxed{1.5}", False, True, "accuracy 1.0"),
    _c(
        FLEX,
        FLEX_MV,
        "1.5",
        r"The answer is \boxed{1.501}",
        False,
        False,
        "accuracy 0.0: 1.501 != 1.5",
    ),
    # --- sbintuitions/flexeval: SimpleEvalMGSMProcessor (completion -> graded number) ------------
    _c(
        FLEX,
        FLEX_MGSM,
        "15",
        "He needs to remove 15 toys. The final Answer: 15",
        False,
        True,
        "processor -> '15'",
    ),
    _c(
        FLEX,
        FLEX_MGSM,
        "15",
        r"t = 7.5 \times 2 = 15. There fore, I need to remove \(\boxed{15}\) toys.",
        False,
        True,
        "processor -> '15' (boxed, trailing period)",
    ),
    _c(
        FLEX,
        FLEX_MGSM,
        "1000",
        "The final Answer: 1000.",
        False,
        True,
        "processor -> '1000' (trailing period)",
    ),
    _c(
        FLEX,
        FLEX_MGSM,
        "1000",
        "The final Answer: 1000.00",
        False,
        True,
        "processor -> '1000' (trailing zeros)",
    ),
    _c(FLEX, FLEX_MGSM, "0.314", "The final Answer: 0.314", False, True, "processor -> '0.314'"),
    _c(FLEX, FLEX_MGSM, "-5", "The final Answer: -5", False, True, "processor -> '-5'"),
    _c(
        FLEX,
        FLEX_MGSM,
        "-3.1419",
        "The final Answer: -3.1419",
        False,
        True,
        "processor -> '-3.1419'",
    ),
    _c(
        FLEX,
        FLEX_MGSM,
        "1319",
        "The final Answer: 1,319",
        False,
        True,
        "processor -> '1319' (thousands comma)",
    ),
    _c(
        FLEX,
        FLEX_MGSM,
        "540",
        r"The final Answer: $\boxed{540 \, \text{meters}}$.",
        False,
        True,
        r"processor -> '540' (\, and unit)",
    ),
    _c(FLEX, FLEX_MGSM, "12", "12.0", True, True, "ExactMatch with the MGSM processors == 1"),
    # --- issue threads ---------------------------------------------------------------------------
    _c(
        "Doenet/DoenetML",
        "issues/681",
        "pi(y+2)^2(y-1)^2",
        "pi((y+2)(y-1))^2",
        True,
        True,
        "reported wrongly unequal; fixed by pull #712",
    ),
    _c(
        "Doenet/DoenetML",
        "issues/681",
        "(y+2)^2(y-1)^2",
        "((y+2)(y-1))^2",
        True,
        True,
        "the thread's 'correctlyTrue' control",
    ),
    _c(
        "Doenet/math-expressions",
        "issues/4",
        "x!",
        "0",
        True,
        False,
        "false positive 0 = x! (fixed in version 2)",
    ),
    _c(
        "Doenet/math-expressions",
        "issues/4",
        "18^x",
        "0",
        True,
        False,
        "false positive 0 = 18^x (fixed in version 2)",
    ),
    _c(
        "Doenet/math-expressions",
        "issues/4",
        "x!+1",
        "0",
        True,
        False,
        "control the thread reports as correctly unequal",
    ),
    _c(
        "Doenet/math-expressions",
        "issues/4",
        "x!+n-n",
        "0",
        True,
        False,
        "control the thread reports as correctly unequal",
    ),
    _c(
        "Doenet/math-expressions",
        "issues/4",
        "17^x",
        "0",
        True,
        False,
        "control the thread reports as correctly unequal",
    ),
    _c(
        "Doenet/math-expressions",
        "issues/15",
        "a(a-b)-(ab-b)",
        "a(a-b)-(-b+ab)",
        True,
        True,
        "reported as a wrong false; -(ab-b) = -(-b+ab)",
    ),
    _c(
        "allenai/semeval-2019-task-10",
        "issues/10",
        "3.75",
        "15/4",
        True,
        True,
        "scorer accepted 3.75 but not 15/4; 15/4 = 3.75",
    ),
]
