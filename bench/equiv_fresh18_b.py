r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "b", first part:
number words, locale-formatted numbers and fractions; the Chinese / Japanese numerals, the Russian
number words and the num2words cases are in equiv_fresh18_b2.py).

These are not math-grader tests: they come from the test suites of libraries that read numbers as
people write them, each pairing a written form with its value. Each case is ``gold`` = the value
the test asserts, ``pred`` = the written form the test parses (a bare answer, ``wrap`` True, to be
put in ``\boxed{}``), ``expected`` True, unless said otherwise below. A math judge that reads
numbers as people write them should accept them; these cases measure how far it does. ``where``
is ``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- akshaynagpal/w2n ``unit_testing.py`` @ 33aac8a1d71ef1dffd4435fe6e9f998154bcb051
  (``w2n.word_to_num(words) == value``), MIT.
- finnfiddle/words-to-numbers ``src/__tests__/index.js``
  @ 5a48956bb7dc767fa1b1fcabd60654d1005833b5 (``wtn(words)`` equal to a number), MIT.
- scrapinghub/number-parser ``tests/test_language_{en,es,hi}.py`` (``parse_number(text, lang)``)
  and the CSV tables ``tests/data/permutations/{en,es,hi}_permutations_clevert.csv``,
  ``ru_permutations_mathtools.csv`` and ``tests/data/ordinals/en_ordinals_calculators_ro.csv``
  (rows ``number,text`` the suite asserts through ``_test_files``; the first 8 rows of each, all
  rows where a file has fewer) @ a4c2b21c06aedd72c0d30b72d188623e258f19d1, BSD-style (3 clauses).
- rawify/Fraction.js ``tests/fraction.test.js`` @ 32737c93d0aa669efc51b326e40b07eb1b934afc, MIT:
  ``new Fraction(s).toString()`` of a string input (gold = the output, pred = the input as
  written), ``toFraction(true)`` (gold = the input, pred = the written fraction or mixed number
  the library prints: ``42/9`` -> ``4 2/3``), and ``equals`` (two cases expected False). An
  input given as a JS array ``[n, d]`` is written ``\frac{n}{d}``.
- python-babel/babel ``tests/test_numbers_parsing.py`` and ``tests/test_numbers.py``
  @ 6ba6701e790f2f4b482ab5919cdf79f9cfef259b (``parse_decimal`` / ``parse_number`` with a locale:
  ``1.099,98`` in ``de`` is 1099.98, ``5,000001`` in ``fr`` is 5.000001; the locale is in
  ``why``, since the judge gets none), BSD-3-Clause.

Left out, by rule: calls that raise (w2n's ``'112-'``, ``'million million'``; Babel's
``'2,109,998'`` in ``de``, strict-mode rejections and their suggestion lists; Fraction.js
invalid inputs and division by zero; number-parser's ``None`` results), as they pair no value;
identity pairs (a digit string parsed to itself: w2n ``'112'``, Fraction.js ``"123.4"``, Babel
``'2580'``); w2n's fallback zeros for malformed words (``'point'``, ``'point nineteen'``,
``'seventh point nineteen'`` -> 0), which are not readings of the words; words-to-numbers options
(``fuzzy`` misspellings, ``impliedHundreds`` year-style readings), its commented-out cases and
the sentence-rewriting outputs (``parse`` / ``wtn`` returning text), also number-parser's
``parse`` sentence tests; Fraction.js outputs in its repeating-decimal notation (``0.(3)``,
``3.(142857)``) and arithmetic (``add``, ``div``, ``mod``), which are computations, not written
forms.
Claimed but not transcribed: allo-media/text2num (its Python tests now hold one pair; the
language tables live in a separate Rust crate).
A (value, written form) pair asserted twice is recorded once: the first time it appears, in the
order of the tables of equiv_fresh18_b.py and then equiv_fresh18_b2.py (number-parser's English
``parse_number`` list repeats many of w2n's pairs; words met in several tables, such as
``thousand``, ``first`` or the kanji ``一``, are kept under their first source).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

