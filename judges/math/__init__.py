"""The `math` judge: answer equivalence for math, sound by construction.

Modules: `extract` (where the final answer is), `normalise` (canonical text of an answer),
`guard` (bounds before anything is evaluated), `fast` (exact structured comparison without
sympy), `symbolic` (sympy, only inside the worker), `pool` (the killable sympy workers with
CPU-time deadlines) and `judge` (the registered judge that ties them together).
"""

from curate.judges.math.extract import extract_answer
from curate.judges.math.judge import ExtractMethod, MathJudge, MathParams
from curate.judges.math.reference import reference_answer

__all__ = ["ExtractMethod", "MathJudge", "MathParams", "extract_answer", "reference_answer"]
