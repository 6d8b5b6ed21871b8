"""fresh50_a, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh50_a.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh50_a import (
    ALG,
    ALG_517197,
    GS,
    GS_A1,
    QAM,
    QAM_12317419,
    UON,
    UON_AT,
    W2C,
    W2C_AT,
    WYZ,
    WYZ_789826,
    _chain,
    _w,
)

CASES = [
    _w(
        ALG,
        ALG_517197,
        r"(x+3)^2 + (y+4)^2 = r^2",
        r"(x-(-3))^2 + (y-(-4))^2 = r^2",
        True,
        "centre (-3,-4) substituted, then simplified",
    ),
    *_chain(
        ALG,
        ALG_517197,
        r"x^2+y^2+6x+8y-27=0",
        [r"(x+3)^2+(y+4)^2=52", r"x^2+6x+9+y^2+8y+16=52", r"x^2+6x+y^2+8y-27=0"],
        "'This is the equation for our circle in standard form' ... 'The equation in general "
        "form is x^2+y^2+6x+8y-27=0'",
    ),
    # gradesaver Algebra 1 6-4 #31: line through (4,3) and (3,1).
    _w(GS, GS_A1, r"2", r"\frac{3-1}{4-3}", True, "'Slope of the line (3-1)/(4-3)=2'"),
    *_chain(
        GS,
        GS_A1,
        r"y=2x-5",
        [r"y-1=2(x-3)", r"y-1=2x-6"],
        "'Point-slope form: y-1=2(x-3) y-1=2x-6 (Distribute) y=2x-5'",
    ),
    # qammunity 12317419: line through (2,3) and (0,-1) in standard form.
    *_chain(
        QAM,
        QAM_12317419,
        r"2 x - y = 1",
        [r"y - 3 = 2 ( x - 2 )", r"y - 3 = 2 x - 4", r"2 x - y = 4- 3"],
        "'Hence the equation of the required line ... is 2 x - y = 1'",
    ),
    # uonbi copy of a Brainly answer: line through (1,5) and (3,11).
    *_chain(
        UON,
        UON_AT,
        r"3",
        [r"\dfrac{11-5}{3-1}", r"\dfrac{6}{2}"],
        "slope m = (11-5)/(3-1) = 6/2 = 3",
    ),
    *_chain(
        UON,
        UON_AT,
        r"3x - y = -2",
        [r"y - 5 = 3(x - 1)", r"y - 5 = 3x - 3", r"3x - 3 = y - 5", r"3x - y = -5 + 3"],
        "'3x - y = -2 This is standard form of a line'",
    ),
    # web2.0calc: line through (1,3) and (2,5).
    *_chain(
        W2C, W2C_AT, r"2", [r"[5-3] / [2 - 1]", r"2/1"], "'the slope is [5-3] / [2 - 1] = 2/1 = 2'"
    ),
    *_chain(
        W2C,
        W2C_AT,
        r"y = 2x + 1",
        [r"y = 2(x - 1) + 3", r"y = 2x - 2 + 3"],
        "point-slope form to y = 2x + 1, checked with the other point",
    ),
    # wyzant 789826: perpendicular bisector of (3,6)-(-1,2).
    _w(WYZ, WYZ_789826, r"1", r"(3 + -1)/2", True, "'(3 + -1)/2 = 1' (x of the midpoint)"),
    _w(WYZ, WYZ_789826, r"4", r"(6 + 2)/2", True, "'(6 + 2)/2 = 4' (y of the midpoint)"),
    *_chain(
        WYZ,
        WYZ_789826,
        r"1",
        [r"(2 - 6)/(-1 - 3)", r"-4/-4"],
        "'m = (y2 - y1)/(x2 - x1) = (2 - 6)/(-1 - 3) = -4/-4 = 1'",
    ),
    _w(
        WYZ,
        WYZ_789826,
        r"y = -x + 5",
        r"(y - 4) = -1(x - 1)",
        True,
        "'If you want this in the slope-intercept form, just multiply it out ... y = -x + 5'",
    ),
]
