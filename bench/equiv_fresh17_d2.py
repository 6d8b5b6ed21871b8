r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "d", second part:
a quantity-and-unit checker; the first part is bench/equiv_fresh17_d.py, whose conventions this
file follows).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, ``wrap`` True) and the verdict the spec asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Source: olbrich/ruby-units (Ruby physical quantities with unit conversion; the ancestor of
gentooboontoo/js-quantities, whose own spec is in equiv_fresh17_d.py; the two spec files are
different) @ 3a574d1a240a4938d90ecd5b467e4f8b7bb9f775, MIT:

- ``spec/ruby_units/parsing_spec.rb``: a string that ``Unit.new(s).scalar`` reads as a number is
  read as (gold = that number, pred = ``s``, True). Ruby rationals (``1/2r``) are written ``1/2``,
  ``Complex(a, b)`` as ``a+bi``.
- ``spec/ruby_units/unit_spec.rb`` "Equality" and arithmetic contexts: ``expect(a).to eq(b)``
  (True) / ``not_to eq`` (False), gold = ``b``; an arithmetic left side is written as the
  expression (``5 m * 10 kg``).

Left out, by rule: digit grouping (``1,000``) and Ruby's ``_`` separator (``1_000``,
``square_meter``); the hyphenated mixed number ``1-1/2`` = 3/2 (a notation that reads as 1/2
in arithmetic); the error cases; the zero-scalar policy (``0 m`` = ``0 s``, ``0 kg + 10 m`` =
``10 m``); temperature (``tempK`` / ``degC``) conventions; the compound ``-14 stone, 4 1/2 lbs``;
``10 / 5 kg`` = ``2 1/kg`` (the tool's rendering reads as a mixed number); modulo; the
attribute and compatibility specs. Already-identical strings (``1`` for ``1``) are skipped.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RU = "olbrich/ruby-units"
RU_AT = "@3a574d1a240a4938d90ecd5b467e4f8b7bb9f775"
PARSE_T = "spec/ruby_units/parsing_spec.rb" + RU_AT
UNIT_T = "spec/ruby_units/unit_spec.rb" + RU_AT

_PARSE_ROWS: list[tuple[str, str, str]] = [
    ("1", "+1", "scalar"),
    ("1", "01", "scalar"),
    ("1", "1.0", "scalar"),
    ("-1", "-1.0", "scalar"),
    ("1.1", "+1.1", "scalar"),
    ("0.1", "+0.1", "scalar"),
    ("0.1", ".1", "scalar"),
    ("-0.1", "-.1", "scalar"),
    ("0.1", "+.1", "scalar"),
    ("1", "1/1", "scalar"),
    ("-1", "-1/1", "scalar"),
    ("1", "+1/1", "scalar"),
    ("1/2", "+1/2", "scalar"),
    ("1/2", "(1/2)", "scalar"),
    ("-1/2", "(-1/2)", "scalar"),
    ("1/2", "(+1/2)", "scalar"),
    ("3/2", "1 1/2", "mixed number"),
    ("-3/2", "-1 1/2", "mixed number"),
    ("3/2", "+1 1/2", "mixed number"),
    ("2", "1 2/2", "mixed number, 'weird, but not wrong'"),
    ("5/2", "1 3/2", "mixed number, 'weird, but not wrong'"),
    ("1", "1e0", "scalar"),
    ("-1", "-1e0", "scalar"),
    ("1", "+1e0", "scalar"),
    ("10", "1e1", "scalar"),
    ("-10", "-1e1", "scalar"),
    ("10", "+1e1", "scalar"),
    ("0.1", "1e-1", "scalar"),
    ("-0.1", "-1e-1", "scalar"),
    ("0.1", "+1e-1", "scalar"),
    ("10", "1E+1", "scalar"),
    ("-10", "-1E+1", "scalar"),
    ("10", "+1E+1", "scalar"),
    ("0.1", "1E-1", "scalar"),
    ("-0.1", "-1E-1", "scalar"),
    ("0.1", "+1E-1", "scalar"),
    ("100", "1.0e2", "scalar"),
    ("10", ".1e2", "scalar"),
    ("10", "0.1e2", "scalar"),
    ("1+i", "1+1i", "scalar"),
    ("i", "1i", "scalar"),
    ("-i", "-1i", "scalar"),
    ("-1+i", "-1+1i", "scalar"),
    ("1+i", "+1+1i", "scalar"),
    ("1-i", "1-1i", "scalar"),
    ("1", "1+0i", "scalar"),
]

_UNIT_ROWS: list[tuple[str, str, bool, str]] = [
    ("1 km", "1000 m", True, "eq: units of same kind"),
    ("1 km", "100 m", False, "not_to eq"),
    ("100 cm", "1 m", True, "eq: units of same kind"),
    ("1 kg", "1 m", False, "not_to eq: incompatible units"),
    ("224721 tonne", "189 Mtonne * 1189 g/tonne", True, "eq: product"),
    ("10 m", "0 m + 10 m", True, "eq: addition"),
    ("15 kg", "5 kg + 10 kg", True, "eq: addition"),
    ("-10 m", "0 m - 10 m", True, "eq: subtraction"),
    ("-5 kg", "5 kg - 10 kg", True, "eq: subtraction"),
    ("0 m^2", "0 m * 10 m", True, "eq: multiplication"),
    ("50 kg^2", "5 kg * 10 kg", True, "eq: multiplication"),
    ("0 kg*m", "0 m * 10 kg", True, "eq: multiplication"),
    ("50 kg*m", "5 m * 10 kg", True, "eq: multiplication"),
    ("50 kg", "10 * 5 kg", True, "eq: scalar multiplication"),
    ("0 m/kg", "0 m / 10 kg", True, "eq: division"),
    ("1/2 m/kg", "5 m / 10 kg", True, "eq: division"),
    ("-1 mm", "-(1 mm)", True, "eq: unary minus"),
]

CASES: list[dict] = [
    *(_c(RU, PARSE_T, g, p, True, True, "Unit.new(pred).scalar: " + w) for g, p, w in _PARSE_ROWS),
    *(_c(RU, UNIT_T, g, p, True, e, w) for g, p, e, w in _UNIT_ROWS),
]
