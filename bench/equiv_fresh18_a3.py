r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "a", third part:
unit calculators and unit libraries in Rust, Java and C#; conventions as in equiv_fresh18_a.py).

Each pair is two written quantities that a unit library's test states to be equal (or not):
``pred`` is what the test parses or evaluates, ``gold`` what it compares with, written as number,
space and unit in the library's own unit names where the test builds it with a constructor
(``Length::new::<kilometer>(1)`` as ``1 kilometer``). ``wrap`` is True. ``where`` is
``path@commit``; the test is named in ``why``.

Sources (repo, commit, license of the stored copy):

- tiffany352/rink-rs @ 1dfa00f542d032399b5c16e7a91d2b00e8d6e057, MPL-2.0 (file header):
  ``core/tests/query.rs``: ``test(query, output)`` asserts the calculator's answer; ``pred`` is the
  query's quantity, ``gold`` the answer with its trailing dimension note (``(length)``) dropped. A
  conversion query ``a -> b`` gives (answer, ``a``); ``... to frac`` / ``to sci`` likewise. A
  "Conformance error: 1 watt (power) != 1 joule (energy)" answer gives a negative pair.
- iliekturtles/uom @ 7ef16c456c7fc1b18e52bdbaae552f0fd9e25ebd, MIT OR Apache-2.0:
  ``src/tests/quantity.rs`` (``from_str``, ``get``).
- unitsofmeasurement/indriya @ c3dc21914a63b1adcb93966979af3dd3ab2775dc, BSD-3-Clause (LICENSE):
  ``QuantitiesTest.java``, ``DoubleComparableQuantityTest.java`` (the same day/hour asserts stand in
  ``DecimalComparableQuantityTest`` and ``NumberComparableQuantityTest``; taken once),
  ``AbsUnitTest.java``, ``PrefixTest.java``, ``SimpleUnitFormatTest.java`` (under
  ``src/test/java/tech/units/indriya/``).
- angularsen/UnitsNet @ 3bf1ef4b3c4d82c05c7a2667b25e0867358f9a62, MIT-0 (LICENSE):
  ``UnitsNet.Tests/CustomCode/ParseTests.cs`` (en-US parses; ru-RU abbreviations against the
  en-US ones with the same unit and value), ``LengthTests.FeetInches.cs`` (feet-only rows),
  ``MolarityTests.cs``.

Left out, by rule: rink answers marked ``approx.``, definitions, searches, dates, errors other
than conformance, base / digit-format conversions of plain numbers, bit operations, factorials,
substance queries (``density of water``), rink's absolute-temperature product ``2 degC 2``,
``1 m -> -meter``, mixed-unit list conversions with inexact parts, named units that only rink
defines (``floppydisk``, ``egg``); indriya's ``1 year`` = ``31556952 s`` (a calendar-definition
choice) and unit-name parses of a symbol to itself; UnitsNet inch rows (asserted only within
1e-5 feet of 0.08333333), locale-dependent number formats (de-CH ``1’000′``, decimal-comma
cultures where ``5.555 m`` means 5555 m), failure tests and parses of a string to itself; uom's
error tests (``1m`` without a separator is rejected: a format policy).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RINK = "tiffany352/rink-rs"
RINK_Q = "core/tests/query.rs@1dfa00f542d032399b5c16e7a91d2b00e8d6e057"
UOM = "iliekturtles/uom"
UOM_Q = "src/tests/quantity.rs@7ef16c456c7fc1b18e52bdbaae552f0fd9e25ebd"
IND = "unitsofmeasurement/indriya"
_IND_C = "c3dc21914a63b1adcb93966979af3dd3ab2775dc"
_IND_P = "src/test/java/tech/units/indriya"
IND_QTY = f"{_IND_P}/quantity/QuantitiesTest.java@{_IND_C}"
IND_DBL = f"{_IND_P}/quantity/DoubleComparableQuantityTest.java@{_IND_C}"
IND_ABS = f"{_IND_P}/AbsUnitTest.java@{_IND_C}"
IND_PRE = f"{_IND_P}/unit/PrefixTest.java@{_IND_C}"
IND_FMT = f"{_IND_P}/format/SimpleUnitFormatTest.java@{_IND_C}"
UNET = "angularsen/UnitsNet"
_UNET_C = "3bf1ef4b3c4d82c05c7a2667b25e0867358f9a62"
UNET_PARSE = f"UnitsNet.Tests/CustomCode/ParseTests.cs@{_UNET_C}"
UNET_FTIN = f"UnitsNet.Tests/CustomCode/LengthTests.FeetInches.cs@{_UNET_C}"
UNET_MOL = f"UnitsNet.Tests/CustomCode/MolarityTests.cs@{_UNET_C}"

