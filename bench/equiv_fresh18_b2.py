r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "b", second part:
Chinese and Japanese numerals, Russian number words, num2words in English, French, Japanese; see equiv_fresh18_b.py for
the conventions: ``gold`` = the value a number-reading library's test asserts, ``pred`` = the
written form, a bare answer to be boxed, ``expected`` True). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- Ailln/cn2an ``cn2an/cn2an_test.py`` @ 7c9ba0770b129960d9b6e6c6b2b46c00ec580778, MIT:
  ``Cn2An().cn2an(text, mode) == value`` for the ``strict``, ``normal``, ``smart`` and
  ``direct`` tables (mode in ``why``). The suite also asserts every strict pair in normal and
  smart mode and every normal pair in smart mode: each (value, text) pair is recorded once, under
  the first table that holds it. Values are kept as the test writes them (``0.000000000000001``).
  Currency forms in financial numerals (``壹拾壹元壹角`` = 11.1) are included.
- scrapinghub/number-parser ``tests/test_language_ru.py``
  @ a4c2b21c06aedd72c0d30b72d188623e258f19d1 (``parse_number(text, "ru")``, inflected case
  forms included), BSD-style (3 clauses).
- savoirfairelinux/num2words ``tests/test_en.py`` (cardinal, ordinal, ordinal_num, decimal and
  currency words, ``to`` and currency in ``why``; currency golds are the amount as the test
  passes it, e.g. ``4778.00``), ``tests/test_fr.py`` (``TEST_CASES_CARDINAL``, the first 60 rows)
  and ``tests/test_ja.py`` (every ``n2j(value)`` call without options: kanji numerals)
  @ 07814cb114157f582c40a00119c2e9faba8dcee2, read in reverse (value, words), LGPL-2.1.

Left out, by rule: cn2an's error lists (inputs that must raise ``ValueError`` pair no value);
identity pairs (``10.1`` in smart mode); ``direct``-mode outputs that keep leading zeros as digit
strings (``零一`` -> ``01``, ``012``), a transliteration and not a value; the an2cn and transform
tests (the converse direction and sentence rewriting); num2words ``ja`` readings in kana and
``prefer`` variants, the French rows after the 60th, the ``en`` year readings (``to='year'``:
``'nineteen oh-one'``) and the overflow test.
A (value, written form) pair asserted twice is recorded once: the first time it appears, in the
order of the tables of equiv_fresh18_b.py and then equiv_fresh18_b2.py (number-parser's English
``parse_number`` list repeats many of w2n's pairs; words met in several tables, such as
``thousand``, ``first`` or the kanji ``一``, are kept under their first source).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

