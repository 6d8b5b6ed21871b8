"""What is compared, once both answers are canonical: the two texts as the comparison reads them
(`C(8, 4)` against a number is a count, see `calls`; forms of an antiderivative are families when
the prompt asks for one, see `integrals`), and the precision an answer states (`fast.decimals`; a
percentage's as a fraction: `66.7%` states 3 places, so it answers 2/3 as `0.667` does).
"""

from __future__ import annotations

import re

from curate.judges.math.calls import counts_against_number
from curate.judges.math.fast import decimals
from curate.judges.math.integrals import as_families

_ONE_NUMBER = re.compile(r"-?\d+(?:\.(\d+))?")


def aligned(pred: str, ref: str, prompt: str | None) -> tuple[str, str]:
    """The two texts compared (see the module docstring)."""
    pred, ref = counts_against_number(pred, ref), counts_against_number(ref, pred)
    return as_families(pred, ref, prompt)


def stated_places(text: str, percent: bool) -> int:
    """The decimal places an answer states: of its one decimal literal (2 or more, else 0), or
    of a percentage's value as a fraction (`67%`: 2, `66.7%`: 3)."""
    if percent and (m := _ONE_NUMBER.fullmatch(text)) is not None:
        return len(m[1] or "") + 2
    return decimals(text)
