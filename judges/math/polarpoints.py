"""Points in polar coordinates: `(r, θ)` names the same point as `(r, θ + 2πk)` and as
`(-r, θ + π + 2πk)` (`(3, 5π/3)` and `(3, -π/3)`; `(-3, 60°)` and `(3, 240°)`). A pair is read so
only when both second items are angles: a rational multiple of π, or plain numbers in an answer
and a reference that both mark degrees; and neither first item holds π."""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

Decision = tuple[bool | None, str]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_PI_SLASH = re.compile(r"(-?)(\d*)\\pi(?:/(\d+))?")  # `5\pi/3`, `-\pi/3`, `2\pi`
_PI_FRAC = re.compile(r"(-?)\\frac\{(\d*)\\pi\}\{(\d+)\}")  # `\frac{7\pi}{3}`


def _turns(angle: str, degrees: bool) -> Fraction | None:
    """The angle as a fraction of a whole turn, or None when it is no plain angle."""
    a = angle.replace(" ", "")
    if degrees:
        return Fraction(a) / 360 if _NUMBER.fullmatch(a) else None
    m = _PI_SLASH.fullmatch(a) or _PI_FRAC.fullmatch(a)
    if m is None:
        return None
    turns = Fraction(int(m[2] or 1), 2 * int(m[3] or 1))
    return -turns if m[1] else turns


def polar_point(
    ps: tuple[str, ...],
    rs: tuple[str, ...],
    opts: Any,
    scalar: Callable[[str, str, Any], Decision],
) -> Decision | None:
    """True when the two pairs name one point in polar coordinates (the module docstring); None
    leaves the decision to the item-by-item comparison."""
    if len(ps) != 2 or len(rs) != 2 or opts.pred_degrees != opts.ref_degrees:
        return None
    if "\\pi" in ps[0] or "\\pi" in rs[0]:
        return None
    tp, tr = _turns(ps[1], opts.pred_degrees), _turns(rs[1], opts.ref_degrees)
    if tp is None or tr is None:
        return None
    turn = (tp - tr) % 1
    if turn not in (0, Fraction(1, 2)):
        return None
    other = rs[0] if turn == 0 else f"-({rs[0]})"
    ok, _ = scalar(ps[0], other, opts)
    return (True, "equal_structure") if ok else None
