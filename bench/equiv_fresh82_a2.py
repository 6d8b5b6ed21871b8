r"""fresh82_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh82_a.py names
(yd166.com, jsqone.com, 91apu.com, weekendhk.com, www66444.com.cn, yrrd.cn), under the same rules
and transcription conventions; see that module's docstring for the sources, the totals and what was
left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh82_a import (
    APU,
    APU_33333,
    JSQ,
    JSQ_74E0,
    W66,
    W66_1033,
    WHK,
    WHK_9999,
    YD,
    YD_5655,
    YR,
    YR_AAS,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # yd166.com: a teacher's note on set-builder notation: the letter is a dummy, the domain is not
    _c(
        YD,
        YD_5655,
        gold=r"{Ⅹ丨Ⅹ>0}",
        pred=r"{y丨y>0}",
        wrap=True,
        expected=True,
        why=r"'{Ⅹ丨Ⅹ>0}与{y丨y>0}是同一个集合'",
    ),
    _c(
        YD,
        YD_5655,
        gold=r"{X∈R丨X>0}",
        pred=r"{X∈Z|X>0}",
        wrap=True,
        expected=False,
        why=r"'{X∈R丨X>0}与{X∈Z|X>0}就是两个不同的集合'",
    ),
    # jsqone.com (a republished lesson): scientific notation, worked examples and a keyed choice (answer B)
    _c(
        JSQ,
        JSQ_74E0,
        gold=r"7.453 \times 10^3",
        pred=r"7453",
        wrap=True,
        expected=True,
        why=r"rule (1): '如 $7453=7.453 \times 10^3$'",
    ),
    _c(
        JSQ,
        JSQ_74E0,
        gold=r"7.8 \times 10^{-4}",
        pred=r"0.00078",
        wrap=True,
        expected=True,
        why=r"rule (2): '如 $0.00078=7.8 \times 10^{-4}$'",
    ),
    _c(
        JSQ,
        JSQ_74E0,
        gold=r"3 \times 10^5",
        pred=r"300 ~ 000",
        wrap=True,
        expected=True,
        why=r"'解析:$300 ~ 000=3 \times 10^5$. 故选 B'",
    ),
    _c(
        JSQ,
        JSQ_74E0,
        gold=r"3 \times 10^5",
        pred=r"0.3 \times 10^6",
        wrap=True,
        expected=False,
        why=r"choice A, not keyed: '答案:B' (the form needs 1 ≤ |a| < 10)",
    ),
    _c(
        JSQ,
        JSQ_74E0,
        gold=r"3 \times 10^5",
        pred=r"3 \times 10^6",
        wrap=True,
        expected=False,
        why=r"choice C, not keyed: '答案:B'",
    ),
    _c(
        JSQ,
        JSQ_74E0,
        gold=r"3 \times 10^5",
        pred=r"30 \times 10^4",
        wrap=True,
        expected=False,
        why=r"choice D, not keyed: '答案:B' (the form needs 1 ≤ |a| < 10)",
    ),
    # 91apu.com: a keyed choice on A∩B (answer D)
    _c(
        APU,
        APU_33333,
        gold=r"\{x\vert 1\leqslant x<2\}",
        pred=r"\{x\vert x>-1\}",
        wrap=True,
        expected=False,
        why=r"choice A; '所以$A\bigcap B=\{x\vert 1\leqslant x<2\}$. 故选:$D$.'",
    ),
    _c(
        APU,
        APU_33333,
        gold=r"\{x\vert 1\leqslant x<2\}",
        pred=r"\{x\vert x\geqslant 1\}",
        wrap=True,
        expected=False,
        why=r"choice B; '故选:$D$.'",
    ),
    _c(
        APU,
        APU_33333,
        gold=r"\{x\vert 1\leqslant x<2\}",
        pred=r"\{x\vert -1<x<1\}",
        wrap=True,
        expected=False,
        why=r"choice C; '故选:$D$.'",
    ),
    # weekendhk.com: 9÷9÷9÷9, a girl's 1/81 against a boy's 1
    _c(
        WHK,
        WHK_9999,
        gold=r"1/81",
        pred=r"9÷9÷9÷9",
        wrap=True,
        expected=True,
        why=r"the girl '得出1/81的結果' ... '證明女學生的計算正確'",
    ),
    _c(
        WHK,
        WHK_9999,
        gold=r"1/81",
        pred=r"9×1/9×1/9×1/9",
        wrap=True,
        expected=True,
        why=r"'把9÷9÷9÷9轉換成9×1/9×1/9×1/9 ... 結果得出1/81的結果'",
    ),
    _c(
        WHK,
        WHK_9999,
        gold=r"1/81",
        pred=r"1",
        wrap=True,
        expected=False,
        why=r"the boy's '1÷1=1的結果' ... '男孩的計算結果當然就是錯的了'",
    ),
    _c(
        WHK,
        WHK_9999,
        gold=r"1/81",
        pred=r"(9÷9)÷(9÷9)",
        wrap=True,
        expected=False,
        why=r"'男孩則是自行加入括號令問題變成(9÷9)÷(9÷9),指男孩是耍小聰明但錯誤'",
    ),
    # www66444.com.cn: factorising (2a+b)²-(a-b)², two answers ending at 3a(a+2b)
    _c(
        W66,
        W66_1033,
        gold=r"3a(a+2b)",
        pred=r"3a * (a+2b)",
        wrap=True,
        expected=True,
        why=r"first answer ends '=3a(a+2b)'; second answer '=3a * (a+2b)'",
    ),
    # yrrd.cn: a Q&A answer for a recursive sequence, exponent simplified
    _c(
        YR,
        YR_AAS,
        gold=r"(n^2-n+2)/2",
        pred=r"n(n-1)/2 + 1",
        wrap=True,
        expected=True,
        why=r"'bn=n(n-1)/2 + b1=n(n-1)/2 + 1 =(n^2-n+2)/2'",
    ),
]
