r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "d": issue and
pull-request threads of repositories no earlier set used, in which a user, maintainer or review
states that an answer checker judged a concrete (reference, answer) pair wrongly, plus the answer
checkers' own test files met while following those threads).

``where`` is ``path@commit`` in ``repo`` on github.com, or ``issues/N`` / ``pull/N`` for a thread;
``gold`` is the reference answer, ``pred`` the answer that was given (``wrap`` True: a bare answer
to be put in ``\boxed{}``; no case here needs a whole completion) and ``expected`` the verdict the
test asserts or the mathematical fact the thread establishes (not the buggy verdict it reports).
Strings are the source's, in its notation: plain-text CAS syntax (``6**(1/3)``, ``e^(...)``),
Unicode superscripts (``a²``), the decimal comma of German and Russian sources (``1,23`` is 1.23;
``why`` says so) and Cyrillic unit symbols (``мА`` milliampere, ``кОм`` kilo-ohm, ``В`` volt) are
kept. Where a test compares two sides without saying which is the reference, the first argument is
taken as ``gold`` (``why`` says so). Do not tune the judge on these cases.

Sources (each repository claimed in /work/wt/fresh15_claims first):

- thm-mni-ii/feedbacksystem (Technische Hochschule Mittelhessen's feedback system; its "math
  checker" compares a student's formula with the task's solution by a semantic AST comparator
  written in Kotlin), Apache-2.0 (LICENSE of the snapshot 385f6688):
  ``modules/fbs-core/math-parser/src/test/kotlin/de/thm/ii/fbs/mathParser/SemanticAstComparatorTest.kt``
  @ 5c5a81b91776c7857d8698910244cb2bd7818585 (``compare(parse(a), parse(b))``, a symmetric
  check: ``a`` is taken as gold) and
  ``modules/fbs-core/api/src/test/scala/de/thm/ii/fbs/services/checker/math/SpreadsheetCheckerServiceTest.scala``
  @ f4bea68e10f1be6254661493f22e758ed5f96e40 (``compare(enteredValue, value, decimals)``: the
  entered value is ``pred``, the task's value ``gold``; and ``check`` on two fields, whose wrong
  field is kept); and issue 986 (the checker compared formulas as strings, so ``b+a`` was marked
  wrong against ``a+b``).
- Kvodnon/electronics-trainer (a Russian-language electronics trainer whose numeric answers are
  read with SI prefixes and a decimal comma) ``src/domain/quantity.test.ts``
  @ 700f6936c5a9f72793142deefc33e0fc9c41598a: ``parseQuantity(input, unit)`` returning the value
  in the base unit, and ``formatQuantity(value, unit)`` returning the prefixed form; a parser or
  formatter mapping one string onto a value is read as the equivalence of the two (as
  equiv_fresh3_a reads a normaliser): ``gold`` is the base-unit value with its unit, ``pred`` the
  prefixed input or output. No LICENSE file is stored for it: short test strings quoted as
  test data, with attribution. Issue 2 of the same repository states the first pair (``0,01`` and
  ``10мА`` are one answer).
- aisa-group/PostTrainBench issue 44 (AIME 2025 scored with inspect_ai's ``match(numeric=True)``,
  whose ``endswith`` comparison marks ``711`` correct against ``11`` and ``149`` against ``49``).
- web-arena-x/webarena pull 260 (the string evaluator's numeric ``must_include`` check: ``$0.00``
  accepted for the reference ``0``, ``$10.00`` and ``20`` still rejected).
- atomantic/PortOS pull 7304 (a numeracy drill grader: for "Convert 4 l to ml." with answer
  ``4000 ml`` the equivalent ``4 l`` stays correct and ``4000 bananas`` stays wrong).
- sagemath/sage issue 34020 (``bool(... == ...)`` returned False for two exponential forms of
  ``6^(1/3)``).
