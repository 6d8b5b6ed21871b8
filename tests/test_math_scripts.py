"""Notations met in fresh58 to fresh62, through the judge: repeating decimals and percentages with a decimal
comma, Japanese fractions and ratios (`2分の1`, `3割8分`), percentages in words of other
languages, unit names in Vietnamese and Japanese, units set in one square (`㎡`), the hectare,
units in braces, a multiple of pi with a unit, and units after an abbreviation's stop. Each row:
completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

JUDGED = [
    # the repeating digits in brackets after a decimal comma, as Polish schools write them
    (B % "0,(6)", "2/3", "correct", "equal_number"),
    (B % "0,4(6)", "7/15", "correct", "equal_number"),
    (B % "1,(45)", "16/11", "correct", "equal_number"),
    (B % "0,(6)", "3/5", "incorrect", "different_number"),
    # a decimal comma before a percent sign: no list puts % on its last item alone
    (B % "2,5%", "0,025", "correct", "equal_number"),
    (B % "0,4%", "0,004", "correct", "equal_number"),
    (B % "2,5%", "0,25", "incorrect", "different_number"),
    # ... a comma before three digits may still group thousands
    (B % "1,000%", "10", "correct", "equal_number"),
    # a ratio in German words
    (B % "3 zu 4", "3:4", "correct", "equal_string"),
    # Japanese fractions, denominator first, and tenths, hundredths, thousandths of a ratio
    (B % "2分の1", "0.5", "correct", "equal_number"),
    (B % "三分の二", "2/3", "correct", "equal_number"),
    (B % "3割8分", "0.38", "correct", "equal_number"),
    (B % "8割5分", "85%", "correct", "equal_number"),
    (B % "4分9厘", "0.049", "correct", "equal_string"),
    (B % "3割8分", "0.39", "incorrect", "different_number"),
    # ... 分 alone may be minutes: no ratio
    (B % "5分", "0.05", "incorrect", "different_number"),
    # a percentage in words of other languages
    (B % "0.09", "ร้อยละ 9", "correct", "equal_number"),
    (B % "30 퍼센트", "0.3", "correct", "equal_number"),
    (B % "25 Prozent", "0.25", "correct", "equal_number"),
    (B % "25 por ciento", "1/4", "correct", "equal_number"),
    (B % "25 Prozent", "0.5", "incorrect", "different_number"),
    # unit names in Vietnamese and Japanese, units set in one square, the hectare
    (B % "300 kg", "0,3 tấn", "correct", "equal_number"),
    (B % "78 phút", "4680 giây", "correct", "equal_number"),
    (B % "1平方メートル", "10000平方センチメートル", "correct", "equal_number"),
    (B % "2㎡", "20,000㎠", "correct", "equal_number"),
    (B % "400㎠", "200 cm^2", "incorrect", "different_number"),
    (B % "5000m^2", "0,5 ha", "correct", "equal_number"),
    (B % "500m^2", "0,5 ha", "incorrect", "different_number"),
    # a unit in braces, as MathType exports it
    (B % "56d{m^2}", "0,56{m^2}", "correct", "equal_number"),
    # a multiple of pi with a unit, rounded at the answer's own precision
    (B % "43.98\\text{ ft.}", "14\\pi ft.", "correct", "equal_rounded"),
    (B % "44 ft", "14\\pi ft", "incorrect", "not_equivalent"),
    # a fraction in brackets before a unit
    (B % "(3/8)m²", "3,750cm²", "correct", "equal_number"),
    # an abbreviation's stop after a unit
    (B % "5 in.", "12.7 cm", "correct", "equal_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_fresh58_notations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


JUDGED_FRESH59 = [
    # eleven hundred to ninety-nine hundred, as years and prices are said
    (B % "Twelve hundred", "1200", "correct", "equal_string"),
    (B % "fifty-two hundred thirty-four", "5,234", "correct", "equal_string"),
    (B % "twelve hundred", "1300", "incorrect", "different_number"),
    # ... never `twenty hundred`, nor hundreds after a thousand
    (B % "twenty hundred", "2000", "incorrect", "not_equivalent"),
    (B % "one thousand twelve hundred", "2200", "incorrect", "not_equivalent"),
    # a lone ordinal in words is its number, as `2^{nd}` is
    (B % "second", "2^{nd}", "correct", "equal_string"),
    (B % "twenty-first", "21^{st}", "correct", "equal_string"),
    (B % "fourth", "3^{rd}", "incorrect", "different_number"),
    # ... `a fifth` stays a fraction
    (B % "a fifth", "1/5", "correct", "equal_number"),
    # a power of ten whose superscript the text lost: a dash glued to the 10
    (B % "0.0000944", "9.44 x 10-5", "correct", "equal_number"),
    (B % "0.00944", "9.44 x 10-5", "incorrect", "different_number"),
    (B % "3.6 × 10–3", "3.6 × 10–3 mol dm–3", "correct", "equal_string"),
    # ... a spaced dash stays a difference
    (B % "37", "4 × 10 - 3", "correct", "equal_number"),
    # unit names in Persian and Arabic
    (B % "۲ کیلومتر", "۲۰۰۰ متر", "correct", "equal_number"),
    (B % "3 کیلومتر", "۲۰۰۰ متر", "incorrect", "different_number"),
    (B % "7.5 كغ", "7500 جرام", "correct", "equal_number"),
    # per mille
    (B % "0,025", "25‰", "correct", "equal_number"),
    (B % "0.025", "2,5‰", "incorrect", "different_number"),
    # thousands separators inside a sum (an expanded form)
    (B % "1,040.0005", "1,000+40+\\frac{5}{10,000}", "correct", "equal_number"),
]


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED_FRESH59)
def test_fresh59_notations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


JUDGED_FRESH60 = [
    # equations set apart by a TeX space (`\\quad`, `\\hspace`, `\\;`) are several equations,
    # never one chain: two roots for one are no answer
    (B % "x_1=9 \\quad x_2=4", "x=4", "incorrect", "different_structure"),
    (B % "x_1=9 \\hspace{20px} x_2=4", "x=4", "incorrect", "different_structure"),
    (B % "x_1=4 \\quad x_2=9", "\\{4, 9\\}", "correct", "equal_structure"),
    # "and" in Italian and Dutch between two equations
    (B % "x=4 ed x=1", "x=1", "incorrect", "different_structure"),
    (B % "x=4 en x=1", "\\{1,4\\}", "correct", "equal_structure"),
    # a capital V, the "or" sign typed, between intervals and between inequalities
    (B % "(-∞, 1) V (2, +∞)", "x<1 V x>2", "correct", "equivalent"),
    (B % "(-∞, 1) V (3, +∞)", "x<1 V x>2", "incorrect", "not_equivalent"),
    # an SI prefix glued to the number and the unit apart (`1k ohm`)
    (B % "1000 ohm", "1k ohm", "correct", "equal_number"),
    (B % "2k ohm", "1000 ohm", "incorrect", "different_number"),
    # ... a matrix stays a matrix
    (
        B % "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
        "\\begin{pmatrix} 1 & 2 \\\\ 3 & 5 \\end{pmatrix}",
        "incorrect",
        "different_element",
    ),
]


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED_FRESH60)
def test_fresh60_notations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


JUDGED_FRESH61 = [
    # rupees and paise, as pounds and pence: a sign or the word for rupees, paise after them
    (B % "15 paisa", "Rs 0.15", "correct", "equal_number"),
    (B % "Rs 4.25", "425 paise", "correct", "equal_number"),
    (B % "Rs. 60.70", "Rs. 60 and 70 P", "correct", "equal_number"),
    (B % "78 rupees and 9 paise", "Rs. 78.09", "correct", "equal_number"),
    (B % "1250 p", "Rs 12.50", "correct", "equal_number"),
    (B % "Rs 5", "5 paise", "incorrect", "different_number"),
    # ... another currency is no conversion
    (B % "\\$5", "Rs 5", "unknown", "unknown_unit"),
    # lakh and crore: in words (plural too) and digits grouped the Indian way
    (B % "Five lakhs", "5,00,000", "correct", "equal_string"),
    (B % "Nine crore five lakh forty one", "9,05,00,041", "correct", "equal_string"),
    (B % "121,212,123", "12,12,12,123", "correct", "equal_string"),
    (B % "5,00,001", "500000", "incorrect", "different_number"),
    # ... scales still fall: `two thousand three thousand` is no number
    (B % "two thousand three thousand", "5000", "incorrect", "not_equivalent"),
    # the deca prefix (`dag`), in one mass written in several units
    (B % "10 kg 6 hg 5 dag", "10.65 kg", "correct", "equal_number"),
    (B % "10 kg 6 hg 5 dag", "10.56 kg", "incorrect", "different_number"),
    # an exact answer that rounds to a reference given as a percentage
    (B % "\\frac{17}{380}", "4.47\\%", "correct", "equal_rounded"),
    (B % "\\frac{17}{380}", "4.48\\%", "incorrect", "different_number"),
]


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED_FRESH61)
def test_fresh61_notations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


JUDGED_FRESH62 = [
    # units after TeX's `\rm`: with braces, as a switch in a group, and bare
    (B % "2\\;\\rm{mm}", "0,002\\;\\rm{m}", "correct", "equal_number"),
    (B % "5\\,\\rm{km}", "5\\,\\rm{m}", "incorrect", "different_number"),
    (B % "4\\,{\\rm ha}", "40000 {\\rm m^2}", "correct", "equal_number"),
    (B % "\\frac{1}{2} \\ \\rm m", "50 \\rm cm", "correct", "equal_number"),
    # a bullet as the product of units
    (B % "72 km•h^{-1}", "20 m•s^{-1}", "correct", "equal_number"),
    # kronor and öre, and the Nordic currencies kept apart from the dollar
    (B % "6 kr 50 öre", "6,50 kr", "correct", "equal_number"),
    (B % "6 kr 5 öre", "6,50 kr", "incorrect", "different_number"),
    (B % "\\$5", "5 kr", "unknown", "unknown_unit"),
    # feet per second
    (B % "15 mph", "22 fps", "correct", "equal_number"),
    # a rate written as one quantity over another
    (B % "60 mi/1 hr", "88 ft/1 sec", "correct", "equal_number"),
    (B % "40 dollars/ 2 hours", "30 dollars per hour", "incorrect", "different_number"),
    # ... a quotient of lengths is a number
    (B % "2 feet/ 18 inches", "4/3", "correct", "equal_number"),
    (B % "1 meter / 1 mm", "1000", "correct", "equal_string"),
    (B % "3 m/mm", "300", "incorrect", "different_number"),
    # ... over words that are no units it stays undecided by the units
    (B % "6 apples/2 boxes", "3", "incorrect", "not_equivalent"),
]


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED_FRESH62)
def test_fresh62_notations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
