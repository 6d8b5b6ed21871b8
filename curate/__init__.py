"""curate: build R1-style reasoning, rejection-sampling and reward datasets.

The Python API (see `curate.api` and the README's "Python API" section):

- `curate.load_recipe(path_or_name_or_dict, overrides=[...])` → a validated `Recipe`
- `curate.run(recipe, out=..., limit=...)` → `RunResult` (run folder, statistics)
- `curate.read_run(run_dir, format="polars" | "datasets")` → `RunData` (kept, rejected, pairs)
- `curate.export(run_dir, to="trl-sft", out=...)` → `ExportResult` (`curate.export` is also the
  package of the formats; calling it calls `curate.export.export`)

`import curate` stays light: these names load on first use, and no torch, vllm, trl or ray is
imported here (tests/test_api.py checks).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["RunData", "__version__", "export", "load_recipe", "read_run", "run"]

_API = {"load_recipe", "run", "read_run", "RunData"}


def __getattr__(name: str) -> Any:
    # PEP 562 lazy names: the modules load on first use, never while `curate` itself imports
    # (so the core modules that read `curate.__version__` form no import cycle with them)
    import importlib

    if name in _API:
        return getattr(importlib.import_module("curate.api"), name)
    if name == "export":  # the subpackage, callable as `curate.export(run, to=..., out=...)`
        return importlib.import_module("curate.export")
    raise AttributeError(f"module 'curate' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
