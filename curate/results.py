"""What a finished run returns (the runner and the mix job alike)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class RunResult:
    run_dir: Path
    stats: dict[str, Any]
    shards_total: int
    shards_skipped: int