_W2N = ("akshaynagpal/w2n", "unit_testing.py@33aac8a1d71ef1dffd4435fe6e9f998154bcb051")
_W2N_ROWS = [
    ("2003984", "two million three thousand nine hundred and eighty four", True, "word_to_num"),
    ("19", "nineteen", True, "word_to_num"),
    ("2019", "two thousand and nineteen", True, "word_to_num"),
    ("2003019", "two million three thousand and nineteen", True, "word_to_num"),
    ("3000000000", "three billion", True, "word_to_num"),
    ("3000000", "three million", True, "word_to_num"),
    (
        "123456789",
        "one hundred twenty three million four hundred fifty six thousand seven hundred and eighty nine",
        True,
        "word_to_num",
    ),
    ("11", "eleven", True, "word_to_num"),
    ("19000000019", "nineteen billion and nineteen", True, "word_to_num"),
    ("142", "one hundred and forty two", True, "word_to_num"),
    ("5", "five", True, "word_to_num"),
    ("2023049", "two million twenty three thousand and forty nine", True, "word_to_num"),
    ("2.3", "two point three", True, "word_to_num"),
    (
        "2023049.2369",
        "two million twenty three thousand and forty nine point two three six nine",
        True,
        "word_to_num",
    ),
    (
        "1002023049.2369",
        "one billion two million twenty three thousand and forty nine point two three six nine",
        True,
        "word_to_num",
    ),
    ("0.1", "point one", True, "word_to_num"),
    ("135", "one hundred thirty-five", True, "word_to_num"),
    ("100", "hundred", True, "word_to_num"),
    ("1000", "thousand", True, "word_to_num"),
    ("1000000", "million", True, "word_to_num"),
    ("1000000000", "billion", True, "word_to_num"),
    ("9.999", "nine point nine nine nine", True, "word_to_num"),
]

_WTN = (
    "finnfiddle/words-to-numbers",
    "src/__tests__/index.js@5a48956bb7dc767fa1b1fcabd60654d1005833b5",
)
_WTN_ROWS = [
    ("100", "one hundred", True, "wtn"),
    ("102", "one hundred two", True, "wtn"),
    ("105", "one hundred and five", True, "wtn"),
    ("125", "one hundred and twenty five", True, "wtn"),
    ("4030", "four thousand and thirty", True, "wtn"),
    ("6005002", "six million five thousand and two", True, "wtn"),
    ("1111", "a thousand one hundred and eleven", True, "wtn"),
    ("69", "sixty nine", True, "wtn"),
    ("20569", "twenty thousand five hundred and sixty nine", True, "wtn"),
    ("5000000000000000000", "five quintillion", True, "wtn"),
    ("100", "one-hundred", True, "wtn"),
    ("105", "one-hundred and five", True, "wtn"),
    ("125", "one-hundred and twenty-five", True, "wtn"),
    ("4030", "four-thousand and thirty", True, "wtn"),
    ("6005002", "six-million five-thousand and two", True, "wtn"),
    ("1111", "a thousand, one-hundred and eleven", True, "wtn"),
    ("20569", "twenty-thousand, five-hundred and sixty-nine", True, "wtn"),
    ("42.5", "forty two point five", True, "wtn"),
    ("10.5", "ten point five", True, "wtn"),
    ("3.1415926", "three point one four one five nine two six", True, "wtn"),
    ("1", "first", True, "wtn"),
    ("2", "second", True, "wtn"),
    ("3", "third", True, "wtn"),
    ("14", "fourteenth", True, "wtn"),
    ("25", "twenty fifth", True, "wtn"),
    ("34", "thirty fourth", True, "wtn"),
    ("47", "forty seventh", True, "wtn"),
    ("53", "fifty third", True, "wtn"),
    ("60", "sixtieth", True, "wtn"),
    ("72", "seventy second", True, "wtn"),
    ("89", "eighty ninth", True, "wtn"),
    ("96", "ninety sixth", True, "wtn"),
    ("108", "one hundred and eighth", True, "wtn"),
    ("110", "one hundred and tenth", True, "wtn"),
    ("199", "one hundred and ninety ninth", True, "wtn"),
    ("11.1", "eleven dot one", True, "wtn"),
    ("100000", "one hundred thousand", True, "wtn"),
]

_NP_en = (
    "scrapinghub/number-parser",
    "tests/test_language_en.py@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_en_ROWS = [
    (
        "123456789",
        "one hundred twenty three million four hundred fifty six thousand seven hundred             and eighty nine",
        True,
        "parse_number(en)",
    ),
]

