"""What will fail at run time, found before any work: `curate validate` and `curate run` (before
a run directory is made) check that

- each backend's package is installed (`generate.backend`, a judge's `backend:`), with the exact
  `pip install` line;
- a model that names a local folder exists, and a Hub model is in the local cache when the Hub
  is switched off (`HF_HUB_OFFLINE`/`TRANSFORMERS_OFFLINE`);
- files a recipe reads exist: few-shot examples and template files (`generate.template_args`),
  benchmark lists (`decontaminate` filter, `mix.decontaminate`), an `llm` judge's template.

Each problem is `key.path: what is wrong — what to do`.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

from curate.ray_spec import resource_problems
from curate.registry import BACKENDS

HUB_NAME = r"^[A-Za-z0-9][\w.-]*/[\w.-]+$"


def hub_offline() -> bool:
    return any(
        os.environ.get(v, "").lower() in ("1", "true", "yes")
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def _in_hub_cache(name: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    found = try_to_load_from_cache(name, "config.json")
    return isinstance(found, str)


def model_problem(key: str, model: str, base: Path) -> str | None:
    """Why `model` cannot be loaded here, or None (server-side names are not checked)."""
    import re

    p = Path(model).expanduser()
    local = p if p.is_absolute() else base / p
    if local.is_dir() or p.is_dir():
        return None
    if model.startswith((".", "/", "~")) or model.endswith("/"):
        return f"{key}: no model folder at {local} — build or download it first"
    if re.match(HUB_NAME, model) and hub_offline() and not _in_hub_cache(model):
        return (
            f"{key}: {model!r} is not a local folder and not in the Hub cache, and the Hub is "
            "switched off (HF_HUB_OFFLINE) — download it where the Hub is reachable, or point "
            "at a local folder"
        )
    return None


def backend_problem(key: str, name: str) -> str | None:
    """A backend whose package is not installed (the pip line of its `requires`)."""
    if name not in BACKENDS:
        return None  # reported by the recipe schema
    need = getattr(BACKENDS.get(name), "requires", None)
    if not need:
        return None
    module, extra = need
    if importlib.util.find_spec(module) is None:
        line = f'pip install "curate[{extra}]"' if extra else f"pip install {module}"
        return f"{key}: the {name} backend needs {module}, which is not installed — {line}"
    return None


def _file(key: str, value: Any, base: Path) -> str | None:
    if not isinstance(value, str) or "\n" in value or "{" in value:
        return None  # inline text, not a path
    p = Path(value).expanduser()
    path = p if p.is_absolute() else base / p
    return None if path.exists() else f"{key}: file not found: {path}"


def _generate(gen: Any, base: Path) -> list[str]:
    # vllm's `mode: ray_data` runs the engines on the cluster: vllm need not be here
    remote = gen.backend == "vllm" and gen.options.get("mode") == "ray_data"
    out = [None if remote else backend_problem("generate.backend", gen.backend)]
    if gen.backend != "openai":
        out.append(model_problem("generate.model", gen.model, base))
    for k in ("examples", "path"):
        if k in gen.template_args:
            out.append(_file(f"generate.template_args.{k}", gen.template_args[k], base))
    return [x for x in out if x]


def _benchmarks(key: str, benchmarks: Any, base: Path) -> list[str]:
    out = []
    for i, b in enumerate(benchmarks or []):
        path = b.get("path") if isinstance(b, dict) else getattr(b, "path", None)
        out.append(_file(f"{key}[{i}].path", path, base))
    return [x for x in out if x]


def _plugins(recipe: Any) -> list[str]:
    out: list[str | None] = []
    for kind, specs in (("judges", recipe.judges), ("filters", recipe.filters)):
        for i, spec in enumerate(specs):
            params = spec.params.model_dump()
            key = f"{kind}[{i}].{spec.name}"
            backend = params.get("backend")
            if isinstance(backend, dict) and isinstance(backend.get("name"), str):
                out.append(backend_problem(f"{key}.backend.name", backend["name"]))
                if backend["name"] != "openai" and isinstance(backend.get("model"), str):
                    out.append(
                        model_problem(f"{key}.backend.model", backend["model"], recipe.base_dir)
                    )
            if isinstance(params.get("model"), str):  # a reward model (`rm`) read from disk
                out.append(model_problem(f"{key}.model", params["model"], recipe.base_dir))
            if isinstance(params.get("template"), str):
                out.append(_file(f"{key}.template", params["template"], recipe.base_dir))
            out.extend(_benchmarks(f"{key}.benchmarks", params.get("benchmarks"), recipe.base_dir))
    return [x for x in out if x]


def preflight(recipe: Any) -> list[str]:
    """Problems that would stop `recipe` at run time (empty: none found)."""
    m = recipe.model
    out = _plugins(recipe)
    out += resource_problems(m.run, [*recipe.judges, *recipe.filters])
    if m.generate is not None:
        out += _generate(m.generate, recipe.base_dir)
    if m.mix is not None and m.mix.decontaminate is not None:
        out += _benchmarks(
            "mix.decontaminate.benchmarks", m.mix.decontaminate.benchmarks, recipe.base_dir
        )
    return out
