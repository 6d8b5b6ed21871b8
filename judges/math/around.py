"""What the words around an answer's values decide before its values are compared: a unit
after a number (`UNIT_HINT`, `REF_UNIT_HINT`) and the conversion to the reference's unit
(`with_units`), directions, dates, permutations, two currencies, percentage points and a scale word the
question asks for (`worded`)."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from curate.judges.math.asked import asks_scale
from curate.judges.math.bearings import same_bearing
from curate.judges.math.clock import times_of_day
from curate.judges.math.currency import currencies
from curate.judges.math.cycles import same_permutation
from curate.judges.math.dates import same_date
from curate.judges.math.fast import Decision
from curate.judges.math.guard import guard
from curate.judges.math.magnitudes import MAGNITUDE_WORDS
from curate.judges.math.normalise import Normalised, normalise_answer
from curate.judges.math.points import points_unclear
from curate.judges.math.quantity import convert_units
from curate.judges.math.reference import reference_answer

# a letter after a number: maybe a unit (`10 g`, `5000 mA`, `0.4米`, `1 N*m`, `1724 (J)`)
UNIT_HINT = re.compile(
    r"[\d}\u00bc-\u00be\u2150-\u215e]\s*(?:\\(?:[,;:! ]|space\b)\s*)*(?:[({]\s*)?(?:\\(?:text|mathrm|rm)\s*\{?\s*)?"
    r"(?:[^\W\d_]|[\u3380-\u33df]|\\(?:Omega|ohm|mu|[dt]?frac\s*\{+\s*\\(?:rm|text|mathrm)))"
    r"|\\circ|°|∘|¢|^[A-Za-z][A-Za-z -]*$|\d\s*/\s*(?:\\text\s*\{\s*)?[A-Za-z]{2}"  # `\\$5/hr`
)

# a unit of the reference to read a plain number against (`20 °C`, `5 \\Omega`, `11.855 L`, `3kg`):
# apart or of two letters or more, no variable (`6m` may be six times m, and stays an expression)
REF_UNIT_HINT = re.compile(
    r"°|℃|℉|¢|\\circ|\\(?:Omega|ohm)|Ω|\d\s+(?:[^\W\d_]|\\(?:text|mathrm))|\d[^\W\d_]{2}"
)


_SCALE_WORD = re.compile(rf"(?<=[\d\s}}])({MAGNITUDE_WORDS})s?\b", re.I)


def _scale_asked(pred: str, reference: str, ref: str, prompt: str | None) -> Decision | None:
    """`$11,588 million` for a reference `11588`: the same digits, scaled by a word the
    reference lacks. Equal when the question asks for that unit ("in USD millions"); else None
    (the scaled value is compared: `3 million` is 3000000, not 3)."""
    m = _SCALE_WORD.search(pred)
    if m is None or _SCALE_WORD.search(reference):
        return None
    if normalise_answer(pred[: m.start()] + pred[m.end() :]).text != ref:
        return None
    return (True, "equal_number") if asks_scale(prompt, m.group(1)) else None


_raw_reference = lru_cache(maxsize=65_536)(reference_answer)  # references repeat across samples


def worded(pred: str, reference: str, ref: str, prompt: str | None) -> Decision | None:
    """What the words around the values decide first: directions (`N 65° E` for `065°`), dates
    (`14/3/2016` for `March 14th, 2016`), permutations in cycle notation, two currencies (`5 €` for `\\$5`), a scale asked for."""
    raw = _raw_reference(reference) or ""
    if (found := same_bearing(pred, raw) or same_date(pred, raw)) is not None:
        return found
    if (found := same_permutation(pred, raw)) is not None:
        return found  # `(1 5 2)` for `(5 2 1)`: one cycle
    mine = currencies(pred)  # none, or marks of two currencies in one answer: not decided here
    if mine and (theirs := currencies(raw)) and not mine & theirs:
        return None, "unknown_unit"
    if points_unclear(pred, raw):
        return None, "percent_unclear"  # `5 %` for `5 percentage points`
    return _scale_asked(pred, reference, ref, prompt)


UNIT_VERDICT = {"different_unit": False, "equal_rounded": True}  # else unknown_unit, ...


@lru_cache(maxsize=4096)
def with_units(pred: str, reference: str) -> tuple[Normalised, Normalised] | str | None:
    """The answer and reference values, the answer's converted to the reference's unit
    (`curate.judges.math.quantity`); `different_unit`; None when units decide nothing."""
    ref = _raw_reference(reference)  # two times of day: `pm` is no picometre (`17:00`, `5 pm`)
    conv = convert_units(pred, ref) if ref is not None and not times_of_day(pred, ref) else None
    if not isinstance(conv, tuple):
        return conv  # different_unit, unknown_unit, equal_rounded (`88.5 km/h` for `24.6 m/s`)
    p, r = normalise_answer(conv[0]), normalise_answer(conv[1])
    if conv[2] != 1 and p.text:
        factor = f"\\frac{{{conv[2].numerator}}}{{{conv[2].denominator}}}"
        p = dataclasses.replace(p, text=f"({p.text})\\cdot{factor}")
    return (p, r) if p.text and r.text and guard(r.text) is None else None
