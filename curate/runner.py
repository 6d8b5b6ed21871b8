"""`run(recipe)`: stream the source shard by shard through the pipeline into the run store.

Completed shards are skipped on a re-run (resume); a partly written shard is redone. The
source's columns are checked against the recipe before any work is done.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from itertools import chain
from pathlib import Path

from curate.canonical import needs_completion, resolve_columns
from curate.errors import RecipeError, SourceError
from curate.executor import Executor, LocalExecutor
from curate.failures import recorded
from curate.grouping import GroupedSource
from curate.pipeline import ShardResult
from curate.prefill import resolve_prefill
from curate.preflight import preflight
from curate.recipe import Recipe
from curate.results import RunResult
from curate.source import read_source
from curate.stats import merge_stats
from curate.store import RunStore


def source_signature(recipe: Recipe) -> str:
    """Identity of local source files (size and first MiB), so a changed file is not resumed."""
    cfg = recipe.source
    if cfg.path is None and cfg.run is None:
        return f"hub:{cfg.dataset}:{cfg.subset}:{cfg.split}"
    from curate.source import _files

    h = hashlib.sha256()
    for p in _files(cfg, recipe):
        h.update(str(p.name).encode())
        if p.is_file():
            h.update(str(p.stat().st_size).encode())
            with p.open("rb") as fh:
                h.update(fh.read(1 << 20))
    return h.hexdigest()[:16]


def run(
    recipe: Recipe,
    *,
    out: str | Path | None = None,
    force: bool = False,
    executor: Executor | None = None,
    on_shard: Callable[[ShardResult], None] | None = None,
) -> RunResult:
    if recipe.model.mix is not None:  # a `mix:` recipe combines finished runs (curate.mix)
        from curate.mix.job import run_mix

        return run_mix(recipe, out=out, force=force, on_shard=on_shard)
    problems = preflight(recipe)  # what would fail later, before a run directory exists
    if problems:
        raise RecipeError(problems, recipe.name)
    store = RunStore(recipe.run_dir(out), recipe.model.output.format)
    with recorded(None):  # an OSError (unreadable source, full disk) becomes one line
        return _run(recipe, store, force, executor, on_shard)


def _run(
    recipe: Recipe,
    store: RunStore,
    force: bool,
    executor: Executor | None,
    on_shard: Callable[[ShardResult], None] | None,
) -> RunResult:
    batches = read_source(recipe)
    first = next(batches, None)
    if first is None or first.n == 0:
        raise SourceError(
            f"the source is empty: no rows in {recipe.source.path or recipe.source.dataset}"
        )
    mapping = resolve_columns(
        recipe.source, first.columns(), need_completion=needs_completion(recipe)
    )
    fingerprint = recipe.fingerprint() + "-" + source_signature(recipe)
    fresh = not store.root.exists()
    done = store.prepare(recipe.dump(), fingerprint, force=force)
    counts = {"total": 0, "skipped": 0}
    # shards of whole prompts: flat sources are checked and, if need be, grouped first
    source = GroupedSource(recipe, mapping, store.root, fingerprint, chain([first], batches), first)
    ex = executor or LocalExecutor(recipe.model.run.workers)
    if executor is None and recipe.model.run.executor == "ray":
        from curate.ray_executor import RayExecutor  # ray is imported only here

        ex = RayExecutor.for_recipe(recipe)
    # a failure is recorded in the manifest (`failed`/`interrupted` and why); a new run that
    # failed before its first shard is removed instead (a rerun needs no --force)
    with recorded(store, discard=lambda: fresh and not _worth_keeping(store)):
        # `prefilled_open: auto` is decided here, once for the run (never per shard or stage)
        dumped = resolve_prefill(recipe, recipe.dump(), lambda: read_source(recipe), mapping)
        setup = (dumped, str(recipe.base_dir), mapping, str(store.root))
        for result in ex.map(setup, source.tasks(done, counts)):
            store.commit(result.index, result.kept, result.rejected, result.stats, result.pairs)
            if on_shard is not None:
                on_shard(result)
        stats = merge_stats(store.shard_stats())
        stats["recipe"] = recipe.name
        stats["grouping"] = source.summary(store.shard_stats())
        store.finish(stats, "complete")
    source.cleanup()
    return RunResult(store.root, stats, counts["total"], counts["skipped"])


def _worth_keeping(store: RunStore) -> bool:
    """Committed shards, stored samples or a grouping pass under way (resumable)."""
    grouped = (store.root / "grouped" / "state.json").is_file()
    return bool(store.committed()) or grouped or _holds_generations(store.root)


def _holds_generations(root: Path) -> bool:
    """Whether a run folder holds stored samples (worth keeping for a resume)."""
    gen = root / "generations"
    return gen.is_dir() and any(p.is_file() for p in gen.rglob("*"))
