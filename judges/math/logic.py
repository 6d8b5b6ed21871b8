"""Set algebra and propositional formulas compared by truth tables (used by `symbolic`, in the
worker): `A \\cap B` is `B \\cap A`, `\\overline{A \\cup B}` is `\\overline{A} \\cap \\overline{B}`
(De Morgan), `\\neg Q \\to \\neg P` is `P \\to Q`.

An answer of this kind is made only of names (one letter, perhaps with an index: `A`, `p`, `A_1`),
brackets and the signs of one kind: sets (`\\cap`, `\\cup`, `\\setminus`, a complement written
`\\overline{...}`, `^c`, `^{c}` or `'`, the empty set) or logic (`\\neg`, `\\land`, `\\lor`, `\\to`,
`\\leftrightarrow` and their other spellings). Each name is a proposition (for sets: membership of
a point), so two answers are equal when their formulas agree under every assignment. At most 8
names; anything else (numbers, other commands, both kinds mixed) is left to the other rules.

Binding, tightest first: complement or negation, intersection or "and", union, difference or
"or", implication (to the right), equivalence.
"""

from __future__ import annotations

import re
from typing import Any

import sympy
from curate.judges.math.noncommuting import matrix_products
from sympy.logic.boolalg import Equivalent, Implies
from sympy.logic.inference import satisfiable

_SET_OPS = {"\\cap": "and", "∩": "and", "\\cup": "or", "∪": "or", "\\setminus": "minus"}
_LOGIC_OPS = {
    "\\land": "and", "\\wedge": "and", "∧": "and", "&": "and",
    "\\lor": "or", "\\vee": "or", "∨": "or",
    "\\to": "imp", "\\rightarrow": "imp", "\\Rightarrow": "imp", "\\implies": "imp",
    "->": "imp", "→": "imp", "⇒": "imp",
    "\\leftrightarrow": "iff", "\\Leftrightarrow": "iff", "\\iff": "iff", "<->": "iff",
    "↔": "iff", "⇔": "iff",
}  # fmt: skip
_NOT = ("\\neg", "\\lnot", "¬", "~", "非")
_EMPTY = ("\\emptyset", "\\varnothing", "\\{\\}", "∅")
_TOKEN = re.compile(
    r"\s*(\\overline\{|\\[A-Za-z]+|\\\{\\\}|->|<->|\^\{c\}|\^c|[A-Za-z](?:_\{?\d{1,2}\}?)?|[()'{}]"
    r"|[∩∪∧∨→↔⇒⇔¬~∅&非+*·!])"
)
# switching algebra (`(A'+B)(A+C)`, `xy + !x*z`): `+` is "or", a product "and", `'` or `!` "not"
_SWITCHING_OPS = {"+": "or", "*": "and", "·": "and", "\\cdot": "and"}
_SWITCHING = frozenset((*_SWITCHING_OPS, "'", "!", "(", ")"))
_BEFORE_PRODUCT = re.compile(r"[A-Za-z]|[)']")  # a factor ends: `x`, `)`, `x'`
_AFTER_PRODUCT = re.compile(r"[A-Za-z]|[(!]")  # a factor starts
_LEVELS = ("iff", "imp", "or", "and")  # loosest first
_MAX_NAMES = 8


def _tokens(s: str) -> list[str] | None:
    out: list[str] = []
    pos = 0
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None:
            return None if s[pos:].strip() else out
        out.append(m.group(1))
        pos = m.end()
    return out


def _switching(tokens: list[str], plain: bool = False) -> list[str] | None:
    """The tokens of a formula of switching algebra with its products written out (`xy'` ->
    x * y '), when every token is a one-letter name or a sign of it and some sign is there (or,
    when `plain`, a product of names alone: `xyz`); else None."""
    if not (plain or any(t in _SWITCHING for t in tokens)) or not all(
        t in _SWITCHING or re.fullmatch(r"[A-Za-z]", t) for t in tokens
    ):
        return None
    out = tokens[:1]
    for t in tokens[1:]:
        if _BEFORE_PRODUCT.fullmatch(out[-1]) and _AFTER_PRODUCT.fullmatch(t):
            out.append("*")
        out.append(t)
    return out


def _kind(tokens: list[str]) -> str | None:
    """ "sets", "logic" or None (no operator, an unknown command, or both kinds)."""
    sets = any(t in _SET_OPS or t in ("\\overline{", "^c", "^{c}", "'") for t in tokens)
    logic = any(t in _LOGIC_OPS or t in _NOT for t in tokens)
    unknown = any(
        t.startswith("\\")
        and t not in _SET_OPS
        and t not in _LOGIC_OPS
        and t not in _NOT
        and t not in _EMPTY
        and t != "\\overline{"
        for t in tokens
    )
    if unknown or sets == logic:
        return None
    return "sets" if sets else "logic"


