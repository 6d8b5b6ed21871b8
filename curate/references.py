"""Files a recipe refers to, checked before a run starts (`curate validate`, `curate run`):
the generation template's files (few-shot examples, a custom Jinja template), local model
folders (generation and judge backends), and whatever a plugin declares through a
`file_problems()` method (e.g. the `llm` judge's template and model, the `rm` judge's model).

Each problem is one line naming the recipe key, the path and what is wrong. Model names that do
not look like paths (`org/name`) are left to the backend (a hub name, a server's model).
"""

from __future__ import annotations

from typing import Any

from curate.errors import CurateError
from curate.recipe import Recipe

LOCAL_BACKENDS = frozenset({"vllm", "transformers"})
"""Backends that load the model from disk here (others name a model a server knows)."""


def _generate_problems(recipe: Recipe) -> list[str]:
    from curate.registry import BACKENDS
    from curate.templates import build_template

    gen = recipe.model.generate
    if gen is None:
        return []
    problems: list[str] = []
    try:
        build_template(gen.template, gen.template_args, gen.system_prompt, recipe.base_dir)
    except CurateError as exc:
        problems.extend(getattr(exc, "problems", None) or [str(exc)])
    if gen.backend in LOCAL_BACKENDS and gen.backend in BACKENDS:
        problems.extend(
            model_path_problems(gen.backend, gen.model, gen.options, recipe, "generate.model")
        )
    return problems


def model_path_problems(
    backend: str, model: str, options: dict[str, Any], recipe: Recipe, where: str
) -> list[str]:
    """A local model that is not there (a hub-style name is not checked)."""
    from curate.registry import BACKENDS

    cls = BACKENDS.get(backend)
    try:
        instance = cls(cls.Params.model_validate(options), model=model, base_dir=recipe.base_dir)
        instance.where = where
        instance.local_model_path()
    except CurateError as exc:
        return [str(exc)]
    except Exception:  # invalid options are reported by the recipe validation
        return []
    return []


def reference_problems(recipe: Recipe) -> list[str]:
    """Every missing or unreadable file the recipe refers to (empty when all are there)."""
    problems = _generate_problems(recipe)
    for spec in [*recipe.judges, *recipe.filters]:
        plugin = spec.build()
        check = getattr(plugin, "file_problems", None)
        if callable(check):
            problems.extend(check())
    return problems
