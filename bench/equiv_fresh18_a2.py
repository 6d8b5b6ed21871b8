r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "a", second part:
astropy's unit-grammar and quantity-parsing tests; pint, unyt and python-quantities are in
equiv_fresh18_a.py, whose conventions these cases follow).

Source: astropy/astropy @ 1fdfae1fe1881234e08855ac662dae86e538ed7c, BSD-3-Clause (LICENSE.rst):

- ``astropy/units/tests/test_format.py``: ``test_unit_grammar`` (Generic parser) and
  ``test_ogip_grammar`` list groups of strings that must parse to one unit: the first string of a
  group is ``gold`` and every other string of the group a ``pred``; ``test_cds_grammar`` (one
  string per unit: ``gold`` is the unit the test writes, e.g. ``u.erg / u.cm**2 / u.s`` as
  ``erg/cm**2/s``); ``test_ogip_sqrt``, ``test_ogip_negative_powers``,
  ``test_ogip_negative_exponent_parenthesis`` (parsed with a warning, asserted equal),
  ``test_percent``, ``test_scaled_dimensionless``, ``test_vounit_binary_prefix``,
  ``test_vounit_details``, ``test_celsius_fits`` (its first two asserts).
- ``astropy/units/tests/test_quantity.py``: ``test_quantity_initialisation_from_string``.
- ``astropy/units/tests/test_units.py``: ``test_invalid_compare``, ``test_units`` (``10 m``).

``where`` is ``path@commit``; ``wrap`` is True; the test is named in ``why`` (with the parser's
format where it is not the default). Do not tune the judge on these cases.

Left out, by rule: strings in the CDS / VOUnit power-of-ten notation that reads as other arithmetic
in ordinary writing (``10+8m`` for 10^8 m, ``1.5x10+11m``, ``10+3J/m/s/kpc2``, ``10+21m``,
``2x10-9``, ``10-4``, ``10+9``); format-only tokens (``---``, ``[-]``, ``\h``, ``eps0/mu0``,
``a0.s``, bare prefixed-unit names such as ``mAU`` parsed to themselves); logarithmic function
units written once (``mag``, ``dex``, ``mag(ct/s)``) and strings parsed only to themselves;
``m(s)**2`` / ``m(s)`` (the parser warns that the string is malformed); the FITS compounds
``deg C kg-1`` (read as coulomb degree per kg: a format quirk); unrecognised-unit and ``None``
comparisons; failure (``ValueError``) tests, which assert no pair; round-trip tests (tolerance on
a scale, no written pair).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AP = "astropy/astropy"
AP_C = "1fdfae1fe1881234e08855ac662dae86e538ed7c"
FMT = f"astropy/units/tests/test_format.py@{AP_C}"
QTY = f"astropy/units/tests/test_quantity.py@{AP_C}"
UNITS = f"astropy/units/tests/test_units.py@{AP_C}"

# Groups of strings one test asserts to parse to the same unit: (where, test, [strings]).
_GROUPS: list[tuple[str, str, list[str]]] = [
    (FMT, "test_unit_grammar", ["m s", "m*s", "m.s"]),
    (FMT, "test_unit_grammar", ["m/s", "m*s**-1", "m /s", "m / s", "m/ s"]),
    (FMT, "test_unit_grammar", ["m**2", "m2", "m**(2)", "m**+2", "m+2", "m^(+2)"]),
    (FMT, "test_unit_grammar", ["m**-3", "m-3", "m^(-3)", "/m3"]),
    (FMT, "test_unit_grammar", ["m**(1.5)", "m(3/2)", "m**(3/2)", "m^(3/2)"]),
    (FMT, "test_unit_grammar", ["m**0.5", "sqrt(m)"]),
    (FMT, "test_unit_grammar", ["dB(mW)", "dB (mW)"]),
    (FMT, "test_unit_grammar", ["dex(cm s**-2)", "dex(cm/s2)"]),
    (FMT, "test_cds_grammar (format cds)", ["km/s", "km.s-1"]),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        ["count /s", "count/s", "count s**(-1)", "count / s", "count /s "],
    ),
    (FMT, "test_ogip_grammar (format ogip)", ["/pixel /s", "/(pixel * s)"]),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        [
            "count /m**2 /s /eV",
            "count m**(-2) * s**(-1) * eV**(-1)",
            "count /(m**2 * s * eV)",
        ],
    ),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        ["erg /pixel /s /GHz", "erg /s /GHz /pixel", "erg /pixel /(s * GHz)"],
    ),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        ["keV**2 /yr /angstrom", "10**(10) keV**2 /yr /m"],
    ),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        [
            "10**(46) erg /s",
            "10**46 erg /s",
            "10**(39) J /s",
            "10**(39) W",
            "10**(15) YW",
            "YJ /fs",
        ],
    ),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        [
            "10**(-7) J /cm**2 /MeV",
            "10**(-9) J m**(-2) eV**(-1)",
            "nJ m**(-2) eV**(-1)",
            "nJ /m**2 /eV",
        ],
    ),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        [
            "sqrt(erg /pixel /s /GHz)",
            "(erg /pixel /s /GHz)**(0.5)",
            "(erg /pixel /s /GHz)**(1/2)",
            "erg**(0.5) pixel**(-0.5) s**(-0.5) GHz**(-0.5)",
        ],
    ),
    (
        FMT,
        "test_ogip_grammar (format ogip)",
        ["(count /s) (/pixel /s)", "(count /s) * (/pixel /s)", "count /pixel /s**2"],
    ),
    (
        FMT,
        "test_ogip_sqrt (format ogip): == m**(3/2)",
        ["m**(3/2)", "sqrt(m)**3", "sqrt(m**3)", "(sqrt(m))**3"],
    ),
    (FMT, "test_ogip_negative_powers (format ogip)", ["m**-0.5", "m**(-0.5)", "m**(-1/2)"]),
]

