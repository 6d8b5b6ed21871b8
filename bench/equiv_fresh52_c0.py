"""equiv_fresh52_c, continued (part 2): more cases of the sources that bench/equiv_fresh52_c.py names (pages, URLs and what was left out are in its docstring)."""

from __future__ import annotations

from bench.equiv_fresh52_c import (
    S8,
    S8_AT,
    S9,
    S9_AT,
    _c,
)

CASES = [
    _c(
        S8,
        S8_AT,
        gold=r"17,157.40",
        pred=r"10000(1 + .03/52)^(18*52)",
        wrap=True,
        expected=True,
        why="answerer, Maria 18 years: 10000(1 + .03/52)^(18*52) = 17,157.40",
    ),
    _c(
        S8,
        S8_AT,
        gold=r"13,519.02",
        pred=r"10000(1 + 0.00058)^(10*52)",
        wrap=True,
        expected=True,
        why="answerer, John 10 years: 10000(1 + 0.00058)^(10*52) = 13,519.02",
    ),
    _c(
        S8,
        S8_AT,
        gold=r"17,206.85",
        pred=r"10000(1 + 0.00058)^(18*52)",
        wrap=True,
        expected=True,
        why="answerer, John 18 years: 10000(1 + 0.00058)^(18*52) = 17,206.85",
    ),
    # Avery and Morgan (a copy of a Brainly answer)
    _c(
        S9,
        S9_AT,
        gold=r"\$5,402.91",
        pred=r"A=\$2,100(e)^{0.07875*12}",
        wrap=True,
        expected=True,
        why=r"answerer: A=\$2,100(e)^{0.07875*12}=\$5,402.91",
    ),
    _c(
        S9,
        S9_AT,
        gold=r"\$5,436.94",
        pred=r"A=\$2,100(1+\frac{0.0825}{1})^{1*12}",
        wrap=True,
        expected=True,
        why=r"answerer: A=\$2,100(1+\frac{0.0825}{1})^{1*12}=\$5,436.94",
    ),
    _c(
        S9,
        S9_AT,
        gold=r"\$34",
        pred=r"\$34.03",
        wrap=True,
        expected=True,
        why=r"answerer: To the nearest dollar \$34.03=\$34 (a rounded value)",
    ),
]
