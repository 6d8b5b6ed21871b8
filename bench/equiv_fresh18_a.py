r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "a", first part:
physical-unit libraries; astropy's unit-grammar tests are in equiv_fresh18_a2.py).

Physical-unit libraries' own test suites state that two written quantities (a number with a unit,
or a unit expression) are equal or not. Each pair is kept as two strings: ``pred`` is the string
the test parses (or the quantity it converts), ``gold`` the value the test compares it with. Where
the test writes that value as a constructor (``Q_(1000, "millimeter")``, ``Q_(1,
UnitsContainer(meter=2))``, ``5 * Unit("hPa")``, ``pq.kg*pq.m**2/pq.s**2``), it is written out as
number, space and unit in the library's own unit names (pint's ``str`` form, e.g. ``1 meter **
2``); a Python number expression is kept as written (``1000/60``, ``2*pi``). A conversion test
``Q_(a, "u").to("v") == Q_(b, "v")`` gives the pair (``a u``, ``b v``). ``wrap`` is True (bare
answers). ``where`` is ``path@commit``; the test function is named in ``why``. Do not tune the judge
on these cases.

Sources (repo, commit, license of the stored copy):

- hgrecco/pint @ 6fc05335ef2820736efec7c5b9d55433acfb6aad, BSD-3-Clause (LICENSE):
  ``pint/testsuite/test_unit.py`` (``parse_expression`` tests), ``pint/testsuite/test_quantity.py``
  (comparisons, ``test_both_symbol``, ``test_convert``, ``test_dimensionless_units``,
  ``test_offset``, ``test_offset_delta``), ``pint/testsuite/test_issues.py`` (issue 1433).
