r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "f", first part:
calculator_agent_rl and siya-j/math-reasoning-agent are in equiv_fresh12_f2.py).

Cases are transcribed from the tests of math answer checkers inside tutoring / agent products
(a math-solving agent, a Chinese "wrong-answer notebook" web app, a Chinese RAG math tutor, a
Chinese primary-school exam app, an exam-grading pipeline) and small RL reward verifiers that
no earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh11
modules and /work/wt/fresh12_claims). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (a test's ``"\\frac"`` is stored as
``r"\frac"``). Expressions are kept in the syntax the checker reads (``x**2``, ``sqrt(85)``,
``2sqrt{13}``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- Severus-C/NaviMath (a math-solving agent evaluated on HARP / AIME)
  @ 980720c07856fbc727ff33cfca20517755a89fc5:
  ``tests/test_answer_utils.py`` (``is_match(prediction, expected, answer_type=...)``, the
  evaluator of ``scripts/eval_agent_on_dataset.py``; ``AnswerNormalizer.equivalent(a, b)``, read
  as (prediction, gold) like ``is_match``; ``AnswerNormalizer.canonicalize``: a normaliser
  mapping one answer string onto another is read as an equivalence) and
  ``tests/test_tool_verify.py`` (``ToolVerify.check_equivalence(a, b)`` VERIFIED / REJECTED,
  ``random_numeric_equivalence`` and ``equivalent_groups``; the pairs are symmetric, the second
  argument is stored as gold).
- chjesu/math-error-notebook-web ``tests/test_math_verifier.py``
  @ d63494183756b4cc24e2d4caec972bf75c860102 (``verify_equations``: ``left`` / ``right`` status
  ``verified`` / ``conflict``; ``right`` is stored as gold).
- lii-lii321/Math_Tutor_RAG (a Chinese RAG math tutor) ``tests/test_math_verifier.py``
  @ ec9a091fc5d871ab420bc3a5da6891d7cffcd6a0 (``latex_to_expr(latex).equals(value)``: the SymPy
  value is written as a plain answer and stored as gold; ``numeric_equation_holds(lhs, rhs)``
  True / False, ``rhs`` stored as gold).
- jagriti216/Ai-Grading ``tests/test_math_scorer.py`` @ 73309de95a600b3c7b04d1000deacb6df854d6c1
  (``check_formula_match(expected, student)``; ``check_numerical_match(expected, student)``).
- ishan-1729/MathAgent ``tests/test_answer_check.py`` @ 0d2a27bc6f6142aa998bdd776b4c94be4e4f575b
  (``answers_equivalent(a, b)``, symmetric; the second argument is stored as gold; the two
  answers written with prose or ``$`` delimiters are kept as whole completions).
- ethanwang202511-cloud/reflex-rlvr ``tests/test_sympy_verifier.py``
  @ d6bda05e2a40bce9c41c452d1f279150ea5b2bc4 (``equal(canonicalize(a), canonicalize(b))``;
  ``canonicalize`` mapped to an exact integer / rational is read as an equivalence;
  ``verify(text, gold).accepted`` on whole completions).
- fengjixing-stupid/ECNU-Adaptive-Noise-Latent-GRPO ``tests/test_answer_verifier.py``
  @ fa90b71425a1a5819c4819ede8c04a986c2639fe (``verify_answer(source, text, answer)`` reward on
  whole completions; ``why`` names the source's rule set).
- beixiaohong/PrimarySchoolExam (a Chinese primary-school exam app) ``tests/test_answer_check.py``
  @ 5f25a4a50a5b91105678d501a99bcb986d16e709 (``fill_answer_correct(user, reference)``, Chinese
  numerals against Arabic references; ``_cn_num_value`` mappings are read as equivalences).
No license file was found in the stored copies of these repositories: their short test strings
are quoted as test data, with attribution.

Left out, by rule: answer extraction tests (``extract_final_answer``, ``canonical_key``, answer
blocks), NaviMath's matrix canonical form (``matrix[1,2;3,4]`` is the normaliser's own notation,
not an answer), its AIME ``format_aime`` padding, the pipeline-metric and diagnosis tests (their
``is_correct`` is input data, not a verdict), the structured ``(2,0)`` vs ``(3,3)`` scalar check
(verdict UNKNOWN), derivative / integral / limit / residue / equation-root verifications (a
problem checked against a claimed result, no reference answer), the percent-sign policy
(``4.8`` vs ``4.8\%``, as in equiv_issues_a), the unsupported / code-injection inputs of
chjesu and the multivariate ``None`` of lii-lii321; jagriti216's within-tolerance rule
(``41V`` accepted for ``40V``, a grading tolerance, not equality) and its line-by-line mark
scheme. Kept as the suites write them although a reader may dispute them: NaviMath accepts
``245\frac{5}{11}`` yards for the HARP gold ``245yd.``, ``170.00`` for ``68\% of 250.00`` and
``c=10+3(p-1)`` for ``C=10+3(P-1)`` (case-insensitive formula match).
Searched without finding equivalence assertions (or already used by an earlier set):
JamesRoggeveen/benchmark_eval (HARDMath2's evaluator: its ``test/`` scripts call the API / an
LLM and assert nothing about equivalence), alibaba/ROLL ``tests/`` (no math-answer test),
meta-llama/llama-stack ``tests/unit`` (no math scorer test), PRIME-RL/PRIME,
Open-Reasoner-Zero, hiyouga/EasyR1 (no tests stored), OckBench/OckBench (its math verdicts come
from a mocked LLM judge), BING0116-gif/math-AI-assistant and hackzirov-sketch/AI_MATH (problem
verifiers without reference answers), nhhai-math/eMeX, yanlhcsu25-droid/Tutor and
chakkeiwong/MathDevMCP (text formatting normalisers), Nimesh1729/reasoning-audit (string QA),
idreesaziz/Verification-Augmented-Reasoning (mocked executor), StevenPang203426/QwenMath2026
(non-finite answers mapped to 0). Also left out: answers the checker cannot extract or judge
(``None`` / empty inputs, reflex-rlvr's no-box completion, ECNU's empty / unextractable /
empty-box outputs and its strict-box ``dapo_math`` rule rejecting an unboxed ``34``), reflex-rlvr's
floating-point ``canonicalize`` checks (``\sqrt{2}``, ``\pi/3`` compared to a float within
1e-9), and PrimarySchoolExam's word / poem string comparisons (``apple``, ``一去二三里``).
Repositories found only through ``find_string`` hits, whose repository could not be named, were
not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NAVI = "Severus-C/NaviMath"
NAVI_UT = "tests/test_answer_utils.py@980720c07856fbc727ff33cfca20517755a89fc5"
NAVI_TV = "tests/test_tool_verify.py@980720c07856fbc727ff33cfca20517755a89fc5"
NOTE = "chjesu/math-error-notebook-web"
NOTE_AT = "tests/test_math_verifier.py@d63494183756b4cc24e2d4caec972bf75c860102"
TUTOR = "lii-lii321/Math_Tutor_RAG"
TUTOR_AT = "tests/test_math_verifier.py@ec9a091fc5d871ab420bc3a5da6891d7cffcd6a0"
AIG = "jagriti216/Ai-Grading"
AIG_AT = "tests/test_math_scorer.py@73309de95a600b3c7b04d1000deacb6df854d6c1"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- Severus-C/NaviMath: is_match(prediction, expected) ------------------------------------
    (NAVI, NAVI_UT, "15", "x=15", True, True, "is_match: assignment x=15 vs 15"),
    (NAVI, NAVI_UT, "20", "20?", True, True, "is_match: trailing question mark"),
    (
        NAVI,
        NAVI_UT,
        r"\frac{b^{2}-2ac}{c^{2}}",
        "(b^2-2ac)/(c^2)",
        True,
        True,
        "is_match expression: HARP format variant",
    ),
    (NAVI, NAVI_UT, "2:5", "2/5", True, True, "is_match expression: ratio 2:5 vs 2/5"),
    (NAVI, NAVI_UT, "2sqrt{13}", "2sqrt(13)", True, True, "is_match expression: sqrt braces"),
    (NAVI, NAVI_UT, r"74\%", "74%", True, True, "is_match expression: escaped percent"),
    (NAVI, NAVI_UT, "sqrt{85}", "sqrt(85)", True, True, "is_match expression: sqrt braces"),
    (NAVI, NAVI_UT, "a*b+a*c", "a*(b+c)", True, True, "is_match expression: expanded product"),
    (NAVI, NAVI_UT, "(3,3)", "(2,0)", True, False, "is_match expression: different points"),
    (
        NAVI,
        NAVI_UT,
        "C=10+3(P-1)",
        "c=10+3(p-1)",
        True,
        True,
        "is_match expression: the suite's case-insensitive formula definition",
    ),
    (
        NAVI,
        NAVI_UT,
        "(2abc)/(ac+bc-ab)",
        "(2abc)/(bc+ca-ab)",
        True,
        True,
        "is_match expression: reordered denominator",
    ),
    (
        NAVI,
        NAVI_UT,
        r"13\frac{1}{3}\text{mph}",
        "40/3",
        True,
        True,
        "is_match expression: mixed number with unit",
    ),
    (NAVI, NAVI_UT, "x=(-p)/(2)", "-(p)/(2)", True, True, "is_match expression: x= prefix"),
    (
        NAVI,
        NAVI_UT,
        r"\text{loss of}\textdollar1000",
        r"a loss of $\textdollar 1,000",
        True,
        True,
        "is_match expression: dollar loss, thousands comma",
    ),
    (
        NAVI,
        NAVI_UT,
        r"9+(1)/(11)\%",
        r"9\frac{1}{11}\%",
        True,
        True,
        "is_match expression: mixed-number percent",
    ),
    (NAVI, NAVI_UT, "4,3,9", "(4,3,9)", True, True, "is_match expression: tuple parentheses"),
    (
        NAVI,
        NAVI_UT,
        r"\text{68\% of 250.00}",
        "170.00",
        True,
        True,
        "is_match expression: the suite reads 68% of 250.00 as 170.00",
    ),
    (NAVI, NAVI_UT, r"4\text{or}-1", "-1,4", True, True, "is_match expression: both roots"),
    (NAVI, NAVI_UT, "(880)/(pi)", "5280/6pi", True, True, "is_match expression: 5280/(6pi)"),
    (
        NAVI,
        NAVI_UT,
        r"32sqrt{3}+21+(1)/(3)pi",
        "64pi/3+32sqrt(3)",
        True,
        True,
        "is_match expression: 21 1/3 pi = 64pi/3",
    ),
    (
        NAVI,
        NAVI_UT,
        r"\text{245yd.}",
        r"approximately245.45yards,orexactly$245\frac{5}{11}$yards",
        True,
        True,
        "is_match expression: the suite accepts 245 5/11 yards for the gold 245 yd",
    ),
    (
        NAVI,
        NAVI_UT,
        r"(1)/(7)\triangle ABC",
        "9/7",
        True,
        False,
        "is_match expression: different values",
    ),
    (NAVI, NAVI_UT, "((n-4)180)/(n)", "5", True, False, "is_match expression: number vs formula"),
    (NAVI, NAVI_UT, "5ft", "5yd", True, False, "is_match expression: different units"),
    (NAVI, NAVI_UT, "38", "038", True, True, "is_match integer AIME: leading zero"),
    (NAVI, NAVI_UT, r"\frac{2}{4}", "0.5", True, True, "AnswerNormalizer.equivalent"),
    (
        NAVI,
        NAVI_UT,
        "1/6",
        r"\frac{\frac{1}{2}}{3}",
        True,
        True,
        "AnswerNormalizer.canonicalize of the nested fraction == 1/6",
    ),
    (NAVI, NAVI_UT, "{1,2}", r"\{2,1,2\}", True, True, "AnswerNormalizer.equivalent (set)"),
    (
        NAVI,
        NAVI_UT,
        "[0,infinity)",
        r"\left[0,\infty\right)",
        True,
        True,
        "AnswerNormalizer.canonicalize (interval) == [0,infinity)",
    ),
    (
        NAVI,
        NAVI_UT,
        "(1,2,3)",
        "(1, 2, 3)",
        True,
        True,
        "AnswerNormalizer.canonicalize (vector) == (1,2,3)",
    ),
    (
        NAVI,
        NAVI_UT,
        "1,2,3",
        "3; 1; 2",
        True,
        True,
        "AnswerNormalizer.equivalent (multiple answers, unordered)",
    ),
    # --- Severus-C/NaviMath: ToolVerify ----------------------------------------------------------
    (NAVI, NAVI_TV, "x^2+2*x+1", "(x+1)^2", True, True, "check_equivalence VERIFIED"),
    (NAVI, NAVI_TV, "x^2+1", "x^2", True, False, "check_equivalence REJECTED"),
    (NAVI, NAVI_TV, "abs(x)", "|x|", True, True, "check_equivalence VERIFIED"),
    (NAVI, NAVI_TV, "1", "sin(x)^2+cos(x)^2", True, True, "random_numeric_equivalence VERIFIED"),
    (NAVI, NAVI_TV, "x^2+x", "x*(x+1)", True, True, "equivalent_groups: same group"),
    (NAVI, NAVI_TV, "x^2-x", "x*(x+1)", True, False, "equivalent_groups: different groups"),
    (NAVI, NAVI_TV, "x^2-x", "x^2+x", True, False, "equivalent_groups: different groups"),
    # --- chjesu/math-error-notebook-web: verify_equations(left, right) -------------------------
    (NOTE, NOTE_AT, "2", "sqrt(2)**2", True, True, "status verified"),
    (NOTE, NOTE_AT, "x**2+2*x+1", "(x+1)**2", True, True, "status verified (identity in x)"),
    (NOTE, NOTE_AT, "x+2", "x+1", True, False, "status conflict"),
    # --- lii-lii321/Math_Tutor_RAG ---------------------------------------------------------------
    (TUTOR, TUTOR_AT, "x**2", "x^2", True, True, "latex_to_expr equals Symbol('x')**2"),
    (TUTOR, TUTOR_AT, "1/2", r"\frac{1}{2}", True, True, "latex_to_expr equals Rational(1, 2)"),
    (TUTOR, TUTOR_AT, "3", r"\sqrt{9}", True, True, "latex_to_expr equals Integer(3)"),
    (TUTOR, TUTOR_AT, "6", r"2\cdot 3", True, True, "latex_to_expr equals Integer(6)"),
    (TUTOR, TUTOR_AT, "pi", r"\pi", True, True, "latex_to_expr equals sympy.pi"),
    (
        TUTOR,
        TUTOR_AT,
        "x**2+2*x+1",
        "(x+1)**2",
        True,
        True,
        "numeric_equation_holds is True",
    ),
    (TUTOR, TUTOR_AT, "x+1", "x", True, False, "numeric_equation_holds is False"),
    (TUTOR, TUTOR_AT, "0", "0", True, True, "numeric_equation_holds (constants) is True"),
    (TUTOR, TUTOR_AT, "2", "1", True, False, "numeric_equation_holds (constants) is False"),
    # --- jagriti216/Ai-Grading -------------------------------------------------------------------
    (AIG, AIG_AT, "V = I*R", "V = R*I", True, True, "check_formula_match is True"),
    (AIG, AIG_AT, "V = I*R", "V = I + R", True, False, "check_formula_match is False"),
    (
        AIG,
        AIG_AT,
        "V = 40V",
        "The voltage is 22V",
        False,
        False,
        "check_numerical_match is False (22V vs 40V)",
    ),
]

