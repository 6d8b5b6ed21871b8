"""Judges: each adds verdict columns and doubles as a TRL reward function (see `judges.base`)."""

from judges.base import CORRECT, INCORRECT, UNKNOWN, Judge, JudgeParams

__all__ = ["CORRECT", "INCORRECT", "UNKNOWN", "Judge", "JudgeParams"]
