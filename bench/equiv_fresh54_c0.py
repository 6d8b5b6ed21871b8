"""fresh54_c, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh54_c.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh54_c import C1, C1_AT, D2, D2_AT, D3, D3_AT, E1, E1_AT, S1, S1_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        D2,
        D2_AT,
        gold=r"x^3 + 7x^2 y + 15xy^2 + 9y^3",
        pred=r"x^3 + 6x^2 y + 9xy^2 + x^2 y + 6xy^2 + 9y^3",
        wrap=True,
        expected=True,
        why="before collecting like terms ('Meer moet het niet zijn...')",
    ),
    # wisfaq 60631
    _c(
        D3,
        D3_AT,
        gold=r"(a-b)²",
        pred=r"(b-a)²",
        wrap=True,
        expected=True,
        why="'(b-a)2 is hetzelfde als (a-b)2' (written with ² in the PS)",
    ),
    _c(
        D3,
        D3_AT,
        gold=r"a²-2ab+b²",
        pred=r"b²-2ba+a²",
        wrap=True,
        expected=True,
        why="PS: 'En dat is op de volgorde na precies hetzelfde!'",
    ),
    _c(
        D3,
        D3_AT,
        gold=r"(b-a)²",
        pred=r"b²-2ba+a²",
        wrap=True,
        expected=True,
        why="PS: '(b-a)²=b²-2ba+a²'",
    ),
    _c(
        D3,
        D3_AT,
        gold=r"(a-b)²",
        pred=r"a²-2ab+b²",
        wrap=True,
        expected=True,
        why="PS: '(a-b)²=a²-2ab+b²'",
    ),
    # wiki.math.se Sommarmatte 1 Facit, Övning 1.1:6
    _c(
        S1,
        S1_AT,
        gold=r"157/50",
        pred=r"314/100",
        wrap=True,
        expected=True,
        why="Övning 1.1:6 a): 'Talet är rationellt och lika med 314/100 = 157/50'",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"10471/3333",
        pred=r"31413/9999",
        wrap=True,
        expected=True,
        why="Övning 1.1:6 b): '... och är lika med 31413/9999 = 10471/3333'",
    ),
    # sabemos.net (Spanish)
    _c(
        E1,
        E1_AT,
        gold=r"9/4",
        pred=r"2,25",
        wrap=True,
        expected=True,
        why="second answer: 'Para comprobar, dividimos 9/4 = 2,25'",
    ),
    # fraccionsambenters.blogspot.com (Catalan)
    _c(
        C1,
        C1_AT,
        gold=r"3/2",
        pred=r"18/12",
        wrap=True,
        expected=True,
        why="'La fracció resultant és 18/12 = 3/2.'",
    ),
]
