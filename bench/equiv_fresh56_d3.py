"""fresh56_d, continued (part 3 of 3): more cases of the sources that
bench/equiv_fresh56_d.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh56_d import S15, S15_AT, S16, S16_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # sabemos.net 55031274: area of the grey region.
    _c(
        S15,
        S15_AT,
        gold=r"236 cm²",
        pred=r"192 cm² + 4 cm² + 40 cm ²",
        wrap=True,
        expected=True,
        why="192 cm² + 4 cm² + 40 cm ² = 236 cm²; RESPUESTA ... 236 cm²",
    ),
    # expotipsescuelas.com 12679771: total area of a rectangle cut into six pieces, two ways.
    _c(
        S16,
        S16_AT,
        gold=r"AT = 28x² + 18x + 2",
        pred=r"AT = (4x + 2)(7x + 1)",
        wrap=True,
        expected=True,
        why="3) AT = (4x + 2)(7x + 1) ... AT = 28x² + 18x + 2",
    ),
    _c(
        S16,
        S16_AT,
        gold=r"AT = 28x² + 18x + 2",
        pred=r"AT = 28x² + 4x + 14x + 2",
        wrap=True,
        expected=True,
        why="3) AT = 28x² + 4x + 14x + 2 / AT = 28x² + 18x + 2",
    ),
    _c(
        S16,
        S16_AT,
        gold=r"AT = 28x² + 18x + 2",
        pred=r"AT = 3x² + 2x + 3x² – 6x + x² + 5x + 9x² + 12x + 4 + 9x² – 12x – 12 + 3x² + 17x + 10",
        wrap=True,
        expected=True,
        why="2) the sum of the six areas",
    ),
    _c(
        S16,
        S16_AT,
        gold=r"AT = 28x² + 18x + 2",
        pred=r"AT = x²(3 + 3 + 1 + 9 + 9 + 3) + x(2 – 6 + 5 + 12 – 12 + 17) + (4 – 12 + 10)",
        wrap=True,
        expected=True,
        why="2) the grouped sum",
    ),
]
