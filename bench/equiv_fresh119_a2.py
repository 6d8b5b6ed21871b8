r"""fresh119_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh119_a.py
lists under "Sources of bench/equiv_fresh119_a2.py" (modular inverses, congruence classes and their
general solutions, Chinese-remainder solutions, a discrete logarithm, orders and remainders),
transcribed under the same rules; see that module's docstring for the sources, conventions and
what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh119_a import (
    AE,
    AE_272612,
    AL,
    AL_1208760,
    DF,
    DF_11,
    HS,
    HS_997922,
    HS_1052557,
    PF,
    PF_AFF,
    TQ,
    TQ_858241,
    TQ_4038482,
    WPF,
    WPF_277909,
    WPF_645902,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        PF,
        PF_AFF,
        gold="21",
        pred="15",
        wrap=True,
        expected=False,
        why="HallsofIvy: '5-1 (mod 26) is NOT 15. 5*15= 75= 2*26+ 23'",
    ),
    _c(
        DF,
        DF_11,
        gold="19",
        pred=r"\frac{1}{11}",
        wrap=True,
        expected=False,
        why="asker: '11^{-1} on its own is 1/11'; answer: 'x^{-1} does not mean the reciprocal, necessarily; rather, it means the multiplicative inverse'",
    ),
    # homeworksource 1052557: 5x = 4 (mod 3) as a class and as a formula
    _c(
        HS,
        HS_1052557,
        gold="-1 mod 3",
        pred="3m-1",
        wrap=True,
        expected=True,
        why="'x=-1 mod 3 / x=3m-1 , where m is any integer / This is formula for all integer solutions'",
    ),
    # homeworksource 997922: three congruences as classes and as general solutions
    _c(
        HS,
        HS_997922,
        gold="3 mod 31",
        pred="31m+3",
        wrap=True,
        expected=True,
        why="'x=3 mod 31 / x=31m+3 , m is any integer'",
    ),
    _c(
        HS,
        HS_997922,
        gold="2 mod 3",
        pred="3m+2",
        wrap=True,
        expected=True,
        why="'So, x=2 mod 3 / x=3m+2, m is any integer'",
    ),
    _c(
        HS,
        HS_997922,
        gold="2,-3 mod 7",
        pred="7m+2 or 7n-3",
        wrap=True,
        expected=True,
        why="'x=2,-3 mod 7 / x=7m+2 or 7n-3 / m ,n are any integers'",
    ),
    _c(
        TQ,
        TQ_4038482,
        gold=r"\{3, -3\}",
        pred="3",
        wrap=True,
        expected=False,
        why="asker: 'I keep coming back to x =3 but it seems to be wrong'; answers: '3 is one solution ... 10 is another solution', 'exactly two solutions'",
    ),
    # algebra.com 1208760: a CRT solution modulo 385 in three forms
    _c(
        AL,
        AL_1208760,
        gold="87 (mod 385)",
        pred="385k + 87",
        wrap=True,
        expected=True,
        why="'This leads to x = 87 (mod 385) / x = 87 (mod 385) can be translated to the equation x = 385k + 87 where k is an integer'",
    ),
    _c(
        AL,
        AL_1208760,
        gold="87 (mod 385)",
        pred="3552 (mod 385)",
        wrap=True,
        expected=True,
        why="'The set of all solutions fit the congruence x = 3552 (mod 385)' ... '3552 = 87 (mod 385) / This leads to x = 87 (mod 385)'",
    ),
    # assignmentexpert 272612: a CRT solution modulo 60 as a congruence, a class and a formula
    _c(
        AE,
        AE_272612,
        gold=r"-2\mod 60",
        pred="[-2]_{60}",
        wrap=True,
        expected=True,
        why="'Therefore, the solution of the system is x\\equiv -2\\mod 60 or [-2]_{60}'",
    ),
    _c(
        AE,
        AE_272612,
        gold=r"-2\mod 60",
        pred="-2+60k",
        wrap=True,
        expected=True,
        why="'x=10+12s=10+12(-1+5k)=-2+60k. Therefore, the solution of the system is x\\equiv -2\\mod 60'",
    ),
    # techqa 858241: the order of 6 modulo 7
    _c(
        TQ,
        TQ_858241,
        gold="2",
        pred="6",
        wrap=True,
        expected=False,
        why="asker: 'order(6) should be 6 ... so order should be 2 instead of 6 right?'; answer: 'If g^q is not 1 (mod p), then g has order 2 or 2q'",
    ),
    # physicsforums 277909: the order of <[4]> in Z13*
    _c(
        WPF,
        WPF_277909,
        gold="6",
        pred="13",
        wrap=True,
        expected=False,
        why="'I would say that the subgroup is of order 13. My intuition is clearly wrong, because the answer in the back of the book reads: ... o(<[4]>) = 6'",
    ),
    # physicsforums 645902: -101 mod 13
    _c(
        WPF,
        WPF_645902,
        gold="3",
        pred="10",
        wrap=True,
        expected=False,
        why="'Why is -101 mod 13 = 3 and not 10'; rcgldr: '-101 / 13: results in a quotient of -8 with a remainder of +3'",
    ),
]
