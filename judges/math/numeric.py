"""Numeric evaluation for the symbolic worker: a value to `PREC` digits, or none when too few of
its digits are known; the closeness of two values (complex allowed)."""

from __future__ import annotations

from typing import Any

import sympy

PREC = 40  # digits for numeric evaluation
EXACT_REL = sympy.Float("1e-25", PREC)
SAMPLE_REL = sympy.Float("1e-20", PREC)  # two exact forms at one sample point
MIN_BITS = 64  # a value evaluated with fewer correct bits is no value
BIG = sympy.Float("1e15", PREC)  # larger exact values are checked digit for digit
TINY = sympy.Float("1e-30", PREC)  # below this, a value is numerically zero


def num(e: Any) -> Any:
    """`e` to PREC digits, or None when it has no value or too few of its digits are known."""
    try:
        v = sympy.N(e, PREC)
    except Exception:
        return None
    if not (isinstance(v, sympy.Expr) and v.is_number and v.is_finite is not False):
        return None
    if any(f._prec < MIN_BITS for f in v.atoms(sympy.Float)):
        real, imag = v.as_real_imag()
        if (
            real != 0
            and _known(real)
            and not any(f._prec >= MIN_BITS for f in imag.atoms(sympy.Float))
        ):
            return real  # `\\frac{i}{2}e^{-ix} - \\frac{i}{2}e^{ix}`: its imaginary part cancels
        return None  # `\\cosh^2 - \\sinh^2` at x = -1276: cancellation left no digit standing
    return v


def _known(v: Any) -> bool:
    """Every digit of `v` that is shown is known (no float of low precision in it)."""
    return all(f._prec >= MIN_BITS for f in v.atoms(sympy.Float))


def apart(a: Any, b: Any) -> bool:
    """Two large values that agree to 25 digits differ at 120 (`e^{\\pi\\sqrt{163}}` against
    262537412640768744: they part at the 30th digit)."""
    try:
        d = abs(sympy.N(a - b, 120))
        return bool(d.is_Number and d > sympy.Float("1e-100", 120) * abs(sympy.N(a, 120)))
    except Exception:
        return False


def close(a: Any, b: Any, rel: Any) -> bool | None:
    """Relative closeness of two numeric values (complex allowed); None if not comparable."""
    try:
        d = abs(sympy.N(a - b, PREC))
        scale = max(abs(a), abs(b))
        if d == 0:
            return True
        if not (d.is_Number and scale.is_Number):
            return None
        if scale < TINY:
            return None  # `\\sin(2\\pi)` against 0: both vanish numerically; simplify decides
        return bool(d <= rel * scale)
    except Exception:
        return None


def rounds_to_places(exact: Any, dec: Any, places: int, cut: bool = True) -> bool:
    """`exact` rounded (or cut) to `places` decimals is `dec` (see `guard.rounds_to`)."""
    try:
        if not (exact.is_real and dec.is_real):
            return False
        unit = sympy.Rational(1, 10**places)
        if abs(exact - dec) <= unit / 2:
            return True
        return cut and bool((exact >= 0) == (dec >= 0) and abs(dec) <= abs(exact) < abs(dec) + unit)
    except TypeError:
        return False
