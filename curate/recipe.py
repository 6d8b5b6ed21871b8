"""Recipes: YAML validated once at load time (pydantic, unknown keys forbidden).

Every problem names its key path, the bad value and what is expected, e.g.
`filters[2].mixed_language.threshold: expected a number in [0, 1], got 'high'`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from curate.errors import RecipeError, UnknownPluginError
from curate.fs import as_path, resolve
from curate.mix.spec import MixConfig
from curate.pairs.spec import PairsConfig
from curate.plugin import Params
from curate.ray_spec import RayRunConfig
from curate.registry import BACKENDS, FILTERS, JUDGES, Registry
from curate.safe_yaml import parse_yaml, read_recipe_text
from curate.shipped import resolve_recipe
from curate.validation import format_errors

MAX_WORKERS = 256
"""Most worker processes a run may ask for (`run.workers`)."""
CANONICAL_COLUMNS = ("prompt", "reference", "completion", "domain", "finish_reason", "system")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class SourceConfig(Strict):
    """Where rows come from: a local file (`path`) or a Hugging Face dataset (`dataset`)."""

    path: str | None = None
    """A .jsonl/.json/.parquet/.arrow/.csv file, glob or `save_to_disk` folder relative to the recipe, or an fsspec URL."""
    dataset: str | None = None
    """A Hugging Face Hub dataset name (needs network or a local cache)."""
    run: str | None = None
    """Another run's directory: its kept rows (to chain recipes, e.g. filter then rewrite)."""
    subset: str | None = None
    split: str = "train"
    format: Literal["auto", "jsonl", "json", "parquet", "arrow", "csv", "hf_disk"] = "auto"
    columns: dict[str, str] = Field(default_factory=dict)
    """Canonical column -> source column, e.g. {prompt: question, reference: answer, sample_index: k}; or {messages:
    conversations} to split chats (role/content or ShareGPT from/value) into prompt (turns before the last reply) and completion."""
    limit: int | None = Field(default=None, gt=0)
    """Read at most this many source rows."""
    shuffle_seed: int | None = None
    """Shuffle source rows with this seed before `limit` (loads the source index into memory)."""
    grouped: bool | None = Field(None, description="prompt rows contiguous? see curate.grouping")

    @model_validator(mode="after")
    def _one_origin(self) -> SourceConfig:
        if sum(x is not None for x in (self.path, self.dataset, self.run)) != 1:
            raise ValueError(
                "give exactly one of `path` (a local file), `dataset` (a Hub name) or `run` (a run directory)"
            )
        if "messages" in self.columns and ({"prompt", "completion"} & set(self.columns)):
            raise ValueError(
                "columns: map `messages` (a conversation) or `prompt`/`completion`, not both"
            )
        bad = sorted(set(self.columns) - {*CANONICAL_COLUMNS, "messages", "sample_index"})
        if bad:
            raise ValueError(
                f"columns: unknown canonical column {bad[0]!r}; valid: {', '.join(CANONICAL_COLUMNS)}"
            )
        return self


class ResampleConfig(Strict):
    """More rounds of samples for prompts that no sample solved (judged correct), up to a budget."""

    max_samples: Annotated[int, Field(gt=0)]
    """Total samples per prompt, the first `generate.n` included; rounds stop there."""
    n: Annotated[int, Field(gt=0)] | None = None
    """Samples per extra round (default `generate.n`)."""
    max_rounds: Annotated[int, Field(gt=0)] | None = None
    """At most this many extra rounds (default: as many as `max_samples` allows)."""


