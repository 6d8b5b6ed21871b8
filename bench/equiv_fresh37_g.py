r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "g":
answer checkers written in languages other than Python, with their unit tests).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- kylemichaelrocero1-cell/patts-exam-portal (a calculus exam portal; JavaScript marker on
  @cortex-js/compute-engine plus a Postgres ``math_answers_match`` function)
  ``sql/test/minus_numerator.test.mjs`` @ 1012c1c845f2fb8a281e983e2c795749edf1972b: a ``CASES``
  table ``[student, key, same answer?, why]`` that the script checks against
  ``math_answers_match(student, key)``, ``worked_answer_verdict`` and the JavaScript
  ``markAnswer``, then a "nothing else moved" table ``[a, k, same]``; and
  ``src/lib/__tests__/mathCheck.test.mjs`` @ 1012c1c845f2fb8a281e983e2c795749edf1972b
  (``equivalent(E(a), E(b)) === 'equal' | 'different'``, ``markAnswer([student], key)`` marks
  full or zero, ``acceptedFormVerdict(form, key)``). No license file.
- eightbit6510/wiskunde-wilds (a Dutch maths game; TypeScript, vitest)
  ``src/utils/mathAnswerValidation.test.ts`` @ 4ba4fbc5864b90c1b1f62e82652bb8cb526414d4
  (``mathAnswersEqual(user, expected)``, ``mathAnswerMatches(user, number)``,
  ``answersMatch(user, expected)``; ``:`` is the Dutch division sign). No license file.
- aaryanpatel160/quant-probability-lab (TypeScript, vitest) ``src/lib/answer.test.ts`` @
  392c17fbc552b5aa665a7892af6f690bd9f30a58 (``checkAnswer(spec, response).correct``; a rational
  spec ``{numerator: 3, denominator: 8}`` is stored as the gold ``3/8``, a numeric spec by its
  value). No license file.

Left out, by rule:
- patts-exam-portal, minus_numerator.test.mjs: the three "before 033: the bug" checks (they pin
  the old, wrong behaviour: ``\frac{-1}{2}`` not matching ``-\frac{1}{2}``, and so on); the
  "nothing else moved" row ``y'=\frac{1}{x}`` vs ``y'=x^{-1}`` asserted *not* to match (a form
  policy of the SQL matcher: the same project's ``acceptedFormVerdict`` calls the pair equal,
  and that row is kept below); the row ``\frac{-1}{2}`` vs ``-0.5`` of that table repeats a
  ``CASES`` row and is kept once.
- patts-exam-portal, mathCheck.test.mjs: line parsing, ``freeVars``, ``sameEquation`` /
  ``checkStep`` / ``checkWork`` / ``differentiate`` / ``indefiniteIntegrand`` (whether a line of
  working follows from the previous one: process, not a final answer) and ``markWork`` marks
  (partial credit); ``markAnswer`` refusals that the test itself calls form policies (a bare
  ``5`` against the labelled key ``y'=5``, the "near miss" ``y'=5(1)x^{1-1}``, ``2x=6`` against
  ``x=3`` "however equivalent", copying the integral back); the Q23 group, whose verdicts
  depend on the item's ``accept`` list (multi-gold); the three-valued ``!== 'different'`` /
  ``!== 'equal'`` checks of ``acceptedFormVerdict``; pairs repeating an earlier case. The
  project reaches the cap of 60 cases in file order at the integral group (``y=x^2``), so the
  rest of that file (the key's own ``+C``, the wrong antiderivative, the differential-equation
  group and whatever follows the first 16,000 of its 19,107 characters) is not taken.
- wiskunde-wilds: the ``normalizeMathInput`` / ``extractExpression`` / parser tests (no
  verdict); ``answersMatch('c', 'c')`` (option ids) and ``answersMatch('waar', true)`` (a
  boolean item); the ``acceptedAnswers`` array case (multi-gold); pairs repeating an earlier
  case (the ``answersMatch`` integration and "existing lesson answers" rows mostly repeat the
  ``mathAnswersEqual`` ones).
