"""Forms met at stop 44: numbers in Persian, Arabic and Hebrew words as a whole answer
(`خمس وثلاثون مليوناً`, `بیست و هفت میلیون و صدو هفتاد و چهار هزار و دو`, `אלף מאתיים ושש`),
their fractions (`یک سوم`, `هیجده و سه دهم`, `ثلاثة أرباع`, `سبعة من عشرة`, `שני רבעים`,
`שלוש עשרה חלקי עשרים ושמונה`); digits of other scripts grouped the Indian way (`৮৭,৬৪,৫৩২`);
Bengali, Hindi, Persian and Hebrew magnitude words (`৬০ লক্ষ`, `৫ বিলিয়ন`); a bracket closed
before a fraction as a product (`2(10)\\frac{225}{22}`, which latex2sympy read as a mixed
number); counts as calculators write them after a times sign (`4C2\\cdot3`), German's `6 über 5`
and `7 factorial`; numbers whose dots group thousands inside a computation (`10.068.347.520 /
720`); chances in Spanish, Portuguese and Dutch (`1 de cada 20`); `y(x) = ...` as a general
solution for y; implicit solutions `F = C` against `-F = C`; sums of tuples times a parameter
(`(-4,2,0) + t(-3,1,1)`, German `t * (1/4 ; 1/2 ; 1)`) against their components; Danish,
Norwegian, Swedish, Finnish and Bengali number words (`hundredsyvoghalvfems`, `halvanden`,
`ত্রিশ হাজার ছয়শত পাঁচ`); English
`twelve point ninety-three`, `two-third`, `seven forty-second`; lines in parametric form and
against their equation; map scales (`1 cm represents 10 m`); TeX's decimal comma before repeating
digits; `D.N.E.`, `negative infinity`, `the x-axis`, `% p.a.`; percent changes with a direction
word (`28% decrease` for `-28%`). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import random

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.bengali import bengali_number
from curate.judges.math.nordic import nordic_number
from curate.judges.math.westasian import westasian_number

B = "</think>\\boxed{%s}"

CASES = [
    # Persian cardinals: split and glued hundreds (`سی صد`, `صدو`), scales
    (B % "پنجاه و هفت", "57", "correct", "equal_string"),
    (B % "چهار صد و نه", "409", "correct", "equal_string"),
    (
        B % "یازده میلیارد و صدو یازده میلیون و صدو یازده هزار و صدو یازده",
        "11111111111",
        "correct",
        "equal_string",
    ),
    # ... a different number stays wrong, and two units in a row are no number
    (B % "پنجاه و هفت", "58", "incorrect", "different_number"),
    (B % "سه سه", "6", "incorrect", "unparseable_answer"),
    # Persian fractions by ordinal, a whole part before them; a decimal point in words
    (B % "یک سوم", "1/3", "correct", "equal_number"),
    (B % "هیجده و سه دهم", "18.3", "correct", "equal_string"),
    (B % "هیجده و سی و چهار صدم", "18.34", "correct", "equal_string"),
    (B % "دو ممیز پنج", "2.5", "correct", "equal_string"),
    # ... 34 hundredths, or 30 and 4 hundredths: not read
    (B % "سی و چهار صدم", "0.34", "incorrect", "unparseable_answer"),
    # Arabic: the unit before the tens, and the accusative of the scales
    (
        B % "خمسٌ وثلاثون مليوناً وستمئةٍ وسبعين ألفاً وثمانية عشر",
        "35670018",
        "correct",
        "equal_string",
    ),
    (B % "ثلاثة أرباع", "0.75", "correct", "equal_number"),
    (B % "سبعة من عشرة", "0.7", "correct", "equal_string"),
    (B % "150.1 على 100", "150.1%", "correct", "equal_number"),
    (B % "نصف", "1/2", "correct", "equal_number"),
    # ... `خمس` is five as written without its vowels, not a fifth
    (B % "خمس", "1/5", "incorrect", "different_number"),
    # Hebrew: a glued "and", teens, fractions by noun (with or without the yod) and by `חלקי`
    (B % "אלף מאתיים ושש", "1,206", "correct", "equal_string"),
    (B % "שני רבעים", "2/4", "correct", "equal_number"),
    (B % "שלוש שבעיות", "3/7", "correct", "equal_number"),
    (B % "שלוש עשרה חלקי עשרים ושמונֶה", "13/28", "correct", "equal_number"),
    (B % "מינוס שלוש", "3", "incorrect", "different_number"),
    # other scripts' digits grouped the Indian way, and magnitude words
    (B % "৮৭৬৪৫৩২", "৮৭,৬৪,৫৩২", "correct", "equal_string"),
    (B % "৬ মিলিয়ন", "৬০ লক্ষ", "correct", "equal_string"),
    (B % "৫০০ কোটি", "৫ বিলিয়ন", "correct", "equal_string"),
    (B % "3 میلیون", "3000000", "correct", "equal_string"),
    (B % "2 מיליון", "2000", "incorrect", "different_number"),
    # a bracket closed before a fraction is a product, never a mixed number
    (
        B % "100 + \\frac{225^2}{22^2} + 2(10)\\frac{225}{22}*\\frac{1}{15}",
        "\\frac{5^4*13^2}{484}",
        "correct",
        "equivalent",
    ),
    (B % "(10)\\frac{1}{2}", "5", "correct", "equivalent"),
    (B % "(10)\\frac{1}{2}", "10.5", "incorrect", "not_equivalent"),
    # ... a whole number before a proper fraction stays a mixed number
    (B % "2\\frac{1}{2}", "2.5", "correct", "equal_number"),
    # counts: a calculator's nCr after a times sign, German's `über`, a factorial in words
    (B % "\\frac{1C1\\cdot4C2\\cdot12C2}{52C5}", "\\frac{33}{216580}", "correct", "equivalent"),
    (B % "6 über 5", "6", "correct", "equivalent"),
    (B % "(49 über 6)", "13.983.816", "correct", "equivalent"),
    (B % "7 factorial", "5040", "correct", "equivalent"),
    (B % "7 factorial", "720", "incorrect", "not_equivalent"),
    # dots that group thousands inside a computation
    (B % "10.068.347.520 / 720", "13.983.816", "correct", "equal_number"),
    (B % "1/13.983.816 * 9/10", "1/15.537.573,33", "correct", "equal_within_tolerance"),
    # chances in Spanish, Portuguese and Dutch
    (B % "1 de cada 3.921.225", "1/3921225", "correct", "equal_number"),
    (B % "1 em cada 4", "0.25", "correct", "equal_number"),
    (B % "1 op 4", "25%", "correct", "equal_number"),
    (B % "1 op 4", "0.2", "incorrect", "different_number"),
    # `y(x) = ...` solves for y: constants re-signed are one family
    (B % "y(x) = c_2-c_1 e^{-x}", "y=c_2+c_1 e^{-x}", "correct", "equivalent"),
    (B % "y(x) = c_2-c_1 e^{-2x}", "y=c_2+c_1 e^{-x}", "incorrect", "not_equivalent"),
    # implicit solutions: F = C and -F = C (or 2F + 1 = C) are one family of level sets
    (
        B % "\\frac{1}{2} \\ln( x^{2} + y^{2}) - \\arctan(\\frac{y}{x}) = C",
        "\\arctan(\\frac{y}{x}) - \\frac{1}{2} \\ln(x^2 + y^2) = C",
        "correct",
        "equivalent",
    ),
    (B % "x^2+y^2=C", "2x^2+2y^2+1=C", "correct", "equivalent"),
    (B % "x^2+y^2=C", "x^2-y^2=C", "incorrect", "not_equivalent"),
    # sums of tuples times a number or a parameter, against the components
    (B % "(-4-3t,2+t,t)", "(-3,1,1)\\cdot t+(-4,2,0)", "correct", "equal_structure"),
    (B % "(-4-3s,2+s,s)", "(-4,2,0)+t(-3,1,1)", "correct", "equal_structure"),
    (B % "(-4-3t,2+t,2t)", "(-4,2,0)+t(-3,1,1)", "incorrect", "different_element"),
    (B % "( t/4 ; t/2 ; t )", "t * ( 1/4 ; 1/2 ; 1 )", "correct", "equal_structure"),
    (
        B % "( 4x1+3x2 ; 10x1 - 8x2 ; x1 + 2x2 )",
        "x1*(4;10;1) + x2*(3;-8;2)",
        "correct",
        "equal_structure",
    ),
    (B % "(1,2)+(3,4)", "(4,6)", "correct", "equal_structure"),
    # lines as equations in a parameter, and a line of the plane against its equation
    (B % "x = 4 + 2s, y = −1 − s, z=1", "x = 2 + 2t, y = −t, z=1", "correct", "equivalent"),
    (B % "x = 4 + 2s, y = −1 − s, z=2", "x = 2 + 2t, y = −t, z=1", "incorrect", "not_equivalent"),
    (B % "x=1+t, y=2-t", "(0,3)+s(2,-2)", "correct", "equivalent"),
    (B % "(x,y)=(1,1)+t*(2,-1)", "y=-1/2x+3/2", "correct", "equivalent_equation"),
    (B % "x+2y=3", "(1,1)+t(2,-1)", "correct", "equivalent_equation"),
    (B % "(x,y)=(1,1)+t*(2,1)", "y=-1/2x+3/2", "incorrect", "not_equivalent"),
    # ... `k` may be a given number: `x = k, y = 2k` is a point, not a line
    (B % "x = k, y = 2k", "x = 2k, y = 4k", "incorrect", "different_element"),
    # map scales with a glued or plural unit, `represents`, `\\text{to}`, a grouped ratio
    (B % "1cm to 500 metres", "1:50,000", "correct", "equal_string"),
    (B % "1 cm to 2.5 kms", "1:250000", "correct", "equal_string"),
    (B % "1 cm represents 10 m", "1:1000", "correct", "equal_string"),
    (B % "1\\ \\text{to}\\ 1000", "1:1000", "correct", "equal_string"),
    (B % "1 cm represents 10 m", "1:100", "incorrect", "different_element"),
    # TeX's decimal comma before repeating digits, a bar braced twice
    (B % "0{,}(3)", "\\frac{1}{3}", "correct", "equal_number"),
    (B % "3{,}8(3)", "\\frac{23}{6}", "correct", "equal_number"),
    (B % "0{,}{\\bar {5}}", "5/9", "correct", "equal_number"),
    # two decimal commas of one writer: `4,00` is no list of 4 and 00
    (B % "4,00", "0,04", "incorrect", "different_number"),
    # `D.N.E.`, signed infinity in words, axes as lines, a rate per annum
    (B % "does not exist", "D.N.E.", "correct", "equal_string"),
    (B % "negative infinity", "-\\infty", "correct", "equal_string"),
    (B % "minus infinity", "\\infty", "incorrect", "not_equivalent"),
    (B % "the x-axis", "y=0", "correct", "equal_string"),
    (B % "x-axis", "x=0", "incorrect", "not_equivalent"),
    (B % "0.0975", "9.75% pa", "correct", "equal_number"),
    # a percent change with its direction against a signed one or a bare size
    (B % "28% decrease", "-28\\%", "correct", "equal_string"),
    (B % "-10%", "10% decrease", "correct", "equal_string"),
    (B % "28% decrease", "28%", "correct", "equal_string"),
    (B % "28% increase", "-28%", "incorrect", "different_number"),
    (B % "10% decrease", "10% increase", "incorrect", "different_number"),
    # hedges in the new readers stay wrong: "5 or 6" in Persian, Arabic, Hebrew; "5 and 6"
    (B % "پنج یا شش", "5", "incorrect", "unparseable_answer"),
    (B % "خمسة أو ستة", "5", "incorrect", "unparseable_answer"),
    (B % "שלוש או ארבע", "3", "incorrect", "unparseable_answer"),
    (B % "پنج و شش", "5", "incorrect", "unparseable_answer"),
    (B % "28% decrease or 30% increase", "-28%", "incorrect", "ambiguous_answer"),
    # Danish, Norwegian, Swedish and Finnish words, glued as written; the half-numbers
    (B % "hundredsyvoghalvfems", "197", "correct", "equal_string"),
    (B % "sextio", "60", "correct", "equal_string"),
    (B % "tuhatyhdeksänsataayhdeksänkymmentäkolme", "1993", "correct", "equal_string"),
    (B % "halvanden", "1½", "correct", "equal_number"),
    (B % "4 hela och 57 hundradelar", "4,57", "correct", "equal_string"),
    (B % "syvoghalvfems", "79", "incorrect", "different_number"),
    # ... `fire` alone is English, not Danish 4; `tres` stays Spanish 3
    (B % "fire", "4", "incorrect", "not_equivalent"),
    (B % "tres", "3", "correct", "equal_string"),
    # Bengali words: a word per number below a hundred, hundreds glued or apart, both scales
    (B % "ত্রিশ হাজার ছয়শত পাঁচ", "৩০৬০৫", "correct", "equal_string"),
    (B % "তিনশ সাতচল্লিশ বিলিয়ন আট শ উনিশ মিলিয়ন", "347819000000", "correct", "equal_string"),
    (B % "দুই লাখ পঞ্চাশ হাজার", "250000", "correct", "equal_string"),
    (B % "তিন চার", "7", "incorrect", "unparseable_answer"),
    # ... `C(5,2)` stays a count
    (B % "C(5,2)", "10", "correct", "equivalent"),
    # English: the part after a point as one number, a singular ordinal after a numerator,
    # denominators of tens and a unit's ordinal
    (B % "Twelve point ninety-three", "12.93", "correct", "equal_string"),
    (B % "Two-third", "2/3", "correct", "equal_number"),
    (B % "Seven forty-second", "7/42", "correct", "equal_number"),
    (B % "three twentieths", "0.15", "correct", "equal_number"),
    # ... `four hundredth` may be the 400th, `one second` a time, `one hundred twenty thirds`
    # 120/3 or 100/23: none is read
    (B % "Four hundredth", "4/100", "incorrect", "not_equivalent"),
    (B % "one second", "1/2", "incorrect", "not_equivalent"),
    (B % "one hundred twenty thirds", "40", "incorrect", "not_equivalent"),
    # ... and `twenty fifth` stays the ordinal 25th, not 20/5
    (B % "twenty fifth", "25", "correct", "equal_string"),
    # a plus before a value with its unit; MathJax's `\\R` for the reals
    (B % "122", "+122 kJ mol−1", "correct", "equal_number"),
    (B % "-122", "+122 kJ", "incorrect", "different_number"),
    (B % "x \\in \\R", "x \\in \\mathbb{R}", "correct", "equal_string"),
    # an exponent in brackets before a fraction stays an exponent
    (B % "\\cos^(-1)\\frac1{\\sqrt2}", "\\frac\\pi4", "correct", "equivalent"),
    # Hebrew percent; a numerator in digits before a fraction noun
    (B % "50 אחוז", "חצי", "correct", "equal_number"),
    (B % "8 עשיריות", "ארבע חמישיות", "correct", "equal_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop44_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


@pytest.mark.parametrize("lang", ["fa", "ar", "he", "da", "no", "sv", "fi", "bn"])
def test_numbers_round_trip(lang: str) -> None:
    """Every number above 10 that num2words writes in the language reads back as itself (an
    independent writer: 11-1000 and 2,000 random numbers below 10^12; the short words of 0-10
    stay unread alone, by the Nordic reader's rule)."""
    num2words = pytest.importorskip("num2words").num2words
    rng = random.Random(44)
    numbers = [*range(11, 1001), *(rng.randrange(11, 10**12) for _ in range(2000))]
    words = [(n, num2words(n, lang=lang)) for n in numbers]
    # num2words's slips, not the languages': a repeated Arabic scale word (`مليار مليار`), the
    # Norwegian `milliard` misspelt `millard`
    slips = ("مليون مليون", "ألف ألف", "مليار مليار", "millard")
    words = [(n, w) for n, w in words if not any(s in w for s in slips)]
    read = {"fa": westasian_number, "ar": westasian_number, "he": westasian_number}.get(lang)
    read = read or (bengali_number if lang == "bn" else nordic_number)
    assert [(n, w) for n, w in words if read(w) != str(n)] == []
