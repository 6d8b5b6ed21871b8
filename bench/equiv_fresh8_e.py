r"""An eighth fresh set of answer-equivalence cases (evaluation only; helper "e", first part: the
STACK answer-test fixtures are in equiv_fresh8_e2.py).

Cases are transcribed from the tests of homework and tutoring graders that no earlier set used
(see bench/data/README.md, bench/equiv_issues_*.py, the fresh3 to fresh7 modules and
/work/wt/fresh8_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole text as
the test passes it, here a ``$...$`` math string) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge
on these cases.

Source: OpenNTI/nti.assessment (NextThought's assessment and grading package, the grader of its
online courses' math questions) @ b6a234bfd16d173a9626de1749f37c23ce59b109 (newest stored
snapshot, 2023-04-24), Apache-2.0 (LICENSE):

- ``src/nti/assessment/tests/test_assessment.py``: ``_mathIsEqual`` on two LaTeX math strings
  (read as (gold, pred) in the order the test gives them; the comparison is symmetric),
  ``grade_one_response(response, answers)`` on MathQuill output and ``assess(quiz, responses)``.
- ``src/nti/assessment/tests/test_latex.py``: ``IQSymbolicMathGrader`` on
  ``QLatexSymbolicMathSolution`` (the two pathological responses are rebuilt from their repeated
  pieces, 59 nested ``\frac{1}{...}`` and 98 nested ``\left(...\right)``; both checked against
  the file).
- ``src/nti/assessment/tests/test_solution.py``: ``QNumericMathSolution(value).grade(text)``.

Left out, by rule: ``_mathIsEqual``'s "not equal" verdicts for ``\frac{1}{2}`` against
``\frac{2}{4}``, ``1/2`` and ``\frac{4}{8}`` (a strict-form comparison against mathematical
equality); ``$6$`` vs ``$3(2)$`` (graded False under the test's own comment "We don't get it
right"); the unit and percent-sign policies (required, optional or forbidden trailing units,
``75`` vs ``75\%``); the quiz item with two golds (``$5.00$``, ``$5$``: any-match); the OpenMath
XML responses; non-string responses (``grade(1)``, ``grade(1.2)``); empty and unparseable
responses (``""``, ``"'''"``, ``None``); repeated pairs; free-text, multiple-choice, word-bank and
regex solutions (not math).

Source: openwebwork/pg (the problem-generation and answer-checking engine of the WeBWorK online
homework system) @ 7d9017bc3166379de7ec3637c508cc15c5215e91 (newest stored snapshot,
2026-03-25), GPL-2.0-or-later or the Artistic License (LICENSE):

- ``t/units/basic_parser.t``: ``check_score(correct, answer)``, i.e. ``correct->cmp->evaluate``
  of a student's string, for ``NumberWithUnits`` / ``FormulaWithUnits`` golds (gold as the object
  prints: ``NumberWithUnits(1, 'J')`` is ``1 J``; the two answers given as objects,
  ``NumberWithUnits(1, 'N*m')`` and ``(1, 'kg*m^2/s^2')``, as they print).
- ``t/contexts/interval.t`` and ``t/contexts/alternative_intervals.t`` (the ``]a,b[`` notation of
  ``contextAlternateIntervals.pl``): the differences of intervals compared with ``==``, read as
  (gold = right side, pred = left side, True).

Left out, by rule: unit-notation policies (``J 1`` wrong order, ``1 j`` wrong case, ``1`` missing
unit, ``1 Nm`` without ``*``, ``1 Joule`` in words); ``t/contexts/toltype_digits.t`` (a
digits-tolerance policy) and ``t/contexts/trig_degrees.t`` (trig in degrees); the unions and
intersections, whose operands are interpolated MathObjects or method calls; the interval
constructor and subset checks, ``t/units/add_units.t`` (redefined units), and
``t/macros/math_objects_*.t`` (golds computed by Perl: ``D('x')``, ``eval``).

Source: Khan/perseus (Khan Academy's exercise renderer and grader; its KAS package, the Khan
Algebra System, decides whether a learner's expression or equation equals the answer)
@ cd1bef6ebc8c0043435f62ff8f262a069758843d (newest stored snapshot, 2026-08-21), MIT (LICENSE,
``packages/kas/package.json``):

- ``packages/kas/src/__tests__/comparing.test.ts``: ``expect(input).toEqualExpr(expected)``, i.e.
  ``KAS.compare(parse(input), parse(expected), {form: false}).equal`` (``.not`` for False), in the
  tests "evaluate only", "simplify can't yet handle these" (which assert equality) and "partially
  evaluating functions" (f, g, h parsed as functions); gold = ``expected``, pred = ``input``; the
  three ``forms`` arrays are expanded (``forms[0]`` against each form, itself included); the
  extraKeys test's ``8d`` vs ``8`` (``equal`` false).
- ``packages/kas/src/__tests__/units.test.ts``: the string pairs of ``toParseUnitsAsEqual``
  (``KAS.compare`` of the two parsed quantities; gold = second).

Left out, by rule: ``(-2)^(n+0.1)`` vs ``(-2)^(n+1.1)`` (asserted equal under the comment "This is
incorrect, but accurately captures the current behavior"); the commented-out assertion; the
50-fold repeat of one pair and other repeated pairs (kept once); the "evaluating and comparing
form" test (``toEqualExprAndForm``: a form policy) and the units' ``toHaveTheSameForm``,
``toHaveUnitVariable`` and ``toHaveMagnitude`` checks; the extraKeys flag checks (no verdict on
equality); pairs built from KAS node objects rather than strings.

Source: StepicOrg/stepik-plugins (the quiz plugins of the Stepik online-course platform; its
"math" quiz grades a learner's formula against the teacher's with SymPy and random numerical
tests) ``stepic_plugins/quizzes/math/tests.py`` @ 7c37e71d038023cd7beb1742bea6badd1aa7441f
(newest stored snapshot, 2018-11-20); no license file in the stored copy: short test strings quoted
as test data, with attribution. ``check(answer, reply, result)`` with the suite's default
numerical test (max_error 1e-06, integer_only False); gold = answer, pred = reply.

Left out, by rule: the two checks run with a non-default option (``pi`` vs ``3.1415`` with
max_error 1e-04, the floor/ceiling pair with integer_only True; their default-option verdicts are
kept); the trigonometric-misnaming checks (``tg``, ``ctg``, ``arcctg``, ... and ``e`` for ``E``
graded False with a hint: a notation policy); the invalid-source checks.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NTI = "OpenNTI/nti.assessment"
_NTI_COMMIT = "b6a234bfd16d173a9626de1749f37c23ce59b109"
NTI_ASSESS = f"src/nti/assessment/tests/test_assessment.py@{_NTI_COMMIT}"
NTI_LATEX = f"src/nti/assessment/tests/test_latex.py@{_NTI_COMMIT}"
NTI_SOLN = f"src/nti/assessment/tests/test_solution.py@{_NTI_COMMIT}"

# test_assessment.py, _mathIsEqual(math1, math2): (gold = first, pred = second, expected, test).
_NTI_DOM = [
    ("$10 $", "$10$", True, "test_mathequalsistransitive"),
    ("$10$", " $ 10$", True, "test_mathequalsistransitive"),
    ("$10 $", " $ 10$", True, "test_mathequalsistransitive"),
    ("$7$", "$ 7$", True, "test_naturalnumbers"),
    ("$7$", " $ 7$", True, "test_naturalnumbers"),
    ("$7$", "$ 7 $", True, "test_naturalnumbers"),
    ("$7$", "$7.0$", True, "test_naturalnumbers"),
    ("$7$", "$7.01$", False, "test_naturalnumbers"),
    ("$7$", "$9$", False, "test_naturalnumbers"),
    ("$7$", "$70$", False, "test_naturalnumbers"),
    (r"$\frac{1}{2}$", r"$\frac{1 }{ 2 }$", True, "test_simplemacros_nokids"),
    (r"$\frac{1}{2}$", r" $\frac{ 1 }{2}$", True, "test_simplemacros_nokids"),
    (r"$\frac{1}{2}$", r"$ \frac {1} {2}$", True, "test_simplemacros_nokids"),
    (r"$\sqrt{2}$", r"$\sqrt{ 2 }$", True, "test_simplemacros_nokids"),
    (r"$\sqrt[3]{2}$", r"$ \sqrt[3]{2}$", True, "test_simplemacros_nokids"),
    (r"$\sqrt{2}$", r"$\sqrt{ 4 }$", False, "test_simplemacros_nokids"),
    (r"$\sqrt[3]{2}$", r"$ \sqrt[43]{2}$", False, "test_simplemacros_nokids"),
    (r"$\frac{1+x}{2}$", r"$\frac{1 + x}{2}$", True, "test_exprinfractions"),
    ("$1 + x$", "$1+x$", True, "test_expr"),
    ("$x+1$", "$x + 1$", True, "test_expr"),
    ("$1 + x$", "$x+1$", True, "test_expr"),
    ("$1+x$", "$x + 1$", True, "test_expr"),
    (r"$25\pi$", r"$ 25 \pi$", True, "test_symbols"),
    (r"$25\pi$", r"$25 \pi $", True, "test_symbols"),
    (r"$25\pi$", r"$ 25\pi $", True, "test_symbols"),
    (r"$25\pi$", r"$42\pi$", False, "test_symbols"),
    ("$(-1, 2)$", "$(-1,2)$", True, "test_tuples"),
    ("$(-1, 2)$", "$( -1, 2 )$", True, "test_tuples"),
    ("$(1, 2)$", "$(-1, -2)$", False, "test_tuples"),
    ("$3:30$", "$ 3:30$", True, "test_time"),
    ("$3:30$", "$3:30 $", True, "test_time"),
    ("$3:30$", "$ 3:30 $", True, "test_time"),
    ("$3:30$", "$3 : 30$", True, "test_time"),
    ("$3:30$", "$3:31$", False, "test_time"),
    ("$3:30$", "$3:31 $", False, "test_time"),
    ("$3:30$", "$ 5:30 $", False, "test_time"),
    ("$3:30$", "$330$", False, "test_time"),
    ("$3.2x10^32$", "$3.2 x 10^32$", True, "test_simplemacros_kids"),
    (r"$1.4x10^\frac{1}{2}$", r"$ 1.4 x  10^\frac{ 1}{2}$", True, "test_simplemacros_kids"),
    ("$3.2x10^32$", "$3.2 x 10^33$", False, "test_simplemacros_kids"),
    ("$1.14x10^32$", "$ 1.4 x  10^32$", False, "test_simplemacros_kids"),
]

CASES: list[dict] = [_c(NTI, NTI_ASSESS, g, p, False, ok, t) for g, p, ok, t in _NTI_DOM]

# test_assessment.py, grade_one_response(response, answers) and assess(quiz, responses): typed
# responses without $ delimiters (bare answers, wrap True).
_NTI_GRADE = [
    ("$(0.5,0.5)$", r"\left(0.5,0.5\right)", True, "test_output_from_mathquill: parentheses"),
    ("$(0.5,0.5)$", r"\text{(0.5,0.5)}", True, "test_output_from_mathquill: text wrapping"),
    (r"$\surd 97 \approx 9.8$", r"\surd\:97\:\approx\:9.8", True, "mathquill: broken spacing"),
    (r"$\surd 97 \approx 9.8$", r"\surd\;97\;\approx\;9.8", True, "mathquill: explicit spacing"),
    ("$12$", "12", True, "test_assess: item 2"),
    ("$15.37$", "15.37", True, "test_assess: item 3"),
    ("$1+x$", "1 + x", True, "test_assess: item 4"),
    (r"$\frac{2}{3}$", r"\frac{2}{3}", True, "test_assess: item 5"),
    ("$10$", "10", True, "test_assess: item 6"),
    ("$42$", "42", True, "test_assess: item 7"),
    ("$210$", "210", True, "test_assess: item 8"),
    ("$6$", "6", True, "test_assess: item 9"),
    ("$0$", "0", True, "test_assess: item 10"),
    ("$15.37$", "15", False, "test_assess: item 3 answered 15"),
    ("$(0.4, 0.3)$", "(0.4, 0.3)", True, "test_assess_two"),
]
CASES += [_c(NTI, NTI_ASSESS, g, p, True, ok, t) for g, p, ok, t in _NTI_GRADE]
# assess: item 10 answered with a $-delimited "$1$" (gold "$0$").
CASES.append(_c(NTI, NTI_ASSESS, "$0$", "$1$", False, False, "test_assess: item 10 answered $1$"))

# test_latex.py: IQSymbolicMathGrader on QLatexSymbolicMathSolution(gold) and a text response.
_NESTED_FRAC = "\\frac{1}{" * 59 + "1" + "}" * 59  # evaluates to 1
_NESTED_PARENS = "\\left(" * 98 + "2.72" + "\\right)" * 98
CASES += [
    _c(NTI, NTI_LATEX, r"$\frac{1}{2}$", r"$\frac{1}{2}$", False, True, "test_simple_grade"),
    _c(NTI, NTI_LATEX, "16", _NESTED_FRAC, True, False, "test_grade_plastex_parse_problem"),
    _c(NTI, NTI_LATEX, "16", _NESTED_PARENS, True, False, "test_grade_sympy_memory_error"),
]

# test_solution.py: QNumericMathSolution(value).grade(text) (gold = str(value) as Python prints it).
CASES += [
    _c(NTI, NTI_SOLN, "1", "1", True, True, "test_grade_numbers: QNumericMathSolution(1)"),
    _c(NTI, NTI_SOLN, "1.0", "1", True, True, "test_grade_numbers: QNumericMathSolution(1.0)"),
    _c(NTI, NTI_SOLN, "1.0", "1.0", True, True, "test_grade_numbers: QNumericMathSolution(1.0)"),
    _c(NTI, NTI_SOLN, "1", "1.0", True, True, "test_grade_numbers: QNumericMathSolution(1)"),
    _c(NTI, NTI_SOLN, "1", " 1.0 ", True, True, "test_grade_units: no units (forbidden), padded"),
]

PG = "openwebwork/pg"
_PG_COMMIT = "7d9017bc3166379de7ec3637c508cc15c5215e91"
PG_UNITS = f"t/units/basic_parser.t@{_PG_COMMIT}"
PG_INT = f"t/contexts/interval.t@{_PG_COMMIT}"
PG_ALT = f"t/contexts/alternative_intervals.t@{_PG_COMMIT}"

# t/units/basic_parser.t: (gold = correct answer as printed, pred = student string, expected).
_PG_UNIT_ROWS = [
    ("1 J", "1 N*m", True, "A Joule is a Newton-metre"),
    ("1 J", "1 kg*m^2/s^2", True, "A Joule can be expressed in SI base units"),
    ("1 J", "1 J", True, "one Joule plain"),
    ("1 J", "1.00 J", True, "one Joule float"),
    ("1 J", "1E0 J", True, "one Joule exponential notation"),
    ("1 J", "7/7 J", True, "one Joule value calculated"),
    ("1 J", "1 J^1", True, "one Joule to the power of one"),
    ("1 J", "2 J", False, "one Joule wrong value"),
    ("1 J", "J", False, "one Joule missing value"),
    ("1 J", "1J", True, "one Joule missing space between value and unit is valid"),
    ("1 J", "1 N", False, "one Joule wrong unit force not energy"),
    ("1 J", "1E-3 kJ", True, "one Joule value as exponential"),
    ("1 J", "0.001 kJ", True, "one Joule decimal kJ"),
    ("1 J", "1/1000 kJ", True, "one Joule fractional kJ"),
    ("1 J", "10^-3 kJ", True, "one Joule latex power kJ"),
    ("1 J", "10**-3 kJ", True, "one Joule power of 10 kJ"),
    ("0.005 T", "0.005 T", True, "NumberWithUnits and FormulaWithUnits: 0.005 T is correct"),
    ("0.005 T", "5*10^-13 T*m/angstrom", True, "5*10^-13 T*m/angstrom is correct"),
    ("0.005 T", "0 T*m/angstrom", False, "0 T*m/angstrom is incorrect"),
    ("0.009 x^2 T", "0.009 x^2 T", True, "FormulaWithUnits: 0.009 x^2 T is correct"),
    ("0.009 x^2 T", "9*10^-13 x^2 T*m/angstrom", True, "9*10^-13 x^2 T*m/angstrom is correct"),
    ("0.009 x^2 T", "0 T*m/angstrom", False, "0 T*m/angstrom is incorrect"),
    ("0.009 x^2 T", "0 x^2 T*m/angstrom", False, "0 x^2 T*m/angstrom is incorrect"),
    ("1 amu", "1 amu", True, "1 amu is correct"),
    ("1 amu", "2 amu", False, "2 amu is incorrect"),
    ("1 amu", "1.660538921*10^-27 kg", True, "1.660538921*10^-27 kg is correct"),
    ("1 amu", "0 kg", False, "0 kg is incorrect"),
    ("1 amu", "1.660538921*10^-24 g", True, "1.660538921*10^-24 g is correct"),
    ("1 amu", "0 g", False, "0 g is incorrect"),
    ("1 amu", "1.1374*10^-28 slug", True, "1.1374*10^-28 slug is correct"),
]
CASES += [_c(PG, PG_UNITS, g, p, True, ok, why) for g, p, ok, why in _PG_UNIT_ROWS]

# Differences of intervals: Compute(left) == Compute/Interval(right), all True.
_PG_INT_ROWS = [
    (PG_INT, "(2,6]", "(0,6]-(0,2]"),
    (PG_INT, "(2,6]", "(0,6]-(-2,2]"),
    (PG_INT, "[0,1]U[2,6]", "[0,6]-(1,2)"),
    (PG_INT, "(-infinity,-1)U(1,infinity)", "R-[-1,1]"),
    (PG_ALT, "]2,6]", "]0,6]-]0,2]"),
    (PG_ALT, "]2,6]", "]0,6]-]-2,2]"),
    (PG_ALT, "[0,1]U[2,6]", "[0,6]-]1,2["),
    (PG_ALT, "]-infinity,-1[U]1,infinity[", "R-[-1,1]"),
]
CASES += [
    _c(PG, where, g, p, True, True, "Check differences of intervals (==)")
    for where, g, p in _PG_INT_ROWS
]

KAS = "Khan/perseus"
_KAS_COMMIT = "cd1bef6ebc8c0043435f62ff8f262a069758843d"
KAS_CMP = f"packages/kas/src/__tests__/comparing.test.ts@{_KAS_COMMIT}"
KAS_UNITS = f"packages/kas/src/__tests__/units.test.ts@{_KAS_COMMIT}"
_KAS_TEST = {
    "E": "evaluate only",
    "S": "simplify can't yet handle these",
    "F": "partially evaluating functions",
}

# comparing.test.ts: (gold = expected, pred = input, expected verdict, test), in file order.
_KAS_ROWS = [
    ("4", "2+2", True, "E"),
    ("ab+ac", "a(b+c)", True, "E"),
    ("a*b^-1", "a/b", True, "E"),
    ("1.44", "1.2^2", True, "E"),
    ("1.69", "1.3^2", True, "E"),
    ("1.96", "1.4^2", True, "E"),
    ("2.25", "1.5^2", True, "E"),
    ("1.52399025", "1.2345^2", True, "E"),
    ("1.52399025", "1.2345*1.2345", True, "E"),
    ("1.52399025", "(1+.2345)^2", True, "E"),
    ("-1.709975946", "(-5)^(1/3)", True, "E"),
    ("-1.709975946", "(-5)^(2/6)", True, "E"),
    ("8.549879733", "(-5)^(4/3)", True, "E"),
    ("-0.584803547", "(-5)^(-1/3)", True, "E"),
    ("-1.379729661", "(-5)^(1/5)", True, "E"),
    ("-1.379729661", "(-5)^(0.2)", True, "E"),
    ("x^(0.2)", "x^(1/5)", True, "E"),
    ("x^(1.6)", "x^(8/5)", True, "E"),
    ("(6x+1)(x-1)", "(1-x)(-1-6x)", True, "E"),
    ("x", "y=x", False, "E"),
    ("y=x", "x", False, "E"),
    ("y=x", "y=x", True, "E"),
    ("x=y", "y=x", True, "E"),
    ("-y=-x", "y=x", True, "E"),
    ("-x=-y", "y=x", True, "E"),
    ("y=-x", "y=x", False, "E"),
    ("-y=x", "y=x", False, "E"),
    ("y=/=x", "y=x", False, "E"),
    ("x>y", "y<x", True, "E"),
    ("x>=y", "y<=x", True, "E"),
    ("x<y", "y>x", True, "E"),
    ("x>y", "y>x", False, "E"),
    ("x<=y", "y>=x", True, "E"),
    ("a+b-c+d<0", "a+b<c-d", True, "E"),
    ("-b-mx=-y", "y=mx+b", True, "E"),
    ("y-b=mx", "y=mx+b", True, "E"),
    ("y=2x-5", "y=2x-5", True, "E"),
    ("2x-5=y", "y=2x-5", True, "E"),
    ("2x-y=5", "y=2x-5", True, "E"),
    ("(y+5)/2=x", "y=2x-5", True, "E"),
    ("(y+5)/x=2", "y=2x-5", True, "E"),
    ("1/2(y+5)=x", "y=2x-5", True, "E"),
    (".5(y+5)=x", "y=2x-5", True, "E"),
    ("y-3=2(x-4)", "y=2x-5", True, "E"),
    ("2y=4x-10", "y=2x-5", True, "E"),
    ("yz=2xz-5z", "y=2x-5", True, "E"),
    ("3/2(y+5)=x", "3y=2x-15", True, "E"),
    ("1/3p-3=114", "1/3p-3=114", True, "E"),
    ("1/3p=117", "1/3p-3=114", True, "E"),
    ("p=351", "1/3p-3=114", True, "E"),
    ("p-351=0", "1/3p-3=114", True, "E"),
    ("x(y^2 + 1)/(y^2 + 1)", "x", True, "E"),
    ("x(y^2 + 1)/(y^2 + 2)", "x", False, "E"),
    ("e^x", "e^x", True, "E"),
    ("e^x + 1", "e^x", False, "E"),
    ("x+x+x+6=12", "x+x+x+6=12", True, "E"),
    ("x+2x+6=12", "x+x+x+6=12", True, "E"),
    ("3x+6=12", "x+x+x+6=12", True, "E"),
    ("x+2x=6", "x+x+x+6=12", True, "E"),
    ("2x=6-x", "x+x+x+6=12", True, "E"),
    ("3x=6", "x+x+x+6=12", True, "E"),
    ("x=2", "x+x+x+6=12", True, "E"),
    ("t=100/55.6", "100/55.6=t", True, "E"),
    ("t=100/1.6^2", "100/1.6^2=t", True, "E"),
    ("(2+1/3)x+x=15", "7/3x+x=15", True, "E"),
    ("(1+1/3)x+x=15", "7/3x+x=15", False, "E"),
    ("r^2=x^2+y^2", "x^2+y^2=r^2", True, "E"),
    ("110.304=23^1.5", "23^1.5=110.304", True, "E"),
    ("6.12*10^-2", "6.12*10^-2", True, "E"),
    ("6.12*10^-6", "6.12*10^-2", False, "E"),
    ("(1/3)^x", "3^-x", True, "E"),
    ("3^x", "(1/3)^-x", True, "E"),
    ("3^x", "(3)^-x", False, "E"),
    ("5.6=x+0.4+5.2", "5.6=x+0.4+5.2", True, "E"),
    ("1/sin x", "csc x", True, "E"),
    ("1/cos x", "sec x", True, "E"),
    ("1/tan x", "cot x", True, "E"),
    ("arcsin (1/x)", "arccsc x", True, "E"),
    ("arccos (1/x)", "arcsec x", True, "E"),
    ("arctan (1/x)", "arccot x", True, "E"),
    ("1/sinh x", "csch x", True, "E"),
    ("1/cosh x", "sech x", True, "E"),
    ("1/tanh x", "coth x", True, "E"),
    ("4", "-2sin(pi x) + 4", False, "E"),
    ("-2sin(pi x) + 4", "2sin(pi x) + 4", False, "E"),
    ("0", "sin(pi x)", False, "E"),
    ("sin(pi x)", "0", False, "E"),
    ("cos(2 pi x)", "cos(pi x)", False, "E"),
    ("sin(500pi x)", "sin(pi x)", False, "E"),
    ("sin(pi x)", "sin(500pi x)", False, "E"),
    ("sin(7pi)", "0", True, "E"),
    ("0", "sin(7pi)", True, "E"),
    ("sin(500pi)", "0", True, "E"),
    ("0", "sin(500pi)", True, "E"),
    ("x=1.44", "x=1.2^2", True, "E"),
    ("x=36/25", "x=1.2^2", True, "E"),
    ("x=36/25", "x=1.44", True, "E"),
    ("x=35/25", "x=1.44", False, "E"),
    ("x=1.44^y", "x=1.2^(2y)", True, "E"),
    ("x=(36/25)^y", "x=1.2^(2y)", True, "E"),
    ("x=(36/25)^y", "x=1.44^y", True, "E"),
    ("x=1.69", "x=1.3^2", True, "E"),
    ("x=1.96", "x=1.4^2", True, "E"),
    ("x=2.25", "x=1.5^2", True, "E"),
    ("x=1.52399025", "x=1.2345^2", True, "E"),
    ("x=1.52399025", "x=1.2345*1.2345", True, "E"),
    ("x=1.52399025", "x=(1+.2345)^2", True, "E"),
    ("x=1.52399022", "x=(1+.2345)^2", False, "E"),
    ("1.1234567891234 * 10^200", "1.1234567891235 * 10^200", True, "E"),
    ("0.10", "1.1234567891235 * 10^200", False, "E"),
    ("1.1234567891235 * 10^200", "0.10", False, "E"),
    ("0.51", "0.50", False, "E"),
    ("0.50", "0.51", False, "E"),
    ("1.00", "1.00", True, "E"),
    ("1.1", "0.9", False, "E"),
    ("0.9", "1.1", False, "E"),
    ("(1-r)(70-12r)=10", "12(1-r)^2+58(1-r)=10", True, "E"),
    ("720m+480m-2400=42000", "720m+480(m-5)=42000", True, "E"),
    ("w(12.5-w)=25", "2w+50/w=25", True, "E"),
    ("6n+2n(n-1)>19206", "(n*(8+4n))/2>19206", True, "E"),
    ("( 2)^(n-1)", "( 2)^n", False, "E"),
    ("( 2)^(n)", "( 2)^n", True, "E"),
    ("( 2)^(n+1)", "( 2)^n", False, "E"),
    ("(-2)^(n-1)", "(-2)^n", False, "E"),
    ("(-2)^(n)", "(-2)^n", True, "E"),
    ("(-2)^(n+1)", "(-2)^n", False, "E"),
    ("(-2)^(ab)", "(-2)^(a)", False, "E"),
    ("(-2)^(a^b)", "(-2)^(a)", False, "E"),
    ("\\frac{-1}{2 - x}", "\\frac{1}{x - 2}", True, "E"),
    ("sin(x)", "sin(x + 2pi)", True, "S"),
    ("y = sin(x)", "y = sin(x + 2pi)", True, "S"),
    ("1", "sin^2(x)+cos^2(x)", True, "S"),
    ("y = 1", "y = sin^2(x)+cos^2(x)", True, "S"),
    ("f(x)", "f(x)", True, "F"),
    ("g(x)", "f(x)", False, "F"),
    ("f(g(x))", "f(g(x))", True, "F"),
    ("tan(f(2x))", "sin(f(3x-x))/cos(f(x+x))", True, "F"),
    ("f(x) = sin(x)", "f(x) = sin(x + 2pi)", True, "F"),
    ("f(x)-ln|x|-c = 0", "f(x) = ln|x|+c", True, "F"),
    ("f(2) = f(3) + 4", "f(5) = f(7) + 4", False, "F"),
    ("f(2) = f(3) + 4", "f(2) = f(3) + 4", True, "F"),
    ("f(2) = 4 + f(3)", "f(2) = f(3) + 4", True, "F"),
    ("f(3) + 4 = f(2)", "f(2) = f(3) + 4", True, "F"),
]
CASES += [
    _c(KAS, KAS_CMP, g, p, True, ok, f"toEqualExpr ({_KAS_TEST[t]})") for g, p, ok, t in _KAS_ROWS
]
CASES.append(_c(KAS, KAS_CMP, "8", "8d", True, False, "compare with extraKeys ['d']: equal false"))

# units.test.ts, toParseUnitsAsEqual: (gold = second, pred = first, expected).
_KAS_UNIT_ROWS = [
    ("0.01 kg", "10 g", True),
    ("9.8 N", "9.8 kg m / s^2", True),
    ("9.8 N / kg", "9.8 m / s^2", True),
    ("50 A", "50 m", False),
    ("5 A", "5000 mA", True),
    ("5 A", "5 mA", False),
    ("9.8 J", "9.8 kg m / s^2", False),
    ("9.8 J/m", "9.8 kg m / s^2", True),
]
CASES += [_c(KAS, KAS_UNITS, g, p, True, ok, "toParseUnitsAsEqual") for g, p, ok in _KAS_UNIT_ROWS]

STEPIK = "StepicOrg/stepik-plugins"
STEPIK_AT = "stepic_plugins/quizzes/math/tests.py@7c37e71d038023cd7beb1742bea6badd1aa7441f"

# MathQuiz.check(reply) against Source(answer): (gold = answer, pred = reply, expected, test).
_STEPIK_ROWS = [
    ("cos(2*x)", "cos(x+x)", True, "test_check"),
    ("cos(2*x)", "cos(x+x+x)", False, "test_check"),
    ("cos(pi)", "-1", True, "test_check"),
    ("cos(pi)", "-3", False, "test_check"),
    ("x + y", "2*x + y - x", True, "test_check"),
    ("pi", "3.141592", True, "test_check (default max_error 1e-06)"),
    ("pi", "3.1415", False, "test_check (default max_error 1e-06)"),
    (
        "33**12-(8*33**7-3*33**2)-2*(9*33**8-10*33**4+1)+2*12*33**3+20*33**4-6",
        "(33**12)-2*(12-3)*(33**(12-4))-(12-4)*(33**(12-5))+2*10*(33**3)*2+6*(33**2)*2",
        False,
        "test_check",
    ),
    ("7**7 / (2**2 * 5**5)", "(3.5**3.5 / 2.5**2.5)**2", True, "test_check"),
    (
        "2*floor(n/2)+n-5",
        "4*(ceiling(n/2)-3)+3*(1-(n-2*floor(n/2)))+4",
        False,
        "test_check (default: real-valued n)",
    ),
    ("x > 5", "x > 5", True, "test_check_inequality"),
    ("x > -5", "x - 2 > -7", True, "test_check_inequality"),
    ("5 <= -2 + sin(x)", "sin(x) + 4 >= 11", True, "test_check_inequality"),
    ("x < y ^ z", "y ^ z > x", True, "test_check_inequality"),
    ("x > 5", "5", False, "test_check_inequality: must be an inequality"),
    ("x > 5", "x > 3", False, "test_check_inequality"),
    ("x >= 0", "x > 0", False, "test_check_inequality"),
    ("x >= y + cos(2*x)", "x > 0", False, "test_check_inequality"),
    ("x", "x > 5", False, "test_check_inequality: must not be an inequality"),
]
CASES += [_c(STEPIK, STEPIK_AT, g, p, True, ok, why) for g, p, ok, why in _STEPIK_ROWS]