- Equality reports of maths libraries (a judge's numeric or symbolic back end), each giving a
  definite pair: josdejong/mathjs issue 3692 (``simplify`` left ``7*(-t-13) -4 -12t`` unsimplified;
  it equals ``-19t - 95``), JuliaSymbolics/Symbolics.jl issue 869 (structural ``isequal`` on
  ``a*x + b*x`` and ``x*(a + b)``), and five near-miss numeric reports, kept as the mathematical
  fact whatever the library's precision setting made of them: royNiladri/js-big-decimal issue 21
  (two quotients equal to 8 decimals), sindresorhus/float-equal issue 1 (``1e-23`` and ``2e-23``
  written out), MikeMcl/decimal.js issues 192 and 103 (a truncated decimal of ``1/1050000``; a
  21-digit sum compared at 20 digits), rebol/rebol issue 226 (two 16-digit decimals compared
  approximately), JuliaMath/Decimals.jl issue 28 (``12.1 - 12.1`` unequal to ``0.0``) and
  dflib/dflib issue 450 (``22222222222222222222 / 2``). Where a report compares two values without
  naming a reference, its first value is taken as ``gold``.

Left out, by rule: feedbacksystem's postfix-coefficient notation (``b2+a1`` for ``2b+1a``,
``x2,1`` for ``2,1x``), the right-nested ``2^3^4`` graded equal to ``(2³)⁴`` (the suite parses
``^`` left-associatively, against the usual convention), the empty exponent ``a^{}``, the
parser-shape tests of ``MathParserHelperTest.kt`` (no pair), and the spreadsheet checker's
rounding-policy verdicts (``1,23456`` vs ``1,235`` at 3 decimals, ``a*2,51`` vs ``2,5*a`` at 1
decimal; their unequal counterparts at a finer precision are kept as plain inequalities);
electronics-trainer's bare numbers read in the task's base unit (``9`` with unit ``В``: the unit
comes from the question, not the answer), the typo tolerance ``,5`` / ``10,``, the explicit-plus
``+2``, every input rejected with an error message (no verdict), and ``formatQuantityRange``
(ranges); PortOS's bare ``4000`` (accepted only because the question names the unit) and its
generated-value tests (no literal pair); sage issues 39319, 37874 and 41777 (verdicts that depend
on ``assume`` facts). Threads weighed and not used: asuzukosi/post-training-experiments 5 and 6
(plans, no pair), marin-community/marin pull 9163 (claimed repository; no pair),
web-arena-x/visualwebarena 71 and 84 (an order number ``000000170`` and a truncated free-text
answer), Future-House/paper-qa 709 and MakazhanAlpamys/Soup 357 (multiple-choice letters),
NVIDIA-NeMo/Gym and NeMo-Skills multiple-choice extraction threads (used repositories), udacity
isdc 127 (a tolerance range, no answer), openwebwork/webwork-open-problem-library 1246 (an
antiderivative "in terms of secant", no pair), mooculus/calculus 178 (an already-used
repository), thm-mni-ii/feedbacksystem 985 and 1435 (no pair), rdi-berkeley/agents-last-exam pull
93 (table cells of a paper reproduction, not answers), library threads without a definite
pair or verdict (josdejong/mathjs 2015, 2461 and 2949; MikeMcl/bignumber.js 73 and decimal.js
160, precision settings; ericlagergren/decimal 99, an ordering; Mathics 1052, a screenshot;
AngouriMath 222, logic; SymbolicUtils 1174, a variable count), and every thread of a
repository already used or claimed (lm-evaluation-harness, inspect_ai, Math-Verify, evalscope,
opencompass, VLMEvalKit, lmms-eval, helm, slime, miles, NeMo-Skills, NeMo Gym, NeMo-RL, open-r1, trl,
Qwen2.5-Math, MathRuler, sieval, proeval, omlx, AISBench, reasoning-gym, CoursIA, ds4, Khan,
Ximera, Doenet, oppia, Numbas, STACK, PrairieLearn, sympy, symengine, symbolica, nerdamer,
Algebrite, openwebwork/pg, FormulasQuestion, mitx-grading-library, open-thoughts, ms-swift).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FB = "thm-mni-ii/feedbacksystem"
FB_SEM = (
    "modules/fbs-core/math-parser/src/test/kotlin/de/thm/ii/fbs/mathParser/"
    "SemanticAstComparatorTest.kt@5c5a81b91776c7857d8698910244cb2bd7818585"
)
FB_SHEET = (
    "modules/fbs-core/api/src/test/scala/de/thm/ii/fbs/services/checker/math/"
    "SpreadsheetCheckerServiceTest.scala@f4bea68e10f1be6254661493f22e758ed5f96e40"
)
KV = "Kvodnon/electronics-trainer"
KV_AT = "src/domain/quantity.test.ts@700f6936c5a9f72793142deefc33e0fc9c41598a"
PT = "aisa-group/PostTrainBench"
WA = "web-arena-x/webarena"
PO = "atomantic/PortOS"
SG = "sagemath/sage"

