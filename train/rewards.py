"""Reward functions for GRPO with TRL's signature, `fn(completions, **kwargs) -> list[float | None]`.

Each one runs the code of a registered judge or filter (`curate.registry.JUDGES` / `FILTERS`), so
a row scores online exactly as it was judged or filtered offline; `None` means "cannot judge"
(TRL ignores it) and is never turned into 0.

- `accuracy`: the judges. Per row, the judge named by the row's `reward_type` (or `domain`:
  math, code, choice, …; see `curate.export._rows.DOMAIN_JUDGES`), else `judge` (default `math`).
- `format`: 1.0 where the `format` filter keeps the completion, else 0.0.
- `language_consistency`: the `mixed_language` filter's `language_ratio` (R1's reward).
- `reasoning_steps`: step markers counted as open-r1 does (no filter measures them), / `min_steps`.
- `cosine_length`: accuracy scaled by length on a cosine (open-r1's, after Kimi 1.5): short
  correct answers earn most, short wrong ones lose most.
- `repetition`: `max_penalty` × the `repetition` filter's `dup_ngram_ratio`; a looping tail
  gets the full penalty.

Rewards are registered by name (`REWARDS`); each accepts a `weight` plus its own options (the
filter rewards take the filter's parameters). `build_rewards(["accuracy", {"format": {"weight":
0.2}}])` returns the functions and their weights for `GRPOConfig.reward_weights`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Literal

import polars as pl
from curate.judges.base import completion_text
from curate.train._reward_rows import parse_label, response_text, reward_frame
from pydantic import BaseModel, Field, ValidationError, create_model

from curate.errors import RecipeError
from curate.export._rows import DOMAIN_JUDGES
from curate.plugin import Params
from curate.registry import FILTERS, JUDGES
from curate.text import reasoning_expr, summary_expr


class RewardParams(Params):
    weight: float = 1.0
    """Weight of this reward in the sum (TRL's `reward_weights`)."""


REWARDS: dict[str, type[Reward]] = {}
SHAPING = "curate.train.shaping"  # more built-in rewards, registered on import


def register(name: str) -> Callable[[type[Reward]], type[Reward]]:
    def deco(cls: type[Reward]) -> type[Reward]:
        if name in REWARDS and REWARDS[name] is not cls:
            raise ValueError(f"reward {name!r} registered twice")
        REWARDS[name] = cls
        cls.name = name
        return cls

    return deco


def load_builtin_rewards() -> dict[str, type[Reward]]:
    """Every built-in reward: this module's and the shaping rewards (`curate.train.shaping`)."""
    import importlib

    importlib.import_module(SHAPING)  # registers tag_count, soft_overlong, kimi_length
    return REWARDS


class Reward:
    """Base class: `Params` (a `RewardParams`), optionally `filter_name` whose parameters it takes."""

    name: ClassVar[str] = ""
    Params: ClassVar[type[RewardParams]] = RewardParams
    filter_name: ClassVar[str | None] = None
    _models: ClassVar[dict[str, type[BaseModel]]] = {}

    @classmethod
    def params_model(cls) -> type[BaseModel]:
        """`Params`, merged with the filter's parameters for rewards built on a filter."""
        if cls.filter_name is None:
            return cls.Params
        key = f"{cls.__module__}.{cls.__qualname__}"
        if key not in Reward._models:
            fparams = FILTERS.get(cls.filter_name).Params
            Reward._models[key] = create_model(
                f"{cls.__name__}Params", __base__=(cls.Params, fparams), __module__=cls.__module__
            )
        return Reward._models[key]

    def __init__(self, params: BaseModel | None = None, **kwargs: Any) -> None:
        self.params: Any = params if params is not None else self.params_model()(**kwargs)
        self.calls = 0
        self.last_completions: list[str] = []  # texts of the last call (debugging, tests)

    @property
    def __name__(self) -> str:  # TRL logs rewards as rewards/<__name__>/mean
        return self.name

    @property
    def weight(self) -> float:
        return float(self.params.weight)

    def filter(self) -> Any:
        """The filter instance this reward runs (built once)."""
        if not hasattr(self, "_filter"):
            cls = FILTERS.get(self.filter_name or "")
            names = set(cls.Params.model_fields)
            self._filter = cls(cls.Params(**self.params.model_dump(include=names)))
        return self._filter

    def __call__(self, completions: Sequence[Any], **kwargs: Any) -> list[float | None]:
        self.calls += 1
        self.last_completions = [completion_text(c) for c in completions]
        if not completions:
            return []
        return self.score(completions, kwargs)

    def score(
        self, completions: Sequence[Any], kwargs: Mapping[str, Any]
    ) -> list[float | None]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.params!r})"


