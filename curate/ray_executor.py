"""`run.executor: ray`: shards as Ray tasks over the same shard function as the local pool.

The driver (the `curate run` process) reads the source, submits each shard as one task and
commits results as they come back, in the run store, alone: workers never write the run's
`data/`, `rejected/` or `shards/` (only the generation and reply caches, which are
content-addressed). A task whose worker or node dies is retried (`run.max_retries`); a Python
error in a stage is not (it would fail again) and fails the run as locally. Resume is the
store's: committed shards are skipped, so a shard is never committed twice.

Where: `run.ray_address` or `RAY_ADDRESS` names a cluster; without one a local Ray instance
is started for the run (with `run.workers` CPUs) and stopped after it. Each task asks for the
largest `num_cpus`/`num_gpus` of the shard's stages (see `stage_resources`).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from curate.errors import CurateError, MissingDependencyError, RecipeError
from curate.executor import Setup, Task
from curate.pipeline import Pipeline, ShardResult
from curate.recipe import Recipe, load_recipe
from curate.registry import BACKENDS, FILTERS, JUDGES


class ExecutorError(CurateError):
    """The Ray cluster cannot run the shards (unreachable, too small, a task lost for good)."""


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingDependencyError("ray", "ray", "run.executor: ray") from None
    return ray


def stage_resources(recipe: Recipe) -> dict[str, dict[str, float]]:
    """Resources of every stage by label: what the plugin declares, then `run.resources`."""
    out: dict[str, dict[str, float]] = {}
    gen = recipe.model.generate
    if gen is not None:
        backend = BACKENDS.get(gen.backend)
        out["generate"] = backend.resources(backend.Params.model_validate(gen.options))
    for spec in (*recipe.judges, *recipe.filters):
        cls = (FILTERS if spec.kind == "filter" else JUDGES).get(spec.name)
        out[spec.label] = cls.resources(spec.params)
    for label, res in recipe.model.run.resources.items():
        given = res.model_dump(exclude_none=True)
        out[label] = {**out.get(label, {"num_cpus": 1.0, "num_gpus": 0.0}), **given}
    return out


def plugin_modules(recipe: Recipe) -> list[str]:
    """Modules that define the recipe's judges, filters and backend (for the workers to import)."""
    classes = [
        (FILTERS if s.kind == "filter" else JUDGES).get(s.name)
        for s in (*recipe.judges, *recipe.filters)
    ]
    if recipe.model.generate is not None:
        classes.append(BACKENDS.get(recipe.model.generate.backend))
    return sorted({c.__module__ for c in classes if c.__module__ != "__main__"})


def task_resources(recipe: Recipe) -> dict[str, float]:
    """A shard task runs every stage in turn: it asks for the largest of each resource."""
    per = stage_resources(recipe).values()
    return {
        "num_cpus": max([r.get("num_cpus", 1.0) for r in per] or [1.0]),
        "num_gpus": max([r.get("num_gpus", 0.0) for r in per] or [0.0]),
    }


# --- on the workers ------------------------------------------------------------------------

_PIPES: dict[str, Pipeline] = {}


def process_shard(
    setup: Setup, modules: list[str], key: str, index: int, batch: Any
) -> ShardResult:
    """The Ray task: the local executor's shard function, with one pipeline per worker process
    and recipe (built on its first shard, reused by the next ones). `modules` define the
    recipe's plugins (imported first: plugins registered by the driver's own code)."""
    pipe = _PIPES.get(key)
    if pipe is None:
        for name in modules:
            importlib.import_module(name)
        data, base_dir, mapping, run_dir = setup
        pipe = Pipeline(load_recipe(data=data, base_dir=base_dir), mapping, run_dir)
        _PIPES.clear()
        _PIPES[key] = pipe
    return pipe.process(index, batch)


# --- on the driver -------------------------------------------------------------------------


