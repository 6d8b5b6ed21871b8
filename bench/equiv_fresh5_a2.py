r"""A fifth fresh set of answer-equivalence cases (evaluation only; helper "a", second part: the
first part and its conventions are in equiv_fresh5_a.py).

curate's judge was not run on these cases while collecting them, and nothing here may be used to
tune it. ``gold`` is the reference answer, ``pred`` the prediction (a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it),
``expected`` the verdict the test asserts, ``where`` is ``path@commit`` in ``repo`` on github.com;
strings are the values Python reads from the test. Within one file a repeated (gold, pred) pair
is kept once; a normaliser mapping one string onto another is read as an equivalence, the
normalised form as the gold.

Sources (no license file was found in the stored copies unless named: short test strings quoted
as test data, with attribution):

- BrunoVitti96/LLM-router ``tests/test_math_scoring.py``
  @ b2b6d9a68058e3fede94b0260e39e9a0115a4467 (``grade_math_response(solution, prediction)`` with
  math-verify 0.5.2, and its spawn worker's ``grade``; a gold solution sentence is stored as the
  boxed answer the grader extracts from it, ``$\boxed{...}$`` golds are kept as written).
- CedricEPFL/agent-xray ``tests/test_math_scoring.py`` @ 1ccfaf9242cad8a34552af15b6da31b87740c7ba
  (``score_math_answer(prediction, reference)``), MIT.
- Crosser-XDU/inception ``tests/test_math_scoring.py`` @ bd04d01e03ab7dbb5c8259c51c233e2e323b764a
  (``score_response(response, row, "math")``; a GSM8K rationale ``... #### 1,234`` is stored as
  the ``1,234`` the scorer extracts from it).
- Pavan-Bellam/smolRL ``eval/test_grader.py`` @ 7cc1e5c15caaf55db66df4b219e69b32d5a860b7
  (its port of the ``math_equal(prediction, reference)`` / ``symbolic_equal`` grader family and
  ``strip_string`` mappings; a test file of its own).
- sanmarcog/mathnet-eval-harness ``tests/test_grading.py``
  @ c5cad62b82e7e3f1952f7f57a9757fec78943d06 (``grade(response, gold)``, ``symbolic_equal(a, b)``
  and ``normalize_for_exact(a) == normalize_for_exact(b)`` with ``b`` read as the gold,
  ``normalize`` mappings).
- bayntun/Nemotron-training ``eval/test_grader.py`` @ e81f24fc5e5e66bc21e8073f8fe1efc1f173df30
  (``verify(stored_answer, predicted)``, which compares numbers with
  ``math.isclose(rel_tol=1e-2, abs_tol=1e-5)`` -- its tolerance verdicts are kept as written, as
  bench/data/README.md keeps other suites' tolerances -- and ``grade(text, gold)``).
- mao-code/MAS_Analyzer ``tests/test_math500_benchmark.py``
  @ 53192b048024106f09fc12bf9ed024fc52a7d0f7 (its Hendrycks-style ``is_equiv(prediction,
  reference)`` of ``benchmark/math500`` and ``Math500Benchmark.evaluate`` on whole predictions),
  MIT.
- MohammadHijjawi97/misgrade ``tests/transforms/test_latex.py``
  @ 4f09981659c403b99c5abbe02e7dc8456f011183 (``latex_equal(parse_latex(a), parse_latex(b))``,
  ``b`` read as the gold) and ``tests/transforms/test_numbers.py``
  @ 57f15c582166ab9fbb247c0330255afddb317238 (``parse_number(text) == Fraction(n, d)``: the text
  as the prediction, the gold written ``n/d`` or ``n`` from the test's ``Fraction`` arguments).

Left out, by rule:
- the percent sign (agent-xray ``50%`` / ``50\%`` = ``50`` and its ``percent_as_fraction``
  switch; smolRL ``include_percentage``), as in equiv_fresh3_a;
- empty, ``None`` and non-string inputs (LLM-router's empty prediction and unusable golds,
  MAS_Analyzer's and agent-xray's empty predictions, smolRL's ``None`` / ``""`` cases and its
  float ``numeric_equal`` calls);
- verdicts on non-mathematical strings (Nemotron-training's Roman-numeral, ``hello`` /
  ``AbC`` / ``yes`` / ``wrong`` string cases, ``forty-two`` and ``5 mph``);
- normaliser artefacts that are not answers or add nothing: smolRL's ``4\n2`` -> ``42``, its
  helper-level ``_fix_fracs`` / ``_fix_a_slash_b`` / ``_fix_sqrt`` / ``_strip_latex_cruft`` /
  ``extract_raw_boxed`` mappings (identities or repeats of ``strip_string``'s), the bmatrix
  containment check; LLM-router's version / watchdog / mocked-parser tests;
- misgrade's undecided (``None``) ``latex_equal`` verdicts, its ``parse_latex`` value table (the
  golds are SymPy objects -- ``E``, ``oo``, ``Abs(x)``, symbol constructors -- that would have to
  be re-spelled here), its parser-declines lists (no verdict on a pair), its transform-operator
  tables (they assert the generated string, not a grader verdict), and the three ``1 250``
  separator variants of ``test_parse_number`` (Unicode space characters this transcription cannot
  tell apart);
- extraction-only asserts (MAS_Analyzer's ``extract_answer``, the other files' box extractors);
- aggregate-only checks (adamoosya/compute-aligned-training's pass@k and majority@k means, not
  transcribed: no per-candidate verdict).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

Row = tuple[str, str, bool, bool, str]  # (gold, pred, wrap, expected, why)


def _rows(repo: str, where: str, rows: list[Row]) -> list[dict]:
    return [_c(repo, where, gold, pred, wrap, ok, why) for gold, pred, wrap, ok, why in rows]


ROUTER = "BrunoVitti96/LLM-router"
ROUTER_AT = "tests/test_math_scoring.py@b2b6d9a68058e3fede94b0260e39e9a0115a4467"
_ROUTER: list[Row] = [
    (
        "968",
        r"There are $1024-(1+10+45)=968$ possibilities. Thus $\boxed{968}$.",
        False,
        True,
        "gold 'The count is $1024-(1+10+45)=\\boxed{968}$.': score 1.0",
    ),
    (
        "968",
        r"The answer is $\boxed{967}$.",
        False,
        False,
        "gold 'The answer is $\\boxed{968}$.': score 0.0",
    ),
    (r"$\boxed{\frac{1}{2}}$", r"$\boxed{\frac{2}{4}}$", False, True, "score 1.0"),
    (r"$\boxed{968}$", "I cannot solve this problem.", False, False, "score 0.0, not parsed"),
    (r"$\boxed{968}$", "968", True, True, "spawn worker grade: score 1.0"),
    (r"$\boxed{\frac{1}{2}}$", "0.5", True, True, "spawn worker grade: score 1.0"),
]

XRAY = "CedricEPFL/agent-xray"
XRAY_AT = "tests/test_math_scoring.py@1ccfaf9242cad8a34552af15b6da31b87740c7ba"
_XRAY: list[Row] = [
    (r"\sqrt{12}", r"2\sqrt{3}", True, True, "correct (sympy_equiv)"),
    (r"\frac{3}{4}", r"\dfrac{3}{4}", True, True, "correct (sympy_equiv)"),
    (r"5x^{2}", r"5x^2", True, True, "correct (sympy_equiv)"),
    ("5", "5", True, True, "correct (sympy_equiv)"),
    (r"\frac{1}{2}", "0.5", True, True, "correct (sympy_equiv)"),
    ("1.25", "1.250", True, True, "correct (sympy_equiv)"),
    (r"2\cdot\pi", r"\left(2\,\pi\right)", True, True, "LaTeX preprocessing: correct"),
    ("-3", "−3", True, True, "Unicode minus sign: correct"),
    ("30°", r"30^{\circ}", True, True, "degree forms: correct"),
    (r"\frac{1}{2}", r"\frac{1}{\sqrt{4}}", True, True, "correct"),
    ("6", "5", True, False, "different: not correct"),
    ("x+2", "x+1", True, False, "different: not correct"),
    (r"\left(1, 2\right)", "(1,2)", True, True, "tuple compared element-wise: correct"),
    ("(2,1)", "(1,2)", True, False, "tuple order: not correct"),
    (r"[0,\infty)", r"[0, \infty)", True, True, "interval: correct"),
    ("[1,2]", r"Final answer: \boxed{[1,2]}", False, True, "boxed list: correct"),
    ("[5]", "5", True, False, "one-sided parse: not correct (method failed)"),
]

INCEPTION = "Crosser-XDU/inception"
INCEPTION_AT = "tests/test_math_scoring.py@bd04d01e03ab7dbb5c8259c51c233e2e323b764a"
_INCEPTION: list[Row] = [
    ("1,234", "Answer: 1,234", False, True, "gold '... #### 1,234': both normalise to 1234"),
    ("-5", "Answer: 9", False, False, "gold '... #### -5': score 0.0"),
    ("3/4", "Answer: 3/4", False, True, "preprocessed reference: score 1.0"),
    ("42", "No result.", False, False, "missing prediction: score 0.0"),
]

SMOL = "Pavan-Bellam/smolRL"
SMOL_AT = "eval/test_grader.py@7cc1e5c15caaf55db66df4b219e69b32d5a860b7"
_SMOL: list[Row] = [
    ("42", "  42  ", True, True, "strip_string('  42  ') == '42'"),
    ("42", "42.", True, True, "strip_string removes the trailing dot"),
    (r"\frac{1}{2}", r"\tfrac{1}{2}", True, True, "strip_string: \\tfrac -> \\frac"),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "strip_string: \\dfrac -> \\frac"),
    (r"(\frac{1}{2})", r"\left(\frac{1}{2}\right)", True, True, "strip_string drops \\left"),
    ("42", "$42$", True, True, "strip_string removes dollar signs"),
    ("0.5", ".5", True, True, "strip_string adds the leading zero"),
    ("3", "3.000", True, True, "strip_string drops trailing decimal zeros"),
    ("3x", "3.00x", True, True, "strip_string('3.00x') == '3x'"),
    ("ab", r"a\!b", True, True, "strip_string removes \\!"),
    (r"\infty", "infinity", True, True, "strip_string('infinity') == \\infty"),
    ("1+2", "1 + 2", True, True, "strip_string removes spaces"),
    (r"\frac{3}{4}", "3/4", True, True, "strip_string: 3/4 -> \\frac{3}{4}"),
    ("x + 1", "x + 1", True, True, "symbolic_equal is True"),
    ("1 + x", "x + 1", True, True, "symbolic_equal is True"),
    ("x + 2", "x + 1", True, False, "symbolic_equal is False"),
    (r"\frac{1}{2}", "0.5", True, True, "symbolic_equal is True"),
    ("42", "42", True, True, "math_equal: exact match"),
    ("true", "True", True, True, "math_equal: case-insensitive"),
    ("0.500", "0.5", True, True, "math_equal: numeric"),
    ("1,000", "1000", True, True, "math_equal: thousands comma"),
    ("42", "[42]", True, True, "math_equal: brackets stripped"),
    ("42", "(42)", True, True, "math_equal: parentheses stripped"),
    ("[1, 2]", "[1, 2]", True, True, "math_equal: list"),
    ("[1, 3]", "[1, 2]", True, False, "math_equal: list differs"),
    ("42", "x = 42", True, True, "math_equal / strip_string: equation prefix in the prediction"),
    ("x = 42", "42", True, True, "math_equal: equation prefix in the reference"),
    (r"\frac{2}{4}", r"\frac{1}{2}", True, True, "math_equal / symbolic_equal: True"),
    (r"\frac{1}{3}", r"\frac{1}{2}", True, False, "math_equal is False"),
    ("7", "5", True, False, "math_equal is False"),
    (
        r"\begin{pmatrix}1\\2\end{pmatrix}",
        r"\begin{pmatrix}1\\2\end{pmatrix}",
        True,
        True,
        "math_equal: equal pmatrix",
    ),
    (
        r"\begin{pmatrix}1\\3\end{pmatrix}",
        r"\begin{pmatrix}1\\2\end{pmatrix}",
        True,
        False,
        "math_equal: pmatrix differs",
    ),
]

MATHNET = "sanmarcog/mathnet-eval-harness"
MATHNET_AT = "tests/test_grading.py@c5cad62b82e7e3f1952f7f57a9757fec78943d06"
_MATHNET: list[Row] = [
    ("-1/4", "$-1/4$", True, True, "normalize strips dollar delimiters"),
    (r"-\frac{1}{4}", r"-\dfrac{1}{4}", True, True, "normalize: \\dfrac -> \\frac"),
    ("( x )", r"\left( x \right)", True, True, "normalize drops \\left / \\right"),
    ("all integers k", "All integers k", True, True, "normalize_for_exact: case fold"),
    ("all integers k ≥ 2", r"All integers $k \geq 2$.", True, True, "normalize_for_exact"),
    ("x ≤ 5", r"$x \leq 5$", True, True, "normalize_for_exact: \\leq = ≤"),
    ("x ≠ 0", r"$x \neq 0$", True, True, "normalize_for_exact: \\neq = ≠"),
    ("-1", "$A = -1$", True, True, "normalize_for_exact: variable prefix stripped"),
    ("2^n", "a_n = 2^n", True, True, "normalize_for_exact: a_n = prefix stripped"),
    ("42", "42.", True, True, "normalize_for_exact: trailing punctuation"),
    ("42", "42;", True, True, "normalize_for_exact: trailing punctuation"),
    ("2 · 3", r"2 \cdot 3", True, True, "normalize_for_exact: \\cdot = ·"),
    ("2 × 3", r"2 \times 3", True, True, "normalize_for_exact: \\times = ×"),
    ("0.25", "1/4", True, True, "symbolic_equal"),
    ("-1/4", r"-\dfrac{1}{4}", True, True, "symbolic_equal"),
    ("3/2", "2/3", True, False, "symbolic_equal is False"),
    ("42", "Final answer: 42", False, True, "grade: correct (exact)"),
    ("42", "Final answer: $42$", False, True, "grade: correct (normalized)"),
    ("-1", "Final answer: $A = -1$", False, True, "grade: correct (normalized)"),
    (
        "all integers k ≥ 2",
        r"Final answer: All integers $k \geq 2$.",
        False,
        True,
        "grade: correct (normalized)",
    ),
    ("-1/4", r"Final answer: $-\dfrac{1}{4}$", False, True, "grade: correct (symbolic)"),
    ("7", "I have no idea.", False, False, "grade: miss (no marker)"),
    ("7", "Final answer: 11", False, False, "grade: not correct"),
]

NEMO = "bayntun/Nemotron-training"
NEMO_AT = "eval/test_grader.py@e81f24fc5e5e66bc21e8073f8fe1efc1f173df30"
_NEMO: list[Row] = [
    ("42", "42", True, True, "verify: exact"),
    ("42", "42.0", True, True, "verify: int vs float string"),
    ("100", "100.5", True, True, "verify: within rel_tol=1e-2"),
    ("100", "102", True, False, "verify: outside rel_tol=1e-2"),
    ("100", "101", True, True, "verify: at the rel_tol=1e-2 boundary (inclusive)"),
    ("0", "0.000001", True, True, "verify: abs_tol=1e-5"),
    ("-5", "-5.01", True, True, "verify: within rel_tol=1e-2"),
    ("-5", "-6", True, False, "verify: outside tolerance"),
    ("1e3", "1000", True, True, "verify: scientific notation"),
    ("42", r"<think>...</think>\boxed{42}", False, True, "grade: boxed answer after think"),
    (
        "255",
        "Let me work through this. First I notice the pattern is base 16."
        r" Converting 0xFF gives 255. Therefore: \boxed{255}",
        False,
        True,
        "grade: boxed answer after chain of thought",
    ),
    ("3.14159", r"After computation: \boxed{3.14}", False, True, "grade: within rel_tol=1e-2"),
]

MAS = "mao-code/MAS_Analyzer"
MAS_AT = "tests/test_math500_benchmark.py@53192b048024106f09fc12bf9ed024fc52a7d0f7"
_MAS: list[Row] = [
    ("42", "42", True, True, "is_equiv: exact"),
    ("42", "41", True, False, "is_equiv is False"),
    (r"\frac{1}{2}", "1/2", True, True, "is_equiv: fraction forms"),
    (r"\frac{1}{2}", "0.5", True, True, "is_equiv: fraction forms"),
    (r"\frac{1}{2}", r"\frac12", True, True, "is_equiv: fraction forms"),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "is_equiv: fraction forms"),
    (r"(3,\frac{\pi}{2})", r"\left(3, \frac{\pi}{2}\right)", True, True, "LaTeX noise"),
    ("90", r"90^\circ", True, True, "is_equiv: degree sign"),
    ("5", r"\$5", True, True, "is_equiv: dollar sign"),
    ("4", "x = 4", True, True, "is_equiv: equation prefix"),
    (r"\text{Evelyn}", "Evelyn", True, True, "is_equiv: \\text{} wrapper"),
    ("yes", r"\text{yes}", True, True, "is_equiv: \\text{} wrapper"),
    ("no", r"\textbf{no}", True, True, "is_equiv: \\textbf{} wrapper"),
    ("50", r"50\text{ square feet}", True, True, "is_equiv: unit stripped"),
    ("1000", "1,000", True, True, "is_equiv: thousands comma"),
    ("1000", "1000.5", True, False, "is_equiv is False"),
    (r"\frac{1}{2}", r"So the answer is $\boxed{1/2}$.", False, True, "evaluate: success"),
    ("2", r"\boxed{3}", False, False, "evaluate: not success"),
]

MISGRADE = "MohammadHijjawi97/misgrade"
MISGRADE_LATEX = "tests/transforms/test_latex.py@4f09981659c403b99c5abbe02e7dc8456f011183"
MISGRADE_NUM = "tests/transforms/test_numbers.py@57f15c582166ab9fbb247c0330255afddb317238"
_MISGRADE_LATEX: list[Row] = [
    (r"2\sqrt{2}", r"\sqrt{8}", True, True, "latex_equal is True"),
    ("1 + x", "x + 1", True, True, "latex_equal is True"),
    ("x^2 + 2x + 1", "(x+1)^2", True, True, "latex_equal is True"),
    (r"\sqrt{3}/2", r"\frac{\sqrt{3}}{2}", True, True, "latex_equal is True"),
    ("3.14159", r"\pi", True, False, "latex_equal is False: a rounded value is not pi"),
    ("x + 1", "x", True, False, "latex_equal is False"),
    ("2.718281828", "e", True, False, "latex_equal is False: a rounded value is not e"),
    (r"\infty", r"\infty", True, True, "latex_equal is True"),
    ("1", r"\sin(x)^2 + \cos(x)^2", True, True, "latex_equal is True: Pythagorean identity"),
]
_MISGRADE_NUM: list[Row] = [
    ("42", "42", True, True, "parse_number == Fraction(42)"),
    ("-12", "-12", True, True, "parse_number == Fraction(-12)"),
    ("7", "+7", True, True, "parse_number == Fraction(7)"),
    ("-12", "−12", True, True, "Unicode minus: parse_number == Fraction(-12)"),
    ("-12", "(-12)", True, True, "parenthesised: parse_number == Fraction(-12)"),
    ("1/2", "0.5", True, True, "parse_number == Fraction(1, 2)"),
    ("1/2", ".5", True, True, "parse_number == Fraction(1, 2)"),
    ("5/2", "2.50", True, True, "parse_number == Fraction(5, 2)"),
    ("42", "42.", True, True, "parse_number == Fraction(42)"),
    ("1250", "1,250", True, True, "parse_number == Fraction(1250)"),
    ("1250", r"1\,250", True, True, "TeX thin-space separator: Fraction(1250)"),
    ("1250", "1{,}250", True, True, "TeX {,} separator: Fraction(1250)"),
    ("123456725/100", "1,234,567.25", True, True, "parse_number == Fraction(123456725, 100)"),
    ("1/2", "1/2", True, True, "parse_number == Fraction(1, 2)"),
    ("3/4", "3 / 4", True, True, "parse_number == Fraction(3, 4)"),
    ("-3/4", "-3/4", True, True, "parse_number == Fraction(-3, 4)"),
    ("1/2", r"\frac{1}{2}", True, True, "parse_number == Fraction(1, 2)"),
    ("3/4", r"\dfrac{3}{4}", True, True, "parse_number == Fraction(3, 4)"),
    ("3/4", r"\tfrac{3}{4}", True, True, "parse_number == Fraction(3, 4)"),
    ("1/2", r"\frac12", True, True, "parse_number == Fraction(1, 2)"),
    ("-1/4", r"-\frac{1}{4}", True, True, "parse_number == Fraction(-1, 4)"),
    ("-1/4", r"\frac{-1}{4}", True, True, "parse_number == Fraction(-1, 4)"),
    ("1/2", r"\frac{1.5}{3}", True, True, "parse_number == Fraction(1, 2)"),
    ("1250", "1.25e3", True, True, "parse_number == Fraction(1250)"),
    ("1/2", "5e-1", True, True, "parse_number == Fraction(1, 2)"),
    ("1250", r"1.25 \times 10^{3}", True, True, "parse_number == Fraction(1250)"),
    ("1/2", r"5 \cdot 10^{-1}", True, True, "parse_number == Fraction(1, 2)"),
    ("2000", "2 × 10^3", True, True, "parse_number == Fraction(2000)"),
    ("42", "４２", True, True, "full-width digits: parse_number == Fraction(42)"),
    ("42", "  42  ", True, True, "parse_number == Fraction(42)"),
]

CASES: list[dict] = [
    *_rows(ROUTER, ROUTER_AT, _ROUTER),
    *_rows(XRAY, XRAY_AT, _XRAY),
    *_rows(INCEPTION, INCEPTION_AT, _INCEPTION),
    *_rows(SMOL, SMOL_AT, _SMOL),
    *_rows(MATHNET, MATHNET_AT, _MATHNET),
    *_rows(NEMO, NEMO_AT, _NEMO),
    *_rows(MAS, MAS_AT, _MAS),
    *_rows(MISGRADE, MISGRADE_LATEX, _MISGRADE_LATEX),
    *_rows(MISGRADE, MISGRADE_NUM, _MISGRADE_NUM),
]
