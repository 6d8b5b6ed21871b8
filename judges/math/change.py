"""A percent change said with its direction (`28% decrease`, `40% (decrease)`, `a 5% rise`)
against one written with a sign (`-28%`) or as a bare size (`28%`, when the question's words give
the direction). A change with a direction word reads as signed when the other side is signed or
names a direction too, else as its size; either side may hold the words."""

from __future__ import annotations

import re

_DOWN = frozenset(("decrease", "decline", "drop", "fall", "loss", "reduction", "depreciation"))
_UP = frozenset(("increase", "rise", "gain", "growth", "appreciation"))
_CHANGE = re.compile(
    r"\s*(?:an?\s+)?(\d+(?:\.\d+)?)\s*(\\?%|\s*percent)\s*\(?\s*([A-Za-z]+)\s*\)?\s*\.?\s*", re.I
)
_SIGNED = re.compile(r"\s*[-+−]\s*\d+(?:\.\d+)?\s*(?:\\?%|\s*percent)\s*")


def _changed(text: str) -> tuple[str, bool] | None:
    """(size, down) of a change with a direction word, or None."""
    m = _CHANGE.fullmatch(text)
    if m is None or m[3].lower() not in _DOWN | _UP:
        return None
    return m[1], m[3].lower() in _DOWN


def as_changes(pred: str, reference: str) -> tuple[str, str | None]:
    """`pred` as a signed or bare percentage, and the reference's new text (or None when it is
    unchanged): see the module docstring."""
    mine, theirs = _changed(pred), _changed(reference)
    if mine is None and theirs is None:
        return pred, None

    def text(found: tuple[str, bool], signed: bool) -> str:
        return f"{'-' if signed and found[1] else ''}{found[0]}%"

    if mine is not None and theirs is not None:
        return text(mine, True), text(theirs, True)
    if mine is not None:
        return text(mine, _SIGNED.fullmatch(reference) is not None), None
    assert theirs is not None
    return pred, text(theirs, _SIGNED.fullmatch(pred) is not None)
