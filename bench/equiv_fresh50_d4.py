"""fresh50_d2, continued (part 3 of 3): more cases of the sources that
bench/equiv_fresh50_d2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh50_d2 import ALG, ALG_120321, TQ, TQ_3765701
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        TQ,
        TQ_3765701,
        gold=r"x^2",
        pred=r"x^2\ln(e)",
        wrap=True,
        expected=True,
        why="3765701 answer 2: x^2\\ln(e)=x^2",
    ),
    # algebra.com solution 120321: "e^(ln(x^2))=x^2".
    _c(
        ALG,
        ALG_120321,
        gold=r"x^2",
        pred=r"e^(ln(x^2))",
        wrap=True,
        expected=True,
        why="120321: the right-hand side simplified",
    ),
]
