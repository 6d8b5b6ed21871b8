"""Judges: each adds verdict columns and doubles as a TRL reward function (see `curate.judges.base`)."""

from curate.judges.base import CORRECT, INCORRECT, UNKNOWN, Judge, JudgeParams

__all__ = ["CORRECT", "INCORRECT", "UNKNOWN", "Judge", "JudgeParams"]
