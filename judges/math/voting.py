"""Voting keys: one spelling per exact number, so that equal answers group together."""

from __future__ import annotations

from curate.judges.math.guard import MAX_CHARS, exact_value
from curate.judges.math.normalise import normalise_answer


def answer_key(answer: str) -> str:
    """A grouping key for voting: equal keys are equal answers. Exact numbers collapse to one
    spelling (`0.5`, `\\frac12`, `1/2` -> `1/2`), anything else is its canonical string. Cheap and
    bounded (no CAS); unequal keys may still be equivalent expressions."""
    norm = normalise_answer(answer)
    if len(norm.text) <= MAX_CHARS:
        val = exact_value(norm.text)
        if val is not None:
            q = val.value  # "50\\%" and "50" share a key, like their canonical strings
            return f"{q.numerator}/{q.denominator}" if q.denominator != 1 else str(q.numerator)
    return norm.text
