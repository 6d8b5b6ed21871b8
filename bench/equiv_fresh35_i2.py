"""fresh35_i, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh35_i.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh35_i import KH, _t
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        KH,
        _t(118932),
        gold="3 1/2",
        pred="3.5",
        wrap=True,
        expected=True,
        why="3 1/2 accepted, 3.5 rejected",
    ),
    _c(
        KH,
        _t(129156),
        gold="472/10000",
        pred="472/10,000",
        wrap=True,
        expected=True,
        why="comma as thousands separator in the denominator rejected; 472/10000 accepted",
    ),
    _c(
        KH,
        _t(129156),
        gold="472/10000",
        pred="472/1,000",
        wrap=True,
        expected=False,
        why="timeline attempt with the wrong denominator",
    ),
    _c(
        KH,
        _t(129156),
        gold="472/10000",
        pred="472/100",
        wrap=True,
        expected=False,
        why="timeline attempt with the wrong denominator",
    ),
    _c(
        KH,
        _t(129156),
        gold="472/10000",
        pred="472/100,000",
        wrap=True,
        expected=False,
        why="timeline attempt with the wrong denominator",
    ),
    _c(
        KH,
        _t(129156),
        gold="472/10000",
        pred="59/1,250",
        wrap=True,
        expected=True,
        why="the reduced fraction 59/1250 = 0.0472, rejected by the exercise",
    ),
    _c(
        KH,
        _t(121616),
        gold="5,000,000",
        pred="5, 000, 000",
        wrap=True,
        expected=True,
        why="'the answer was 5,000,000 and i typed it in correctly'; spaced separators",
    ),
    _c(
        KH,
        _t(121616),
        gold="5,000,000",
        pred="5,000,000.",
        wrap=True,
        expected=True,
        why="same number with a trailing full stop",
    ),
]