MAGENT = "ishan-1729/MathAgent"
MAGENT_AT = "tests/test_answer_check.py@0d2a27bc6f6142aa998bdd776b4c94be4e4f575b"
REFLEX = "ethanwang202511-cloud/reflex-rlvr"
REFLEX_AT = "tests/test_sympy_verifier.py@d6bda05e2a40bce9c41c452d1f279150ea5b2bc4"
ECNU = "fengjixing-stupid/ECNU-Adaptive-Noise-Latent-GRPO"
ECNU_AT = "tests/test_answer_verifier.py@fa90b71425a1a5819c4819ede8c04a986c2639fe"
PSE = "beixiaohong/PrimarySchoolExam"
PSE_AT = "tests/test_answer_check.py@5f25a4a50a5b91105678d501a99bcb986d16e709"

_ROWS += [
    # --- ishan-1729/MathAgent: answers_equivalent(a, b) ------------------------------------------
    (MAGENT, MAGENT_AT, "4", "4", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "0.5", "1/2", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "0.5", r"\frac{1}{2}", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "1/2", r"\frac{1}{2}", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "2*sqrt(2)", r"2\sqrt{2}", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "1+x", "x+1", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "x*2", "2x", True, True, "answers_equivalent: implicit product"),
    (MAGENT, MAGENT_AT, "pi", r"\pi", True, True, "answers_equivalent"),
    (MAGENT, MAGENT_AT, "{3, 2, 1}", "{1, 2, 3}", True, True, "answers_equivalent: unordered set"),
    (MAGENT, MAGENT_AT, "(1, 2)", "(1, 2)", True, True, "answers_equivalent: ordered tuple"),
    (MAGENT, MAGENT_AT, "7", "The answer is 7", False, True, "answers_equivalent: prose stripped"),
    (MAGENT, MAGENT_AT, "x^2", "$x^2$", False, True, "answers_equivalent: math delimiters"),
    (MAGENT, MAGENT_AT, "2", "1", True, False, "answers_equivalent is False"),
    (MAGENT, MAGENT_AT, "x+2", "x+1", True, False, "answers_equivalent is False"),
    (MAGENT, MAGENT_AT, "-3", "3", True, False, "answers_equivalent is False: sign"),
    (MAGENT, MAGENT_AT, "{1, 3}", "{1, 2}", True, False, "answers_equivalent is False: sets"),
    (MAGENT, MAGENT_AT, "{1, 2, 3}", "{1, 2}", True, False, "different cardinality"),
    (MAGENT, MAGENT_AT, "(2, 1)", "(1, 2)", True, False, "tuples are ordered"),
    (MAGENT, MAGENT_AT, "y", "x", True, False, "answers_equivalent is False: variables"),
    # --- ethanwang202511-cloud/reflex-rlvr -------------------------------------------------------
    (REFLEX, REFLEX_AT, "0.75", r"\frac{3}{4}", True, True, "canonicalize == 0.75"),
    (REFLEX, REFLEX_AT, "32", "2^5", True, True, "canonicalize == 32"),
    (REFLEX, REFLEX_AT, "60", r"60^\circ", True, True, "canonicalize strips the degree unit"),
    (REFLEX, REFLEX_AT, "42", "42", True, True, "equal(canonicalize(a), canonicalize(b))"),
    (REFLEX, REFLEX_AT, "0.5", r"\frac{1}{2}", True, True, "equal: fraction vs decimal"),
    (REFLEX, REFLEX_AT, "2", r"\sqrt{4}", True, True, "equal: sqrt(4) vs 2"),
    (REFLEX, REFLEX_AT, "43", "42", True, False, "equal is False"),
    (
        REFLEX,
        REFLEX_AT,
        "592",
        r"Working through the geometry... by Power of a Point we get \boxed{592}.",
        False,
        True,
        "verify(text, 592).accepted",
    ),
    (REFLEX, REFLEX_AT, "592", r"After thinking, \boxed{593}.", False, False, "not_equal"),
    (
        REFLEX,
        REFLEX_AT,
        "1/2",
        r"The probability is \boxed{\frac{1}{2}}.",
        False,
        True,
        "verify accepted: fraction",
    ),
    (REFLEX, REFLEX_AT, "1/2", r"\boxed{0.5}", False, True, "verify accepted: decimal vs 1/2"),
    (REFLEX, REFLEX_AT, "-3", r"\boxed{-3}", False, True, "verify(text, -3) accepted"),
    # --- fengjixing-stupid/ECNU-Adaptive-Noise-Latent-GRPO: verify_answer reward --------------
    (ECNU, ECNU_AT, "42", r"Answer: \boxed{42}", False, True, "gsm8k_aug reward 1"),
    (ECNU, ECNU_AT, "42", "#### 42", False, True, "gsm8k_aug reward 1"),
    (ECNU, ECNU_AT, "42", "The answer is 42", False, True, "gsm8k_aug reward 1"),
    (ECNU, ECNU_AT, "42", r"\boxed{43}", False, False, "gsm8k_aug reward 0"),
    (ECNU, ECNU_AT, "34", r"\boxed{34}", False, True, "dapo_math reward 1"),
    (ECNU, ECNU_AT, "0.5", r"\boxed{\frac{1}{2}}", False, True, "math500_test reward 1"),
    # --- beixiaohong/PrimarySchoolExam: fill_answer_correct(user, reference) ------------------
    (PSE, PSE_AT, "5", "五", True, True, "Chinese numeral five"),
    (PSE, PSE_AT, "25", "二十五", True, True, "Chinese numeral twenty-five"),
    (PSE, PSE_AT, "105", "一百零五", True, True, "Chinese numeral 105"),
    (PSE, PSE_AT, "20000", "两万", True, True, "Chinese numeral 20000"),
    (PSE, PSE_AT, "5", "六", True, False, "Chinese numeral six vs 5"),
    (PSE, PSE_AT, "10", "十", True, True, "_cn_num_value == 10"),
    (PSE, PSE_AT, "320", "三百二十", True, True, "_cn_num_value == 320"),
    (PSE, PSE_AT, "5003", "五千零三", True, True, "_cn_num_value == 5003"),
    (PSE, PSE_AT, "5", "5", True, True, "fill_answer_correct: plain equality"),
    (
        PSE,
        PSE_AT,
        "2000",
        "2*(999+1)=2*1000=2000",
        True,
        True,
        "fill_answer_correct: worked chain ending in the result",
    ),
    (PSE, PSE_AT, "2000", "2000元", True, True, "fill_answer_correct: yuan unit"),
    (PSE, PSE_AT, "5", "6", True, False, "fill_answer_correct: wrong number"),
]

CASES: list[dict] = [_c(*row) for row in _ROWS]
