r"""fresh66_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh66_b.py
names (openstudy, straightdope, analystforum, opentuition, pzacademy, ixiawen, transtutors,
justaaa), transcribed under the same rules; see that module's docstring for the sources,
conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh66_b import (
    AF,
    AF_53466,
    AF_99401,
    IXW,
    IXW_155,
    JA,
    JA_118,
    OS,
    OS_50C,
    OS_55E,
    OT,
    OT_GNT,
    PZ,
    PZ_84727,
    PZ_99061,
    PZ_111611,
    PZ_122112,
    PZE,
    PZE_99549,
    PZE_113915,
    PZE_166960,
    SD,
    SD_552,
    TT,
    TT_127,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # openstudy 50c924dd: future value of an annuity, the checker refuses 23466.78
    _c(
        OS,
        OS_50C,
        gold=r"23466.40",
        pred=r"23466.78",
        wrap=True,
        expected=False,
        why="'now you have 4000(5.86660095) I got 23466.78 and it said it was wrong' -- 'I would "
        "try 23466.40.' -- 'got it thanks so much'",
    ),
    # openstudy 55eca414: amount to repay, to the nearest dollar
    _c(
        OS,
        OS_55E,
        gold=r"125460.00",
        pred=r"125460.24",
        wrap=True,
        expected=False,
        why="'so the answer is 125460.24?' -- 'well, you want to round to nearest dollar, so then "
        "not.' ... '125460.24 ---> 125460.00' -- 'so the answer is 125460.00?' -- 'yes'",
    ),
    _c(
        OS,
        OS_55E,
        gold=r"125460.00",
        pred=r"1254602.3",
        wrap=True,
        expected=False,
        why="'1254602.3?' -- 'you keep missplacing the point'; the answer is '125460.00'",
    ),
    # straightdope t-552667: interest earned, the asker's figure corrected
    _c(
        SD,
        SD_552,
        gold=r"1364.17",
        pred=r"$1,383.16",
        wrap=True,
        expected=False,
        why="asker's '= $1,383.16'; reply: 'The mistake you're making is that the value of n is "
        "1, not 15 ... 4407.17 - 3043 = 1364.17'",
    ),
    # analystforum 53466 and 99401: a CFA candidate's value against the curriculum's
    _c(
        AF,
        AF_53466,
        gold=r"$4.5",
        pred=r"$1.85",
        wrap=True,
        expected=False,
        why="asker: 'a difference of $1.85. They say it is $4.5'; reply: 'you forgot to discount "
        "the original project at 13% ... difference would be 4.5 approx.'",
    ),
    _c(
        AF,
        AF_99401,
        gold=r"97,449",
        pred=r"90,449.64",
        wrap=True,
        expected=False,
        why="'My answer is 90,449.64, when the answer in the book is 97,449. What am I doing "
        "wrong?' (the cash flow of 124,000 was entered as a sixth year, 'CF2 = 124,000')",
    ),
    # opentuition gnt-co-pilot-12: IRR by interpolation, a typing error corrected
    _c(
        OT,
        OT_GNT,
        gold=r"4.2%",
        pred=r"4.02%",
        wrap=True,
        expected=False,
        why="'Therefore the IRR = 4% + 10.33/(10.33 + 36.41) = 4.02%' -- 'Oops – I made a trivial "
        "typing error ... It should read as follows: ... IRR = 4% + 9.33/(9.33 + 36.41) = 4.2%'",
    ),
    # pzacademy 111611: IRR, the keyed option against the other options
    _c(
        PZ,
        PZ_111611,
        gold=r"28.79%",
        pred=r"28.39%",
        wrap=True,
        expected=False,
        why="'A.28.39% B.28.59% C.28.79% ... C is correct. Using a financial calculator, the IRR "
        "is 28.79%.'",
    ),
    _c(
        PZ,
        PZ_111611,
        gold=r"28.79%",
        pred=r"28.59%",
        wrap=True,
        expected=False,
        why="'A.28.39% B.28.59% C.28.79% ... C is correct. Using a financial calculator, the IRR "
        "is 28.79%.'",
    ),
    # pzacademy 84727: present value of uneven cash flows
    _c(
        PZ,
        PZ_84727,
        gold=r"€203,191",
        pred=r"€201,747",
        wrap=True,
        expected=False,
        why="'A. €201,747. B. €203,191. C. €227,573. ... B is correct'; the asker's calculator "
        "value for A is not the keyed answer",
    ),
    _c(
        PZ,
        PZ_84727,
        gold=r"€203,191",
        pred=r"€227,573",
        wrap=True,
        expected=False,
        why="'A. €201,747. B. €203,191. C. €227,573. ... B is correct'",
    ),
    # pzacademy 122112: effective annual rate, quarterly compounding
    _c(
        PZ,
        PZ_122112,
        gold=r"15.10%",
        pred=r"15.38%",
        wrap=True,
        expected=False,
        why="'A. 18.81%. B. 15.38%. C. 15.10%. ... C is correct. EAR = [(1 + (0.1431 / 4)]4-1 = "
        "15.10%'",
    ),
    _c(
        PZ,
        PZ_122112,
        gold=r"15.10%",
        pred=r"18.81%",
        wrap=True,
        expected=False,
        why="'A. 18.81%. B. 15.38%. C. 15.10%. ... C is correct.'",
    ),
    # pzacademy 99061: future value, quarterly compounding
    _c(
        PZ,
        PZ_99061,
        gold=r"$113,733",
        pred=r"$113,733.21",
        wrap=True,
        expected=True,
        why="'C. $113,733. ... C is correct ... FV6 = $113,733.21.'",
    ),
    _c(
        PZ,
        PZ_99061,
        gold=r"$113,733",
        pred=r"$113,330",
        wrap=True,
        expected=False,
        why="'A.$112,555. B.$113,330. C.$113,733. ... C is correct'",
    ),
    _c(
        PZ,
        PZ_99061,
        gold=r"$113,733",
        pred=r"$112,555",
        wrap=True,
        expected=False,
        why="'A.$112,555. B.$113,330. C.$113,733. ... C is correct'",
    ),
    # event.pzacademy 99549: present value of $10,000 in twenty years at 6%
    _c(
        PZE,
        PZE_99549,
        gold=r"$3,118",
        pred=r"$3,118.05",
        wrap=True,
        expected=True,
        why="'A. $3,118 ... A is correct. N = 20; I/Y = 6; FV = -10,000; PMT = 0; CPT PV = "
        "$3,118.05'",
    ),
    _c(
        PZE,
        PZE_99549,
        gold=r"$3,118",
        pred=r"$3,207",
        wrap=True,
        expected=False,
        why="'A. $3,118 B. $3,207. C. $4,970. ... A is correct.'",
    ),
    _c(
        PZE,
        PZE_99549,
        gold=r"$3,118",
        pred=r"$4,970",
        wrap=True,
        expected=False,
        why="'A. $3,118 B. $3,207. C. $4,970. ... A is correct.'",
    ),
    # event.pzacademy 166960: three-year holding period return
    _c(
        PZE,
        PZE_166960,
        gold=r"6.26%",
        pred=r"0.0626",
        wrap=True,
        expected=True,
        why="'B is correct. Holding period return over the three year is "
        "[(1+0.05)(1-0.08)(1+0.1)] 1 = 0.0626 = 6.26%.'",
    ),
    _c(
        PZE,
        PZE_166960,
        gold=r"6.26%",
        pred=r"4.68%",
        wrap=True,
        expected=False,
        why="'A. 4.68% B. 6.26% C. 8.52% ... B is correct.'",
    ),
    _c(
        PZE,
        PZE_166960,
        gold=r"6.26%",
        pred=r"8.52%",
        wrap=True,
        expected=False,
        why="'A. 4.68% B. 6.26% C. 8.52% ... B is correct.'",
    ),
    # event.pzacademy 113915: holding period return over three years, not annualised
    _c(
        PZE,
        PZE_113915,
        gold=r"18.78%",
        pred=r"17.35%",
        wrap=True,
        expected=False,
        why="'A. 17.35% B. 15.56% C. 18.78% ... HPR=(1.12)(1.05)(1.01)-1=18.78%'; the tutor "
        "upholds the key: the question does not ask for an annualised rate",
    ),
    _c(
        PZE,
        PZE_113915,
        gold=r"18.78%",
        pred=r"15.56%",
        wrap=True,
        expected=False,
        why="'A. 17.35% B. 15.56% C. 18.78% ... HPR=(1.12)(1.05)(1.01)-1=18.78%'; the tutor "
        "upholds the key: the question does not ask for an annualised rate",
    ),
    # app.ixiawen 15546401: present value of an ordinary annuity (2000 a year, 15 years, 4%)
    _c(
        IXW,
        IXW_155,
        gold=r"22236.78",
        pred=r"23126.25",
        wrap=True,
        expected=False,
        why="'A.22236.78 B.23126.25 C.21381.51 D.30000.00 ... 参考答案:A ... CPTPV=22236.78'",
    ),
    _c(
        IXW,
        IXW_155,
        gold=r"22236.78",
        pred=r"21381.51",
        wrap=True,
        expected=False,
        why="'A.22236.78 B.23126.25 C.21381.51 D.30000.00 ... 参考答案:A'",
    ),
    _c(
        IXW,
        IXW_155,
        gold=r"22236.78",
        pred=r"30000.00",
        wrap=True,
        expected=False,
        why="'A.22236.78 B.23126.25 C.21381.51 D.30000.00 ... 参考答案:A'",
    ),
    # transtutors 12783240: the homework grader's two-decimal rule
    _c(
        TT,
        TT_127,
        gold=r"9.00",
        pred=r"9",
        wrap=True,
        expected=False,
        why="'if the answer is 9 times you must report 9.00, the homework grading program will "
        "count 9 as incorrect'",
    ),
    _c(
        TT,
        TT_127,
        gold=r"9.00",
        pred=r"9.0",
        wrap=True,
        expected=False,
        why="'if the answer is 9 times you must report 9.00, ... it would count 9.0 as incorrect'",
    ),
    # justaaa 118656: IRR to 4 and to 2 decimal places
    _c(
        JA,
        JA_118,
        gold=r"8.00%",
        pred=r"7.9999%",
        wrap=True,
        expected=True,
        why="'I have given answers in 4 decimal places as well as 2 decimal places': 'IRR (4 "
        "decimal places) 7.9999%', 'IRR (2 decimal places) 8.00%'",
    ),
    _c(
        JA,
        JA_118,
        gold=r"11.99%",
        pred=r"11.9944%",
        wrap=True,
        expected=True,
        why="'Solving we get x = 11.9944% (11.99%).'",
    ),
    _c(
        JA,
        JA_118,
        gold=r"16.35%",
        pred=r"16.3490%",
        wrap=True,
        expected=True,
        why="'Solving we get x = 16.3490% (or 16.35%)'",
    ),
]