class _Parser:
    """Recursive descent over the tokens of one kind (`ops` maps a sign to its level)."""

    def __init__(self, tokens: list[str], ops: dict[str, str]) -> None:
        self.tokens, self.ops, self.pos = tokens, ops, 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        self.pos += 1
        return self.tokens[self.pos - 1]

    def binary(self, level: int) -> Any:
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while (t := self.peek()) is not None and self.ops.get(t) in _level_ops(level):
            op = self.ops[self.take()]
            right = self.binary(level if op == "imp" else level + 1)
            left = _combine(op, left, right)
            if op == "imp":
                break  # to the right: `p \\to q \\to r` is p -> (q -> r)
        return left

    def unary(self) -> Any:
        t = self.take() if self.peek() is not None else None
        if t in _NOT or (t == "!" and self.ops is _SWITCHING_OPS):
            value = sympy.Not(self.unary())
        elif t == "\\overline{":
            value = sympy.Not(self.group("}"))
        elif t in ("(", "{"):
            value = self.group(")" if t == "(" else "}")
        elif t in _EMPTY:
            value = sympy.false
        elif t is not None and re.fullmatch(r"[A-Za-z](?:_\{?\d{1,2}\}?)?", t):
            value = sympy.Symbol(t.replace("{", "").replace("}", ""))
        else:
            raise ValueError(f"unexpected {t!r}")
        while self.peek() in ("^c", "^{c}", "'"):
            self.take()
            value = sympy.Not(value)
        return value

    def group(self, close: str) -> Any:
        inner = self.binary(0)
        if self.peek() != close:
            raise ValueError("unbalanced")
        self.take()
        return inner


def _level_ops(level: int) -> tuple[str, ...]:
    return ("or", "minus") if _LEVELS[level] == "or" else (_LEVELS[level],)


def _combine(op: str, a: Any, b: Any) -> Any:
    if op == "and":
        return sympy.And(a, b)
    if op == "or":
        return sympy.Or(a, b)
    if op == "minus":
        return sympy.And(a, sympy.Not(b))
    return Implies(a, b) if op == "imp" else Equivalent(a, b)


def _formula(s: str, plain: bool = False) -> tuple[str, Any] | None:
    tokens = _tokens(s)
    if not tokens or len(tokens) > 200:
        return None
    switching = _switching(tokens, plain)
    kind = "switching" if switching is not None else _kind(tokens)
    if kind is None:
        return None
    if switching is not None:
        tokens = switching
    ops = {"sets": _SET_OPS, "logic": _LOGIC_OPS, "switching": _SWITCHING_OPS}[kind]
    parser = _Parser(tokens, ops)
    try:
        e = parser.binary(0)
    except (ValueError, IndexError):
        return None
    if parser.pos != len(tokens) or len(e.free_symbols) > _MAX_NAMES:
        return None
    return kind, e


def formulas_equal(pred: str, ref: str) -> tuple[bool | None, str] | None:
    """(same, reason) when both answers are set-algebra or propositional formulas of one kind,
    or products of matrices (`noncommuting`); None otherwise."""
    if (matrices := matrix_products(pred, ref)) is not None:
        return matrices  # `A^{-1}B^{-1}` is not `B^{-1}A^{-1}`: matrices do not commute
    a, b = _formula(pred), _formula(ref)
    known = a or b
    if (a is None or b is None) and known is not None and known[0] == "switching":
        a, b = a or _formula(pred, plain=True), b or _formula(ref, plain=True)  # `xyz`
    if a is None or b is None:
        return None
    if a[0] == b[0] == "switching" and not _switching_pair(pred, ref, a[1], b[1]):
        return None  # `xy + z`, `E'`, `f'(x)`: ordinary algebra, a name, a derivative
    if a[0] != b[0]:
        return False, "different_structure"
    same = satisfiable(sympy.Not(Equivalent(a[1], b[1]))) is False
    return same, "equivalent" if same else "not_equivalent"


_CALL = re.compile(r"[A-Za-z]'*\s*\(")  # `f'(x)`: a derivative, no product


def _switching_pair(pred: str, ref: str, a: Any, b: Any) -> bool:
    """Two formulas read as switching algebra: a complement (`x'`, `!x`) in one, two names or
    more between them, and no call of a function (`f''(x)` against `f'(x)`)."""
    both = pred + ref
    return (
        ("'" in both or "!" in both)
        and len(a.free_symbols | b.free_symbols) >= 2
        and _CALL.search(both) is None
    )
