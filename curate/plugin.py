"""What filters, judges and backends share: typed params validated from the recipe."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar, cast

from pydantic import BaseModel, ConfigDict


class Params(BaseModel):
    """Base of every plugin's parameters: unknown keys are errors (`extra="forbid"`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


P = TypeVar("P", bound=Params)


class Plugin(Generic[P]):
    """A named, parametrised component. Subclasses set `Params` and are registered by name.

    Generic over its parameters: `class LengthFilter(Filter[LengthParams])` with
    `Params = LengthParams` makes `self.params.max_chars` typed.
    """

    name: ClassVar[str] = ""
    Params: ClassVar[type[Params]] = Params
    params: P

    def __init__(self, params: P | None = None, **kwargs: Any) -> None:
        if params is not None and kwargs:
            raise TypeError("pass either a Params object or keyword arguments, not both")
        self.params = params if params is not None else cast(P, self.Params(**kwargs))

    @classmethod
    def resources(cls, params: P) -> dict[str, float]:
        """What one instance needs from a Ray node (`num_cpus`, `num_gpus`); a recipe's
        `run.resources.<label>` overrides it. Plugins that run worker pools or models say more."""
        return {"num_cpus": 1.0, "num_gpus": 0.0}

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.model_dump().items())
        return f"{type(self).__name__}({args})"
