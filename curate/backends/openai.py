"""`openai`: any OpenAI-compatible server (`vllm serve`, SGLang, TGI, `transformers serve`, hosted APIs).

asyncio with at most `max_in_flight` requests at once over pooled keep-alive connections (stdlib
HTTP client, no extra dependency). Chat prompts go to `/chat/completions`, text prompts (e.g.
the `r1_zero` template) to `/completions`. Each sample has its own seed; with `use_n` the
remaining samples of a prompt are asked for in one request, and since servers differ on `n`
(`transformers serve` ignores it) the client counts the choices that came back and asks again
for the rest, with the next sample's seed.

Retries with exponential backoff and full jitter (honouring `Retry-After`) on refused or
dropped connections, timeouts, 408/409/429/5xx and malformed JSON; 400/413/422 are per-sample
reason codes (`prompt_too_long` when the server says the context is exceeded, `bad_request`
otherwise); 401/403/404 and a server that stays unreachable raise `BackendError`. A reasoning
server's `reasoning_content` is put back in front of the answer as `<think>…</think>`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import random
import re
from typing import Any, Literal

from pydantic import Field

from curate.backends._http import HttpClient, Response, TransportError
from curate.backends.base import (
    BACKEND_ERROR,
    BAD_REQUEST,
    PROMPT_TOO_LONG,
    Backend,
    BackendError,
    BackendParams,
    Done,
    Request,
    Sample,
    Sampling,
)
from curate.registry import BACKENDS

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})
FATAL_STATUS = frozenset({401, 403, 404})
_TOO_LONG = re.compile(
    r"context length|context window|maximum context|too long|max_model_len|exceeds the max|too many tokens",
    re.I,
)


class OpenAIParams(BackendParams):
    base_url: str | list[str] = "http://127.0.0.1:8000/v1"
    """The server's API root (ends in /v1 for most servers), or several servers of the same
    model: each request goes to the one with the fewest requests in flight, a retry to another."""
    api_key_env: str = "OPENAI_API_KEY"
    """Environment variable holding the API key (sent as a Bearer token when set)."""
    require_api_key: bool = False
    """Fail at start when the variable `api_key_env` is not set (hosted APIs)."""
    endpoint: Literal["auto", "chat", "completions"] = "auto"
    """`auto`: chat messages to /chat/completions, text prompts to /completions."""
    max_in_flight: int = Field(default=16, gt=0, le=4096)
    """Requests in flight at once, per server."""
    timeout: float = Field(default=600.0, gt=0)
    """Seconds for one request, connection to last byte (long reasoning takes minutes)."""
    max_retries: int = Field(default=5, ge=0)
    """Retries of one request on transient failures (429, 5xx, timeouts, dropped connections)."""
    backoff_base: float = Field(default=0.5, ge=0)
    """First backoff in seconds; doubles each retry, with full jitter."""
    backoff_max: float = Field(default=30.0, ge=0)
    """Cap of one backoff (and of a server's Retry-After)."""
    use_n: bool = False
    """Ask for all remaining samples of a prompt in one request (`n`); off: one request per sample
    (exact per-sample token counts, and servers that ignore `n` cost nothing extra)."""
    send_seed: bool = True
    """Send each sample's seed (reproducible on servers that honour it)."""
    max_tokens_field: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    """Name of the length limit field (some hosted APIs want `max_completion_tokens`)."""
    extra_body: dict[str, Any] = Field(default_factory=dict)
    """Extra JSON fields for every request (e.g. `{top_k: 20}`, `{chat_template_kwargs: {...}}`)."""


@BACKENDS.register("openai")
class OpenAIBackend(Backend[OpenAIParams]):
    """An OpenAI-compatible HTTP server (chat and completions endpoints)."""

    Params = OpenAIParams
    cache_exempt = frozenset(
        {
            "base_url",
            "api_key_env",
            "require_api_key",
            "max_in_flight",
            "timeout",
            "max_retries",
            "backoff_base",
            "backoff_max",
        }
    )

    def start(self) -> None:
        p: OpenAIParams = self.params
        key = os.environ.get(p.api_key_env) if p.api_key_env else None
        if key and any(c in key for c in "\r\n\0"):
            raise BackendError(
                f"generate.options.api_key_env: {p.api_key_env} holds a control character"
            )
        if p.require_api_key and not key:
            raise BackendError(
                f"generate.options.api_key_env: the environment variable {p.api_key_env} is not set"
            )
        self.headers = {"Content-Type": "application/json"}
        if key:
            self.headers["Authorization"] = f"Bearer {key}"
        urls = [p.base_url] if isinstance(p.base_url, str) else p.base_url
        if not urls:
            raise BackendError("generate.options.base_url: give at least one server URL")
        self.servers = _Servers([u.rstrip("/") for u in urls])
        self.base = self.servers.urls[0]
        super().start()

    # --- one request --------------------------------------------------------------------------
    def _body(
        self, req: Request, sampling: Sampling, n: int, seed: int
    ) -> tuple[str, dict[str, Any]]:
        p: OpenAIParams = self.params
        chat = isinstance(req.prompt, list)
        endpoint = p.endpoint if p.endpoint != "auto" else ("chat" if chat else "completions")
        body: dict[str, Any] = {
            "model": self.model,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            p.max_tokens_field: sampling.max_tokens,
        }
        if endpoint == "chat":
            body["messages"] = req.prompt if chat else [{"role": "user", "content": req.prompt}]
            path = "/chat/completions"
        else:
            if chat:
                raise BackendError(
                    "generate.options.endpoint: `completions` needs a text prompt; use a text "
                    "template (r1_zero, custom with output: text) or endpoint chat"
                )
            body["prompt"] = req.prompt
            path = "/completions"
        if n > 1:
            body["n"] = n
        if p.send_seed:
            body["seed"] = seed
        if sampling.stop:
            body["stop"] = list(sampling.stop)
        body.update(p.extra_body)
        return path, body

    async def _post(
        self, client: HttpClient, path: str, body: dict[str, Any]
    ) -> tuple[dict[str, Any] | None, Sample | None]:
        """The parsed answer, or a failed Sample (reason code) once retries are spent."""
        p: OpenAIParams = self.params
        data = json.dumps(body, ensure_ascii=False).encode()
        last = ""
        failed_on: int | None = None
        for attempt in range(p.max_retries + 1):
            if attempt:
                self.counters.retries += 1
            self.counters.requests += 1
            retry_after: float | None = None
            k = self.servers.pick(avoid=failed_on)
            url = self.servers.urls[k] + path
            try:
                resp = await self._send(client, k, url, data)
            except TransportError as exc:
                failed_on = k
                last = f"{exc.kind}: {exc}"
                self._count(f"transport_{exc.kind}")
                if exc.kind == "refused" and attempt == p.max_retries:
                    raise BackendError(
                        f"cannot reach the server at {self.servers.urls[k]}: {exc} "
                        f"(after {attempt} retries)"
                    ) from None
            else:
                parsed, verdict = self._parse(resp, url)
                if parsed is not None:
                    return parsed, None
                failed_on = k
                kind, msg = verdict
                last = msg
                self._count(kind)
                if kind == "fatal":
                    raise BackendError(msg)
                if kind in (PROMPT_TOO_LONG, BAD_REQUEST):
                    return None, Sample.failed(kind, msg)
                retry_after = _retry_after(resp)
            if attempt < p.max_retries:
                cap = min(p.backoff_max, p.backoff_base * (2**attempt))
                delay = random.uniform(0, cap)
                if retry_after is not None:
                    delay = max(delay, min(retry_after, p.backoff_max))
                await asyncio.sleep(delay)
        return None, Sample.failed(BACKEND_ERROR, f"{last} (after {p.max_retries} retries)")

    async def _send(self, client: HttpClient, k: int, url: str, data: bytes) -> Response:
        p: OpenAIParams = self.params
        self.servers.in_flight[k] += 1
        try:
            return await client.request("POST", url, data, self.headers, p.timeout)
        finally:
            self.servers.in_flight[k] -= 1

    def _count(self, kind: str) -> None:
        self.counters.errors[kind] = self.counters.errors.get(kind, 0) + 1

    def _parse(self, resp: Response, url: str) -> tuple[dict[str, Any] | None, tuple[str, str]]:
        text = resp.body[:300].decode("utf-8", "replace")
        if resp.status in FATAL_STATUS:
            hint = {
                401: "check the API key",
                403: "check the API key",
                404: "check base_url and the model name",
            }
            return None, (
                "fatal",
                f"{url} answered HTTP {resp.status} ({hint[resp.status]}): {text}",
            )
        if resp.status in RETRY_STATUS or resp.status >= 500:
            return None, ("http_retry", f"HTTP {resp.status}: {text}")
        if resp.status >= 400:
            kind = PROMPT_TOO_LONG if _TOO_LONG.search(text) else BAD_REQUEST
            return None, (kind, f"HTTP {resp.status}: {text}")
        try:
            parsed = json.loads(resp.body)
        except ValueError:
            return None, (
                "malformed_json",
                f"HTTP {resp.status} with a body that is not JSON: {text!r}",
            )
        if not isinstance(parsed, dict) or not isinstance(parsed.get("choices"), list):
            return None, (
                "malformed_json",
                f"HTTP {resp.status} answer without a `choices` list: {text!r}",
            )
        return parsed, ("", "")

    # --- the loop -----------------------------------------------------------------------------
    def generate(self, requests: list[Request], sampling: Sampling, done: Done) -> None:
        if not requests:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # the usual case: no event loop in this thread
            asyncio.run(self._run(requests, sampling, done))
            return
        # called from inside an event loop (a notebook, an async app): run ours in a thread
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, self._run(requests, sampling, done)).result()

    async def _run(self, requests: list[Request], sampling: Sampling, done: Done) -> None:
        p: OpenAIParams = self.params
        client = HttpClient(max_connections=p.max_in_flight * len(self.servers.urls))
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(len(requests)):
            queue.put_nowait(i)

        async def worker() -> None:
            while True:
                try:
                    i = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                done(i, await self._one(client, requests[i], sampling))

        workers = [
            asyncio.create_task(worker())
            for _ in range(min(p.max_in_flight * len(self.servers.urls), len(requests)))
        ]
        try:
            await asyncio.gather(*workers)
        finally:
            for w in workers:
                w.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            await client.close()
            self.counters.requests += client.resends  # every request sent is counted
            self.counters.resends += client.resends

    async def _one(self, client: HttpClient, req: Request, sampling: Sampling) -> list[Sample]:
        """All samples of one request: one call per sample, or `n` calls topped up."""
        p: OpenAIParams = self.params
        out: list[Sample] = []
        stalls = 0
        while len(out) < req.n:
            want = req.n - len(out) if p.use_n else 1
            path, body = self._body(req, sampling, want, req.seeds[len(out)])
            parsed, failed = await self._post(client, path, body)
            if failed is not None:
                # a rejected prompt fails every sample alike; a transient failure only those asked for
                out += [failed] * (
                    req.n - len(out) if failed.error in (PROMPT_TOO_LONG, BAD_REQUEST) else want
                )
                continue
            assert parsed is not None
            got = self._samples(parsed, chat="messages" in body)
            if not got:  # an answer without choices: count it as a stall, give up after a few
                stalls += 1
                self._count("no_choices")
                if stalls > p.max_retries:
                    out += [
                        Sample.failed(BACKEND_ERROR, "the server keeps answering with no choices")
                    ] * (req.n - len(out))
                continue
            out += got[: req.n - len(out)]
        return out

    def _samples(self, parsed: dict[str, Any], *, chat: bool) -> list[Sample]:
        choices = [c for c in parsed.get("choices") or [] if isinstance(c, dict)]
        choices.sort(key=lambda c: c.get("index", 0) if isinstance(c.get("index"), int) else 0)
        usage: dict[str, Any] = parsed["usage"] if isinstance(parsed.get("usage"), dict) else {}
        ptok = _int(usage.get("prompt_tokens"))
        ctok = _int(usage.get("completion_tokens"))
        self.counters.usage_prompt_tokens += ptok or 0
        self.counters.usage_completion_tokens += ctok or 0
        out = []
        for c in choices:
            if chat:
                msg: dict[str, Any] = c["message"] if isinstance(c.get("message"), dict) else {}
                text = msg.get("content")
                reasoning = msg.get("reasoning_content") or msg.get("reasoning")
                text = text if isinstance(text, str) else ""
                if isinstance(reasoning, str) and reasoning.strip():
                    text = f"<think>\n{reasoning.strip()}\n</think>\n\n{text.lstrip()}"
            else:
                text = c.get("text") if isinstance(c.get("text"), str) else ""
            fr = c.get("finish_reason")
            out.append(
                Sample(
                    text=text,
                    finish_reason=str(fr) if fr is not None else None,
                    prompt_tokens=ptok,
                    completion_tokens=ctok if len(choices) == 1 else None,
                )
            )
        return out


class _Servers:
    """Where the next request goes: the server with the fewest requests in flight (ties: the
    fewest sent), not the one a retry is leaving. Requests carry their own seeds, so which
    server answers does not change what is asked."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self.in_flight = [0] * len(urls)
        self.sent = [0] * len(urls)

    def pick(self, avoid: int | None = None) -> int:
        pool = [i for i in range(len(self.urls)) if i != avoid] or [0]
        k = min(pool, key=lambda i: (self.in_flight[i], self.sent[i], i))
        self.sent[k] += 1
        return k


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else None


def _retry_after(resp: Response) -> float | None:
    v = resp.headers.get("retry-after")
    if v is None:
        return None
    try:
        return max(0.0, float(v))
    except ValueError:
        return None
