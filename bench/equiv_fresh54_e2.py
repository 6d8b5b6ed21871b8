"""fresh54_e, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh54_e.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh54_e import (
    DT,
    DT_URL,
    NW,
    NW_URL,
    OO,
    OO_URL,
    PW,
    PW_URL,
    RD,
    RD_URL,
    SM,
    SM_URL,
    TB,
    TB_URL,
    TQ,
    TQ_URL,
    _w,
)

CASES = [
    _w(
        TQ,
        TQ_URL,
        r"undefined",
        r"infinity",
        False,
        "tangent 90°: 'still undefined'; 'infinity could never be a number'",
    ),
    _w(
        PW,
        PW_URL,
        r"undefined",
        r"\infty",
        False,
        "tan 90°: '= \\infty ... naive approach ... cannot be backed up with mathematical rigour'",
    ),
    # ln 0.
    _w(
        RD,
        RD_URL,
        r"undefined",
        r"-infinity",
        False,
        "ln 0: 'log(0) is undefined'; maths teacher: 'The solutions are wrong. There is no such "
        "number as -infinity'",
    ),
    _w(
        SM,
        SM_URL,
        r"undefined",
        r"1",
        False,
        "ln(0): 'undefined'; the course mate who 'keeps insisting it's 1' 'is wrong'",
    ),
    # Is zero even, odd or neither?
    _w(
        NW,
        NW_URL,
        r"even",
        r"neither",
        False,
        "zero: the parent's 'neither even or odd'; reply: 'zero is an even number'",
    ),
    _w(TB, TB_URL, r"even", r"odd", False, "'Is zero odd or even? ... Zero is an EVEN number'"),
    # AP Calculus readers' advice (numeric forms).
    _w(OO, OO_URL, r"12/25", r"24/50", True, "'any equivalent fraction is fine'"),
    _w(OO, OO_URL, r"12/25", r"0.480", True, "'0.480 is fine also'"),
    _w(OO, OO_URL, r"pi/7", r"(1/7)pi", True, "'... are all acceptable'"),
    _w(OO, OO_URL, r"pi/7", r"0.448", True, "'... are all acceptable' (truncated to 3 places)"),
    _w(OO, OO_URL, r"pi/7", r"0.449", True, "'... are all acceptable' (rounded to 3 places)"),
    _w(OO, OO_URL, r"pi/7", r"0.142pi", True, "'... are all acceptable'"),
    _w(OO, OO_URL, r"pi/7", r"0.143pi", True, "'... are all acceptable'"),
    _w(OO, OO_URL, r"pi/7", r"0.448799", True, "'... are all acceptable'"),
    _w(OO, OO_URL, r"pi/7", r"0.142857pi", True, "'... are all acceptable'"),
    # QuizComposer answer types (numeric forms).
    _w(DT, DT_URL, r"-45", r"-50+5", True, "specified [ -45 ]; 'Correct answers ... could be'"),
    _w(DT, DT_URL, r"3e-30", r"0.30e-29", True, "specified [ 3e-30 ]; 'could be' 0.30e-29"),
    _w(DT, DT_URL, r"-0.29e20", r"-2.9e19", True, "specified [ -0.29e20 ]; 'could be' -2.9e19"),
    _w(DT, DT_URL, r"0.5", r"1/2", True, "specified [ 0.5 ]; 'could be' 1/2"),
]
