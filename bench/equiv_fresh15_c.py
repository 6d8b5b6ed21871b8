r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "c", whose brief was
non-English projects' math graders and their tests; first part: an Indonesian, a German and an
Uzbek checker; the Turkish, German and Uzbek suites of the same search are in
equiv_fresh15_c2.py).

Cases are transcribed from the tests of answer checkers that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh14 docstrings and
/work/wt/fresh15_claims, where each repository below was claimed first). Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when
``wrap`` is True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test (a raw string ``r"\frac{d}{dx}"`` is kept as written; a Unicode minus
sign is written ``\u2212``); each suite's own notation is kept (ASCII ``|x|``, ``<3,4>`` vectors,
``[[1,2],[3,4]]`` matrices, ``or``, decimal commas, ``12 : 4`` for division, ``tg``/``ctg``). Do
not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy). No snapshot of these repositories
could be fetched; the files were read from the stored index at the commits given. None of the
three lists a license file: the short strings are quoted as test data, with attribution.

- cecepsuwanda/hand_writing_math_grader (an Indonesian grader of handwritten mathematics answer
  sheets: "kunci" answer keys, "Jawaban akhir" final answers; SymPy step checking) @
  12d711fdeaba0dd6567cffa65c88c21c2073a9e0:
  ``tests/test_math_parser_equivalence.py`` (``relations_equivalent``,
  ``expressions_equivalent``, ``limits_equivalent``, ``derivatives_equivalent``,
  ``integrals_equivalent``, ``matrices_equivalent`` on two parsed strings, asserted ``is True`` /
  ``is False``; the checks are symmetric: the first argument, the earlier step or the expression
  to evaluate, is ``gold``; equations and inequalities count as equivalent when their solution
  sets agree, as the suite asserts; ``normalize_math_text`` mapping ``"Jawaban akhir: x &< 4"``
  onto ``x < 4`` is read as an equivalence, as in equiv_fresh3_a.py, the text kept whole);
  ``tests/test_sympy_validator.py`` (``SymPyStepValidator``: step VALID / INVALID against the step
  before it; only pairs not already taken above); ``tests/test_standard_compare.py``
  (``StandardFinalComparer``: the answer key's ``x < 4`` against ``x<4`` and ``x<5``).
- Ferid1088/karo (a German adaptive-learning app): ``tests/test_antwortvergleich.py``
  @ 1fa2c100d4eea2ea789d5d12d3049eb82e36222c (``check_answer(antwort, loesung, art)``: gold =
  ``loesung``, pred = ``antwort``; ``why`` gives the answer type ``art``) and
  ``tests/test_rechnen_unbekannte.py`` @ 7991b0f3324a0e660e822e8f846216565cf67453
  (``rechnen.stimmt(text)``: whether a written calculation ``LHS = RHS`` holds; read as gold =
  right-hand side, pred = left-hand side).
- bekzod-07/burgutali (an Uzbek national-certificate mock-exam bot) ``selftest.py``
  @ 07729f680a5a3a1bdcfc0c75dc44c6b957b64579 (``test_math_expr``: ``is_equivalent(user, key)``
  in ``cases_true`` / ``cases_false``; gold = key, pred = user; and the inequality check
  ``is_equivalent("x>=2", "x >= 2")``).

Left out, by rule: hand_writing_math_grader's indefinite integral against ``x^2+3x`` without a
constant (a constant-of-integration policy; the ``+C`` forms are kept), steps with no definite
verdict (UNCERTAIN: ``\lim_{x \to \infty} x`` against ``0``, prose steps, a singular inverse), the
continuity checks (a claim about a function value, not an equivalence), parse-kind and extraction
assertions, score aggregation, and repeats of a pair already kept. karo: the multiple-choice
letter ``B``/``b`` and the text ``ein Viertel``; verdicts that follow the answer type and not
mathematics (``x * x`` against ``x ^ 2`` asserted False because the ``term`` comparer only handles
linear terms; ``5 = x`` against ``x = 5`` under ``auswahl``; ``5=x`` against ``5`` under
``bruch``); the empty and blank inputs; the repeats under ``art=None``; word problems whose
calculation sits inside a sentence (``Du hast 3 \u00c4pfel. 2 + 2 = 4, oder?``) and the equations
with an unknown (``stimmt`` is None). burgutali: the key with two accepted forms (``1/2;0.5``:
any-of-several golds), the empty answer, the normaliser, length and injection checks.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HW = "cecepsuwanda/hand_writing_math_grader"
_SHA = "12d711fdeaba0dd6567cffa65c88c21c2073a9e0"
HW_EQ = f"tests/test_math_parser_equivalence.py@{_SHA}"
HW_VAL = f"tests/test_sympy_validator.py@{_SHA}"
HW_STD = f"tests/test_standard_compare.py@{_SHA}"

_M12 = r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}"
_LIM = r"\lim_{x \to 1} (x^2-1)/(x-1)"
_DDX = r"\frac{d}{dx}(x^2+3x)"
_INT = r"\int (2x+3)\,dx"
_DOT = r"\begin{pmatrix}1 \\ 2\end{pmatrix}\cdot\begin{pmatrix}3 \\ 4\end{pmatrix}"
_ADD = _M12 + r"+\begin{pmatrix}5 & 6 \\ 7 & 8\end{pmatrix}"

