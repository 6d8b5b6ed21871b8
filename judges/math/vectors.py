r"""Vectors written with the unit vectors i, j and k, read as their components.

`2i - 3j + k`, `\hat{i} + 5\hat{j} - 3\hat{k}`, `2\cdot i - 1\cdot j` and `i(-2) - j(13) + k(8)`
are the vectors `(2,-3,1)`, `(1,5,-3)`, `(2,-1)` and `(-2,-13,8)`: read so when the other side
is a list of components (a tuple, a bracket or an angle-bracket vector such as `<1, 1, -1>`) or
such a sum too (`i(-2) - j(13) + k(8)` against `-2i - 13j + 8k`). Against any other
expression of unit vectors (`-(i+5j-7k)` for `-i-5j+7k`) both stay expressions, which the
symbolic comparison expands; `8i + 0j` against `8i` stays a sum too.

Only a whole answer that is such a sum is read: every term one unit vector times a coefficient
free of letters (numbers, fractions, roots, pi), each unit vector at most once, at least two of
them (a lone `3i` is an imaginary number; `3 + 4i` has a term without a unit vector and stays
complex). With k the vector has three components, else two; a missing one is 0.
"""

from __future__ import annotations

import re
from dataclasses import replace

from curate.judges.math.normalise import Normalised

_UNITS = {"i": 0, "j": 1, "k": 2}
_BRACED_UNIT = re.compile(r"\{([ijk])\}")  # `\hat{i}` once the hat is dropped
_DROP = re.compile(r"\s+|\\left|\\right")
_TIMES_UNIT = re.compile(r"(?:\\cdot|\*)(?=[ijk](?![A-Za-z]))")  # `2\cdot i`, not `0\cdot 3`
_TEX_NUMBERS = re.compile(r"\\(?:dfrac|tfrac|frac|sqrt|pi|cdot|times)(?![A-Za-z])")
_SIGNED = re.compile(r"-?[\d.]+")


def _terms(s: str) -> list[tuple[str, str]] | None:
    """(sign, body) of each top-level term of a sum; None when brackets do not balance."""
    terms: list[tuple[str, str]] = []
    depth, start, sign = 0, 0, "+"
    if s[:1] in "+-":
        sign, start = s[0], 1
    for pos in range(start, len(s)):
        ch = s[pos]
        depth += (ch in "({[") - (ch in ")}]")
        if depth < 0:
            return None
        if depth == 0 and ch in "+-" and pos > start and s[pos - 1] not in "^_({[":
            terms.append((sign, s[start:pos]))
            sign, start = ch, pos + 1
    terms.append((sign, s[start:]))
    return None if depth else terms


def _coefficient(text: str) -> str | None:
    """A coefficient free of letters (`2`, `\\frac{1}{2}`, `(-2)`, `\\sqrt{3}`), "1" when empty,
    or None."""
    if not text:
        return "1"
    if re.search(r"[A-Za-z\\]", _TEX_NUMBERS.sub("", text)):
        return None
    if text.startswith("(") and text.endswith(")") and _SIGNED.fullmatch(text[1:-1]):
        return text[1:-1]  # `i(-2)`: the coefficient in brackets after the unit vector
    return text


def _signed(sign: str, coefficient: str) -> str:
    if sign == "+":
        return coefficient
    if _SIGNED.fullmatch(coefficient):
        return coefficient[1:] if coefficient.startswith("-") else f"-{coefficient}"
    return f"-({coefficient})"


def unit_vectors(text: str) -> str | None:
    """`(a,b,c)` for a sum of multiples of i, j and k (see the module docstring), else None."""
    s = _BRACED_UNIT.sub(r"\1", text.replace("\\imath", "i").replace("\\jmath", "j"))
    terms = _terms(_TIMES_UNIT.sub("", _DROP.sub("", s)))
    if terms is None or not 2 <= len(terms) <= 3:
        return None
    parts: dict[int, str] = {}
    for sign, body in terms:
        if body[-1:] in _UNITS:
            unit, coefficient = body[-1], _coefficient(body[:-1])
        elif body[:1] in _UNITS and body[1:2] == "(":
            unit, coefficient = body[0], _coefficient(body[1:])
        else:
            return None
        if coefficient is None or _UNITS[unit] in parts:
            return None
        parts[_UNITS[unit]] = _signed(sign, coefficient)
    size = 3 if 2 in parts else 2
    return "(" + ",".join(parts.get(n, "0") for n in range(size)) + ")"


def _is_list(text: str) -> bool:
    return "," in text and text[:1] in "([" and text[-1:] in ")]"


# a number times a tuple, or a tuple over a number: `\\frac{1}{\\sqrt{14}}(2,1,-3)`, `(3,-4)/5`
_TIMES_TUPLE = re.compile(r"([^(),=]+?)\s*(?:\\cdot|\\times|\*)?\s*\(([^()]+,[^()]+)\)")
_TUPLE_OVER = re.compile(r"\(([^()]+,[^()]+)\)\s*/\s*([^(),=]+)")


def _number_only(factor: str) -> bool:
    """A factor of digits, operators and TeX commands only (`\\frac{1}{\\sqrt{14}}`), no letter."""
    bare = re.sub(r"\\[a-zA-Z]+", " ", factor)
    return bool(re.search(r"\d", bare)) and not re.search(r"[A-Za-z]", bare)


