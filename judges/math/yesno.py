"""The answer to a yes/no question given with its reason (`No, it does not follow.` for `No`):
the leading word is the answer when the reference is a bare yes or no, on normalised text.

Nothing is read when the rest could turn the answer round or hedge it (`Yes, or rather no`,
`No, but maybe`, `Yes, unless n = 2`): a `yes`, `no` standing alone, `or`, `but`, `maybe`,
`perhaps`, `possibly`, `unless` or `except` in the reason leaves the decision to the other rules.
"""

from __future__ import annotations

import re

Decision = tuple[bool | None, str]

_YES_NO = ("yes", "no")
_TURNS = re.compile(r"\b(?:yes|or|but|maybe|perhaps|possibly|unless|except)\b|^\s*no\b", re.I)


def leading_yes_no(pred: str, ref: str) -> Decision | None:
    """`equal_text` / `different_text` when `ref` is a bare yes or no and `pred` opens with one
    followed by a comma and a reason that does not turn it round; else None."""
    answer = ref.strip().rstrip(".!").casefold()
    if answer not in _YES_NO or "," not in pred:
        return None
    head, _, reason = pred.partition(",")
    said = head.strip().casefold()
    if said not in _YES_NO or not reason.strip() or _TURNS.search(reason):
        return None
    return (True, "equal_text") if said == answer else (False, "different_text")
