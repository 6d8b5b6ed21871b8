"""Forms met at stop 42: the variable of a set-builder set is bound (`\\{y \\mid y > 0\\}` is `\\{x
\\mid x > 0\\}`), and a slash after `x ∈ ℝ` is its bar (`{x∈R/ x<1}`); noon and midnight are
times of day, a time of day against `5 pm` is a time, not picometres, and `2:40` against a
duration is 2 hours 40 minutes; a unit followed by plain words (`5 cm long`), a rate said with
`an` (`5 km an hour`), a decimal in another unit that rounds an exact whole reference (`1.609
km` for `1 mile`), a whole number and a fraction in words (`2 and a half hours`), a fraction of
one unit (`half an hour`) and `plus` between the parts of a duration; the unit of a one-number
sentence (`lasts 90 seconds.`), a check in brackets that ends a sentence (`26 legs (20 + 6).`),
a time of day after its final connector, and a multiplying noun after its number (`3 dozen`);
`isin` typed for `i sin`; a capital U between `\\left(...\\right)` intervals; an arc over
repeating digits (`13,\\widehat{187}`); the 24-hour clock's `1630 hours`, cups, pints, quarts
and gallons, kilo as `K` and `Mhz`, degrees against a plain decimal in radians (`71.6°` for
`1.25`), feet and inches marked with primes (`6' 3\"`), mixed numbers in the parts of a length
(`16ft 10 5/8in`), a fortnight, a prefix apart from its unit (`3 K volts`, `1 micro amp`), a
constant of integration in words, a duration in two units as a sentence's value, and calendar
dates (`3/14/16` for `14 March 2016`). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # a set-builder set with another name for its variable: the same set
    (B % "\\{y \\mid y > 0\\}", "\\{x \\mid x > 0\\}", "correct", "equal_string"),
    (B % "{t丨t>2}", "\\{x|x>2\\}", "correct", "equal_string"),
    # ... a different condition stays a different set
    (B % "\\{y \\mid y < 0\\}", "\\{x \\mid x > 0\\}", "incorrect", "not_equivalent"),
    # ... and the reference's letter already in the answer's condition is not renamed
    (B % "\\{y \\mid y \\ge x\\}", "\\{x \\mid x \\ge 1\\}", "incorrect", "not_equivalent"),
    # noon and midnight as times of day
    (B % "noon", "12:00", "correct", "equal_string"),
    (B % "12 noon", "12:00 pm", "correct", "equal_string"),
    (B % "midnight", "12:00 am", "correct", "equal_string"),
    # ... noon is not midnight
    (B % "noon", "12:00 am", "incorrect", "different_element"),
    # a 24-hour time against `5 pm`: a time of day, not 5 picometres
    (B % "17:00", "5 pm", "correct", "equal_string"),
    (B % "12:00", "12 pm", "correct", "equal_string"),
    # ... an hour off stays wrong
    (B % "16:00", "5 pm", "incorrect", "different_element"),
    # ... and a length in nanometres against `5 pm` is still a length
    (B % "0.005 nm", "5 pm", "correct", "equal_number"),
    # a slash after `x ∈ ℝ` is the bar of a set-builder set
    (B % "{x∈R/ 1 ≤ x ≤ 5}", "[1,5]", "correct", "equivalent"),
    (B % "{x∈R/ x < 1}", "(-∞,1)", "correct", "equivalent"),
    # ... and the set stays the set its condition names
    (B % "{x∈R/ x < 1}", "(-∞,2)", "incorrect", "not_equivalent"),
    # a capital U between two intervals that TeX's \\left and \\right size: their union
    (
        B % "x \\ne 2",
        "\\left(- \\infty , 2\\right) U \\left(2 , \\infty\\right)",
        "correct",
        "equivalent",
    ),
    (
        B % "(-\\infty,3)\\cup(2,\\infty)",
        "\\left(-\\infty,2\\right) U \\left(2,\\infty\\right)",
        "incorrect",
        "different_element",
    ),
    # an answer in hours and minutes written as h:mm against a duration
    (B % "2:40", "2 hours 40 minutes", "correct", "equal_string"),
    # ... but a reference `2:03` may be a time of day, which no duration answers
    (B % "2 hours 3 minutes", "2:03", "incorrect", "not_equivalent"),
    (B % "1:30", "90 min", "correct", "equal_string"),
    # ... four minutes are not forty
    (B % "2:40", "2 hours 4 minutes", "incorrect", "different_number"),
    # `plus` between the parts of one duration
    (B % "6 hours plus 45 minutes", "6 hours, 45 minutes", "correct", "equal_string"),
    # a decimal in another unit for an exact whole reference: its rounding once converted
    (B % "1.609 km", "1 mile", "correct", "equal_rounded"),
    # ... 1 km is 0.6214 miles, so 0.622 rounds nothing
    (B % "0.622 mi", "1 km", "incorrect", "different_number"),
    (B % "2.54 cm", "1 in", "correct", "equal_number"),
    # a unit, then plain words: the unit counts (5 cm is not 5 m)
    (B % "5 cm long", "5 m", "incorrect", "different_number"),
    (B % "5 m tall", "500 cm", "correct", "equal_number"),
    (B % "12 feet long", "4 yd", "correct", "equal_number"),
    # ... a word-like symbol opens no unit (`in` is no inch here)
    (B % "5 in all", "5", "correct", "equal_string"),
    # a rate said with `an`: 5 km an hour is not 5 m/s
    (B % "5 km an hour", "5 m/s", "incorrect", "different_number"),
    (B % "18 km an hour", "5 m/s", "correct", "equal_number"),
    # ... and `A` is still the ampere (`1 s A` is a coulomb)
    (B % "1 s A", "1 C", "correct", "equal_string"),
    # a whole number and a fraction in words
    (B % "2 and a half", "2.5", "correct", "equal_number"),
    (B % "2 and a half hours", "150 minutes", "correct", "equal_number"),
    (B % "2 and a half minutes", "2.5 hours", "incorrect", "different_number"),
    # a fraction of one unit
    (B % "half an hour", "30 minutes", "correct", "equal_number"),
    (B % "three quarters of an hour", "45 min", "correct", "equal_number"),
    (B % "half an hour", "20 minutes", "incorrect", "different_number"),
    # a one-number sentence keeps its unit
    (T % "Soccer practice lasts for 90 seconds.", "90 minutes", "incorrect", "different_number"),
    (T % "Soccer practice lasts for 90 minutes.", "1 hour 30 minutes", "correct", "equal_string"),
    (T % "He walked 3 km.", "3 miles", "incorrect", "different_number"),
    # ... and its fraction in words
    (T % "It takes 2 and a half hours.", "2", "incorrect", "different_number"),
    (T % "It takes 2 and a half hours.", "2.5 hours", "correct", "equal_number"),
    # ... a multiplying noun after the number: no plain value stated
    (T % "She bought 3 dozen eggs.", "3", "incorrect", "no_answer"),
    # a check in brackets that ends a sentence and comes to its value
    (T % "The total is 26 legs (20 + 6).", "26", "correct", "equal_string"),
    (T % "So now he has 39 marbles left (54 – 15 = 39).", "39", "correct", "equal_string"),
    # ... a check that does not come to the value leaves no plain value
    (T % "The total is 26 legs (20 + 7).", "26", "incorrect", "no_answer"),
    # ... nor does an alternative in brackets
    (T % "The total is 26 legs (or 27).", "26", "incorrect", "no_answer"),
    # a time of day after the final connector
    (T % "So the time is 7:55 PM.", "19:55", "correct", "equal_string"),
    (T % "The time is 7:55 PM.", "7:45 PM", "incorrect", "different_element"),
    # the 24-hour clock's four digits and `hours`
    (B % "4:30 p.m", "1630 hours", "correct", "equal_string"),
    (B % "0025 hours", "12:25 a.m.", "correct", "equal_string"),
    (B % "4:30 p.m", "1530 hours", "incorrect", "different_element"),
    # ... while a duration in hours stays a duration
    (B % "62.5 days", "1500 hours", "correct", "equal_number"),
    # cups, pints, quarts and gallons among themselves
    (B % "2 gallons", "16 pints", "correct", "equal_number"),
    (B % "52 cups", "3 gallons and 4 cups", "correct", "equal_string"),
    (B % "3 cups", "2 pints", "incorrect", "different_number"),
    # ... but against litres: a US pint or an imperial one?
    (B % "4 pints", "2.272 litres", "unknown", "unknown_unit"),
    # kilo as a capital K, hertz in lower case
    (B % "2.2 KΩ", "2 200 Ω", "correct", "equal_number"),
    (B % "144 Mhz", "144,000,000 Hz", "correct", "equal_number"),
    # ... but `mhz` may be milli or mega: no conversion
    (B % "5 mhz", "5 MHz", "unknown", "unknown_unit"),
    # dates in words and numbers
    (B % "March 14th, 2016", "14 March 2016", "correct", "equal_text"),
    (B % "3/14/16", "14 March 2016", "correct", "equal_text"),
    (
        B % "the twenty-second of June, two thousand and seven",
        "June 22 2007",
        "correct",
        "equal_text",
    ),
    (B % "Friday 3rd July", "Friday, July 3", "correct", "equal_text"),
    (B % "21st of November", "21st", "correct", "equal_text"),
    # ... another day, another weekday, or no year for a year: wrong
    (B % "March 15th, 2016", "14 March 2016", "incorrect", "different_text"),
    (B % "Saturday 3rd July", "Friday, July 3", "incorrect", "different_text"),
    (B % "March 14", "14 March 2016", "incorrect", "different_text"),
    # ... and a numeric date either order could read is no date
    (B % "3/4/2016", "3 April 2016", "incorrect", "not_equivalent"),
    # an angle in degrees against a plain decimal read as radians, at the precision both state
    (B % "71.6°", "1.25", "correct", "equal_rounded"),
    (B % "71.6∘", "1.25", "correct", "equal_rounded"),
    (B % "0.785", "45°", "correct", "equal_rounded"),
    # ... a degree off, or a reference too coarse to tell, stays wrong
    (B % "72.6°", "1.25", "incorrect", "different_number"),
    (B % "45°", "0.79", "incorrect", "different_number"),
    # ... and a whole number of degrees against the same plain number is that number
    (B % "45°", "45", "correct", "equal_string"),
    # feet and inches marked with primes, parts with mixed numbers, a fortnight
    (B % "6' 3\"", "6 feet 3 inches", "correct", "equal_string"),
    (B % "5'", "60 in", "correct", "equal_number"),
    (B % "5' 2\"", "60 in", "incorrect", "different_number"),
    (B % "16ft 10 5/8in", "16.88541667 feet", "correct", "equal_rounded"),
    (B % "4.294 feet", "4 feet 3 ½ inches", "correct", "equal_rounded"),
    (B % "1 fortnight", "14 days", "correct", "equal_number"),
    (B % "1 fortnight", "15 days", "incorrect", "different_number"),
    # ... and a prime after a letter is still a prime
    (B % "f'", "f'", "correct", "equal_string"),
    # one quantity in several units as a sentence's value
    (
        T % "Soccer practice lasts for 1 hour 30 minutes.",
        "1 hour 30 minutes",
        "correct",
        "equal_string",
    ),
    (T % "It lasts 1 hour and 30 minutes.", "90 min", "correct", "equal_string"),
    (T % "It lasts 1 hour 30 minutes.", "80 minutes", "incorrect", "different_number"),
    # ... but two counted things are no one value, and a negation states none
    (T % "He bought 3 apples and 2 pears.", "5", "incorrect", "no_answer"),
    (T % "It is not 1 hour 30 minutes.", "90 minutes", "incorrect", "no_answer"),
    # a prefix apart from its unit's name
    (B % "3000 volts", "3 K volts", "correct", "equal_number"),
    (B % "5,000,000 ohms", "5 M ohms", "correct", "equal_number"),
    (B % "3000 volts", "3 M volts", "incorrect", "different_number"),
    # a constant of integration in words
    (B % "x^2 + constant", "x^2 + C", "correct", "equal_string"),
    (B % "x^2 + an arbitrary constant", "x^2+C", "correct", "equal_string"),
    (B % "x^2 + constant", "x^3 + C", "incorrect", "not_equivalent"),
    # a prefix word apart from its unit
    (B % "1 micro amp", ".000001 amps", "correct", "equal_number"),
    (B % "5 milli seconds", "5 s", "incorrect", "different_number"),
    # hedges around the new sentence values stay unread, never rewarded
    (T % "The time is 7:55 PM or 8:00 PM.", "7:55 PM", "incorrect", "no_answer"),
    (T % "It lasts 1 hour 30 minutes or 2 hours.", "90 minutes", "incorrect", "no_answer"),
    (T % "It lasts 1 hour 30 minutes, not 2 hours.", "90 minutes", "incorrect", "no_answer"),
    (T % "It takes 2 and a half or 3 hours.", "2.5 hours", "incorrect", "no_answer"),
    (T % "So the time is 7:55 PM, maybe 8:05 PM.", "7:55 PM", "incorrect", "no_answer"),
    # unit names in Hindi and Bengali, whose vowel signs are no word characters to `re`
    (B % "12 किलोमीटर", "12000 मीटर", "correct", "equal_number"),
    (B % "13 किलोमीटर", "12000 मीटर", "incorrect", "different_number"),
    (B % "৭ কিলোগ্রাম", "৭০০০ গ্রাম", "correct", "equal_number"),
    (B % "৫ কিলোগ্রাম ৩৮৯ গ্রাম", "৫৩৮৯ গ্রাম", "correct", "equal_string"),
    (B % "৫ কিলোগ্রাম ৩৮৮ গ্রাম", "৫৩৮৯ গ্রাম", "incorrect", "different_number"),
    # `isin` typed for i sin: a complex number in polar form
    (B % "cos(pi/10) + isin(pi/10)", "e^(i pi/10)", "correct", "equivalent"),
    (B % "64(cos180°+isin180°)", "-64", "correct", "equivalent"),
    (B % "2(cos 30° + isin 30°)", "\\sqrt{3}-i", "incorrect", "not_equivalent"),
    # an arc over the repeating digits
    (B % "13,\\widehat{187}", "\\dfrac{13174}{999}", "correct", "equal_string"),
    (B % "0.\\widehat{3}", "0.3", "incorrect", "different_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop42_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
