"""Percentage points against percent: a change from 40 % to 45 % is 5 percentage points, or a
12.5 % rise. An answer that names one where the reference names the other (`5 %` for `5
percentage points`, and the same in other languages) may have meant either: the judge cannot
tell, so it does not decide."""

from __future__ import annotations

import re

# "percentage point(s)" in English and in the languages whose words for it are common in keys
_POINTS = re.compile(
    r"percentage[- ]points?|%[- ]?points?|\bp\.\s?p\.|\bpp\b|prozentpunkt|punt[io] percentual"
    r"|points? de pourcentage|puntos? porcentual|pontos? percentua|procentenhet|prosentpoeng"
    r"|procentpoint|prosenttiyksik|процентн\w* пункт|procentní\w* bod|punkt\w* procentow"
    r"|procentpunt",
    re.I,
)
_PERCENT = re.compile(
    r"%|percent|per\s?cent|prozent|procent|prosent|pourcent|por\s?ciento|porcento|per\s?cento"
    r"|процент",
    re.I,
)


def points_unclear(pred: str, ref: str) -> bool:
    """Whether exactly one side names percentage points and the other a percentage."""
    pred_points, ref_points = bool(_POINTS.search(pred)), bool(_POINTS.search(ref))
    if pred_points == ref_points:
        return False
    other = ref if pred_points else pred
    return _PERCENT.search(other) is not None