_NP_es = (
    "scrapinghub/number-parser",
    "tests/test_language_es.py@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_es_ROWS = [
    ("26", "veintiséis", True, "parse_number(es)"),
    ("31", "treinta y una", True, "parse_number(es)"),
    ("101", "ciento uno", True, "parse_number(es)"),
    ("256", "Doscientos cincuenta y seis", True, "parse_number(es)"),
    ("302", "trescientos dos", True, "parse_number(es)"),
    ("342", "trescientas cuarenta y dos", True, "parse_number(es)"),
    ("424", "cuatrocientos veinticuatro", True, "parse_number(es)"),
    ("666", "seiscientos sesenta y seis", True, "parse_number(es)"),
    ("100000", "Cien mil", True, "parse_number(es)"),
    (
        "1432524",
        "un millón cuatrocientos treinta y dos mil quinientos veinticuatro",
        True,
        "parse_number(es)",
    ),
    ("1000000000", "mil millones", True, "parse_number(es)"),
    ("1000000000", "millardo", True, "parse_number(es)"),
    (
        "2147483647",
        "Dos mil ciento cuarenta y siete millones cuatrocientos ochenta             y tres mil seiscientos cuarenta y siete",
        True,
        "parse_number(es)",
    ),
    ("3000000024", "tres mil millones veinticuatro", True, "parse_number(es)"),
    (
        "3023001432",
        "tres mil veintitrés millones mil cuatrocientos treinta y dos",
        True,
        "parse_number(es)",
    ),
    ("5000320000000", "cinco billones trescientos veinte millones", True, "parse_number(es)"),
    (
        "5764607500000000031",
        "cinco trillones setecientos sesenta y cuatro mil seiscientos siete billones         quinientos mil millones treinta y uno",
        True,
        "parse_number(es)",
    ),
    ("10^{24}", "cuatrillón", True, "parse_number(es)"),
    ("10^{100}", "Gúgol", True, "parse_number(es)"),
    ("10^{600}", "centillón", True, "parse_number(es)"),
]

_NP_hi = (
    "scrapinghub/number-parser",
    "tests/test_language_hi.py@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_hi_ROWS = [
    ("26", "छब्बीस", True, "parse_number(hi)"),
    ("31", "इकतीस", True, "parse_number(hi)"),
    ("101", "एक सौ एक", True, "parse_number(hi)"),
    ("256", "दो सौ छप्पन", True, "parse_number(hi)"),
    ("302", "तीन सौ दो", True, "parse_number(hi)"),
    ("342", "तीन सौ बयालीस", True, "parse_number(hi)"),
    ("424", "चार सौ चौबीस", True, "parse_number(hi)"),
    ("666", "छह सौ छियासठ", True, "parse_number(hi)"),
    ("100000", "एक लाख", True, "parse_number(hi)"),
    ("1432524", "चौदह लाख बत्तीस हज़ार पाँच सौ चौबीस", True, "parse_number(hi)"),
    ("1000000000", "एक अरब", True, "parse_number(hi)"),
    (
        "2147483647",
        "दो अरब चौदह करोड़ चौहत्तर लाख तिरासी हज़ार छह सौ सैंतालीस",
        True,
        "parse_number(hi)",
    ),
]

_NP_EN_CSV = (
    "scrapinghub/number-parser",
    "tests/data/permutations/en_permutations_clevert.csv@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_EN_CSV_ROWS = [
    ("1234", "One thousand two hundred thirty-four", True, "en permutation csv row"),
    ("23451", "Twenty-three thousand four hundred fifty-one", True, "en permutation csv row"),
    (
        "345612",
        "Three hundred forty-five thousand six hundred twelve",
        True,
        "en permutation csv row",
    ),
    (
        "4567123",
        "Four million five hundred sixty-seven thousand one hundred twenty-three",
        True,
        "en permutation csv row",
    ),
    (
        "56781234",
        "Fifty-six million seven hundred eighty-one thousand two hundred thirty-four",
        True,
        "en permutation csv row",
    ),
    (
        "678912345",
        "Six hundred seventy-eight million nine hundred twelve thousand three hundred forty-five",
        True,
        "en permutation csv row",
    ),
]