- quant-probability-lab: ``parseNumericResponse`` tests (parsing only); ``33.34%`` against
  ``33.33`` with tolerance 0.02 (a positive only by the item's tolerance); the self-graded
  item (verdict ``null``).

Examined and not used: CoderDayton/verifiable-thinking-mcp ``answersMatch`` (bun) suite and
RupertLinacre/brain_bombing ``answersMatch`` (used by earlier sets); hulianui/hulian
``packages/ui/src/math-field/cas.test.ts`` (claimed in an earlier round); olsenbrands/grade-math
``answer-comparator.test.ts``, oscardef/TutorAssist ``math-utils.test.ts``, thekasyap/thinkbot,
pie-framework/math-validation, Knowre-Dev/locian-algorithm (used); jedimasterjonny/exactis
``src/lib/answer.test.ts`` (not a maths checker); a Chinese OlymMATH grader in Rust
(``answers_match`` over ``\boxed{}`` with ``numeric_equivalent``) and a Go ``TestEquivalentAnswer``
probe whose repositories could not be identified within the look-up budget; a Go
``TestNormalizeAnswer`` table (normalisation only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "kylemichaelrocero1-cell/patts-exam-portal"
R1_AT = "sql/test/minus_numerator.test.mjs@1012c1c845f2fb8a281e983e2c795749edf1972b"
R1B_AT = "src/lib/__tests__/mathCheck.test.mjs@1012c1c845f2fb8a281e983e2c795749edf1972b"
R2 = "eightbit6510/wiskunde-wilds"
R2_AT = "src/utils/mathAnswerValidation.test.ts@4ba4fbc5864b90c1b1f62e82652bb8cb526414d4"
R3 = "aaryanpatel160/quant-probability-lab"
R3_AT = "src/lib/answer.test.ts@392c17fbc552b5aa665a7892af6f690bd9f30a58"

# minus_numerator.test.mjs CASES: [student, key, same answer?, why]
_MINUS = [
    (r"\frac{-6}{(2u+1)^4}", r"-\frac{6}{(2u+1)^4}", True, "one digit on top"),
    (r"-\frac{6}{(2u+1)^4}", r"\frac{-6}{(2u+1)^4}", True, "and the other way round"),
    (r"\frac{-6}{\left(2u+1\right)^{4}}", r"-\frac{6}{(2u+1)^4}", True, "as the editor writes it"),
    (r"p^{\prime}(u)=\frac{-6}{(2u+1)^4}", r"p'(u)=-\frac{6}{(2u+1)^4}", True, "with a label"),
    (r"\frac{dy}{dx}=\frac{-x}{y}", r"\frac{dy}{dx}=-\frac{x}{y}", True, "one letter on top"),
    (r"\frac{-2x}{3y^{2}}", r"-\frac{2x}{3y^2}", True, "one term on top"),
    (r"\frac{-x^{2}}{y}", r"-\frac{x^2}{y}", True, "a power on top"),
    (r"3+\frac{-1}{x}", r"3-\frac{1}{x}", True, "after a plus"),
    (r"3-\frac{-1}{x}", r"3+\frac{1}{x}", True, "after a minus, the two cancel"),
    (r"(\frac{-1}{x})", r"-\frac{1}{x}", True, "inside brackets"),
    (r"\dfrac{-6}{7x}", r"-\frac{6}{7x}", True, r"a \dfrac"),
    (r"\frac{-1}{2}", r"-\frac{1}{2}", True, "a number: one digit on top"),
    (r"\frac{-1}{2}", r"-0.5", True, "and as a decimal"),
    (r"\frac{-3}{4}", r"-\frac{3}{4}", True, "three quarters"),
    (r"\frac{-12}{5}", r"-2.4", True, "two digits on top"),
    (r"\frac{12}{5}", r"2.4", True, "twelve fifths, which 030 had broken"),
    (r"\frac{-1}{12}", r"-\frac{1}{12}", True, "two digits underneath"),
    (r"L=\frac{-1}{2}", r"-\frac{1}{2}", True, "a limit with a label"),
    (
        r"\frac{-1-w^2}{(w^2+1)^2}",
        r"-\frac{1-w^2}{(w^2+1)^2}",
        False,
        "two terms on top: not the same",
    ),
    (
        r"\frac{-1-w^2}{(w^2+1)^2}",
        r"\frac{1-w^2}{(w^2+1)^2}",
        False,
        "nor the same without the sign",
    ),
    (r"x\frac{-1}{2}", r"x-\frac{1}{2}", False, "after a factor the sign cannot move out"),
    (r"\frac{6}{(2u+1)^4}", r"-\frac{6}{(2u+1)^4}", False, "a lost sign is still wrong"),
    (r"\frac{-6}{(2u+1)^4}", r"\frac{6}{(2u+1)^4}", False, "an added sign is still wrong"),
    (r"-\frac{-6}{(2u+1)^4}", r"-\frac{6}{(2u+1)^4}", False, "two signs are not one"),
    (r"\frac{-6}{(2u+1)^3}", r"-\frac{6}{(2u+1)^4}", False, "a wrong denominator is still wrong"),
    (r"\frac{1}{2}", r"-\frac{1}{2}", False, "a number with its sign lost is wrong"),
    (r"\frac{-1}{2}", r"\frac{1}{2}", False, "and with a sign added"),
    (r"\frac{-1}{3}", r"-\frac{1}{2}", False, "and a different number"),
]

# minus_numerator.test.mjs "nothing else moved": [a, k, same] with match(a, k)
_MOVED = [
    (r"f^{\prime\prime}(x)=12x^2-12x", r"f''(x)=12x^2-12x", True),
    (r"\frac{1}{2}", r"0.5", True),
    (r"3y^{2}y^{\prime}", r"3y^2y'", True),
]

# mathCheck.test.mjs, in file order: (pred, gold, expected, why)
_MATHCHECK = [
    # equivalent(E(a), E(b)) === 'equal' / 'different'
    (r"5(1)x^{1-1}", r"5", True, "equivalent: 5(1)x^{1-1} is 5"),
    (r"x^{-1}", r"\frac{1}{x}", True, "equivalent: x^{-1} is 1/x"),
    (r"(x+1)^2", r"x^2+2x+1", True, "equivalent: (x+1)^2 expands"),
    (r"\sin^2 x+\cos^2 x", r"1", True, "equivalent: the Pythagorean identity holds"),
    (r"e^{\ln x}", r"x", True, "equivalent: e^{ln x} is x"),
    (r"\frac{x^2-1}{x-1}", r"x+1", True, "equivalent: a removable hole does not break a match"),
    (r"5x", r"5x+1", False, "equivalent: 5x is not 5x+1"),
    (r"\sqrt{x^2}", r"x", False, "equivalent: sqrt(x^2) is NOT x"),
    (r"\sqrt{x^2}", r"|x|", True, "equivalent: sqrt(x^2) IS |x|"),
    (r"x+y", r"2x", False, "equivalent: x+y is not 2x"),
    # markAnswer([student], key) full marks or none; key y'=5
    (r"y'=5", r"y'=5", True, "markAnswer: the right answer takes every mark"),
    (r"y'=5x", r"y'=5", False, "markAnswer: a wrong answer takes none"),
    # MATH 117 Q27, key f''(x)=12x^2-12x ("the label is part of the answer")
    (
        r"f(x)=12x^2-12x",
        r"f''(x)=12x^2-12x",
        False,
        "markAnswer Q27: f(x) = ... is wrong for a second derivative",
    ),
    (
        r"f^{\prime}(x)=12x^2-12x",
        r"f''(x)=12x^2-12x",
        False,
        "markAnswer Q27: f'(x) = ... is wrong",
    ),
    (
        r"y^{\prime\prime}=12x^2-12x",
        r"f''(x)=12x^2-12x",
        True,
        "markAnswer Q27: y'' stands in for f''(x)",
    ),
    (
        r"\frac{d^2y}{dx^2}=12x^2-12x",
        r"f''(x)=12x^2-12x",
        True,
        "markAnswer Q27: d^2y/dx^2 stands in for f''(x)",
    ),
    (r"g''(x)=12x^2-12x", r"f''(x)=12x^2-12x", False, "markAnswer Q27: g''(x) is wrong"),
    (r"f''(t)=12x^2-12x", r"f''(x)=12x^2-12x", False, "markAnswer Q27: f''(t) is wrong"),
    (r"F''(x)=12x^2-12x", r"f''(x)=12x^2-12x", False, "markAnswer Q27: F''(x) is wrong"),
    (r"f(x)=12x^2", r"f''(x)=12x^2-12x", False, "markAnswer Q27: a wrong value"),
    # a key with no label, 6
    (r"6", r"6", True, "markAnswer: a key with no label: 6 is right"),
    (r"L=6", r"6", True, "markAnswer: a key with no label: L = 6 is right"),
    # acceptedFormVerdict(form, key) === 'equal' / 'different'
    (
        r"dy/dx=-x/y",
        r"\frac{dy}{dx}=-\frac{x}{y}",
        True,
        "acceptedFormVerdict: a Leibniz label is judged as a label",
    ),
    (
        r"dy/dx=x/y",
        r"\frac{dy}{dx}=-\frac{x}{y}",
        False,
        "acceptedFormVerdict: a wrong value after it is still different",
    ),
    (r"y'=x^{-1}", r"y'=\frac{1}{x}", True, "acceptedFormVerdict: x^{-1} and 1/x"),
    (r"x^{-2}", r"\frac{1}{x}", False, "acceptedFormVerdict: x^{-2} is not 1/x"),
    # key x=3
    (r"x=3", r"x=3", True, "markAnswer solving: x=3 is the answer"),
    # key y=x^2+C, given y=\int 2x\,dx
    (
        r"y=x^2+K",
        r"y=x^2+C",
        True,
        r"markAnswer (given y=\int 2x\,dx): an integral takes any constant",
    ),
    (r"y=x^2", r"y=x^2+C", True, r"markAnswer (given y=\int 2x\,dx): and none at all"),
]

# mathAnswerValidation.test.ts: (user, expected, verdict, why)
_WISK = [
    *[
        (u, "n=(T-20)/5", True, "mathAnswersEqual: formula for n in terms of T, accepts")
        for u in [
            "n=(T-20)/5",
            "n=(T-20):5",
            "(T-20)/5",
            "(T-20):5",
            "n=T/5-4",
            "T/5-4",
            "n = (T - 20) : 5",
            "N=(t-20)/5",
        ]
    ],
    *[
        (u, "n=(T-20)/5", False, "mathAnswersEqual: formula for n in terms of T, rejects")
        for u in ["n=(T-20)/4", "n=(T+20)/5", "n=T/5+4", "n=5/(T-20)", "hello"]
    ],
    *[
        (u, "l=(P-2b)/2", True, "mathAnswersEqual: perimeter formula, accepts")
        for u in ["l=(P-2b)/2", "ℓ=(P-2b)/2", "l=P/2-b", "l=(P-2*b)/2", "(P-2b):2"]
    ],
    ("5:6", "5/6", True, "mathAnswersEqual: accepts colon fractions"),
    ("2:3", "2/3", True, "mathAnswersEqual: accepts colon fractions"),
    ("6", "6", True, "mathAnswerMatches('6', 6)"),
    ("12/2", "6", True, "mathAnswerMatches('12/2', 6)"),
    ("7", "6", False, "mathAnswerMatches('7', 6)"),
    ("5/6", "5/6", True, "answersMatch: fraction answers from Konijnenhol / Bergmissie"),
    ("2/3", "2/3", True, "answersMatch: fraction answers from Konijnenhol / Bergmissie"),
]

CASES = [
    *[
        _c(R1, R1_AT, gold=k, pred=a, wrap=True, expected=same, why=f"CASES: {why}")
        for a, k, same, why in _MINUS
    ],
    *[
        _c(R1, R1_AT, gold=k, pred=a, wrap=True, expected=same, why="nothing else moved")
        for a, k, same in _MOVED
    ],
    *[
        _c(R1, R1B_AT, gold=g, pred=p, wrap=True, expected=ok, why=why)
        for p, g, ok, why in _MATHCHECK
    ],
    *[_c(R2, R2_AT, gold=g, pred=p, wrap=True, expected=ok, why=why) for p, g, ok, why in _WISK],
    # checkAnswer({kind: 'rational', numerator: 3, denominator: 8}, response).correct
    _c(
        R3,
        R3_AT,
        gold=r"3/8",
        pred=r"6/16",
        wrap=True,
        expected=True,
        why="accepts equivalent rational forms (rational spec 3/8)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"3/8",
        pred=r"37.5%",
        wrap=True,
        expected=True,
        why="accepts equivalent rational forms (rational spec 3/8)",
    ),
    # checkAnswer({kind: 'numeric', value: 2.5, tolerance: 0.01}, '2.52').correct === false
    _c(
        R3,
        R3_AT,
        gold=r"2.5",
        pred=r"2.52",
        wrap=True,
        expected=False,
        why="applies numeric tolerance (value 2.5, tolerance 0.01)",
    ),
]