# Pairs: (where, test, gold, pred, expected); gold written from the test's unit constructor.
_PAIRS: list[tuple[str, str, str, str, bool]] = [
    (FMT, "test_cds_grammar (format cds)", "Angstrom", "0.1nm", True),
    (FMT, "test_cds_grammar (format cds)", "erg/cm**2/s", "mW/m2", True),
    (FMT, "test_cds_grammar (format cds)", "erg/cm**2/s", "mW/(m2)", True),
    (FMT, "test_cds_grammar (format cds)", "km/s/Mpc", "km/(s.Mpc)", True),
    (FMT, "test_cds_grammar (format cds)", "10*pix/nm", "10pix/nm", True),
    (FMT, "test_cds_grammar (format cds)", "s**-1", "/s", True),
    (FMT, "test_cds_grammar (format cds)", "m**2", "m2", True),
    (FMT, "test_cds_grammar (format cds)", "cm*2.54", "2.54cm", True),
    (FMT, "test_cds_grammar (format cds)", "0.20 dimensionless", "20%", True),
    (FMT, "test_cds_grammar (format cds)", "2**30 bit", "Gibit", True),
    (FMT, "test_cds_grammar (format cds)", "0.001 Ry", "mRy", True),
    (FMT, "test_cds_grammar (format cds)", "degree", "°", True),
    (FMT, "test_cds_grammar (format cds)", "degree/s", "°/s", True),
    (FMT, "test_cds_grammar (format cds)", "Angstrom", "Å", True),
    (FMT, "test_cds_grammar (format cds)", "Angstrom/s", "Å/s", True),
    (FMT, "test_ogip_negative_exponent_parenthesis (format ogip)", "m**-2", "m**-2.0", True),
    (FMT, "test_ogip_negative_exponent_parenthesis (format ogip)", "g", "10**-3 kg", True),
    (FMT, "test_percent", "0.01", "%", True),
    (FMT, "test_percent", "percent", "%", True),
    (FMT, "test_scaled_dimensionless", "0.1 dimensionless", "0.1", True),
    (FMT, "test_scaled_dimensionless", "1.0e-4", "1.e-4", True),
    (FMT, "test_vounit_binary_prefix (format vounit)", "1024 B", "KiB", True),
    (FMT, "test_vounit_binary_prefix (format vounit)", "1024 B", "Kibyte", True),
    (FMT, "test_vounit_binary_prefix (format vounit)", "128 B", "Kibit", True),
    (FMT, "test_vounit_details (format vounit)", "1000 yr", "ka", True),
    (FMT, "test_vounit_details (format vounit)", "pixel", "pix", True),
    (FMT, "test_celsius_fits (format fits)", "deg_C", "Celsius", True),
    (FMT, "test_celsius_fits (format fits)", "deg_C", "deg C", True),
    (QTY, "test_quantity_initialisation_from_string", "0.5 m", ".5 m", True),
    (QTY, "test_quantity_initialisation_from_string", "-10 km", "-1e1km", True),
    (QTY, "test_quantity_initialisation_from_string", "-10 km", "-1e+1km", True),
    (QTY, "test_quantity_initialisation_from_string", "0.5 km", "+.5km", True),
    (QTY, "test_quantity_initialisation_from_string", "0.5 km", "+5e-1km", True),
    (QTY, "test_quantity_initialisation_from_string", "5000.0 m", "5 km", True),
    (QTY, "test_quantity_initialisation_from_string", "5.0 Em", "5Em", True),
    (UNITS, "test_units: Unit('10 m') == Unit(10.0 * m)", "10.0 m", "10 m", True),
    (UNITS, "test_invalid_compare: not (m == s)", "s", "m", False),
]

CASES: list[dict] = [
    _c(AP, where, group[0], pred, True, True, f"{test}: parses as {group[0]!r}")
    for where, test, group in _GROUPS
    for pred in group[1:]
] + [_c(AP, where, gold, pred, True, ok, test) for where, test, gold, pred, ok in _PAIRS]
