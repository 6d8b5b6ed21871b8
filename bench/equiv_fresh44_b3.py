"""fresh44_b, continued (part 3 of 3): more cases of the sources that
bench/equiv_fresh44_b.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh44_b import R_ALG, R_ALG_AT, R_MS4, R_MS4_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        R_MS4,
        R_MS4_AT,
        gold=r"187",
        pred=r"186.7",
        wrap=True,
        expected=True,
        why="8(a)(i) 187 or 186.7 to 186.8",
    ),
    _c(
        R_MS4,
        R_MS4_AT,
        gold=r"187",
        pred=r"186.8",
        wrap=True,
        expected=True,
        why="8(a)(i) 187 or 186.7 to 186.8",
    ),
    _c(
        R_MS4,
        R_MS4_AT,
        gold=r"33.3",
        pred=r"33.28",
        wrap=True,
        expected=True,
        why="8(b) 33.3 or 33.28 to 33.29",
    ),
    _c(
        R_MS4,
        R_MS4_AT,
        gold=r"33.3",
        pred=r"33.29",
        wrap=True,
        expected=True,
        why="8(b) 33.3 or 33.28 to 33.29",
    ),
    # algebra.com tutor: sqrt(x^2) is |x|, not x.
    _c(
        R_ALG,
        R_ALG_AT,
        gold=r"| x |",
        pred=r"sqrt(x^2)",
        wrap=True,
        expected=True,
        why="So we dub: sqrt(x^2) = | x |",
    ),
    _c(
        R_ALG,
        R_ALG_AT,
        gold=r"| x |",
        pred=r"x",
        wrap=True,
        expected=False,
        why="sqrt(x^2) = | x | not x (x = -2: sqrt(4) = 2, not -2)",
    ),
]