class RayExecutor:
    """Map the shard function over shards on a Ray cluster (or a local Ray instance)."""

    def __init__(
        self,
        address: str | None = None,
        *,
        num_cpus: float = 1.0,
        num_gpus: float = 0.0,
        max_retries: int = 3,
        local_cpus: int | None = None,
        in_flight: int | None = None,
        modules: list[str] | None = None,
    ) -> None:
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        self.num_cpus = num_cpus
        self.num_gpus = num_gpus
        self.max_retries = max_retries
        self.local_cpus = local_cpus
        self.in_flight = in_flight
        self.modules = modules or []

    @classmethod
    def for_recipe(cls, recipe: Recipe) -> RayExecutor:
        run = recipe.model.run
        res = task_resources(recipe)
        return cls(
            run.ray_address,
            num_cpus=res["num_cpus"],
            num_gpus=res["num_gpus"],
            max_retries=run.max_retries,
            local_cpus=run.workers if run.workers > 1 else None,
            modules=plugin_modules(recipe),
        )

    def _connect(self, ray: Any) -> bool:
        """Join the named cluster, or start a local instance; True when we started it."""
        if ray.is_initialized():
            return False
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": True}
        try:
            if self.address:
                ray.init(address=self.address, **kwargs)
                return True
            store_mb = int(os.environ.get("CURATE_RAY_OBJECT_STORE_MB", "0"))
            # "local": a fresh instance of our own, never a cluster that happens to be running
            # on this machine (ray.init() without an address would join the latest one)
            ray.init(
                address="local",
                num_cpus=self.local_cpus,
                object_store_memory=store_mb * 2**20 if store_mb else None,
                **kwargs,
            )
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = self.address or "a local Ray instance"
            raise ExecutorError(f"run.executor: ray: cannot start or join {where}: {exc}") from exc
        return True

    def _check_fits(self, ray: Any) -> int:
        """Refuse a task no node can hold (Ray would wait forever); return the cluster's slots."""
        nodes = [n.get("Resources", {}) for n in ray.nodes() if n.get("Alive")]
        fits = [
            n
            for n in nodes
            if n.get("CPU", 0) >= self.num_cpus and n.get("GPU", 0) >= self.num_gpus
        ]
        if not fits:
            biggest: dict[str, float] = max(nodes, key=lambda n: n.get("CPU", 0), default={})
            raise RecipeError(
                f"run.resources: a shard task needs {self.num_cpus:g} CPUs and "
                f"{self.num_gpus:g} GPUs (the largest of its stages) and no node has that "
                f"(largest: {biggest.get('CPU', 0):g} CPUs, {biggest.get('GPU', 0):g} GPUs); "
                "lower the stage's run.resources.<label> or add bigger nodes"
            )
        slots = sum(int(n.get("CPU", 0) // max(self.num_cpus, 1e-9)) for n in fits)
        if self.num_gpus:
            slots = min(slots, sum(int(n.get("GPU", 0) // self.num_gpus) for n in fits))
        return max(1, slots)

    def map(self, setup: Setup, tasks: Iterable[Task]) -> Iterator[ShardResult]:
        ray = _ray()
        started = self._connect(ray)
        pending: dict[Any, int] = {}
        try:
            limit = self.in_flight or 2 * self._check_fits(ray)
            remote = ray.remote(process_shard).options(
                num_cpus=self.num_cpus,
                num_gpus=self.num_gpus,
                max_retries=self.max_retries,
                retry_exceptions=False,
            )
            setup_ref = ray.put(setup)
            key = hashlib.sha256(json.dumps(setup, sort_keys=True, default=str).encode())
            seen: set[int] = set()
            for index, batch in tasks:
                pending[remote.remote(setup_ref, self.modules, key.hexdigest(), index, batch)] = (
                    index
                )
                while len(pending) >= limit:
                    yield from self._collect(ray, pending, seen)
            while pending:
                yield from self._collect(ray, pending, seen)
        finally:
            for ref in pending:
                ray.cancel(ref, force=True)
            if started:
                ray.shutdown()

    def _collect(self, ray: Any, pending: dict[Any, int], seen: set[int]) -> Iterator[ShardResult]:
        done, _ = ray.wait(list(pending), num_returns=1)
        for ref in done:
            index = pending.pop(ref)
            try:
                result: ShardResult = ray.get(ref)
            except ray.exceptions.RayTaskError as exc:
                raise exc.as_instanceof_cause() from None  # the stage's own error, as locally
            except ray.exceptions.RayError as exc:
                raise ExecutorError(
                    f"shard {index}: its Ray task was lost after {self.max_retries} retries "
                    f"({type(exc).__name__}: {exc}); rerun to resume from the committed shards"
                ) from exc
            if result.index != index or index in seen:  # never commit a shard twice
                raise ExecutorError(
                    f"shard {index}: a second or mismatched result ({result.index})"
                )
            seen.add(index)
            yield result