# (repo, where, test, [(gold, pred, expected), ...])
_TABLES: list[tuple[str, str, str, list[tuple[str, str, bool]]]] = [
    (RINK, RINK_Q, "test_eval", [("127 millimeter", "5 inch", True)]),
    (RINK, RINK_Q, "test_convert: 5 inch -> cm", [("12.7 centimeter", "5 inch", True)]),
    (RINK, RINK_Q, "test_determinism", [("1 meter tesla", "weber / m", True)]),
    (RINK, RINK_Q, "test_number_regress", [("953000000", "953 mega", True)]),
    (RINK, RINK_Q, "negative_prefixes", [("-1 millisecond", "-1ms", True)]),
    (
        RINK,
        RINK_Q,
        "test_volume_prefix",
        [("1 millimeter^3", "mm^3", True), ("1 kilometer^2", "1000000 m^2", True)],
    ),
    (
        RINK,
        RINK_Q,
        "test_time_hms / test_kilosecond",
        [
            ("16 minute, 40 second", "ks", True),
            ("1 nanosecond", "nanosecond", True),
            ("16 minute, 40 second", "1ks", True),
        ],
    ),
    (RINK, RINK_Q, "test_0_seconds", [("0 second", "0 s", True)]),
    (RINK, RINK_Q, "percent_operator", [("1", "100%", True)]),
    (
        RINK,
        RINK_Q,
        "test_bytes",
        [
            ("1.048576 megabyte", "1 mebibyte", True),
            ("16 byte", "128 bit", True),
            ("6400 bit^2", "100 byte^2", True),
            ("0.125 / bit", "1/byte", True),
        ],
    ),
    (
        RINK,
        RINK_Q,
        "test_output_formats (to frac / to sci)",
        [
            ("1200/3937 meter", "surveyfoot", True),
            ("381/1250 meter", "foot", True),
            ("3.048e-1 meter", "foot", True),
        ],
    ),
    (
        RINK,
        RINK_Q,
        "test_conformance: Conformance error (not equal)",
        [
            ("1 joule", "1 watt", False),
            ("J^2", "W/s", False),
            ("kg^2", "m^2", False),
        ],
    ),
    (
        UOM,
        UOM_Q,
        "from_str: parse == Length/Mass::new",
        [
            ("1 meter", "1 m", True),
            ("1 meter", "1 meters", True),
            ("1 kilometer", "1.0 km", True),
            ("1.0E3 kilogram", "1000 kg", True),
            ("1.0E-3 kilogram", "1.0E-3 kg", True),
        ],
    ),
    (
        UOM,
        UOM_Q,
        "get: value in another unit",
        [("1000.0 meter", "1 kilometer", True), ("0.001 kilometer", "1 meter", True)],
    ),
    (IND, IND_QTY, "quantityEquivalentTest", [("15 km/h", "15.0 km/h", True)]),
    (IND, IND_QTY, "quantityMixedTest: (1 m, 70 cm).to(m)", [("1.7 m", "1 m 70 cm", True)]),
    (
        IND,
        IND_DBL,
        "isEquivalentOfTest",
        [("1 d", "12 h", False), ("1 d", "24 h", True), ("1 d", "46 h", False)],
    ),
    (IND, IND_ABS, "testKiloIsAThousand", [("2 kW", "2000 W", True)]),
    (
        IND,
        IND_PRE,
        "testEquivalence / testNestedEquivalence",
        [("µg", "g/1000000", True), ("µg", "g/1000/1000", True)],
    ),
    (IND, IND_FMT, "testParseM3Alias: parse == CUBIC_METRE", [("m³", "m3", True)]),
    (
        UNET,
        UNET_PARSE,
        "ParseLengthToMetersUsEnglish",
        [
            ("1000 m", "1km", True),
            ("1000 m", " 1km ", True),
            ("1000 m", "1 km", True),
            ("1 m", "1e-3 km", True),
            ("500005 m", "500,005 m", True),
        ],
    ),
    (
        UNET,
        UNET_PARSE,
        "ParseWithCultureUsingSpaceAsThousandSeparators",
        [("500005 m", "500 005 m", True)],
    ),
    (
        UNET,
        UNET_PARSE,
        "Parse*WithPrefixUnits_GivenCulture (ru-RU vs en-US)",
        [
            ("1 ng", "1 нг", True),
            ("1 g", "1 г", True),
            ("1 kg", "1 кг", True),
            ("1 nm", "1 нм", True),
            ("1 m", "1 м", True),
            ("1 km", "1 км", True),
            ("1 µN", "1 мкН", True),
            ("1 N", "1 Н", True),
            ("1 kN", "1 кН", True),
        ],
    ),
    (
        UNET,
        UNET_FTIN,
        "TryParseFeetInches (en-US; expected feet)",
        [
            ("1 ft", "1'", True),
            ("1 ft", "1′", True),
            ("1000 ft", "1,000′", True),
            ("1000 ft", "1e3'", True),
            ("-1 ft", "-1'", True),
            ("-1 ft", "-1′", True),
            ("-1000 ft", "-1,000′", True),
            ("-1000 ft", "-1e3'", True),
        ],
    ),
    (
        UNET,
        UNET_MOL,
        "Molarity.Parse",
        [("1 mol/L", "1M", True), ("1 mol/L", "1000 mM", True)],
    ),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, True, ok, test)
    for repo, where, test, rows in _TABLES
    for gold, pred, ok in rows
]
