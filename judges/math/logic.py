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
    r"|[∩∪∧∨→↔⇒⇔¬~∅&非])"
)
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
        if t in _NOT:
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


def _formula(s: str) -> tuple[str, Any] | None:
    tokens = _tokens(s)
    if not tokens or len(tokens) > 200:
        return None
    kind = _kind(tokens)
    if kind is None:
        return None
    ops = _SET_OPS if kind == "sets" else _LOGIC_OPS
    parser = _Parser(tokens, ops)
    try:
        e = parser.binary(0)
    except (ValueError, IndexError):
        return None
    if parser.pos != len(tokens) or len(e.free_symbols) > _MAX_NAMES:
        return None
    return kind, e


def formulas_equal(pred: str, ref: str) -> tuple[bool, str] | None:
    """(same, reason) when both answers are set-algebra or propositional formulas of one kind;
    None otherwise."""
    a, b = _formula(pred), _formula(ref)
    if a is None or b is None:
        return None
    if a[0] != b[0]:
        return False, "different_structure"
    same = satisfiable(sympy.Not(Equivalent(a[1], b[1]))) is False
    return same, "equivalent" if same else "not_equivalent"
