r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "f":
computer-algebra based answer checkers of education tools: quiz apps, homework helpers and
exercise checkers built on mathjs / MathLive / sympy, and their tests of equivalent and
non-equivalent answers).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values the test's language reads (a
TypeScript ``'\\frac{1}{2}'`` is stored as ``r"\frac{1}{2}"``). Do not tune the judge on these
cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- aziz-akera/latex-grading-demo (a Next.js "LaTeX grading" quiz demo: MathLive input, a mathjs
  based ``areExpressionsEquivalent(studentAnswer, correctAnswer, options)`` checker)
  ``__tests__/check-answers.test.ts`` @ 58d791227b1e04df9aa88aeb15137f7e8e4c6953 (Jest
  ``expect(areExpressionsEquivalent(a, b, opts)).toBe(true|false)``; ``src/utils/check-answers.ts``
  names the first argument ``studentAnswer`` and the second ``correctAnswer``, so gold = second,
  pred = first; the option passed is named in ``why``). The domain-restriction test writes
  ``'$x \in \mathbb{R} \setminus \{0\}$'`` with single backslashes in a TypeScript string, which
  the language reads as ``$x in mathbb{R} setminus {0}$``; that value is stored. No license file.
- lambdabaa/mathleap (an algebra homework app where students type each step; answers checked
  by its own parser, steps by Wolfram Alpha) ``test/client/backend/isCorrect_test.js`` @
  0dbb54202f0ddfd765c176cc4730355ddc36e253 (``isCorrect({solution: gold}, pred).should.equal(...)``)
  and ``test/client/frontend/wolfram2_test.js`` @ the same commit (``w2.isEqual(a, b)``: whether
  a student's step ``b`` is equivalent to the previous line ``a``; the suite is marked
  ``suite.skip`` because the Wolfram service is flaky, but the expected verdicts are written by the
  author; ``a`` is stored as gold). No license file.
- FermiParadox/ipy_student_exercises (IPython / Kivy school exercises with sympy answer checking)
  ``tests/test_Exercise.py`` @ 9e74406255c01672516b2d06dabc6e5f6822e3ad
  (``Exercise._is_correct_answer(answer=a, expected_answer='4')`` true / false). MIT
  (LICENSE.txt).
- PRIME-TU-Delft/RAcing-Linear-Algebra (TU Delft's multiplayer linear-algebra quiz race; a
  ``checkAnswerEqual(question, answer, given)`` over LaTeX answers)
  ``server/src/__tests__/latexParser.test.ts`` @ 4d2fe9f274a9f59fc60c33525f47f819e0d1c3fa (Jest
  ``expect(checkAnswerEqual(q, q.answer, given)).toBe(...)``; gold = ``q.answer``, pred =
  ``given``; found as an unnamed ``checkAnswerEqual`` hit and tied to the repository through
  ``server/src/latexParser.ts`` of an older version). No license file.