_SEM = "semantic AST comparator, symmetric: first argument taken as gold"
_COMMA = "German decimal comma: 1,23 is 1.23"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- thm-mni-ii/feedbacksystem: SemanticAstComparatorTest.kt
    (FB, FB_SEM, "1+2", "2+1", True, True, f"compareSimple; {_SEM}"),
    (FB, FB_SEM, "1a+2b", "a+2b", True, True, f"compareOneMul: 1a is a; {_SEM}"),
    (FB, FB_SEM, "1a+2b", "2a+1b", True, False, f"compareNotEqual; {_SEM}"),
    (FB, FB_SEM, "1a+2b", "1b+2a", True, False, f"compareNotEqualVars; {_SEM}"),
    (FB, FB_SEM, "a+b+c", "c+b+a", True, True, f"compareThree; {_SEM}"),
    (FB, FB_SEM, "abc", "c*b*a", True, True, f"compareThreeMull: abc = a*b*c; {_SEM}"),
    (FB, FB_SEM, "1,23*10^3", "10^3*1,23", True, True, f"compareRealExp; {_COMMA}; {_SEM}"),
    (FB, FB_SEM, "a-b+c", "a+c-b", True, True, f"subSwapTest; {_SEM}"),
    (FB, FB_SEM, "(6a+8b)/x", "1/x*(6a+8b)", True, True, f"divisionAsFrac; {_SEM}"),
    (FB, FB_SEM, "(6a+8b)/x", "(6a+8b)*x^(-1)", True, True, f"divisionAsFracWithExp; {_SEM}"),
    (FB, FB_SEM, "5*(x-1)", "5(x-1)", True, True, f"multiplicationWithBracketsTest; {_SEM}"),
    (
        FB,
        FB_SEM,
        "4a^(-4)b^4",
        "4*a^(-4)*b^4",
        True,
        True,
        f"multiplicationWithExponentTest; {_SEM}",
    ),
    (FB, FB_SEM, "4a-3b", "4a+(-3b)", True, True, f"multiplicationWithNegativesTest; {_SEM}"),
    (
        FB,
        FB_SEM,
        "a^2 + b^2 = c^2",
        "c^2 = a^2 + b^2",
        True,
        True,
        f"equationTest: sides swapped; {_SEM}",
    ),
    (FB, FB_SEM, "x=-(1/24)", r"x=-\frac{1}{24}", True, True, f"fracEquationTest; {_SEM}"),
    (FB, FB_SEM, "a^2", "a²", True, True, f"differentExponentRepresentationTest; {_SEM}"),
    (
        FB,
        FB_SEM,
        "a^{22}",
        "a²²",
        True,
        True,
        f"multiCharacterDifferentExponentRepresentationTest: ²² is the exponent 22; {_SEM}",
    ),
    # --- thm-mni-ii/feedbacksystem: SpreadsheetCheckerServiceTest.scala (entered, value)
    (FB, FB_SHEET, "1,234", "1,234", True, True, f"decimalCompareTest, 3 decimals; {_COMMA}"),
    (FB, FB_SHEET, "1,23456", "1,23456", True, True, f"decimalCompareTest, 3 decimals; {_COMMA}"),
    (
        FB,
        FB_SHEET,
        "1,24",
        "1,23456",
        True,
        False,
        f"decimalCompareTest, 4 decimals: 1.23456 is not 1.24; {_COMMA}",
    ),
    (
        FB,
        FB_SHEET,
        "1,23",
        "1,23456",
        True,
        False,
        f"decimalCompareTest, 4 decimals: 1.23456 is not 1.23; {_COMMA}",
    ),
    (
        FB,
        FB_SHEET,
        "1,2345",
        "1,23456",
        True,
        False,
        f"decimalCompareTest, 4 decimals: 1.23456 is not 1.2345; {_COMMA}",
    ),
    (FB, FB_SHEET, "3+2+1", "1+2+3", True, True, "mathCompareTest: entered 1+2+3"),
    (FB, FB_SHEET, "2+1a", "2+a", True, True, "mathCompareTest: 1a is a"),
    (FB, FB_SHEET, "a*b*c", "abc", True, True, "mathCompareTest: implicit product"),
    (FB, FB_SHEET, "3+2*1", "1+2+3", True, False, "mathCompareTest: 6 is not 5"),
    (FB, FB_SHEET, "2+2a", "2+a", True, False, "mathCompareTest"),
    (FB, FB_SHEET, "a*b*d", "abc", True, False, "mathCompareTest: different variable"),
    (
        FB,
        FB_SHEET,
        "2,5*a",
        "a*2,56",
        True,
        False,
        f"mathCompareTest, 1 decimal: 2.56a is not 2.5a; {_COMMA}",
    ),
    (
        FB,
        FB_SHEET,
        "4,8b-0,3a",
        "4,8b-0,4a",
        True,
        False,
        f"mathCheckTest: field b) submitted wrong (status 1 of 2); {_COMMA}",
    ),
    (FB, "issues/986", "a+b", "b+a", True, True, "string comparison marked b+a wrong; equal"),
]