def scaled_tuple(text: str) -> str | None:
    """`\\frac{1}{5}(3,-4)` -> `((\\frac{1}{5})\\cdot(3),(\\frac{1}{5})\\cdot(-4))`, `(3,-4)/5` the
    same: each component scaled; None when the text is no such product."""
    if (m := _TIMES_TUPLE.fullmatch(text)) is not None and _number_only(m[1]):
        return "(" + ",".join(f"({m[1]})\\cdot({c})" for c in m[2].split(",")) + ")"
    if (m := _TUPLE_OVER.fullmatch(text)) is not None and _number_only(m[2]):
        return "(" + ",".join(f"({c})/({m[2]})" for c in m[1].split(",")) + ")"
    return None


# a term of a sum of tuples: the tuple with a factor before it (`t\\cdot(1,2)`, `x_1(4;10;1)`)
# or after it (`(-3,1,1)\\cdot t`); a factor is a number or a parameter (a lower-case letter
# other than a function's f, g, h, with an index, or a Greek letter), never a count's `c(10,3)`,
# `C(5,2)` or `p(5,2)`
_FACTOR = r"(?:\d+(?:\.\d+)?)?(?:[abdeik-oq-z](?:_?\{?\d\}?)?|\\(?:lambda|mu|alpha|beta|sigma|tau))"
_TIMES = r"\s*(?:\\cdot|\\times|\*)?\s*"
_TUPLE_TERM = re.compile(
    rf"(?:(?P<before>{_FACTOR}){_TIMES})?\((?P<items>[^()]+)\)(?:{_TIMES}(?P<after>{_FACTOR}))?"
)


def _items(inside: str) -> list[str] | None:
    """The components of a tuple's inside, separated by commas or (none of them) by semicolons."""
    sep = "," if "," in inside else ";"
    items = [c.strip() for c in inside.split(sep)]
    return items if len(items) >= 2 and all(items) else None


def tuple_combination(text: str) -> str | None:
    """`(-4,2,0) + t(-3,1,1)` -> `((-4)+(t)\\cdot(-3),...)`, `t\\cdot(1/4;1/2;1)` -> `((t)\\cdot(1/4),
    ...)`: a sum of tuples, each times a number or a parameter, as one tuple of components;
    None when the text is one plain tuple or no such sum."""
    terms = _terms(text.replace(" ", ""))
    if terms is None:
        return None
    columns: list[list[str]] = []
    scaled = False
    for sign, body in terms:
        m = _TUPLE_TERM.fullmatch(body)
        items = _items(m["items"]) if m is not None else None
        if m is None or items is None or (columns and len(items) != len(columns)):
            return None
        factor = "".join(f"({f})\\cdot " for f in (m["before"], m["after"]) if f)
        scaled = scaled or bool(factor)
        columns = columns or [[] for _ in items]
        for column, item in zip(columns, items, strict=True):
            column.append(f"{sign}{factor}({item})")
    if len(terms) == 1 and not scaled:
        return None
    return "(" + ",".join("".join(column).lstrip("+") for column in columns) + ")"


_LETTER = re.compile(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])")


def _one_parameter(mine: str, theirs: str) -> str:
    """`mine` with its one parameter named as the other side's (`(-4-3s,2+s,s)` against
    `(-4,2,0)+t(-3,1,1)`: s is t), when each side has one letter; else `mine` unchanged."""
    a, b = set(_LETTER.findall(mine)), set(_LETTER.findall(theirs))
    if len(a) != 1 or len(b) != 1 or a == b:
        return mine
    return _LETTER.sub(lambda _: b.copy().pop(), mine)


def _semicolons(text: str) -> str:
    """`(t/4;(t-1)/2;t)` -> `(t/4,(t-1)/2,t)`: a tuple whose components semicolons separate
    (no comma at its top level)."""
    if text[:1] != "(" or text[-1:] != ")":
        return text
    out, depth = [], 0
    for ch in text[1:-1]:
        depth += (ch in "([{") - (ch in ")]}")
        if depth < 0 or (depth == 0 and ch == ","):
            return text
        out.append("," if depth == 0 and ch == ";" else ch)
    return f"({''.join(out)})" if depth == 0 else text


def as_components(pred: Normalised, ref: Normalised) -> tuple[Normalised, Normalised]:
    """The answer and the reference with a sum of unit vectors read as its components, when
    the other side is a list of components or such a sum too, a sum of tuples times numbers or
    parameters as one tuple against a tuple (`tuple_combination`), and a number times a tuple
    read as the tuple scaled against a list; else both unchanged."""
    if "(" in pred.text and "(" in ref.text:
        mine, theirs = tuple_combination(pred.text), tuple_combination(ref.text)
        if (mine is None) != (theirs is None):  # `t(1;2)` against `(t;2t)` or `(t,2t)`; two
            # sums stay (`lines.same_line`: one line through another point)
            mine, theirs = mine or _semicolons(pred.text), theirs or _semicolons(ref.text)
            if _is_list(mine) and _is_list(theirs):  # else a qualifier or a call: as written
                pred = replace(pred, text=_one_parameter(mine, theirs))
                ref = replace(ref, text=theirs)
    if "," in pred.text and _is_list(ref.text) and (scaled := scaled_tuple(pred.text)):
        pred = replace(pred, text=scaled)
    if "," in ref.text and _is_list(pred.text) and (scaled := scaled_tuple(ref.text)):
        ref = replace(ref, text=scaled)
    if not any(u in pred.text or u in ref.text for u in "jk"):
        return pred, ref
    mine, theirs = unit_vectors(pred.text), unit_vectors(ref.text)
    if mine is not None and (theirs is not None or _is_list(ref.text)):
        pred = replace(pred, text=mine)
    if theirs is not None and (mine is not None or _is_list(pred.text)):
        ref = replace(ref, text=theirs)
    return pred, ref