# --- accuracy (the judges) -----------------------------------------------------------------


class AccuracyParams(RewardParams):
    judge: str | None = None
    """Judge for rows that name none (no `reward_type`/`domain` column, or a blank value);
    default: `math` when installed, else `exact`."""
    judges: dict[str, dict[str, Any]] = Field(default_factory=dict)
    """Parameters per judge name, e.g. {math: {timeout_s: 2}, code: {timeout_s: 5}}."""
    dispatch: bool = True
    """Pick the judge per row from its `reward_type` (else `domain`) column when present."""


def row_judge_names(kwargs: Mapping[str, Any], n: int, default: str) -> list[str]:
    """Per row: the judge its `reward_type` or `domain` names (domain aliases mapped)."""
    for key in ("reward_type", "domain"):
        values = kwargs.get(key)
        if isinstance(values, (list, tuple)) and len(values) == n:
            out = []
            for v in values:
                s = str(v).strip().lower() if v is not None else ""
                out.append(DOMAIN_JUDGES.get(s, s) if s else default)
            return out
    return [default] * n


@register("accuracy")
class AccuracyReward(Reward):
    """1.0 / 0.0 from the judge of each row (math, code, choice, …); None where it cannot judge."""

    Params = AccuracyParams

    def __init__(self, params: BaseModel | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        self._judges: dict[str, Any] = {}
        p = self.params
        for name, args in p.judges.items():
            JUDGES.get(name).Params.model_validate(args)  # unknown judge / bad options: fail early
        if p.judge is not None:
            JUDGES.get(p.judge)

    @property
    def default_judge(self) -> str:
        if self.params.judge:
            return str(self.params.judge)
        return "math" if "math" in JUDGES else "exact"

    def judge_for(self, name: str) -> Any | None:
        if name not in self._judges:
            if name not in JUDGES:
                self._judges[name] = None
            else:
                cls = JUDGES.get(name)
                self._judges[name] = cls(
                    cls.Params.model_validate(self.params.judges.get(name, {}))
                )
        return self._judges[name]

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        n = len(completions)
        names = (
            row_judge_names(kwargs, n, self.default_judge)
            if self.params.dispatch
            else [self.default_judge] * n
        )
        out: list[float | None] = [None] * n
        groups: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            groups.setdefault(name, []).append(i)
        for name, idx in groups.items():
            judge = self.judge_for(name)
            if judge is None:  # a reward type no installed judge handles: cannot judge
                continue
            sub = {
                k: [v[i] for i in idx]
                for k, v in kwargs.items()
                if isinstance(v, (list, tuple)) and len(v) == n and k not in ("reward_type",)
            }
            for i, v in zip(idx, judge([completions[i] for i in idx], **sub), strict=True):
                out[i] = v
        return out


# --- rewards over filters --------------------------------------------------------------------


@register("format")
class FormatReward(Reward):
    """1.0 where the `format` filter keeps the completion (`<think>…</think>summary`), else 0.0."""

    filter_name = "format"

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        v = self.filter().verdicts(reward_frame(completions, kwargs))
        return [1.0 if k else 0.0 for k in v["keep"].fill_null(False).to_list()]


@register("language_consistency")
class LanguageConsistencyReward(Reward):
    """The `mixed_language` filter's `language_ratio`: share of the text in the target language."""

    filter_name = "mixed_language"

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        v = self.filter().verdicts(reward_frame(completions, kwargs))
        return [
            None if r is None or math.isnan(r) else float(r) for r in v["language_ratio"].to_list()
        ]


class RepetitionRewardParams(RewardParams):
    max_penalty: float = Field(default=-1.0, le=0.0)
    """Reward of a completion whose n-grams all repeat (and of a looping tail); 0 for none."""


@register("repetition")
class RepetitionReward(Reward):
    """`max_penalty` × the `repetition` filter's `dup_ngram_ratio`; a looping tail: `max_penalty`."""

    Params = RepetitionRewardParams
    filter_name = "repetition"

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        v = self.filter().verdicts(reward_frame(completions, kwargs))
        pen = float(self.params.max_penalty)
        return [
            pen if reason == "looping_tail" else (pen * float(ratio) if ratio else 0.0)
            for reason, ratio in zip(
                v["reason"].to_list(), v["dup_ngram_ratio"].to_list(), strict=True
            )
        ]


# --- reasoning steps, length ------------------------------------------------------------------

STEP_PATTERN = r"(Step \d+:|^\d+\.|\n-|\n\*|First,|Second,|Next,|Finally,)"
"""open-r1's step markers (`reasoning_steps_reward`): "Step 1:", a numbered line at the start,
bullets, and First/Second/Next/Finally."""


class StepsParams(RewardParams):
    min_steps: int = Field(default=3, ge=1)
    """Markers that earn the full reward (open-r1: 3)."""
    part: Literal["completion", "reasoning", "summary"] = "completion"
    """Where to count: the whole completion (open-r1), the reasoning, or the summary."""
    pattern: str = STEP_PATTERN
    """Regular expression of one step marker (Rust regex syntax)."""


@register("reasoning_steps")
class ReasoningStepsReward(Reward):
    """min(1, step markers / `min_steps`): rewards visibly structured reasoning (open-r1)."""

    Params = StepsParams

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        p = self.params
        frame = pl.DataFrame(
            {"c": [completion_text(c) for c in completions]}, schema={"c": pl.Utf8}
        )
        text = {
            "completion": pl.col("c"),
            "reasoning": reasoning_expr("c"),
            "summary": summary_expr("c"),
        }[p.part]
        counts = frame.select(text.fill_null("").str.count_matches(p.pattern)).to_series().to_list()
        return [min(1.0, c / p.min_steps) for c in counts]


class CosineParams(AccuracyParams):
    min_value_wrong: float = -1.0
    """Reward of the shortest wrong answer (open-r1: -1.0)."""
    max_value_wrong: float = -0.5
    """Reward of a wrong answer at `max_len` (open-r1: -0.5)."""
    min_value_correct: float = 0.5
    """Reward of a correct answer at `max_len` (open-r1: 0.5)."""
    max_value_correct: float = 1.0
    """Reward of the shortest correct answer (open-r1: 1.0)."""
    max_len: int = Field(default=1000, gt=0)
    """Length at which the cosine reaches its end (longer is clipped to it)."""
    length_unit: Literal["auto", "tokens", "chars"] = "auto"
    """`tokens`: TRL's `completion_ids`; `chars`: characters; `auto`: tokens when given."""


@register("cosine_length")
class CosineLengthReward(Reward):
    """Accuracy scaled by length on a cosine (open-r1's cosine reward; Kimi 1.5's idea)."""

    Params = CosineParams

    def __init__(self, params: BaseModel | None = None, **kwargs: Any) -> None:
        super().__init__(params, **kwargs)
        acc_fields = set(AccuracyParams.model_fields)
        self.accuracy = AccuracyReward(AccuracyParams(**self.params.model_dump(include=acc_fields)))

    def lengths(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[int]:
        ids = kwargs.get("completion_ids")
        unit = self.params.length_unit
        if unit != "chars" and isinstance(ids, (list, tuple)) and len(ids) == len(completions):
            return [len(x) for x in ids]
        if unit == "tokens":
            raise ValueError("cosine_length: length_unit tokens needs TRL's completion_ids")
        return [len(completion_text(c)) for c in completions]

    def score(self, completions: Sequence[Any], kwargs: Mapping[str, Any]) -> list[float | None]:
        p = self.params
        acc = self.accuracy(completions, **kwargs)
        out: list[float | None] = []
        for a, n in zip(acc, self.lengths(completions, kwargs), strict=True):
            if a is None:
                out.append(None)
                continue
            cosine = math.cos(min(1.0, n / p.max_len) * math.pi)
            lo, hi = (
                (p.min_value_correct, p.max_value_correct)
                if a >= 0.5
                else (p.max_value_wrong, p.min_value_wrong)
            )
            out.append(lo + 0.5 * (hi - lo) * (1.0 + cosine))
        return out


# --- building ---------------------------------------------------------------------------------


def _items(spec: Any) -> list[tuple[str, Any]]:
    if isinstance(spec, Mapping):
        return [(str(k), v) for k, v in spec.items()]
    items: list[tuple[str, Any]] = []
    for i, item in enumerate(spec or []):
        if isinstance(item, str):
            items.append((item, {}))
        elif isinstance(item, Mapping) and len(item) == 1:
            k, v = next(iter(item.items()))
            items.append((str(k), v))
        else:
            raise RecipeError(
                f"rewards[{i}]: expected `name` or `{{name: {{options}}}}`, got {item!r}"
            )
    return items


def build_rewards(spec: Any, prefix: str = "rewards") -> tuple[list[Reward], list[float]]:
    """Reward functions and weights from `["accuracy", {"format": {"weight": 0.2}}]` (or a
    mapping name → options, or name → weight). Raises `RecipeError` with key paths."""
    from curate.validation import format_errors

    load_builtin_rewards()
    problems: list[str] = []
    funcs: list[Reward] = []
    for i, (name, opts) in enumerate(_items(spec)):
        where = f"{prefix}[{i}].{name}"
        if name not in REWARDS:
            import difflib

            close = difflib.get_close_matches(name, list(REWARDS), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(
                f"{prefix}[{i}]: unknown reward {name!r}{hint}; valid: {', '.join(sorted(REWARDS))}"
            )
            continue
        if isinstance(opts, (int, float)) and not isinstance(opts, bool):
            opts = {"weight": float(opts)}
        opts = {} if opts is None else opts
        if not isinstance(opts, Mapping):
            problems.append(f"{where}: expected a mapping of options or a weight, got {opts!r}")
            continue
        cls = REWARDS[name]
        try:
            model = cls.params_model()
            funcs.append(cls(model.model_validate(dict(opts))))
        except ValidationError as exc:
            problems.extend(format_errors(exc, where, model))
        except Exception as exc:  # an unknown judge in `judges:`, a missing filter
            problems.append(f"{where}: {exc}")
    if problems:
        raise RecipeError(problems, "rewards")
    if not funcs:
        raise RecipeError("rewards: expected at least one reward, e.g. [accuracy, format]")
    return funcs, [f.weight for f in funcs]


# --- other trainers' shapes (one implementation: the `accuracy` reward) ----------------------
# verl runs this file by path as a fresh module (`custom_reward_function.path=...`), OpenRLHF too
# (`--remote_rm_url FILE.py`); `pkg://curate.train.rewards` imports it as a package module.

_ACCURACY: list[AccuracyReward] = []


def trainer_scores(
    completions: Sequence[str], references: Sequence[Any], reward_types: Sequence[str | None]
) -> list[float | None]:
    """The `accuracy` reward of each completion against its reference, judged by its type."""
    if not _ACCURACY:
        _ACCURACY.append(AccuracyReward())
    kw: dict[str, Any] = {"reference": [None if r is None else str(r) for r in references]}
    if any(reward_types):
        kw["reward_type"] = list(reward_types)
    return _ACCURACY[0](list(completions), **kw)


def verl_compute_score(
    data_source: str, solution_str: str, ground_truth: str, extra_info: dict[str, Any] | None = None
) -> dict[str, Any]:
    """verl's custom reward (`custom_reward_function.path=pkg://curate.train.rewards`,
    `custom_reward_function.name=verl_compute_score`; a path to this file works too).

    The row's judge comes from `extra_info.reward_type` (the `verl` export writes it). verl needs
    a number: a row no judge can decide scores 0.0, reported as `unjudged: 1.0`.
    """
    (value,) = trainer_scores(
        [solution_str], [ground_truth], [(extra_info or {}).get("reward_type")]
    )
    return {"score": 0.0 if value is None else float(value), "unjudged": float(value is None)}


def reward_func(queries: list[str], prompts: list[str], labels: list[Any]) -> dict[str, Any]:
    """OpenRLHF's custom reward (`--remote_rm_url` naming this file): `queries` are prompt +
    response as decoded by OpenRLHF; the response is what follows the prompt, trailing special
    tokens removed. Returns rewards, scores and `extra_logs.unjudged` (1.0 where no judge could
    decide; those rows score 0.0)."""
    texts = [response_text(q, p) for q, p in zip(queries, prompts, strict=True)]
    refs, types = zip(*(parse_label(lb) for lb in labels), strict=True) if labels else ((), ())
    values = trainer_scores(texts, refs, types)
    scores = [0.0 if v is None else float(v) for v in values]
    unjudged = [float(v is None) for v in values]
    try:
        import torch
    except ImportError:  # OpenRLHF has torch; plain lists for anything else
        return {"rewards": scores, "scores": scores, "extra_logs": {"unjudged": unjudged}}
    t = torch.tensor(scores, dtype=torch.float32)
    return {"rewards": t, "scores": t.clone(), "extra_logs": {"unjudged": torch.tensor(unjudged)}}


def _resolve_annotations() -> None:
    """Run by path as a fresh module, this file is not in `sys.modules`, and pydantic cannot
    resolve the postponed annotations of its models: resolve them against its own names."""
    import sys

    if __name__ not in sys.modules:
        for cls in (
            RewardParams,
            AccuracyParams,
            RepetitionRewardParams,
            StepsParams,
            CosineParams,
        ):
            cls.model_rebuild(force=True, _types_namespace=dict(globals()))


_resolve_annotations()
