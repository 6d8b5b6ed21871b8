r"""fresh89_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh89_b.py
names (the two brainbashers puzzles, riddledude, the two onlinemathlearning pages, the two wyzant
answers, the r/HomeworkHelp copy and the mathnasium blog), transcribed under the same rules; see
that module's docstring for the sources, conventions and what was left out. Do not tune the judge
on these cases."""

from __future__ import annotations

from bench.equiv_fresh89_b import (
    BBS,
    BBS_LIST,
    BBS_ZVHV,
    MNB,
    MNB_PD,
    OML,
    OML_CONS,
    OML_TIX,
    RDD,
    RDD_WP,
    RHC,
    RHC_HH,
    WYZ,
    WYZ_686,
    WYZ_734,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # brainbashers puzzle listing: the reservoir, hours and minutes against decimal hours
    _c(
        BBS,
        BBS_LIST,
        gold=r"21 hours and 36 minutes",
        pred=r"21.6 hours",
        wrap=True,
        expected=True,
        why="'Answer: 21 hours and 36 minutes.' ... '108 ÷ 5 hours = 21.6 hours = 21 hours and 36"
        " minutes.'",
    ),
    _c(
        BBS,
        BBS_LIST,
        gold=r"21 hours and 36 minutes",
        pred=r"108 ÷ 5 hours",
        wrap=True,
        expected=True,
        why="'we want T ÷ 5S which gives 108 ÷ 5 hours = 21.6 hours = 21 hours and 36 minutes.'",
    ),
    # brainbashers zvhv: theme-park tickets, the letters and the sentence
    _c(
        BBS,
        BBS_ZVHV,
        gold=r"c = 14 and a = 18",
        pred=r"The children tickets were £14, and the adult tickets were £18.",
        wrap=False,
        expected=True,
        why="'Answer The children tickets were £14, and the adult tickets were £18.';"
        " 'Double-Checking c = 14 and a = 18'",
    ),
    # riddledude water park: the same puzzle in dollars
    _c(
        RDD,
        RDD_WP,
        gold=r"A = 18, C = 14",
        pred=r"Adult’s tickets were $18 and children’s were $14.",
        wrap=False,
        expected=True,
        why="'Adult’s tickets were \\$18 and children’s were \\$14.'; 'A = 18' ... 'C = 14' (the"
        " two lines joined; A adults, C children)",
    ),
    # onlinemathlearning consecutive integers: the least one alone is not the answer
    _c(
        OML,
        OML_CONS,
        gold=r"29, 30 and 31",
        pred=r"29",
        wrap=True,
        expected=False,
        why="'x= least integer' ... '29 + 29 + 2 = 60 The question wants all the 3 consecutive"
        " numbers: 29, 30 and 31'",
    ),
    # onlinemathlearning ticket problems: the solved pair and the answer sentence
    _c(
        OML,
        OML_TIX,
        gold=r"x = 250, y = 100",
        pred=r"Answer: 250 $3 tickets and 100 $2 tickets were sold.",
        wrap=False,
        expected=True,
        why="'x = number of $3 tickets, y = number of $2 tickets' ... 'y = 100' ... 'x = 250'"
        " (joined); 'Answer: 250 $3 tickets and 100 $2 tickets were sold.'",
    ),
    # wyzant 686780: nickels and quarters
    _c(
        WYZ,
        WYZ_686,
        gold=r"n=7 and q=6",
        pred=r"7 nickels and 6 quarters",
        wrap=True,
        expected=True,
        why="'n = 7; There are 7 nickels.' 'q = 6; There are 6 quarters.' 'Verify that n=7 and"
        " q=6 works' ... 'The answer is 7 nickels and 6 quarters.'",
    ),
    _c(
        WYZ,
        WYZ_686,
        gold=r"n=7 and q=6",
        pred=r"The answer is 7 nickels and 6 quarters.",
        wrap=False,
        expected=True,
        why="'Verify that n=7 and q=6 works for the second $ equation' ... 'The answer is 7"
        " nickels and 6 quarters.'",
    ),
    # wyzant 734757: nickels, dimes and quarters; one tutor corrects another
    _c(
        WYZ,
        WYZ_734,
        gold=r"6 nickels, 16 dimes, and 25 quarters",
        pred=r"x = 6, y = 16, z = 25",
        wrap=True,
        expected=True,
        why="'Let x be the number of nickels Let y be the number of dimes Let z be the number of"
        " wuarters' ... 'x = 6', 'y = 16', 'z = 25' (joined); 'So there are 6 nickels, 16 dimes,"
        " and 25 quarters.'",
    ),
    _c(
        WYZ,
        WYZ_734,
        gold=r"25 quarters",
        pred=r"22 quarters",
        wrap=True,
        expected=False,
        why="Edward A.: 'Your first paragraph subtracts 3 ... so you got 22 quarters instead of"
        " the correct 25.'",
    ),
    # r/HomeworkHelp copy: adult and child tickets
    _c(
        RHC,
        RHC_HH,
        gold=r"a = 80, c = 70",
        pred=r"80 adult tickets and 70 child tickets were sold.",
        wrap=False,
        expected=True,
        why="'a = number of adult tickets c = number of child tickets' ... 'a = 80' ... 'c = 70'"
        " (joined); 'Final Answer 80 adult tickets and 70 child tickets were sold.'",
    ),
    # mathnasium blog: joint work, the solved x (in hours) and the stated answer
    _c(
        MNB,
        MNB_PD,
        gold=r"1 hour and 12 minutes",
        pred=r"6/5",
        wrap=True,
        expected=True,
        why="'Answer: 1 hour and 12 minutes'; '1 fence/2 hours + 1 fence/3 hours = 1 fence/x"
        " hours. If we solve for x, we get x = 6/5'",
    ),
]
