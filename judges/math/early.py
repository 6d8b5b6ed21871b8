"""The rules `fast._at_once` tries before any parse, each on normalised text and each cheap to
rule out: a yes or no with its reason (`yesno`), names of geometric objects (`names`), products of cyclic groups up to isomorphism
(`groups`), answers modulo a number and unions of residue classes (`classes`)."""

from __future__ import annotations

from curate.judges.math.classes import residue_decision
from curate.judges.math.groups import same_group
from curate.judges.math.names import same_name
from curate.judges.math.yesno import leading_yes_no

Decision = tuple[bool | None, str]


def early_decision(pred: str, ref: str, degrees: bool = False) -> Decision | None:
    """The first of the rules above that decides, else None (`degrees`: either side is in
    degrees, so an integer family is a family of angles, not of residues)."""
    if (said := leading_yes_no(pred, ref)) is not None:
        return said  # `No, it does not follow.` for `No`
    if (named := same_name(pred, ref)) is not None:
        return named  # `∠CBA` for `∠ABC`, `plane MLN` for `plane LMN`
    if (group := same_group(pred, ref)) is not None:
        return group  # `\\mathbb{Z}_2 \\times \\mathbb{Z}_3` for `\\mathbb{Z}_6`
    return residue_decision(pred, ref, degrees)
