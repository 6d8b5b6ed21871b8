"""fresh55_c2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh55_c2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh55_c2 import D1, D1_AT, D2, D2_AT, R4, R4_AT, R5, R5_AT, R6, R6_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R4,
        R4_AT,
        gold=r"54 degrees",
        pred=r"0.3𝛑 radians",
        wrap=True,
        expected=True,
        why="0.3𝛑 radians * 360 degrees / 2𝛑 radians = 54 degrees",
    ),
    # crunchgrade (Hotmath) radian to degree
    _c(
        R5,
        R5_AT,
        gold=r"60°",
        pred=r"1.0471975511965977461542144610932 radians",
        wrap=True,
        expected=True,
        why="(1.0471975511965977461542144610932 radians * 180) / π = 60°",
    ),
    _c(
        R5,
        R5_AT,
        gold=r"60°",
        pred=r"(π) / 3",
        wrap=True,
        expected=True,
        why="angle (in radians) = (60° * π) / 180 = (π) / 3",
    ),
    # calcunation degrees to radians
    _c(R6, R6_AT, gold=r"180 deg", pred=r"π rad", wrap=True, expected=True, why="π rad=180 deg"),
    _c(
        R6,
        R6_AT,
        gold=r"1 deg",
        pred=r"0.01745329252 rad",
        wrap=True,
        expected=True,
        why="1 deg =0.01745329252 rad",
    ),
    # motorhomecraic forum (credited to siggie on MHF): decimal degrees and degrees-minutes-seconds
    _c(
        D1,
        D1_AT,
        gold="51° 30' 06.624\"",
        pred=r"51.50184",
        wrap=True,
        expected=True,
        why="So 51.50184 is the same as 51° 30' 06.624\"",
    ),
    # Brooklyn College (Leveson) decimal-degree conversion: 'the final answer for the latitude'
    _c(
        D2,
        D2_AT,
        gold="40° 39' 11\" N",
        pred=r"40.6530190° N",
        wrap=True,
        expected=True,
        why="the final answer for the latitude is 40° 39' 11\" N (40.6530190°, rounded to the second)",
    ),
]
