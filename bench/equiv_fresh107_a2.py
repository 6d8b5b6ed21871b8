r"""fresh107_a, continued (part 2 of 3): more cases of the sources that bench/equiv_fresh107_a.py
names (gamatrain, sim.adhyaapan, studypool 230702, mathwords, calculatorz, wyzant 107337,
greprepclub 3217, varsitytutors, bloombergprep, f1gmat), transcribed under the same rules; see that
module's docstring for the sources, conventions and what was left out. Do not tune the judge on
these cases."""

from __future__ import annotations

from bench.equiv_fresh107_a import (
    ADH,
    ADH_SC,
    BLP,
    BLP_81,
    CZ,
    CZ_PP,
    F1,
    F1_PM,
    GAMA,
    GAMA_1018,
    GREP,
    GREP_3217,
    MW,
    MW_PP,
    SP,
    SP_230,
    VT,
    VT_P7,
    WYZ,
    WYZ_107,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # gamatrain 1018: a drawing scale in words, with "to" and with the ratio sign
    _c(
        GAMA,
        GAMA_1018,
        gold=r"1:1000",
        pred=r"1\ \text{to}\ 1000",
        wrap=True,
        expected=True,
        why='\'"$1\\ \\text{cm}$ represents $10\\ \\text{m}$" must be written as either '
        "$1\\ \\text{to}\\ 1000$ or $1:1000$'",
    ),
    _c(
        GAMA,
        GAMA_1018,
        gold=r"1:1000",
        pred=r"1\ \text{cm} represents 10\ \text{m}",
        wrap=True,
        expected=True,
        why='\'"$1\\ \\text{cm}$ represents $10\\ \\text{m}$" must be written as either '
        "$1\\ \\text{to}\\ 1000$ or $1:1000$ (convert $10\\ \\text{m}=1000\\ \\text{cm}$)'",
    ),
    _c(
        GAMA,
        GAMA_1018,
        gold=r"1:10",
        pred=r"1\ \text{to}\ 10",
        wrap=True,
        expected=True,
        why="'The scale $1\\ \\text{to}\\ 10$ or $1:10$ means every centimetre on the drawing "
        "represents $10$ centimetres'",
    ),
    # sim.adhyaapan scaling: real distance for 9 cm at 1 cm = 500 m
    _c(
        ADH,
        ADH_SC,
        gold=r"4500 m",
        pred=r"4.5 km",
        wrap=True,
        expected=True,
        why="'9 cm × 500 = 4500 m' ... 'Answer: 4500 m or 4.5 km'",
    ),
    # studypool 230702: one ratio written three ways; the reversed ratio is different
    _c(
        SP,
        SP_230,
        gold=r"3/4",
        pred=r"3 to 4",
        wrap=True,
        expected=True,
        why="'The ratio of squares to triangles is: 3/4 or 3 to 4 or 3:4'",
    ),
    _c(
        SP,
        SP_230,
        gold=r"3/4",
        pred=r"3:4",
        wrap=True,
        expected=True,
        why="'The ratio of squares to triangles is: 3/4 or 3 to 4 or 3:4'",
    ),
    _c(
        SP,
        SP_230,
        gold=r"3/4",
        pred=r"6/8",
        wrap=True,
        expected=True,
        why="Equivalent ratios: '3/4 = 6/8 because you multiply by 2'",
    ),
    _c(
        SP,
        SP_230,
        gold=r"3/4",
        pred=r"4/3",
        wrap=True,
        expected=False,
        why="squares to triangles '3/4 ...', triangles to squares '4/3 ...': 'Notice that the "
        "answers are different.'",
    ),
    _c(
        SP,
        SP_230,
        gold=r"4/3",
        pred=r"4 to 3",
        wrap=True,
        expected=True,
        why="'The ratio of triangles to squares is: 4/3 or 4 to 3 or 4:3'",
    ),
    _c(
        SP,
        SP_230,
        gold=r"4/3",
        pred=r"4:3",
        wrap=True,
        expected=True,
        why="'The ratio of triangles to squares is: 4/3 or 4 to 3 or 4:3'",
    ),
    # mathwords percentage points: a difference of percentages is not a percent change
    _c(
        MW,
        MW_PP,
        gold=r"15 percentage points",
        pred=r"15%",
        wrap=True,
        expected=False,
        why="'If a rate goes from 30% to 45%, it increased by 15 percentage points — not 15%.'",
    ),
    _c(
        MW,
        MW_PP,
        gold=r"5 percentage point increase",
        pred=r"5% increase",
        wrap=True,
        expected=False,
        why='\'Mistake: Saying a jump from 10% to 15% is a "5% increase." Correction: It is a 5 '
        "percentage point increase.'",
    ),
    # calculatorz percentage point: the same mistake
    _c(
        CZ,
        CZ_PP,
        gold=r"5 percentage point rise",
        pred=r"5% rise",
        wrap=True,
        expected=False,
        why='Common mistakes: \'Saying "a 5% rise" when the rate moved from 10% to 15%; that is a '
        "5 percentage point rise.'",
    ),
    # wyzant 107337: rate 10 years ago; up 50% against up 50 percentage points
    _c(
        WYZ,
        WYZ_107,
        gold=r"6 percent",
        pred=r"6%",
        wrap=True,
        expected=True,
        why="'X = 6 So, the initial interest rate was 6 percent.' ... 'add ... (3%) to 6%and get 9%'",
    ),
    _c(
        WYZ,
        WYZ_107,
        gold=r"13.5%",
        pred=r"59%",
        wrap=True,
        expected=False,
        why="'If my 9% interest rate increased by 50%, then my new interest rate is ... 13.5%'; 59% "
        "is for 'increases by 50 percentage points'",
    ),
    _c(
        WYZ,
        WYZ_107,
        gold=r"59%",
        pred=r"13.5%",
        wrap=True,
        expected=False,
        why="'if my 9% interest rate increases by 50 percentage points ... my new interest rate is "
        "59%' (13.5% is for an increase by 50%)",
    ),
    # greprepclub 3217: rate 1.25% -> 1.5%, percent increase; choice D is correct
    _c(
        GREP,
        GREP_3217,
        gold=r"20%",
        pred=r"0.2%",
        wrap=True,
        expected=False,
        why="choices 'A. 0.2% ... D. 20% E. 25%'; '= 20' ... 'Hence option D is correct.'",
    ),
    _c(
        GREP,
        GREP_3217,
        gold=r"20%",
        pred=r"0.25%",
        wrap=True,
        expected=False,
        why="choices 'B. 0.25% ... D. 20%'; '$$\\frac{0.25}{1.25} \\times 100$$ ... = 20' ... "
        "'Hence option D is correct.'",
    ),
    _c(
        GREP,
        GREP_3217,
        gold=r"20%",
        pred=r"0.167%",
        wrap=True,
        expected=False,
        why="choices 'C. 0.167% D. 20%'; 'Hence option D is correct.'",
    ),
    _c(
        GREP,
        GREP_3217,
        gold=r"20%",
        pred=r"25%",
        wrap=True,
        expected=False,
        why="'If you selected choice (E), you may have used the wrong value as the original' ... "
        "'Hence option D is correct.'",
    ),
    # varsitytutors GRE percentage page 7
    _c(
        VT,
        VT_P7,
        gold=r"50%",
        pred=r"20%",
        wrap=True,
        expected=False,
        why="'60% is 50% greater than 40%' ... 'You may think the answer is 20% (60% – 40%), but "
        "this is the difference in terms of total shares'",
    ),
    _c(
        VT,
        VT_P7,
        gold=r"406.25%",
        pred=r"4.0625",
        wrap=True,
        expected=True,
        why="circle area percent change: '(4.0625πr2) / πr2 = 4.0625 or 406.25%'",
    ),
    # bloombergprep GMAT 1/81: NGP down 25% then 10%, increase needed to restore it
    _c(
        BLP,
        BLP_81,
        gold=r"48%",
        pred=r"35%",
        wrap=True,
        expected=False,
        why="'48% is the best answer'; 'Adding these percentages ($$25\\%+10\\%=35\\%$$) leads to "
        "this incorrect answer choice.'",
    ),
    # f1gmat: percent increase from 120 to 140 uses the old value as base
    _c(
        F1,
        F1_PM,
        gold=r"16.67%",
        pred=r"14.28%",
        wrap=True,
        expected=False,
        why="'If the price ... increases from 120 to 140, the percentage increase is (20/120)*100 = "
        "16.67%, not (20/140)*100 = 14.28%.'",
    ),
]
