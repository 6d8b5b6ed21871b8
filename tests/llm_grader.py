"""The scripted judge model of the `llm` judge's tests: the stdlib OpenAI stub
(`tests/openai_stub.py`) with a grader whose reply is chosen by what the judge prompt's
`<response>` block holds, plus the builders both test modules use.

The fixtures are registered under the names the tests ask for (`_stub`, `server`); a test module
imports `grader_stub` and `grader_server` to use them, and gets its own server (module scope).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import polars as pl
import pytest
from curate.judges.llm import LLMJudge

from tests.openai_stub import StubServer, _Handler

Grader = Callable[[dict[str, Any]], str]


class _GraderHandler(_Handler):
    """Answers chat requests with `server.grader(body)`; scripted faults go to the stub."""

    def _answer(self) -> None:
        srv: Any = self.server
        with srv.lock:
            scripted = bool(srv.script) and srv.script[0] != "ok"
        if scripted or srv.grader is None:
            super()._answer()
            return
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        with srv.lock:
            srv.bodies.append(body)
            if srv.script:
                srv.script.pop(0)
        text = srv.grader(body)
        out = {
            "id": "x",
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": srv.finish_reason,
                }
            ],
            "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
        }
        self._send(200, json.dumps(out).encode(), {"Content-Type": "application/json"})


def user_text(body: dict[str, Any]) -> str:
    return next(m["content"] for m in body["messages"] if m["role"] == "user")


def response_block(body: dict[str, Any]) -> str:
    m = re.search(r"<response>\n(.*)\n</response>", user_text(body), re.S)
    return m.group(1) if m else ""


def by_marker(table: dict[str, str], default: str = "I am not sure.") -> Grader:
    """A grader that replies `table[marker]` for the first marker found in the response block."""

    def grade(body: dict[str, Any]) -> str:
        block = response_block(body)
        return next((reply for marker, reply in table.items() if marker in block), default)

    return grade


@pytest.fixture(scope="module", name="_stub")
def grader_stub() -> Iterator[Any]:
    srv: Any = StubServer()
    srv.RequestHandlerClass = _GraderHandler
    with srv:  # one server per module: each shutdown waits out a 0.5 s poll
        yield srv


@pytest.fixture(name="server")
def grader_server(_stub: Any) -> Any:
    """The stub with a clean slate: no grader, no script, no recorded requests."""
    _stub.grader = None
    _stub.finish_reason = "stop"
    _stub.script = []
    _stub.bodies.clear()
    _stub.paths.clear()
    _stub.headers_seen.clear()
    return _stub


def make_judge(srv: Any, **params: Any) -> LLMJudge:
    options = {
        "base_url": srv.url,
        "max_retries": 0,
        "backoff_base": 0.0,
        **params.pop("options", {}),
    }
    return LLMJudge(backend={"name": "openai", "model": "judge", "options": options}, **params)


def rows(*items: tuple[str, str, str]) -> pl.DataFrame:
    """(question, reference, completion) rows."""
    return pl.DataFrame(
        {
            "prompt": [q for q, _, _ in items],
            "reference": [r for _, r, _ in items],
            "completion": [c for _, _, c in items],
        }
    )
