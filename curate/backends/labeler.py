"""Ask a model for one short label per prompt (a difficulty rating, a problem class), cached.

Used by filters that can fall back on a model where rules stop (`difficulty` ratings,
`problem_type` classes). One greedy reply per distinct prompt text, through any registered
backend (`curate.backends.chat.ChatBackend`), kept by content hash in an in-process LRU and, with
a `cache_dir`, on disk (`<cache_dir>/generations/<key>/`): a rerun asks nothing twice, and an
interrupted run resumes where it stopped. A reply the parser cannot read is a null label with
its raw text kept, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from curate.backends.chat import ChatBackend, ReplyCache, backend_problems
from curate.hashing import stable_hash


class ChatModelConfig(BaseModel):
    """A model behind a generation backend: `{name: openai, model: M, options: {...}}`."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    name: str = "openai"
    """A registered backend: `openai` (any OpenAI-compatible server), `vllm`, `transformers`."""
    model: str
    """A model name the server knows, or a local folder (relative to the recipe)."""
    options: dict[str, Any] = Field(default_factory=dict)
    """The backend's own options, validated as `generate.options` are."""
    max_tokens: int = Field(default=16, gt=0)
    """Reply length cap: a label is a word or a number."""

    @model_validator(mode="after")
    def _check(self) -> ChatModelConfig:
        problems = backend_problems(self.name, self.options)
        if problems:
            raise ValueError("; ".join(problems))
        return self


@dataclass(frozen=True)
class Label:
    value: Any
    """The parsed label, or None when the reply was missing or unreadable."""
    raw: str | None
    """The model's reply as it came."""
    cached: bool = False


class PromptLabeler:
    """`label(texts)`: one parsed label per text; identical texts are asked once."""

    def __init__(
        self,
        model: ChatModelConfig,
        template: str,
        parse: Callable[[str], Any],
        *,
        purpose: str,
        cache_dir: Path | None = None,
        base_dir: Path | None = None,
    ) -> None:
        if "{prompt}" not in template:
            raise ValueError("template: needs a {prompt} placeholder")
        self.template = template
        self.parse = parse
        self.chat = ChatBackend(
            model.name,
            model.model,
            options=model.options,
            base_dir=base_dir,
            max_tokens=model.max_tokens,
        )
        describe = {"purpose": purpose, "template": template, **self.chat.describe()}
        key = f"{purpose}-{stable_hash(purpose, describe)}"
        self.cache = ReplyCache(key, describe, cache_dir)

    def label(self, texts: Sequence[str]) -> list[Label]:
        convs = {
            t: [{"role": "user", "content": self.template.replace("{prompt}", t)}] for t in texts
        }
        keys = {t: self.cache.key(m) for t, m in convs.items()}
        found = self.cache.get(list(keys.values()))
        ask = [t for t in convs if keys[t] not in found]
        replies = dict(zip(ask, self.chat.complete([convs[t] for t in ask]), strict=True))
        for t, r in replies.items():
            self.cache.put(keys[t], r)
        self.cache.flush()
        out: list[Label] = []
        for t in texts:
            r = found.get(keys[t]) or replies[t]
            raw = r.text
            out.append(Label(self.parse(raw) if raw is not None else None, raw, r.cached))
        return out

    def close(self) -> None:
        self.chat.close()


def plugin_labeler(
    plugin: Any,
    model: ChatModelConfig,
    template: str,
    parse: Callable[[str], Any],
    purpose: str,
    cache_dir: str | None,
) -> PromptLabeler:
    """The labeler of a filter (built once, kept on it): replies cached in `cache_dir` (relative
    to the recipe's folder) or else in the run directory the pipeline gave the filter."""
    lab = getattr(plugin, "_labeler_cache", None)
    if lab is None:
        base = getattr(plugin, "base_dir", None)
        where: Path | None = None
        if cache_dir is not None:
            where = Path(cache_dir).expanduser()
            where = where if where.is_absolute() or base is None else Path(base) / where
        lab = PromptLabeler(
            model,
            template,
            parse,
            purpose=purpose,
            cache_dir=where or getattr(plugin, "run_dir", None),
            base_dir=base,
        )
        plugin._labeler_cache = lab
    return lab
