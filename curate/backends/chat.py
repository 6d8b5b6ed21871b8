"""A generation backend used as a judge: chat conversations in, one reply each out, cached.

`ChatBackend` builds any registered backend (`vllm`, `openai`, `transformers`, a third party's)
from its name, model and options (validated as `generate.options` are), turns chat messages
into text for a backend that wants text (`chat_native = False`: the model's chat template), and
sends a whole batch in one `generate` call (greedy by default). A reply that failed carries the
backend's reason code (`backend_error`, `prompt_too_long`, `bad_request`, `bad_prompt`) instead
of text; a backend that cannot work at all raises `BackendError`. It serves the `llm` judge and
the pairwise judge of `curate.pairs` (`curate.pairs.pairwise.BackendPairJudge`).

`ReplyCache` keeps replies addressed by content: `config_key` hashes what produces a reply
(backend, model, the options that change outputs, sampling, seed) and each item's key hashes
that with the exact messages (so the template, the system prompt and every input are in it). It
holds an in-process LRU and, given a directory, a `curate.store.GenerationCache` there
(`DIR/generations/<config_key>/part-*.parquet`, the run store's layout for generations: the
judge's replies are generations of the judge model). Only successful replies are kept, so a
failure is asked again on the next run; what is kept is the raw reply, and the verdict is parsed
again from it each time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from curate.backends.base import BACKEND_ERROR, Request, Sample, Sampling
from curate.hashing import stable_hash

Messages = list[dict[str, str]]


@dataclass(frozen=True)
class Reply:
    """One judge reply: its text, or the reason code it could not be had (`error`)."""

    text: str | None
    finish_reason: str | None = None
    error: str | None = None
    detail: str | None = None
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.text is not None


def backend_problems(name: str, options: dict[str, Any], where: str = "options") -> list[str]:
    """What is wrong with a backend name and its options (empty when they are fine)."""
    from pydantic import ValidationError

    from curate.registry import BACKENDS
    from curate.validation import format_errors

    if name not in BACKENDS:
        return [BACKENDS.unknown_message(name)]
    cls = BACKENDS.get(name).Params
    try:
        cls.model_validate(options)
    except ValidationError as exc:
        return format_errors(exc, where, cls)
    return []


class ChatBackend:
    """A registered generation backend asked one greedy reply per conversation."""

    def __init__(
        self,
        name: str,
        model: str,
        *,
        options: dict[str, Any] | None = None,
        base_dir: Path | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.0,
        top_p: float = 1.0,
        seed: int = 0,
        where: str = "model",
    ) -> None:
        from curate.registry import BACKENDS

        cls = BACKENDS.get(name)
        self.name = name
        self.options = dict(options or {})
        self.backend = cls(
            cls.Params.model_validate(self.options), model=model, base_dir=base_dir, where=where
        )
        self.sampling = Sampling(temperature=temperature, top_p=top_p, max_tokens=max_tokens)
        self.seed = seed
        self._tokenizer: Any = None

    def describe(self) -> dict[str, Any]:
        """What decides the replies (options that do not, such as the server's address, left out)."""
        exempt = type(self.backend).cache_exempt
        return {
            "backend": self.name,
            "model": self.backend.model,
            "options": {k: v for k, v in sorted(self.options.items()) if k not in exempt},
            "temperature": self.sampling.temperature,
            "top_p": self.sampling.top_p,
            "max_tokens": self.sampling.max_tokens,
            "seed": self.seed,
        }

    def as_prompt(self, messages: Messages) -> Any:
        """The messages as the backend takes them: as they are, or rendered by the chat template."""
        if getattr(self.backend, "chat_native", True):
            return messages
        if self._tokenizer is None:
            from transformers import AutoTokenizer

            self._tokenizer = AutoTokenizer.from_pretrained(self.backend.local_model_path())
        return self._tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=True
        )

    def complete(
        self,
        conversations: Sequence[Messages],
        on_reply: Callable[[int, Reply], None] | None = None,
    ) -> list[Reply]:
        """One reply per conversation, all in one batched `generate` call (in order)."""
        replies: list[Reply | None] = [None] * len(conversations)
        requests: list[Request] = []
        owner: list[int] = []
        for i, msgs in enumerate(conversations):
            try:
                prompt = self.as_prompt(msgs)
            except Exception as exc:  # a conversation the chat template rejects
                replies[i] = Reply(None, error="bad_prompt", detail=f"{type(exc).__name__}: {exc}")
                continue
            requests.append(Request(prompt, [0], [self.seed]))
            owner.append(i)

        def done(j: int, samples: list[Sample]) -> None:
            s = samples[0] if samples else Sample.failed(BACKEND_ERROR, "no sample")
            r = (
                Reply(s.text, s.finish_reason)
                if s.error is None and s.text is not None
                else Reply(None, s.finish_reason, s.error or BACKEND_ERROR, s.detail)
            )
            replies[owner[j]] = r
            if on_reply is not None:
                on_reply(owner[j], r)

        if requests:
            if not self.backend.started:
                self.backend.start()
            self.backend.generate(requests, self.sampling, done)
        return [
            r if r is not None else Reply(None, error=BACKEND_ERROR, detail="no reply")
            for r in replies
        ]

    def close(self) -> None:
        if self.backend.started:
            self.backend.close()


class ReplyCache:
    """Replies by content hash: an in-process LRU over an optional on-disk store (see above)."""

    def __init__(
        self,
        config_key: str,
        describe: dict[str, Any] | None = None,
        directory: str | Path | None = None,
        size: int = 65_536,
        flush_every: int = 256,
    ) -> None:
        from curate.store import GenerationCache

        self.config_key = config_key
        self.size = size
        self.flush_every = flush_every
        self._lru: OrderedDict[str, Reply] = OrderedDict()
        self.disk = (
            GenerationCache(directory, config_key, describe) if directory is not None else None
        )

    def key(self, messages: Messages) -> str:
        return stable_hash("judge-reply", self.config_key, messages)

    def get(self, keys: Sequence[str]) -> dict[str, Reply]:
        """The cached replies among `keys` (marked `cached`)."""
        found: dict[str, Reply] = {}
        for k in keys:
            r = self._lru.get(k)
            if r is not None:
                self._lru.move_to_end(k)
                found[k] = r
        rest = [k for k in keys if k not in found]
        if rest and self.disk is not None:
            for k, rec in self.disk.lookup(rest).items():
                r = Reply(rec["completion"], rec["finish_reason"], cached=True)
                self._remember(k, r)
                found[k] = r
        return found

    def put(self, key: str, reply: Reply, seed: int = 0) -> None:
        """Keep a successful reply (failures are not kept: they are asked again)."""
        if not reply.ok:
            return
        self._remember(key, replace(reply, cached=True))
        if self.disk is not None:
            record = {
                "sample_key": key,
                "prompt_key": key,
                "sample_index": 0,
                "seed": seed,
                "completion": reply.text,
                "finish_reason": reply.finish_reason,
            }
            self.disk.add([record], flush_at=self.flush_every)

    def flush(self) -> None:
        if self.disk is not None:
            self.disk.flush()

    def _remember(self, key: str, reply: Reply) -> None:
        self._lru[key] = reply
        self._lru.move_to_end(key)
        while len(self._lru) > self.size:
            self._lru.popitem(last=False)
