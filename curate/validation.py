"""Turn pydantic validation errors into `key.path: expected …, got …` lines."""

from __future__ import annotations

import difflib
from typing import Any

import annotated_types as at
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo


def _join(prefix: str, loc: tuple[Any, ...]) -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "<recipe>"


def _field(
    model: type[BaseModel] | None, loc: tuple[Any, ...]
) -> tuple[type[BaseModel] | None, FieldInfo | None]:
    """Walk `loc` through nested models; return the parent model and the field's info."""
    parent = model
    info: FieldInfo | None = None
    for part in loc:
        if parent is None or isinstance(part, int) or part not in parent.model_fields:
            if isinstance(part, int):
                continue
            return parent, None
        info = parent.model_fields[part]
        ann = info.annotation
        nested = None
        for cand in (ann, *getattr(ann, "__args__", ())):
            if isinstance(cand, type) and issubclass(cand, BaseModel):
                nested = cand
                break
        if part is not loc[-1]:
            parent = nested
    return parent, info


def _range(info: FieldInfo | None) -> str:
    if info is None:
        return ""
    lo: Any = None
    hi: Any = None
    lo_open = hi_open = False
    metas = list(info.metadata)
    ann = info.annotation
    for arg in getattr(ann, "__args__", ()):  # Optional[Annotated[...]]
        metas.extend(getattr(arg, "__metadata__", ()))
    for m in metas:
        if isinstance(m, at.Ge):
            lo = m.ge
        elif isinstance(m, at.Gt):
            lo, lo_open = m.gt, True
        elif isinstance(m, at.Le):
            hi = m.le
        elif isinstance(m, at.Lt):
            hi, hi_open = m.lt, True
        elif isinstance(m, at.Interval):
            if m.ge is not None:
                lo = m.ge
            if m.gt is not None:
                lo, lo_open = m.gt, True
            if m.le is not None:
                hi = m.le
            if m.lt is not None:
                hi, hi_open = m.lt, True
    if lo is not None and hi is not None:
        return f" in {'(' if lo_open else '['}{lo}, {hi}{')' if hi_open else ']'}"
    if lo is not None:
        return f" {'>' if lo_open else '≥'} {lo}"
    if hi is not None:
        return f" {'<' if hi_open else '≤'} {hi}"
    return ""


def _got(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def format_error(err: dict[str, Any], prefix: str, model: type[BaseModel] | None) -> str:
    loc = tuple(err.get("loc", ()))
    typ = err.get("type", "")
    value = err.get("input")
    path = _join(prefix, loc)
    parent, info = _field(model, loc)
    if typ == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        valid = sorted(parent.model_fields) if parent is not None else []
        close = difflib.get_close_matches(key, valid, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        listed = f"; valid keys: {', '.join(valid)}" if valid else ""
        return f"{path}: unknown key {key!r}{hint}{listed}"
    if typ == "missing":
        return f"{path}: required key is missing"
    if typ in (
        "float_parsing",
        "float_type",
        "int_parsing",
        "int_type",
        "int_from_float",
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "finite_number",
    ):
        what = (
            "an integer"
            if typ.startswith("int") or (info and info.annotation and "int" in str(info.annotation))
            else "a number"
        )
        return f"{path}: expected {what}{_range(info)}, got {_got(value)}"
    if typ == "literal_error":
        expected = (err.get("ctx") or {}).get("expected", "")
        return f"{path}: expected one of {expected}, got {_got(value)}"
    if typ in ("bool_parsing", "bool_type"):
        return f"{path}: expected true or false, got {_got(value)}"
    if typ in ("string_type",):
        return f"{path}: expected a string, got {_got(value)}"
    if typ == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern", "")
        return f"{path}: {_got(value)} does not match {pattern} (letters, digits, '_', '-', '.')"
    if typ in ("list_type",):
        return f"{path}: expected a list, got {_got(value)}"
    if typ in ("dict_type", "model_type", "model_attributes_type"):
        return f"{path}: expected a mapping, got {_got(value)}"
    if typ == "value_error":
        msg = str((err.get("ctx") or {}).get("error", err.get("msg", "")))
        return f"{path}: {msg}"
    return f"{path}: {err.get('msg', 'invalid')}, got {_got(value)}"


def format_errors(exc: ValidationError, prefix: str, model: type[BaseModel] | None) -> list[str]:
    seen: list[str] = []
    for err in exc.errors():
        line = format_error(dict(err), prefix, model)
        # unions report one error per branch; keep the first per path
        if not any(s.split(":")[0] == line.split(":")[0] for s in seen):
            seen.append(line)
    return seen
