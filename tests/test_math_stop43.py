"""Forms met at stop 43: numbers in Russian, Ukrainian and Polish words as a whole answer, in any
case (`двумя тысячами`, `п'ятсот сорок`, `dwieście pięćdziesiąt sześć`), their fractions with an
ordinal denominator (`две третьих`, `dwie trzecie`), the fraction nouns (`половина`), a whole
part and a named fraction (`две целых пять десятых`), a decimal point in words (`trzy przecinek
czternaście`) and a half after `с`/`i` (`два с половиной`); `pi` read as π only as a whole
word of any script (`pięć` holds no π); Russian and Ukrainian unit names and Turkish, Polish,
Russian and Ukrainian money; a set-builder set that names the reals as its domain (`\\{x: x \\in
R, -2<x<3\\}`); a reversed bracket with `\\left`/`\\right`; the reals of one sign (`ℝ⁺₀`); `ø`
for the empty set; a ratio of fractions against a number (`5/4:3/2` for `5/6`); a one-place
decimal of three significant digits as a stated precision (`94.2` for `30\\pi`); a scale of two
lengths (`1 cm : 5 km`); a congruence with `=`; several words after a count (`56 girl scouts`);
the tonne, `ℓ`, Thai, Indonesian and Malay units, ringgit and sen; counters in brackets and
Korean 할/푼/리; `\\pi(343)` as a product; numbers in Indonesian, Malay and Vietnamese words and a
fraction of English number words (`one over four`). Each row: completion, reference, verdict,
reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # Russian cardinals, nominative and oblique cases
    (B % "двести пятьдесят шесть", "256", "correct", "equal_string"),
    (B % "двумя тысячами", "2000", "correct", "equal_string"),
    (B % "тысяча девятьсот восемьдесят четыре", "1984", "correct", "equal_string"),
    (B % "семьюстами", "700", "correct", "equal_string"),
    (B % "три миллиона", "3000000", "correct", "equal_string"),
    # ... a different number stays wrong
    (B % "сорок два", "43", "incorrect", "different_number"),
    # ... and two units in a row are no number
    (B % "пять шесть", "11", "incorrect", "unparseable_answer"),
    # Ukrainian, with either apostrophe
    (B % "п'ятсот сорок", "540", "correct", "equal_string"),
    (B % "два мільйони", "2000000", "correct", "equal_string"),
    (B % "дві п’ятих", "0.4", "correct", "equal_number"),
    # fractions with an ordinal denominator, and the fraction nouns
    (B % "две третьих", "\\frac{2}{3}", "correct", "equal_string"),
    (B % "одна вторая", "0.5", "correct", "equal_number"),
    (B % "три четвёртых", "0.75", "correct", "equal_number"),
    (B % "половина", "1/2", "correct", "equal_number"),
    (B % "четверть", "1/2", "incorrect", "different_number"),
    # a whole part and a named fraction; one and a half; a half after `с`
    (B % "две целых пять десятых", "2.5", "correct", "equal_string"),
    (B % "нуль цілих сім сотих", "0.07", "correct", "equal_string"),
    (B % "полтора", "1.5", "correct", "equal_number"),
    (B % "два с половиной", "2.5", "correct", "equal_string"),
    # a minus in words
    (B % "минус пять", "-5", "correct", "equal_string"),
    (B % "минус пять", "5", "incorrect", "different_number"),
    # Polish cardinals (a word starting `pi` is no π), fractions and decimals
    (B % "dwieście pięćdziesiąt sześć", "256", "correct", "equal_string"),
    (B % "dwa tysiące dwadzieścia cztery", "2024", "correct", "equal_string"),
    (B % "dwie trzecie", "\\frac{2}{3}", "correct", "equal_string"),
    (B % "pięć setnych", "0.05", "correct", "equal_string"),
    (B % "trzy przecinek czternaście", "3.14", "correct", "equal_string"),
    (B % "dwa i pół", "2.5", "correct", "equal_string"),
    (B % "dwie całe i pięć dziesiątych", "2.5", "correct", "equal_string"),
    (B % "trzy czwarte", "0.8", "incorrect", "different_number"),
    # a comma after the whole part's word; a Polish compound ordinal
    (B % "Нуль целых, семь десятых", "0,7", "correct", "equal_string"),
    (B % "jedna dziesięciotysięczna", "\\frac{1}{10000}", "correct", "equal_number"),
    # ... a comma between two numbers still makes a list
    (B % "двадцать, три", "23", "incorrect", "different_structure"),
    # Russian and Ukrainian unit names, declined and short, and their money
    (B % "4.8 годин", "4 години 48 хвилин", "correct", "equal_number"),
    (B % "60хв", "1 година", "correct", "equal_number"),
    (B % "125 см", "1,25 м", "correct", "equal_number"),
    (B % "5 км", "500 м", "incorrect", "different_number"),
    (B % "350 коп", "3 рубля 50 копеек", "correct", "equal_string"),
    # ... and `год`, the Russian year, is no Ukrainian hour: another dimension
    (B % "0.2 год", "12 хвилин", "unknown", "unknown_unit"),
    # Turkish lira and kuruş, Polish złoty and grosz
    (B % "9,40 tl", "9tl 40krş", "correct", "equal_number"),
    (B % "275 kuruş", "2 lira 75 kuruş", "correct", "equal_string"),
    (B % "5 zł 20 gr", "5,20 zł", "correct", "equal_number"),
    # a set-builder set that names the reals as its variable's domain, or holds one group
    (B % "(-2,3)", "\\{x: x \\in R,-2<x<3\\}", "correct", "equivalent"),
    (B % "{x : x ∈ R, 0 ≤ x < 7}", "[0, 7)", "correct", "equivalent"),
    (B % "\\left\\{ {x:3 < x < 5} \\right\\}", "(3,5)", "correct", "equivalent"),
    (B % "(-2,4)", "\\{x: x \\in R,-2<x<3\\}", "incorrect", "not_equivalent"),
    # ... a set whose one element is a set is not unwrapped
    (B % "\\{ {1,2} \\}", "\\{1,2\\}", "incorrect", "different_structure"),
    # a reversed bracket set with \\left and \\right and thin spaces
    (B % "[-2,\\infty)", "\\left[ { - 2,\\,\\,\\infty } \\right[", "correct", "equal_string"),
    (B % "\\left]1,2\\right[", "[1,2]", "incorrect", "different_structure"),
    # the reals of one sign, zero in or out by its mark; a bare ℝ⁺ stays unread
    (B % "\\mathbb{R}^{+}_{0}", "[0,\\infty)", "correct", "equal_string"),
    (B % "ℝ⁺₀", "[0,\\infty)", "correct", "equal_string"),
    (B % "\\mathbb{R}^*_+", "(0,\\infty)", "correct", "equal_string"),
    (B % "\\mathbb{R}^{+}_{0}", "(0,\\infty)", "incorrect", "different_structure"),
    (B % "\\mathbb{R}^+", "(0,\\infty)", "incorrect", "unparseable_answer"),
    # a lower-case ø alone is the empty set, as Ø is
    (B % "ø", "\\emptyset", "correct", "equal_string"),
    # a ratio of exact numbers against a number: `:` divides
    (B % "5/4:3/2", "5/6", "correct", "equivalent"),
    (B % "57/10:228/10", "1/4", "correct", "equivalent"),
    (B % "3:4", "4/3", "incorrect", "different_number"),
    # a one-place decimal of three significant digits states its precision (`94.2`); a short
    # one (`3.1`, `0.3`) may be exact and does not
    (B % "30\\pi", "94.2", "correct", "equal_rounded"),
    (B % "1436.8", "(1372/3)π", "correct", "equal_rounded"),
    (B % "\\pi", "3.1", "incorrect", "not_equivalent"),
    (B % "1/3", "0.3", "incorrect", "different_number"),
    (B % "30\\pi", "94.3", "incorrect", "not_equivalent"),
    # `x` as a times sign after a braced power
    (B % "28", "2^{2} x 7", "correct", "equal_number"),
    # the same number of other things named in several words
    (B % "56 girl scouts", "56 boy scouts", "unknown", "unknown_unit"),
    (B % "5 red apples", "5 apples", "correct", "equal_string"),
    (B % "5 bags of flour", "5 cups of flour", "unknown", "unknown_unit"),
    # a scale: two quantities of one kind as a ratio of numbers
    (B % "1\\mathrm{cm}:5\\mathrm{km}", "1:500000", "correct", "equal_string"),
    (B % "1 cm to 5 m", "1:500", "correct", "equal_string"),
    (B % "1 cm to 5 m", "1:50", "incorrect", "different_element"),
    # ... a speed is no ratio of numbers
    (B % "5 km : 2 h", "5:2", "incorrect", "not_equivalent"),
    # a congruence written with `=` and an integer family in q
    (B % "x = 68 (mod 105)", "x = 105q + 68", "correct", "equal_residue"),
    (B % "x = 69 (mod 105)", "x = 105q + 68", "incorrect", "different_residue"),
    (B % "x \\equiv 68 \\pmod{105}", "x = 105q + 68", "correct", "equal_residue"),
    # the metric tonne, a script ℓ for the litre, kilo as a capital K
    (B % "0.3t", "300Kg", "correct", "equal_number"),
    (B % "2 tonnes", "2000 kg", "correct", "equal_number"),
    (B % "2080 mℓ", "2.08ℓ", "correct", "equal_number"),
    (B % "3 t", "300 kg", "incorrect", "different_number"),
    # Thai, Indonesian and Malay unit names; ringgit and sen
    (B % "52.5 ม", "52.5 เมตร", "correct", "equal_string"),
    (B % "3 กิโลกรัม", "3000 กรัม", "correct", "equal_number"),
    (B % "495 sen", "RM4.95", "correct", "equal_number"),
    (B % "49 sen", "RM4.95", "incorrect", "different_number"),
    # a counter in brackets after the number; Korean tenths, hundredths and thousandths
    (B % "529(명)", "529", "correct", "equal_string"),
    (B % "529(명)", "530", "incorrect", "different_number"),
    (B % "3할 4푼 5리", "0.345", "correct", "equal_string"),
    # pi before a bracket multiplies it
    (B % "(4/3)π(343)", "(1372/3)π", "correct", "equivalent"),
    (B % "2\\pi(3)", "5\\pi", "incorrect", "not_equivalent"),
    # the parts of a compound quantity set apart by a TeX space
    (B % "5m\\,2dm", "5,2m", "correct", "equal_number"),
    # numbers in Indonesian, Malay and Vietnamese words
    (B % "tiga ribu dua puluh dua", "3022", "correct", "equal_string"),
    (B % "Seratus ribu rupiah", "Rp. 100.000,00", "correct", "equal_number"),
    (B % "Satu perempat", "1/4", "correct", "equal_number"),
    (B % "tiga koma lima", "3.5", "correct", "equal_string"),
    (B % "dua puluh tiga", "24", "incorrect", "different_number"),
    (B % "bảy mươi lăm phẩy tám mươi hai", "75,82", "correct", "equal_string"),
    (B % "một nghìn không trăm linh năm", "1005", "correct", "equal_string"),
    (B % "ba phần tư", "0.75", "correct", "equal_number"),
    # ... but a short word alone may be letters or a name
    (B % "ba", "3", "incorrect", "not_equivalent"),
    # a fraction of two English number words
    (B % "0.25", "One over four", "correct", "equal_number"),
    (B % "-1/7", "minus one over seven", "correct", "equal_number"),
    # a scale as an equation of two lengths; a true conversion is no scale
    (B % "1 inch = 50 ft", "1 cm = 6 m", "correct", "equal_string"),
    (B % "1 cm = 6 m", "1:60", "incorrect", "different_element"),
    # pennies in Rp. with a stop are no list
    (B % "Rp. 10.000,00", "Rp. 100.000,00", "incorrect", "different_number"),
    # a numerator in digits over a denominator in words
    (B % "2 sixths", "1/3", "correct", "equal_number"),
    (B % "1 third", "1/3", "correct", "equal_number"),
    (B % "2 ninths", "0.5", "incorrect", "different_number"),
    # ... never seconds, a time
    (B % "2 seconds", "2", "correct", "equal_string"),
    # one digit said to recur; two digits may recur as one block or two
    (B % "one-third", "0.3 recurring", "correct", "equal_number"),
    (B % "5/3", "1.6 recurring", "correct", "equal_number"),
    (B % "0.3", "0.3 recurring", "incorrect", "different_number"),
    (B % "1/6", "0.16 recurring", "incorrect", "different_number"),
    # a bare value against a mark scheme's unit in brackets
    (B % "1724", "1724 (J)", "correct", "equal_string"),
    (B % "3", "3.0 (kg m/s)", "correct", "equal_number"),
    (B % "2", "2 (x)", "incorrect", "not_equivalent"),
    # `ms^{-1}` as physics writes metres per second; `ms` alone stays milliseconds
    (B % "36 \\frac {km}{hr}", "10 \\: ms^{-1}", "correct", "equal_number"),
    (B % "5 ms", "0.005 s", "correct", "equal_number"),
    # miles per gallon against kilometres per litre: US or imperial gallons?
    (B % "21 mi/gal", "8.8 km/L", "unknown", "unknown_unit"),
    # a rate said with `in`
    (B % "72 km in 1 hr", "20 m/s", "correct", "equal_number"),
    (B % "72 km in 2 hr", "20 m/s", "incorrect", "different_number"),
    # a mixed number typed with two spaces
    (B % "2  2/5", "12/5", "correct", "equal_number"),
    # a decimal cut short (`…`, `..`) is known to the digits shown: a coarser answer that rounds
    # or cuts it is equal, another is not
    (B % "0.413", "0.4136…", "correct", "equal_rounded"),
    (B % "0.414", "0.4136…", "correct", "equal_rounded"),
    (B % "0.412", "0.4136…", "incorrect", "different_number"),
    (B % "0.01024..", "1.02%", "correct", "equal_rounded"),
    # ... while a coarser decimal for a finer literal stays wrong
    (B % "1.645", "1.6449", "incorrect", "different_number"),
    # a stop as a times sign before a named function after a number; `Percent` capitalised
    (B % "ln(2) - 1 + ln(2)", "2.ln(2) - 1", "correct", "equivalent"),
    (B % "1/4", "25 Percent", "correct", "equal_number"),
    # a count written `C_(n,k)` against a number; `five over 12` with its denominator in digits
    (B % "C_(10,3)", "120", "correct", "equivalent"),
    (B % "10 over 24", "five over 12", "correct", "equal_number"),
    (B % "20 over 44", "five over 12", "incorrect", "different_number"),
    # rupiah group thousands with dots and have no cents
    (B % "Rp 100.000", "Rp. 100.000,00", "correct", "equal_number"),
    (B % "Rp 7.500", "Tujuh ribu lima ratus rupiah", "correct", "equal_string"),
    # `pi` as a whole word is still π
    (B % "3pi/2", "\\frac{3\\pi}{2}", "correct", "equivalent"),
    (B % "pi_1", "\\pi_1", "correct", "equal_string"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop43_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
