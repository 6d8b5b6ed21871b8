"""A filter for the Ray tests; Ray workers import this module (the recipe's plugin modules)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import polars as pl
from curate.filters.base import FILTERS, Filter

from curate.plugin import Params


class DieParams(Params):
    marker_dir: str | None = None
    """Kill the worker process the first time it sees a shard (a marker file per shard)."""
    sleep_s: float = 0.0
    """Seconds per batch (gives a test time to kill the driver between shards)."""


class DieOnce(Filter):
    """Keeps every row; with `marker_dir`, the worker dies (os._exit) on each shard's first try."""

    Params = DieParams

    def verdicts(self, batch: pl.DataFrame) -> pl.DataFrame:
        p: DieParams = self.params  # type: ignore[assignment]
        time.sleep(p.sleep_s)
        if p.marker_dir is not None and batch.height:
            marker = Path(p.marker_dir) / str(batch["prompt_id"][0])
            if not marker.exists():
                marker.write_text(str(os.getpid()))
                os._exit(1)  # the worker dies mid-task, as on a lost node
        return pl.DataFrame({"keep": [True] * batch.height})


def register() -> None:
    if "die_once" not in FILTERS:
        FILTERS.register("die_once")(DieOnce)


register()
