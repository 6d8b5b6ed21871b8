r"""Unions of residue classes: answers that name every integer of some classes modulo a number
(`n \equiv 1, 4 \pmod 7`, `7k+1 or 7k+4`, `p \equiv \pm 1 \bmod 12`, `12k \pm 1`,
`p \equiv \{1, 4\} \pmod 5`, `3n + 2 \equiv 0 \pmod 4`), compared as sets of residues modulo the
least common multiple of both sides' moduli, on normalised text (no spaces; `or` and `and` are
commas by then).

- One side is a list of items, each a congruence (`p \equiv 7 \pmod{12}`, a value list or `\pm`
  on its right, a linear expression in the variable on its left) or an integer family
  (`7m - 6`, `n = 6r + 3`, `12k \pm 1`); or one congruence whose right side lists the residues.
- Every item of one side has the same modulus: a list of congruences to different moduli is
  a system as often as a union (`n \equiv 0 \pmod 2`, `n \equiv 2 \pmod 3`), so it decides
  nothing here. With one modulus, different residues can only be a union (as a system they
  would have no solution).
- The variable, where both sides name one, is the same; families alone on both sides are
  compared only when one side lists several (`3n + 2` alone may be a formula in n).
- A modulus above `_MAX_MODULUS` (or a linear congruence's above `_MAX_LINEAR`) decides nothing.
"""

from __future__ import annotations

import math
import re

from curate.judges.math.modular import (
    MODULUS,
    PARAMETER,
    both_families,
    family,
    residue,
    same_residue,
)

Decision = tuple[bool | None, str]
# variable, modulus, residues, and for a side of families only: their items and parameters
Classes = tuple[str | None, int, frozenset[int], tuple[int, frozenset[str]] | None]

_MAX_MODULUS = 10_000
_MAX_LINEAR = 1_000
_RELATION = re.compile(r"\\equiv|≡|==?")
_PLUS_MINUS = re.compile(r"\\pm|±")
_LETTER = re.compile(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])")
_BRACES = (("\\{", "\\}"), ("{", "}"))


def _top_split(text: str) -> list[str]:
    """Items at the top level of commas (not inside brackets or braces)."""
    items, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(text[start:k])
            start = k + 1
    items.append(text[start:])
    return items


def _values(text: str, modulus: int) -> frozenset[int] | None:
    """Residues of a value list (`1,4`, `\\{1,4\\}`, `\\pm1`, `-1`)."""
    for left, right in _BRACES:
        if text.startswith(left) and text.endswith(right):
            text = text[len(left) : -len(right)]
            break
    out: set[int] = set()
    for part in text.split(","):
        pm = _PLUS_MINUS.match(part)
        value = residue(part[pm.end() :] if pm else part, modulus)
        if value is None:
            return None
        out.update({value, -value % modulus} if pm else {value})
    return frozenset(out)


def _linear(lhs: str, value: str, modulus: int) -> tuple[str, frozenset[int]] | None:
    """(variable, residues) of `a n + b \\equiv c`: the n modulo `modulus` that satisfy it."""
    letters = set(_LETTER.findall(lhs))
    target = residue(value, modulus)
    if len(letters) != 1 or target is None or modulus > _MAX_LINEAR:
        return None
    (name,) = letters
    found: set[int] = set()
    for n in range(modulus):
        got = residue(_LETTER.sub(f"({n})", lhs), modulus)
        if got is None:
            return None
        if got == target:
            found.add(n)
    return name, frozenset(found)


def _congruence(text: str) -> tuple[str | None, int, frozenset[int]] | None:
    m = MODULUS.search(text)
    if m is None or m.start() == 0:
        return None
    modulus, head = int(m.group(1)), text[: m.start()]
    if not 2 <= modulus <= _MAX_MODULUS:
        return None
    rel = _RELATION.search(head)
    if rel is None:
        values = _values(head, modulus)
        return None if values is None else (None, modulus, values)
    lhs, value = head[: rel.start()], head[rel.end() :]
    if re.fullmatch(r"[A-Za-z]", lhs):
        values = _values(value, modulus)
        return None if values is None else (lhs, modulus, values)
    solved = _linear(lhs, value, modulus)
    return None if solved is None else (solved[0], modulus, solved[1])


def _families(text: str) -> list[tuple[str | None, int, frozenset[int]]] | None:
    """`12k\\pm1` as two families, else one (`n=6r+3`), as (variable, step, {residue})."""
    pm = _PLUS_MINUS.search(text)
    texts = [text[: pm.start()] + s + text[pm.end() :] for s in "+-"] if pm else [text]
    out = []
    for one in texts:
        fam = family(one)
        if fam is None or not 2 <= fam[2] <= _MAX_MODULUS:
            return None
        start = residue(fam[1], fam[2])
        if start is None:
            return None
        out.append((fam[0], fam[2], frozenset({start})))
    return out


def _classes(text: str) -> Classes | None:
    whole = _congruence(text)
    if whole is not None:
        return whole[0], whole[1], whole[2], None
    items: list[tuple[str | None, int, frozenset[int]]] = []
    only_families = True
    for part in _top_split(text):
        got = _congruence(part)
        if got is not None:
            only_families = False
            items.append(got)
            continue
        fams = _families(part)
        if fams is None:
            return None
        items.extend(fams)
    names = {i[0] for i in items} - {None}
    moduli = {i[1] for i in items}
    if len(names) > 1 or len(moduli) != 1:
        return None  # two variables; or several moduli: a system as often as a union
    residues = frozenset().union(*(i[2] for i in items))
    params = frozenset(PARAMETER.findall(text)) - names
    shape = (len(items), params) if only_families else None
    return (names.pop() if names else None), moduli.pop(), residues, shape


def _spread(residues: frozenset[int], modulus: int, to: int) -> frozenset[int]:
    return frozenset(r + k * modulus for r in residues for k in range(to // modulus))


def same_classes(pred: str, ref: str) -> Decision | None:
    """`equal_residue_classes` / `different_residue_classes` when both answers are unions of
    residue classes (module docstring), else None."""
    a, b = _classes(pred), _classes(ref)
    if a is None or b is None or (a[0] and b[0] and a[0] != b[0]):
        return None
    if a[3] and b[3]:  # families on both sides: `3n + 2` alone may be a formula in n
        if a[3][0] < 2 and b[3][0] < 2:
            return None  # one family each: modular.same_residue's rule
        if not (a[0] or b[0]) and a[3][1] & b[3][1]:
            return None  # `3n+5, 3n+1` for `3n+2, 3n+1`: two formulas in n, or two classes?
    modulus = math.lcm(a[1], b[1])
    if modulus > _MAX_MODULUS:
        return None
    if _spread(a[2], a[1], modulus) == _spread(b[2], b[1], modulus):
        return True, "equal_residue_classes"
    return False, "different_residue_classes"


_FAMILY_HINT = re.compile(
    r"\d(?:\\cdot|\*)?[i-nq-t](?![A-Za-z])|(?<![A-Za-z\\])[i-nq-t](?:\\cdot|\*)?\(?\d"
)


def residue_decision(pred: str, ref: str, degrees: bool = False) -> Decision | None:
    """Answers modulo a number (`modular.same_residue`), then unions of residue classes."""
    modular = "mod" in pred or "mod" in ref
    if (modular or both_families(pred, ref)) and (got := same_residue(pred, ref)) is not None:
        return got
    if degrees:
        return None  # `30° + 360°k`: a family of angles, for the CAS with its degree marks
    if modular or (_FAMILY_HINT.search(pred) and _FAMILY_HINT.search(ref)):
        return same_classes(pred, ref)
    return None
