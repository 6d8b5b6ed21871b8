r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "f", part 2: a
physics answer checker; part 1, competition-math checkers, is equiv_fresh15_f.py).

Cases follow bench/equiv_fresh3_a.py (``gold`` reference, ``pred`` answer, ``wrap`` True: the
answer is put in ``\boxed{}``; ``expected`` the verdict the source states; ``where`` is
``path@commit``). Do not tune the judge on these cases.

Source: sherryzyh/physical_reasoning_toolkit (PRKit, a physics-reasoning evaluation toolkit whose
comparators grade model answers with units, significant figures and symbolic expressions), MIT
(``LICENSE``). Every comparator takes ``(prediction, reference)``; the files and commits:

- ``tests/prkit/evaluation/comparator/test_smart_match.py`` and ``test_category_match.py``
  @ 00099ab7cc59151fe1c90cf3100d952944c87a15 (``SmartMatchComparator.compare``,
  ``CategoryComparator.compare``, ``compare_formula``, ``compare_physical_quantity``);
- ``tests/prkit/evaluation/comparator/test_normalized_match.py``
  @ 8a13f83d63f2a79848312db9125f9c7c9bd1fc39;
- ``tests/fixtures/latex_surface_corpus.jsonl`` @ c5037d4ece9f365e079f97534d99f1c1314c3074 and
  ``tests/fixtures/phase4_corpus.jsonl`` @ 1c1681cee83b7741216a457af3ee225a88923995: labelled
  ``pair`` rows (``MATCH`` -> True, ``NOMATCH`` -> False); every pair row with one of those two
  labels is taken (31 + 4);
- ``tests/prkit/semantics/test_phase5_implicit_unit_alias.py``
  @ 28ae156bd02f43b21c3b8f56c43e755538755f36 (``compare_protocol_answers`` on normalized
  strings);
- ``tests/prkit/semantics/test_compare_predictions.py``
  @ 8f7304b426b38ad09da44c0b3d99a9864636beb3 (the reference-free ``compare_predictions``; each
  pair is asserted in both directions and is stored once, first argument as ``pred``);
- ``tests/prkit/semantics/test_protocol_comparison.py``
  @ 0c6b7d0a34f09656058b0375ec5a52da80504b7b (``compare_protocol_answers`` on answer records;
  by a fixed rule only the tests in the first 32,000 of the file's 101,182 characters as stored
  were read; a record's answer string is its ``raw_text`` when it has one, else its
  ``canonical_text``).

