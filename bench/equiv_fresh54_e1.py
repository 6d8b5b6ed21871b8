"""equiv_fresh54_e, continued (part 2): more cases of the sources that bench/equiv_fresh54_e.py names (pages, URLs and what was left out are in its docstring)."""

from __future__ import annotations

from bench.equiv_fresh54_e import (
    KX,
    KX_2849619,
    OC,
    OC_URL,
    WC,
    WC_URL,
    _w,
)

CASES = [
    _w(
        OC,
        OC_URL,
        r"undefined",
        r"0",
        False,
        "3/0 = undefined; a calculator's zero 'is worse'; 'both ... results are incorrect'",
    ),
    # tan 90 degrees.
    _w(
        KX,
        KX_2849619,
        r"undefined",
        r"not defined",
        True,
        'tan 90°: tables \'say "not defined", "undefined" or "-"\'',
    ),
    _w(
        KX,
        KX_2849619,
        r"undefined",
        r"+\infty",
        False,
        "tan 90°: '+\\infty ... would be a true mistake'; 'tan 90°=+\\infty is wrong'",
    ),
    _w(
        WC,
        WC_URL,
        r"undefined",
        r"infinity",
        False,
        'tan(90): \'It doesn\'t = "infinity" ... better said that it is "undefined"\'',
    ),
]
