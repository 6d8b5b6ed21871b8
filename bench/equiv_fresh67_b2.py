r"""fresh67_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh67_b.py
names (the accessible SAT directions on ininet, the GED and TASC grids, wikiprep, compassprep, the
FCAT gridding lesson, the Regents errata, the Manitoba key, the GRE numeric-entry directions, and
the greprepclub, issuhub, beatthegmat and gmatclub pages), transcribed under the same rules; see
that module's docstring for the sources, conventions and what was left out. Do not tune the judge
on these cases."""

from __future__ import annotations

from bench.equiv_fresh67_b import (
    ACE,
    ACE_GED,
    BTG,
    BTG_291015,
    CMP,
    CMP_GUESS,
    GMC,
    GMC_98201,
    GO,
    GO_GRE,
    GPC,
    GPC_6286,
    HDB,
    HDB_MB8,
    ILC,
    ILC_GED,
    ININ,
    ININ_SAT6,
    ISH,
    ISH_3486,
    JSCR,
    JSCR_REG02,
    SCR,
    SCR_TASC,
    SLD,
    SLD_FCAT,
    WKP,
    WKP_SAT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # ininet.org SAT Practice Test 6 (accessible directions): a mixed number and its misreading
    _c(
        ININ,
        ININ_SAT6,
        gold=r"three and one half",
        pred=r"3.5",
        wrap=True,
        expected=True,
        why="'Mixed numbers such as three and one half must be recorded as 3.5 or seven slash two.'",
    ),
    _c(
        ININ,
        ININ_SAT6,
        gold=r"three and one half",
        pred=r"seven slash two",
        wrap=True,
        expected=True,
        why="'Mixed numbers such as three and one half must be recorded as 3.5 or seven slash two.'",
    ),
    _c(
        ININ,
        ININ_SAT6,
        gold=r"three and one half",
        pred=r"thirty one halves",
        wrap=True,
        expected=False,
        why="'it will be interpreted as thirty one halves, not three and one half'",
    ),
    # acenet.edu GED alternate-format questions: standard grid
    _c(
        ACE,
        ACE_GED,
        gold=r"3 1/2",
        pred=r"3.5",
        wrap=True,
        expected=True,
        why="'Mixed numbers, such as 3 1/2, ... represent them as decimal numbers (in this case, 3.5)'",
    ),
    _c(
        ACE,
        ACE_GED,
        gold=r"3 1/2",
        pred=r"7/2",
        wrap=True,
        expected=True,
        why="'Mixed numbers, such as 3 1/2, ... or fractions (in this case, 7/2)'",
    ),
    _c(
        ACE,
        ACE_GED,
        gold=r"3/4",
        pred=r".75",
        wrap=True,
        expected=True,
        why="'The answer to the question is 3/4, or .75, inches.'",
    ),
    # ilc.org GED prep copy of the grid directions
    _c(
        ILC,
        ILC_GED,
        gold=r"3/4",
        pred=r"0.75",
        wrap=True,
        expected=True,
        why="'The answer to the above example is 3/4, or 0.75 inches.'",
    ),
    # scribd 337235741, TASC practice items: gridded-response forms of one answer
    _c(
        SCR,
        SCR_TASC,
        gold=r"3/6",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="'simplified into either [1/2] or 0.5 and all of these responses would be scored as "
        "correct' (grids '1 / 2', '3 / 6', '0 . 5')",
    ),
    _c(
        SCR,
        SCR_TASC,
        gold=r"3/6",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'simplified into either [1/2] or 0.5 and all of these responses would be scored as "
        "correct' (grids '1 / 2', '3 / 6', '0 . 5')",
    ),
    # wikiprep SAT math: fraction or decimal grid-in
    _c(
        WKP,
        WKP_SAT,
        gold=r"3/4",
        pred=r".75",
        wrap=True,
        expected=True,
        why="'$3/4$ would be bubbled as 3 / 4 and .75 would be bubbled as .75 Either would be "
        "acceptable.'",
    ),
    # compassprep "Guessing on Grid-Ins": one value, many encodings
    _c(
        CMP,
        CMP_GUESS,
        gold=r"2",
        pred=r"4/2",
        wrap=True,
        expected=True,
        why="'the value 2 can be bubbled as ... “4/2”, “2.0”, and 44 additional ways'",
    ),
    _c(
        CMP,
        CMP_GUESS,
        gold=r"2",
        pred=r"2.0",
        wrap=True,
        expected=True,
        why="'the value 2 can be bubbled as ... “4/2”, “2.0”, and 44 additional ways'",
    ),
    # slideum 1854607, FCAT gridding (Palm Beach County): percent answers moved to decimals
    _c(
        SLD,
        SLD_FCAT,
        gold=r"12.5",
        pred=r".125",
        wrap=True,
        expected=False,
        why="'Because the problem asked for what percent, just grid the answer 12.5 ... DO NOT move "
        "the Decimal to .125'",
    ),
    _c(
        SLD,
        SLD_FCAT,
        gold=r"9%",
        pred=r".09",
        wrap=True,
        expected=False,
        why="'What percent of 100 is 9? Answer: 9% INCORRECT .0 9' (a percent question: grid 9)",
    ),
    _c(
        SLD,
        SLD_FCAT,
        gold=r"9%",
        pred=r"9/100",
        wrap=True,
        expected=False,
        why="'What percent of 100 is 9? Answer: 9% ... INCORRECT 9 / 1 0 0' (a percent question)",
    ),
    # ja.scribd 356023922, Regents Mathematics A June 2002, errata for question 23
    _c(
        JSCR,
        JSCR_REG02,
        gold=r"6 hr 40 min",
        pred=r"6.66",
        wrap=True,
        expected=True,
        why="'one of the correct answers specified on the key 6 [2/3] or 6 hr 40 min or 6.66 "
        "should receive full credit'",
    ),
    # hobbydocbox 68710996, Manitoba grade 8 answer key, question 3
    _c(
        HDB,
        HDB_MB8,
        gold=r"1360 m",
        pred=r"1.36 km",
        wrap=True,
        expected=True,
        why="'The students ran 1360 m or 1.36 km.'",
    ),
    # aptitude.gateoverflow.in, GRE numeric-entry directions
    _c(
        GO,
        GO_GRE,
        gold=r"1.2",
        pred=r"1.20",
        wrap=True,
        expected=True,
        why="'Equivalent forms of a correct answer, such as 1.2 and 1.20, are all correct.'",
    ),
    # greprepclub 2-6286, GRE quantitative comparison answered C (equal)
    _c(
        GPC,
        GPC_6286,
        gold=r"2^{28}",
        pred=r"\frac{2^{30} - 2^{29}}{2}",
        wrap=True,
        expected=True,
        why="Quantity A $$\\frac{2^{30} - 2^{29}}{2}$$, Quantity B $$2^{28}$$; answer 'C' (equal)",
    ),
    _c(
        GPC,
        GPC_6286,
        gold=r"2^30",
        pred=r"(2)(2^29)",
        wrap=True,
        expected=True,
        why="'Quantity A: 2^30 Quantity B: (2)(2^29) Simplify again to get: Quantity A: 2^30 "
        "Quantity B: 2^30'",
    ),
    # issuhub 3486 p. 253, McGraw-Hill GRE 2019 answer explanation
    _c(
        ISH,
        ISH_3486,
        gold=r"0.73(29)",
        pred=r"0.0029(7,300)",
        wrap=True,
        expected=True,
        why="'Column A can be written as 0.73(29) and Column B ... as 0.0029(7,300). "
        "0.0029(7,300) = 0.73(29).'",
    ),
    # beatthegmat t291015: the unsimplified expression equals choice A
    _c(
        BTG,
        BTG_291015,
        gold=r"9 + 4√5",
        pred=r"1/(9-4√5)",
        wrap=True,
        expected=True,
        why="'So, 1/(9-4√5) = ... = (9 + 4√5)/(1) = 9 + 4√5 = A' (Brent@GMATPrepNow)",
    ),
    # gmatclub general-q-98201: an unreduced result equals the reduced answer choice
    _c(
        GMC,
        GMC_98201,
        gold=r"4/3",
        pred=r"124/93",
        wrap=True,
        expected=True,
        why="'your calculations lead you down to 124/93' ... 'C) 4/3' ... 'C must be correct'",
    ),
]
