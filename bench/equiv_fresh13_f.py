r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "f").

Focus of this helper: derivatives of well-known math graders (DeepScaleR / rLLM's
``grade_answer_sympy``, open-r1-style GRPO accuracy rewards) whose added tests differ from the
originals, reward-function unit tests of small RL training repositories, and a non-English
(Korean) tutoring answer checker with table-driven tests. No source here was used by an earlier
set (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh12 modules and
/work/wt/fresh13_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values the test reads (a test's
``"\\frac"`` is stored as ``r"\frac"``; a JSON ``"\\frac"`` likewise). Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- Knowre-Dev/locian-algorithm (Knowre's Korean math-tutoring answer checker ``locian0_kr``,
  JavaScript) ``answer_check/locian0_kr/__tests__/kr_json_preset.json``
  @ 4e8d93fb00dfdea2a55867aed47891eb06827202, read by the Jest tests
  ``__tests__/preset_<id>_test.js`` (``compareMathTree(preset(LatexToTree(answer)),
  preset(LatexToTree(inswer)))`` must equal ``result``). ``answer`` (the reference) is stored as
  gold, ``inswer`` (the student's input) as pred; ``why`` names the preset. No license file in the
  stored copy. Taken by rule: every row of the presets that accept equivalent forms -- id 19
  ``기본`` (default), 24 ``equivalent``, 29 ``simp_distribute`` and 51 ``분수와소수``
  (fractions and decimals) -- from the first 16,000 characters of the file (presets 19..52).
- liv-daliberti/maxent-grpo ``tests/rewards/test_rewards.py``
  @ 479e91a0719b7bba9c6e74e0bd48520d55a155de (``_canon_math`` normaliser -- a normaliser mapping
  one string onto another is read as an equivalence, its output stored as gold -- and
  ``pure_accuracy_reward_math`` on the ``<answer>`` content), Apache-2.0 (file header).
- ThunderstormXX/qwen-math-rl-pipeline (a DeepScaleR binary-reward derivative)
  ``tests/test_deepscaler_reward.py`` @ 1ca92889c96c1eef13f14ab8fa188f1f0daeed77
  (``DeepScaleRBinaryReward().score(response, gold)``). No license file checked.
- momo1443/plug-and-play-verification (a DeepScaleR recipe with a process reward)
  ``tests/test_deepscaler_reward.py`` @ 967a9b69969509179ead7015748f561781d2960c
  (``_verify_equation_pair(lhs, rhs)``, rhs stored as gold). No license file checked.

Left out, by rule: Knowre rows whose verdict is the preset's form policy against mathematical
equality (result 0 for equal values: ``0.50x`` / ``\frac{2}{4}x``, ``3(t+1)`` / ``3t+3``,
``y=\frac{k}{x}`` / ``xy=k``, ``\frac{2}{4}`` / ``\frac{1}{2}``, ``\frac{4-12}{8}`` / ``-1``,
``a^{2}(x-\frac{b}{a})^{2}`` / ``(ax-b)^{2}``, the nested fraction, ``-\frac{0.5a}{b}``,
``\frac{1}{4}\times 2``), rows written with Knowre's private macros or malformed LaTeX
(``\mfrac[..]``, ``\m\angle``, ``m\angle{ABC}``, ``\pmi\sqrt(35)``, ``3\gtx\ge 0``) and every
other preset (``no_simp_frac``, ``no_decimal``, ``same``, ``standard_form``, ``poly_division``,
``geometry_*``, ``set_bounds``, ``분수만가능`` ...: named form policies) and the empty rows of 31
and 33; maxent-grpo's tag-format tests; ThunderstormXX's missing-box and strict-``<think>``
format policies and its ``80`` vs ``80\%`` case (the percent-sign policy, as in earlier sets);
momo1443's ``0.\overline{6}`` vs ``\frac{2}{3}`` (a declared fail-closed limitation against
mathematical equality) and its process-reward scores. Checked and not used: shady-cs15/PettingLLMs
(its math-reward test is rLLM's), MikaStars39/NanoEval (mocked judge), Clayqi/edu-agent (no
equivalence assertion), TS9001/simple_rl and the other ``test_*reward*`` hits (used by earlier
sets), cklxx/slime (already used), rllm-style forks found only through ``find_string`` hits whose
repository could not be named.
"""

from bench.equiv_rl_suites import collected_case as _c

KNOW = "Knowre-Dev/locian-algorithm"
KNOW_AT = (
    "answer_check/locian0_kr/__tests__/kr_json_preset.json@4e8d93fb00dfdea2a55867aed47891eb06827202"
)
MAXENT = "liv-daliberti/maxent-grpo"
MAXENT_AT = "tests/rewards/test_rewards.py@479e91a0719b7bba9c6e74e0bd48520d55a155de"
THUNDER = "ThunderstormXX/qwen-math-rl-pipeline"
THUNDER_AT = "tests/test_deepscaler_reward.py@1ca92889c96c1eef13f14ab8fa188f1f0daeed77"
MOMO = "momo1443/plug-and-play-verification"
MOMO_AT = "tests/test_deepscaler_reward.py@967a9b69969509179ead7015748f561781d2960c"

_D = "preset 19 기본 (default)"
_F = "preset 51 분수와소수 (fractions and decimals)"

# (gold = answer, pred = inswer, expected, why) rows of Knowre's preset table
_KNOWRE: list[tuple[str, str, bool, str]] = [
    ("3x+y+2+1+a(b(cd))", "2+y+3x+1+abcd", True, _D + ": reordered terms, associativity"),
    ("-(x+1)(2-x)(3+a)", "(x+1)(x-2)(a+3)", True, _D + ": sign moved into a factor"),
    (r"\frac{(a+b-c)}{d}", r"\frac{a}{d}+\frac{b}{d}-\frac{c}{d}", True, _D + ": split fraction"),
    ("a+b-0", "b-(-a)+0", True, _D + ": zero terms, double negation"),
    ("(a*b)(c*(d*e))", "abcde", True, _D + ": product grouping"),
    ("(x-a)^2", "(x-a)(x-a)", True, _D + ": square as product"),
    (r"\frac{a}{b}x(x-c)", r"\frac{ax(x-c)}{b}", True, _D + ": factor into numerator"),
    (
        r"\frac{a}{b}x(x-c)(x-d)",
        r"\frac{ax(x-c)}{b}(x-d)",
        True,
        _D + ": factor into numerator",
    ),
    (r"-\frac{a}{b}x(x-c)", r"-\frac{ax(x-c)}{b}", True, _D + ": negated fraction product"),
    ("5^{-x}", "5^{-1x}", True, _D + ": coefficient 1 in exponent"),
    (r"\frac{24x-15}{-3}", r"\frac{-24x+15}{3}", True, _D + ": sign moved to numerator"),
    (r"\frac{x-2}{2}", r"\frac{x}{2}-1", True, _D + ": split fraction"),
    (r"\frac{x-2a}{a}", r"\frac{x}{a}-2", True, _D + ": split fraction"),
    (r"\frac{a}{c}\pm \frac{bi}{c}", r"\frac{a\pm bi}{c}", True, _D + ": plus-minus fraction"),
    ("(-1x)(x-7)", "-1x(x-7)", True, _D + ": coefficient -1"),
    (r"\frac{4-3i}{5}", ".8-.6i", True, _D + ": complex fraction vs decimals"),
    ("5x-3y=x-0", "-5x+3y=0-x", True, _D + ": equation multiplied by -1"),
    (r"\pm4", r"\pm4+0", True, _D + ": plus zero"),
    (r"\frac{15y}{2x^2}", r"7.5\frac{y}{x^2}", True, _D + ": decimal coefficient"),
    (r"\frac{5}{4}", r"[0,\infty)", False, _D + ": number vs interval"),
    (r"\frac{5}{4}", r"1\frac{1}{4}", True, _D + ": mixed number"),
    ("3(x-1)(5x+1)", "(3(x-1))*(5x+1)", True, _D + ": grouping of a product"),
    ("(x,4)", "(y,x)", False, _D + ": different pairs"),
    ("-0.375", "-.375", True, _D + ": leading zero"),
    (
        r"\frac{-x}{y}-\frac{a}{-b}",
        r"-\frac{x}{y}+\frac{a}{b}",
        True,
        _D + ": signs of fractions",
    ),
    ("a", "a", True, _D + ": identical"),
    (r"3+\angle{x}", r"3+\angle x", True, _D + ": angle argument braces"),
    (r"x\cdot y", "xy", True, _D + ": explicit product"),
    (r"A\cup B\cup C", r"B^C\cup A^C", False, _D + ": different sets"),
    ("3x+4", "3x+4", True, "preset 24 equivalent: identical"),
    ("3x+4", "4+3x", True, "preset 24 equivalent: commuted sum"),
    ("3x+3y", "3(x+y)", True, "preset 29 simp_distribute: factored"),
    ("0.3", r"\frac{3}{10}", True, _F + ": decimal vs fraction"),
    ("0.4", r"\frac{6}{15}", True, _F + ": decimal vs unreduced fraction"),
    (r"\frac{1}{2}", r"\frac{216}{432}", True, _F + ": unreduced fraction"),
    ("0.05", "0.050", True, _F + ": trailing zero"),
    ("2", r"\frac{4}{2}", True, _F + ": integer as fraction"),
    (r"\frac{4}{2}", "2.0", True, _F + ": fraction vs decimal"),
    (r"\frac{1}{2}", ".5", True, _F + ": no leading zero"),
    (r"\frac{2}{4}", r"\frac{1}{2}", True, _F + ": reduced fraction"),
    (r"\frac{2}{4}", r"\frac{1}{2}", True, _F + ": reduced fraction (repeated row)"),
    ("2", r"\frac{2}{1}", True, _F + ": denominator 1"),
    ("2", r"\frac{4}{2}", True, _F + ": integer as fraction (repeated row)"),
    ("1", "1.0", True, _F + ": trailing .0"),
    ("x", "x", True, _F + ": identical"),
    (r"\frac{1}{2}", "0.5", True, _F + ": fraction vs decimal"),
]

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    *[(KNOW, KNOW_AT, g, p, True, ok, why) for g, p, ok, why in _KNOWRE],
    # --- liv-daliberti/maxent-grpo: _canon_math(raw) == canonical ------------------------------
    (MAXENT, MAXENT_AT, "42", " { 42 } ", True, True, "_canon_math: braces and spaces"),
    (MAXENT, MAXENT_AT, "3", "( 3.0 )", True, True, "_canon_math: parentheses, 3.0"),
    (MAXENT, MAXENT_AT, "0", "-0", True, True, "_canon_math: negative zero"),
    (MAXENT, MAXENT_AT, "12", "12.0", True, True, "_canon_math: trailing .0"),
    (MAXENT, MAXENT_AT, r"\sqrt{4}", r"  \sqrt  { 4 }  ", True, True, "_canon_math: spacing"),
    (
        MAXENT,
        MAXENT_AT,
        "42",
        " 42 ",
        True,
        True,
        "pure_accuracy_reward_math: <answer> 42 </answer>",
    ),
    (
        MAXENT,
        MAXENT_AT,
        "42",
        " 41 ",
        True,
        False,
        "pure_accuracy_reward_math: <answer> 41 </answer>",
    ),
    # --- ThunderstormXX/qwen-math-rl-pipeline: DeepScaleRBinaryReward().score(response, gold) --
    (
        THUNDER,
        THUNDER_AT,
        r"-\frac{2}{3}",
        r"bad \boxed{1}</think> final \boxed{-\dfrac{2}{3}}",
        False,
        True,
        "deepscaler binary reward: final box after </think>, dfrac",
    ),
    (
        THUNDER,
        THUNDER_AT,
        "9 and -7",
        r"final \boxed{-7, 9}",
        False,
        True,
        "deepscaler binary reward: two roots, other order and separator",
    ),
    # --- momo1443/plug-and-play-verification: _verify_equation_pair(lhs, rhs) -----------------
    (MOMO, MOMO_AT, "45", r"\binom{10}{2}", True, True, "_verify_equation_pair: binomial"),
    (MOMO, MOMO_AT, "20", r"\binom{10}{2}", True, False, "_verify_equation_pair: binomial"),
]

CASES: list[dict] = [_c(*row) for row in _ROWS]
