r"""Residues: answers written modulo a number (`2 \pmod{7}`, `2^{100} \bmod 7`, `37 mod 7`,
`x \equiv -1 \pmod{7}`), compared as residues, on normalised text (no spaces).

- Two answers modulo the same number are equal when their residues are (`16 \pmod{7}` and
  `2 \pmod{7}`; `x \equiv -1 \pmod 7` and `x \equiv 6 \pmod 7`, the same variable on both sides).
- Against a plain integer, the residue must be that integer, which must lie in `0 .. n-1`
  (`189 mod 10` and `x \equiv 9 \pmod{10}` for 9, `2 \pmod 7` for 2); a reference outside that
  range, another modulus, a letter in the value, or a value that is no integer expression
  decides nothing here.

The value is read by a small integer grammar (digits, + - * \cdot \times ^, brackets and
braces, products of brackets), computed modulo n; exponents are computed exactly up to a
bound on their size, so `100^{100} \pmod 7` costs a few multiplications and `2^{9^{9^9}}` is
refused, not computed.
"""

from __future__ import annotations

import re

Decision = tuple[bool | None, str]

MODULUS = re.compile(r"(?:\\pmod\{?|\(mod|\\bmod|\\mod|mod)\(?(\d{1,12})[)}]?\)?$")
_CONGRUENT = re.compile(r"^([A-Za-z])(?:\\equiv|≡|==?)")  # before a modulus: `x = 68 (mod 105)`
_TOKEN = re.compile(r"\d+|\\cdot|\\times|[-+*×^(){}]")
_INTEGER = re.compile(r"-?\d{1,30}")
_MAX_EXPONENT_BITS = 64


class _Refused(Exception):
    """The text is no integer expression the grammar reads (or an exponent is too large)."""


class _Reader:
    """Recursive descent over the tokens: values modulo `modulus`, or exact when it is 0
    (exponents), bounded by `_MAX_EXPONENT_BITS`."""

    def __init__(self, tokens: list[str], modulus: int) -> None:
        self.tokens, self.pos, self.modulus = tokens, 0, modulus

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self) -> str:
        if self.pos >= len(self.tokens):
            raise _Refused
        self.pos += 1
        return self.tokens[self.pos - 1]

    def _reduce(self, value: int) -> int:
        if self.modulus:
            return value % self.modulus
        if value.bit_length() > _MAX_EXPONENT_BITS:
            raise _Refused
        return value

    def whole(self) -> int:
        value = self.sum()
        if self._peek() is not None:
            raise _Refused
        return value

    def sum(self) -> int:
        value = self.product()
        while self._peek() in ("+", "-"):
            sign = 1 if self._take() == "+" else -1
            value = self._reduce(value + sign * self.product())
        return value

    def product(self) -> int:
        value = self.unary()
        while (nxt := self._peek()) in ("*", "\\cdot", "\\times", "×", "(", "{"):
            if nxt not in ("(", "{"):
                self._take()
            value = self._reduce(value * self.unary())
        return value

    def unary(self) -> int:
        if self._peek() == "-":
            self._take()
            return self._reduce(-self.unary())
        if self._peek() == "+":
            self._take()
            return self.unary()
        return self.power()

    def power(self) -> int:
        base = self.atom()
        if self._peek() != "^":
            return base
        self._take()
        exponent = _Reader(self.tokens, 0)
        exponent.pos = self.pos
        e = exponent.unary()  # right-associative: `2^3^2` is 2^(3^2)
        self.pos = exponent.pos
        if e < 0:
            raise _Refused
        if self.modulus:
            return pow(base, e, self.modulus)
        if e.bit_length() > 8 or (base.bit_length() * e) > _MAX_EXPONENT_BITS:
            raise _Refused
        return int(base**e)

    def atom(self) -> int:
        tok = self._take()
        if tok.isdigit():
            return self._reduce(int(tok))
        if tok in ("(", "{"):
            value = self.sum()
            if self._take() != (")" if tok == "(" else "}"):
                raise _Refused
            return value
        raise _Refused


def residue(text: str, modulus: int) -> int | None:
    tokens = _TOKEN.findall(text)
    if not tokens or "".join(tokens) != text:
        return None  # a letter or another sign: no integer expression
    try:
        return _Reader(tokens, modulus).whole()
    except (_Refused, RecursionError):
        return None


def _split(text: str) -> tuple[str | None, str, int] | None:
    """(variable of a congruence or None, value text, modulus) of an answer modulo a number."""
    m = MODULUS.search(text)
    if m is None or int(m.group(1)) < 2 or m.start() == 0:
        return None
    value, variable = text[: m.start()], None
    if (c := _CONGRUENT.match(value)) is not None:
        variable, value = c.group(1), value[c.end() :]
    return variable, value, int(m.group(1))