class GenerateConfig(Strict):
    """Sampling from a model; the backend's own options (`options`) are validated by the backend."""

    backend: str
    """A registered backend: `vllm`, `openai`, `transformers` (or a third party's)."""
    model: str
    """A local model folder (relative to the recipe) or a model name the backend knows."""
    n: Annotated[int, Field(gt=0)] = 1
    """Samples per prompt."""
    template: str = "chat"
    """Prompt template: chat, r1_zero, few_shot_cot, reflect_verify, custom (see recipes/README.md)."""
    template_args: dict[str, Any] = Field(default_factory=dict)
    """The template's own options (e.g. `{examples: shots.jsonl, shots: 2}`, `{path: t.jinja}`)."""
    system_prompt: str | None = None
    """A system message for chat templates (kept out when the prompt has its own)."""
    temperature: Annotated[float, Field(ge=0)] = 0.6
    """Sampling temperature (R1 used 0.6); 0 is greedy."""
    top_p: Annotated[float, Field(gt=0, le=1)] = 0.95
    """Nucleus sampling (R1 used 0.95)."""
    max_tokens: Annotated[int, Field(gt=0)] = 32768
    """Most tokens per completion (clipped to what the context leaves after the prompt)."""
    seed: int = 0
    """Base seed: each (prompt, sample) gets its own seed derived from it (reproducible reruns)."""
    stop: list[str] = Field(default_factory=list)
    """Stop strings (not included in the completion)."""
    max_error_rate: Annotated[float, Field(ge=0, le=1)] = 0.01
    """Fraction of a shard's samples that may fail with `backend_error` (after retries) and go to
    the rejected store with the error; above it the shard aborts (finished samples are kept for
    the resume). 0 stops the run on the first sample that keeps failing."""
    checkpoint_every: Annotated[int, Field(gt=0)] = 64
    """Write finished samples to RUN/generations every this many samples (and every few seconds),
    so a crash loses at most that many."""
    resample_unsolved: ResampleConfig | None = None
    """More rounds for prompts with 0 correct samples (needs judges)."""
    options: dict[str, Any] = Field(default_factory=dict)
    """Backend options, validated by the backend (e.g. vllm: dtype, max_model_len; openai: base_url)."""

    @model_validator(mode="after")
    def _check(self) -> GenerateConfig:
        from curate.templates import TEMPLATES

        if self.template not in TEMPLATES:
            raise ValueError(
                f"template: unknown template {self.template!r}; valid: {', '.join(TEMPLATES)}"
            )
        if self.resample_unsolved is not None and self.resample_unsolved.max_samples <= self.n:
            raise ValueError(
                f"resample_unsolved.max_samples: expected more than generate.n ({self.n}) so there "
                f"is room for another round, got {self.resample_unsolved.max_samples}"
            )
        return self


class SelectConfig(Strict):
    """Keep up to `k` passing samples per prompt, chosen by `policy`."""

    k: int | None = Field(default=None, gt=0)
    policy: Literal["first", "shortest", "longest", "median", "random", "diverse"] = "first"
    seed: int = 0
    by: str | None = None
    """Rank by this score column, highest first (e.g. `rm_score` from an `rm` judge: top-k by
    reward model); rows without a score come last; ties follow `policy` (not `diverse`)."""

    @model_validator(mode="after")
    def _by(self) -> SelectConfig:
        if self.by is not None and self.policy == "diverse":
            raise ValueError(
                "by: cannot be combined with policy `diverse` (use first, shortest or random)"
            )
        return self


class OutputConfig(Strict):
    dir: str | None = None
    """Run directory (default `runs/<name>`)."""
    format: Literal["parquet", "jsonl"] = "parquet"


class RunConfig(Strict, RayRunConfig):
    batch_size: Annotated[int, Field(gt=0)] = 1000
    """Source rows per shard: the unit of streaming, resume and statistics."""
    workers: Annotated[int, Field(gt=0, le=MAX_WORKERS)] = 1
    """Shards processed in parallel (processes, each loading the pipeline; at most 256; the CPUs
    of a local Ray instance)."""


