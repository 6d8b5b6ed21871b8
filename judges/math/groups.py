r"""Finitely generated abelian groups named as products of cyclic groups (`\mathbb{Z}_6`,
`\mathbb{Z}_2 \times \mathbb{Z}_3`, `\mathbb{Z}/4\mathbb{Z}`, `2\mathbb{Z}/6\mathbb{Z}`,
`ℤ_2 ⊕ ℤ_4`, `\mathbb{Z}/(3)`, `\mathbb{Z} \times \mathbb{Z}_2`), compared up to isomorphism on
normalised text: two such groups are isomorphic exactly when they have the same free rank and
the same prime-power cyclic factors (`\mathbb{Z}_6` and `\mathbb{Z}_2 \times \mathbb{Z}_3`;
not `\mathbb{Z}_4` and `\mathbb{Z}_2 \times \mathbb{Z}_2`). The same holds for the rings
`\mathbb{Z}_n` and their products (the Chinese remainder theorem).

A plain `Z_6` or `C_6` may be a variable with an index, so a side counts only when one of the
two names a group unmistakably: a blackboard Z (`\mathbb{Z}`, `\Bbb Z`, `ℤ`) or a direct sum
(`\oplus`, `⊕`); `\otimes` (a tensor product, or a physicist's direct product) is not read.
"""

from __future__ import annotations

import re

Decision = tuple[bool | None, str]

_BB = r"(?:\\mathbb\{Z\}|\\mathbb Z|\\Bbb\{Z\}|\\Bbb Z|\\mathbf\{Z\}|ℤ)"
_N = r"\{?(\d{1,6})\}?"
_FACTORS = (
    (re.compile(rf"(?:{_BB}|Z|C)_{_N}"), 1),  # `\\mathbb{Z}_6`, `Z_6`, `C_6`
    (re.compile(rf"\\(?:mathbb|Bbb)\{{Z_{_N}\}}"), 1),  # `\\mathbb{Z_3}`
    (re.compile(rf"{_BB}/(?:\(|\\langle)?(\d{{1,6}})(?:\)|\\rangle)?(?:{_BB})?"), 1),
    (re.compile(rf"(\d{{1,6}}){_BB}/(\d{{1,6}}){_BB}"), 2),  # `2\\mathbb{Z}/6\\mathbb{Z}`
)
_SEPARATOR = re.compile(r"\\times|×|\\oplus|⊕")
_MARKED = re.compile(rf"{_BB}|\\oplus|⊕")


def _prime_powers(n: int) -> list[int]:
    out, p = [], 2
    while p * p <= n:
        if n % p == 0:
            q = 1
            while n % p == 0:
                n, q = n // p, q * p
            out.append(q)
        p += 1
    return [*out, n] if n > 1 else out


def _invariants(text: str) -> tuple[int, tuple[int, ...]] | None:
    """(free rank, sorted prime-power orders) of a product of cyclic groups, or None."""
    rank, powers = 0, []
    for factor in _SEPARATOR.split(text):
        if re.fullmatch(_BB, factor):
            rank += 1
            continue
        for pattern, kind in _FACTORS:
            if (m := pattern.fullmatch(factor)) is not None:
                if kind == 1:
                    order = int(m.group(1))
                else:
                    sub, whole = int(m.group(1)), int(m.group(2))
                    if sub == 0 or whole % sub:
                        return None
                    order = whole // sub  # `m\\mathbb{Z}/n\\mathbb{Z}`, m | n: cyclic of n/m
                if order < 1:
                    return None
                powers.extend(_prime_powers(order))
                break
        else:
            return None
    return rank, tuple(sorted(powers))


def same_group(pred: str, ref: str) -> Decision | None:
    """`isomorphic` / `not_isomorphic` for two products of cyclic groups (module docstring),
    else None."""
    if not any("Z" in s or "ℤ" in s for s in (pred, ref)):
        return None  # the cheap test first: this runs on every pair
    if not (_MARKED.search(pred) or _MARKED.search(ref)):
        return None
    a, b = _invariants(pred), _invariants(ref)
    if a is None or b is None:
        return None
    return (True, "isomorphic") if a == b else (False, "not_isomorphic")