# test_math_parser_equivalence.py: (gold = first argument, pred = second, expected, why)
_EQ = [
    ("2x+5=15", "2x=10", True, "relations_equivalent: same solution set"),
    ("2x+5=15", "2x=20", False, "relations_equivalent: x=5 vs x=10"),
    ("2x-3<5", "2x<8", True, "inequality chain"),
    ("2x<8", "x<4", True, "inequality chain"),
    ("|x|<2", r"\lvert x\rvert < 2", True, "absolute value notations"),
    ("|x|<2", r"\abs{x}<2", True, "absolute value notations"),
    ("|x|<2", "-2<x<2", True, "abs inequality as a compound inequality"),
    ("|x|>2", "x<-2 or x>2", True, "abs inequality as a disjunction"),
    ("|x-1|<3", "-3<x-1<3", True, "shifted abs inequality"),
    ("-3<x-1<3", "-2<x<4", True, "compound inequality solved"),
    (r"x \in (1,3)", "1<x<3", True, "interval membership vs inequality"),
    (r"x \in [0,2]", "0<=x<=2", True, "closed interval membership vs inequality"),
    (r"x \neq 1", "x<1 or x>1", True, "domain: x != 1 as a disjunction"),
    ("(f+g)(x)=2x+1", "y=2x+1", True, "expressions_equivalent: right-hand sides"),
    ("(f+g)(x)=2x+1", "y=2x+2", False, "expressions_equivalent: 2x+1 vs 2x+2"),
    (_LIM, r"\lim_{x \to 1} (x+1)", True, "limits_equivalent: factor cancelled"),
    (_LIM, "2", True, "limits_equivalent: limit value"),
    (_LIM, "3", False, "limits_equivalent: wrong value"),
    (_DDX, "d/dx(x^2+3x)", True, "derivatives_equivalent: LaTeX vs ASCII d/dx"),
    (_DDX, "2x+3", True, "derivatives_equivalent: derivative evaluated"),
    (_DDX, "y'=2x+3", True, "derivatives_equivalent: y' assignment"),
    (_DDX, "2x", False, "derivatives_equivalent: wrong derivative"),
    (_INT, "int (2x+3) dx", True, "integrals_equivalent: LaTeX vs ASCII integral"),
    (_INT, "x^2+3x+C", True, "integrals_equivalent: antiderivative with +C"),
    (_INT, "x^2", False, "integrals_equivalent: wrong antiderivative"),
    (r"\int_{0}^{1}(2x)\,dx", "1", True, "integrals_equivalent: definite integral value"),
    (r"\frac{d}{dx}(\ln x)", "1/x", True, "derivative of ln x"),
    (r"\frac{d}{dx}(\ln x)", "1/x^2", False, "derivative of ln x: wrong"),
    (r"\frac{d}{dx}(e^{2x})", r"2e^{2x}", True, "derivative of e^{2x}"),
    (r"\int e^x\,dx", r"e^x+C", True, "integral of e^x with +C"),
    (r"e^{\ln x}", "x", True, "expressions_equivalent: e^{ln x} = x (suite asserts True)"),
    (r"\ln(e^x)", "x", True, "expressions_equivalent: ln(e^x) = x"),
    (_ADD, r"\begin{pmatrix}6 & 8 \\ 10 & 12\end{pmatrix}", True, "matrix sum"),
    (_ADD, r"\begin{pmatrix}0 & 0 \\ 0 & 0\end{pmatrix}", False, "matrix sum: wrong"),
    (_M12 + "^{T}", r"\begin{pmatrix}1 & 3 \\ 2 & 4\end{pmatrix}", True, "transpose"),
    ("[[1,2],[3,4]]", r"\begin{bmatrix}1 & 2 \\ 3 & 4\end{bmatrix}", True, "ASCII vs bmatrix"),
    (
        _M12 + r"\begin{pmatrix}0 & 1 \\ 1 & 0\end{pmatrix}",
        r"\begin{pmatrix}2 & 1 \\ 4 & 3\end{pmatrix}",
        True,
        "matrix product",
    ),
    (r"\det" + _M12, "-2", True, "determinant"),
    (r"\begin{vmatrix}1 & 2 \\ 3 & 4\end{vmatrix}", "-2", True, "determinant (vmatrix)"),
    (r"\det" + _M12, "2", False, "determinant: sign wrong"),
    (_M12 + "^{-1}", r"\begin{pmatrix}-2 & 1 \\ 3/2 & -1/2\end{pmatrix}", True, "inverse"),
    ("||<3,4>||", "5", True, "vector norm"),
    (r"\lVert\langle 3,4\rangle\rVert", "5", True, "vector norm (LaTeX)"),
    ("||<3,4>||", "6", False, "vector norm: wrong"),
    (_DOT, "11", True, "dot product"),
    ("<3,4>/||<3,4>||", r"\begin{pmatrix}3/5 \\ 4/5\end{pmatrix}", True, "unit vector"),
]

