r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "d": science answer
checkers (chemistry, physics with units) and non-English (Spanish, Chinese) math graders, with
their tests).

Cases are transcribed from test suites that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the fresh3..fresh12 modules and /work/wt/fresh13_claims, where each
repository below was claimed first). Each case gives the reference answer (``gold``), the
prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``r"\frac{1}{2}"`` is stored as written; leading / trailing spaces inside the test's strings
are kept). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- openedx/openedx-chem (the Open edX chemistry grader, split out of edx-platform's
  ``common/lib/chem``; it grades learners' typed chemical expressions and equations)
  ``chem/tests/test_all.py`` @ 0529208ac8b253860ef57a63a240365f49840681:
  ``chemical_equations_equal(a, b)`` and ``compare_chemical_expression(a, b)`` asserted True /
  False. The first argument is stored as ``gold``, the second as ``pred`` (the relations are
  symmetric); the plain-text chemistry syntax is kept (``2H2O`` a coefficient, ``^2-`` a charge,
  ``7/2HCl`` a fractional coefficient, ``->`` / ``<->`` arrows). No license file is among the
  stored files of the repository (the short strings are quoted as test data, with attribution).
- Asdri02/TFG-Adriansolerrodriguez (a Spanish final-year project: an AI tutor with a deterministic
  numeric / symbolic checker for mathematics and physics answers) ``tests/test_answer_checker.py``
  @ 59ec57dce83d0a0e355e43b33209124e63bded44: ``grade_numeric(student, expected, kind="math" |
  "physics")["correct"]``; ``expected`` is stored as ``gold``, ``student`` as ``pred``. Spanish
  sentences ("el resultado es -3", "me equivoqué, a = 9.8 m/s^2") are kept whole (``wrap``
  False); bare answers (``x=-6/2``, ``9.8 m/s``) are boxed. No license file in the stored copy.
- Heliotrope-dev/math-agent (a Chinese math agent whose answer self-correction checks the model's
  final answer against calculator results; test docstrings and comments in Chinese)
  ``tests/test_answer_verification.py`` @ 235860ab816a7d27dfc9f4556538b4589053938d:
  ``_normalize_latex(x) == y``, ``_clean_answer_text(x) == y`` (strips Chinese answer prefixes
  "答案：", "结果:") and ``_to_value_set(x) == [sympy value]`` (normalisers mapping one string onto
  another, read as an equivalence as in equiv_fresh3_a.py; the SymPy value is stored in SymPy's
  string form, ``3*x**2 - 3``); ``_value_in_pool(sympify(a), [sympify(b)])`` (``b`` stored as
  ``gold``); ``answer_supported_by_calcs(answer, calc_results)``, where the gold is the value the
  calculator trace reports ("数值结果：14" stored as ``14``; two traces giving 2 and -2 stored as
  ``2, -2``). No license file in the stored copy.

Left out, by rule: openedx-chem's ``exact=True`` tests (an unscaled-equation policy), the
syntax-error tests (malformed input, no verdict on an answer), the phase tests (``ignore_state``:
a state-symbol policy), ``H2O + CO2`` vs ``O2C + OH2`` (graded unequal for the order of atoms in a
formula: a notation policy), ``divide_chemical_expression`` (a ratio, not equivalence), the
rendering, crystallography (Miller indices from clicked points) and VSEPR tests; repeats of
``H2 + O2 -> H2O2`` vs ``2O2 + 2H2 -> 2H2O2`` (kept once). TFG's blank answer, its identity
(``x = -3`` vs ``x = -3``) and ``a = 9.81 m/s^2`` for 9.8 (accepted by the checker's 5% relative
tolerance: a tolerance policy). math-agent's ``x = 2 or x = -2`` (only the number of values is
asserted), ``_extract_calc_value`` (parsing the calculator's output), the unparseable ``(((``,
the empty calculator list, ``_value_in_pool`` of 5 against the pool {3, -3} (several golds),
``answers_equivalent("14", ...)`` (an identity) and its repeat of 15 vs 14, the sandbox and
``^`` -> ``**`` preprocessing tests.

Looked at and not used: dorogao5/MolQuiz (Russian IUPAC-name quiz; its checker's verdicts come
from a mocked OPSIN client), Sobilo34/Lumi (spoken words), pedroanisio/silent-acceptance,
knx4dmn/dag-motivation-exp and 2002yy/study-agent (no answer pairs: block extraction, step
provenance, calculation checks), DieGOD24/calificame-backend (a mocked grading service);
fireworks-ai reward-kit's ``tests/test_math.py`` (the predecessor of eval-protocol, already used);
TsinghuaAI/CUGE issue 7 (Chinese Math23K scoring) was claimed by another collector.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CHEM = "openedx/openedx-chem"
CHEM_AT = "chem/tests/test_all.py@0529208ac8b253860ef57a63a240365f49840681"
TFG = "Asdri02/TFG-Adriansolerrodriguez"
TFG_AT = "tests/test_answer_checker.py@59ec57dce83d0a0e355e43b33209124e63bded44"
HELIO = "Heliotrope-dev/math-agent"
HELIO_AT = "tests/test_answer_verification.py@235860ab816a7d27dfc9f4556538b4589053938d"

_CHEM_EQUATIONS = [
    # (a, b, expected, test)
    ("H2 + O2 -> H2O2", "O2 + H2 -> H2O2", True, "test_simple_equation"),
    ("H2 + O2 -> H2O2", "O2 + 2H2 -> H2O2", False, "test_simple_equation: left sides differ"),
    ("H2 + O2 -> H2O2", "O2 + H2 -> H2O", False, "test_simple_equation: right sides differ"),
    ("H2 + O2 -> H2O2", "O2 + H2 -> 2H2O2", False, "test_simple_equation: factors differ"),
    ("H2 + O2 -> H2O2", "2O2 + 2H2 -> 2H2O2", True, "test_different_factor: scaled equation"),
    ("2H2 + O2 -> H2O2", "2O2 + 2H2 -> 2H2O2", False, "test_different_factor"),
    ("H2 + O2 -> H2O2", "O2 + H2 <-> 2H2O2", False, "test_different_arrows"),
]

_CHEM_EXPRESSIONS = [
    ("H2O + CO2", "CO2+H2O", True, "same_order_no_phases_no_factors_no_ions"),
    ("H2O + CO2", "CO2 + H2O", True, "different_order_no_phases_no_factors_no_ions"),
    ("H2O + Fe(OH)3 +  CO2", "CO2 + H2O + Fe(OH)3", True, "different_order_three_multimolecule"),
    ("3H2O +  2CO2", "2CO2 + 3H2O ", True, "same_factors"),
    ("2H2O +  3CO2", "2CO2 + 3H2O ", False, "different_factors"),
    ("H^+ + OH^-", " OH^- + H^+ ", True, "correct_ions"),
    ("H^+ + OH^-", " OH^- + H^- ", False, "wrong_ions"),
    ("Fe(OH)^2- + (OH)^-", " (OH)^- + Fe(OH)^2- ", True, "parent_groups_ions"),
    ("3H^+ + 2OH^-", " 2OH^- + 3H^+ ", True, "correct_factors_ions_and_one"),
    ("2H^+ + 3OH^-", " 2OH^- + 3H^+ ", False, "wrong_factors_ions"),
    ("7/2H^+ + 3/5OH^-", " 3/5OH^- + 7/2H^+ ", True, "float_factors"),
    (
        "5(H1H212)^70010- + 2H20 + 7/2HCl + H2O",
        "7/2HCl + 2H20 + H2O + 5(H1H212)^70010-",
        True,
        "complex_additivity",
    ),
    (
        "5(H1H212)^70010- + 2H20 + 7/2HCl + H2O",
        "2H20 + 7/2HCl + H2O + 5(H1H212)^70011-",
        False,
        "complex_additivity_wrong",
    ),
    ("5[Ni(NH3)4]^2+ + 5/2SO4^2-", "5/2SO4^2- + 5[Ni(NH3)4]^2+", True, "complex_all_grammar"),
    ("H^+ + OH^1-", " OH^- + H^+ ", True, "one_superscript_explicitly_set"),
    ("6/2H^+ + OH^-", " OH^- + 3H^+ ", True, "equal_factors_differently_set"),
    ("H2 + CO2", "H2 + C102", False, "one_subscript_explicitly_set"),
]


def _chem_cases() -> list[dict[str, object]]:
    out = [
        _c(CHEM, CHEM_AT, a, b, True, ok, f"chemical_equations_equal: {why}")
        for a, b, ok, why in _CHEM_EQUATIONS
    ]
    out += [
        _c(CHEM, CHEM_AT, a, b, True, ok, f"compare_chemical_expression: test_compare_{why}")
        for a, b, ok, why in _CHEM_EXPRESSIONS
    ]
    return out


_TFG = [
    # (expected answer, student answer, wrap, correct, test)
    ("x = -3", "Despejo 2x = -6 y queda x = -3", False, True, "math: equivalent results"),
    ("x = -3", "x=-6/2", True, True, "math: equivalent results"),
    ("x = -3", "el resultado es -3", False, True, "math: equivalent results"),
    ("x = -3", "x = -3.0", True, True, "math: equivalent results"),
    (
        "x = -3",
        "Primero pongo 2x=-6, x=-3... no, en realidad x = 3",
        False,
        False,
        "math: wrong conclusion although the key appears",
    ),
    ("x = -3", "x = 7", True, False, "math: incorrect"),
    ("2, -2", "las soluciones son x = 2 y x = -2", False, True, "math: several solutions"),
    ("1/2", "x = 0.5", True, True, "math: fraction equals decimal"),
    ("9.8 m/s^2", "La aceleración es 9.8 m/s^2", False, True, "physics: value and unit right"),
    ("9.8 m/s^2", "9.8 m/s", True, False, "physics: value right, unit wrong (correct False)"),
    ("9.8 m/s^2", "a = 3 m/s^2", True, False, "physics: wrong value"),
    ("20 m/s", "v = 20 metros/segundo", True, True, "physics: equivalent unit normalised"),
    (
        "9.8 m/s^2",
        "uso g=9.8 pero me da a = 3 m/s^2",
        False,
        False,
        "physics: a constant quoted in the working is not the result",
    ),
    (
        "9.8 m/s^2",
        "a = 3 m/s^2... me equivoqué, a = 9.8 m/s^2",
        False,
        True,
        "physics: self-correction, the final result wins",
    ),
]

_HELIO = [
    # (gold, pred, wrap, expected, why)
    ("3", r"\boxed{3}", False, True, r"_normalize_latex(\boxed{3}) == 3"),
    ("(1)/(2)", r"\frac{1}{2}", True, True, "_normalize_latex: frac"),
    ("(a)/(b)", r"\dfrac{a}{b}", True, True, "_normalize_latex: dfrac"),
    ("(1)/(2)", r"\frac12", True, True, "_normalize_latex: short frac"),
    ("3", "答案：3", False, True, "_clean_answer_text strips the Chinese prefix 答案："),
    ("-2", "结果: -2", False, True, "_clean_answer_text strips the Chinese prefix 结果:"),
    ("(3)", r"$\left(3\right)$", False, True, r"_clean_answer_text strips $ and \left \right"),
    ("3*x**2 - 3", "f'(x) = 3x^2 - 3", True, True, "_to_value_set: function-notation prefix"),
    ("14", "2 + 3 * 4 = 14", True, True, "_to_value_set: restated equation, last = side"),
    ("14", r"2 + 3 \times 4 = 14", True, True, r"_to_value_set: \times"),
    ("x**3/3", r"\boxed{\frac{x^{3}}{3}}", False, True, "_to_value_set: braced exponent"),
    (
        "2, -2",
        r"x = 2 \text{或} x = -2",
        True,
        True,
        "_to_value_set splits on Chinese 或 (or): values {2, -2}",
    ),
    ("2/6", "1/3", True, True, "_value_in_pool: symbolic match"),
    ("0.3", "0.1 + 0.2", True, True, "_value_in_pool(tol=1e-6)"),
    ("14", "15", True, False, "answer_supported_by_calcs: calculator gives 14 (数值结果：14)"),
    ("2, -2", "[2, -2]", True, True, "answer_supported_by_calcs: two calculator results 2 and -2"),
    (
        "1/2",
        r"\boxed{\frac{1}{2}}",
        False,
        True,
        "answer_supported_by_calcs: calculator gives 1/2 (数值结果：0.5)",
    ),
]

CASES: list[dict] = [
    *_chem_cases(),
    *[_c(TFG, TFG_AT, g, p, w, ok, f"grade_numeric {why}") for g, p, w, ok, why in _TFG],
    *[_c(HELIO, HELIO_AT, g, p, w, ok, why) for g, p, w, ok, why in _HELIO],
]
