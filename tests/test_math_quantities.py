"""Quantities with units, equations and inequalities compared as what they state, numbers in
words, and the real domain of roots and logs (judges/math/quantity.py, relations.py, words.py,
symbolic.py). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # grams against kilograms: the answer converted to the reference's unit
    (B % "10 g", "0.01 kg", "correct", "equal_number"),
    # ... and a wrong conversion stays wrong
    (B % "10 g", "0.1 kg", "incorrect", "different_number"),
    # litres against millilitres written lower-case (a name that maps to a prefixed symbol)
    (B % "4 l", "4000 ml", "correct", "equal_number"),
    (B % "4 l", "400 ml", "incorrect", "different_number"),
    # a count of things against a unit: no conversion, no verdict (never the bare numbers)
    (B % "4000 bananas", "4000 ml", "unknown", "unknown_unit"),
    # ... the other way round: a known unit against a word that is none
    (B % "60 kg", "60 knots", "unknown", "unknown_unit"),
    # miles and kilometres per hour by their abbreviations
    (B % "60 miles per hour", "60 mph", "correct", "equal_string"),
    (B % "96.56064 km/h", "60 mph", "correct", "equal_number"),
    (B % "60 kg", "60 mph", "incorrect", "different_unit"),
    # Russian unit symbols and prefixes, a decimal comma before a unit
    (B % "10мА", "0.01 А", "correct", "equal_number"),
    (B % "9,5 мА", "0.0095 А", "correct", "equal_number"),
    (B % "2 кОм", "200 Ом", "incorrect", "different_number"),
    # days against hours
    (B % "2 days", "48 h", "correct", "equal_number"),
    # a prefixed unit written glued, against another prefix
    (B % "50cm", "0.5m", "correct", "equal_number"),
    # ... in Chinese
    (B % "0.4米", "40厘米", "correct", "equal_number"),
    # a derived unit written out in base units
    (B % "9.8 kg m / s^2", "9.8 N", "correct", "equal_string"),
    # ... or as a product of others (newton metres are joules)
    (B % "1 N*m", "1 J", "correct", "equal_string"),
    # scientific notation before a prefixed unit
    (B % "1.5 \\times 10^{-2} kN", "15 N", "correct", "equal_number"),
    # a power of ten alone as the value
    (B % "10^-3 kJ", "1 J", "correct", "equal_number"),
    # squared units convert squared
    (B % "3 cm^2", "300 mm^2", "correct", "equal_number"),
    # minutes and hours
    (B % "60 min", "1 h", "correct", "equal_number"),
    # units of another dimension: seconds are no metres
    (B % "5 s", "5 m", "incorrect", "different_unit"),
    # a one-letter unit against a plain number: the value
    (B % "3.75 A", "3.75", "correct", "equal_string"),
    # ... also glued
    (B % "5m", "5", "correct", "equal_string"),
    # a letter that is no unit stays a variable
    (B % "2x", "2", "incorrect", "not_equivalent"),
    # a physics formula solved for another variable
    (B % "F=ma", "a=F/m", "correct", "equivalent_equation"),
    # ... a line written two ways
    (B % "y=2x-5", "\\frac{y+5}{x}=2", "correct", "equivalent_equation"),
    # ... but a half circle is not the circle (solving drops the root's sign)
    (B % "x^2+y^2=1", "y=\\sqrt{1-x^2}", "incorrect", "not_equivalent"),
    # ... and two roots are not one
    (B % "x^2=4", "x=2", "incorrect", "not_equivalent"),
    # ... nor is a triple root the equation of degree one
    (B % "(x-1)^3=0", "x=1", "incorrect", "not_equivalent"),
    # ... and dividing by a coefficient that may be zero changes the equation (a = 0)
    (B % "a x=a y", "x=y", "incorrect", "not_equivalent"),
    # ... unless a denominator says it is not zero
    (B % "x y = 6", "y=\\frac{6}{x}", "correct", "equivalent_equation"),
    # an inequality and its solved form
    (B % "2<2x", "x>1", "correct", "equivalent"),
    # ... an absolute value and the interval it describes
    (B % "abs(x)<2", "-2<x \\text{ and } x<2", "correct", "equivalent"),
    # ... a square against an absolute value
    (B % "x^2 \\le 9", "|x|\\le 3", "correct", "equivalent"),
    # ... logic's "or" sign
    (B % "x < -2 \\vee x>-1", "x<-2 \\text{ or } x>-1", "correct", "equal_string"),
    # ... a different bound
    (B % "x>1", "x>2", "incorrect", "not_equivalent"),
    # a plus-minus against a minus-plus: the same two values
    (B % "\\frac{1 \\pm \\sqrt{97}}{12}", "\\frac{1 \\mp \\sqrt{97}}{12}", "correct", "equivalent"),
    # scientific notation with a letter x for times
    (B % "3x10^8", "300000000", "correct", "equal_number"),
    # a number in words, several of them
    (B % "one thousand six hundred twenty-five", "1625", "correct", "equal_string"),
    # ... a fraction in words
    (B % "two-thirds", "2/3", "correct", "equal_number"),
    # ... a half
    (B % "a half", "0.5", "correct", "equal_number"),
    # ... words that make no one number
    (B % "five six", "56", "incorrect", "not_equivalent"),
    # roots of a variable: equal wherever both are real (x > 0)
    (B % "1/sqrt(x)", "sqrt(1/x)", "correct", "equivalent_numeric"),
    # ... while the root of a square is no signed value
    (B % "\\sqrt{x^2}", "x", "incorrect", "not_equivalent"),
    # a decimal formula against its exact form
    (
        B % "0.1*(2.0*s^2+6.0*s-25.0)/s",
        "(2*s^2+6*s-25)/(10*s)",
        "correct",
        "equal_within_tolerance",
    ),
    # a vector's mark names the same letter
    (B % "\\vec{a} + \\vec{b}", "a+b", "correct", "equal_string"),
    # Unicode subscripts
    (B % "v₀", "v_0", "correct", "equivalent"),
    # the reciprocal hyperbolic functions (latex2sympy would read `\\coth x` as `\\cot(hx)`)
    (B % "coth x", "1/tanh x", "correct", "equivalent"),
    (B % "\\coth x", "\\cot(hx)", "incorrect", "not_equivalent"),
    # a list whose first item names the variable all take, against a plus-minus
    (B % "x = 3 \\pm 1", "x = 2, 4", "correct", "equivalent"),
    # a function of one symbol before a slash
    (B % "sinθ/cosθ", "tanθ", "correct", "equivalent"),
    # decimetres, picoseconds, hectopascals
    (B % "1000 dm", "100 m", "correct", "equal_number"),
    (B % "1000 ps", "1 ns", "correct", "equal_number"),
    (B % "1013 hPa", "101300 Pa", "correct", "equal_number"),
    # an inequality scaled by a positive number, sides swapped
    (B % "27z - 5q > -4u + 5q - 9z", "5q-9z < 2u+9z", "correct", "equivalent"),
    # ... by a negative one it turns round
    (B % "-2x > -2y", "x>y", "incorrect", "not_equivalent"),
    # two expressions that agree near zero but part far out
    (B % "abs(x+101)-101", "abs(x+100)-100", "incorrect", "not_equivalent"),
    # imperial units: feet are no inches
    (B % "3\\text{ feet}", "3\\text{ inches}", "incorrect", "different_number"),
    (B % "3 feet", "36 inches", "correct", "equal_number"),
    # an angle is no length
    (B % "30^\\circ", "30\\text{ cm}", "incorrect", "different_unit"),
    # ... while degrees against a plain number are left to the degree rules (radians)
    (B % "30^\\circ", "\\frac{\\pi}{6}", "correct", "equivalent"),
    # farads, ohms with prefixes, terajoules
    (B % "1000 nF", "1 uF", "correct", "equal_number"),
    (B % "1 kohm", "1000 ohm", "correct", "equal_number"),
    (B % "0.001 TJ", "1 GJ", "correct", "equal_number"),
    # a relative tolerance never bridges a whole unit against an integer
    (B % "123456700.0", "123456789", "incorrect", "different_number"),
    (B % "1000000.5", "1000000", "incorrect", "different_number"),
    # ... while float noise is still the number
    (B % "2.9999999999", "3", "correct", "equal_within_tolerance"),
    # continental notation: reversed-bracket intervals with a semicolon
    (B % "]-8;13[", "(-8,13)", "correct", "equal_string"),
    # ... a decimal comma before a power of ten
    (B % "1,357\\times 10^3", "1357", "correct", "equal_number"),
    # ... and in a list that semicolons separate
    (B % "4;-5;10,2", "4;-5;10.2", "correct", "equal_string"),
    # ... while a comma alone still groups thousands
    (B % "1,357", "1357", "correct", "equal_string"),
    # units alone: a name and its symbol, words and a quotient
    (B % "meters", "m", "correct", "equal_string"),
    (B % "feet per second", "ft/s", "correct", "equal_string"),
    (B % "kg", "m", "incorrect", "different_unit"),
    # ... while two single letters stay variables
    (B % "s", "m", "incorrect", "not_equivalent"),
    # a unit after a thin space
    (B % "500\\,\\mathrm{cm}", "5\\,\\mathrm{m}", "correct", "equal_number"),
    # units each in its own `\\mathrm{~...}` with a power outside, a spaced product with radians
    (B % "320 cm s^-2", "3.2 \\mathrm{~m} \\mathrm{~s}^{-2}", "correct", "equal_number"),
    (B % "16 rad s^-1", "16\\ \\mathrm{rad}\\ \\mathrm{s}^{-1}", "correct", "equal_string"),
    # ... radians per second are no hertz (a factor 2 pi)
    (B % "16 rad/s", "16 Hz", "incorrect", "different_unit"),
    # ohms and micro written as TeX commands (siunitx's `\\ohm`), prefixed
    (B % "1.1 k\\Omega", "1100 \\ohm", "correct", "equal_number"),
    (B % "5\\,\\mu\\text{m}", "0.005 mm", "correct", "equal_number"),
    # ... a plain number against ohms in the reference: the value
    (B % "20", "20 \\Omega", "correct", "equal_string"),
    # temperatures on two scales: the answer converted to the reference's
    (B % "20 °C", "293.15 K", "correct", "equal_string"),
    (B % "-40^\\circ C", "-40 °F", "correct", "equal_string"),
    (B % "100 degrees Celsius", "212 degrees Fahrenheit", "correct", "equal_string"),
    (B % "5 °C", "40 °F", "incorrect", "different_number"),
    # ... equal only as a difference of temperatures: no verdict
    (B % "10 °C", "10 K", "unknown", "temperature_unclear"),
    # ... a temperature against a plain number, either way round: the value
    (B % "20 °C", "20", "correct", "equal_string"),
    (B % "20", "20 ℃", "correct", "equal_string"),
    # an equation times -1 whose roots simplify leaves apart (real wherever both are)
    (
        B % "y^(2/3) - x^(2/3) = 3",
        "\\sqrt[3]{x^2}-\\sqrt[3]{y^2}=-3",
        "correct",
        "equivalent_equation",
    ),
    # ... while absolute values agree with x = y on positives only
    (B % "|x| = |y|", "x=y", "incorrect", "not_equivalent"),
    # ... and equations in different variables are different
    (B % "y = 3", "x = 3", "incorrect", "not_equivalent"),
    # a closing clause naming the integer of a periodic solution
    (
        B % "x = \\frac{\\pi}{2} + 2k\\pi \\quad \\text{for integer } k",
        "x = \\frac{\\pi}{2} + 2\\pi n",
        "correct",
        "equivalent",
    ),
    # a unit with its power inside `\\mathrm{...}`, converted
    (B % "0.42 \\mathrm{km^{2}}", "4.2 \\times 10^5 \\mathrm{m^{2}}", "correct", "equal_number"),
    (B % "981 \\mathrm{cm/s^{2}}", "9.81 \\mathrm{m/s^{2}}", "correct", "equal_number"),
    (
        B % "0.42 \\mathrm{km^{2}}",
        "4.2 \\times 10^4 \\mathrm{m^{2}}",
        "incorrect",
        "different_number",
    ),
    # a unit's power as a superscript sign
    (B % "100 m³", "100m^3", "correct", "equal_string"),
    # watt-hours and ampere-hours (energy and charge in battery and power problems)
    (B % "5 kWh", "18 MJ", "correct", "equal_number"),
    (B % "3000 mAh", "3 Ah", "correct", "equal_number"),
    (B % "5 kWh", "18 kJ", "incorrect", "different_number"),
    # a power named by a word, before or after the unit, or in Chinese: area is no volume
    (B % "5 square meters", "5 cubic meters", "incorrect", "different_unit"),
    (B % "5立方米", "5平方米", "incorrect", "different_unit"),
    (B % "5米", "5平方米", "incorrect", "different_unit"),
    (B % "1 square meter", "10000 cm^2", "correct", "equal_number"),
    (B % "9.8 m/s^2", "9.8 meters per second squared", "correct", "equal_string"),
    (B % "5平方厘米", "5 cm^2", "correct", "equal_string"),
    # months and years convert (12 to a year); against days no exact number makes a month
    (B % "60 months", "5 years", "correct", "equal_number"),
    (B % "5 months", "5 years", "incorrect", "different_number"),
    (B % "1 year", "365 days", "unknown", "unknown_unit"),
    # degrees and radians, both named, convert through pi
    (B % "180 degrees", "\\pi \\text{ radians}", "correct", "equivalent"),
    (B % "5 degrees", "5 radians", "incorrect", "not_equivalent"),
    # ... a rounded answer in radians for a rounded reference in degrees, at the answer's precision
    (B % "0.464 radians", "26.6°", "correct", "equal_rounded"),
    # ... a coarser rounding that misses the reference
    (B % "0.47 radians", "26.6°", "incorrect", "not_equivalent"),
    # prefix words before a unit's name, and a value grouped by spaces
    (B % "38 kilohms", ".038 megohms", "correct", "equal_number"),
    (B % "500 milliAmps", "0.5 amps", "correct", "equal_number"),
    (B % "75 kW", "75 000 W", "correct", "equal_number"),
    (B % "75 kW", "7 500 W", "incorrect", "different_number"),
    # a rounded percentage for an exact fraction, at the percentage's precision
    (B % "83.3\\%", "\\frac{5}{6}", "correct", "equal_rounded"),
    (B % "67\\%", "\\frac{2}{3}", "correct", "equal_rounded"),
    # ... a percentage that misses the value
    (B % "68\\%", "\\frac{2}{3}", "incorrect", "different_number"),
    # ... against a finer rounded decimal, a coarser percentage is not its answer
    (B % "31\\%", "0.3101", "incorrect", "different_number"),
    # a computation with decimal inputs answers a key rounded from its value
    (B % "\\frac{\\ln 2}{0.06}", "11.55", "correct", "equal_rounded"),
    (B % "0.693/0.13", "5.33", "correct", "equal_rounded"),
    # ... not a key rounded otherwise
    (B % "\\frac{\\ln 2}{0.06}", "11.56", "incorrect", "not_equivalent"),
    # ... and a finer decimal literal that rounds to a coarser key (stop 44: four in five of
    # every set's labelled pairs say equal), never one that rounds elsewhere
    (B % "3.14159", "3.14", "correct", "equal_rounded"),
    (B % "3.146", "3.14", "incorrect", "different_number"),
    # ... an exact reference converts both ways
    (B % "0.5236 rad", "30°", "correct", "equal_rounded"),
    # the same number of other things: the words may name one thing or two
    (B % "5 apples", "5 oranges", "unknown", "unknown_unit"),
    (B % "5 boxes", "5 box", "correct", "equal_string"),
    (B % "6 apples", "5 oranges", "incorrect", "different_number"),
    # an hour with am / pm is a time of day
    (B % "5 pm", "17:00", "correct", "equal_string"),
    (B % "5pm", "5:00 PM", "correct", "equal_string"),
    # one quantity in several units, largest first: their sum, against another spelling of it
    (B % "4 hours 44 minutes 16 seconds", "4 hr. 44 min. 16 sec.", "correct", "equal_string"),
    (B % "2 hours 30 minutes", "2.5 hours", "correct", "equal_number"),
    (B % "5 ft, 3 in", "5.25 ft", "correct", "equal_number"),
    # ... a minute more is another quantity
    (B % "2 hours and 31 minutes", "2.5 hours", "incorrect", "different_number"),
    # ... against a plain number, the sum in its last unit (as `150 min` would be)
    (B % "2 h 30 min", "150", "correct", "equal_string"),
    # ... parts of two dimensions, or smallest first, are no one quantity
    (B % "3 m 20 s", "3 m", "incorrect", "not_equivalent"),
    (B % "30 minutes 2 hours", "150 minutes", "incorrect", "not_equivalent"),
    # a fraction before a unit: Unicode vulgar, TeX (braced or not), a mixed number
    (B % "½ minute", "30 seconds", "correct", "equal_number"),
    (B % "7½ hours", "450 minutes", "correct", "equal_number"),
    (B % "\\dfrac{3}{4} hour", "45 min", "correct", "equal_number"),
    (B % "\\frac12 km", "500 m", "correct", "equal_number"),
    (B % "2 1/2 hours", "150 minutes", "correct", "equal_number"),
    # ... its whole part counts: two and a half hours are not two hours, a quarter no half
    (B % "2 1/2 hours", "2 hours", "incorrect", "different_number"),
    (B % "¼ hour", "30 minutes", "incorrect", "different_number"),
    # pence against pounds: `p` after a number is pence only beside a pound sign
    (B % "297p", "£2.97", "correct", "equal_number"),
    (B % "£2.97", "296 pence", "incorrect", "different_number"),
    (B % "5p", "5", "incorrect", "not_equivalent"),
    # ... a pound sign and a pence mark on one number name no one amount
    (B % "£74p", "74p", "incorrect", "different_unit"),
    # ... "pounds" beside a pound sign are money, elsewhere a weight; pence are no dollars
    (B % "3 pounds", "£3", "correct", "equal_string"),
    (B % "3 pounds", "3 lb", "correct", "equal_string"),
    (B % "\\$3", "300 pence", "unknown", "unknown_unit"),
    # the euro sign is a currency's main unit too
    (B % "€0.50", "50 cents", "correct", "equal_number"),
    # a mark scheme's unit in brackets is a unit
    (B % "1.724 (kJ)", "1724 (J)", "correct", "equal_number"),
    (B % "3 (m)", "300 cm", "correct", "equal_number"),
    # ... an expression in brackets is no unit
    (B % "5 (x+1)", "5", "incorrect", "not_equivalent"),
    # a newton metre glued (`Nm`, not nanometres) and molar concentration
    (B % "0.135 Nm", "0.135 J", "correct", "equal_string"),
    (B % "5 nm", "5 Nm", "incorrect", "different_unit"),
    (B % "3 molar", "3 mol/L", "correct", "equal_string"),
    # a calculator's count is no unit with a power (`C3` is no cubic coulomb)
    (B % "10C3", "120", "correct", "equivalent"),
    (B % "10 nCr 7", "120", "correct", "equivalent"),
    (B % "5P3", "20", "incorrect", "not_equivalent"),
    # ... and the schoolbook's counts in letters (`kPa` stays kilopascals)
    (B % "nPn", "n!", "correct", "equivalent"),
    (B % "nP1", "n", "correct", "equivalent"),
    (B % "101 kPa", "101000 Pa", "correct", "equal_number"),
    # a plain value, or a computation, against a quantity whose unit stands apart
    (B % "11.855", "11.855 L", "correct", "equal_string"),
    (B % "10.03 + 1.825", "11.855 L", "correct", "equal_number"),
    (B % "11", "11.855 L", "incorrect", "different_number"),
    # ... a single letter glued to the number may be a variable (six times m)
    (B % "6", "6m", "incorrect", "not_equivalent"),
    # ... and a letter in the answer is no plain value
    (B % "\\frac{a}{2}", "0.5 kg", "incorrect", "not_equivalent"),
    # ... a letter glued to a number is a letter, so the expressions are compared
    (B % "3m + 4m", "7m", "correct", "equivalent"),
    (B % "\\frac{8h}{5}", "\\frac{8}{5} h", "correct", "equivalent"),
    # ... and against an angle in degrees, pi is a letter too (the degree rules decide)
    (B % "\\frac{\\pi}{3}", "60^{\\circ}", "correct", "equivalent"),
    # Russian hours and minutes
    (B % "1 ч 30 мин", "1,5 ч", "correct", "equal_number"),
    # a percentage of an amount is their product
    (B % "16% of 1060", "\\$169.60", "correct", "equal_number"),
    (B % "15% of 46", "7", "incorrect", "different_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_quantities_and_relations(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