_NP_ES_CSV = (
    "scrapinghub/number-parser",
    "tests/data/permutations/es_permutations_clevert.csv@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_ES_CSV_ROWS = [
    ("1234", "Mil doscientos treinta y cuatro", True, "es permutation csv row"),
    ("23451", "Veintitrés mil cuatrocientos cincuenta y uno", True, "es permutation csv row"),
    ("345612", "Trescientos cuarenta y cinco mil seiscientos doce", True, "es permutation csv row"),
    (
        "4567123",
        "Cuatro millones quinientos sesenta y siete mil ciento veintitrés",
        True,
        "es permutation csv row",
    ),
    (
        "56781234",
        "Cincuenta y seis millones setecientos ochenta y un mil doscientos treinta y cuatro",
        True,
        "es permutation csv row",
    ),
    (
        "678912345",
        "Seiscientos setenta y ocho millones novecientos doce mil trescientos cuarenta y cinco",
        True,
        "es permutation csv row",
    ),
]

_NP_HI_CSV = (
    "scrapinghub/number-parser",
    "tests/data/permutations/hi_permutations_clevert.csv@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_HI_CSV_ROWS = [
    ("1234", "एक हजार दो सौ चौंतीस", True, "hi permutation csv row"),
    ("23451", "तेईस हजार चार सौ इक्यावन", True, "hi permutation csv row"),
    ("345612", "तीन लाख पैंतालीस हजार छह सौ बारह", True, "hi permutation csv row"),
    ("4567123", "पैंतालीस लाख सड़सठ हजार एक सौ तेईस", True, "hi permutation csv row"),
    ("56781234", "पाँच करोड़ सड़सठ लाख इक्यासी हजार दो सौ चौंतीस", True, "hi permutation csv row"),
    ("678912345", "सड़सठ करोड़ नवासी लाख बारह हजार तीन सौ पैंतालीस", True, "hi permutation csv row"),
]

_NP_RU_CSV = (
    "scrapinghub/number-parser",
    "tests/data/permutations/ru_permutations_mathtools.csv@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_RU_CSV_ROWS = [
    ("1234", "одна тысяча двести тридцать четыре", True, "ru permutation csv row"),
    ("23451", "двадцать три тысячи четыреста пятьдесят один", True, "ru permutation csv row"),
    ("345612", "триста сорок пять тысяч шестьсот двенадцать", True, "ru permutation csv row"),
    (
        "4567123",
        "четыре миллиона пятьсот шестьдесят семь тысяч сто двадцать три",
        True,
        "ru permutation csv row",
    ),
    (
        "56781234",
        "пятьдесят шесть миллионов семьсот восемьдесят одна тысяча двести тридцать четыре",
        True,
        "ru permutation csv row",
    ),
    (
        "678912345",
        "шестьсот семьдесят восемь миллионов девятьсот двенадцать тысяч триста сорок пять",
        True,
        "ru permutation csv row",
    ),
    (
        "7890123456",
        "семь миллиардов восемьсот девяносто миллионов сто двадцать три тысячи четыреста пятьдесят шесть",
        True,
        "ru permutation csv row",
    ),
    (
        "89091234567",
        "восемьдесят девять миллиардов девяносто один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь",
        True,
        "ru permutation csv row",
    ),
]

_NP_EN_ORD = (
    "scrapinghub/number-parser",
    "tests/data/ordinals/en_ordinals_calculators_ro.csv@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_EN_ORD_ROWS = [
    ("4", "fourth", True, "en ordinal csv row"),
    ("5", "fifth", True, "en ordinal csv row"),
    ("6", "sixth", True, "en ordinal csv row"),
    ("7", "seventh", True, "en ordinal csv row"),
    ("8", "eighth", True, "en ordinal csv row"),
]