_KV = "parseQuantity(input, base unit) value"
_KF = "formatQuantity(value, base unit) output"
_RU = "Russian decimal comma and SI prefix"

_ROWS += [
    # --- Kvodnon/electronics-trainer: quantity.test.ts (А ampere, В volt, Ом ohm)
    (KV, KV_AT, "0.01 А", "10мА", True, True, f"{_KV} 0.01: 10 mA = 0.01 A (issue 2)"),
    (KV, KV_AT, "0.01 А", "10 мА", True, True, f"{_KV} 0.01: prefix after a space"),
    (KV, KV_AT, "2000 Ом", "2 кОм", True, True, f"{_KV} 2000: 2 kilo-ohm"),
    (KV, KV_AT, "0.005 В", "5мВ", True, True, f"{_KV} 0.005: 5 millivolt"),
    (KV, KV_AT, "3000 В", "3кВ", True, True, f"{_KV} 3000: 3 kilovolt"),
    (KV, KV_AT, "1000000 Ом", "1МОм", True, True, f"{_KV} 1e6: 1 megaohm"),
    (KV, KV_AT, "100 Ом", "100Ом", True, True, f"{_KV} 100: unit written without a space"),
    (KV, KV_AT, "-0.005 В", "-5мВ", True, True, f"{_KV} -0.005: the sign is kept"),
    (KV, KV_AT, "0.5", "0,5", True, True, f"{_KV} 0.5: {_RU}; comma and point are equal"),
    (KV, KV_AT, "0.0095 А", "9,5 мА", True, True, f"{_KF}; {_RU}"),
    (KV, KV_AT, "10500 Ом", "10,5 кОм", True, True, f"{_KF}; {_RU}"),
    (KV, KV_AT, "2000000 Ом", "2 МОм", True, True, f"{_KF}: 2 megaohm"),
    (KV, KV_AT, "-0.005 В", "-5 мВ", True, True, f"{_KF}: negative value"),
    # --- aisa-group/PostTrainBench issue 44: endswith numeric match on AIME 2025
    (PT, "issues/44", "11", "711", True, False, "'ANSWER: 711' scored correct by endswith"),
    (PT, "issues/44", "49", "149", True, False, "'ANSWER: 149' scored correct by endswith"),
    # --- web-arena-x/webarena pull 260: numeric must_include
    (WA, "pull/260", "0", "$0.00", True, True, "numeric-equivalent currency answer accepted"),
    (WA, "pull/260", "0", "$10.00", True, False, "single-token guard: 0 must not match $10.00"),
    (WA, "pull/260", "0", "20", True, False, "single-token guard: 0 must not match 20"),
    # --- atomantic/PortOS pull 7304: "Convert 4 l to ml."
    (PO, "pull/7304", "4000 ml", "4 l", True, True, "a compatible unit converts: 4 l = 4000 ml"),
    (
        PO,
        "pull/7304",
        "4000 ml",
        "4000 bananas",
        True,
        False,
        "a wrong-dimension 'unit' stays wrong",
    ),
    # --- sagemath/sage issue 34020: bool(... == ...) returned False
    (
        SG,
        "issues/34020",
        "e^(1/3*log(3) + 1/3*log(2))",
        "e^(1/3*log(3))*e^(1/3*log(2))",
        True,
        True,
        "product of exponentials equals the exponential of the sum",
    ),
    (
        SG,
        "issues/34020",
        "6**(1/3)",
        "e^(1/3*log(3) + 1/3*log(2))",
        True,
        True,
        "e^(log(6)/3) is the cube root of 6",
    ),
]

