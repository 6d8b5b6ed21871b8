r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "e": non-English
projects' math answer graders, their tests and labelled examples, plus the small graders met on
the way).

Cases are transcribed from test suites and labelled grader examples that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh11 modules and
/work/wt/fresh12_claims, where each repository below was claimed first). Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when
``wrap`` is True, else the whole completion as the source passes it) and the verdict the source
asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com (``issues/N`` for a
thread). Strings are the values Python reads from the source (a test's ``"\\boxed{42}"`` is stored
as ``r"\boxed{42}"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- math-eval/MathEval (TAL Education's Chinese math evaluation suite; its GPT-4 verifier is given
  labelled few-shot examples) ``prompts/verification_prompts/examples0.md`` and ``examples1.md``
  @ a94baf77a33e2a9bc60a43d0d2e633be1697e41f: each example is (Chinese word problem, "Real
  Answer", "Model-generated Answer", verdict ``correct`` / ``incorrect``). No license file in the
  stored copy.
- jiangxxxue/KOCO-bench (a Chinese code-generation benchmark whose authors wrote unit tests for the
  reward functions of the projects it packages) @ 252c96e490759ce420e055377248c2b26c90859b (the
  snapshot's head; the file last changed at ff2ebcfc), the Chinese half:
  ``KOCO-bench-ch/domain_code_generation/verl_CH/test_examples/ARES/code/test_code/
  test_compute_score.py`` (ARES's ``compute_score`` on ``{"response", "ground_truth"}``; the
  asserted ``accuracy`` is the verdict; completions carry Chinese ``<think>`` text and a
  ``\boxed{}`` answer, kept whole). Every distinct (response, ground truth) pair is kept once; the
  suite repeats many. No license file at the top of the repository (ARES's own code directory
  carries its LICENSE).
- jundot/omlx (an MLX inference server with an accuracy-benchmark panel)
  ``tests/test_eval.py`` @ 0c5501f8915c785b29c6a9756c0e9618aed12231 (GSM8K:
  ``check_answer(pred, {"answer": gold})``; ``_normalize_number`` and ``_extract_numeric_answer``,
  a normaliser / extractor mapping one string onto the gold, read as an equivalence as in
  equiv_fresh3_a.py), Apache-2.0 (SPDX header of the file); and pull request #3484 (``issues/3484``
  below: a GSM8K completion whose final number is followed by a comma, "The total is 72 clips,
  altogether.", reported as a correct answer scored wrong).
- LINs-lab/MASArena (Westlake University's multi-agent arena) ``tests/test_paper_scoring.py``
  @ 8223233209d114cae09c56f06f5f13b68ac264d5 (``MathEvaluator.math_equal(pred, gold)`` and the
  MATH / AIME ``evaluate`` on a final answer). No license file in the stored copy.
- phybench-official/phybench-pipeline (Peking University's PHYBench physics benchmark; its
  expression edit distance grader) @ a7514ffb0c7a2cabf5216ddb0feaaa712640e1d3 (the files last
  changed at 0a645359): ``tests/evaluation/test_expression_distance.py``,
  ``test_imaginary_unit.py`` and ``test_regression_issues.py`` (``EED(answer_latex, test_latex)``:
  score 100 with distance 0 is a match; an asserted score below 100 or a positive distance is a
  mismatch; the regression tests pin the distance of three real model answers). No license file
  in the stored copy.
- CMPhysBench/CMPhysBench (a Chinese condensed-matter physics benchmark; its SEED grader)
  ``SEED/test.py`` @ 59fe3d0bf0eabaf4340cb517d53b6a41687e3b61: a printed battery of
  ``SEED(gt, pred, type)`` cases, each with a note stating the expected score ("expect 100" is a
  match; "partial score", "expect 80" and "expect 0" are mismatches); physics answers with units
  (``0.42 km^2`` against ``4.2 x 10^5 m^2``). No license file in the stored copy.
- dseum2023/senior_design_project (an LLM math benchmark harness) ``test_verification_fixes.py``
  @ 6ddf7060238100d544f70d9ec6040ad9355393ea (``verify_answer("FINAL_ANSWER: <answer>",
  expected)``: the answer after the marker is stored, boxed; thousands commas, ASCII
  ``SQRT(...)`` golds, coordinates ``x = ...``, unicode scientific notation, the suite's
  2-decimal tolerance). No license file in the stored copy.
- OpenBMB/OlympiadBench (Tsinghua / OpenBMB's bilingual Chinese-English olympiad math and physics
  benchmark) ``eval/scoring_examples.json`` @ 61bf12a89d097ec304b07e0254b6338aeb1b0a4c (the
  snapshot's head is ba5b26a7): labelled examples for its auto-scoring judge, each a gold ("GT")
  with answers marked ``equal`` true / false; every example without a ``precision`` parameter is
  kept, in file order (31 of 36). MIT (LICENSE).

Left out, by rule: MathEval's third verifier example (a multiple-choice letter, ``B`` vs ``A``) and
its extraction-prompt examples (extraction, not a verdict); KOCO-bench's tests of the CANOE and
VLM-R1 accuracy rewards (answers inside custom ``<answer>`` tags, string-match policies such as
case sensitivity, a mocked ``math_verify``), its ARES test whose only assertion on a wrong answer is
an entropy score (no accuracy verdict), and its other reward tests (format, length, IoU, code,
critic); omlx's empty-prediction and "I don't know" checks (no answer), its identities (``42`` ->
``42``, ``3.14`` -> ``3.14``), the repeat of ``42.0`` vs ``42`` (kept once, from
``check_answer``), and its MMLU / HellaSwag / TruthfulQA letters; MASArena's blank-final-answer
tests (a format policy: the answer in the message log is ignored) and its QA / BBH / code tests;
PHYBench's ``\frac{1}{0}`` compared with itself (an undefined gold), its tree-conversion and
LaTeX-to-SymPy printing tests and its CLI / path / timeout tests; CMPhysBench's interval case
whose note only says "likely < 100" (no definite verdict); OlympiadBench's five examples that
carry a per-item ``precision`` (the verdict depends on a tolerance the judge is not given; the
same pair, ``7.1 \cdot 10^{35}`` against ``7 \times 10^{35}``, is labelled equal under one
precision and not under another); senior_design_project's
``3.14`` extraction identity and its printed ``test_expression_verification.py`` /
``test_realtime_verification.py`` scripts (no assertions).

Searched without finding a usable source: VikhrModels/DeathMath (Russian; its results files carry
the verdicts of its own rule grader, not gold labels, and it has no grader tests),
VikhrModels/math_agent_vikhr (Lean proofs), RUCAIBox/Slow_Thinking_with_LLMs, RUCAIBox/MMATH
(multilingual data, no labelled outputs), XiaoMi/cmath (Chinese numeral-fraction extraction, no
tests), zai-org/glm-simple-evals and flageval-baai/FlagEvalMM (no tests),
sallow-sun/gaokao-math-platform, tokyotech-llm/swallow-evaluation (no tests),
PremierLangage/Yggdrasil (French exercise platform; no grader tests stored); jsboige/CoursIA (a
French course whose notebook demo grades two answers; not transcribed); google-deepmind/proeval
pull request #19 (after the suite's extraction its pair is ``-3`` against ``-3``). Repositories met
on the way but already claimed by other collectors (MetaMath, ToolQA, tinyrouter / minirouter,
AISBench, VLMEvalKit, scitix/sieval) were skipped. A Korean ``verifyAnswer`` (TypeScript) and a
Chinese ``math_equivalence`` found only through unnamed search excerpts were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHEVAL = "math-eval/MathEval"
MATHEVAL_AT = "prompts/verification_prompts/{}@a94baf77a33e2a9bc60a43d0d2e633be1697e41f"
KOCO = "jiangxxxue/KOCO-bench"
KOCO_AT = (
    "KOCO-bench-ch/domain_code_generation/verl_CH/test_examples/ARES/code/test_code/"
    "test_compute_score.py@252c96e490759ce420e055377248c2b26c90859b"
)
OMLX = "jundot/omlx"
OMLX_AT = "tests/test_eval.py@0c5501f8915c785b29c6a9756c0e9618aed12231"
MAS = "LINs-lab/MASArena"
MAS_AT = "tests/test_paper_scoring.py@8223233209d114cae09c56f06f5f13b68ac264d5"

# MathEval verifier few-shot examples: (file, gold, pred, expected, why).
_MATHEVAL = [
    (
        "examples0.md",
        "100",
        "10厘米",
        False,
        "height asked in cm (Chinese unit 厘米); 10 cm is not 100",
    ),
    (
        "examples1.md",
        "1.2",
        r"\frac{6}{5}m",
        True,
        "latex fraction with a unit equals the decimal 1.2",
    ),
]

# KOCO-bench ARES compute_score: (ground_truth, response, accuracy).
_KOCO = [
    ("42", r"<think>思考过程</think>\boxed{42}", True),
    ("100", r"<think>简单推理</think>\boxed{100}", True),
    ("50", r"<think>非常长的推理过程</think>\boxed{50}", True),
    ("50", r"<think>错误的推理</think>\boxed{999}", False),
    ("200", r"<think>中等难度推理</think>\boxed{200}", True),
    ("300", r"<think>过多推理</think>\boxed{300}", True),
    ("300", r"<think>简短</think>\boxed{300}", True),
    ("300", r"<think>错误推理过程</think>\boxed{999}", False),
    ("500", r"<think>深入详细的推理过程</think>\boxed{500}", True),
    ("500", r"<think>简短</think>\boxed{500}", True),
    ("500", r"<think>大量错误推理</think>\boxed{999}", False),
    ("100", r"<think>推理1</think>\boxed{100}", True),
    ("200", r"<think>推理2</think>\boxed{200}", True),
    ("300", r"<think>推理3</think>\boxed{300}", True),
    ("42", r"<think>推理</think>\boxed{42}", True),
    ("42", r"<think>推理</think>\boxed{999}", False),
    ("100", r"<think></think>\boxed{100}", True),
    ("100", r"<think>推理</think>\boxed{100}", True),
    ("100", r"<think>充分推理</think>\boxed{100}", True),
    ("100", r"<think>过度推理</think>\boxed{100}", True),
    ("100", r"<think>充分推理</think>\boxed{999}", False),
]

# omlx GSM8K: (gold, pred, wrap, expected, why).
_OMLX = [
    ("42", "The answer is #### 42", False, True, "_extract_numeric_answer: #### marker"),
    ("1234", "#### 1,234", False, True, "_extract_numeric_answer: thousands comma dropped"),
    ("-5", "So the answer is #### -5", False, True, "_extract_numeric_answer: negative"),
    ("42", "The answer is 42.", False, True, "_extract_numeric_answer: last-number fallback"),
    (
        "35",
        "She has 15 apples and 20 oranges, so 35 total.",
        False,
        True,
        "_extract_numeric_answer: last number of a sentence",
    ),
    ("3.14", "#### 3.14", False, True, "_extract_numeric_answer: decimal"),
    ("1234", "1,234", True, True, "_normalize_number: thousands comma"),
    ("42", "42", True, True, "check_answer: same integer"),
    ("42", "42.0", True, True, "check_answer: 42.0 equals 42"),
    ("1,234", "1234", True, True, "check_answer: gold with a thousands comma"),
    ("42", "43", True, False, "check_answer: different integers"),
]

# MASArena math evaluator: (gold, pred, expected, why).
_MAS = [
    ("1000000000000", "1000000000001", False, "math_equal: tolerance is absolute, not relative"),
    ("1", "1.0005", True, "math_equal: within the absolute tolerance 1e-3"),
    ("1", "1.002", False, "math_equal: outside the absolute tolerance"),
    ("42", "42", True, "MATH / AIME evaluate on an explicit final answer"),
]

PHY = "phybench-official/phybench-pipeline"
PHY_AT = "tests/evaluation/{}@a7514ffb0c7a2cabf5216ddb0feaaa712640e1d3"

# PHYBench EED(answer_latex, test_latex): score == 100 (distance 0) is a match, a positive
# distance a mismatch: (file, gold, pred, expected, why).
_PHY = [
    ("test_expression_distance.py", "a + b", "a + b", True, "EED score 100: identical"),
    ("test_expression_distance.py", "a + b", "a - b", False, "EED score < 100: sign"),
    ("test_expression_distance.py", r"\frac{a}{b}", "a + b", False, "EED score < 100"),
    (
        "test_expression_distance.py",
        r"$v = \frac{N Z e^3}{2 c \varepsilon_0 m^2 n} \frac{\omega^2}{(\omega_0^2 - \omega^2)^2}$",
        r"v = \frac{e^2 N Z}{2 \varepsilon_0 m_e c (\omega^2 - \omega_0^2)}",
        False,
        "real model answer; EED distance 9.0 asserted (not equal)",
    ),
    ("test_expression_distance.py", "a*b", "ab", True, "EED score 100: implicit product"),
    ("test_expression_distance.py", "2*x + 1", "2*x + 2", False, "EED score < 100: constant"),
    (
        "test_imaginary_unit.py",
        r"$$\sqrt{-\frac{2\sigma_0 q}{\varepsilon_0 \alpha^2 \left(a+\frac{1}{\alpha}\right)^3 m}}$$",
        r"$$\sqrt{-\frac{2\sigma_0 q}{\varepsilon_0 \alpha^2 \left(a+\frac{1}{\alpha}\right)^3 m}}$$",
        True,
        "EED score 100: gold against itself, square root of a negative",
    ),
]

# The three regression answers of test_regression_issues.py (issues 332, 698, 713): real model
# answers whose EED distance the test pins at 110.4, 58.4 and 141.4 (not equal).
_PHY_REG = [
    (
        r"""
\mu = \frac{MR^2 \sin\varphi \sin\left(\arccos\frac{L^2 + d^2 - R^2}{2L d} + \arccos\frac{R^2 + d^2 - L^2}{2R d}\right)}{\sqrt{\left(\frac{L^2 + d^2 - R^2}{2 L d}\right)^2 \left[ M R^2 \cos\varphi + m L^2 \sin^2\left(\arccos\frac{L^2 + d^2 - R^2}{2L d}\right) \left(\frac{3}{2} \cos\varphi - 1\right)\right]^2 + \left[ M R^2 \sin\varphi \cos\left(\arccos\frac{L^2 + d^2 - R^2}{2L d} + \arccos\frac{R^2 + d^2 - L^2}{2R d}\right)\right]^2 }}
""",
        r"\frac{(d \cos \varphi - \sqrt{d^2 - R^2 - L^2 + 2 d L \cos \varphi}) \sin \varphi}{R + \sqrt{d^2 - R^2 - L^2 + 2 d L \cos \varphi} \cos \varphi}",
        "issue 332: EED distance 110.4 asserted (not equal)",
    ),
    (
        r"""
\bar{\eta}_k(p) = \frac{(p+4\nu k^2)\eta_k(0)+\eta'_k(0)}{(p+2\nu k^2)^2+(g+\frac{\tau}{\rho} k^2)k \tanh(kh) - 4\nu^{3/2}k^3\frac{\sqrt{p+\nu k^2}\tanh(kh)}{\tanh\left(\sqrt{\frac{p+\nu k^2}{\nu}}h\right)}}
""",
        r"\bar{\eta}_k(p) = \frac{\eta_k(0)(p + 2\nu k^2) + \eta'_k(0)}{p^2 + 2\nu k^2 p + \frac{\tau k^3 \tanh(kh)}{\rho}}",
        "issue 698: EED distance 58.4 asserted (not equal)",
    ),
    (
        r"""
\frac{\sqrt{1-\beta^2}}{4\pi}\frac{\frac{\sqrt{1-\beta^2}E_1\beta\cos\theta+\sqrt{\left(1-\beta^2\right)E_1^2-\left(1-\beta^2\cos^2\theta\right)m_\tau^2c^4}}{1-\beta^2\cos^2\theta}}{\sqrt{E_1^2-m_\tau^2c^4}\left(1-\frac{\beta\cos\theta\sqrt{\left(\frac{\sqrt{1-\beta^2}E_1\beta\cos\theta+\sqrt{\left(1-\beta^2\right)E_1^2-\left(1-\beta^2\cos^2\theta\right)m_\tau^2c^4}}{1-\beta^2\cos^2\theta}\right)^2+m_\tau^2c^4}}{\frac{\sqrt{1-\beta^2}E_1\beta\cos\theta+\sqrt{\left(1-\beta^2\right)E_1^2-\left(1-\beta^2\cos^2\theta\right)m_\tau^2c^4}}{1-\beta^2\cos^2\theta}}\right)}
""",
        r"\frac{(1 - \beta^2) E_1^2}{(E_1 - \beta \sqrt{E_1^2 - m_\tau^2 c^4} \cos\theta)^2 \sqrt{1 - \beta^2 \cos^2\theta}}",
        "issue 713: EED distance 141.4 asserted (not equal)",
    ),
]

CMP = "CMPhysBench/CMPhysBench"
CMP_AT = "SEED/test.py@59fe3d0bf0eabaf4340cb517d53b6a41687e3b61"

# CMPhysBench SEED(gt, pred, type) battery; each case's note states the expected score ("expect
# 100" a match; "partial score", "expect 80", "expect 0" a mismatch): (type, gt, pred, expected).
_CMP = [
    ("Expression", r"2 m g + 4\frac{m v_0^2}{l}", r"2 m g + 4\frac{m v_0^2}{l}", True),
    ("Expression", r"2 m g + 4\frac{m v_0^2}{l}", r"2 m g + 2\frac{m v_0^2}{l}", False),
    ("Equation", "x^2 + 2x + 1 = 0", "x^2 + 2x + 1 + 0 = 0", True),
    ("Equation", "x + y = 0", "x + y + 0 = 0", True),
    ("Tuple", "(x, y, z)", r"\left(x, y, z \right)", True),
    ("Tuple", "(x, y, z)", "(x, z, y)", False),
    ("Interval", "[0, 1]", r"\left[0, 1 \right]", True),
    ("Numeric", r"4.2 \times 10^5 \mathrm{m^{2}}", r"0.42 \mathrm{km^{2}}", True),
    ("Numeric", r"1000 \mathrm{m}", r"1 \mathrm{km}", True),
    ("Numeric", r"9.81 \mathrm{m/s^{2}}", r"981 \mathrm{cm/s^{2}}", True),
    ("Numeric", r"1.000 \mathrm{m}", r"0.990 \mathrm{m}", False),
    ("Numeric", "3.14", "3.1400", True),
    ("Numeric", "5", "-5", False),
]

SDP = "dseum2023/senior_design_project"
SDP_AT = "test_verification_fixes.py@6ddf7060238100d544f70d9ec6040ad9355393ea"

# verify_answer(llm_response, expected_answer): the response is "FINAL_ANSWER: <answer>"; the
# answer after the marker is kept (boxed). (gold, pred, expected, why).
_SDP = [
    ("6,561", "6561", True, "gold with a thousands comma"),
    ("8,000,000,000", "8000000000", True, "gold with thousands commas"),
    ("5,300", "5300", True, "gold with a thousands comma"),
    ("28,660.64", "28660.6442", True, "comma gold; suite's 2-decimal tolerance"),
    ("6,449.24", "6449.24043", True, "comma gold; suite's 2-decimal tolerance"),
    ("6561", "6,561", True, "normalize_answer reads 6,561 as the integer 6561, not a range"),
    ("1,750", "8000/3", False, "8000/3 is not 1750"),
    ("4*SQRT(3)", r"4\sqrt{3}", True, "latex root against ASCII SQRT"),
    ("4*SQRT(3)", "4√3", True, "unicode root against ASCII SQRT"),
    ("2*SQRT(14)", r"2\sqrt{14}", True, "latex root against ASCII SQRT"),
    ("2*SQRT(7)", r"2\sqrt{7}", True, "latex root against ASCII SQRT"),
    ("5*SQRT(3)", "sqrt(3)*5", True, "commuted product"),
    ("2*SQRT(14)", r"2\sqrt{7}", False, "different radicands"),
    ("x = 0.5", "x = 1/2", True, "coordinate: fraction against decimal"),
    ("x = 0.9", "x = 9/10", True, "coordinate: fraction against decimal"),
    ("x = -0.75", "x = -3/4", True, "coordinate: negative fraction"),
    ("x = 0.75", "x = 3/4", True, "coordinate: fraction against decimal"),
    ("x = -0.33", "x = -1/3", True, "coordinate; suite's 2-decimal tolerance"),
    ("x = 0.17", "x = 1/6", True, "coordinate; suite's 2-decimal tolerance"),
    ("x = 0.5", "x = 3/4", False, "coordinate: different values"),
    ("7.5", "15/2.", True, "trailing sentence period after the fraction"),
    ("-3/4", "-3/4.", True, "extract_answer strips the trailing period"),
    ("9 * 10^(-8)", "9 × 10⁻⁸", True, "unicode times sign and superscript exponent"),
    ("43", "42", False, "different integers"),
    ("1/4", "1/3", False, "different fractions"),
    ("3*SQRT(3)", "3*SQRT(2)", False, "different radicands"),
    ("x = 0.5", "x = 0.6", False, "coordinate: different decimals"),
    ("54584/99000", "19.285", False, "real model slip: a product, not the fraction"),
]

OLY = "OpenBMB/OlympiadBench"
OLY_AT = "eval/scoring_examples.json@61bf12a89d097ec304b07e0254b6338aeb1b0a4c"

# OlympiadBench's labelled scoring examples for its auto-scoring judge: (GT, answer, wrap, equal);
# an answer already written as \boxed{...} is kept whole (wrap False).
_OLY = [
    ("x=1", "x=1", True, True),
    ("x=1", "1", True, True),
    ("x=1", "x=2", True, False),
    ("a_{n} =2 n    +1", "2n+    1", True, True),
    ("a_{n} =2 n    +1", "a_n=2n+1", True, True),
    ("$I_{\\max }=\\frac{q_{0}}{\\sqrt{2 L C}}$", "\\frac{ q_{0} }{ \\sqrt{2 C L}  }", True, True),
    ("\\Phi (x,y)=\\frac{x+1}{2y}", "\\Phi (x,    y)=\\frac{x}{2y} + \\frac{1}{2y}", True, True),
    (
        "(-\\infty,1]\\cup[10,+\\infty)",
        "c \\in \\left(-\\infty, 1\\right]\\cup[10,+\\infty)",
        True,
        True,
    ),
    ("$\\boxed{[-4/2, 0.5]}$", "[-2, \\frac{1}{2}]", True, True),
    (
        "(\\frac{\\sqrt{2}v^2_0}{g}-\\frac{v^2_0}{5\\pi g},\\frac{\\sqrt{2}v^2_0}{g}+\\frac{v^2_0}{4g},-\\frac{v^2_0}{5\\pi g})",
        "(\\frac{v^2_0 \\sqrt{2}}{g}-\\frac{v^2_0}{5g\\pi },\\frac{\\sqrt{2}v^2_0}{g}+\\frac{v^2_0}{4g},-\\frac{v^2_0}{5g \\pi})",
        True,
        True,
    ),
    ("(2,1),(3,1)", "(3,1),(2,1)", True, True),
    ("x^2+y^2=1", "\\boxed{x^{2}+y^{2}=1}", False, True),
    ("x^2+y^2=1", "\\boxed{x^{2}=1-y^2}", False, True),
    ("x^2+y^2=1", "\\boxed{1-x^{2}-y^{2}=0}", False, True),
    ("x^2+y^2=1", "\\boxed{x^{2}-y^{2}=1}", False, False),
    ("x^2+y^2=1", "\\boxed{x^{2}+y^{2}=2}", False, False),
    ("0.64N", "\\boxed{0.64N}", False, True),
    ("0.64N", "\\boxed{\\frac{16}{25}N}", False, True),
    ("0.64N", "0.6400 N", True, True),
    ("0.64N", "0.64", True, False),
    ("0.6", "\\boxed{\\frac{3}{5}}", False, True),
    ("0.6", "60%", True, True),
    ("\\cos \\theta_1", "\\cos \\theta _1", True, True),
    (
        "\\boxed{n_{\\gamma}(\\nu)=A \\frac{R_{\\odot}^{2}}{d_{\\odot}^{2}} \\frac{2 \\pi}{c^{2}} \\nu^{2} e^{\\frac{-h \\nu}{ k_{\\mathrm{B}} T_{\\mathrm{s}}}}}",
        "\\boxed{n_{\\gamma}(\\nu) = \\frac{2 \\pi A R_{\\odot}^2}{d_{\\odot}^2} \\left( \\frac{\\nu^2}{c^2} \\right) e^{ \\frac{-h \\nu}{k_B T_s}}}",
        False,
        True,
    ),
    ("\\frac{(n-1)!}{k!} \\frac{n}{(n-k)!}", "\\frac{n!}{k!(n-k)!}", True, True),
    ("7.8\\times 10^2", "780", True, True),
    (
        "\\Delta p\\approx -\\frac{\\hbar \\omega_{L}}{c}",
        "-\\frac{\\omega_{L} \\hbar}{c}",
        True,
        True,
    ),
    (
        "a = +\\frac{1}{2} \\hbar \\omega_{L}^{\\prime} \\frac{v}{c}",
        "\\frac{1}{2} \\hbar \\omega_{L}^{\\prime} \\frac{v}{c}",
        True,
        True,
    ),
    ("\\sqrt[3]{\\frac{5}{12}}", "(\\frac{5}{12})^{\\frac{1}{3}}", True, True),
    (
        "\\sqrt[3]{\\frac{5}{12}}, -\\sqrt[3]{\\frac{5}{12}}",
        "y = \\pm \\sqrt[3]{\\frac{5}{12}}",
        True,
        True,
    ),
    ("10^{10^{10^{10}}}", "10^{10}", True, False),
]

CASES: list[dict[str, object]] = [
    *(_c(MATHEVAL, MATHEVAL_AT.format(f), g, p, True, ok, why) for f, g, p, ok, why in _MATHEVAL),
    *(
        _c(KOCO, KOCO_AT, g, p, False, ok, "ARES compute_score accuracy; Chinese think text")
        for g, p, ok in _KOCO
    ),
    *(_c(OMLX, OMLX_AT, g, p, w, ok, why) for g, p, w, ok, why in _OMLX),
    _c(
        OMLX,
        "issues/3484",
        "72",
        "The total is 72 clips, altogether.",
        False,
        True,
        "PR #3484: a comma after the final number must not hide the answer",
    ),
    *(_c(MAS, MAS_AT, g, p, True, ok, why) for g, p, ok, why in _MAS),
    *(_c(PHY, PHY_AT.format(f), g, p, True, ok, why) for f, g, p, ok, why in _PHY),
    *(
        _c(PHY, PHY_AT.format("test_regression_issues.py"), g, p, True, False, why)
        for g, p, why in _PHY_REG
    ),
    *(
        _c(CMP, CMP_AT, g, p, True, ok, f"SEED {t}; the case's stated expected score")
        for t, g, p, ok in _CMP
    ),
    *(_c(SDP, SDP_AT, g, p, True, ok, why) for g, p, ok, why in _SDP),
    *(
        _c(OLY, OLY_AT, g, p, w, ok, "OlympiadBench scoring example (labelled equal / not)")
        for g, p, w, ok in _OLY
    ),
]
