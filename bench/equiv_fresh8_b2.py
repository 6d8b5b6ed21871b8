r"""An eighth fresh set of answer-equivalence cases (evaluation only; collector "b", second part:
graders written in Rust, TypeScript and Go, and an agent framework's math verifier; the first part
is bench/equiv_fresh8_b.py, whose docstring gives the conventions: ``gold`` the reference, ``pred``
a bare answer to be boxed when ``wrap`` is True, else the whole completion as the test passes it;
``expected`` the verdict the test asserts; ``where`` is ``path@commit``; strings are the values the
test's language reads from its literals, a Go ``"\u2212"`` escape stored as the character). Do not
tune the judge on these cases.

Sources (repo, path @ commit, function as called in the test, license of the stored copy):

- yhc007/pekko-agent ``crates/pekko-agent-tools/src/builtin/math_answer_check.rs`` @
  30b5417dc323e9b539e2f25bb16e7d3f82aec2e0 (Rust ``#[cfg(test)]``): ``grade_answer(pred, gt)`` and
  the ``math_answer_check`` tool (``prediction``, ``ground_truth``) of a Rust port of
  ``reasoning_from_scratch/ch03.py`` (rasbt/reasoning-from-scratch, Apache-2.0). The port's own
  grading tests differ substantially from the original's ``tests/test_ch03.py`` (only the extraction
  and normalisation tables are mirrored, and those are not transcribed here), so its grading pairs
  are used. No license file in the stored copy of the port.
- rodrigo-barraza/prism-service ``src/services/benchmark/__tests__/answerExtraction.test.ts`` @
  57f2ad580ccb1f8eec79476af555fc9d6446ba7f (vitest): ``mathEquivalent(actual, expected)``;
  ``src/services/benchmark/__tests__/scorers.test.ts`` @ 57f2ad580ccb1f8eec79476af555fc9d6446ba7f:
  ``gradeSample([{type: "math"}], ...)`` / ``[{type: "numeric"}]`` with the case ``target`` (gold)
  and the model output ``text`` (pred). No license file in the stored copy.
- jrlmx2/oscillitron ``oscillitron/pkg/benchmark/grader/boxed_test.go`` @
  0cdb87a08e956ea49fdd068fa8a7c650bde88954 (Go ``testing``): ``BoxedAnswer{}.Grade(ctx,
  Case{Expected}, Answer{Raw})``; MIT (LICENSE).
- tayi-ai/arandu-attempt (Go; package ``answer``, "math.numeric_exact_rational.v1", the reward
  verifier of an RL attempt runner) @ 630d08c159e5eade1a4e7e0d463aa8363a24beb2:
  ``tests/Unit/Answer/verify_test.go`` and ``tests/Unit/Answer/reference_test.go``:
  ``answer.Verify(response, reference)`` (response = ``pred``, the whole completion, GSM8K ``####
  x`` lines and ``\boxed`` included; reference = ``gold``); ``tests/Unit/Answer/parse_test.go``:
  ``answer.Parse(a).Cmp(answer.Parse(b))`` (``TestParseEqualNotations``: every spelling of a group
  equals the group's first, stored as gold = the first, pred = the other, wrapped unless written in
  ``$...$``; ``TestParseComparesExactValues``: pairs that must differ, stored as gold = b, pred =
  a). ``SIXTY`` is the test file's sixty-digit constant. No license file in the stored copy.
- Phuoc2507/GeometryPro ``research/vsgeo-bench/grader/__tests__/compare.test.ts`` @
  d408166ab5847237e6fe62946f229715ac81159f, ``.../grade.test.ts`` @
  a93255d6004821b242927e85f82095e2757b9035 and ``.../adversarial.test.ts`` @
  8d7d4db276ec1ad2edce8d878de4b1d44c2a7beb (vitest; the LLM-output grader of a Vietnamese geometry
  benchmark): ``compareScalar`` / ``compareRatio`` / ``comparePoint`` / ``comparePlane(model,
  truth)`` and ``grade(modelOutput, {canonical, type})``. No license file in the stored copy.
- camel-ai/camel ``test/verifiers/test_math_verifier.py`` @
  446bd330f080d0fe8c7d3f7aefb0523c877ea6eb: ``MathVerifier().verify(solution, reference_answer)``
  (math-verify based); Apache-2.0 (file header).

Left out, by rule: multiple-choice letters (pekko-agent ``C`` / ``E`` vs ``\text{(C)}`` /
``\text{(E)}`` / ``\text{(D)}``, prism-service ``\text{(B)}`` vs ``(B)``); the percent policy
(prism-service ``10\%`` = ``10``); whitespace-tokenisation policies (pekko-agent ``1 2`` vs ``12``,
``sin x`` vs ``sinx``) and a port limitation stated against the original and against mathematical
equality (pekko-agent ``-2, 1`` vs ``-2,1``, ``2x+3x`` vs ``5x``, ``2*x`` vs ``x*2``, all asserted
False because the port has no CAS); strict-box policy (oscillitron ``The answer is 53.`` graded
wrong for lacking ``\boxed``) and oscillitron's documented "v0 limitation" (``\boxed{\frac{1}{2}}``
graded unequal to ``1/2``, against mathematical equality); an answer overridden by an orchestrator's
``Extracted`` field (oscillitron); verdicts given by a mocked LLM judge (prism-service
``\frac{1}{\sqrt{2}}`` vs ``\sqrt{2}/2`` with ``judgeFallback``); partial-credit and fuzzy numeric
scores; extraction / normaliser / parser unit tests (``get_last_boxed``, ``normalize_text``,
``eval_expr``, ``extractNumber``, ``parseNumber``, ``numbersMatch`` on numbers, ``ExtractBoxed``).

Left out, for GeometryPro: boolean (``đúng`` / ``sai`` / ``không đúng``) and multiple-choice
letter verdicts; ``unsure`` verdicts (no definite expectation); ``parseScalar`` unit tests.

Left out, for arandu-attempt and CAMEL (arandu-attempt refuses any notation it cannot read exactly;
those refusals are kept only where the verdict is also mathematically definite): refusals against
mathematical equality or a reasonable reading (``#### 1e3`` / ``1\times10^3`` vs ``1000``, ``so
$2^{10}$`` vs ``1024``, ``$1\,000$`` vs ``1000``, ``\boxed{x = 5}`` / ``\boxed{\text{five}}`` vs
``5``, ``#### 12 apples`` vs ``12``, ``\boxed{\frac{\frac{1}{2}}{2}}`` vs ``1/4``,
``$\left(\frac{1}{2}\right)$`` vs ``1/2``, non-ASCII digits ``٣`` / ``５``, identical non-numeric
text refused as itself, ``The answer is 42. Check: 42 - 40 = 2`` graded by its last number);
ambiguous notations with a true reading (``\boxed{2\frac{1}{2}}``,
``\boxed{\frac{1}{2}\frac{1}{2}}``, ``#### 1,5`` vs ``1.5`` / ``15``, ``#### 1,00``); the percent
policy (``50%``, ``50\%``, ``25%``); answer-selection and format policies (``\boxed{}, so 5``,
``#### \n5``, ``#### maybe 5``, ``#### 3.14159.. roughly``, unbalanced ``\boxed{5`` / ``\boxed 5``,
two sixty-digit numbers); empty responses; golds the suite cannot judge (every
``unreadableReferences`` pair); parse and extraction unit tests with no pair judged. CAMEL: the
``float_rounding=3`` acceptance of ``0.3333`` for ``1/3`` (a test-configured tolerance against
mathematical equality).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PEKKO = "yhc007/pekko-agent"
PEKKO_AT = (
    "crates/pekko-agent-tools/src/builtin/math_answer_check.rs"
    "@30b5417dc323e9b539e2f25bb16e7d3f82aec2e0"
)
PRISM = "rodrigo-barraza/prism-service"
PRISM_AX = (
    "src/services/benchmark/__tests__/answerExtraction.test.ts"
    "@57f2ad580ccb1f8eec79476af555fc9d6446ba7f"
)
PRISM_SC = (
    "src/services/benchmark/__tests__/scorers.test.ts@57f2ad580ccb1f8eec79476af555fc9d6446ba7f"
)
OSC = "jrlmx2/oscillitron"
OSC_AT = "oscillitron/pkg/benchmark/grader/boxed_test.go@0cdb87a08e956ea49fdd068fa8a7c650bde88954"

# pekko-agent grade_answer(pred, gt): (gold = gt, pred, ok, why)
_PEKKO = [
    ("0.5", "1/2", True, "fraction vs decimal"),
    ("5", "2+3", True, "arithmetic"),
    ("0.75", r"\frac{3}{4}", True, "\\frac vs decimal"),
    ("3", r"\sqrt{9}", True, "\\sqrt{9} = 3"),
    ("14", "2(3+4)", True, "implicit multiplication"),
    ("sqrt(2)", "sqrt(8)/2", True, "sqrt(8)/2 = sqrt(2)"),
    ("1234", "1,234", True, "thousands comma"),
    ("-0.5", "-1/2", True, "negative fraction vs decimal"),
    ("(1, 2)", "(1,2)", True, "tuple spacing"),
    ("(2,1)", "(1,2)", False, "tuple order matters"),
    ("0.333", "1/3", False, "truncated decimal is a different number"),
    ("6", "5", False, "5 vs 6"),
    ("6+9i", "6 + 9i", True, "spaces around operators (complex)"),
    ("2k+2", "2k + 2", True, "spaces around operators"),
    ("x^3+3x-6", "x^3 + 3x - 6", True, "spaces around operators"),
    ("6r^2-4r-24", "6r^2 -4r -24", True, "spaces around operators"),
    ("(a+5)(b+2)", "(a + 5)(b + 2)", True, "spaces inside factors"),
    (r"137 \frac{1}{2}", r"137\frac{1}{2}", True, "space before \\frac"),
    ("x", "(x)", True, "wrapping parentheses are grouping"),
    ("x", "((x))", True, "double wrapping parentheses"),
    ("(a+5)(b+3)", "(a+5)(b+2)", False, "different factor"),
    ("2x", "2x", True, "identical expression with a free variable"),
    ("3.141592653589793", "pi", False, "exact pi vs its float expansion (SymPy-like)"),
    ("pi", "pi", True, "identical symbol"),
]

# prism-service mathEquivalent(actual = pred, expected = gold)
_PRISM_AX = [
    (r"\frac12", r"\dfrac{1}{2}", True, "\\dfrac vs \\frac12"),
    (r"\frac{1}{2}", "0.5", True, "decimal vs \\frac"),
    ("3", "x = 3", True, "variable assignment"),
    ("90", r"90^\circ", True, "degree sign"),
    ("(3,4)", r"\left( 3, 4 \right)", True, "\\left( \\right) pair"),
    ("5", r"5 \text{ cm}", True, "unit text"),
    ("0.34", r"\frac{1}{3}", False, "1/3 is not 0.34"),
    (r"\sqrt{2}", r"2\sqrt{2}", False, "coefficient differs"),
]

ARANDU = "tayi-ai/arandu-attempt"
_AT = "@630d08c159e5eade1a4e7e0d463aa8363a24beb2"
VERIFY = "tests/Unit/Answer/verify_test.go" + _AT
REFERENCE = "tests/Unit/Answer/reference_test.go" + _AT
PARSE = "tests/Unit/Answer/parse_test.go" + _AT
GEO = "Phuoc2507/GeometryPro"
_G = "research/vsgeo-bench/grader/__tests__/"
GEO_CMP = _G + "compare.test.ts@d408166ab5847237e6fe62946f229715ac81159f"
GEO_GRADE = _G + "grade.test.ts@a93255d6004821b242927e85f82095e2757b9035"
GEO_ADV = _G + "adversarial.test.ts@8d7d4db276ec1ad2edce8d878de4b1d44c2a7beb"

# GeometryPro compareX(model = pred, truth = gold): (where, gold, pred, wrap, ok, why)
_GEO = [
    (GEO_CMP, "√6/3", "√6/3", True, True, "compareScalar: same surd"),
    (GEO_CMP, "√6/3", "sqrt(6)/3", True, True, "compareScalar: sqrt() vs √"),
    (GEO_CMP, "√6/3", "0.8164", True, True, "compareScalar: 4-digit decimal (tolerance)"),
    (GEO_CMP, "1/2", "0.5", True, True, "compareScalar: decimal vs fraction"),
    (GEO_CMP, "2√3", "sqrt(12)", True, True, "compareScalar: sqrt(12) = 2√3"),
    (GEO_CMP, "1/2", "5", True, False, "compareScalar: 5 vs 1/2"),
    (GEO_CMP, "√6/3", "0.82", True, False, "compareScalar: 0.82 off by more than eps"),
    (GEO_CMP, "1/2", "1:2", True, True, "compareRatio: 1:2 = 1/2"),
    (GEO_CMP, "1/2", "2/4", True, True, "compareRatio: 2/4 = 1/2"),
    (GEO_CMP, "1/2", "1:3", True, False, "compareRatio: 1:3 vs 1/2"),
    (GEO_CMP, "(1, 2, 3)", "(1,2,3)", True, True, "comparePoint: spacing"),
    (GEO_CMP, "(1,2,3)", "(1,2,4)", True, False, "comparePoint: one coordinate differs"),
    (GEO_CMP, "(1,2,3)", "(1,2)", True, False, "comparePoint: dimension differs"),
    (GEO_CMP, "2x+4y-4z+6=0", "x+2y-2z+3=0", True, True, "comparePlane: scalar multiple"),
    (GEO_CMP, "x+2y-2z+3=0", "x+2y-2z-3=0", True, False, "comparePlane: different constant"),
    (GEO_GRADE, "√6/3", "Tính toán... Vậy \\boxed{sqrt(6)/3}.", False, True, "grade: surd"),
    (GEO_GRADE, "√6/3", r"\boxed{0.8164}", False, True, "grade: decimal (tolerance)"),
    (GEO_GRADE, "√6/3", r"\boxed{5}", False, False, "grade: 5 vs √6/3"),
    (GEO_GRADE, "x+2y-2z+3=0", r"\boxed{2x+4y-4z+6=0}", False, True, "grade: doubled plane"),
    (GEO_GRADE, "(1,2,3)", "Đáp án: (1, 2, 3)", False, True, "grade: point after 'Đáp án:'"),
    (GEO_ADV, "6√2", "8.49", True, True, "compareScalar: 8.49 ≈ 6√2 (relative tolerance)"),
    (GEO_ADV, "60√2", "84.85", True, True, "compareScalar: 84.85 ≈ 60√2 (rel. tolerance)"),
    (GEO_ADV, "6√2", "8.5", True, False, "compareScalar: 8.5 = 17/2 is not 6√2"),
]

CAMEL = "camel-ai/camel"
CAMEL_AT = "test/verifiers/test_math_verifier.py@446bd330f080d0fe8c7d3f7aefb0523c877ea6eb"

SIXTY = "123456789012345678901234567890123456789012345678901234567890"
SIXTY_1 = "123456789012345678901234567890123456789012345678901234567891"

# Verify(response = pred, reference = gold): (gold, pred, ok, why)
_VERIFY = [
    (r"\frac{3}{4}", "#### 0.75", True, "same rational, #### line"),
    ("0.75", r"\boxed{\frac{3}{4}}", True, "same rational, boxed"),
    ("0.75", "so it is 3/4", True, "same rational, last number"),
    ("0", "#### -0", True, "-0 = 0"),
    ("5/2", "#### 2.50", True, "2.50 = 5/2"),
    ("7", "#### 007", True, "leading zeros"),
    ("1000", "#### 1,000", True, "thousands comma"),
    ("1000", "#### $1,000.", True, "dollar sign, comma and period"),
    ("18.9", r"\boxed{\$18.90}", True, "escaped dollar, trailing zero"),
    (r"\frac{-3}{4}", r"$\boxed{-\frac{3}{4}}$", True, "sign inside vs outside \\frac"),
    (r"\tfrac{3}{4}", r"\boxed{\dfrac34}", True, "\\dfrac34 vs \\tfrac{3}{4}"),
    ("12", r"\boxed{\text{12}}", True, "\\text-wrapped number"),
    ("5", "The answer is 5.", True, "sentence, last number"),
    ("-5", "The answer is \u22125.", True, "unicode minus sign"),
    (SIXTY, "#### " + SIXTY, True, "sixty-digit integer, exact"),
    ("3.14159", "#### 3.1416", False, "rounded value is a different number"),
    (r"\frac{22}{7}", "#### 3.14", False, "3.14 is not 22/7"),
    ("1/3", "#### 0.333", False, "truncated decimal"),
    ("-5", "#### 5", False, "sign"),
    ("27", "#### 72", False, "digits swapped"),
    (r"\frac{4}{3}", r"\boxed{\frac{3}{4}}", False, "reciprocal"),
    (SIXTY_1, "#### " + SIXTY, False, "sixty-digit integers differing in the last digit"),
    ("0", "I do not know", False, "no answer"),
    ("1", "I do not know", False, "no answer"),
    ("0", r"\boxed{}", False, "empty box"),
    ("2", r"\boxed{\sqrt{2}}", False, "sqrt(2) is not 2"),
    ("1.4142135623730951", r"\boxed{\sqrt{2}}", False, "irrational vs its float expansion"),
    ("2", r"\boxed{2\sqrt{2}}", False, "2 sqrt(2) is not 2"),
    ("4", r"\boxed{2\sqrt{2}}", False, "2 sqrt(2) is not 4"),
    ("1", r"\boxed{\frac{1}{\sqrt{2}}}", False, "1/sqrt(2) is not 1"),
    ("2", r"\boxed{\frac{1}{\sqrt{2}}}", False, "1/sqrt(2) is not 2"),
    ("0.7071067811865476", r"\boxed{\frac{1}{\sqrt{2}}}", False, "irrational vs float"),
    ("3", r"\boxed{3, 5}", False, "two values vs one"),
    ("5", r"\boxed{3, 5}", False, "two values vs one"),
    ("35", r"\boxed{3, 5}", False, "list is not the joined digits"),
    ("3", r"\boxed{(3, 5)}", False, "pair vs number"),
    ("5", r"\boxed{(3, 5)}", False, "pair vs number"),
    ("0", r"\boxed{[0, 1)}", False, "interval vs endpoint"),
    ("1", r"\boxed{[0, 1)}", False, "interval vs endpoint"),
    ("1", "#### 1,5", False, "1,5 is not 1 under any reading"),
    ("5", "#### 1,5", False, "1,5 is not 5 under any reading"),
    ("1", "#### 1e3", False, "1e3 is not 1"),
    ("3", "#### 1e3", False, "1e3 is not 3"),
    ("0", "#### x", False, "a variable is not 0"),
    ("3.14159", r"\boxed{\pi}", False, "pi vs truncated decimal"),
    ("3", r"\boxed{\pi}", False, "pi is not 3"),
    ("0", "#### 1/0", False, "division by zero"),
    ("1", "#### 1/0", False, "division by zero"),
    ("10", "so $2^{10}$", False, "2^10 is not 10"),
    ("2", r"$\sqrt{2}$", False, "sqrt(2) is not 2"),
    ("0", r"$1\,000$", False, "1 000 (thin space) is not 0"),
    ("1", r"$1\,000$", False, "1 000 (thin space) is not 1"),
    ("1", r"\boxed{1\text{ and }2}", False, "two answers vs one"),
    ("2", r"\boxed{1\text{ and }2}", False, "two answers vs one"),
    ("5", "nothing numeric", False, "no answer found"),
]

_REFERENCE = [
    (r"\frac{3}{4}", "the answer is 0.75", True, "MATH reference read from its box"),
    ("72", r"so \boxed{72}", True, "GSM8K reference read from its #### line"),
    ("72", r"so \boxed{27}", False, "27 vs GSM8K reference 72"),
]

# TestParseEqualNotations: the first of each group and every other spelling
_GROUPS = [
    [
        "0.75",
        r"\frac{3}{4}",
        "3/4",
        r"\dfrac34",
        r"\tfrac{6}{8}",
        "$0.75$",
        r"\text{0.75}",
        "0.750",
        ".75",
        "0.75.",
    ],
    ["-0", "0", "0.0", "+0", "\u22120", r"-\frac{0}{5}", "0/7"],
    ["2.50", "5/2", r"\frac{5}{2}", "2.5", r"\$2.50"],
    ["007", "7", "7.", r"\$7", "7.000", "+7", r"\frac{14}{2}"],
    [
        r"-\frac{3}{4}",
        r"\frac{-3}{4}",
        r"\frac{3}{-4}",
        "-0.75",
        "-3/4",
        "\u22120.75",
        r"$-\frac34$",
    ],
    ["1,000", "1000", "1000.0", r"\frac{1,000}{1}"],
]

# TestParseComparesExactValues (a = pred, b = gold) not already in _VERIFY
_DIFFER = [
    (r"\frac{1}{3}", "0.3333333333333333", "float expansion of 1/3 is not 1/3"),
    ("0.1000000000000000055511151231257827", "0.1", "0.1 vs the double nearest 0.1"),
    ("9007199254740992", "9007199254740993", "2^53 + 1 vs 2^53"),
]

# CAMEL MathVerifier().verify(solution = pred, reference_answer = gold): (gold, pred, wrap, ok, why)
_CAMEL = [
    ("1/2", "0.5", True, True, "decimal vs fraction"),
    ("0.5", r"$\frac{1}{2}$", False, True, "LaTeX fraction vs decimal"),
    ("0.3333", "0.5", True, False, "deliberate mismatch"),
    (r"$\frac{5}{6}$", r"$\frac{1}{2} + \frac{1}{3}$", False, True, "sum of fractions"),
    (r"$(x + 1)^2$", r"$x^2 + 2x + 1$", False, True, "expanded square"),
    ("1/3", "0.33", True, False, "0.33 vs 1/3 (verifier built with float_rounding=3)"),
]

CASES: list[dict] = [
    *(_c(PEKKO, PEKKO_AT, g, p, True, ok, f"grade_answer: {why}") for g, p, ok, why in _PEKKO),
    _c(
        PEKKO,
        PEKKO_AT,
        "0.5",
        r"Thinking...\boxed{\frac{1}{2}}",
        False,
        True,
        "math_answer_check tool: matched, method numeric",
    ),
    _c(PEKKO, PEKKO_AT, "7", r"\boxed{7}", False, True, "math_answer_check tool: method exact"),
    _c(
        PEKKO,
        PEKKO_AT,
        "5",
        r"\boxed{(1,2)}",
        False,
        False,
        "math_answer_check tool: tuple vs number, part_count_mismatch",
    ),
    *(_c(PRISM, PRISM_AX, g, p, True, ok, f"mathEquivalent: {why}") for g, p, ok, why in _PRISM_AX),
    _c(PRISM, PRISM_SC, r"\frac{1}{2}", r"Thus $\boxed{0.5}$.", False, True, "math scorer"),
    _c(
        PRISM,
        PRISM_SC,
        "1,234",
        "…so the total is 1234.00",
        False,
        True,
        "numeric scorer: 1234.00 vs 1,234",
    ),
    _c(PRISM, PRISM_SC, "2", r"\boxed{2}", False, True, "math scorer, passed without the judge"),
    _c(
        OSC,
        OSC_AT,
        "53",
        r"Working through it: f(1)=5, f(5)=17, f(17)=53. So \boxed{53}.",
        False,
        True,
        "BoxedAnswer.Grade: Pass",
    ),
    _c(OSC, OSC_AT, "53", r"\boxed{54}", False, False, "BoxedAnswer.Grade: 54 vs 53"),
    _c(
        OSC,
        OSC_AT,
        " 53. ",
        r"\boxed{$53$}.",
        False,
        True,
        "BoxedAnswer.Grade: $53$ vs ' 53. ' (period, $, spaces normalised)",
    ),
    *(_c(ARANDU, VERIFY, g, p, False, ok, f"Verify: {why}") for g, p, ok, why in _VERIFY),
    *(_c(ARANDU, REFERENCE, g, p, False, ok, f"Verify: {why}") for g, p, ok, why in _REFERENCE),
    *(
        _c(ARANDU, PARSE, grp[0], p, not p.startswith("$"), True, f"Parse: same as {grp[0]}")
        for grp in _GROUPS
        for p in grp[1:]
    ),
    *(_c(ARANDU, PARSE, g, p, True, False, f"Parse: {why}") for g, p, why in _DIFFER),
    *(_c(GEO, w, g, p, wr, ok, why) for w, g, p, wr, ok, why in _GEO),
    *(_c(CAMEL, CAMEL_AT, g, p, w, ok, f"MathVerifier: {why}") for g, p, w, ok, why in _CAMEL),
]
