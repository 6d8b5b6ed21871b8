r"""A forty-first fresh set of answer-equivalence cases (evaluation only; helper "a": leads
found by exact-string search that earlier helpers could not tie to a repository).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh41_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- geehokim/verl_nemotron_merge (a verl fork with a Nemotron-Cascade maths reward; the repository
  of leads 65895607475 and 65765799281, confirmed by reading the files by path: the ids match).
  ``verl/utils/reward_score/nemotron_cascade_rl_math.py`` @
  59bfb028e10975e1b048a803e6c63d45e9808afe: the doctests of ``verify_answer(extracted_answer,
  ground_truth)`` (3) and the first ``compute_score(solution_str, ground_truth)`` example ("acc":
  True for a whole completion). ``verl/utils/reward_score/grader.py`` @
  681755602bc6879ab03cffbab4620ad48e0e4ae7: the doctests of ``math_equal(prediction,
  reference)`` (2). ``verl/utils/reward_score/test_nemotron_cascade.py`` @
  9dd0350f28e7db5215d4abffd5c2fa12ae7203d5: the ``math_equal(a, b)`` table of
  ``test_full_module_import`` (3; ``a`` is the prediction). No license file is listed for this
  repository in the index and no snapshot could be fetched; the header of
  nemotron_cascade_rl_math.py carries the Apache-2.0 notice ("Copyright 2024 Bytedance Ltd.").
  The doctests write ``"\\frac{1}{2}"`` inside a non-raw docstring; the value meant (and stored
  here) is ``\frac{1}{2}``.
- PinxueGuo/logits_study ``answer_comparator.py`` @ 1043a36c5fdf045fae0e155f62518be886a551dd
  (found while looking for lead 66357419114 by its likely file name; it is not that file):
  the 7-row ``test_answer_extraction`` table of (Chinese completion, gold, expected) that
  ``extract_and_compare_answer`` is checked against (the script prints a pass mark per row). No
  license file (snapshot 90fcae824669221ddeeb8533fab04513bab6816a).
- Zahara-Nour/ubumaths (a French school-maths site with its own CAS, ``src/lib/mathAST``; the
  repository of lead 71559914558, confirmed by reading the file by path: the id matches; not the
  already-used Zahara-Nour/ubumaths-old). ``areEquivalent(parseLatex(a), parseLatex(b))``
  assertions, ``gold`` = ``a`` (the first argument), ``pred`` = ``b``:
  ``src/lib/mathAST/__tests__/function-inverse-notation.test.ts`` @
  bea4774d1425c03cc0374125057d05352b011f43 (2);
  ``src/lib/mathAST/__tests__/equivalence-relations.test.ts`` @
  aaafb885d987fe3f3114bfec083609141a15d034 (14; each pair is asserted in both orders, taken
  once); ``src/lib/mathAST/__tests__/equivalence-numeric-fallback.test.ts`` @
  ad35f3c669e382ca1ffa77454efe206b5dff7c9e (6; the suite mocks the normaliser away so that the
  numeric fallback decides, so these are the project's verdicts for its fallback);
  ``src/lib/mathAST/__tests__/equivalence-function-attributes.test.ts`` @
  7ca24f64191fc4336ab7a44b9da01ce172003e81 (14; pairs asserted in both orders taken once). No
  license file is listed for this repository in the index (the stored 2023 snapshot
  b74367efd2c454573297960ee2192fae4dfb7641 has none either; it predates these files, which were
  read through the index).

Left out, by rule: geehokim: the extraction-only tests (``extract_boxed_after_think``,
``last_boxed_only_string``, ``remove_boxed``), the language-detection and reward-arithmetic tests,
and the second ``compute_score`` example (its score turns on a code-switching penalty, a process
policy). ubumaths: in equivalence-relations, ``2y=2x+2`` vs ``y=x+1`` and ``y-x=1`` vs ``y=x+1``
(asserted False, but the test's own comment says the solutions are the same and the refusal is a
choice about how the line is written: a form policy); the ``numbersAreClose`` float table (not
answer strings); the hash tests of equivalence-function-attributes; every other assertion of
function-inverse-notation (evaluation, derivative, limit, sign and rewriting checks, not
equivalence verdicts).

Examined and not used: Zahara-Nour/ubumaths ``src/lib/mathAST/__tests__/function-power-consumers.test.ts``
(not the lead, no equivalence verdicts read) and ``answer-assumptions.test.ts`` (type inference,
no verdicts). mfish324/mathclicks ``src/lib/answer-validation.test.ts`` is the homework app's
``answer-validation.test.ts`` lead, but it was already used (bench/equiv_fresh9_b.py), so it was
not transcribed again (claim withdrawn).

Leads still not tied to a repository (ids of the exact-string index): 36615348185 (AIME
``check_answer.py``; ``aime/check_answer.py`` is held by no repository, and the root-level copies
were compared by an earlier helper); 66357419114 (OmniMath ``compare_answers``; of the two
repositories holding ``answer_comparator.py``, PinxueGuo/logits_study's is a different file, see
above); 67565200730 (``grade_answer`` with ``RE_SPECIAL`` / ``LATEX_FIXES``); 70287742013 (the
algebra practice app's ``engine.test``; ``src/grading/engine.test.ts`` is held by none, and the
three repositories holding ``src/lib/grading/engine.test.ts`` (Nizamitahirov/Gradex, RavoxX/studilly,
mwalt92/teacher-grade-analytics) were not opened); 55211740676 (the polynomial-guessing
``isEquivalent(expr, SECRET)`` suite; ``src/server/core/parser.test.ts`` is held only by
phaethix/api-doc-generator, an unrelated project); the Python port of WeBWorK's answer checkers
(package ``pg``: ``pg/answermacros.py``, ``pg/macros/answers/pg_answer_macros.py`` and
``src/pg/macros/answers/pg_answer_macros.py`` are held by none; repository names with
``pywebwork``, ``webwork-py``, ``pg-python`` did not include it).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "geehokim/verl_nemotron_merge"
R1_CASCADE = (
    "verl/utils/reward_score/nemotron_cascade_rl_math.py@59bfb028e10975e1b048a803e6c63d45e9808afe"
)
R1_GRADER = "verl/utils/reward_score/grader.py@681755602bc6879ab03cffbab4620ad48e0e4ae7"
R1_TEST = (
    "verl/utils/reward_score/test_nemotron_cascade.py@9dd0350f28e7db5215d4abffd5c2fa12ae7203d5"
)

R2 = "PinxueGuo/logits_study"
R2_AT = "answer_comparator.py@1043a36c5fdf045fae0e155f62518be886a551dd"

R3 = "Zahara-Nour/ubumaths"
R3_INV = (
    "src/lib/mathAST/__tests__/function-inverse-notation.test.ts"
    "@bea4774d1425c03cc0374125057d05352b011f43"
)
R3_REL = (
    "src/lib/mathAST/__tests__/equivalence-relations.test.ts"
    "@aaafb885d987fe3f3114bfec083609141a15d034"
)
R3_NUM = (
    "src/lib/mathAST/__tests__/equivalence-numeric-fallback.test.ts"
    "@ad35f3c669e382ca1ffa77454efe206b5dff7c9e"
)
R3_FUN = (
    "src/lib/mathAST/__tests__/equivalence-function-attributes.test.ts"
    "@7ca24f64191fc4336ab7a44b9da01ce172003e81"
)

# ubumaths equivalence-relations: (a, b, expected); both orders asserted, taken once
_REL = [
    (r"y=x+1", r"y=1+x", True),
    (r"y=2x-3", r"y=-3+2x", True),
    (r"2x+1=5", r"1+2x=5", True),
    (r"y=x+1", r"x+1=y", True),
    (r"y=2(x+1)", r"y=2x+2", True),
    (r"x<2", r"2>x", True),
    (r"x\leq 2", r"2\geq x", True),
    (r"x+1\neq 0", r"0\neq 1+x", True),
    (r"y=x+1", r"y=x+2", False),
    (r"y=x+1", r"x=y+1", False),
    (r"x<2", r"2<x", False),
    (r"x<2", r"x\leq 2", False),
    (r"x<2", r"x=2", False),
    (r"y=x+1", r"x+1", False),
]

# ubumaths equivalence-function-attributes: (a, b, expected, describe block)
_FUN = [
    (r"f^{-1}(x)", r"f(x)", False, "reciproque f^{-1} : un objet distinct de f"),
    (r"f^{-1}(2x)", r"f^{-1}(x)", False, "reciproque f^{-1} : un objet distinct de f"),
    (r"g^{-1}(x)", r"f^{-1}(x)", False, "reciproque f^{-1} : un objet distinct de f"),
    (r"\sin^{-1}(x)", r"\sin(x)", False, "reciproque f^{-1} : un objet distinct de f"),
    (r"f^{-1}(x)", r"f^{-1}(x)", True, "reciproque f^{-1} : un objet distinct de f"),
    (r"f^{-1}(2x)", r"f^{-1}(x+x)", True, "reciproque f^{-1} : un objet distinct de f"),
    (r"\sin^{-1}(x)", r"\arcsin(x)", True, "reciproque f^{-1} : un objet distinct de f"),
    (r"\sin(x)^{-1}", r"\frac{1}{\sin(x)}", True, "reciproque f^{-1} : un objet distinct de f"),
    (r"f'(x)", r"f(x)", False, "derivee et puissance de fonction : distinctes de f"),
    (r"f''(x)", r"f'(x)", False, "derivee et puissance de fonction : distinctes de f"),
    (r"f^2(x)", r"f(x)", False, "derivee et puissance de fonction : distinctes de f"),
    (r"\sin^2(x)", r"\sin(x)", False, "derivee et puissance de fonction : distinctes de f"),
    (r"f'(x)", r"f'(x)", True, "derivee et puissance de fonction (one order only)"),
    (r"\sin^2(x)", r"\sin(x)^2", True, "derivee et puissance de fonction (one order only)"),
]

CASES = [
    # geehokim: verify_answer(extracted_answer, ground_truth) doctests
    _c(
        R1,
        R1_CASCADE,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="verify_answer doctest ('0.5', '1/2')",
    ),
    _c(
        R1,
        R1_CASCADE,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="verify_answer doctest ('\\frac{1}{2}', '0.5'), written \"\\\\frac{1}{2}\"",
    ),
    _c(
        R1,
        R1_CASCADE,
        gold=r"43",
        pred=r"42",
        wrap=True,
        expected=False,
        why="verify_answer doctest ('42', '43')",
    ),
    # geehokim: compute_score(solution_str, ground_truth) docstring example, "acc": True
    _c(
        R1,
        R1_CASCADE,
        gold=r"42",
        pred=r"<think>...</think>\boxed{42}",
        wrap=False,
        expected=True,
        why="compute_score docstring example (score 1.0, acc True)",
    ),
    # geehokim: math_equal(prediction, reference) doctests of grader.py
    _c(
        R1,
        R1_GRADER,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="math_equal doctest ('0.5', '1/2')",
    ),
    _c(
        R1,
        R1_GRADER,
        gold=r"0.5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="math_equal doctest ('\\frac{1}{2}', '0.5'), written \"\\\\frac{1}{2}\"",
    ),
    # geehokim: test_full_module_import, math_equal(a, b) table
    _c(
        R1,
        R1_TEST,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_full_module_import: Simple equal",
    ),
    _c(
        R1,
        R1_TEST,
        gold=r"0.5",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_full_module_import: Decimal equal",
    ),
    _c(
        R1,
        R1_TEST,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_full_module_import: Fraction vs decimal",
    ),
    # logits_study: test_answer_extraction rows (completion, gold, expected)
    _c(
        R2,
        R2_AT,
        gold=r"165",
        pred=r"因此答案是 \boxed{165种}",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 1 (unit word 种 inside the box)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-4",
        pred=r"所以结果为 \boxed{-4}",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 2",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5/2",
        pred=r"计算得到 \boxed{5/2}",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 3",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"10",
        pred=r"最终答案是 \boxed{10}",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 4",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"4/3",
        pred=r"体积的最大值为 \boxed{4/3}",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 5",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"12",
        pred=r"答案是12",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 6 (no box)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3/4",
        pred=r"结果为 $\frac{3}{4}$",
        wrap=False,
        expected=True,
        why="test_answer_extraction row 7 (inline $\\frac{3}{4}$, no box)",
    ),
    # ubumaths function-inverse-notation: normalize block
    _c(
        R3,
        R3_INV,
        gold=r"\cos^{-1}(x)",
        pred=r"\arccos(x)",
        wrap=True,
        expected=True,
        why="normalize : \\cos^{-1}(x) equivaut a \\arccos(x)",
    ),
    _c(
        R3,
        R3_INV,
        gold=r"\cos^{-1}(x)",
        pred=r"\frac{1}{\cos(x)}",
        wrap=True,
        expected=False,
        why="normalize : \\cos^{-1}(x) pas a 1/\\cos(x)",
    ),
]

CASES += [
    _c(
        R3,
        R3_REL,
        gold=a,
        pred=b,
        wrap=True,
        expected=ok,
        why="relations : membres equivalents un a un (" + ("≡" if ok else "≢") + ")",
    )
    for a, b, ok in _REL
]

# ubumaths equivalence-numeric-fallback: equivalent(a, b) with the normaliser mocked away
CASES += [
    _c(
        R3,
        R3_NUM,
        gold=r"10^{-12}",
        pred=r"0",
        wrap=True,
        expected=False,
        why="areEquivalent : repli numerique, 10^{-12} n'est pas 0",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"10^{-12}",
        pred=r"2\times10^{-12}",
        wrap=True,
        expected=False,
        why="repli numerique, 10^{-12} n'est pas 2*10^{-12}",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"0.1+0.2",
        pred=r"0.3",
        wrap=True,
        expected=True,
        why="repli numerique, bruit des flottants",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"0.1+0.2-0.3",
        pred=r"0",
        wrap=True,
        expected=True,
        why="repli numerique, bruit autour de 0",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"\frac{1}{3}",
        pred=r"0.333333333333333",
        wrap=True,
        expected=True,
        why="repli numerique, 1/3 = 0,333333333333333 (15 decimales, relative tolerance)",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"2",
        pred=r"2.001",
        wrap=True,
        expected=False,
        why="repli numerique, 2 n'est pas 2,001",
    ),
]

CASES += [
    _c(R3, R3_FUN, gold=a, pred=b, wrap=True, expected=ok, why=block) for a, b, ok, block in _FUN
]
