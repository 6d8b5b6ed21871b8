"""What the letters of two answers name (used by `symbolic`, in the worker): the primes of
`f'` or `E''` (another quantity), and a constant of integration written in either case."""

from __future__ import annotations

import re
from typing import Any

import sympy

_PRIMED = re.compile(r"[A-Za-z](?:'+(?![A-Za-z])|\^\{?(?:\\prime)+\}?)")  # not `John's`


def primes(s: str) -> list[str]:
    """The primed letters of an answer (`f'`, `E''`, `f^{\\prime}` as `f'`), sorted: a prime
    names another quantity (a derivative, a second point), which the CAS parse may drop."""
    return sorted(
        m.group(0)[0] + "'" * max(m.group(0).count("'"), m.group(0).count("\\prime"))
        for m in _PRIMED.finditer(s)
    )


def constant_case(a: Any, b: Any) -> Any:
    """`x^3/3 + c` for `x^3/3 + C`: a constant of integration (a term `c` or `C` added to the
    rest) written in the other case is the same constant; any other symbol keeps its case."""
    if not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr)):
        return a
    na = {x.name: x for x in a.free_symbols if isinstance(x, sympy.Symbol)}
    nb = {x.name: x for x in b.free_symbols if isinstance(x, sympy.Symbol)}
    for mine, theirs in (("c", "C"), ("C", "c")):
        if mine in na and theirs in nb and theirs not in na and mine not in nb:
            if na[mine] in sympy.Add.make_args(a) and nb[theirs] in sympy.Add.make_args(b):
                return a.subs(na[mine], nb[theirs])
    return a
