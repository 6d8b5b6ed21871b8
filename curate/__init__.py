"""curate: build R1-style reasoning, rejection-sampling and reward datasets.

`import curate` stays light: no torch, vllm, trl or ray are imported here.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
