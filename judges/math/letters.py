"""What the letters of two answers name (used by `symbolic`, in the worker): the primes of
`f'` or `E''` (another quantity), a constant of integration under another name, and the one
both answers add to the rest."""

from __future__ import annotations

import itertools
import re
from typing import Any

import sympy

_PRIMED = re.compile(r"[A-Za-z](?:'+(?![A-Za-z])|\^\{?(?:\\prime)+\}?)")  # not `John's`


_PRIMED_CONSTANT = re.compile(r"(?<=[+-])\s*[CcK](?:_\{?\d{1,2}\}?)?'+\s*$")


def primes(s: str) -> list[str]:
    """The primed letters of an answer (`f'`, `E''`, `f^{\\prime}` as `f'`), sorted: a prime
    names another quantity (a derivative, a second point), which the CAS parse may drop; not a
    constant of integration added last (`+ C'`: the constant renamed)."""
    s = _PRIMED_CONSTANT.sub("", s) if "'" in s else s
    return sorted(
        m.group(0)[0] + "'" * max(m.group(0).count("'"), m.group(0).count("\\prime"))
        for m in _PRIMED.finditer(s)
    )


# the names of a constant of integration; with any index, the names of the arbitrary constants of
# a general solution (`C_2`, `c_{3}`, `K`)
_CONSTANTS = ("C", "c", "K", "C_1", "C_{1}", "c_1", "c_{1}")
ARBITRARY = re.compile(r"[CcK](?:_\{?\d{1,2}\}?)?")


def constant_case(a: Any, b: Any) -> Any:
    """`x^3/3 + c` or `x^3/3 + K` for `x^3/3 + C`: a constant of integration (a term named as
    one, added to the rest) written another way is the same constant; any other symbol stays."""
    if not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr)):
        return a
    na = {x.name: x for x in a.free_symbols if isinstance(x, sympy.Symbol)}
    nb = {x.name: x for x in b.free_symbols if isinstance(x, sympy.Symbol)}
    for mine, theirs in itertools.permutations(_CONSTANTS, 2):
        if mine in na and theirs in nb and theirs not in na and mine not in nb:
            ta, tb = sympy.Add.make_args(a), sympy.Add.make_args(b)
            if len(ta) > 1 and len(tb) > 1 and na[mine] in ta and nb[theirs] in tb:
                return a.subs(na[mine], nb[theirs])
    return a


def shared_constant(a: Any, b: Any) -> Any:
    """The constant of integration that both answers add to the rest (`... + C` on each side, the
    same name after `constant_case`) in answers of one other variable, or None."""
    if not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr)):
        return None
    ta, tb = sympy.Add.make_args(a), sympy.Add.make_args(b)
    if len(ta) < 2 or len(tb) < 2:
        return None
    shared = [t for t in ta if isinstance(t, sympy.Symbol) and t.name in _CONSTANTS and t in tb]
    if len(shared) != 1 or len((a.free_symbols | b.free_symbols) - {shared[0]}) != 1:
        return None  # one variable of integration: in `a + b + c`, c is a length
    return shared[0]
