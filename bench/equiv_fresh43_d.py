r"""A forty-third fresh set of answer-equivalence cases (evaluation only; helper "d":
assessment engines and tutoring systems whose answer comparison is built on a CAS).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh43_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com (``issues/N`` for an issue thread). Do not tune the
judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- INGInious/problems-math ``inginious_problems_math/tests.py`` @
  f461e791d72b3e1710da34b3d584e8766b4f365e (the SymPy-based "math" problem type of the INGInious
  assessment platform, MathQuill input; ``TestIsEqual``:
  ``assertTrue/assertFalse(problem.is_equal(parse_answer(a), parse_answer(b)))``; the code says
  ``#answer=eq1, solution=eq2`` and ``check_answer`` calls ``is_equal(student_answer,
  correct_answer)``, so ``pred`` is the first argument and ``gold`` the second; strings are the
  LaTeX the MathQuill field sends, e.g. ``x_12`` is ``x_1`` times 2 as in TeX, ``i`` is the
  imaginary unit, ``{1,2,3}`` is the engine's set notation). GNU AGPL v3 (``LICENSE``). The same
  project lived earlier as UCL-INGI/INGInious-problems-math (@ d3cab52c..., a subset of these
  tests, not used separately).
- serlo/athene2 ``issues/358`` (Serlo's learning platform; maintainer inyono lists the answers an
  input challenge must accept: ``5x`` and ``5*x``; for "Factorize 5x + 20y" the forms ``5(x+4y)``,
  ``5*(x+4y)``, ``(x+4y)5``, ``(x+4y)*5``). Issue thread, no license file applies.

Left out, by rule: INGInious ``TestParseAnswer`` (parsing tests: an expression evaluated at a
substituted point, or compared with a SymPy object, not with another answer string);
``test_is_equal_perfect_match`` (``_logical_comparison = False``: a syntactic-identity policy);
``test_is_equal_math_tolerance`` (verdicts on ``\pi`` vs ``3.14`` that depend on the ``_tolerance``
parameter); the seven ``test_is_equal_use_log`` pairs whose verdict flips with
``_use_complex`` (``\log{x} + \log{y}`` vs ``\log{xy}`` and the like: a domain option);
``test_is_equal_use_trigo`` (30 identities asserted under the ``_use_trigo`` option; left out
whole to stay within 60 cases per project); the matrix cases written in the engine's own
``1,0:0,1`` row syntax (7) and one exact duplicate (line 402); ``test_is_equal_set_implicit`` (the
engine's ``{x|cond|domain}`` set-builder syntax, 21 cases); and set line 418,
``{1,2}\cup{2,3}\cap{1,2}\cup{3,4}`` = ``{1,2,3}``, which holds only under the engine's
right-to-left grouping of unparenthesised mixed unions and intersections. serlo/athene2: the
"all above but with (4y+x)" forms are described, not written out, so they were not made up; the
identical pair ``5(x+4y)``/``5(x+4y)`` is dropped.

Examined and not used: PyRope-E-Assessment/pyrope (its ``tests.py`` checks exercise structure,
not answers); ucfopen/Obojobo (numeric-assessment tests are mocked or tolerance-rule based; the
only value pairs are ``1``/``1`` and ``1``/``1.01`` under an exact rule); ddoyen/maths-pl-bank
(one ``ans_frac`` doc example set, a lowest-terms policy); uzh-bf/klicker-uzh (numerical grading is
range membership); Simon-Initiative/authoring-eval (an expression evaluator for dynamic questions,
no answer comparison); lambda-feedback/linearAlgebra (span equivalence of vectors);
rztaylor/mathinput (an input editor, no checker); PreTeXtBook/pretext (no answer-check tests).
Leads whose repositories were already used or claimed: lambda-feedback/* evaluation functions,
m-messer/lambda-feedback-packages (a repackaging of compareExpressions), CORBiH/ai-matematicari,
an ``app.tutor.answer_checker`` suite (idna-tutor), LeTTo-GmbH/LeTTo, OpenNTI/nti.assessment,
inducer/relate, Khan/khan-exercises issue threads, ECAM-Brussels/e-cam, ototonari/funtasy.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "INGInious/problems-math"
R1_AT = "inginious_problems_math/tests.py@f461e791d72b3e1710da34b3d584e8766b4f365e"
R2 = "serlo/athene2"
R2_AT = "issues/358"

# (gold, pred, expected, why); pred is is_equal's first (student) argument, gold its second.
_ING_ROWS: list[tuple[str, str, bool, str]] = [
    # test_is_equal_math: is_equal(student, solution) -> pred = first argument, gold = second
    (r"x+x", r"2x", True, "test_is_equal_math (line 247)"),
    (r"3x-x", r"2x", True, "test_is_equal_math (line 248)"),
    (r"4x-2x", r"2x", True, "test_is_equal_math (line 249)"),
    (r"2*x", r"2x", True, "test_is_equal_math (line 250)"),
    (r"2x+0", r"2x", True, "test_is_equal_math (line 251)"),
    (r"x+x+x-x", r"2x", True, "test_is_equal_math (line 252)"),
    (r"x-i^2x", r"2x", True, "test_is_equal_math (line 253)"),
    (r"\frac{4x}{2}", r"2x", True, "test_is_equal_math (line 254)"),
    (r"\frac{4x^2}{2x}", r"2x", True, "test_is_equal_math (line 255)"),
    (r"\frac{6x^2}{2x}-x", r"2x", True, "test_is_equal_math (line 256)"),
    (r"\frac{2x^x}{x^{x-1}}", r"2x", True, "test_is_equal_math (line 257)"),
    (r"x*2*\frac{5x}{2+3x+4x-2x+1-3}", r"2x", True, "test_is_equal_math (line 258)"),
    (r"x+x*\pi-x*(\pi-1)", r"2x", True, "test_is_equal_math (line 259)"),
    (r"x+x*x_1*x_{12}-x*(x_1*x_{12}-1)", r"2x", True, "test_is_equal_math (line 260)"),
    (r"\frac{\sqrt{3}}{3}", r"\frac{1}{\sqrt{3}}", True, "test_is_equal_math (line 261)"),
    (r"\frac{1}{\sqrt{3}}", r"\frac{\sqrt{3}}{3}", True, "test_is_equal_math (line 262)"),
    (r"\frac{1}{2}", r"0.5", True, "test_is_equal_math (line 263)"),
    (r"0.5", r"\frac{1}{2}", True, "test_is_equal_math (line 264)"),
    (r"\frac{5}{10}", r"0.5", True, "test_is_equal_math (line 265)"),
    (r"\frac{2x_1x_{12}}{4x_1x_{12}}", r"0.5", True, "test_is_equal_math (line 266)"),
    (
        r"\frac{e^x*(x^2+1-2*x)}{x^4+1+2*x^2}",
        r"\frac{e^{x}*(x-1)^2}{(x^2+1)^2}",
        True,
        "test_is_equal_math (line 267)",
    ),
    # test_is_equal_math_interval: is_equal(student, solution) -> pred = first argument, gold = second
    (r"[0,1]", r"[0,1]", True, "test_is_equal_math_interval (line 381)"),
    (r"[0,1]", r"[0,1)", False, "test_is_equal_math_interval (line 382)"),
    (r"[0,1]", r"(0,1]", False, "test_is_equal_math_interval (line 383)"),
    (r"[0,1]", r"(0,1)", False, "test_is_equal_math_interval (line 384)"),
    (r"[x-x,1]", r"[0,1]", True, "test_is_equal_math_interval (line 385)"),
    (r"[x,x+x]", r"[x,2x]", True, "test_is_equal_math_interval (line 386)"),
    (r"[x,x+x]", r"[x,(2-1)(3x-x)]", True, "test_is_equal_math_interval (line 387)"),
    (r"[0,3]", r"[0,1]\cup[1,3]", True, "test_is_equal_math_interval (line 388)"),
    (r"[0,2]", r"[0,1)\cup[1,2]", True, "test_is_equal_math_interval (line 389)"),
    (
        r"[-\infty,\infty]",
        r"[-\infty,0]\cup[0,\infty]",
        True,
        "test_is_equal_math_interval (line 390)",
    ),
    (
        r"[-\infinity,\infinity]",
        r"[-\infty,0]\cup[0,\infty]",
        True,
        "test_is_equal_math_interval (line 391)",
    ),
    (
        r"[0,\frac{1}{\sqrt{3}}]",
        r"[0,\frac{\sqrt{3}}{3}]",
        True,
        "test_is_equal_math_interval (line 392)",
    ),
    (
        r"[0,\frac{1}{\sqrt{3}}]",
        r"[0,\frac{\sqrt{3}}{3})",
        False,
        "test_is_equal_math_interval (line 393)",
    ),
    (
        r"(0,\frac{1}{\sqrt{3}}]",
        r"[0,\frac{\sqrt{3}}{3}]",
        False,
        "test_is_equal_math_interval (line 394)",
    ),
    # test_is_equal_math_matrix: is_equal(student, solution) -> pred = first argument, gold = second
    (r"\left[1,0\right]", r"\left[1,0\right]", True, "test_is_equal_math_matrix (line 398)"),
    (r"\left[0,x+x]", r"\left[0,2x\right]", True, "test_is_equal_math_matrix (line 399)"),
    (r"1,2,3", r"\left[1,2,3\right]", True, "test_is_equal_math_matrix (line 400)"),
    (r"2-1,3-1,\frac{6}{2}", r"\left[1,2,3\right]", True, "test_is_equal_math_matrix (line 401)"),
    # test_is_equal_set_explicit: is_equal(student, solution) -> pred = first argument, gold = second
    (r"{3,2,1}", r"{1,2,3}", True, "test_is_equal_set_explicit (line 413)"),
    (r"{2+1,2,1}", r"{1,2,3}", True, "test_is_equal_set_explicit (line 414)"),
    (r"{1+1+1,1+1,1}", r"{1,2,3}", True, "test_is_equal_set_explicit (line 415)"),
    (r"{1,2}\cup{2,3}", r"{1,2,3}", True, "test_is_equal_set_explicit (line 416)"),
    (
        r"{1,2,3}\cap{1,2,3,4,5,6,7,8,9,10}",
        r"{1,2,3}",
        True,
        "test_is_equal_set_explicit (line 417)",
    ),
    (r"{1,2,3+x-x}", r"{1,2,3}", True, "test_is_equal_set_explicit (line 419)"),
    (r"{x,x+x,2x+x}", r"{x,2x,3x}", True, "test_is_equal_set_explicit (line 420)"),
    (r"{1x_1,x_2,2x_3-x_3}", r"{x_1,x_2,x_3}", True, "test_is_equal_set_explicit (line 421)"),
    (r"{2x_1,x_2,2x_3-x_3}", r"{x_12,x_2,x_3}", True, "test_is_equal_set_explicit (line 422)"),
    (r"{2x_1,x_2,2x_3-x_3}", r"{x_{12},x_2,x_3}", False, "test_is_equal_set_explicit (line 423)"),
    (
        r"{x,2x,3x}\cup{5x}\cap{x,2x,2x+x}",
        r"{x,2x,3x}",
        True,
        "test_is_equal_set_explicit (line 424)",
    ),
    (
        r"{x,2x,3x}\cup{5x}\cap{x,2x}\cup{x+x+x}",
        r"{x,2x,3x}",
        True,
        "test_is_equal_set_explicit (line 425)",
    ),
    # test_is_equal_use_log (_use_log = True): only the pairs asserted alike without and with
    # _use_complex = True
    (r"\ln{x}", r"\log_{e}{x}", True, "test_is_equal_use_log (lines 285 and 299)"),
    (r"4*\log{x}", r"3*\log{x} + \log{x}", True, "test_is_equal_use_log (lines 292 and 306)"),
    (
        r"4*\log_{z}{x}",
        r"3*\log_{z}{x} + \log_{z}{x}",
        True,
        "test_is_equal_use_log (lines 293 and 307)",
    ),
    (r"(x+y)*\log{x}", r"x*\log{x} + y*\log{x}", True, "test_is_equal_use_log (lines 294 and 308)"),
    (
        r"(x+y)*\log_{z}{x}",
        r"x*\log_{z}{x} + y*\log_{z}{x}",
        True,
        "test_is_equal_use_log (lines 295 and 309)",
    ),
]

CASES = [_c(R1, R1_AT, gold, pred, True, ok, why) for gold, pred, ok, why in _ING_ROWS] + [
    # inyono: "it is not possible to add multiple correct answers like `5x` and `5*x`" (both wanted)
    _c(
        R2,
        R2_AT,
        gold=r"5x",
        pred=r"5*x",
        wrap=True,
        expected=True,
        why="issue 358: 5x and 5*x should both be accepted",
    ),
    # inyono: "consider exercises like `Factorize 5x + 20y`. Then we need the following solutions"
    _c(
        R2,
        R2_AT,
        gold=r"5(x+4y)",
        pred=r"5*(x+4y)",
        wrap=True,
        expected=True,
        why="issue 358: Factorize 5x + 20y, accepted form 5*(x+4y)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5(x+4y)",
        pred=r"(x+4y)5",
        wrap=True,
        expected=True,
        why="issue 358: Factorize 5x + 20y, accepted form (x+4y)5",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5(x+4y)",
        pred=r"(x+4y)*5",
        wrap=True,
        expected=True,
        why="issue 358: Factorize 5x + 20y, accepted form (x+4y)*5",
    ),
]
