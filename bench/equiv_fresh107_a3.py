r"""fresh107_a, continued (part 3 of 3): more cases of the sources that bench/equiv_fresh107_a.py
names (mathcentral kabilan1, mathswithdavid, qammunity 2943749 and 3052089, partnerperformance
20298185, gradesaver Elementary Algebra 4.2), transcribed under the same rules;
see that module's docstring for the sources, conventions and what was left out. Do not tune the
judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh107_a import (
    GS,
    GS_EA155,
    MC,
    MC_KAB,
    MWD,
    MWD_17,
    PP,
    PP_202,
    QA,
    QA_294,
    QA_305,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # mathcentral kabilan1: the multiplier for a percentage increase or decrease
    _c(
        MC,
        MC_KAB,
        gold=r"1.03",
        pred=r"1 + 3/100",
        wrap=True,
        expected=True,
        why="'increasing by 3% is multiplying by 1.03 (1 + 3/100) not by 1.3'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"1.03",
        pred=r"1.3",
        wrap=True,
        expected=False,
        why="'increasing by 3% is multiplying by 1.03 (1 + 3/100) not by 1.3'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"2.37",
        pred=r"1 + 137/100",
        wrap=True,
        expected=True,
        why="'increasing by 137% is multiplying by 2.37 (1 + 137/100) not by 1.137'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"2.37",
        pred=r"1.137",
        wrap=True,
        expected=False,
        why="'increasing by 137% is multiplying by 2.37 (1 + 137/100) not by 1.137'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"11",
        pred=r"1 + 1000/100",
        wrap=True,
        expected=True,
        why="'increasing by 1000% is multiplying by 11 (1 + 1000/100) not by 1.1000 or 10 or 1000'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"11",
        pred=r"1.1000",
        wrap=True,
        expected=False,
        why="'increasing by 1000% is multiplying by 11 (1 + 1000/100) not by 1.1000 or 10 or 1000'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"11",
        pred=r"10",
        wrap=True,
        expected=False,
        why="'increasing by 1000% is multiplying by 11 (1 + 1000/100) not by 1.1000 or 10 or 1000'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"11",
        pred=r"1000",
        wrap=True,
        expected=False,
        why="'increasing by 1000% is multiplying by 11 (1 + 1000/100) not by 1.1000 or 10 or 1000'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"0.99",
        pred=r"1 - 1/100",
        wrap=True,
        expected=True,
        why="'decreasing by 1% is multiplying by 0.99 (1 - 1/100) not dividing by 1.01'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"0.55",
        pred=r"1 - 45/100",
        wrap=True,
        expected=True,
        why="'decreasing by 45% is multiplying by 0.55 (1 - 45/100) not dividing by 1.45'",
    ),
    _c(
        MC,
        MC_KAB,
        gold=r"-0.37",
        pred=r"1-137/100",
        wrap=True,
        expected=True,
        why="'decreasing by 137% is multiplying by -0.37 (1-137/100)'",
    ),
    # mathswithdavid KS3 number 17: multipliers as a percent, a fraction and a decimal
    _c(
        MWD,
        MWD_17,
        gold=r"1.15",
        pred=r"115%",
        wrap=True,
        expected=True,
        why="'if we want to increase an amount by 15%, we can just multiply it by 115% or 115/100 "
        "or 1.15'",
    ),
    _c(
        MWD,
        MWD_17,
        gold=r"1.15",
        pred=r"115/100",
        wrap=True,
        expected=True,
        why="'if we want to increase an amount by 15%, we can just multiply it by 115% or 115/100 "
        "or 1.15'",
    ),
    _c(
        MWD,
        MWD_17,
        gold=r"0.85",
        pred=r"85%",
        wrap=True,
        expected=True,
        why="'if we want to decrease an amount by 15%, we can just multiply it by 85% or 85/100 or "
        "0.85'",
    ),
    _c(
        MWD,
        MWD_17,
        gold=r"0.85",
        pred=r"85/100",
        wrap=True,
        expected=True,
        why="'if we want to decrease an amount by 15%, we can just multiply it by 85% or 85/100 or "
        "0.85'",
    ),
    # qammunity 2943749: percent change from 5 to 3
    _c(
        QA,
        QA_294,
        gold=r"-40%",
        pred=r"40% (decrease)",
        wrap=True,
        expected=True,
        why="'8. New = 3, Orig = 5 % change = [(3 - 5)/5] x 100 = -40% or 40% (decrease)'",
    ),
    # qammunity 3052089: percent change, signed value and the answer in words
    _c(
        QA,
        QA_305,
        gold=r"30% increase",
        pred=r"30%",
        wrap=True,
        expected=True,
        why="'C = 30% We have a percent increase because C is positive. Answer: 30% increase'",
    ),
    _c(
        QA,
        QA_305,
        gold=r"10% decrease",
        pred=r"-10%",
        wrap=True,
        expected=True,
        why="'C = -10% The negative C value indicates a percent decrease. Answer: 10% decrease'",
    ),
    # partnerperformance 20298185: 25 decreased to 18
    _c(
        PP,
        PP_202,
        gold=r"-28\%",
        pred=r"28% decrease",
        wrap=True,
        expected=True,
        why="'Answer: [tex]\\%Change = -28\\%[/tex]' ... 'Hence, the change is 28% decrease'",
    ),
    # gradesaver Elementary Algebra 4.2 #36: 40 questions to 62
    _c(
        GS,
        GS_EA155,
        gold=r"+55%",
        pred=r"55%",
        wrap=True,
        expected=True,
        why="answer 'The percentage change ... is +55%, so this is a percent increase'; work "
        "'percentage change = 55%'",
    ),
]
