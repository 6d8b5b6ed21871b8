r"""fresh64_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh64_b.py names
(physics and engineering answers with units and vectors: forum threads, homework-system help pages
and mark schemes), transcribed under the same rules. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh64_b import (
    CAN,
    CAN_IU,
    GRA,
    GRA_EX,
    LRA,
    LRA_EV,
    LRD,
    LRD_EV,
    PF,
    PF_AM,
    PF_VF,
    SC,
    SC_MLG,
    SC_T09,
    SCB,
    SCB_MOM,
    SOW,
    SOW_EU,
    WW,
    WW_VEC,
    Y9,
    Y9_HW,
)
from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


CASES: list[dict[str, object]] = [
    # physicsforums 956019: angular momentum in unit-vector form, sign from r x p
    _w(
        PF,
        PF_AM,
        r"816k",
        r"-816k",
        False,
        "'-816k' marked wrong, '816k' accepted; PeroK: 'L = r × p Surely?'; poster: 'r x p doesn't "
        "equal p x r'",
    ),
    # physicsforums 693451: a 3-D resultant where the student slipped in one component
    _w(
        PF,
        PF_VF,
        r"733N",
        r"779 N",
        False,
        "'supposed to be magnitude of resultant = 733N'; barryj: 'Double check ... 500(cos 45)(sin "
        "45)'; poster: 'oh wow, ... thanks!'",
    ),
    _w(
        PF,
        PF_VF,
        r"53.5",
        r"49°",
        False,
        "'θx= cos-1(510/779) ≈49°' against the book's 'angles of 53.5, 65.3, 133'; the slip is in F2",
    ),
    # help.sowiso.com eval_units: a length in m and km
    _w(
        SOW,
        SOW_EU,
        r"0.1km",
        r"100m",
        True,
        "'if the student's answer is 100m and the Solution is 0.1km, then the answer will be "
        "regarded as correct'",
    ),
    # community.canvaslms.com isUnit: brackets around an answer with a unit
    _w(
        CAN,
        CAN_IU,
        r"5m",
        r"(5m)",
        True,
        "'if the correct answer is set to 5m, a student response of (5m) is scored as correct'",
    ),
    # help.grasple.com exact value and unit: a unit name and its symbol
    _w(
        GRA,
        GRA_EX,
        r"1 kilogram",
        r"1 kg",
        True,
        "'This means that 1 kilogram will be equal to 1 kg'",
    ),
    # Learnosity equivValue pages: the same quantity in another unit
    _w(LRD, LRD_EV, r"1m", r"100cm", True, "'units of measurement, where \\(1m\\) = \\(100cm\\)'"),
    _w(LRA, LRA_EV, r"1L", r"1000mL", True, "'represented in different ways, such as 1L = 1000mL'"),
    # webwork.maa.org wiki Vectors: the same vector in angle-bracket and ijk form
    _w(
        WW,
        WW_VEC,
        r"<1,3>",
        r"i + 3j",
        True,
        "'the vector v1 here being shown as v1 = i + 3j instead of v1 = <1,3>'",
    ),
    # scribd 617832411 Moments, levers and gears answers: a power-of-ten slip, a unit symbol
    _w(
        SC,
        SC_MLG,
        r"252",
        r"25200",
        False,
        "(a) 'moment = 252 ... allow 252 with no working shown for 2 marks allow 25200 with no "
        "working shown for 1 mark'",
    ),
    _w(
        SC,
        SC_MLG,
        r"Tesla",
        r"T",
        True,
        "magnetic flux density unit: 'Tesla accept T ... do not accept t'",
    ),
    _w(
        SC,
        SC_MLG,
        r"Tesla",
        r"t",
        False,
        "magnetic flux density unit: 'Tesla accept T ... do not accept t'",
    ),
    # y9twyfordphysics 2014/05 assessed homework: a moment in N cm or N m
    _w(
        Y9,
        Y9_HW,
        r"1500 N cm",
        r"15 N m",
        True,
        "2(a) 'either 1500 ... N cm or newton cm or 15 ... N m or newton metre'",
    ),
    _w(
        Y9,
        Y9_HW,
        r"1500 N cm",
        r"1500 newton cm",
        True,
        "2(a) 'either 1500 ... N cm or newton cm'",
    ),
    _w(Y9, Y9_HW, r"15 N m", r"15 newton metre", True, "2(a) 'or 15 ... N m or newton metre'"),
    _w(Y9, Y9_HW, r"1500", r"100 × 15", True, "2(a) '1500 accept ‘100 × 15’'"),
    _w(Y9, Y9_HW, r"15", r"100 × 0.15", True, "2(a) '15 accept ‘100 × 0.15’'"),
    # scribd 728892475 Moments MS: a tension to 2 or 3 significant figures
    _w(
        SCB,
        SCB_MOM,
        r"250 N",
        r"246 N",
        True,
        "Q1 'T = 250 N or 246 N'; 'Third A1 for either 250 (N) or 246 (N)'",
    ),
    # scribd 457362070 moments, forces and vectors test: the unit of work
    _w(SC, SC_T09, r"joule", r"J", True, "M1(b) unit: 'joule accept J do not accept j'"),
    _w(SC, SC_T09, r"joule", r"j", False, "M1(b) unit: 'joule accept J do not accept j'"),
]
