"""Chinese and Japanese numerals read as one number (judges/math/numerals.py), and through the
judge. Each row: input, expected."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.numerals import cjk_number

B = "</think>\\boxed{%s}"

NUMERALS = [
    # plain numerals, 十 at the start, 零 holding a place (also before a unit)
    ("二十五", "25"),
    ("十", "10"),
    ("三千零五", "3005"),
    ("一千零十", "1010"),
    ("一千零十一", "1011"),
    ("一万零百一十一", "10111"),
    # 万 scales only what follows the last 亿; 万 before 亿 is scaled by it
    ("一亿一千一百一十一万一千一百一十一", "111111111"),
    ("一千亿一千万一千零一", "100010001001"),
    ("一万亿", "1000000000000"),
    ("一亿五千万零六千三百五十五", "150006355"),
    # the financial forms, traditional 萬 and 億, 兩, 廿
    ("壹佰壹拾壹", "111"),
    ("壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "111111111"),
    ("壹拾万零叁仟肆佰伍拾叁", "103453"),
    ("兩千六", "2600"),
    ("廿二", "22"),
    # money: 元 or 圆, then 整, or 角 and 分
    ("壹拾壹元整", "11"),
    ("壹拾壹元壹角壹分", "11.11"),
    ("壹佰捌拾壹圆柒角", "181.7"),
    # a decimal point and a minus
    ("零点零零一", "0.001"),
    ("负十一", "-11"),
    ("负零点一零", "-0.10"),
    # digits one by one: three or more, a zero among them, or before a point
    ("二〇〇二", "2002"),
    ("一二三", "123"),
    ("一七二零点一三四", "1720.134"),
    ("一二点三零", "12.30"),
    # ... two digits alone may be a range (`三五`: three to five): unread
    ("三五", None),
    # a last digit names the next lower unit
    ("三万五", "35000"),
    ("一百二", "120"),
    ("一百二十万三", "1203000"),
    # ... but after 零 it is the digit itself
    ("一千零五", "1005"),
    # Arabic digits among the numerals
    ("1万600", "10600"),
    ("100万三千", "1003000"),
    ("200亿零四千230", "20000004230"),
    ("一百点123", "100.123"),
    # units out of order and other text are no number
    ("一百一千", None),
    ("二五", None),
    ("三角形", None),
    ("hello", None),
]


@pytest.mark.parametrize(("text", "expected"), NUMERALS)
def test_cjk_number(text: str, expected: str | None) -> None:
    assert cjk_number(text) == expected


JUDGED = [
    # before, 一千零十 was read as 1000 and 一亿一千万 as 1000010000000
    (B % "一千零十", "1010", "correct", "equal_string"),
    (B % "一千零十", "1000", "incorrect", "different_number"),
    (B % "一亿一千万", "110000000", "correct", "equal_string"),
    (B % "壹拾壹元壹角壹分", "11.11", "correct", "equal_string"),
    (B % "三五", "35", "incorrect", "unparseable_answer"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_numerals_judged(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)
