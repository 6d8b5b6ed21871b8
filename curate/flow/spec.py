"""The pipeline file: named stages (a recipe, a training step, an export, a tiny base model)
with `needs:` between them and outputs passed by name (`${stage}`).

    pipeline: r1_tiny
    output_dir: runs/r1_tiny            # default runs/<pipeline>; stage S writes <output_dir>/S
    stages:
      base:  {model: {tiny: {hidden_size: 128}}}
      cold:  {recipe: quickstart, set: {source.limit: 24}}
      sft:   {train: sft, config: {model: "${base}", data: "${cold}", max_steps: 300}}
      rs:    {recipe: reasoning_tiny.yaml, set: {generate.model: "${sft}"}}

A string anywhere in a stage that contains `${name}` is that stage's output folder (a run
directory, a checkpoint, an export); the reference is also a dependency. `needs:` adds more.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from curate.errors import RecipeError

REF = re.compile(r"\$\{([A-Za-z0-9_][A-Za-z0-9_-]*)(?:\.output)?\}")
NAME = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"
TRAIN_KINDS = ("sft", "grpo", "rm")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class TinyModel(_Strict):
    """A tiny randomly initialised model built offline (`curate train tiny`)."""

    seed: int = 0
    hidden_size: Annotated[int, Field(ge=32)] = 64
    layers: Annotated[int, Field(ge=1)] = 2
    vocab_size: Annotated[int, Field(ge=300)] = 640
    corpus: list[str] = Field(default_factory=list)
    """Files (relative to the pipeline file) whose text the tokenizer also learns from."""


class ModelStage(_Strict):
    tiny: TinyModel
    """Build a tiny random model (the only way to get a model offline)."""


class ExportStage(_Strict):
    run: str
    """The run to export, usually `${stage}`."""
    to: str
    """The target (`hf`, `trl-sft`, `trl-grpo`, `verl`, …; see `curate export --help`)."""
    options: dict[str, Any] = Field(default_factory=dict)
    """The exporter's options (as `--set` takes them)."""


class StageSpec(_Strict):
    """One stage: exactly one of `recipe`, `train`, `export`, `model`."""

    recipe: str | dict[str, Any] | None = None
    """A recipe: a shipped name, a path (relative to the pipeline file), or inline."""
    train: Literal["sft", "grpo", "rm"] | None = None
    """A training step (`curate train KIND`); its options in `config`."""
    config: str | dict[str, Any] | None = None
    """The training config: a path or inline (its `output_dir` is the stage's folder)."""
    export: ExportStage | None = None
    """An export of a run."""
    model: ModelStage | None = None
    """A base model built offline."""
    set: dict[str, Any] = Field(default_factory=dict)
    """Overrides of the recipe or training config (`key.path: value`)."""
    needs: list[str] = Field(default_factory=list)
    """Stages that must finish first (besides those referred to as `${name}`)."""
    description: str | None = None

    @model_validator(mode="after")
    def _one(self) -> StageSpec:
        kinds = [k for k in ("recipe", "train", "export", "model") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError(
                "give exactly one of recipe, train, export or model"
                + (f" (got {', '.join(kinds)})" if kinds else "")
            )
        if self.config is not None and self.train is None:
            raise ValueError("config: only for a `train` stage")
        if self.train is not None and self.config is None:
            raise ValueError("config: a `train` stage needs its config (a path or a mapping)")
        return self

    @property
    def kind(self) -> str:
        return next(
            k for k in ("recipe", "train", "export", "model") if getattr(self, k) is not None
        )


class PipelineSpec(_Strict):
    pipeline: Annotated[str, Field(pattern=NAME)]
    """The pipeline's name."""
    description: str | None = None
    output_dir: str | None = None
    """Where stage outputs go (default `runs/<pipeline>`, relative to the working directory)."""
    stages: Annotated[dict[Annotated[str, Field(pattern=NAME)], StageSpec], Field(min_length=1)]
    """The stages by name, in any order (they run in dependency order)."""


def refs(value: Any) -> set[str]:
    """Stage names referred to as `${name}` anywhere in `value`."""
    if isinstance(value, str):
        return set(REF.findall(value))
    if isinstance(value, dict):
        return set().union(*(refs(k) | refs(v) for k, v in value.items())) if value else set()
    if isinstance(value, list):
        return set().union(*(refs(v) for v in value)) if value else set()
    return set()


def substitute(value: Any, outputs: dict[str, str]) -> Any:
    """`value` with every `${name}` replaced by that stage's output path."""
    if isinstance(value, str):
        return REF.sub(lambda m: outputs[m.group(1)], value)
    if isinstance(value, dict):
        return {k: substitute(v, outputs) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, outputs) for v in value]
    return value


def is_pipeline_file(path: str | Path) -> bool:
    """A YAML file whose top level has `stages:` (a recipe never does)."""
    p = Path(path)
    if not p.is_file() or p.suffix not in (".yaml", ".yml"):
        return False
    try:
        head = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return bool(re.search(r"(?m)^stages:\s*$", head)) and bool(re.search(r"(?m)^pipeline:", head))


def dependencies(spec: PipelineSpec) -> dict[str, list[str]]:
    """Each stage's upstream stages (explicit `needs` and `${refs}`), checked and ordered."""
    problems: list[str] = []
    deps: dict[str, list[str]] = {}
    for name, st in spec.stages.items():
        found = set(st.needs) | refs(st.model_dump(exclude={"needs", "description"}))
        for d in sorted(found):
            if d not in spec.stages:
                problems.append(
                    f"stages.{name}: refers to stage {d!r}, which does not exist "
                    f"(stages: {', '.join(spec.stages)})"
                )
            elif d == name:
                problems.append(f"stages.{name}: refers to itself")
        deps[name] = [d for d in spec.stages if d in found and d != name]  # file order
    if problems:
        raise RecipeError(problems, "pipeline")
    return deps


def order(spec: PipelineSpec) -> list[str]:
    """Stages in dependency order (file order among independent ones); a cycle is an error."""
    deps = dependencies(spec)
    done: list[str] = []
    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        if state.get(n) == 2:
            return
        if state.get(n) == 1:
            cycle = " → ".join([*path[path.index(n) :], n])
            raise RecipeError(f"stages: dependency cycle {cycle}", "pipeline")
        state[n] = 1
        for d in deps[n]:
            visit(d, [*path, n])
        state[n] = 2
        done.append(n)

    for n in spec.stages:
        visit(n, [])
    return done


def load_pipeline(path: str | Path) -> PipelineSpec:
    """Parse and validate a pipeline file (RecipeError with key paths)."""
    from pydantic import ValidationError

    from curate.safe_yaml import parse_yaml, read_recipe_text
    from curate.validation import format_errors

    p = Path(path)
    # the recipes' own reader: UTF-8, alias limits, duplicate keys, one-line errors
    raw = parse_yaml(read_recipe_text(p, str(p)), str(p))
    try:
        spec = PipelineSpec.model_validate(raw)
    except ValidationError as exc:
        raise RecipeError(format_errors(exc, "", PipelineSpec), str(p)) from None
    order(spec)  # unknown references and cycles
    return spec