MJ = "josdejong/mathjs"
SJ = "JuliaSymbolics/Symbolics.jl"
BD = "royNiladri/js-big-decimal"
FE = "sindresorhus/float-equal"
DJ = "MikeMcl/decimal.js"
RB = "rebol/rebol"
DC = "JuliaMath/Decimals.jl"
DF = "dflib/dflib"

_ROWS += [
    # --- symbolic and numeric equality reports of maths libraries
    (
        MJ,
        "issues/3692",
        "-19 * t - 95",
        "7*(-t-13) -4 -12t",
        True,
        True,
        "simplify left the linear expression unsimplified; it equals -19t - 95",
    ),
    (
        SJ,
        "issues/869",
        "x*(a + b)",
        "a*x + b*x",
        True,
        True,
        "isequal (structural) returned false; the two are equal",
    ),
    (
        BD,
        "issues/21",
        "94911150 / 94911151",
        "94911151 / 94911152",
        True,
        False,
        "compareTo at 8 decimals called them equal; they differ (first side taken as gold)",
    ),
    (
        FE,
        "issues/1",
        "0.00000000000000000000001",
        "0.00000000000000000000002",
        True,
        False,
        "floatEqual's absolute epsilon returned true; 1e-23 is not 2e-23",
    ),
    (
        DJ,
        "issues/192",
        "1/70000 - 1/75000",
        "0.000000952380952",
        True,
        False,
        "1/1050000 = 9.5238095238...e-7; the truncated decimal is not equal (eq false is right)",
    ),
    (
        DJ,
        "issues/103",
        "100000000000000100000",
        "100000000000000000000 + 100001",
        True,
        False,
        "equals returned true at 20 significant digits; the sum is 100000000000000100001",
    ),
    (
        RB,
        "issues/226",
        "1.333333333333333",
        "1.333333333333332",
        True,
        False,
        "approximate = returned true (by design); the decimals differ (first side taken as gold)",
    ),
    (DC, "issues/28", "0.0", "12.1 - 12.1", True, True, "the difference compared unequal to 0.0"),
    (
        DF,
        "issues/450",
        "11111111111111111111",
        "22222222222222222222 / 2",
        True,
        True,
        "the expected quotient stated in the report",
    ),
    (
        DF,
        "issues/450",
        "11111111111111111111",
        "11111111111111100000",
        True,
        False,
        "the precision-losing result the report calls wrong",
    ),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]
