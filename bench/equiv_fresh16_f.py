r"""A sixteenth fresh set of answer-equivalence cases (evaluation only; helper "f": the equality
and simplification tests of computer-algebra libraries, read as pairs of written forms).

A CAS test that asserts ``simplify(A)`` prints as ``B`` (or that ``symbolicEqual(A, B)`` holds or
fails) states that the two written forms ``A`` and ``B`` are (or are not) the same mathematical
answer. Each case stores the library's expected / simplified form as ``gold``, the input form as
``pred`` (``wrap`` True: a bare answer to be put in ``\boxed{}``) and the verdict as ``expected``.
Strings are the values the test code reads (JavaScript string literals, no escapes involved).
``where`` is ``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, license):

- josdejong/mathjs @ f7c10b1bc1324a25d117b668ea9a9c0232e2068e (Apache-2.0, LICENSE):
  ``test/unit-tests/function/algebra/simplify.test.js`` (``simplifyAndCompare(left, right)``:
  ``simplify(left).toString() == parse(right).toString()``; ``simplifyAndCompareEval``; the
  ``assert.strictEqual(math.simplify(a).toString(), b)`` lines; ``evaluate('simplify("2x + 3x")')``
  test), ``test/unit-tests/function/algebra/rationalize.test.js`` (``stri(rationalize(a)) == b``),
  ``test/unit-tests/function/algebra/symbolicEqual.test.js`` (``symbolicEqual(a, b)`` true/false),
  ``test/unit-tests/function/relational/equal.test.js`` (``equal(a, b)`` of numeric strings, complex
  numbers, fractions and units, default config) and ``test/unit-tests/type/unit/Unit.test.js``
  (``new Unit(v, 'u').equals(new Unit(w, 'v'))``). Values built in code are stored as the string
  they trivially read as: ``complex(2, 3)`` as ``2+3i``, ``new Unit(100, 'cm')`` as ``100 cm``,
  ``fraction(0.1) + fraction(0.2)`` as ``0.1+0.2``; ``pred`` is the first argument, ``gold`` the
  second. Only the mathjs test files were used; the mathjs issue threads (josdejong__mathjs__issues)
  were claimed by another collector and are not repeated here.

Left out, by rule: pairs that differ only in spacing, ``*`` or outer parentheses (``2n - 1`` /
``2 n - 1``, ``2x`` / ``2*x``) and pairs the test keeps unchanged (``x + y/z``); tests with custom
rule lists (wildcard ``c``/``v``/``ce``... rules, ``true -> 1``), which assert rewrites, not
equalities; matrices, indexing, objects, strings, logical operators, BigNumber/bigint evaluation
checks, function assignments; mathjs function syntax (``add(x,x)``, ``multiply(x,2)``, ``log(e,e)``,
``min(1, -1e-10)``); the non-commutative / non-associative context tests whose expected output is
left unsimplified (``x*y-y*x`` kept as is: a context policy, not an equality); identities asserted
only under ``positiveContext`` or needing positivity (``x/x`` = ``1``, ``+x+abs(x)`` = ``2*x``,
``abs(x)`` = ``x``, ``(x^y)^z`` = ``x^(y*z)``; its ``x-x`` = ``0`` is kept once, from rationalize);
pairs that hinge on mathjs' own implicit-multiplication precedence (``8 / 5n`` = ``n * 8 / 5``,
``6x/3x`` = ``2``, ``-28y/-4y`` = ``7``, ``-28*(z/-4z)`` = ``7``) or right-associative ``x^2^3``; a
``scope`` substitution (``y+0.1*x`` with ``y = 1``); the ``exactFractions: false`` /
``fractionsLimit`` options (an output-form policy); unsimplified-by-design self pairs (``x/x`` in
realContext, ``foo(x)``); the ``it.skip`` rationalize test; the ``--2`` / ``0----x`` chains of unary
minus. Pairs asserted under a non-commutative or non-associative context whose equality also holds
in ordinary algebra are kept (``why`` says so).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MJ = "josdejong/mathjs"
_MJ_COMMIT = "f7c10b1bc1324a25d117b668ea9a9c0232e2068e"
MJ_SIMP = f"test/unit-tests/function/algebra/simplify.test.js@{_MJ_COMMIT}"
MJ_RAT = f"test/unit-tests/function/algebra/rationalize.test.js@{_MJ_COMMIT}"
MJ_SEQ = f"test/unit-tests/function/algebra/symbolicEqual.test.js@{_MJ_COMMIT}"

# simplify.test.js: (input form = pred, simplified form = gold, why); all asserted equal.
_MJ_SIMPLIFY: list[tuple[str, str, str]] = [
    ("3+2/4+2*8", "39/2", "simplifyAndCompareEval: same value"),
    ("x+1+x", "2x+1", "simplifyAndCompareEval at x = 7"),
    ("x+1+2x", "3x+1", "simplifyAndCompareEval at x = 7"),
    ("x^2+x-3+x^2", "2x^2+x-3", "simplifyAndCompareEval at x = 7"),
    ("2 + x", "x + 2", "constants placed last"),
    ("-2 + x", "x - 2", "constants placed last"),
    ("-2 + -x", "-x - 2", "constants placed last"),
    ("2 + -x", "2 - x", "subtraction keeps its order"),
    ("(x^2)^3", "x^6", "power rule"),
    ("2*(x^2)^3", "2*x^6", "power rule"),
    ("x^(2+3)", "x^5", "exponent simplified"),
    ("3*4", "12", "rational constants"),
    ("3+2/4", "7/2", "rational constants to a fraction"),
    ("-(x+y+x+y)", "-(2 * (y + x))", "different variables"),
    ("0+(x-y)", "x - y", "different variables"),
    ("-(x-y)", "y - x", "different variables"),
    ("-1 * (x-y)", "y - x", "different variables"),
    ("x + y + x + 2y", "3 * y + 2 * x", "different variables"),
    ("(-1)*4", "-4", "(-1)*n"),
    ("(-1)*x", "-x", "(-1)*n"),
    ("0 - -1", "1", "minus and unary minus (issue 1013)"),
    ("0 - -x", "x", "minus and unary minus"),
    ("1 - -x", "x + 1", "minus and unary minus"),
    ("0 - (-x)", "x", "minus and unary minus"),
    ("-(-x)", "x", "minus and unary minus"),
    ("0 - (x - y)", "y - x", "minus and unary minus"),
    ("2 + -3", "-1", "(n- -n1)"),
    ("2 - 3", "-1", "(n- -n1)"),
    ("2 - -3", "5", "(n- -n1)"),
    ("x - -x", "2*x", "(n- -n1)"),
    ("0.2 * 1e-14", "2e-15", "simplifyAndCompareEval: fraction conversion keeps the value"),
    ("(1e-5)^2", "1e-10", "simplifyAndCompareEval: fraction conversion keeps the value"),
    ("3+sin(4)", "2.2431975046920716", "non-rational constant evaluated to a float"),
    ("x+x", "2*x", "collect like terms"),
    ("2x+x", "3*x", "collect like terms"),
    ("2(x+1)+(x+1)", "3*(x + 1)", "collect like terms"),
    ("2(x+1)+x+1", "3*(x + 1)", "collect like terms"),
    ("y*x^2+2*x^2", "x^2*(y+2)", "collect like terms"),
    ("x*y + y*x", "2*x*y", "collect like terms"),
    ("x*y - y*x", "0", "collect like terms"),
    ("x^2*y^3*z - y*z*y*x^2*y", "0", "collect like terms"),
    ("x^2*y^3*z - y*z*x^2*y", "x^2*z*(y^3-y^2)", "collect like terms"),
    ("x+1+x", "2*x+1", "separated like terms"),
    ("x^2+x+3+x^2", "2*x^2+x+3", "separated like terms"),
    ("x+1+2x", "3*x+1", "separated like terms"),
    ("x-1+x", "2*x-1", "separated like terms"),
    ("2-(x+1)", "1-x", "separated like terms (issue 2393)"),
    ("x-1-2x+2", "1-x", "separated like terms"),
    ("10 - (x - 2)", "12 - x", "embedded like terms"),
    ("x - (y + x)", "-y", "embedded like terms"),
    ("x - (y - y + x)", "0", "embedded like terms"),
    ("x - (y - (y - x))", "0", "embedded like terms"),
    ("5 + (5 * x) - (3 * x) + 2", "2*x+7", "embedded like terms"),
    ("x^2*y^2 - (x*y)^2", "0", "embedded like terms"),
    ("(x*z^2 + y*z)/z^4", "(y + z*x)/z^3", "embedded like terms (issue 1423)"),
    ("(x^2*y + z*y)/y^4", "(x^2 + z)/y^3", "embedded like terms"),
    ("(x^2 + 2x)*x", "2*x^2 + x^3", "embedded like terms"),
    ("x*y*-x/(x^2)", "-y", "separated like factors"),
    ("x/2*x", "x^2/2", "separated like factors"),
    ("x*2*x", "2*x^2", "separated like factors"),
    ("-2 * (-2 * x + y)", "-(2 * (y - 2 * x))", "separated numerical factors"),
    ("8 * x ^ 9 + 2 * (x ^ 3) ^ 3", "10 * x ^ 9", "nested exponentiation"),
    ("16n / 1", "16 n", "no infinite loop"),
    ("8n - 4n", "4 * n", "no infinite loop"),
    ("x/(x/y)", "y", "a/(b/c)"),
    ("x/(y/z)", "x * z/y", "a/(b/c)"),
    ("(x + 1)/((x + 1)/(z + 3))", "z + 3", "a/(b/c)"),
    ("(x + 1)/((y + 2)/(z + 3))", "(x + 1) * (z + 3)/(y + 2)", "a/(b/c)"),
    ("x+0", "x", "addition of 0"),
    ("x-0", "x", "addition of 0"),
    ("y + (-x*b) + a * -5", "y - 5 * a - x * b", "+ before - removed"),
    ("+3y + (-2z) + x * (-3)", "3 y - 3 * x - 2 * z", "+ before - removed"),
    ("0.1*x", "x/10", "default options: exact fractions"),
    ("0.00125", "1 / 800", "exactFractions: true"),
    ("0.4", "2 / 5", "exactFractions: true"),
    ("100.8", "504 / 5", "exactFractions: true"),
    ("x*x", "x^2", "non-commutative multiply context; also ordinary algebra"),
    ("x^2*x", "x^3", "non-commutative multiply context; also ordinary algebra"),
    ("x*x^2", "x^3", "non-commutative multiply context; also ordinary algebra"),
    ("x^3*x^2", "x^5", "non-commutative multiply context; also ordinary algebra"),
    ("x^(2y)*x^(3z)", "x^(2y+3z)", "non-commutative multiply context; also ordinary algebra"),
    ("y+y", "2*y", "non-commutative add context; also ordinary algebra"),
    ("y+2*y", "3*y", "non-commutative multiply context; also ordinary algebra"),
    ("2*y+y", "3*y", "non-commutative multiply context; also ordinary algebra"),
    ("2*y+4*y", "6*y", "non-commutative multiply context; also ordinary algebra"),
    ("4+4*b", "4*(1+b)", "non-commutative add and multiply; also ordinary algebra"),
    ("4*b+4", "4*(b+1)", "non-commutative add and multiply; also ordinary algebra"),
    ("n*n*3", "n^2*3", "non-commutative multiply context; also ordinary algebra"),
    ("3*n*n", "3*n^2", "non-commutative multiply context; also ordinary algebra"),
    ("3*n*n*3", "3*n^2*3", "non-commutative multiply context; also ordinary algebra"),
    ("3*n*n*n*3", "3*n^3*3", "non-commutative multiply context; also ordinary algebra"),
    ("3*3*n*n*n*3", "9*n^3*3", "non-commutative multiply context; also ordinary algebra"),
    ("(w*z)*n*n*3", "w*z*n^2*3", "non-commutative multiply context; also ordinary algebra"),
    ("2*n*n*3*n*n*4", "2*n^2*3*n^2*4", "non-commutative multiply; also ordinary algebra"),
    ("w*x*(x*y+z)", "w*(x^2*y+x*z)", "non-commutative multiply context; also ordinary algebra"),
    ("w*x*(x*y+z)*w", "w*(x^2*y+x*z)*w", "non-commutative multiply; also ordinary algebra"),
    ("x+x+3", "2*x+3", "non-commutative add context; also ordinary algebra"),
    ("3+x+x", "3+2*x", "non-commutative add context; also ordinary algebra"),
    ("4+x+x+4", "4+2*x+4", "non-commutative add context; also ordinary algebra"),
    ("4+x+x+5+x+x+6", "4+2*x+5+2*x+6", "non-commutative add context; also ordinary algebra"),
    ("5+x+x+x+x+5", "5+4*x+5", "non-commutative add context; also ordinary algebra"),
    ("x + (-x+y)", "x + (y-x)", "non-associative add context; also ordinary algebra"),
    ("x-(y-y+x)", "0", "unrelated (non-commutative / non-associative) contexts"),
    ("3+x", "x+3", "non-associative add context; also ordinary algebra"),
    ("2x + 3x", "5 * x", 'expression parser: simplify("2x + 3x")'),
    ("log(e)", "1", "simplifyAndCompareEval: natural log"),
    ("1/(-y)", "-(1/y)", "minus in the denominator"),
    ("x/(-y)", "-(x/y)", "minus in the denominator"),
    ("(-1)/(-y)", "1/y", "minus in the denominator"),
    ("(-x)/(-y)", "x/y", "minus in the denominator"),
    ("(1+x)/(-y)", "-((x+1)/y)", "minus in the denominator"),
    ("(w+x)/(-y)", "-((w+x)/y)", "minus in the denominator"),
    ("(1-x)/(-y)", "(x-1)/y", "minus in the denominator"),
    ("(w-x)/(-y)", "(x-w)/y", "minus in the denominator"),
    ("1/(-(y+z))", "-(1/(y+z))", "minus in the denominator"),
    ("x/(-(y+z))", "-(x/(y+z))", "minus in the denominator"),
    ("(-1)/(-(y+z))", "1/(y+z)", "minus in the denominator"),
    ("(-x)/(-(y+z))", "x/(y+z)", "minus in the denominator"),
    ("1/(-(y-z))", "1/(z-y)", "minus in the denominator"),
    ("x/(-(y-z))", "x/(z-y)", "minus in the denominator"),
    ("(-1)/(-(y-z))", "-(1/(z-y))", "minus in the denominator"),
    ("(-x)/(-(y-z))", "-(x/(z-y))", "minus in the denominator"),
    ("(1+x)/(-(y+z))", "-((x+1)/(y+z))", "minus in the denominator"),
    ("(w+x)/(-(y+z))", "-((w+x)/(y+z))", "minus in the denominator"),
    ("(1-x)/(-(y+z))", "(x-1)/(y+z)", "minus in the denominator"),
    ("(w-x)/(-(y+z))", "(x-w)/(y+z)", "minus in the denominator"),
    ("(1+x)/(-(y-z))", "(x+1)/(z-y)", "minus in the denominator"),
    ("(w+x)/(-(y-z))", "(w+x)/(z-y)", "minus in the denominator"),
    ("(1-x)/(-(y-z))", "(1-x)/(z-y)", "minus in the denominator"),
    ("(w-x)/(-(y-z))", "(w-x)/(z-y)", "minus in the denominator"),
]

# rationalize.test.js: stri(rationalize(input)) == output (spaces removed).
_MJ_RATIONALIZE: list[tuple[str, str]] = [
    ("-2+3+32-32", "1"),
    ("1^2 + 20 + 3", "24"),
    ("x+x+x", "3*x"),
    ("x-x", "0"),
    ("5x^2-5x^2", "0"),
    ("2-3x", "-3*x+2"),
    ("5x^2-3x-5x^2", "-3*x"),
    ("-5x^2-3x+5x^2", "-3*x"),
    ("-5 -2x^2 + 4x^4", "4*x^4-2*x^2-5"),
    ("-5 -2x^2 + 4x^4+5+2x^2-2x^4", "2*x^4"),
    ("-5 -2x^2 + 4x^4+5+2x^2-4x^4", "0"),
    ("-5 -2x^3 + 5*x^2 + 3*x^6 - 17x^4 + 2 x^5", "3*x^6+2*x^5-17*x^4-2*x^3+5*x^2-5"),
    ("x*2*2", "4*x"),
    ("x*5", "5*x"),
    ("1/(0.1x+1)+1", "(0.1*x+2)/(0.1*x+1)"),
    ("1/x^2+1", "(x^2+1)/x^2"),
    ("1/(x/10+1)+1", "(0.1*x+2)/(0.1*x+1)"),
    ("2x/y - y/(x+1)", "(2*x^2+2*x-y^2)/(x*y+y)"),
    ("(2x+1)^3", "8*x^3+12*x^2+6*x+1"),
    ("(2x+1)^3/(x-2)^3", "(8*x^3+12*x^2+6*x+1)/(x^3-6*x^2+12*x-8)"),
    ("2x/(x+2) - x/(x+1)", "x^2/(x^2+3*x+2)"),
    (
        "2x/( (2x-1) / (3x+2) ) - 5x/ ( (3x+4) / (2x^2-5) ) + 3",
        "(-20*x^4+28*x^3+104*x^2+6*x-12)/(6*x^2+5*x-4)",
    ),
]

# symbolicEqual.test.js: symbolicEqual(a, b) with the default context; (a = pred, b = gold).
_MJ_SYMBOLIC_EQUAL: list[tuple[str, str, bool, str]] = [
    ("x", "y", False, "different variables"),
    ("foo(x)+bar(x)", "foo(x)+bar(y)", False, "different variables inside unknown functions"),
    ("3x", "x*3", True, "various manipulations"),
    ("x*y", "y*x", True, "various manipulations"),
    ("x*y^2", "y*x*y", True, "various manipulations"),
    ("x*(2y - y -y)", "0*z", True, "various manipulations: both are 0"),
]

MJ_EQ = f"test/unit-tests/function/relational/equal.test.js@{_MJ_COMMIT}"
MJ_UNIT = f"test/unit-tests/type/unit/Unit.test.js@{_MJ_COMMIT}"

# equal.test.js / Unit.test.js: (first argument = pred, second = gold, verdict, why).
_MJ_EQUAL: list[tuple[str, str, bool, str]] = [
    ("0.3 - 0.2", "0.1", True, "equal: floating point numbers (default relTol)"),
    ("1e2", "100", True, "equal: strings compared by their numeric value"),
    ("10", "8", False, "equal: strings compared by their numeric value"),
    ("1", "0.991", False, "equal: default relTol (1e-12)"),
    ("2+3i", "2+4i", False, "equal: complex(2, 3) vs complex(2, 4)"),
    ("1+3i", "2+3i", False, "equal: complex(1, 3) vs complex(2, 3)"),
    ("1+3i", "2+4i", False, "equal: complex(1, 3) vs complex(2, 4)"),
    ("2+i", "2", False, "equal: complex(2, 1) vs 2"),
    ("6-2i", "6", False, "equal: complex(6, -2) vs bignumber(6)"),
    ("0.1+0.2", "0.3", True, "equal: fraction(0.1) + fraction(0.2) vs fraction(0.3)"),
    ("1", "1/3", False, "equal: 1 vs fraction(1, 3)"),
    ("100cm", "10inch", False, "equal: units"),
    ("100cm", "1m", True, "equal: units"),
    ("12inch", "1foot", True, "equal: units (no round-off issue)"),
    ("2.54cm", "1inch", True, "equal: units (no round-off issue)"),
]
_MJ_UNIT_EQUALS: list[tuple[str, str, bool]] = [
    ("100 cm", "1 m", True),
    ("100 cm", "2 m", False),
    ("100 cm", "1 kg", False),
    ("100 ft lbf", "1200 in lbf", True),
    ("100 N", "100 kg m / s ^ 2", True),
    ("100 N", "100 kg m / s", False),
    ("100 Hz", "100 s ^ -1", True),
    ("1 s A", "1 C", True),
    ("1 W/A", "1 V", True),
    ("1 V/A", "1 ohm", True),
    ("1 C/V", "1 F", True),
    ("1 J/A", "1 Wb", True),
    ("1 Wb/m^2", "1 T", True),
    ("1 Wb/A", "1 H", True),
    ("1 ohm^-1", "1 S", True),
    ("1 eV", "1.602176565e-19 J", True),
    ("1 kilogramforce", "1 kgf", True),
    ("1 radian", "1 rad", True),
    ("1 degree", "1 deg", True),
    ("1 gradian", "1 grad", True),
]

CASES: list[dict[str, object]] = [
    *(
        _c(MJ, MJ_SIMP, gold, pred, True, True, f"mathjs simplify: {why}")
        for pred, gold, why in _MJ_SIMPLIFY
    ),
    *(
        _c(MJ, MJ_RAT, gold, pred, True, True, "mathjs rationalize")
        for pred, gold in _MJ_RATIONALIZE
    ),
    *(
        _c(MJ, MJ_SEQ, gold, pred, True, ok, f"mathjs symbolicEqual: {why}")
        for pred, gold, ok, why in _MJ_SYMBOLIC_EQUAL
    ),
    *(_c(MJ, MJ_EQ, gold, pred, True, ok, f"mathjs {why}") for pred, gold, ok, why in _MJ_EQUAL),
    *(
        _c(MJ, MJ_UNIT, gold, pred, True, ok, "mathjs Unit.equals")
        for pred, gold, ok in _MJ_UNIT_EQUALS
    ),
]
