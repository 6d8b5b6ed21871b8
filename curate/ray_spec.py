"""The recipe's Ray settings (`run.executor: ray`): per-stage resources, checked at load."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class StageResources(BaseModel):
    """What one judge or filter (or `generate`) needs from a Ray node: `run.resources.<label>`
    overrides what the plugin declares (e.g. `{rm: {num_gpus: 1}}`)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    num_cpus: Annotated[float, Field(ge=0)] | None = None
    num_gpus: Annotated[float, Field(ge=0)] | None = None


class RayRunConfig(BaseModel):
    """The `run:` keys of the Ray executor (a base of the recipe's `RunConfig`)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    executor: Literal["local", "ray"] = "local"
    """`ray`: shards as Ray tasks on `ray_address` / `RAY_ADDRESS` (default: a local instance)."""
    ray_address: str | None = None
    """A Ray cluster (`host:6379`, `ray://host:10001`, `auto`); default: `RAY_ADDRESS`."""
    resources: dict[str, StageResources] = Field(default_factory=dict)
    """Ray resources by stage label (`{rm: {num_gpus: 1}}`), over what the plugin declares."""
    max_retries: Annotated[int, Field(ge=0)] = 3
    """Retries of a Ray shard task whose worker or node died (not on a Python error)."""


def resource_problems(run: Any, specs: list[Any]) -> list[str]:
    """`run.resources` keys that name no stage (`specs`: the recipe's judges and filters)."""
    if run is None:
        return []
    known = [s.label for s in specs] + ["generate"]
    return [
        f"run.resources.{k}: no stage has this label; use one of {', '.join(known)}"
        for k in run.resources
        if k not in known
    ]
