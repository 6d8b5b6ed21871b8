"""The Python API for notebooks and scripts: load a recipe, run it, read the run, export it.

    import curate

    recipe = curate.load_recipe("quickstart", overrides=["source.limit=40"])
    result = curate.run(recipe, out="runs/qs")
    data = curate.read_run("runs/qs")          # data.kept / data.rejected / data.pairs (polars)
    data.rejected.group_by("dropped_by", "reason").len()
    curate.export("runs/qs", to="trl-sft", out="export/qs")

Everything here is what the CLI does (`curate run`, `curate show`, `curate export`), with the
same typed errors (`curate.errors.CurateError` and subclasses) instead of one-line messages.
`curate` exposes these names lazily, so `import curate` stays light.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import polars as pl

    from curate.pipeline import ShardResult
    from curate.recipe import Recipe
    from curate.results import RunResult

__all__ = ["RunData", "load_recipe", "read_run", "run"]


def load_recipe(
    recipe: str | Path | dict[str, Any],
    *,
    overrides: Sequence[str] = (),
    base_dir: str | Path | None = None,
) -> Recipe:
    """Load and validate a recipe.

    Args:
        recipe: a recipe file, the name of a shipped recipe (`"quickstart"`; see
            `curate list recipes`), or the recipe as a dict.
        overrides: `KEY=VALUE` assignments applied before validation, as `--set` does
            (e.g. `"source.limit=100"`, `"filters.length.max_chars=20000"`).
        base_dir: where relative paths in a dict recipe resolve (default: the current folder;
            a file's paths resolve next to the file).

    Raises `curate.errors.RecipeError` naming every problem with its key path.
    """
    from curate.recipe import load_recipe as _load

    if isinstance(recipe, dict):
        return _load(data=recipe, overrides=list(overrides), base_dir=base_dir)
    return _load(recipe, overrides=list(overrides), base_dir=base_dir)


def run(
    recipe: Recipe | str | Path | dict[str, Any],
    *,
    out: str | Path | None = None,
    overrides: Sequence[str] = (),
    limit: int | None = None,
    workers: int | None = None,
    force: bool = False,
    on_shard: Callable[[ShardResult], None] | None = None,
) -> RunResult:
    """Run a recipe into a run folder and return its `RunResult` (`run_dir`, `stats`, shards).

    Args:
        recipe: a loaded `Recipe` or anything `load_recipe` takes.
        out: the run folder (default: the recipe's `output.dir`, else `runs/<name>`).
        overrides: `KEY=VALUE` assignments (as `curate run --set`).
        limit: read only the first N source rows (`source.limit`).
        workers: process shards in N processes (`run.workers`).
        force: start over even if `out` holds a run of a different recipe.
        on_shard: called with each committed shard's result (for progress).

    Re-running into the same folder resumes: finished shards are skipped. Raises
    `curate.errors.CurateError` subclasses (recipe, source, stage, run-store errors).
    """
    from curate.recipe import Recipe
    from curate.runner import run as _run

    sets = run_overrides(overrides, limit, workers)
    if isinstance(recipe, Recipe):
        if sets:  # re-validate the recipe's own data with the overrides applied
            recipe = load_recipe(recipe.raw, overrides=sets, base_dir=recipe.base_dir)
    else:
        recipe = load_recipe(recipe, overrides=sets)
    return _run(recipe, out=out, force=force, on_shard=on_shard)


def run_overrides(
    overrides: Sequence[str], limit: int | None, workers: int | None, *, flag: str = "limit"
) -> list[str]:
    """`overrides` plus the `source.limit` / `run.workers` assignments `limit` and `workers`
    stand for (the CLI's `--limit` and `--workers` too)."""
    from curate.errors import RecipeError

    sets = list(overrides)
    if limit is not None:
        if limit <= 0:
            raise RecipeError(f"{flag}: expected a positive integer, got {limit}")
        sets.append(f"source.limit={limit}")
    if workers is not None:
        sets.append(f"run.workers={workers}")
    return sets


@dataclass
class RunData:
    """What a run folder holds, read into memory.

    `kept`: the rows the run kept (`RUN/data/`). `rejected`: every dropped or unreadable row with
    `dropped_by` (the stage) and `reason` (`RUN/rejected/`). `pairs`: preference pairs
    (`RUN/pairs/`, recipes with `pairs:`; empty otherwise). Polars frames, or
    `datasets.Dataset` with `read_run(..., format="datasets")`.
    """

    root: Path
    kept: Any
    rejected: Any
    pairs: Any
    stats: dict[str, Any] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Whether every shard of the run is committed (`manifest.json` status `complete`)."""
        return self.manifest.get("status") == "complete"


def read_run(path: str | Path, *, format: Literal["polars", "datasets"] = "polars") -> RunData:
    """Read a run folder: kept rows, rejected rows, pairs, statistics and manifest.

    Args:
        path: the run folder (`runs/<name>`; what `curate.run` returned as `run_dir`).
        format: `"polars"` (DataFrames) or `"datasets"` (`datasets.Dataset`, e.g. to hand to
            a trainer; needs the `datasets` package, a dependency of curate).

    Only committed shards are read, so an interrupted run reads as far as it got (see
    `RunData.complete`). Raises `curate.errors.RunStoreError` when `path` is not a run.
    """
    from curate.pairs.stage import read_pairs
    from curate.store import open_run

    if format not in ("polars", "datasets"):
        raise ValueError(f"format: expected 'polars' or 'datasets', got {format!r}")
    store = open_run(path)
    kept, rejected, pairs = store.read_kept(), store.read_rejected(), read_pairs(path)
    data = RunData(
        root=store.root,
        kept=kept,
        rejected=rejected,
        pairs=pairs,
        stats=store.stats(),
        manifest=store.manifest() or {},
    )
    if format == "datasets":
        data.kept, data.rejected, data.pairs = (
            _to_dataset(kept),
            _to_dataset(rejected),
            _to_dataset(pairs),
        )
    return data


def _to_dataset(frame: pl.DataFrame) -> Any:
    import datasets

    return datasets.Dataset(frame.to_arrow())
