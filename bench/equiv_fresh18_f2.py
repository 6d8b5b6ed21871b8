r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "f", part 2 of 3:
the Numbat calculator; part 1, fend, is in equiv_fresh18_f.py; part 3, expreduce, in
equiv_fresh18_f3.py).

Source: sharkdp/numbat (a statically typed, unit-aware scientific calculator), @ 88b2e81a35d06942101d74e9b368081f02555f4f,
MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE): the Numbat test scripts
``examples/tests/unit_consistency_si.nbt``, ``examples/tests/unit_consistency_misc.nbt`` and
``examples/tests/math_functions.nbt``, run by ``numbat/tests/prelude_and_examples.rs``. Each
``assert_eq(a, b)`` with two arguments asserts that ``a`` and ``b`` are exactly the same quantity
(value and physical dimension, units converted). The case takes the first argument as the
prediction (``pred``, a bare answer: ``wrap`` True) and the second as the reference (``gold``),
``expected`` True. Strings are as written in the scripts (``²``, ``³``, ``Ω``, ``µ``, ``π``
and ``_`` digit separators kept). Do not tune the judge on these cases.

Selection (fixed rule): every two-argument ``assert_eq`` of the two unit-consistency scripts;
in math_functions.nbt every two-argument ``assert_eq`` whose first argument calls a function with
a standard mathematical name (``sqrt exp ln log log10 log2 gamma factorial binom gcd lcm``).

Left out, by rule: three-argument ``assert_eq(a, b, tolerance)`` (approximate equality within a
stated tolerance: ``1 eV`` vs ``1.602176e-19 J``, trigonometric values within 1e-8); asserts on
strings, lists or pipelines (``|>``); Numbat-specific helpers in math_functions.nbt (``sqr``,
``falling_factorial``, ``fibonacci``, ``lucas``, ``catalan``, ``hypot2``/``hypot3``,
``circle_area`` and other geometry helpers, ``maximum``/``minimum``/``mean``/``median``/
``variance``/``stdev`` of lists); boolean ``assert(...)`` lines; other test scripts (dates,
strings, colours, chemistry, lists). There are no negative cases in this part.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NUMBAT = "sharkdp/numbat"
_AT = "examples/tests/{}@88b2e81a35d06942101d74e9b368081f02555f4f"

# examples/tests/unit_consistency_si.nbt: (line, pred: first argument, gold: second argument)
_SI = [
    (1, "1 Hz", "1 / s"),
    (2, "1 N", "1 kg * m / s^2"),
    (3, "1 Pa", "1 N / m²"),
    (4, "1 J", "1 N * m"),
    (5, "1 W", "1 J / s"),
    (6, "1 C", "1 A * s"),
    (7, "1 V", "1 W / A"),
    (8, "1 F", "1 C / V"),
    (9, "1 Ω", "1 V / A"),
    (10, "1 S", "1 A / V"),
    (11, "1 Wb", "1 V * s"),
    (12, "1 T", "1 Wb / m²"),
    (13, "1 H", "1 Wb / A"),
    (14, "1 lm", "1 cd * sr"),
    (15, "1 lx", "1 lm / m²"),
    (16, "1 Bq", "1 / s"),
    (17, "1 Gy", "1 J / kg"),
    (18, "1 Sv", "1 J / kg"),
    (19, "1 kat", "1 mol / s"),
]

# examples/tests/unit_consistency_misc.nbt: (line, pred: first argument, gold: second argument)
_MISC = [
    (1, "1 deg", "pi / 180 * rad"),
    (2, "1 ha", "1 hm²"),
    (3, "1 L", "1 dm³"),
    (4, "1 ton", "1000 kg"),
    (6, "1 au", "149_597_870_700 meter"),
    (7, "1 bar", "10^5 Pa"),
    (8, "1 Å", "100 pm"),
    (11, "1 min", "60 s"),
    (12, "1 hour", "60 min"),
    (13, "1 week", "7 day"),
    (14, "1 day", "24 hour"),
    (16, "1 gregorian_year", "365.2425 day"),
    (17, "1 julian_year", "365.25 day"),
    (18, "1 year", "1 tropical_year"),
    (25, "8 pint", "1 gallon"),
    (26, "2 cup", "1 pint"),
    (27, "16 tablespoon", "1 cup"),
    (29, "1 floz", "2 tablespoon"),
    (30, "1 hogshead", "63 gallon"),
    (31, "1 rod", "16.5 foot"),
    (36, "1 grain", "64.79891 mg"),
    (41, "1 troy_ounce", "31.1034768 g"),
    (46, "1 imperial_fluidounce", "28.413_062_5 mL"),
    (47, "1 imperial_pint", "568.261_25 mL"),
    (51, "1 imperial_fluid_drachm", "3.551_632_812_5 mL"),
    (52, "1 imperial_gill", "142.065_312_5 mL"),
    (53, "1 imperial_tablespoon", "1/2 * imperial_fluidounce"),
    (54, "1 imperial_teaspoon", "1/4 * imperial_tablespoon"),
    (57, "1 gauss", "100 µT"),
    (58, "1 furlong", "220 yard"),
    (64, "1 knot", "1 NM/hour"),
    (66, "3 percent", "3e-2"),
    (72, "1 calorie", "4.184 J"),
    (73, "1 BTU", "1055.05585262 J"),
    (74, "1 therm", "1.05505585262e8 J"),
    (75, "1 thermie", "4.184e6 J"),
    (76, "1 lbf", "4.448222 N"),
    (78, "60 RPM", "1 Hz"),
    (79, "1 fortnight", "2 week"),
    (81, "1 PSI", "6.894757 kPa"),
    (82, "1 atm", "101_325.0 Pa"),
    (84, "1 maxwell", "1e-8 weber"),
]