# test_sympy_validator.py: step pairs not in the file above (gold = earlier step)
_VAL = [
    ("2x=10", "x=5", True, "step VALID: equation solved"),
    ("|x|<2", "x<2", False, "step INVALID: abs dropped"),
    (r"\lim_{x \to \infty} 1/x", "0", True, "step VALID: limit at infinity"),
    (r"\lim_{x \to 0^+} x", "0", True, "step VALID: one-sided limit"),
    (_ADD, r"\begin{pmatrix}1 & 1 \\ 1 & 1\end{pmatrix}", False, "step INVALID: matrix sum"),
    (_M12 + "^{-1}", r"\begin{pmatrix}1 & 0 \\ 0 & 1\end{pmatrix}", False, "INVALID: inverse"),
    (_DOT, "0", False, "step INVALID: dot product"),
]

KA = "Ferid1088/karo"
KA_CMP = "tests/test_antwortvergleich.py@1fa2c100d4eea2ea789d5d12d3049eb82e36222c"
KA_CALC = "tests/test_rechnen_unbekannte.py@7991b0f3324a0e660e822e8f846216565cf67453"
BA = "bekzod-07/burgutali"
BA_W = "selftest.py@07729f680a5a3a1bdcfc0c75dc44c6b957b64579"

# karo check_answer(antwort, loesung, art): (gold = loesung, pred = antwort, expected, why)
_KA_CMP = [
    ("2/4", "1/2", True, "bruch: unreduced fraction"),
    ("1/2", "2/4", True, "bruch"),
    ("1/2", "0.5", True, "bruch: decimal point"),
    ("1/2", "0,5", True, "bruch: German decimal comma"),
    ("0,5", "1/2", True, "dezimal: fraction for a decimal-comma key"),
    ("5/6", "2/3 + 1/6", True, "bruch: the calculation instead of the result"),
    ("3", "12 : 4", True, "bruch: colon as division sign"),
    ("-1/2", "-2/4", True, "bruch: negative"),
    ("5 = x", "x = 5", True, "gleichung: sides swapped"),
    ("x = 5", "5", True, "gleichung: bare value for the equation"),
    ("5", "x = 5", True, "gleichung: equation for a bare-value key"),
    ("x = 5", "y = 5", True, "gleichung: other unknown, same solution (suite asserts True)"),
    ("2x+6", "2(x+3)", True, "term: factored"),
    ("2(x+3)", "2x+6", True, "term: expanded"),
    ("2x + 3", "3 + 2x", True, "term: commuted"),
    ("5", "5=x", True, "gleichung: 5=x for key 5 (test_antwort_art_lenkt_den_vergleich)"),
    ("1/2", "2/5", False, "bruch"),
    ("1/2", "0,6", False, "bruch: decimal comma, wrong value"),
    ("x = 5", "x = 6", False, "gleichung"),
    ("2x + 6", "2x + 5", False, "term"),
    ("x = 5", "7", False, "gleichung: wrong bare value"),
]
# invalid inputs never count as correct (test_ungueltige_eingabe_stuerzt_nie_ab, key 1/2)
_KA_BAD = ["x=foo", "1/0", "beliebiger Text", "=", "((", "5..5", "2x+3y", "1/2 + ", "x * * 3"]
# karo rechnen.stimmt("LHS = RHS"): (gold = RHS, pred = LHS, expected, text)
_KA_CALC = [
    ("5/6", "1/2 + 1/3", True, "1/2 + 1/3 = 5/6"),
    ("5/12", "1/4 + 1/6", True, "Rechne 1/4 + 1/6 = 5/12"),
    ("2/5", "1/2 + 1/3", False, "1/2 + 1/3 = 2/5"),
    ("5", "2 + 2", False, "2 + 2 = 5"),
    ("11", "3 \u00b7 4", False, "Das Ergebnis ist 3 \u00b7 4 = 11"),
    ("9", "3 * 3 * 3", False, "Rechne die Kanten mal: 3 * 3 * 3 = 9."),
    ("27", "3 * 3 * 3", True, "Rechne die Kanten mal: 3 * 3 * 3 = 27."),
    ("5", "12 : 4", False, "Berechne 12 : 4 = 5"),
    ("6 : 8", "3 : 4", True, "Verh\u00e4ltnis: 3 : 4 = 6 : 8 (ratio)"),
]
# burgutali is_equivalent(user, key): (gold = key, pred = user, expected, why)
_BA = [
    ("0.5", "1/2", True, "fraction vs decimal"),
    ("1/2", "0,5", True, "decimal comma"),
    ("0.5", "2^-1", True, "negative power"),
    ("0.5", "sin(pi/6)", True, "trigonometric value"),
    ("sqrt(2)", "\u221a2", True, "radical sign"),
    ("8", "2^3", True, "power"),
    ("x**2+2*x", "x\u00b2+2x", True, "superscript two, implicit product"),
    ("5", "|-5|", True, "absolute value"),
    ("1", "tg(pi/4)", True, "tg notation for tan"),
    ("1", "ctg(pi/4)", True, "ctg notation for cot"),
    ("1", "ln(e)", True, ""),
    ("2", "log(100)/log(10)", True, ""),
    ("pi/6", "30\u00b0", True, "degrees vs radians"),
    ("0.75", "3/4", True, ""),
    ("x*2", "2x", True, "implicit product"),
    ("9", "(1+2)*3", True, ""),
    ("3", "sqrt(9)", True, ""),
    ("x >= 2", "x>=2", True, "inequality, spacing"),
    ("0.33", "1/3", False, "rounded key is not 1/3 (cases_false)"),
    ("5", "4", False, ""),
    ("x+2", "x+1", False, ""),
    ("0.5", "sin(pi/3)", False, "sin(pi/3) is sqrt(3)/2"),
]

CASES: list[dict] = [
    _c(
        HW,
        HW_EQ,
        "x < 4",
        "Jawaban akhir: x &< 4",
        False,
        True,
        "normalize_math_text: Indonesian 'final answer:' prefix and & stripped",
    ),
    *(_c(HW, HW_EQ, g, p, True, ok, why) for g, p, ok, why in _EQ),
    *(_c(HW, HW_VAL, g, p, True, ok, why) for g, p, ok, why in _VAL),
    _c(HW, HW_STD, "x < 4", "x<4", True, True, "StandardFinalComparer: key's final answer"),
    _c(HW, HW_STD, "x < 4", "x<5", True, False, "StandardFinalComparer: mismatch INVALID"),
    *(_c(KA, KA_CMP, g, p, True, ok, why) for g, p, ok, why in _KA_CMP),
    *(_c(KA, KA_CMP, "1/2", p, True, False, "invalid input never correct") for p in _KA_BAD),
    *(_c(KA, KA_CALC, g, p, True, ok, f"stimmt: {t}") for g, p, ok, t in _KA_CALC),
    *(_c(BA, BA_W, g, p, True, ok, why or "is_equivalent") for g, p, ok, why in _BA),
]