Left out, by rule: in latex-grading-demo, the ``requireSimplified`` and
``requireFullFactorization`` tests (form policies: ``2/4`` is refused for ``1/2`` although equal),
the two "constant of integration is missing" tests (``x^2`` against ``x^2 + C``: a +C policy), the
``0.333333x^3 + C`` / ``\frac{x^3}{3} + C`` test (accepted only through a numeric tolerance), a
repeat of ``x^2 + C`` / ``x^2 + c``, and the "more complex integrals" test that asserts
``\frac{x^3}{3} + 2x + \sin(x) + C`` equal to ``\frac{x^3}{3} + 2x - \cos(x) + \pi + C`` (the two
differ by a non-constant function, so the assertion is mathematically false); the repository's
``Advanced Math Quiz Demo Tests.txt`` lists inputs per question without saying which are meant to
be accepted. In mathleap, the two ``isEqual`` tests with an "Evaluate when x is 1 and y is 2."
context (the reference value comes from the question, not from the pair), and the parse /
stringify / diff tests (no verdict). In ipy_student_exercises, ``4.004`` (accepted) and ``4.008``
(refused) against ``4`` (a numeric tolerance), the integer arguments ``4`` and ``2`` (the same
values as the strings ``'4'`` and ``'2'``), and the ``NoSolution`` / ``AnyNumber`` special
objects (not strings). In RAcing-Linear-Algebra, the two ``type: "mc"`` tests (multiple-choice
option matching), the ``multiples-allowed`` test that accepts the doubled basis vectors (the
question's special rule, not stated by the gold), and a repeat of the identical vector-set pair and
of the "no rule incorrectly" pair.

Examined and not used: khoi-nguyen/mathsnuggets (sympy-marked classroom widgets; its tests cover
fields, forms and the API, none asserts a marking verdict); Software-for-Maths-Learning/
WolframAlphaEqual (its evaluation tests were removed, one placeholder assertion left); leads found
by string search whose repository turned out to be used already: ototonari/funtasy (CortexJS
factorisation drills), tzhvh/Texo-web-stylus (``cas/equivalenceChecker``),
lambda-feedback/compareExpressionsLLM (``[response, answer, params, expected]`` table),
ECAM-Brussels/e-cam (``mark`` tests), purdue-tlt/latex2sympy (``answer_sets`` sandbox),
limitedcoffeetime/algebra-flow (mathjs ``isAnswerCorrect``). Not tied to a repository, so not used:
a TypeScript ``quickEquivalenceCheck(target, userInput)`` demo table (its ``./mathEquivalence``
module exists in brownhunk80/StudyFlow, nguyendt22/code and jhanfong150983-dot/redpenai, but none
of their stored listings holds the test file). The smaller indexed copy of the
``areExpressionsEquivalent`` suite (5,133 characters) is the earlier version of the same
latex-grading-demo test file (commit 83c0d76d, before "handling integrals correctly"), so only the
HEAD version is transcribed.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "aziz-akera/latex-grading-demo"

R1_AT = "__tests__/check-answers.test.ts@58d791227b1e04df9aa88aeb15137f7e8e4c6953"

R2 = "lambdabaa/mathleap"

R2_AT = "test/client/backend/isCorrect_test.js@0dbb54202f0ddfd765c176cc4730355ddc36e253"

R2_W2 = "test/client/frontend/wolfram2_test.js@0dbb54202f0ddfd765c176cc4730355ddc36e253"

R3 = "FermiParadox/ipy_student_exercises"

R3_AT = "tests/test_Exercise.py@9e74406255c01672516b2d06dabc6e5f6822e3ad"

R4 = "PRIME-TU-Delft/RAcing-Linear-Algebra"

R4_AT = "server/src/__tests__/latexParser.test.ts@4d2fe9f274a9f59fc60c33525f47f819e0d1c3fa"

VECS = r"\left\{\begin{pmatrix}--5\\1\\0\end{pmatrix},\begin{pmatrix}-1\\1\\0\end{pmatrix}\right\}"

VECS2 = (
    r"\left\{\begin{pmatrix}--10\\2\\0\end{pmatrix},"
    r"\begin{pmatrix}-2\\2\\0\end{pmatrix}\right\}"
)

CASES = [
    # --- latex-grading-demo: areExpressionsEquivalent(student, correct[, options])
    # Basic algebraic expressions
    _c(
        R1,
        R1_AT,
        gold=r"2 + 3x",
        pred=r"3x + 2",
        wrap=True,
        expected=True,
        why="Basic algebraic expressions: commuted sum",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2x + 2",
        pred=r"2(x + 1)",
        wrap=True,
        expected=True,
        why="Basic algebraic expressions: distributed",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"(x + 1)^2",
        pred=r"x^2 + 2x + 1",
        wrap=True,
        expected=True,
        why="Basic algebraic expressions: expanded square",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2x + 5",
        pred=r"3x + 3 - (x - 2)",
        wrap=True,
        expected=True,
        why="Basic algebraic expressions: unsimplified",
    ),
    # Fractions
    _c(
        R1,
        R1_AT,
        gold=r"\frac{1}{2}",
        pred=r"\frac{2}{4}",
        wrap=True,
        expected=True,
        why="Fractions: equivalent LaTeX fractions",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="Fractions: equivalent slash fractions",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\frac{2}{3}",
        pred=r"\frac{2}{4} + \frac{1}{6}",
        wrap=True,
        expected=True,
        why="Fractions: sum of fractions",
    ),
    # Factorization
    _c(
        R1,
        R1_AT,
        gold=r"x^2 - 1",
        pred=r"(x-1)(x+1)",
        wrap=True,
        expected=True,
        why="Factorization: equivalent factorizations",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x^2 + x - 6",
        pred=r"(x-2)(x+3)",
        wrap=True,
        expected=True,
        why="Factorization: equivalent factorizations",
    ),
    # Multiple solutions (option allowMultipleSolutions)
    _c(
        R1,
        R1_AT,
        gold=r"{-4, 4}",
        pred=r"x = 4, x = -4",
        wrap=True,
        expected=True,
        why="Multiple solutions (allowMultipleSolutions): equations vs set",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"S = {-4, 4}",
        pred=r"x = 4, x = -4",
        wrap=True,
        expected=True,
        why="Multiple solutions (allowMultipleSolutions): equations vs S = set",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"S = {4, -4}",
        pred=r"{-4, 4}",
        wrap=True,
        expected=True,
        why="Multiple solutions (allowMultipleSolutions): set order",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x = 4",
        pred=r"x = 4, x = -4",
        wrap=True,
        expected=False,
        why="Multiple solutions (allowMultipleSolutions): not equivalent, extra root",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"{-4, 4}",
        pred=r"x = 4, x = -4, x = 0",
        wrap=True,
        expected=False,
        why="Multiple solutions (allowMultipleSolutions): not equivalent, extra 0",
    ),
    # Domain restrictions (option isDomainRestriction); single-backslash TS escapes as read
    _c(
        R1,
        R1_AT,
        gold=r"$x in mathbb{R} setminus {0}$",
        pred=r"$x in mathbb{R} setminus {0}$",
        wrap=True,
        expected=True,
        why="Domain restrictions (isDomainRestriction): same string",
    ),
    # Complex numbers (option isComplexNumber)
    _c(
        R1,
        R1_AT,
        gold=r"3 + 4i",
        pred=r"3 + 4i",
        wrap=True,
        expected=True,
        why="Complex numbers (isComplexNumber): identical",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3+4i",
        pred=r"3 + 4i",
        wrap=True,
        expected=True,
        why="Complex numbers (isComplexNumber): spacing",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5 + i",
        pred=r"(3 + 4i) + (2 - 3i)",
        wrap=True,
        expected=True,
        why="Complex numbers (isComplexNumber): sum",
    ),
    # Square roots and other functions
    _c(
        R1,
        R1_AT,
        gold=r"2\sqrt{2}",
        pred=r"\sqrt{8}",
        wrap=True,
        expected=True,
        why="Square roots: sqrt 8",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4",
        pred=r"\sqrt{16}",
        wrap=True,
        expected=True,
        why="Square roots: sqrt 16",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1",
        pred=r"\sin^2(x) + \cos^2(x)",
        wrap=True,
        expected=True,
        why="Trigonometric: Pythagorean identity",
    ),
    _c(R1, R1_AT, gold=r"0", pred=r"\sin(0)", wrap=True, expected=True, why="Trigonometric: sin 0"),
    _c(R1, R1_AT, gold=r"1", pred=r"\cos(0)", wrap=True, expected=True, why="Trigonometric: cos 0"),
    _c(
        R1,
        R1_AT,
        gold=r"2",
        pred=r"\log_{10}(100)",
        wrap=True,
        expected=True,
        why="Logarithmic: log base 10 of 100",
    ),
    _c(R1, R1_AT, gold=r"1", pred=r"\ln(e)", wrap=True, expected=True, why="Logarithmic: ln e"),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"e^{\ln(5)}",
        wrap=True,
        expected=True,
        why="Logarithmic: e^ln 5",
    ),
    # Integrals (option isIntegral)
    _c(
        R1,
        R1_AT,
        gold=r"x^2 + c",
        pred=r"x^2 + C",
        wrap=True,
        expected=True,
        why="Integrals (isIntegral): constant letter case",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x^3/3 + C",
        pred=r"\frac{x^3}{3} + C",
        wrap=True,
        expected=True,
        why="Integrals (isIntegral): LaTeX vs slash fraction",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x^2 + C",
        pred=r"x^2+C",
        wrap=True,
        expected=True,
        why="Integrals (isIntegral): constant spacing",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"x^2 +C",
        pred=r"x^2+ C",
        wrap=True,
        expected=True,
        why="Integrals (isIntegral): constant spacing",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5x^2 + C",
        pred=r"\frac{1}{2}x^2 + C",
        wrap=True,
        expected=True,
        why="Integrals (isIntegral): 1/2 vs 0.5 coefficient",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5x^2 + x + C",
        pred=r"\frac{x^2}{2} + \frac{x}{1} + C",
        wrap=True,
        expected=True,
        why="Integrals (isIntegral): different but equivalent forms",
    ),
    # Edge cases
    _c(
        R1,
        R1_AT,
        gold=r"3x+2",
        pred=r"3x + 2",
        wrap=True,
        expected=True,
        why="Edge cases: whitespace",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3x+2",
        pred=r"  3x  +  2  ",
        wrap=True,
        expected=True,
        why="Edge cases: extra whitespace",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3x",
        pred=r"3*x",
        wrap=True,
        expected=True,
        why="Edge cases: explicit multiplication",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3x",
        pred="3\u2217x",
        wrap=True,
        expected=True,
        why="Edge cases: Unicode asterisk operator U+2217",
    ),
    # --- mathleap: isCorrect({solution: gold}, pred)
    _c(R2, R2_AT, gold=r"13", pred=r"13", wrap=True, expected=True, why="#isCorrect expression"),
    _c(
        R2,
        R2_AT,
        gold=r"13",
        pred=r"13=x",
        wrap=True,
        expected=True,
        why="#isCorrect equation (solution written as 13=x)",
    ),
    _c(R2, R2_AT, gold=r"13", pred=r"y=10", wrap=True, expected=False, why="#isCorrect false"),
    _c(
        R2,
        R2_AT,
        gold=r"y=3x-8",
        pred=r"y=3x-8",
        wrap=True,
        expected=True,
        why="#isCorrect point-slope to slope-intercept",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"q=3-p",
        pred=r"q=-p+3",
        wrap=True,
        expected=True,
        why="#isCorrect 2 variable equation",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"3x+y-6",
        pred=r"y-6+3x",
        wrap=True,
        expected=True,
        why="#isCorrect polynomial grouping",
    ),
]
