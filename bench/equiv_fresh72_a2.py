r"""fresh72_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh72_a.py
names (quizover's OpenStax page, gradesaver, engineering-math.org, the Pearson Mastering and
WebAssign help pages, gcse.com, infinitylearn, and the proxied scribd 776695537 and 706749503 mark
schemes), transcribed under the same rules; see that module's docstring for the sources,
conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh72_a import (
    CLE,
    CLE_706,
    EMO,
    EMO_16,
    GCSE,
    GCSE_KWH,
    GSV,
    GSV_EUP,
    INF,
    INF_KWH,
    PBM,
    PBM_776,
    PEA,
    PEA_TOL,
    QOV,
    QOV_SUM,
    WA,
    WA_TOL,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # quizover copy of OpenStax College Physics, worked example: one speed in three units
    _c(
        QOV,
        QOV_SUM,
        gold=r"8.33 m/s",
        pred=r"30.0 km/hr",
        wrap=True,
        expected=True,
        why="(a) 'The answer 30.0 km/hr'; (b) converts it: 'Average speed = 8.33 m/s'",
    ),
    _c(
        QOV,
        QOV_SUM,
        gold=r"8.33 m/s",
        pred=r"0.500 km/min",
        wrap=True,
        expected=True,
        why="'If we had started with 0.500 km/min, we would have needed different conversion "
        "factors, but the answer would have been the same: 8.33 m/s.'",
    ),
    # gradesaver, Essential University Physics ch. 1 problem 18: mi/h, m/s, ft/s
    _c(
        GSV,
        GSV_EUP,
        gold=r"15.64\space m/s",
        pred=r"51.3\space ft/s",
        wrap=True,
        expected=True,
        why="'35 mi/h = 15.64 m/s = 15.64 m/s × 3.28 ft/m = 51.3 ft/s' (answers (a), (b))",
    ),
    _c(
        GSV,
        GSV_EUP,
        gold=r"15.64\space m/s",
        pred=r"35\space mi/h",
        wrap=True,
        expected=True,
        why="'35\\space mi/h\\space =\\space 15.64\\space m/s' (the conversion asked for)",
    ),
    # engineering-math.org, Hibbeler Statics 1-6: mi/h to km/h to m/s
    _c(
        EMO,
        EMO_16,
        gold=r"88.5\:\frac{km}{h}",
        pred=r"55\:\frac{mi}{h}",
        wrap=True,
        expected=True,
        why="'First, convert 55 mi/h to km/h': '55\\:\\frac{mi}{h}=...=88.5\\:\\frac{km}{h}'",
    ),
    _c(
        EMO,
        EMO_16,
        gold=r"24.6\:\frac{m}{s}",
        pred=r"88.5\:\frac{km}{h}",
        wrap=True,
        expected=True,
        why="'Next. we convert 88.5 km/h to m/s': '88.5\\:\\frac{km}{h}=...=24.6\\:\\frac{m}{s}'",
    ),
    # Pearson Mastering student help: grading tolerance
    _c(
        PEA,
        PEA_TOL,
        gold=r"365.24 days",
        pred=r"365 days",
        wrap=True,
        expected=True,
        why="'The official answer is 365.24 days, but since a calendar contains 365 days, "
        "Mastering also considers this as correct because it's within the grading tolerance.'",
    ),
    _c(
        PEA,
        PEA_TOL,
        gold=r"100",
        pred=r"98",
        wrap=True,
        expected=True,
        why="'if the grading tolerance is 2% and the correct answer is 100, then answers within "
        "the range of 98 and 102 are also graded as correct'",
    ),
    _c(
        PEA,
        PEA_TOL,
        gold=r"100",
        pred=r"102",
        wrap=True,
        expected=True,
        why="'if the grading tolerance is 2% and the correct answer is 100, then answers within "
        "the range of 98 and 102 are also graded as correct'",
    ),
    # WebAssign instructor guide: a tolerance written into the key
    _c(
        WA,
        WA_TOL,
        gold=r"56",
        pred=r"55.97",
        wrap=True,
        expected=True,
        why="'to specify an answer of 56 and accept answers between 55.97 and 56.03, type 56 "
        "{tab} 0.03'",
    ),
    _c(
        WA,
        WA_TOL,
        gold=r"56",
        pred=r"56.03",
        wrap=True,
        expected=True,
        why="'to specify an answer of 56 and accept answers between 55.97 and 56.03, type 56 "
        "{tab} 0.03'",
    ),
    # gcse.com: the kilowatt-hour in joules and megajoules
    _c(
        GCSE,
        GCSE_KWH,
        gold=r"1 kWh",
        pred=r"3,600,000 J",
        wrap=True,
        expected=True,
        why="'1 kWh = 1,000 J/s × 3,600 s 1 kWh = 3,600,000 J'",
    ),
    _c(
        GCSE,
        GCSE_KWH,
        gold=r"3,600,000 J",
        pred=r"3·6 MJ",
        wrap=True,
        expected=True,
        why="'1 kWh = 3,600,000 J 1 kWh = 3·6 MJ (mega joules: see prefixes)'",
    ),
    # infinitylearn: 1 kWh is equal to (options A-D, answer C)
    _c(
        INF,
        INF_KWH,
        gold=r"3.6×{10}^{6}J",
        pred=r"3600000J",
        wrap=True,
        expected=True,
        why="solution: '=1000W×3600s' '3600000J' '1kwh=3.6×{10}^{6}J' (option C)",
    ),
    _c(
        INF,
        INF_KWH,
        gold=r"3.6×{10}^{6}J",
        pred=r"36×{10}^{6}J",
        wrap=True,
        expected=False,
        why="option A '36×{10}^{6}J' against the solution's '1kwh=3.6×{10}^{6}J' (option C)",
    ),
    _c(
        INF,
        INF_KWH,
        gold=r"3.6×{10}^{6}J",
        pred=r"3.6×{10}^{8}J",
        wrap=True,
        expected=False,
        why="option B '3.6×{10}^{8}J' against the solution's '1kwh=3.6×{10}^{6}J' (option C)",
    ),
    # pilihbajumuslim copy of scribd 776695537, AQA GCSE waves: an angle range
    _c(
        PBM,
        PBM_776,
        gold=r"41 degrees",
        pred=r"40 degrees",
        wrap=True,
        expected=True,
        why="'41 (degrees) allow 40 to 43 (degrees)'",
    ),
    _c(
        PBM,
        PBM_776,
        gold=r"41 degrees",
        pred=r"43 degrees",
        wrap=True,
        expected=True,
        why="'41 (degrees) allow 40 to 43 (degrees)'",
    ),
    # clevelandohioweatherforecast copy of scribd 706749503, AQA PHYA2 2012 waves questions
    _c(
        CLE,
        CLE_706,
        gold=r"125",
        pred=r"124.8",
        wrap=True,
        expected=True,
        why="5(b)(i) 'v = fλ ... = 125 (m s–1) Accept answer to four significant figures (124.8).'",
    ),
    _c(
        CLE,
        CLE_706,
        gold=r"0.48 m",
        pred=r"480 m",
        wrap=True,
        expected=False,
        why="5(c)(ii) '2 × 0.240 = 0.48 m 480 m gets 1 mark out of 2'",
    ),
    _c(
        CLE,
        CLE_706,
        gold=r"Antiphase",
        pred=r"180 degrees out of phase",
        wrap=True,
        expected=True,
        why="5(a)(ii) 'X and Y: Antiphase / 180 (degrees out of phase) / π (radians out of phase)'",
    ),
    _c(
        CLE,
        CLE_706,
        gold=r"Antiphase",
        pred=r"π radians out of phase",
        wrap=True,
        expected=True,
        why="5(a)(ii) 'X and Y: Antiphase / 180 (degrees out of phase) / π (radians out of phase)'",
    ),
    _c(
        CLE,
        CLE_706,
        gold=r"In phase",
        pred=r"zero degrees",
        wrap=True,
        expected=True,
        why="5(a)(ii) 'X and Z: In phase / zero (degrees) / 2π (radians)'",
    ),
    _c(
        CLE,
        CLE_706,
        gold=r"In phase",
        pred=r"2π radians",
        wrap=True,
        expected=True,
        why="5(a)(ii) 'X and Z: In phase / zero (degrees) / 2π (radians)'",
    ),
]
