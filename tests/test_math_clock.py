"""Times of day said in words, and quantities in words, money in euro cents, time units of six
languages and units typed as TeX fractions (judges/math/clock.py, worded.py, quantity.py), through
the judge where a verdict is asked for. Each row: input, expected."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.clock import clock, spoken_time

B = "</think>\\boxed{%s}"

SPOKEN = [
    # a quarter and a half, past or after the hour
    ("a quarter past 2", "2:15"),
    ("Quarter Past Seven", "7:15"),
    ("a quarter after 2", "2:15"),
    ("half past two", "2:30"),
    # a quarter before the hour, as lessons list its wordings
    ("a quarter to 3", "2:45"),
    ("a quarter 'til 3", "2:45"),
    ("a quarter of 3", "2:45"),
    ("quarter until twelve", "11:45"),
    # minutes past or before; before one is before thirteen o'clock on no clock: 12:50
    ("20 minutes after 4", "4:20"),
    ("15 past 2", "2:15"),
    ("ten minutes to one", "12:50"),
    # the hour alone, a hyphened time, and a time on the 24-hour clock with its meridiem
    ("seven o'clock", "7:00"),
    ("five-thirty", "5:30"),
    ("ten-oh-five", "10:05"),
    ("half past two p.m.", "14:30"),
    ("a quarter to 12 in the morning", "11:45"),
    # a ratio or a range in words is no time: `4 to 5`, `ten to one`
    ("4 to 5", None),
    ("ten to one", None),
    # not an hour of the clock, not minutes of an hour, half before the hour
    ("a quarter past 13", None),
    ("70 minutes past 2", None),
    ("half to 3", None),
    # fractions and number words stay what they are
    ("three quarters", None),
    ("twenty-five", None),
    ("one-half", None),
    ("five-five", None),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_time(text: str, expected: str | None) -> None:
    assert spoken_time(text) == expected


CLOCK = [
    # a stop between hour and minutes with a dotted p.m., as British keys print it
    ("4.42 p.m.", "16:42"),
    ("4.42 p.m", "16:42"),
    # ... but `4.42 pm` may be picometres: unchanged
    ("4.42 pm", "4.42 pm"),
    # the forms read before
    ("08:34 P.M.", "20:34"),
    ("20:34:00", "20:34"),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK)
def test_clock(text: str, expected: str) -> None:
    assert clock(text) == expected


JUDGED = [
    # a spoken time against the reference's clock time
    (B % "a quarter to 8", "7:45", "correct", "equal_string"),
    (B % "half past two", "3:30", "incorrect", "different_element"),
    # a number in words before a unit is read with its unit: never five dollars for five cents
    (B % "\\$5", "five cents", "incorrect", "different_number"),
    (B % "\\$0.05", "five cents", "correct", "equal_number"),
    (B % "5 hours", "five minutes", "incorrect", "different_number"),
    (B % "2 km", "two meters", "incorrect", "different_number"),
    # `an hour`, `3/4 of an hour`, `two and a half hours`
    (B % "an hour and 45 minutes", "105 minutes", "correct", "equal_string"),
    (B % "3/4 of an hour", "45 minutes", "correct", "equal_number"),
    (B % "two and a half hours", "150 minutes", "correct", "equal_number"),
    # time units in French and German, parts joined by `und` or `et`
    (B % "72 Sekunden", "1,20 min", "correct", "equal_number"),
    (B % "1 Minute und 12 Sekunden", "72 s", "correct", "equal_string"),
    (B % "2 heures 12 min", "7 920 s", "correct", "equal_number"),
    (B % "2 heures et 12 min", "2 h 13 min", "incorrect", "different_number"),
    # euro cents, and a euro sign after its number
    (B % "320 ct", "3,2 €", "correct", "equal_number"),
    (B % "38 € und 38 ct", "38,38 €", "correct", "equal_number"),
    (B % "320 ct", "3,3 €", "incorrect", "different_number"),
    # a currency sign and cents on one number name no amount
    (B % "\\$30 cents", "30 cents", "incorrect", "different_unit"),
    # a unit typed upright as a TeX fraction
    (
        B % "20\\,\\frac{{\\rm{m}}}{{\\rm{s}}}",
        "72\\,\\frac{{{\\rm{km}}}}{{\\rm{h}}}",
        "correct",
        "equal_number",
    ),
    (B % "72\\,\\frac{\\text{km}}{\\text{h}}", "20 m/s", "correct", "equal_number"),
    (B % "20\\,\\frac{\\text{m}}{\\text{s}}", "20 m", "incorrect", "different_unit"),
    # the imaginary unit before a bracket multiplies it
    (B % "4e^{i(\\pi)/(2)}", "4i", "correct", "equivalent"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_fresh57_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