# examples/tests/math_functions.nbt: (line, pred: first argument, gold: second argument)
_MATH = [
    (3, "sqrt(0)", "0"),
    (4, "sqrt(1)", "1"),
    (5, "sqrt(4)", "2"),
    (7, "sqrt(0 m²)", "0 m"),
    (8, "sqrt(1 m²)", "1 m"),
    (9, "sqrt(4 m²)", "2 m"),
    (23, "exp(0)", "1"),
    (24, "exp(1)", "e"),
    (29, "ln(1)", "0"),
    (30, "ln(e)", "1"),
    (33, "log(1)", "0"),
    (34, "log(e)", "1"),
    (39, "log10(1)", "0"),
    (40, "log10(10)", "1"),
    (41, "log10(100)", "2"),
    (45, "log2(1)", "0"),
    (46, "log2(2)", "1"),
    (47, "log2(4)", "2"),
    (48, "log2(1024)", "10"),
    (105, "gamma(1)", "1"),
    (106, "gamma(2)", "1"),
    (108, "gamma(3)", "2"),
    (109, "gamma(4)", "6"),
    (113, "factorial(0)", "1"),
    (114, "factorial(1)", "1"),
    (115, "factorial(2)", "2"),
    (116, "factorial(3)", "6"),
    (117, "factorial(4)", "24"),
    (118, "factorial(20)", "2432902008176640000"),
    (152, "binom(0, -1)", "0"),
    (153, "binom(0, 0)", "1"),
    (154, "binom(0, 1)", "0"),
    (156, "binom(1, -1)", "0"),
    (157, "binom(1, 0)", "1"),
    (158, "binom(1, 1)", "1"),
    (159, "binom(1, 2)", "0"),
    (161, "binom(2, -1)", "0"),
    (162, "binom(2, 0)", "1"),
    (163, "binom(2, 1)", "2"),
    (164, "binom(2, 2)", "1"),
    (165, "binom(2, 3)", "0"),
    (167, "binom(3, -1)", "0"),
    (168, "binom(3, 0)", "1"),
    (169, "binom(3, 1)", "3"),
    (170, "binom(3, 2)", "3"),
    (171, "binom(3, 3)", "1"),
    (172, "binom(3, 4)", "0"),
    (174, "binom(4, -1)", "0"),
    (175, "binom(4, 0)", "1"),
    (176, "binom(4, 1)", "4"),
    (177, "binom(4, 2)", "6"),
    (178, "binom(4, 3)", "4"),
    (179, "binom(4, 4)", "1"),
    (180, "binom(4, 5)", "0"),
    (182, "binom(1.5, -1)", "0"),
    (183, "binom(1.5, 0)", "1"),
    (184, "binom(1.5, 1)", "1.5"),
    (185, "binom(1.5, 2)", "0.375"),
    (186, "binom(1.5, 3)", "-0.0625"),
    (187, "binom(1.5, 4)", "0.0234375"),
    (249, "gcd(0, 0)", "0"),
    (250, "gcd(0, 1)", "1"),
    (251, "gcd(1, 0)", "1"),
    (252, "gcd(1, 1)", "1"),
    (253, "gcd(2, 3)", "1"),
    (254, "gcd(2, 4)", "2"),
    (255, "gcd(3, 6)", "3"),
    (256, "gcd(4, 6)", "2"),
    (257, "gcd(4, 8)", "4"),
    (258, "gcd(6, 35)", "1"),
    (259, "gcd(1071, 462)", "21"),
    (260, "gcd(-8, 4)", "4"),
    (261, "gcd(-8, -4)", "4"),
    (262, "gcd(8, -4)", "4"),
    (266, "lcm(1, 1)", "1"),
    (267, "lcm(2, 3)", "6"),
    (268, "lcm(2, 4)", "4"),
    (269, "lcm(3, 6)", "6"),
    (270, "lcm(21, 6)", "42"),
    (271, "lcm(-8, 4)", "8"),
    (272, "lcm(8, -4)", "8"),
]


def _cases(fname: str, rows: list[tuple[int, str, str]]) -> list[dict]:
    return [
        _c(
            NUMBAT,
            _AT.format(fname),
            gold,
            pred,
            True,
            True,
            f"line {line}: assert_eq({pred}, {gold})",
        )
        for line, pred, gold in rows
    ]


CASES: list[dict] = (
    _cases("unit_consistency_si.nbt", _SI)
    + _cases("unit_consistency_misc.nbt", _MISC)
    + _cases("math_functions.nbt", _MATH)
)