# an integer family `a + m k` (`60+99k`, `-39+k\\cdot(99)`, `3n+2`, `x=99k-39`): the residue
# class of a modulo m, the parameter a letter from i to n or q to t (`105q + 68`: a quotient)
_STEP = r"(?:(\d{1,12})(?:\\cdot|\*)?\s*([i-nq-t])|([i-nq-t])\s*(?:\\cdot|\*)?\(?(\d{1,12})\)?)"
_FAMILY = re.compile(rf"(?:([A-Za-z])=)?(?:(-?\d{{1,12}})\+{_STEP}|{_STEP}([-+]\d{{1,12}}))")
_FAMILY_MINUS = re.compile(rf"(?:([A-Za-z])=)?(-?\d{{1,12}})-{_STEP}")


def family(text: str) -> tuple[str | None, str, int] | None:
    """(variable or None, start, step) of an integer family, as `_split` gives a congruence."""
    m = _FAMILY.fullmatch(text) or _FAMILY_MINUS.fullmatch(text)
    if m is None:
        return None
    groups = [g for g in m.groups()[1:] if g is not None]
    numbers = [g for g in groups if not g.isalpha()]
    start = numbers[0] if m.group(2) is not None else numbers[-1]
    step = numbers[1] if m.group(2) is not None else numbers[0]
    return m.group(1), start.lstrip("+"), int(step)


def _as_congruence(
    fam: tuple[str | None, str, int], congruence: tuple[str | None, str, int]
) -> tuple[str | None, str, int] | None:
    """An integer family as the other side's congruence reads (same modulus and variable)."""
    if fam[2] != congruence[2] or fam[0] not in (None, congruence[0]):
        return None
    return congruence[0], fam[1], fam[2]


PARAMETER = re.compile(r"(?<![A-Za-z\\])[i-nq-t](?![A-Za-z])")
"""A lone letter from i to n or q to t: the name of an integer family's parameter."""


def _parameter(text: str) -> str:
    """The letter of an integer family's parameter (`n` in `x = 5 + 6n`)."""
    found = PARAMETER.findall(text.rpartition("=")[2])
    return found[-1] if found else ""


def both_families(pred: str, ref: str) -> bool:
    """Whether both answers are integer families (`x = 5 + 6n`, `6k + 5`)."""
    return "=" in pred + ref and family(pred) is not None and family(ref) is not None


def same_residue(pred: str, ref: str) -> Decision | None:
    """`equal_residue` / `different_residue` for answers modulo a number (see the module
    docstring), or None when the rule decides nothing; an integer family against a congruence
    is its residue class (`x = 60 + 99k` for `x \\equiv -39 \\pmod{99}`, same modulus), either way
    round; two families of one variable are one class when only their parameter's name and a
    whole number of steps set them apart (`x = 5 + 6n` for `x = 6k + 5`)."""
    sp, sr = _split(pred), _split(ref)
    if sr is not None and sp is None and (fam := family(pred)) is not None:
        sp = _as_congruence(fam, sr)
    elif sp is not None and sr is None and (fam := family(ref)) is not None:
        sr = _as_congruence(fam, sp)  # `x \\equiv 5 \\pmod 6` for `x = 6k + 5`
    elif sp is None and sr is None and (fp := family(pred)) and (fr := family(ref)):
        names = _parameter(pred), _parameter(ref)
        if fp[0] != fr[0] or fp[2] != fr[2] or names[0] == names[1] or {"i", "j"} & set(names):
            return None  # `3t` for `6t`, `3n + 2` for `3n + 5`: maybe formulas in n; `3 + 2i`
        if residue(fp[1], fp[2]) != residue(fr[1], fr[2]):
            return None
        return True, "equal_residue"  # `x = 5 + 6n` for `x = 6k + 5`: one class, renamed
    if sp is None and sr is None:
        return None
    if sp is not None and sr is not None:
        if sp[0] != sr[0] or sp[2] != sr[2]:
            return None
        a, b = residue(sp[1], sp[2]), residue(sr[1], sr[2])
    else:
        mod_side, plain = (sp, ref) if sp is not None else (sr, pred)
        assert mod_side is not None
        if not _INTEGER.fullmatch(plain):
            return None
        if not 0 <= int(plain) < mod_side[2]:
            return None
        a, b = residue(mod_side[1], mod_side[2]), int(plain)
    if a is None or b is None:
        return None
    return (True, "equal_residue") if a == b else (False, "different_residue")