Left out, by rule: non-string inputs (``Answer`` objects built from floats, ``compare_number``
on floats); tests whose verdict is forced by ``monkeypatch``; assertions with no verdict
(``OBSERVE`` rows, single-input category rows, ``"is_equal" in result``); numeric-tolerance and
printed-precision accepts where the two values differ (``9.8 m/s^2`` vs ``10`` / ``10 m/s^2``,
``9.8 m/s^2`` vs ``9.80000000001 m/s^2``, ``1.0 m`` vs ``1.001 m`` with ``epsilon=0.01``,
``0.784 s`` vs ``0.78 s``, ``+4.23e-11 m`` vs ``0.42 × 10^-4 μm``, ``2.8×10^-4 Pa`` vs
``3e-4 N/m^2``, ``9.81`` vs ``9.8`` with and without a tolerance); the unit-presence policy
(``9.8`` vs ``9.8 m/s^2``, rejected for the missing unit); verdicts the suite pins as a
comparator's documented fallback limitation against mathematical equality (``{1, 2}`` vs
``{2, 1}`` False under ``compare_formula``'s text fallback, ``Energy`` vs ``\text{Energy}``
False under ``NormalizedMatchComparator``); unparseable identity strings (``invalid m``,
``invalid formula {{``); the implicit-unit-alias verdicts that read a lowercase ``s`` as siemens
or an uppercase ``S`` as second (``5 S`` vs ``5 seconds`` / ``5 s``, ``5 s`` / ``5.0 s`` vs
``5 siemens``) and the policy-mode variants; structured records (sets, piecewise, multi-part
structure mismatch, ``subject_to`` side conditions, object-kind-typed identical text, the legacy
path, a reference carrying extra parameter definitions); option letters. Exact repeats of a
(gold, pred) pair are stored once.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "sherryzyh/physical_reasoning_toolkit"
_C1 = "00099ab7cc59151fe1c90cf3100d952944c87a15"
SMART = f"tests/prkit/evaluation/comparator/test_smart_match.py@{_C1}"
CATEG = f"tests/prkit/evaluation/comparator/test_category_match.py@{_C1}"
NORM = (
    "tests/prkit/evaluation/comparator/test_normalized_match.py"
    "@8a13f83d63f2a79848312db9125f9c7c9bd1fc39"
)
SURF = "tests/fixtures/latex_surface_corpus.jsonl@c5037d4ece9f365e079f97534d99f1c1314c3074"
PH4 = "tests/fixtures/phase4_corpus.jsonl@1c1681cee83b7741216a457af3ee225a88923995"
ALIAS = (
    "tests/prkit/semantics/test_phase5_implicit_unit_alias.py"
    "@28ae156bd02f43b21c3b8f56c43e755538755f36"
)
CPRED = "tests/prkit/semantics/test_compare_predictions.py@8f7304b426b38ad09da44c0b3d99a9864636beb3"
PROTO = "tests/prkit/semantics/test_protocol_comparison.py@0c6b7d0a34f09656058b0375ec5a52da80504b7b"

# (where, pred, gold, expected, why)
_ROWS: list[tuple[str, str, str, bool, str]] = [
    # --- SmartMatchComparator.compare(pred, gt) ---
    (SMART, "42", "42", True, "same-category number"),
    (SMART, "42", "43", False, "same-category number"),
    (SMART, "3.14", "3.14", True, "same-category number"),
    (SMART, "9.8 m/s^2", "9.8 m/s^2", True, "physical quantity"),
    (SMART, "9.8 m/s^2", "15 m/s^2", False, "physical quantity"),
    (SMART, "hello", "hello", True, "plain text"),
    (SMART, "hello", "world", False, "plain text"),
    (SMART, "x + y", "y + x", True, "formula commutativity"),
    (SMART, "x = 42", "42", True, "equation RHS vs number"),
    (SMART, "T_B = 355", "355", True, "equation RHS vs number"),
    (SMART, "9.8 m/s^2", "9.8", True, "quantity vs unitless number gold"),
    (SMART, "15 m/s^2", "15", True, "quantity vs unitless number gold"),
    (SMART, "v^2", "v**2", True, "text vs formula"),
    (SMART, "355", "T_B = 355", True, "number vs equation gold"),
    (SMART, "355 K", "T_B = 355 K", True, "quantity vs equation gold"),
    (SMART, "omega**2", r"f = \omega^2", True, "formula vs equation gold"),
    (SMART, r"f = \omega^2", "omega**2", True, "equation vs formula gold"),
    (SMART, "42", "hello world", False, "number vs unrelated text"),
    (
        SMART,
        r"Paraboloid of revolution: $z(r) = \frac{\omega^2 r^2}{2g}$",
        r"$z=\frac{\omega^{2}r^{2}}{2g}$",
        True,
        "equation after preamble text",
    ),
    (SMART, "The shape is described by $F = ma$", "$F = ma$", True, "equation in prose"),
    (SMART, "The answer is Eq(F, a*m)", "Eq(F, a*m)", True, "substring fallback"),
    (
        SMART,
        "completely unrelated text",
        "Eq(z, omega**2*r**2/(2*g))",
        False,
        "unrelated text vs equation",
    ),
    # --- compare_formula / compare_physical_quantity / CategoryComparator (pred, gt) ---
    (CATEG, "x^2 + 1", "x^2 + 1", True, "compare_formula"),
    (CATEG, "x^2", "x**2", True, "compare_formula: ^ vs **"),
    (CATEG, "x^2", "x*x", True, "compare_formula"),
    (CATEG, "x^2", "y^2", False, "compare_formula"),
    (CATEG, "a*b", "b*a", True, "compare_formula"),
    (CATEG, "(x + 1)**2", "x**2 + 2*x + 1", True, "compare_formula: expanded"),
    (CATEG, "x/2", "0.5*x", True, "compare_formula"),
    (CATEG, "x**2", "x*x", True, "compare_formula"),
    (CATEG, "x + 1", "x + 2", False, "compare_formula"),
    (CATEG, "x**2", "x**3", False, "compare_formula"),
    (CATEG, "x + y", "x - y", False, "compare_formula"),
    (CATEG, "{1, 2}", "{1, 2}", True, "compare_formula: brace set"),
    (CATEG, "x + 1", "Interval(0, 1)", False, "compare_formula: expression vs interval"),
    (CATEG, "sin(x)**2 + cos(x)**2", "1", True, "compare_formula: trig identity"),
    (CATEG, "(x**2 - 1)/(x - 1)", "x + 1", True, "compare_formula: cancel"),
    (CATEG, "x**3 - x", "x*(x - 1)*(x + 1)", True, "compare_formula: factor"),
    (CATEG, "(a + b)**2 - a**2 - 2*a*b - b**2", "0", True, "compare_formula: simplify"),
    (CATEG, "sin(x)**2 + cos(x)**2", "2", False, "compare_formula"),
    (CATEG, "2**10", "1024", True, "compare_formula: constants"),
    (CATEG, "3**3", "28", False, "compare_formula: constants"),
    (CATEG, "(x+y)**2", "x**2 + 2*x*y + y**2", True, "compare_formula: multivariate"),
    (CATEG, "9.8 m/s^2", "10.0 m/s^2", False, "compare_physical_quantity"),
    (CATEG, "9.8 m/s^2", "9.8 km/h", False, "compare_physical_quantity: other unit"),
    (CATEG, "1.0 m", "1.001 m", False, "compare_physical_quantity, epsilon=0.0001"),
    (CATEG, "42", "hello", False, "CategoryComparator"),
    (CATEG, "  foo  ", "foo", True, "CategoryComparator: whitespace"),
    (CATEG, "x = 1", "x = 1", True, "CategoryComparator: equation"),
    (CATEG, "x = 1", "x = 2", False, "CategoryComparator: equation"),
    # --- NormalizedMatchComparator.compare(pred, gt) ---
    (NORM, "4.0", "4", True, "normalized number"),
    (NORM, "4", "5", False, "normalized number"),
    # --- latex_surface_corpus.jsonl pair rows (pred, ref, MATCH / NOMATCH) ---
    (SURF, r"$\frac{E}{T}$", r"$\frac{e}{t}$", False, "CASE-energy-vs-charge"),
    (SURF, r"$\frac{Q}{M}$", r"$\frac{q}{m}$", False, "CASE-charge-mass-ratio"),
    (SURF, "$N k_B T$", "$n k_B t$", False, "CASE-boltzmann"),
    (SURF, r"$\frac{Q}{V}$", r"$\frac{q}{v}$", False, "CASE-capacitance"),
    (SURF, r"$\Gamma$", r"$\gamma$", False, "SINGLETON-gamma-vs-Gamma"),
    (SURF, r"$P V^{\gamma}$", r"$P V^{\Gamma}$", False, "SINGLETON-adiabatic-index"),
    (SURF, r"$\gamma m c^2$", r"$\Gamma m c^2$", False, "SINGLETON-lorentz-vs-reflection"),
    (SURF, "$I^2 R$", "$I R$", False, "EXPONENT-joule-heating"),
    (SURF, "$I^3 R$", "$I R$", False, "EXPONENT-current-cubed"),
    (SURF, "$V = I R$", "$V = I^2 R$", False, "RELATION-ohm-vs-joule"),
    (
        SURF,
        r"$F = \frac{Q q}{4\pi\epsilon_0 r^2}$",
        r"$F = \frac{q^2}{4\pi\epsilon_0 r^2}$",
        False,
        "RELATION-coulomb-distinct-charges",
    ),
    (SURF, r"$\frac{E}{T}$", "E/T", True, "PRESERVE-latex-vs-plain"),
    (SURF, r"$\frac{1}{2}mv^2$", r"$\frac{mv^2}{2}$", True, "PRESERVE-factor-order"),
    (SURF, r"$\gamma m c^2$", r"$m c^2 \gamma$", True, "PRESERVE-lorentz-commuted"),
    (SURF, r"$\gamma m c^2$", r"$\gamma\, m c^{2}$", True, "PRESERVE-lorentz-spacing"),
    (SURF, "$I^2 R$", "$R I^2$", True, "PRESERVE-joule-commuted"),
    (SURF, "$I^{2}R$", r"$I^{2}\,R$", True, "PRESERVE-joule-spacing"),
    (SURF, "$N k_B T$", "$k_B N T$", True, "PRESERVE-boltzmann-commuted"),
    (SURF, "$N k_B T$", r"$N\,k_{B}\,T$", True, "PRESERVE-boltzmann-spacing"),
    (SURF, r"$P V^{\gamma}$", r"$PV^{\gamma}$", True, "PRESERVE-adiabatic-spacing"),
    (SURF, r"$\frac{\gamma}{\Gamma}$", r"$\gamma / \Gamma$", True, "PRESERVE-gamma-ratio"),
    (SURF, r"$\gamma$", r"$\gamma$", True, "PRESERVE-gamma-identical"),
    (SURF, r"$e^{-t/\tau}$", r"$\exp(-t/\tau)$", True, "PRESERVE-euler-vs-exp"),
    (SURF, r"$e^{i\theta}$", r"$\exp{(i\theta)}$", True, "PRESERVE-euler-imaginary"),
    (
        SURF,
        r"$\frac{e^2}{4\pi\epsilon_0 r}$",
        r"$\frac{e^2}{4\pi \varepsilon_0 r}$",
        True,
        "PRESERVE-coulomb-varepsilon",
    ),
    (
        SURF,
        r"$\frac{1}{2}\gamma m v^2$",
        r"$\frac{\gamma m v^{2}}{2}$",
        True,
        "PRESERVE-lorentz-half",
    ),
    (SURF, "$E = mc^2$", "$E = m c^{2}$", True, "PRESERVE-mass-energy"),
    (SURF, "$E = mc^2$", "$E = c^{2} m$", True, "PRESERVE-mass-energy-commuted"),
    (SURF, "$V = I R$", "$V = R I$", True, "PRESERVE-ohm-commuted"),
    (SURF, r"$P V^{\gamma} = C$", r"$C = P V^{\gamma}$", True, "PRESERVE-adiabatic-relation-flip"),
    (
        SURF,
        r"$F = \frac{Q q}{4\pi\epsilon_0 r^2}$",
        r"$F = \frac{Q q}{4\pi \varepsilon_0 r^{2}}$",
        True,
        "PRESERVE-coulomb-varepsilon-relation",
    ),
    # --- phase4_corpus.jsonl pair rows (pred, ref) ---
    (PH4, "20 °C", "293.15 K", True, "G-P001 MATCH"),
    (PH4, "20 °C", "300 K", False, "G-P002 NOMATCH"),
    (PH4, "100 °C", "373.15 K", True, "G-P003 MATCH"),
    (PH4, "-40 °C", "-40 °F", True, "G-P004 MATCH"),
    # --- implicit unit alias (compare_protocol_answers on normalized strings) ---
    (ALIAS, "5 S", "5 siemens", True, "bare S read as siemens against the reference"),
    (ALIAS, "5 siemens", "5 S", True, "terse gold S = siemens"),
    (ALIAS, "2 M", "2 mol/L", True, "M = mol/L"),
    (ALIAS, "2 M", "2 molar", True, "M = molar"),
    (ALIAS, "5 P", "5 poise", True, "P = poise"),
    (ALIAS, "5 D", "5 debye", True, "D = debye"),
    (ALIAS, "5 S", "3 siemens", False, "value mismatch"),
    (ALIAS, "5 s", "3 siemens", False, "value mismatch"),
    (ALIAS, "5 sec", "5 siemens", False, "sec is not siemens"),
    (ALIAS, "5 siemens", "5 s", False, "siemens vs second"),
    (ALIAS, "5 X", "5 siemens", False, "unknown token"),
    (ALIAS, "5 c", "5 m/s", False, "5 c vs 5 m/s"),
    (ALIAS, "answer is c", "5 siemens", False, "not a quantity"),
    (ALIAS, "5 a + 3 b", "5 siemens", False, "expression vs quantity"),
    # --- compare_predictions (reference-free, symmetric; first argument as pred) ---
    (CPRED, "F = m a", "a = F/m", True, "equivalent relations"),
    (CPRED, "0.5", "0.7", False, "distinct numbers"),
    (CPRED, "0.5", "1/2", True, "exact rational vs decimal"),
    (CPRED, "10.0", "9.8", False, "outside relative tolerance 0.01"),
    (CPRED, "E = 5", "5", True, "relation RHS bridge"),
    (CPRED, "{1, 2}", "{2, 1}", True, "unordered set"),
    (CPRED, "x^2", "x^3", False, "different functions"),
    # --- compare_protocol_answers on records (raw_text, else canonical_text) ---
    (PROTO, "6.0", "6", True, "number record"),
    (
        PROTO,
        "The object accelerates because the net force is nonzero.",
        "the object accelerates because the net force is nonzero",
        True,
        "same prose up to case and punctuation",
    ),
    (
        PROTO,
        "The object accelerates because the net force is nonzero.",
        "The object stays at rest because the forces are balanced.",
        False,
        "different prose",
    ),
    (PROTO, "1 km", "1000 m", True, "unit conversion"),
    (PROTO, "2.5 mF", "0.0025 F", True, "submultiple capacitance unit"),
    (PROTO, "1.5 nF", "1.5e-09 F", True, "submultiple capacitance unit"),
    (PROTO, "530.0 pF", "5.3e-10 F", True, "submultiple capacitance unit"),
    (PROTO, "0.78 s", "0.784 s", False, "prediction coarser than reference"),
    (PROTO, "+4.2e-11 m", "0.423 × 10^-4 μm", False, "coarser significant figures"),
    (PROTO, "1.1 kΩ", "1100 ohm", True, "kilo-ohm vs ohm"),
    (PROTO, "0.987 mm", r"$1.4 \mathrm{mm}$", False, "different lengths"),
    (
        PROTO,
        "−0.042 nm",
        r"$0.423 \cdot 10^{-4} \mu \mathrm{~m}$",
        False,
        "opposite sign and value",
    ),
    (PROTO, "3.2 Ω", r"$3.2 \Omega$", True, "required unit: ohm"),
    (
        PROTO,
        "3.20×10^2 cm s^-2",
        r"$3.2 \mathrm{~m} \mathrm{~s}^{-2}$",
        True,
        "required unit: cm s^-2 vs m s^-2",
    ),
    (PROTO, "θ ≈ 0.11°", r"$\approx 0.11 \mathrm{deg}$", True, "required unit: degrees"),
    (PROTO, "4.5 × 10^3 N", r"4.5 \times 10^{3} \mathrm{~N}", True, "required unit: newton"),
    (PROTO, "3.0 × 10^-2 m", r"$0.030 \mathrm{~m}$", True, "required unit: metre"),
    (
        PROTO,
        "16 rad s^-1",
        r"$16\ \mathrm{rad}\ \mathrm{s}^{-1}$",
        True,
        "required unit: rad/s",
    ),
    (PROTO, "90 Ω", r"$90 \ohm$", True, "required unit: ohm"),
    (PROTO, "1.1 kΩ", r"$1100 \ohm$", True, "required unit: kilo-ohm vs ohm"),
    (PROTO, "2 A", "1.5 A", False, "half-step boundary"),
    (PROTO, "~10^-5 torr", "3 × 10^-3 torr", False, "distinct scientific values"),
    (PROTO, "2 <= k < 3", "k >= 2 and k < 3", True, "relation chain"),
    (PROTO, "v = a + b", "a + b", True, "relation vs expression (target variable v)"),
    (
        PROTO,
        "d ≈ sqrt(lambda*P*L/(L+P))",
        "sqrt((lambda*L*P)/(L+P))",
        True,
        "approximate relation RHS",
    ),
    (
        PROTO,
        r"d \approx \sqrt{\frac{\lambda P L}{L+P}}",
        r"\sqrt{\frac{\lambda L P}{L+P}}",
        True,
        "approximate relation RHS (LaTeX)",
    ),
    (
        PROTO,
        r"\(\displaystyle \varepsilon_{PC}=\varepsilon_{QC}=\frac{\mu_0 M\omega}{4\pi R}\)",
        "mu0*M*omega/(4*pi*R)",
        True,
        "relation chain RHS vs expression",
    ),
    (
        PROTO,
        "F = qE, to the right",
        "Magnitude: qE; direction: to the right.",
        True,
        "magnitude and direction",
    ),
    (PROTO, "x > 0", "x>0", True, "relation spacing"),
]


def _cases() -> list[dict]:
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for where, pred, gold, ok, why in _ROWS:
        if (gold, pred) in seen:
            continue
        seen.add((gold, pred))
        out.append(_c(REPO, where, gold, pred, True, ok, why))
    return out


CASES: list[dict] = _cases()
