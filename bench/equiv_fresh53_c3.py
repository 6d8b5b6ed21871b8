"""fresh53_c2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh53_c2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh53_c2 import (
    _UNIT,
    J14,
    J14_AT,
    J15,
    J15_AT,
    J16,
    J16_AT,
    J17,
    J17_AT,
    J18,
    J18_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        J14,
        J14_AT,
        gold=r"7/5",
        pred=r"2/10+7/10+5/10",
        wrap=True,
        expected=True,
        why="=2/10+7/10+5/10 =14/10 =7/5",
    ),
    # 4yuuu 30047426
    _c(
        J15,
        J15_AT,
        gold=r"2/5",
        pred=r"1/5÷1/2",
        wrap=True,
        expected=True,
        why="quiz expression, '正解は「2/5」'" + _UNIT,
    ),
    _c(
        J15,
        J15_AT,
        gold=r"2/5",
        pred=r"1/5×2",
        wrap=True,
        expected=True,
        why="1/5÷1/2 =1/5×2 ... =2/5",
    ),
    # mamagirl 0000320453
    _c(
        J16,
        J16_AT,
        gold=r"20",
        pred=r"10×1/2÷1/4",
        wrap=True,
        expected=True,
        why="quiz expression, 答えは「20」" + _UNIT,
    ),
    _c(
        J16,
        J16_AT,
        gold=r"20",
        pred=r"10×(1/2)×4",
        wrap=True,
        expected=True,
        why="「÷1/4」は「×4」 ... 「10×(1/2)×4」",
    ),
    _c(
        J16,
        J16_AT,
        gold=r"20",
        pred=r"5×4",
        wrap=True,
        expected=True,
        why="「5×4」です。よって答えは「20」",
    ),
    # trilltrill 4115061 (andGIRL)
    _c(
        J17,
        J17_AT,
        gold=r"10",
        pred=r"5÷5/10",
        wrap=True,
        expected=True,
        why="quiz expression, 答えは「10」" + _UNIT,
    ),
    _c(
        J17,
        J17_AT,
        gold=r"10",
        pred=r"5÷1/2",
        wrap=True,
        expected=True,
        why="これで式は「5÷1/2」になりました ... 「10」" + _UNIT,
    ),
    _c(J17, J17_AT, gold=r"10", pred=r"5×2", wrap=True, expected=True, why="「5×2=10」"),
    # grape 1455337
    _c(
        J18,
        J18_AT,
        gold=r"5",
        pred=r"6-6÷6",
        wrap=True,
        expected=True,
        why="正解は「6-6÷6」 (answer 5): 6÷6=1, 6-1=5",
    ),
]
