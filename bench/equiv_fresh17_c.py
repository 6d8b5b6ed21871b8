r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "c", first part:
SymPy's parser tests; the second part, equiv_fresh17_c2.py, holds Symja, asciimath2tex and
math-expression-evaluator).

Cases come from the test suites of computer-algebra and math-parsing libraries: a test that states
two written expressions parse to the same object is read as "these two answers are equal". Each case
gives the reference (``gold``: the plain SymPy form the test parses as the expected value), the
prediction (``pred``: the other written form, a bare answer to be put in ``\boxed{}``, so ``wrap``
is True) and the verdict (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test. Do not tune the judge on these cases.

Source: sympy/sympy @ e950d313a932bc6cccbc95376b3821cd2f8b5af4 (BSD-3-Clause, ``LICENSE``):

- ``sympy/parsing/tests/test_mathematica.py``, ``test_mathematica``: the dict ``d`` of Mathematica
  input and SymPy text, asserted ``parse_mathematica(pred) == sympify(gold)``. Mathematica reads a
  space between two factors as a product (``2 8``, ``1 2 3``, ``4. 3``), as the test states.
- ``sympy/parsing/tests/test_implicit_multiplication_application.py``: the ``cases`` dicts of
  ``test_implicit_multiplication``, ``test_implicit_application``, ``test_function_exponentiation``,
  ``test_symbol_splitting`` (``e`` bound to ``E``) and ``test_all_implicit_steps``, asserted
  ``parse_expr(pred, transformations=...) == parse_expr(gold)``.
- ``sympy/parsing/tests/test_sympy_parser.py``: ``test_recursive_evaluate_false_10560``,
  ``test_issue_10773`` (both with ``evaluate=False``) and ``test_builtins`` (``abs``/``Abs``...).

Every pair is a positive case (these suites assert no inequalities between strings). Left out, by
rule: pairs whose two strings are identical (no information: ``x+y``, ``355/113``, ``pi``, ``4*-3``
...), repeats of a pair already taken (``x y``); sides that are not a written expression (bare
function names ``factorial``/``(cot)``, ``None``, Python constructors ``Symbol("alpha")``,
``Eq(...)``, ``Rational(2,19)``); Mathematica named characters (``\[Alpha]``, ``\[LongEqual]``); the
Mathematica reading of round brackets as a product (``Cos(1/2 * π)`` = ``Cos*π/2``); two-argument
functions whose argument order is a CAS convention (``Log[2,4]`` = ``log(4,2)``, ``Log2``,
``ArcTan[x,y]`` = ``atan2(y,x)``); renamings of special functions between CAS vocabularies
(``Pochhammer``/``rf``, ``ExpIntegralEi``/``Ei``, ``SinIntegral``, ``CosIntegral``, the Airy
functions, ``LogIntegral``/``li``, ``PrimePi``, ``Prime``, ``PrimeQ``/``isprime``, ``factorial2``).
Pairs of a string and a SymPy object built in Python (``test_latex.py`` ``GOOD_PAIRS``,
``test_maxima.py``, ``test_latex_lark.py``) are not string pairs and were not transcribed; SymPy's
Greek-letter and ``unsplittable``/``names`` loops compare a string with itself.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SYMPY = "sympy/sympy"
_AT = "@e950d313a932bc6cccbc95376b3821cd2f8b5af4"
MATHEMATICA = "sympy/parsing/tests/test_mathematica.py" + _AT
IMPLICIT = "sympy/parsing/tests/test_implicit_multiplication_application.py" + _AT
PARSER = "sympy/parsing/tests/test_sympy_parser.py" + _AT


# (gold: sympify text, pred: Mathematica input, test function)
_MATHEMATICA = [
    ("-6*x", "- 6x", "test_mathematica"),
    ("sin(x)**2", "Sin[x]^2", "test_mathematica"),
    ("2*(x-1)", "2(x-1)", "test_mathematica"),
    ("3*y+8", "3y+8", "test_mathematica"),
    ("asin(2*x+9*(4-x)**2)/x", "ArcSin[2x+9(4-x)^2]/x", "test_mathematica"),
    ("cos(π/2)", "Cos[1/2 * π]", "test_mathematica"),
    ("sin(12)", "Sin[12]", "test_mathematica"),
    ("exp(log(4))", "Exp[Log[4]]", "test_mathematica"),
    ("(x+1)*(x+3)", "(x+1)(x+3)", "test_mathematica"),
    ("cos(acos(3.6))", "Cos[ArcCos[3.6]]", "test_mathematica"),
    ("2*sin(x+y)", "2*Sin[x+y]", "test_mathematica"),
    ("sin(x)+cos(y)", "Sin[x]+Cos[y]", "test_mathematica"),
    ("sin(cos(x))", "Sin[Cos[x]]", "test_mathematica"),
    ("2*sqrt(x+y)", "2*Sqrt[x+y]", "test_mathematica"),
    ("sqrt(2)", "+Sqrt[2]", "test_mathematica"),
    ("-sqrt(2)", "-Sqrt[2]", "test_mathematica"),
    ("-1/sqrt(2)", "-1/Sqrt[2]", "test_mathematica"),
    ("-(1/sqrt(3))", "-(1/Sqrt[3])", "test_mathematica"),
    ("1/(2*sqrt(5))", "1/(2*Sqrt[5])", "test_mathematica"),
    ("Mod(5,3)", "Mod[5,3]", "test_mathematica"),
    ("-Mod(5,3)", "-Mod[5,3]", "test_mathematica"),
    ("(x+1)*y", "(x+1)y", "test_mathematica"),
    ("x*(y+1)", "x(y+1)", "test_mathematica"),
    ("sin(x)*cos(y)", "Sin[x]Cos[y]", "test_mathematica"),
    ("sin(x)**2*cos(y)**2", "Sin[x]^2Cos[y]^2", "test_mathematica"),
    ("cos(x)**2*(1-cos(y)**2)", "Cos[x]^2(1 - Cos[y]^2)", "test_mathematica"),
    ("x*y", "x y", "test_mathematica"),
    ("x*y", "x  y", "test_mathematica"),
    ("2*x", "2 x", "test_mathematica"),
    ("x*8", "x 8", "test_mathematica"),
    ("2*8", "2 8", "test_mathematica"),
    ("4.*x", "4.x", "test_mathematica"),
    ("4.*3", "4. 3", "test_mathematica"),
    ("4.*3.", "4. 3.", "test_mathematica"),
    ("1*2*3", "1 2 3", "test_mathematica"),
    ("-2*sqrt(2*3*(1+5))", " -  2 *  Sqrt[  2 3 *   ( 1   +  5 ) ]  ", "test_mathematica"),
    ("asin(cos(0))", "ArcSin[Cos[0]]", "test_mathematica"),
    ("Max(1,-2,3,-4)", "Max[1,-2,3,-4]", "test_mathematica"),
    ("Min(1,-2,3)", "Min[1,-2,3]", "test_mathematica"),
    ("exp(I*pi/2)", "Exp[I Pi/2]", "test_mathematica"),
    ("pi", "Pi", "test_mathematica"),
    ("3*pi", "3*Pi", "test_mathematica"),
    ("3*Ω*π", "3 Ω π", "test_mathematica"),
    ("pi*Ω", "Pi*Ω", "test_mathematica"),
    ("sqrt(2)*σ", "Sqrt[2]*σ", "test_mathematica"),
    ("log(e**2)", "Log[e^2]", "test_mathematica"),
    ("2", "Log[E^2]", "test_mathematica"),
    ("2", "Log[ExponentialE^2]", "test_mathematica"),
    ("-1", "I^2", "test_mathematica"),
    ("-1", "ImaginaryI^2", "test_mathematica"),
    ("-1", "ImaginaryJ^2", "test_mathematica"),
]


# (gold: plain parse_expr text, pred: implicit form, test function)
_IMPLICIT = [
    ("5*x", "5x", "test_implicit_multiplication"),
    ("a*b*c", "abc", "test_implicit_multiplication"),
    ("3*sin(x)", "3sin(x)", "test_implicit_multiplication"),
    ("(x+1)*(x+2)", "(x+1)(x+2)", "test_implicit_multiplication"),
    ("(5*x**2)*sin(x)", "(5 x**2)sin(x)", "test_implicit_multiplication"),
    ("2*sin(x)*cos(x)", "2 sin(x) cos(x)", "test_implicit_multiplication"),
    ("pi*x", "pi x", "test_implicit_multiplication"),
    ("x*pi", "x pi", "test_implicit_multiplication"),
    ("E*x", "E x", "test_implicit_multiplication"),
    ("EulerGamma*y", "EulerGamma y", "test_implicit_multiplication"),
    ("E*pi", "E pi", "test_implicit_multiplication"),
    ("pi*(x+2)", "pi (x + 2)", "test_implicit_multiplication"),
    ("(x+2)*pi", "(x + 2) pi", "test_implicit_multiplication"),
    ("pi*sin(x)", "pi sin(x)", "test_implicit_multiplication"),
    ("sin(x)", "sin x", "test_implicit_application"),
    ("tan(y**3)", "tan y**3", "test_implicit_application"),
    ("cos(2*x)", "cos 2*x", "test_implicit_application"),
    ("sin(cos(tan(x)))", "sin cos tan x", "test_implicit_application"),
    ("sin(x)**2", "sin**2(x)", "test_function_exponentiation"),
    ("exp(z)^y", "exp^y(z)", "test_function_exponentiation"),
    ("sin(E^(x))**2", "sin**2(E^(x))", "test_function_exponentiation"),
    ("E*x", "xe", "test_symbol_splitting"),
    ("I*y", "Iy", "test_symbol_splitting"),
    ("E*E", "ee", "test_symbol_splitting"),
    ("2*x", "2x", "test_all_implicit_steps"),
    ("x*y", "xy", "test_all_implicit_steps"),
    ("2*sin(x)", "2sin x", "test_all_implicit_steps"),
    ("x*y*z", "x y z", "test_all_implicit_steps"),
    ("sin(2 * 3 * x)", "sin(2 * 3x)", "test_all_implicit_steps"),
    ("sin(x) * (1 + cos(x))", "sin(x) (1 + cos(x))", "test_all_implicit_steps"),
    ("(x + 2) * sin(x)", "(x + 2) sin(x)", "test_all_implicit_steps"),
    ("(x + 2) * sin(x)", "(x + 2) sin x", "test_all_implicit_steps"),
    ("sin(sin(x))", "sin(sin x)", "test_all_implicit_steps"),
    ("sin(factorial(x))", "sin x!", "test_all_implicit_steps"),
    ("x * sin(x)", "x sin x", "test_all_implicit_steps"),
    ("x * y * sin(x)", "xy sin x", "test_all_implicit_steps"),
    ("(x + 2) * (x+3)", "(x+2)(x+3)", "test_all_implicit_steps"),
    ("x**2 + 2 * x * y + y**2", "x**2 + 2xy + y**2", "test_all_implicit_steps"),
    ("ln(sin(x))", "ln sin x", "test_all_implicit_steps"),
    ("sin(x**2)", "sin x**2", "test_all_implicit_steps"),
    ("sin(x**2)**2", "sin^2 x**2", "test_all_implicit_steps"),
    ("sin(x)**3", "sin**3(x)", "test_all_implicit_steps"),
    ("tan(3*x)", "tan 3x", "test_all_implicit_steps"),
    ("sin(3*E**(x))**2", "sin^2(3*E^(x))", "test_all_implicit_steps"),
    ("sin(E**(3*x))**2", "sin**2(E^(3x))", "test_all_implicit_steps"),
    ("sin(3*x*E^x)**2", "sin^2 (3x*E^(x))", "test_all_implicit_steps"),
    ("pi*sin(x)", "pi sin x", "test_all_implicit_steps"),
]


# (gold, pred, test function): parse_expr(pred) == parse_expr(gold)
_PARSER = [
    ("(-4)*3", "-4*3", "test_recursive_evaluate_false_10560"),
    ("(-2)*x*y", "-2*x*y", "test_recursive_evaluate_false_10560"),
    ("x*(-4)*x", "x*-4*x", "test_recursive_evaluate_false_10560"),
    ("(-10)/5", "-10/5", "test_issue_10773"),
    ("(-10)/(-5)", "-10/-5", "test_issue_10773"),
    ("Abs(x)", "abs(x)", "test_builtins"),
    ("Max(x, y)", "max(x, y)", "test_builtins"),
    ("Min(x, y)", "min(x, y)", "test_builtins"),
    ("Pow(x, y)", "pow(x, y)", "test_builtins"),
]


CASES: list[dict] = [
    *(
        _c(SYMPY, MATHEMATICA, g, p, True, True, f"{fn}: parse_mathematica(pred) == sympify(gold)")
        for g, p, fn in _MATHEMATICA
    ),
    *(
        _c(
            SYMPY,
            IMPLICIT,
            g,
            p,
            True,
            True,
            f"{fn}: parse_expr(pred, implicit) == parse_expr(gold)",
        )
        for g, p, fn in _IMPLICIT
    ),
    *(
        _c(SYMPY, PARSER, g, p, True, True, f"{fn}: parse_expr(pred) == parse_expr(gold)")
        for g, p, fn in _PARSER
    ),
]