class RecipeModel(Strict):
    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    description: str | None = None
    license: str | None = Field(default=None, min_length=1)  # Hub id (mit, …) for export cards
    source: SourceConfig | None = None
    """Rows to process (give `source` or `mix`)."""
    mix: MixConfig | None = None
    """Combine finished runs instead of reading a source (see recipes/README.md, "Mix")."""
    generate: GenerateConfig | None = None
    judges: list[Any] = Field(default_factory=list)
    filters: list[Any] = Field(default_factory=list)
    select: SelectConfig = Field(default_factory=SelectConfig)
    pairs: PairsConfig | None = None
    """Build preference pairs (prompt, chosen, rejected) per shard into RUN/pairs (see curate.pairs)."""
    output: OutputConfig = Field(default_factory=OutputConfig)
    run: RunConfig = Field(default_factory=RunConfig)

    @model_validator(mode="after")
    def _source_or_mix(self) -> RecipeModel:
        problems = source_or_mix_problems(self.model_dump(exclude_defaults=True))
        if problems:  # load_recipe reports these with their key paths first
            raise ValueError("; ".join(problems))
        return self


def source_or_mix_problems(raw: dict[str, Any]) -> list[str]:
    """A recipe reads a `source` or combines finished runs (`mix`), and a mix has no stages
    that need completions made or judged (those belong in the input recipes)."""
    has_source, has_mix = raw.get("source") is not None, raw.get("mix") is not None
    if not has_source and not has_mix:
        return ["source: required key is missing (or a `mix:` section to combine finished runs)"]
    if has_source and has_mix:
        return [
            "mix: give `source` (rows to process) or `mix` (finished runs to combine), not both"
        ]
    if not has_mix:
        return []
    select = raw.get("select")
    return [
        f"{key}: a `mix` recipe combines finished runs and takes `filters` only; run {key} in "
        "the input recipes"
        for key, given in (
            ("generate", raw.get("generate")),
            ("judges", raw.get("judges")),
            ("select", isinstance(select, dict) and select.get("k") is not None),
            ("pairs", raw.get("pairs")),
        )
        if given
    ]


@dataclass(frozen=True)
class PluginSpec:
    kind: str  # "filter" | "judge"
    name: str
    label: str  # unique within the recipe: name, or name[2] when repeated
    params: Params
    base_dir: Path | None = None  # the recipe's folder
    key: str = ""  # where it sits in the recipe: `judges[0].llm`

    def build(self) -> Any:
        reg = FILTERS if self.kind == "filter" else JUDGES
        plugin = reg.get(self.name)(self.params)
        if self.base_dir is not None and hasattr(plugin, "base_dir"):
            # plugins that read files (benchmarks, ledgers) declare `base_dir` and resolve
            # relative paths against the recipe's folder
            plugin.base_dir = self.base_dir
        if self.key and hasattr(plugin, "key_path"):  # named in its errors
            plugin.key_path = self.key
        return plugin