- yt-project/unyt @ a1b056d57209ab6ba24ce354712f305ea0a59002, BSD-3-Clause (LICENSE):
  ``unyt/tests/test_unyt_array.py`` (``test_valid_quantity_from_string``: the parsed string
  against the normalised string the test asserts for it; issue 118's ``1000 * ms == 1 * s``) and ``unyt/tests/test_units.py``
  (hPa/mbar, percent, bel/neper, degC/degF names, ``mdegC``/``mK``).
- python-quantities/python-quantities @ 4fac71b3c4660e0b903736086550dbc3df861afb, BSD-style
  (doc/user/license.rst): ``quantities/tests/test_comparison.py`` (scalar ``==``, and the one
  pair of the ``!=`` test that the ``==`` test does not already hold: ``1*kg*m**2/s**2``).

Left out, by rule: verdicts that hold only within a tolerance for an inexact decimal (pint's
``255.372222 kelvin`` for ``0 degF``, ``2 sidereal_year``, ``2 meter`` in inches, ``54 degF``,
``12 degR``, ``100 delta_degF``; unyt's ``22777.779 mdegC``); pint's UDUNITS preprocessor tests
(``42 m2``, ``1e6 Hz s-2``: the verdict depends on a parser setting); pint's comparisons of a
quantity with a bare number (``Q_(0, "J") == 0``: a zero-compatibility policy) and with NaN;
parse tests of plain numbers or keyword variables (``pi``, ``x``); unyt's ``nan`` rows (the test
does not assert equality for them), unyt rows whose string equals its normalised form and the
repeated ``+1cm`` row; array
comparisons; ordering (``<``, ``>``) assertions; formatting-only tests. Also fetched and read
without finding written-quantity equality pairs: connorferster/forallpeople
(``forallpeople/tests/test_forallpeople.py``: formatting and factor tests).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PINT = "hgrecco/pint"
PINT_C = "6fc05335ef2820736efec7c5b9d55433acfb6aad"
PINT_UNIT = f"pint/testsuite/test_unit.py@{PINT_C}"
PINT_Q = f"pint/testsuite/test_quantity.py@{PINT_C}"
PINT_ISS = f"pint/testsuite/test_issues.py@{PINT_C}"
UNYT = "yt-project/unyt"
UNYT_C = "a1b056d57209ab6ba24ce354712f305ea0a59002"
UNYT_ARR = f"unyt/tests/test_unyt_array.py@{UNYT_C}"
UNYT_UNITS = f"unyt/tests/test_units.py@{UNYT_C}"
PQ = "python-quantities/python-quantities"
PQ_CMP = "quantities/tests/test_comparison.py@4fac71b3c4660e0b903736086550dbc3df861afb"

# (repo, where, test, [(gold, pred, expected), ...])
_TABLES: list[tuple[str, str, str, list[tuple[str, str, bool]]]] = [
    (
        PINT,
        PINT_UNIT,
        "parse_expression(pred) == Q_(...)",
        [
            ("1 meter", "meter", True),
            ("1 second", "second", True),
            ("1 meter", "metre", True),
            ("1 meter", "meters", True),
            ("1 kilometer", "kilometer", True),
            ("1 kilometer", "kilometre", True),
            ("1 kilometer", "kilometres", True),
            ("1 meter ** 2", "meter*meter", True),
            ("1 meter ** 2", "meter**2", True),
            ("1 meter * second", "meter*second", True),
            ("1 meter / second", "meter/second", True),
            ("1 meter / second ** 2", "meter/second**2", True),
            ("1 meter / second ** 2", "meter/second²", True),
            ("1 meter ** 3 / second ** 3", "m³/s³", True),
            ("1 meter ** 2 * second", "meter² ⋅ second", True),
            ("1 meter ** 2 / second ** 2", "m²⋅s⁻²", True),
            ("1 meter ** 0.5 * second", "meter⁰.⁵⋅second", True),
            ("1 meter ** 37 / second ** 4.321", "meter³⁷/second⁴.³²¹", True),
            ("1 delta_degree_Celsius", "1Δ°C", True),
            ("1 delta_degree_Celsius", "1 Δ°C", True),
            ("1 delta_degree_Celsius", "ΔdegC", True),
            ("1 delta_degree_Celsius", "delta_°C", True),
            ("1 mol * kelvin", "mol °K", True),
            ("42 meter", "42*meter", True),
            ("42 meter", "meter*42", True),
        ],
    ),
    (
        PINT,
        PINT_Q,
        "Q_(pred) == Q_(gold) / .to() conversion",
        [
            ("4.2e-12 foot/second", "4.2×10⁻¹² ft/s", True),
            ("4.2 meter", "4.2 meter", True),
            ("5 meter", "4.2 meter", False),
            ("5 meter*meter", "5 meter", False),
            ("0 centimeter", "0 meter", True),
            ("0 second", "0 meter", False),
            ("1 meter", "1000 millimeter", True),
            ("1000/60 millimeter/s", "1000 millimeter/min", True),
            ("2 millisecond", "2 ms", True),
            ("2 centimeter", "2 cm", True),
            ("2 millimeter_per_second_squared", "2 mm / s ** 2", True),
            ("2.0*0.0254 meter", "2 inch", True),
            ("1 inch/second", "2.54 centimeter/second", True),
            ("1 inch", "2.54 centimeter", True),
            ("2000 millisecond", "2 second", True),
            ("2*pi radian", "360 degree", True),
            ("360 degree", "2*pi radian", True),
            ("1000", "1 meter / 1 mm", True),
            ("1", "1 meter / 1 meter", True),
            ("273.15 kelvin", "0 degC", True),
            ("373.15 kelvin", "100 degC", True),
            ("-273.15 degC", "0 kelvin", True),
            ("-173.15 degC", "100 kelvin", True),
            ("-459.67 degF", "0 kelvin", True),
            ("-279.67 degF", "100 kelvin", True),
            ("0 degC", "32 degF", True),
            ("212 degF", "100 degC", True),
            ("53.6 degF", "12 degC", True),
            ("-261.15 degC", "12 kelvin", True),
            ("285.15 kelvin", "12 degC", True),
            ("21.6 degR", "12 kelvin", True),
            ("513.27 degR", "12 degC", True),
            ("0 kelvin", "0 delta_degC", True),
            ("0 kelvin", "0 delta_degF", True),
            ("100 delta_degC", "100 kelvin", True),
            ("180 delta_degF", "100 kelvin", True),
            ("180 delta_degF", "100 delta_degC", True),
            ("22.14 delta_degF", "12.3 delta_degC", True),
        ],
    ),
    (PINT, PINT_ISS, "test_issue1433", [("1 micrometer", "1 micron", True)]),
    (
        UNYT,
        UNYT_ARR,
        "test_valid_quantity_from_string (normalised form)",
        [
            ("1 cm", "+1cm", True),
            ("1 cm", "1cm", True),
            ("1.0 cm", "1.cm", True),
            ("1.0 cm", "1.0\tcm", True),
            ("1.0 cm", "1.0\t cm", True),
            ("1.0 cm", "1.0  cm", True),
            ("1.0 cm", "1.0\t\tcm", True),
            ("1.0 cm", "10e-1cm", True),
            ("1.0 cm", "10E-1cm", True),
            ("1 μm", "1um", True),
            ("1 μm", "1μm", True),
            ("1000.0 km", "1e3km", True),
            ("-1000.0 km", "-1e3    km", True),
            ("1 g/cm**3", "1 g*cm**-3", True),
            ("1.0 cm*g", "1.0 g*cm", True),
            ("inf g", "+inf g", True),
            ("1 dimensionless", "1", True),
            ("1 g", "g", True),
            ("1 g**2/cm**2", "g**2/cm**2", True),
            ("1 cm**2", "1*cm**2", True),
            ("1 cm**(-2)", "1/cm**2", True),
            ("1 cm**(-2)", "1 / cm**2", True),
            ("0.001 g**2/cm**2", "1e-3 g**2 / cm**2", True),
        ],
    ),
    (
        UNYT,
        UNYT_ARR,
        "test_integer_arrays (issue 118): 1000 * ms == 1 * s, both orders",
        [("1 s", "1000 ms", True), ("1000 ms", "1 s", True)],
    ),
    (
        UNYT,
        UNYT_UNITS,
        "Unit / quantity == (test_hPa_mbar, test_percent, test_bel_neper, test_degC, ...)",
        [
            ("5 mbar", "5 hPa", True),
            ("1 bar", "5 hPa", False),
            ("3.0 dimensionless", "300 percent", True),
            ("300.0 %", "300 percent", True),
            ("300.0 V*%/V", "300.0 %", True),
            ("m", "m*s/s", True),
            ("20 decibel", "2 B", True),
            ("20 decineper", "2 Np", True),
            ("attosecond", "as", True),
            ("attosecond / second", "as/s", True),
            ("degC", "degree_celsius", True),
            ("degC", "degree_Celsius", True),
            ("degC", "Celsius", True),
            ("degC", "°C", True),
            ("degF", "degree_fahrenheit", True),
            ("degF", "degree_Fahrenheit", True),
            ("degF", "Fahrenheit", True),
            ("degF", "°F", True),
            ("0.001 degC", "1 mdegC", True),
            ("1000 mdegC", "1 degC", True),
            ("-273149.0 mdegC", "1 mK", True),
            ("273151.0 mK", "1 mdegC", True),
        ],
    ),
    (
        PQ,
        PQ_CMP,
        "test_scalar_equality: pred == gold",
        [
            ("J", "J", True),
            ("J", "1 J", True),
            ("kg*m**2/s**2", "J", True),
            ("erg", "J", False),
            ("J", "2 J", False),
            ("2 kg*m**2/s**2", "J", False),
            ("kg", "J", False),
            ("1 kg*m**2/s**2", "J", True),
        ],
    ),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, True, ok, test)
    for repo, where, test, rows in _TABLES
    for gold, pred, ok in rows
]
