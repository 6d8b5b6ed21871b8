r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from test files (and one nbdev notebook whose ``test_eq`` cells are its
test suite) of projects that no earlier set used (see bench/data/README.md, bench/equiv_issues_*.py,
the docstrings of the fresh3 to fresh10 modules and /work/wt/fresh11_claims). Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when
``wrap`` is True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values Python
reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- hkust-nlp/dart-math ``nbs/04_eval.ipynb`` @ 219b32467b55f7c610195e148b56df3431e1a963, MIT
  (the nbdev source of ``dart_math/eval.py``; its ``test_eq`` cells are the package's tests, run
  by ``nbdev_test`` in CI). ``EvaluatorMath.eq(ref, pred)``: the first argument is the reference.
  Also the documented example cells of the same notebook whose stored output is ``True`` (matrix
  vs. list, set with ``compare_sets=True``, ``no`` vs ``false``), and the normalisers
  ``norm_pm`` / ``norm_deg`` / ``fix_a_slash_b``: a normaliser mapping one answer string onto
  another is read as an equivalence (input as ``gold``, output as ``pred``), as in equiv_fresh3_a.
- Chats30/lc-calculus-llm ``tests/test_grader.py`` @ 7632ec19490d05f55041301a1cea2abd83002619,
  MIT (``grade(candidate, item)``; the tests build gold and candidates as SymPy expressions:
  they are stored as SymPy's ``str()`` of them, e.g. ``2*x + 2``).
- samKHa92/multi-llm-debate-system ``tests/test_answer_checker.py``
  @ 7c9206f108c0733939dcb5c7ec0401497ba8c7eb, no license file in the stored copy (short test
  strings quoted as test data, with attribution) (``is_correct(pred, problem)``, integer and float
  answer types).
- Twynzen/Metacognition-research ``tests/test_answer_checker.py``
  @ c0967538c944a1f5c9b5577533db6b85a4f47374, MIT (``check_answer(model_answer, correct)``;
  numeric cases only).

Left out, by rule: multiple-choice letters (dart-math ``"C"`` vs ``"C"``, samKHa92's and Twynzen's
letter tests); non-string inputs (dart-math ``eq(5, 5)``, ``eq(0.1 + 0.2, 0.3)``); the
percent-sign / x100 policy (dart-math ``eq("3.04", "0.0304")`` and ``eq(["0.0304", 0.0304],
"3.04")`` True); option-dependent verdicts against plain mathematics (dart-math ordered pairs
``\left(1,2\right)`` vs ``\left(2,1\right)`` True only with ``compare_sets=True``); a numeric
tolerance the problem sets (samKHa92 ``0.288`` accepted for ``0.289`` with tolerance 0.005);
the antiderivative policy of lc-calculus-llm (``x**2 + 5`` accepted for ``x**2`` as an integral,
``x**2`` for ``x**2 + 99``); answers with no extractable value (empty strings, lc-calculus-llm's
``"not an expression $$"``); text / yes-no / factual answers (Twynzen ``Paris``, ``Yes``,
``Au``; samKHa92 short-text answers with an accepted-answer list); exact duplicates of a case
already taken (dart-math's quick-start cells ``x+y`` / ``\frac{1}{2}``; Twynzen ``3.141``,
``67`` and ``str((347 * 29) % 17)`` identities). dart-math ``norm_pm("x\pmy")`` and
``norm_pm("a\mpb")`` are left out: without a space ``\pmy`` / ``\mpb`` are not ``\pm`` / ``\mp``
in LaTeX, so the gold is malformed. ``latex2matrix``, ``extract_set``, ``is_set``,
``norm_basic_fn`` and ``norm_math_str`` tests return internal objects or forms, not answers.

Searched without finding equivalence assertions (or without a usable sample): Broyojo/oerl
(trajectory grader), liv-daliberti/maxent-grpo (tag-format and custom graph/countdown verifiers),
DangQuangSE/auto-grade-prm (code-review grader), huggingface/search-and-learn (empty test file),
project-numina/aimo-progress-prize (no tests), LiveBench/LiveBench, OpenBMB/Eurus, EleutherAI/math-
lm, WildEval/ZeroEval (model outputs without correctness labels), HAE-RAE/haerae-evaluation-toolkit
(no math test), ZJU-REAL/VerifyBench (the labelled data files are absent from the stored copy),
microsoft/FLAML (its math tests call a model and assert no verdict), OpenPipe/ART, RAGEN-AI/RAGEN.
No stored snapshot (or one too large): ag2ai/ag2, 0russwest0/Agent-R1, Clayqi/edu-agent,
danielmigueltejedor/studium, uditakankananonononono/mega27-14-digital-embryo, GODWILL363/econ-llm-
eval, UKGovernmentBEIS/inspect_evals, allenai/olmes. mitodl/mitx-grading-library was claimed by
another collector.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DART = "hkust-nlp/dart-math"
DART_AT = "nbs/04_eval.ipynb@219b32467b55f7c610195e148b56df3431e1a963"
LCC = "Chats30/lc-calculus-llm"
LCC_AT = "tests/test_grader.py@7632ec19490d05f55041301a1cea2abd83002619"
DEB = "samKHa92/multi-llm-debate-system"
DEB_AT = "tests/test_answer_checker.py@7c9206f108c0733939dcb5c7ec0401497ba8c7eb"
META = "Twynzen/Metacognition-research"
META_AT = "tests/test_answer_checker.py@c0967538c944a1f5c9b5577533db6b85a4f47374"

# hkust-nlp/dart-math: test_eq(math_evaluator.eq(ref, pred), expected), cell 22 of 04_eval.ipynb.
_DART_EQ = [
    ("251,7\\\\ \\noindent", "0", False),
    ("3.54*10^{-7}", "3.54e-07", True),
    (r"\frac{1}{2}", "0.5", True),
    ("1", "100", False),
    ("100", "1", False),
    ("x<-1", "x>3", False),
    (r"(-\infty,0)\cup(0,\infty)", r"(-\infty,0)\cup(0,\infty)", True),
    ("1+2,2+1", "2+1,1+2", True),
    ("x + y", "y + x", True),
    ("1,234", "1234", True),
    ("12,34", "(12,34)", True),
    (r"\$ 5", "5", True),
    (r"3 * \sqrt{13}", r"3\sqrt{13}", True),
    (r"\pi/2", r"\frac{\pi}{2}", True),
    (r"(3,\pi/2)", r"(3,\frac{\pi}{2})", True),
    ("23000", r"\$23{,}000", True),
    ("White", "white", True),
    ("[0,3)", "[0,1]", False),
    ("[0,1]", "[0,3)", False),
    ("1001.5", "1001", False),
    (r"\frac{2003}{2}", "1001", False),
]

# Documented example cells 18-20 of 04_eval.ipynb (stored output True).
_DART_DOC = [
    ("\\begin{array}1\\\\2\\end{array}", "1,2", "eq: column vector vs list, output True"),
    ("{1,2}", "{2,1}", "eq(..., compare_sets=True): a set in braces, order-free, output True"),
    ("no", "false", "eq: boolean answers, output True"),
]

# Normalisers of 04_eval.ipynb (cells 40-42): test_eq(f(input), output).
_DART_NORM = [
    ("(3/4)\\sqrt{3}", "(\\frac{3}{4})\\sqrt{3}", "fix_a_slash_b"),
    ("1\\pm\\sqrt{19}", "1-\\sqrt{19},1+\\sqrt{19}", "norm_pm"),
    ("\\{1\\pm\\sqrt{5},-2\\}", "1-\\sqrt{5},1+\\sqrt{5},-2", "norm_pm"),
    (
        "\\(\\frac{1\\pm\\sqrt{17}}{4}\\)",
        "\\frac{1-\\sqrt{17}}{4},\\frac{1+\\sqrt{17}}{4}",
        "norm_pm",
    ),
    (
        "\\frac{1\\pm\\sqrt{1-\\frac{2}{\\sqrt{3}}}}{1}",
        "\\frac{1-\\sqrt{1-\\frac{2}{\\sqrt{3}}}}{1},\\frac{1+\\sqrt{1-\\frac{2}{\\sqrt{3}}}}{1}",
        "norm_pm",
    ),
    ("20^\\circ", "20", "norm_deg"),
    ("\\sin 20^\\circ", "\\sin {20*\\frac{\\pi}{180}}", "norm_deg"),
]

CASES: list[dict] = [
    # --- hkust-nlp/dart-math: EvaluatorMath.eq(ref, pred) ---------------------------------------
    *[
        _c(DART, DART_AT, gold, pred, True, ok, f"test_eq(math_evaluator.eq(ref, pred), {ok})")
        for gold, pred, ok in _DART_EQ
    ],
    *[_c(DART, DART_AT, gold, pred, True, True, why) for gold, pred, why in _DART_DOC],
    *[
        _c(DART, DART_AT, gold, pred, True, True, f"{fn} normalises the gold to the prediction")
        for gold, pred, fn in _DART_NORM
    ],
    # --- Chats30/lc-calculus-llm: grade(candidate, diff/int item) ------------------------------
    _c(
        LCC, LCC_AT, "2*x + 2", "2*x + 2", True, True, "derivative item: exact match (string input)"
    ),
    _c(LCC, LCC_AT, "2*x + 2", "2*(x + 1)", True, True, "derivative item: equivalent form"),
    _c(LCC, LCC_AT, "2*x + 2", "2*x + 3", True, False, "derivative item: wrong"),
    _c(LCC, LCC_AT, "x**2", "x**3", True, False, "integral item: wrong antiderivative"),
    # --- samKHa92/multi-llm-debate-system: is_correct(pred, problem) ---------------------------
    _c(DEB, DEB_AT, "153", "153", True, True, "integer answer: exact"),
    _c(DEB, DEB_AT, "153", "153.0", True, True, "integer answer: trailing .0"),
    _c(DEB, DEB_AT, "153", " 153 ", True, True, "integer answer: surrounding spaces"),
    _c(DEB, DEB_AT, "153", "154", True, False, "integer answer: off by one"),
    _c(DEB, DEB_AT, "0.289", "0.289", True, True, "float answer: exact"),
    _c(DEB, DEB_AT, "0.289", "0.30", True, False, "float answer outside tolerance 0.005"),
    # --- Twynzen/Metacognition-research: check_answer(model_answer, correct) -------------------
    _c(META, META_AT, "42", "The answer is 42", False, True, "number stated in a sentence"),
    _c(META, META_AT, "130", "130", True, True, "numerical exact"),
    _c(META, META_AT, "130", "The result is 130", False, True, "number stated in a sentence"),
    _c(META, META_AT, "3.14159", "3.14159", True, True, "decimal exact"),
    _c(META, META_AT, "130", "131", True, False, "off by one is rejected"),
    _c(META, META_AT, "381", "391", True, False, "wrong number is rejected"),
    _c(META, META_AT, "124", "12", True, False, "12 must not match 124"),
    _c(META, META_AT, "391", "500", True, False, "different numbers are rejected"),
    _c(
        META,
        META_AT,
        "12",
        "The square root of 144 is 12",
        False,
        True,
        "final value 12 in a sentence that also names 144",
    ),
    _c(META, META_AT, "1648", "The treaty was signed in 1648", False, True, "year in a sentence"),
]