_CN_strict = ("Ailln/cn2an", "cn2an/cn2an_test.py@7c9ba0770b129960d9b6e6c6b2b46c00ec580778")
_CN_strict_ROWS = [
    ("0", "零", True, "cn2an strict"),
    ("1", "一", True, "cn2an strict"),
    ("10", "十", True, "cn2an strict"),
    ("11", "十一", True, "cn2an strict"),
    ("11", "一十一", True, "cn2an strict"),
    ("20", "二十", True, "cn2an strict"),
    ("21", "二十一", True, "cn2an strict"),
    ("100", "一百", True, "cn2an strict"),
    ("101", "一百零一", True, "cn2an strict"),
    ("110", "一百一十", True, "cn2an strict"),
    ("111", "一百一十一", True, "cn2an strict"),
    ("1000", "一千", True, "cn2an strict"),
    ("1100", "一千一百", True, "cn2an strict"),
    ("1110", "一千一百一十", True, "cn2an strict"),
    ("1111", "一千一百一十一", True, "cn2an strict"),
    ("1010", "一千零一十", True, "cn2an strict"),
    ("1010", "一千零十", True, "cn2an strict"),
    ("1011", "一千零十一", True, "cn2an strict"),
    ("1011", "一千零一十一", True, "cn2an strict"),
    ("1001", "一千零一", True, "cn2an strict"),
    ("1101", "一千一百零一", True, "cn2an strict"),
    ("11111", "一万一千一百一十一", True, "cn2an strict"),
    ("111111", "一十一万一千一百一十一", True, "cn2an strict"),
    ("1111111", "一百一十一万一千一百一十一", True, "cn2an strict"),
    ("11111111", "一千一百一十一万一千一百一十一", True, "cn2an strict"),
    ("111111111", "一亿一千一百一十一万一千一百一十一", True, "cn2an strict"),
    ("1111111111", "一十一亿一千一百一十一万一千一百一十一", True, "cn2an strict"),
    ("11111111111", "一百一十一亿一千一百一十一万一千一百一十一", True, "cn2an strict"),
    ("111111111111", "一千一百一十一亿一千一百一十一万一千一百一十一", True, "cn2an strict"),
    (
        "1111111111111111",
        "一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一",
        True,
        "cn2an strict",
    ),
    ("1", "壹", True, "cn2an strict"),
    ("10", "拾", True, "cn2an strict"),
    ("11", "拾壹", True, "cn2an strict"),
    ("11", "壹拾壹", True, "cn2an strict"),
    ("111", "壹佰壹拾壹", True, "cn2an strict"),
    ("1111", "壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("11111", "壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("111111", "壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("1111111", "壹佰壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("11111111", "壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("111111111", "壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("1111111111", "壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("11111111111", "壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("111111111111", "壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", True, "cn2an strict"),
    ("11", "壹拾壹元整", True, "cn2an strict"),
    ("111", "壹佰壹拾壹圆整", True, "cn2an strict"),
    ("11", "壹拾壹元正", True, "cn2an strict"),
    ("11", "壹拾壹圆正", True, "cn2an strict"),
    ("11.1", "壹拾壹元壹角", True, "cn2an strict"),
    ("11.11", "壹拾壹元壹角壹分", True, "cn2an strict"),
    ("100000", "十万", True, "cn2an strict"),
    ("100001", "十万零一", True, "cn2an strict"),
    ("10001", "一万零一", True, "cn2an strict"),
    ("10011", "一万零一十一", True, "cn2an strict"),
    ("10111", "一万零一百一十一", True, "cn2an strict"),
    ("10111", "一万零百一十一", True, "cn2an strict"),
    ("100001", "一十万零一", True, "cn2an strict"),
    ("1000001", "一百万零一", True, "cn2an strict"),
    ("10000001", "一千万零一", True, "cn2an strict"),
    ("10011001", "一千零一万一千零一", True, "cn2an strict"),
    ("10010001", "一千零一万零一", True, "cn2an strict"),
    ("100000001", "一亿零一", True, "cn2an strict"),
    ("1000000001", "一十亿零一", True, "cn2an strict"),
    ("10000000001", "一百亿零一", True, "cn2an strict"),
    ("100110011001", "一千零一亿一千零一万一千零一", True, "cn2an strict"),
    ("100010001001", "一千亿一千万一千零一", True, "cn2an strict"),
    ("100000000001", "一千亿零一", True, "cn2an strict"),
    ("9665.18", "玖仟陆佰陆拾伍圆壹角捌分", True, "cn2an strict"),
    ("181.7", "壹佰捌拾壹圆柒角", True, "cn2an strict"),
    ("0.000000000000001", "零点零零零零零零零零零零零零零零一", True, "cn2an strict"),
    ("0.00000000000001", "零点零零零零零零零零零零零零零一", True, "cn2an strict"),
    ("0.0000000000001", "零点零零零零零零零零零零零零一", True, "cn2an strict"),
    ("0.000000000001", "零点零零零零零零零零零零零一", True, "cn2an strict"),
    ("0.00000000001", "零点零零零零零零零零零零一", True, "cn2an strict"),
    ("0.0000000001", "零点零零零零零零零零零一", True, "cn2an strict"),
    ("0.000000001", "零点零零零零零零零零一", True, "cn2an strict"),
    ("0.00000001", "零点零零零零零零零一", True, "cn2an strict"),
    ("0.0000001", "零点零零零零零零一", True, "cn2an strict"),
    ("0.000001", "零点零零零零零一", True, "cn2an strict"),
    ("0.00001", "零点零零零零一", True, "cn2an strict"),
    ("0.0001", "零点零零零一", True, "cn2an strict"),
    ("0.001", "零点零零一", True, "cn2an strict"),
    ("0.01", "零点零一", True, "cn2an strict"),
    ("0.1", "零点一", True, "cn2an strict"),
    ("-1", "负一", True, "cn2an strict"),
    ("-2", "负二", True, "cn2an strict"),
    ("-10", "负十", True, "cn2an strict"),
    ("-11", "负十一", True, "cn2an strict"),
    ("-11", "负一十一", True, "cn2an strict"),
    ("22", "廿二", True, "cn2an strict"),
]

_CN_normal = ("Ailln/cn2an", "cn2an/cn2an_test.py@7c9ba0770b129960d9b6e6c6b2b46c00ec580778")
_CN_normal_ROWS = [
    ("11", "一一", True, "cn2an normal"),
    ("111", "一一一", True, "cn2an normal"),
    ("11", "壹壹", True, "cn2an normal"),
    ("111", "壹壹壹", True, "cn2an normal"),
    ("0", "零点零", True, "cn2an normal"),
    ("0", "零点零零", True, "cn2an normal"),
    ("1720", "一七二零", True, "cn2an normal"),
    ("1720.1", "一七二零点一", True, "cn2an normal"),
    ("1720.134", "一七二零点一三四", True, "cn2an normal"),
    ("123", "一二三", True, "cn2an normal"),
    ("-0.1", "负零点一零", True, "cn2an normal"),
    ("-1720", "负一七二零", True, "cn2an normal"),
    ("-1720.1", "负一七二零点一", True, "cn2an normal"),
    ("35000", "三万五", True, "cn2an normal"),
    ("135000", "十三万五", True, "cn2an normal"),
    ("2600", "两千六", True, "cn2an normal"),
    ("120", "一百二", True, "cn2an normal"),
    ("111", "一百十一", True, "cn2an normal"),
    ("116", "一百十六", True, "cn2an normal"),
    ("1010", "一千一十", True, "cn2an normal"),
    ("1203000", "一百二十万三", True, "cn2an normal"),
    ("101000", "十万零一千", True, "cn2an normal"),
    ("1903971", "一百九十万零三千九百七十一", True, "cn2an normal"),
    ("150006355", "一亿五千万零六千三百五十五", True, "cn2an normal"),
    ("2600", "兩千六", True, "cn2an normal"),
    ("11", "壹拾壹元", True, "cn2an normal"),
    ("111", "壹佰壹拾壹圆", True, "cn2an normal"),
    ("11", "壹拾壹圆", True, "cn2an normal"),
    ("103453", "壹拾万零叁仟肆佰伍拾叁", True, "cn2an normal"),
    ("0", "〇", True, "cn2an normal"),
]

_CN_smart = ("Ailln/cn2an", "cn2an/cn2an_test.py@7c9ba0770b129960d9b6e6c6b2b46c00ec580778")
_CN_smart_ROWS = [
    ("1000000", "100万", True, "cn2an smart"),
    ("1003000", "100万三千", True, "cn2an smart"),
    ("20000004230", "200亿零四千230", True, "cn2an smart"),
    ("100.123", "一百点123", True, "cn2an smart"),
    ("101000", "10.1万", True, "cn2an smart"),
    ("-101000", "-10.1万", True, "cn2an smart"),
    ("1640000000", "16.4亿", True, "cn2an smart"),
    ("3510000000", "35.1亿", True, "cn2an smart"),
    ("101", "1百01", True, "cn2an smart"),
    ("10600", "1万600", True, "cn2an smart"),
]

_CN_direct = ("Ailln/cn2an", "cn2an/cn2an_test.py@7c9ba0770b129960d9b6e6c6b2b46c00ec580778")
_CN_direct_ROWS = [
    ("2002", "二〇〇二", True, "cn2an direct"),
    ("189", "幺八九", True, "cn2an direct"),
    ("12.30", "一二点三零", True, "cn2an direct"),
]

_NP_ru = (
    "scrapinghub/number-parser",
    "tests/test_language_ru.py@a4c2b21c06aedd72c0d30b72d188623e258f19d1",
)
_NP_ru_ROWS = [
    ("0", "ноль", True, "parse_number(ru)"),
    ("1", "один", True, "parse_number(ru)"),
    ("2", "два", True, "parse_number(ru)"),
    ("3", "три", True, "parse_number(ru)"),
    ("4", "четыре", True, "parse_number(ru)"),
    ("6", "шесть", True, "parse_number(ru)"),
    ("15", "пятнадцать", True, "parse_number(ru)"),
    ("25", "двадцать пять", True, "parse_number(ru)"),
    ("30", "тридцать", True, "parse_number(ru)"),
    ("40", "сорок", True, "parse_number(ru)"),
    ("44", "сорок четыре", True, "parse_number(ru)"),
    ("90", "девяносто", True, "parse_number(ru)"),
    ("100", "сто", True, "parse_number(ru)"),
    ("200", "двести", True, "parse_number(ru)"),
    ("357", "триста пятьдесят семь", True, "parse_number(ru)"),
    ("596", "пятьсот девяносто шесть", True, "parse_number(ru)"),
    ("891", "восемьсот девяносто один", True, "parse_number(ru)"),
    ("2000", "две тысячи", True, "parse_number(ru)"),
    ("2020", "две тысячи двадцать", True, "parse_number(ru)"),
    ("7004", "семь тысяч четыре", True, "parse_number(ru)"),
    ("21000000", "двадцать один миллион", True, "parse_number(ru)"),
    ("21000073", "двадцать один миллион семьдесят три", True, "parse_number(ru)"),
    ("1", "одного", True, "parse_number(ru)"),
    ("1", "одному", True, "parse_number(ru)"),
    ("1", "одним", True, "parse_number(ru)"),
    ("1", "одном", True, "parse_number(ru)"),
    ("2", "двух", True, "parse_number(ru)"),
    ("2", "двум", True, "parse_number(ru)"),
    ("2", "двумя", True, "parse_number(ru)"),
    ("3", "трех", True, "parse_number(ru)"),
    ("3", "трем", True, "parse_number(ru)"),
    ("3", "тремя", True, "parse_number(ru)"),
    ("4", "четырех", True, "parse_number(ru)"),
    ("4", "четырем", True, "parse_number(ru)"),
    ("4", "четырьмя", True, "parse_number(ru)"),
    ("6", "шести", True, "parse_number(ru)"),
    ("6", "шестью", True, "parse_number(ru)"),
    ("30", "тридцати", True, "parse_number(ru)"),
    ("30", "тридцатью", True, "parse_number(ru)"),
    ("40", "сорока", True, "parse_number(ru)"),
    ("90", "девяноста", True, "parse_number(ru)"),
    ("100", "ста", True, "parse_number(ru)"),
    ("200", "двухсот", True, "parse_number(ru)"),
    ("200", "двумстам", True, "parse_number(ru)"),
    ("200", "двумястами", True, "parse_number(ru)"),
    ("200", "двухстах", True, "parse_number(ru)"),
    ("256", "двести пятьдесят шесть", True, "parse_number(ru)"),
    ("256", "двухсот пятидесяти шести", True, "parse_number(ru)"),
    ("256", "двумястами пятьюдесятью шестью", True, "parse_number(ru)"),
    ("500", "пятьюстами", True, "parse_number(ru)"),
    ("596", "пятисот девяноста шести", True, "parse_number(ru)"),
    ("596", "пятистам девяноста шести", True, "parse_number(ru)"),
    ("596", "пятьюстами девяноста шестью", True, "parse_number(ru)"),
    ("596", "пятистах девяноста шести", True, "parse_number(ru)"),
    ("1000", "тысяче", True, "parse_number(ru)"),
    ("21000000", "двадцать одним миллионом", True, "parse_number(ru)"),
]

_N2W_en = (
    "savoirfairelinux/num2words",
    "tests/test_en.py@07814cb114157f582c40a00119c2e9faba8dcee2",
)
_N2W_en_ROWS = [
    ("199", "one hundred and ninety-nine", True, "num2words en cardinal"),
    ("0", "zeroth", True, "num2words en ordinal"),
    ("13", "thirteenth", True, "num2words en ordinal"),
    ("22", "twenty-second", True, "num2words en ordinal"),
    ("12", "twelfth", True, "num2words en ordinal"),
    ("130", "one hundred and thirtieth", True, "num2words en ordinal"),
    ("1003", "one thousand and third", True, "num2words en ordinal"),
    ("10", "10th", True, "num2words en ordinal_num"),
    ("21", "21st", True, "num2words en ordinal_num"),
    ("102", "102nd", True, "num2words en ordinal_num"),
    ("73", "73rd", True, "num2words en ordinal_num"),
    ("0.12", "zero point one two", True, "num2words en cardinal"),
    ("-0.12", "minus zero point one two", True, "num2words en cardinal"),
    ("12.5", "twelve point five", True, "num2words en cardinal"),
    ("12.51", "twelve point five one", True, "num2words en cardinal"),
    ("12.53", "twelve point five three", True, "num2words en cardinal"),
    ("12.59", "twelve point five nine", True, "num2words en cardinal"),
    ("38.4", "thirty-eight dollars and 40 cents", True, "num2words en currency USD"),
    ("0", "zero dollars", True, "num2words en currency USD"),
    ("1.01", "one dollar and one cent", True, "num2words en currency USD"),
    (
        "4778.00",
        "four thousand, seven hundred and seventy-eight US dollars and zero cents",
        True,
        "num2words en currency USD",
    ),
    (
        "4778.00",
        "four thousand, seven hundred and seventy-eight dollars and zero cents",
        True,
        "num2words en currency USD",
    ),
    ("1.1", "one peso and ten cents", True, "num2words en currency MXN"),
    (
        "158.3",
        "one hundred and fifty-eight pesos and thirty cents",
        True,
        "num2words en currency MXN",
    ),
    ("2000.00", "two thousand pesos and zero cents", True, "num2words en currency MXN"),
    ("4.01", "four pesos and one cent", True, "num2words en currency MXN"),
    ("2000.00", "two thousand sums and zero tiyins", True, "num2words en currency UZS"),
    ("2000.00", "two thousand yen and zero sen", True, "num2words en currency JPY"),
    ("2000.00", "two thousand won and zero jeon", True, "num2words en currency KRW"),
]

_N2W_fr = (
    "savoirfairelinux/num2words",
    "tests/test_fr.py@07814cb114157f582c40a00119c2e9faba8dcee2",
)
_N2W_fr_ROWS = [
    ("1", "un", True, "num2words fr cardinal, first 60 rows"),
    ("2", "deux", True, "num2words fr cardinal, first 60 rows"),
    ("3", "trois", True, "num2words fr cardinal, first 60 rows"),
    ("5.5", "cinq virgule cinq", True, "num2words fr cardinal, first 60 rows"),
    ("11", "onze", True, "num2words fr cardinal, first 60 rows"),
    ("12", "douze", True, "num2words fr cardinal, first 60 rows"),
    ("16", "seize", True, "num2words fr cardinal, first 60 rows"),
    ("17.42", "dix-sept virgule quatre deux", True, "num2words fr cardinal, first 60 rows"),
    ("19", "dix-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("20", "vingt", True, "num2words fr cardinal, first 60 rows"),
    ("21", "vingt et un", True, "num2words fr cardinal, first 60 rows"),
    ("26", "vingt-six", True, "num2words fr cardinal, first 60 rows"),
    ("27.312", "vingt-sept virgule trois un deux", True, "num2words fr cardinal, first 60 rows"),
    ("28", "vingt-huit", True, "num2words fr cardinal, first 60 rows"),
    ("30", "trente", True, "num2words fr cardinal, first 60 rows"),
    ("31", "trente et un", True, "num2words fr cardinal, first 60 rows"),
    ("40", "quarante", True, "num2words fr cardinal, first 60 rows"),
    ("44", "quarante-quatre", True, "num2words fr cardinal, first 60 rows"),
    ("50", "cinquante", True, "num2words fr cardinal, first 60 rows"),
    (
        "53.486",
        "cinquante-trois virgule quatre huit six",
        True,
        "num2words fr cardinal, first 60 rows",
    ),
    ("55", "cinquante-cinq", True, "num2words fr cardinal, first 60 rows"),
    ("60", "soixante", True, "num2words fr cardinal, first 60 rows"),
    ("67", "soixante-sept", True, "num2words fr cardinal, first 60 rows"),
    ("70", "soixante-dix", True, "num2words fr cardinal, first 60 rows"),
    ("79", "soixante-dix-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("89", "quatre-vingt-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("95", "quatre-vingt-quinze", True, "num2words fr cardinal, first 60 rows"),
    ("100", "cent", True, "num2words fr cardinal, first 60 rows"),
    ("101", "cent un", True, "num2words fr cardinal, first 60 rows"),
    ("199", "cent quatre-vingt-dix-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("203", "deux cent trois", True, "num2words fr cardinal, first 60 rows"),
    ("287", "deux cent quatre-vingt-sept", True, "num2words fr cardinal, first 60 rows"),
    ("300.42", "trois cents virgule quatre deux", True, "num2words fr cardinal, first 60 rows"),
    ("356", "trois cent cinquante-six", True, "num2words fr cardinal, first 60 rows"),
    ("400", "quatre cents", True, "num2words fr cardinal, first 60 rows"),
    ("434", "quatre cent trente-quatre", True, "num2words fr cardinal, first 60 rows"),
    ("578", "cinq cent soixante-dix-huit", True, "num2words fr cardinal, first 60 rows"),
    ("689", "six cent quatre-vingt-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("729", "sept cent vingt-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("894", "huit cent quatre-vingt-quatorze", True, "num2words fr cardinal, first 60 rows"),
    ("999", "neuf cent quatre-vingt-dix-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("1000", "mille", True, "num2words fr cardinal, first 60 rows"),
    ("1001", "mille un", True, "num2words fr cardinal, first 60 rows"),
    ("1097", "mille quatre-vingt-dix-sept", True, "num2words fr cardinal, first 60 rows"),
    ("1104", "mille cent quatre", True, "num2words fr cardinal, first 60 rows"),
    ("1243", "mille deux cent quarante-trois", True, "num2words fr cardinal, first 60 rows"),
    (
        "2385",
        "deux mille trois cent quatre-vingt-cinq",
        True,
        "num2words fr cardinal, first 60 rows",
    ),
    ("3766", "trois mille sept cent soixante-six", True, "num2words fr cardinal, first 60 rows"),
    ("4196", "quatre mille cent quatre-vingt-seize", True, "num2words fr cardinal, first 60 rows"),
    (
        "4196.42",
        "quatre mille cent quatre-vingt-seize virgule quatre deux",
        True,
        "num2words fr cardinal, first 60 rows",
    ),
    ("5846", "cinq mille huit cent quarante-six", True, "num2words fr cardinal, first 60 rows"),
    ("6459", "six mille quatre cent cinquante-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("7232", "sept mille deux cent trente-deux", True, "num2words fr cardinal, first 60 rows"),
    ("8569", "huit mille cinq cent soixante-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("9539", "neuf mille cinq cent trente-neuf", True, "num2words fr cardinal, first 60 rows"),
    ("1000000", "un million", True, "num2words fr cardinal, first 60 rows"),
    ("1000001", "un million un", True, "num2words fr cardinal, first 60 rows"),
    ("4000000", "quatre millions", True, "num2words fr cardinal, first 60 rows"),
    ("4000004", "quatre millions quatre", True, "num2words fr cardinal, first 60 rows"),
    ("4300000", "quatre millions trois cent mille", True, "num2words fr cardinal, first 60 rows"),
]

_N2W_ja = (
    "savoirfairelinux/num2words",
    "tests/test_ja.py@07814cb114157f582c40a00119c2e9faba8dcee2",
)
_N2W_ja_ROWS = [
    ("2", "二", True, "num2words ja kanji"),
    ("3", "三", True, "num2words ja kanji"),
    ("4", "四", True, "num2words ja kanji"),
    ("5", "五", True, "num2words ja kanji"),
    ("6", "六", True, "num2words ja kanji"),
    ("7", "七", True, "num2words ja kanji"),
    ("8", "八", True, "num2words ja kanji"),
    ("9", "九", True, "num2words ja kanji"),
    ("12", "十二", True, "num2words ja kanji"),
    ("13", "十三", True, "num2words ja kanji"),
    ("14", "十四", True, "num2words ja kanji"),
    ("15", "十五", True, "num2words ja kanji"),
    ("16", "十六", True, "num2words ja kanji"),
    ("17", "十七", True, "num2words ja kanji"),
    ("18", "十八", True, "num2words ja kanji"),
    ("19", "十九", True, "num2words ja kanji"),
    ("100", "百", True, "num2words ja kanji"),
    ("123", "百二十三", True, "num2words ja kanji"),
    ("300", "三百", True, "num2words ja kanji"),
    ("400", "四百", True, "num2words ja kanji"),
    ("600", "六百", True, "num2words ja kanji"),
    ("1000", "千", True, "num2words ja kanji"),
    ("10000", "一万", True, "num2words ja kanji"),
    ("12345", "一万二千三百四十五", True, "num2words ja kanji"),
    ("123456789", "一億二千三百四十五万六千七百八十九", True, "num2words ja kanji"),
]

_TABLES = [
    (_CN_strict, _CN_strict_ROWS),
    (_CN_normal, _CN_normal_ROWS),
    (_CN_smart, _CN_smart_ROWS),
    (_CN_direct, _CN_direct_ROWS),
    (_NP_ru, _NP_ru_ROWS),
    (_N2W_en, _N2W_en_ROWS),
    (_N2W_fr, _N2W_fr_ROWS),
    (_N2W_ja, _N2W_ja_ROWS),
]

# (gold, pred, expected, why); every prediction is a bare answer (wrap=True).
CASES: list[dict] = [
    _c(repo, where, g, p, True, ok, why)
    for (repo, where), rows in _TABLES
    for g, p, ok, why in rows
]
