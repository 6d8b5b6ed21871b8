r"""A thirty-ninth fresh set of answer-equivalence cases (evaluation only; helper "a":
test suites of answer checkers written in JavaScript/TypeScript, Go, Rust, Java, C# or Kotlin --
edtech maths-input checkers and quiz apps' answer comparison).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh39_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- oppia/oppia-android (the Oppia learning app for Android; Kotlin, Robolectric) @
  eb8e44c60147eeaa07ab1e0c21097b7dce039d19:
  ``domain/src/test/java/org/oppia/android/domain/classify/rules/algebraicexpressioninput/
  AlgebraicExpressionInputIsEquivalentToRuleClassifierProviderTest.kt`` and
  ``.../mathequationinput/MathEquationInputIsEquivalentToRuleClassifierProviderTest.kt``.
  Parameterised tests: each ``@Iteration(name, "answer=...", "input=...")`` feeds the learner's
  ``answer`` and the creator's rule ``input`` to the ``IsEquivalentTo`` classifier, and the test
  body asserts ``assertThat(matches).isTrue()`` or ``.isFalse()``. Gold is the creator's
  ``input``, pred the learner's ``answer`` (bare, ``wrap`` True), strings exactly as written
  (spaces, U+2212 minus, U+00D7 times, en dash kept). The verdict is the test body's assertion,
  not the iteration's label: the sheet-driven "assorted" tests contain labels such as
  ``(1 - 3x)^2!=(3x-1)^2`` inside the ``returnsTrue`` test and ``Y==Y+5`` inside the
  ``returnsFalse`` test. The equation classifier compares solution sets (``y-3x^2=-4`` equals
  ``y = 3x^2 - 4``; ``xy=x^2`` does not equal ``y=x``). Apache-2.0 (``LICENSE``).
- Pollis22/JIE-mastery-tutor ``tests/answerChecker.test.ts`` @
  f62c586b997be547a210b03c99f7b191b2ccd300 (an AI tutoring app's TypeScript
  ``answerChecker.checkAnswer(expected, user, type)``; ``expect(result.ok).toBe(true / false)``;
  gold the first argument, pred the learner's reply, bare). No license file in the snapshot
  (afcb100bd844ede3c27472c18235822b4064c51e, whose copy of the test is the same commit's).
- vasubawa/EnVision ``src/lib/mathCheck.test.ts`` @ c3d805ed742d3b9f30814f53a6654051f99a1a10
  (a whiteboard tutor's TypeScript ``equivalent(a, b)`` for algebra steps and arithmetic claims;
  ``assert.equal(equivalent(a, b), true / false)``; gold the first argument, the earlier step,
  pred the second; two equations are equivalent when they have the same solution). No license
  file in the newest snapshot (670b8910801450830795f8ef1444daf3b6414b9b; its tree no longer
  holds the test, so the stored version was read).

Left out, by rule: oppia-android -- the cap of 60 cases a project: of the 164 iterations of the
algebraic-expression suite's two "assorted" tests (``..._withMatchingCharacteristics_returnsTrue``
then ``..._withoutMatchingCharacteristics_returnsFalse``, in file order) every fourth, starting
with the first (41 cases), and of the 33 iterations of the equation suite's two "assorted" tests
every second, starting with the first (17 cases); the other tests of both files (single terms,
commutativity, associativity, distribution drills, the "disallowed variable" and "cannot become a
polynomial" tests, which assert the classifier's own limits on identical inputs) and the
numeric-expression, fraction, ratio and numeric-input suites were not taken. JIE-mastery-tutor:
its multiple-choice (letter) and short-text (spelling, substring) tests, ``normalize``, ``safeEval``
and Levenshtein tests (not answer comparisons), and the ``auto`` tests on non-numbers
(``a``/``a``, ``hello``/``hello``). EnVision: the test that expects a throw for a second
variable and the ``reviewAlgebra`` board tests (multi-line step review, not a pair of answers).

Examined and not used: Siphon880gh/mental-math ``src/lib/grading.test.ts`` (claimed; five
numeric ``gradeAnswer`` rows, one of them a partial ``"close"`` verdict; no snapshot could be
fetched, so its license could not be checked); petmal/MindTrial ``validators/validator_test.go``
(text-normalisation rules for LLM answers, no maths values); Lipao9/raqmatch (not an answer
checker); chuma-beep/mathua, srispace1645/TestMyNoetic, Knowre-Dev/locian-algorithm and
pie-framework/math-validation (used by earlier sets). A Go ``TestMathEquivalenceStress`` table
(``package scoring``, ``validateMathEquivalence(actual, expected, config)``, about 48 rows) and a
TypeScript polynomial-guessing ``isEquivalent(expr, SECRET)`` suite were found in the text index
but could not be tied to a repository, so they are not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "oppia/oppia-android"

_R1_DIR = "domain/src/test/java/org/oppia/android/domain/classify/rules"

_R1_COMMIT = "eb8e44c60147eeaa07ab1e0c21097b7dce039d19"

R1_ALG = (
    f"{_R1_DIR}/algebraicexpressioninput/"
    f"AlgebraicExpressionInputIsEquivalentToRuleClassifierProviderTest.kt@{_R1_COMMIT}"
)

R1_EQ = (
    f"{_R1_DIR}/mathequationinput/"
    f"MathEquationInputIsEquivalentToRuleClassifierProviderTest.kt@{_R1_COMMIT}"
)

R2 = "Pollis22/JIE-mastery-tutor"

R2_AT = "tests/answerChecker.test.ts@f62c586b997be547a210b03c99f7b191b2ccd300"

R3 = "vasubawa/EnVision"

R3_AT = "src/lib/mathCheck.test.ts@c3d805ed742d3b9f30814f53a6654051f99a1a10"

CASES = [
    # oppia-android: IsEquivalentTo classifiers (gold = creator's rule input, pred = learner's
    # answer); the algebraic-expression suite's "assorted" iterations, every fourth
    _c(
        R1,
        R1_ALG,
        gold=r"(3x-1)^2",
        pred=r"3x(3x - 2) + 1",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '3x(3x - 2) + 1==(3x-1)^2' (assorted iteration 1 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x+1)^2",
        pred=r"x^2+2x+1",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'x^2+2x+1==(x+1)^2' (assorted iteration 5 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x^2-1)/(x-1)",
        pred=r"x+1",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'x+1==(x^2-1)/(x-1)' (assorted iteration 9 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"2*(2+6+3+4)",
        pred=r"2 × (2+6+3+4)",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '2 × (2+6+3+4)==2*(2+6+3+4)' (assorted iteration 13 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"5+2",
        pred=r"2+5",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '2+5==5+2' (assorted iteration 17 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"6 − (− 4)",
        pred=r"− (− 4) + 6",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '− (− 4) + 6==6 − (− 4)' (assorted iteration 21 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"6 − (− 4)",
        pred=r"3 * 2 − (− 4)",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '3 * 2 − (− 4)==6 − (− 4)' (assorted iteration 25 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"1000 + 200 + 30 + 4 + 0.5 + 0.06",
        pred=r"1000 + 200 + 30 + 4 + 0.5 + 0.06",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '1000 + 200 + 30 + 4 + 0.5 + 0.06==1000 + 200 + 30 + 4 + 0.5 + 0.06' (assorted iteration 29 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"1000 + 200 + 30 + 4 + 0.5 + 0.06",
        pred=r"123456/100",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '123456/100==1000 + 200 + 30 + 4 + 0.5 + 0.06' (assorted iteration 33 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"2 * 2 * 3 * 3",
        pred=r"2 * 2 * 3 * 3",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '2 * 2 * 3 * 3==2 * 2 * 3 * 3' (assorted iteration 37 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"2 * 2 * 3 * 3",
        pred=r"8/2 * 3 * 3",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '8/2 * 3 * 3==2 * 2 * 3 * 3' (assorted iteration 41 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"3+x-5",
        pred=r"3+x-5",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '3+x-5==3+x-5' (assorted iteration 45 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"5*Z-w",
        pred=r"5*Z-w",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '5*Z-w==5*Z-w' (assorted iteration 49 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"L*S-3S+L",
        pred=r"LS-3*S+L",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'LS-3*S+L==L*S-3S+L' (assorted iteration 53 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"c*b-c",
        pred=r"cb-c",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'cb-c==c*b-c' (assorted iteration 57 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"x^2+y+4x",
        pred=r"y+4x+x^2",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'y+4x+x^2==x^2+y+4x' (assorted iteration 61 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"a^2+b^2+c^2+2a*b+2a*c+2bc",
        pred=r"a^2 + b^2 + c^2+ 2a*b  + 2a*c + 2bc",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'a^2 + b^2 + c^2+ 2a*b  + 2a*c + 2bc==a^2+b^2+c^2+2a*b+2a*c+2bc' (assorted iteration 65 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"a^2+b^2+c^2+2a*b+2a*c+2bc",
        pred=r"a*a + b*b + c*c + 2*a*b + 2*a*c + 2*b*c",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'a*a + b*b + c*c + 2*a*b + 2*a*c + 2*b*c==a^2+b^2+c^2+2a*b+2a*c+2bc' (assorted iteration 69 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"9x^2 − 6x + 1",
        pred=r"1 - 6x + 9x^2",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '1 - 6x + 9x^2==9x^2 − 6x + 1' (assorted iteration 73 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"x+1+2",
        pred=r"1+x+2",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '1+x+2==x+1+2' (assorted iteration 77 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"9x(x − 6) + 1+ y",
        pred=r"y+1+ 9x(x − 6)",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'y+1+ 9x(x − 6)==9x(x − 6) + 1+ y' (assorted iteration 81 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x^2 − x)/3 − 4y",
        pred=r"(x^2 − x)/3 − 4y",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '(x^2 − x)/3 − 4y==(x^2 − x)/3 − 4y' (assorted iteration 85 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x^2 − x)/3 − 4y",
        pred=r"x^2/3 − (x/3 + 4y)",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'x^2/3 − (x/3 + 4y)==(x^2 − x)/3 − 4y' (assorted iteration 89 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"2*(2+6+3+4)",
        pred=r"(2+6+3+4)*2",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '(2+6+3+4)*2==2*(2+6+3+4)' (assorted iteration 93 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"15 - (6 × 2) + 3",
        pred=r"15 - (2 × 6) + 3",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '15 - (2 × 6) + 3==15 - (6 × 2) + 3' (assorted iteration 97 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"3 * 10^-5",
        pred=r"30 * 10^−6",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '30 * 10^−6==3 * 10^-5' (assorted iteration 101 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"5+2",
        pred=r"7",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '7==5+2' (assorted iteration 105 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"3+x-5",
        pred=r"-5+3+x",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '-5+3+x==3+x-5' (assorted iteration 109 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"Z+A-Z",
        pred=r"A+Z-Z",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'A+Z-Z==Z+A-Z' (assorted iteration 113 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"5*Z-W",
        pred=r"-W+5Z",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '-W+5Z==5*Z-W' (assorted iteration 117 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x^2 − x)/3 − 4y",
        pred=r"x(x  − 1)/3 − 4y",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'x(x  − 1)/3 − 4y==(x^2 − x)/3 − 4y' (assorted iteration 121 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"a^2+b^2+c^2+2a*b+2a*c+2bc",
        pred=r"(a + b)^2 + c^2 + 2a*c + 2bc",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '(a + b)^2 + c^2 + 2a*c + 2bc==a^2+b^2+c^2+2a*b+2a*c+2bc' (assorted iteration 125 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"9x^2 − 6x + 1",
        pred=r"3x(3x  − 2) + 1",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration '3x(3x  − 2) + 1==9x^2 − 6x + 1' (assorted iteration 129 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"x^2+y+4x",
        pred=r"x(x+4)+y",
        wrap=True,
        expected=True,
        why="withMatchingCharacteristics_returnsTrue: @Iteration 'x(x+4)+y==x^2+y+4x' (assorted iteration 133 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"3 * 10^-5",
        pred=r"2 * 10^−5",
        wrap=True,
        expected=False,
        why="withoutMatchingCharacteristics_returnsFalse: @Iteration '2 * 10^−5!=3 * 10^-5' (assorted iteration 137 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"6 − (− 4)",
        pred=r"6 − 4",
        wrap=True,
        expected=False,
        why="withoutMatchingCharacteristics_returnsFalse: @Iteration '6 − 4!=6 − (− 4)' (assorted iteration 141 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"2 * 2 * 3 * 3",
        pred=r"2 * 3 * 3 * 3",
        wrap=True,
        expected=False,
        why="withoutMatchingCharacteristics_returnsFalse: @Iteration '2 * 3 * 3 * 3!=2 * 2 * 3 * 3' (assorted iteration 145 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x^2 − x)/3 − 4y",
        pred=r"(x^2 − x)*0.33 - 4y",
        wrap=True,
        expected=False,
        why="withoutMatchingCharacteristics_returnsFalse: @Iteration '(x^2 − x)*0.33 - 4y!=(x^2 − x)/3 − 4y' (assorted iteration 149 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(3x-1)^2",
        pred=r"9x^2 - 6x - 1",
        wrap=True,
        expected=False,
        why="withoutMatchingCharacteristics_returnsFalse: @Iteration '9x^2 - 6x - 1!=(3x-1)^2' (assorted iteration 153 of 164)",
    ),
    _c(
        R1,
        R1_ALG,
        gold=r"(x+2)^2",
        pred=r"x^2+2x+1",
        wrap=True,
        expected=False,
        why="withoutMatchingCharacteristics_returnsFalse: @Iteration 'x^2+2x+1!=(x+2)^2' (assorted iteration 157 of 164)",
    ),
]