@dataclass
class Recipe:
    model: RecipeModel
    judges: list[PluginSpec]
    filters: list[PluginSpec]
    base_dir: Path
    raw: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def name(self) -> str:
        return self.model.name

    @property
    def source(self) -> SourceConfig:
        """The `source` section (a mix recipe has none: RecipeError)."""
        if self.model.source is None:
            raise RecipeError("source: this recipe has no `source` section (a mix recipe)")
        return self.model.source

    def dump(self) -> dict[str, Any]:
        """The validated recipe as plain data (plugin params with their defaults filled in)."""
        d = self.model.model_dump(mode="json")
        d["judges"] = [{s.name: s.params.model_dump(mode="json")} for s in self.judges]
        d["filters"] = [{s.name: s.params.model_dump(mode="json")} for s in self.filters]
        return d

    def fingerprint(self) -> str:
        """Hash of everything that decides the rows (not where they go nor how many workers)."""
        d = self.dump()
        for key in ("output", "run", "description", "license"):  # not deciding the rows
            d.pop(key, None)
        for k in ("max_error_rate", "checkpoint_every"):  # they decide no committed row: raising
            (d.get("generate") or {}).pop(k, None)  # the rate to pass a failing prompt resumes
        d["batch_size"] = self.model.run.batch_size  # shard boundaries decide resume
        blob = json.dumps(d, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def run_dir(self, out: str | Path | None = None) -> Path:
        where = out if out is not None else self.model.output.dir  # a path or an fsspec URL
        return as_path(where) if where else Path("runs") / self.name

    def resolve_path(self, p: str) -> Path:
        return resolve(p, self.base_dir)  # a URL as is, a local path relative to the recipe


# --- loading ------------------------------------------------------------------------------


_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _path_tokens(key: str) -> list[str | int]:
    tokens: list[str | int] = []
    pos = 0
    for m in _TOKEN.finditer(key):
        if m.start() != pos and key[pos : m.start()] != ".":
            raise RecipeError(f"--set {key}: cannot parse key path")
        tokens.append(int(m.group(2)) if m.group(2) is not None else m.group(1))
        pos = m.end()
    if not tokens or pos != len(key):
        raise RecipeError(
            f"--set {key}: cannot parse key path (use e.g. filters[0].length.max_chars)"
        )
    return [int(t) if isinstance(t, str) and t.isdigit() else t for t in tokens]


def apply_override(raw: dict[str, Any], assignment: str) -> None:
    """Apply `key.path=value` (value parsed as YAML) to the raw recipe dict, in place.

    List items of `judges`/`filters` can be addressed by index (`filters[1]`) or by plugin name
    (`filters.length`, the first item with that name).
    """
    if "=" not in assignment:
        raise RecipeError(f"--set {assignment!r}: expected KEY=VALUE, e.g. source.limit=100")
    key, _, text = assignment.partition("=")
    key = key.strip()
    value = parse_yaml(text, f"--set {key}") if text.strip() else ""
    tokens = _path_tokens(key)
    node: Any = raw
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        last = i == len(tokens) - 1
        if isinstance(node, list) and isinstance(tok, str):
            # a plugin item addressed by name: step into it, then treat `tok` as its key
            idx = next(
                (
                    j
                    for j, it in enumerate(node)
                    if it == tok or (isinstance(it, dict) and tok in it)
                ),
                None,
            )
            if idx is None:
                raise RecipeError(f"--set {key}: no item named {tok!r} in this list")
            if isinstance(node[idx], str):
                node[idx] = {tok: {}}
            node = node[idx]
            if node[tok] is None and not last:
                node[tok] = {}
        elif isinstance(node, list) and isinstance(tok, int):
            if tok >= len(node):
                raise RecipeError(
                    f"--set {key}: index {tok} out of range (the list has {len(node)} items)"
                )
            if not last and isinstance(node[tok], str):  # `- correct` written without params
                node[tok] = {node[tok]: {}}
        elif not isinstance(node, dict):
            where = ".".join(str(t) for t in tokens[:i])
            raise RecipeError(f"--set {key}: {where!r} is not a mapping")
        if last:
            node[tok] = value
            return
        if isinstance(node, dict) and node.get(tok) is None:
            node[tok] = {}  # a section or plugin without params yet
        node = node[tok]
        i += 1


def _build_plugins(
    kind: str, registry: Registry[Any], items: list[Any], problems: list[str]
) -> list[PluginSpec]:
    section = f"{kind}s"
    specs: list[PluginSpec] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        where = f"{section}[{i}]"
        params: Any
        if isinstance(item, str):
            name, params = item, {}
        elif isinstance(item, dict) and len(item) == 1:
            name, params = next(iter(item.items()))
            params = {} if params is None else params
        else:
            problems.append(
                f"{where}: expected `name` or `{{name: {{params}}}}` (one key), got {item!r}"
            )
            continue
        try:
            cls = registry.get(str(name))
        except UnknownPluginError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if not isinstance(params, dict):
            problems.append(f"{where}.{name}: expected a mapping of parameters, got {params!r}")
            continue
        try:
            p = cls.Params.model_validate(params)
        except ValidationError as exc:
            problems.extend(format_errors(exc, f"{where}.{name}", cls.Params))
            continue
        n = seen.get(name, 0)
        seen[name] = n + 1
        label = name if n == 0 else f"{name}[{n + 1}]"
        specs.append(PluginSpec(kind, str(name), label, p, key=f"{where}.{name}"))
    return specs


def _generate_problems(gen: GenerateConfig) -> list[str]:
    """The backend name, its `options` and the template's `template_args`, validated by their owners."""
    from curate.templates import TEMPLATES

    if gen.backend not in BACKENDS:
        return [f"generate.backend: {BACKENDS.unknown_message(gen.backend)}"]
    problems: list[str] = []
    for where, cls, args in (
        ("generate.options", BACKENDS.get(gen.backend).Params, gen.options),
        ("generate.template_args", TEMPLATES[gen.template].Params, gen.template_args),
    ):
        try:
            cls.model_validate(args)
        except ValidationError as exc:
            problems.extend(format_errors(exc, where, cls))
    return problems


def load_recipe(
    path: str | Path | None = None,
    *,
    text: str | None = None,
    data: dict[str, Any] | None = None,
    overrides: list[str] | tuple[str, ...] = (),
    base_dir: str | Path | None = None,
) -> Recipe:
    """Load and validate a recipe from a file, YAML text or a dict. Raises `RecipeError`."""
    label = str(path) if path is not None else "<recipe>"
    if data is None:
        if text is None:
            if path is None:
                raise ValueError("give a path, text or data")
            path = p = resolve_recipe(path)
            if not p.is_file():
                raise RecipeError(
                    f"recipe file not found: {p} (shipped recipes: `curate list recipes`)"
                )
            text = read_recipe_text(p, label)
        raw = parse_yaml(text, label)
    else:
        raw = json.loads(json.dumps(data))  # a private deep copy
    if raw is None:
        raise RecipeError("the recipe is empty; it needs at least `name` and `source`", label)
    if not isinstance(raw, dict):
        raise RecipeError(
            f"the recipe must be a mapping of sections, got {type(raw).__name__}", label
        )
    for ov in overrides:
        apply_override(raw, ov)
    problems: list[str] = source_or_mix_problems(raw)
    first = list(problems)
    model: RecipeModel | None = None
    try:
        model = RecipeModel.model_validate(raw)
    except ValidationError as exc:
        for msg in format_errors(exc, "", RecipeModel):
            if not any(p in msg for p in first):  # already reported with its key path
                problems.append(msg)
    judges = (
        _build_plugins("judge", JUDGES, raw.get("judges") or [], problems)
        if isinstance(raw.get("judges") or [], list)
        else []
    )
    filters = (
        _build_plugins("filter", FILTERS, raw.get("filters") or [], problems)
        if isinstance(raw.get("filters") or [], list)
        else []
    )
    if judges and getattr(judges[0].params, "when", None) == "disagree":
        problems.append(
            f"judges[0].{judges[0].name}.when: `disagree` audits what earlier judges decided, and "
            "there is none before it; put it after a deciding judge, or use `always`"
        )
    if model is not None and model.generate is not None:
        problems.extend(_generate_problems(model.generate))
        if model.generate.resample_unsolved is not None and not model.judges:
            problems.append(
                "generate.resample_unsolved: needs at least one judge to tell solved prompts from unsolved"
            )
    if problems or model is None:
        raise RecipeError(problems, label)
    base = (
        Path(base_dir)
        if base_dir is not None
        else (Path(path).parent if path is not None else Path.cwd())
    )
    return Recipe(
        model=model,
        judges=[replace(s, base_dir=base) for s in judges],
        filters=[replace(s, base_dir=base) for s in filters],
        base_dir=base,
        raw=raw,
        path=Path(path) if path else None,
    )