_FRAC = ("rawify/Fraction.js", "tests/fraction.test.js@32737c93d0aa669efc51b326e40b07eb1b934afc")
_FRAC_ROWS = [
    ("0.5", ".5", True, "new Fraction('.5').toString()"),
    ("2000000", "2_000_000", True, "underscore digit groups, toString()"),
    ("-0.5", "-.5", True, "toString()"),
    ("123", "123.", True, "trailing point, toString()"),
    ("-123", "-123.", True, "trailing point, toString()"),
    ("0.75", "9/12", True, "toString() of 9/12"),
    ("0.5050000000000000000000000", "101/200", True, "toFraction(true)"),
    ("\\frac{20}{-5}", "-4", True, "[20, -5].toFraction(true)"),
    ("\\frac{-10}{-7}", "1 3/7", True, "[-10, -7].toFraction(true): mixed number"),
    ("\\frac{21}{-6}", "-3 1/2", True, "[21, -6].toFraction(true): mixed number"),
    ("10/78", "5/39", True, "toFraction(true)"),
    ("0/91", "0", True, "toFraction(true)"),
    ("-0/287", "0", True, "toFraction(true)"),
    ("-5/20", "-1/4", True, "toFraction(true)"),
    ("42/9", "4 2/3", True, "toFraction(true): mixed number"),
    ("71/23", "3 2/23", True, "toFraction(true): mixed number"),
    ("6/3", "2", True, "toFraction(true)"),
    ("28/4", "7", True, "toFraction(true)"),
    ("105/35", "3", True, "toFraction(true)"),
    ("4/6", "2/3", True, "toFraction(true)"),
    ("\\frac{-98}{5}", "-19.6", True, "[-98, 5].equals('-19.6'): true"),
    ("\\frac{98}{-5}", "-19.6", True, "[98, -5].equals('-19.6'): true"),
    ("\\frac{99}{88}", "\\frac{88}{99}", False, "[99, 88].equals([88, 99]): false"),
    ("\\frac{99}{-88}", "\\frac{9}{8}", False, "[99, -88].equals([9, 8]): false"),
]

_BABEL_P = (
    "python-babel/babel",
    "tests/test_numbers_parsing.py@6ba6701e790f2f4b482ab5919cdf79f9cfef259b",
)
_BABEL_P_ROWS = [
    ("1099.98", "1,099.98", True, "parse_decimal, locale en_US"),
    ("1099.98", "1.099,98", True, "parse_decimal, locale de"),
    ("1099.98", "1٬099٫98", True, "parse_decimal, locale ar_EG (Arabic separators)"),
    ("1001", "1.001", True, "parse_decimal, locale de, strict"),
    ("3400.6", "3,400.6", True, "parse_decimal, locale en_US, strict"),
    ("3400.60", "3,400.60", True, "parse_decimal, locale en_US, strict"),
    ("3400.00", "3,400.00", True, "parse_decimal, locale en_US, strict"),
    ("3400.0000", "3,400.0000", True, "parse_decimal, locale en_US, strict"),
    ("3800", "3,800", True, "parse_decimal, locale en_US, strict"),
    ("5.000001", "5,000001", True, "parse_decimal, locale fr, strict"),
]

_BABEL_N = ("python-babel/babel", "tests/test_numbers.py@6ba6701e790f2f4b482ab5919cdf79f9cfef259b")
_BABEL_N_ROWS = [
    ("1099", "1,099", True, "parse_number, locale en_US"),
    ("1099", "1.099", True, "parse_number, locale de_DE"),
    ("1099", "1٬099", True, "parse_number, locale ar_EG"),
    ("1099", "1 099", True, "parse_number, locale fr, space group separator"),
    ("1099", "1\xa0099", True, "parse_number, locale fr, no-break space"),
    ("1099", "1\u202f099", True, "parse_number, locale fr, narrow no-break space"),
    ("1099.98", "1 099,98", True, "parse_decimal, locale fr, space group separator"),
    ("1099.98", "1\xa0099,98", True, "parse_decimal, locale fr, no-break space"),
    ("1099.98", "1\u202f099,98", True, "parse_decimal, locale fr, narrow no-break space"),
    ("12345.123", "12 345.123", True, "parse_decimal, locale fi, space heuristic"),
]

_TABLES = [
    (_W2N, _W2N_ROWS),
    (_WTN, _WTN_ROWS),
    (_NP_en, _NP_en_ROWS),
    (_NP_es, _NP_es_ROWS),
    (_NP_hi, _NP_hi_ROWS),
    (_NP_EN_CSV, _NP_EN_CSV_ROWS),
    (_NP_ES_CSV, _NP_ES_CSV_ROWS),
    (_NP_HI_CSV, _NP_HI_CSV_ROWS),
    (_NP_RU_CSV, _NP_RU_CSV_ROWS),
    (_NP_EN_ORD, _NP_EN_ORD_ROWS),
    (_FRAC, _FRAC_ROWS),
    (_BABEL_P, _BABEL_P_ROWS),
    (_BABEL_N, _BABEL_N_ROWS),
]

# (gold, pred, expected, why); every prediction is a bare answer (wrap=True).
CASES: list[dict] = [
    _c(repo, where, g, p, True, ok, why)
    for (repo, where), rows in _TABLES
    for g, p, ok, why in rows
]
