"""The backend interface: rendered prompts in, samples out (text, token counts, finish reason).

A backend gets a list of `Request`s (a rendered prompt, the sample indices wanted and one seed
per sample) and calls `done(i, samples)` once per request as its samples finish, with exactly
one `Sample` per wanted index. A sample that could not be produced carries a reason code in
`error` (`prompt_too_long`, `bad_request`, `backend_error`) instead of text; a failure of the
whole backend (model not found, server unreachable) raises a `BackendError`.

Backends import their heavy dependency (vllm, torch) inside `start()`, which the generation
stage calls only when something is left to generate: a run whose generations are all in the
run store never loads a model.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from curate.errors import StageError
from curate.plugin import Params, Plugin

Prompt = str | list[dict[str, str]]

PROMPT_TOO_LONG = "prompt_too_long"
BAD_REQUEST = "bad_request"
BACKEND_ERROR = "backend_error"
EMPTY_COMPLETION = "empty_completion"


class BackendError(StageError):
    """The backend cannot work at all (model not found, server unreachable, engine crashed)."""


@dataclass(frozen=True)
class Sampling:
    """Sampling parameters shared by every request of a call."""

    temperature: float = 0.6
    top_p: float = 0.95
    max_tokens: int = 1024
    stop: tuple[str, ...] = ()


@dataclass
class Request:
    """One rendered prompt and the samples wanted from it (`seeds[j]` for `indices[j]`)."""

    prompt: Prompt
    indices: list[int]
    seeds: list[int]

    @property
    def n(self) -> int:
        return len(self.indices)


@dataclass
class Sample:
    """One completion, or the reason it could not be made (`error` set, `text` None)."""

    text: str | None = None
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    error: str | None = None
    detail: str | None = None

    @classmethod
    def failed(cls, error: str, detail: str, prompt_tokens: int | None = None) -> Sample:
        return cls(error=error, detail=detail[:500], prompt_tokens=prompt_tokens)


Done = Callable[[int, list[Sample]], None]


class BackendParams(Params):
    """Options shared by every backend (under `generate.options`)."""


@dataclass
class Counters:
    """What a backend did, added to the generation stats."""

    requests: int = 0
    """HTTP requests (or engine calls) sent, re-sends included."""
    retries: int = 0
    resends: int = 0
    """Requests sent again on a fresh connection after a pooled one was found closed."""
    errors: dict[str, int] = field(default_factory=dict)
    usage_prompt_tokens: int = 0
    """Token usage as the server reported it per request (exact even when `n` > 1)."""
    usage_completion_tokens: int = 0

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "requests": self.requests,
            "retries": self.retries,
            "resends": self.resends,
            "request_errors": dict(self.errors),
        }
        if self.usage_prompt_tokens or self.usage_completion_tokens:
            d["usage"] = {
                "prompt_tokens": self.usage_prompt_tokens,
                "completion_tokens": self.usage_completion_tokens,
            }
        return d

    def minus(self, before: dict[str, Any]) -> dict[str, Any]:
        """What was counted since `before` (an earlier `as_dict()`)."""
        now = self.as_dict()
        out: dict[str, Any] = {
            "requests": now["requests"] - before.get("requests", 0),
            "retries": now["retries"] - before.get("retries", 0),
            "resends": now["resends"] - before.get("resends", 0),
        }
        errs = {
            k: v - before.get("request_errors", {}).get(k, 0)
            for k, v in now["request_errors"].items()
        }
        out["request_errors"] = {k: v for k, v in errs.items() if v}
        if "usage" in now:
            b = before.get("usage", {})
            out["usage"] = {k: v - b.get(k, 0) for k, v in now["usage"].items()}
        return out


BP = TypeVar("BP", bound=BackendParams)


class Backend(Plugin[BP]):
    """Base class: subclasses set `Params`, implement `start` and `generate`."""

    Params: ClassVar[type[Params]] = BackendParams
    cache_exempt: ClassVar[frozenset[str]] = frozenset()
    requires: ClassVar[tuple[str, str | None] | None] = None
    """(module, extra) the backend needs installed; `curate validate` names the pip line."""
    """Options that do not change what is generated (timeouts, concurrency, the server's address):
    left out of the generation cache's address, so changing them regenerates nothing."""
    chat_native: ClassVar[bool] = True

    def __init__(
        self,
        params: BP | None = None,
        *,
        model: str = "",
        base_dir: Path | None = None,
        where: str = "generate.model",
        **kwargs: Any,
    ) -> None:
        super().__init__(params, **kwargs)
        self.model = model
        self.where = where
        """The recipe key the model comes from (named in errors)."""
        self.base_dir = base_dir or Path.cwd()
        self.counters = Counters()
        self.started = False

    # --- lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        """Load the model or open the client (heavy imports go here)."""
        self.started = True

    def close(self) -> None:
        """Release the model or the connections."""
        self.started = False

    def generate(
        self, requests: list[Request], sampling: Sampling, done: Done
    ) -> None:  # pragma: no cover
        raise NotImplementedError

    # --- helpers ----------------------------------------------------------------------------
    def local_model_path(self) -> str:
        """The model as a local folder when it names one (relative to the recipe), else as given.

        A name that looks like a path (`./m`, `/m`, `~/m`, `m/` …) but is no folder raises a
        BackendError; a bare `org/name` is left for the backend to find (e.g. in the HF cache).
        """
        raw = self.model
        p = Path(raw).expanduser()
        cand = p if p.is_absolute() else self.base_dir / p
        if cand.is_dir():
            return str(cand.resolve())
        if p.is_dir():
            return str(p.resolve())
        looks_local = (
            raw.startswith((".", "/", "~"))
            or raw.endswith("/")
            or os.sep + os.sep in raw
            or raw.count("/") > 1
        )
        if looks_local or cand.exists() or p.exists():
            raise BackendError(f"{self.where}: {raw!r} is not a model folder (looked in {cand})")
        return raw


def prompt_ids(
    encode: Callable[[Any], list[int]], context: int, i: int, req: Request, done: Done
) -> tuple[list[int], int] | None:
    """A request's token ids and the room the context leaves, or None after answering every
    sample with why it cannot run (`bad_prompt`: the template rejects it; `prompt_too_long`)."""
    try:
        ids = encode(req.prompt)
    except Exception as exc:  # a chat the template rejects (e.g. roles out of order)
        done(i, [Sample.failed("bad_prompt", f"{type(exc).__name__}: {exc}")] * req.n)
        return None
    room = context - len(ids)
    if room <= 0:
        msg = f"the prompt has {len(ids)} tokens; the context holds {context}"
        done(i, [Sample.failed(PROMPT_TOO_LONG, msg, len(ids))] * req.n)
        return None
    return ids, room


def finish(results: dict[int, list[Sample | None]], done: Done, what: str) -> None:
    """Answer each request; a sample the engine returned nothing for is a `backend_error`."""
    for i in sorted(results):
        missing = Sample.failed(BACKEND_ERROR, f"{what} returned no output")
        done(i, [s if s is not None else missing for s in results[i]])
