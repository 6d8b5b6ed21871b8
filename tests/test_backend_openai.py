"""The `openai` backend against real HTTP servers on 127.0.0.1: a scripted stdlib server for the
failure modes (retries, backoff, malformed JSON, refused connections, servers ignoring `n`), and
`transformers serve` with the tiny model (slow)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from curate.backends.base import BackendError, Request, Sample, Sampling
from curate.backends.openai import OpenAIBackend, OpenAIParams
from curate.errors import StageError
from curate.recipe import load_recipe
from curate.runner import run
from tests.helpers import write_jsonl
from tests.openai_stub import StubServer
from tests.tiny_model import tiny_model_dir  # noqa: F401  (the fixture)

FAST = {"backoff_base": 0.001, "backoff_max": 0.01}
CHAT = [{"role": "user", "content": "What is 2+2?"}]


def make(url: str, **params: Any) -> OpenAIBackend:
    b = OpenAIBackend(OpenAIParams(base_url=url, **{**FAST, **params}), model="tiny")
    b.start()
    return b


def collect(
    b: OpenAIBackend, requests: list[Request], sampling: Sampling | None = None
) -> list[list[Sample]]:
    out: dict[int, list[Sample]] = {}
    b.generate(requests, sampling or Sampling(max_tokens=8), lambda i, s: out.__setitem__(i, s))
    assert sorted(out) == list(range(len(requests)))
    return [out[i] for i in range(len(requests))]


@pytest.fixture
def server() -> Any:
    with StubServer() as srv:
        yield srv


def test_chat_and_completions_endpoints(server: StubServer) -> None:
    b = make(server.url)
    chat, text = collect(
        b,
        [Request(CHAT, [0], [41]), Request("User: hi. Assistant:", [0], [5])],
        Sampling(temperature=0.6, top_p=0.95, max_tokens=8, stop=("</answer>",)),
    )
    assert chat[0].text == "sample seed=41" and chat[0].finish_reason == "stop"
    assert text[0].text == "sample seed=5" and text[0].finish_reason == "length"
    assert sorted(server.paths) == ["/v1/chat/completions", "/v1/completions"]
    body = next(b for b in server.bodies if "messages" in b)
    assert body["messages"] == CHAT and body["model"] == "tiny" and body["seed"] == 41
    assert body["temperature"] == 0.6 and body["top_p"] == 0.95 and body["max_tokens"] == 8
    assert body["stop"] == ["</answer>"] and "n" not in body
    assert chat[0].prompt_tokens == 7 and chat[0].completion_tokens == 3
    assert b.counters.requests == 2 and b.counters.usage_completion_tokens == 6


@pytest.mark.parametrize(
    ("use_n", "honor_n", "requests", "seeds_sent"),
    [
        (False, True, 3, [10, 11, 12]),  # one request per sample, each with its own seed
        (True, True, 1, [10]),  # one request with n=3; the server's children use seed, seed+1, ...
        (True, False, 3, [10, 11, 12]),  # the server ignores n: ask again for the rest, next seed
    ],
)
def test_n_samples_per_prompt(
    use_n: bool, honor_n: bool, requests: int, seeds_sent: list[int]
) -> None:
    with StubServer(honor_n=honor_n) as srv:
        (res,) = collect(make(srv.url, use_n=use_n), [Request(CHAT, [0, 1, 2], [10, 11, 12])])
    assert [s.text for s in res] == ["sample seed=10", "sample seed=11", "sample seed=12"]
    assert len(srv.bodies) == requests and [b["seed"] for b in srv.bodies] == seeds_sent
    if use_n:
        assert srv.bodies[0]["n"] == 3


@pytest.mark.parametrize(
    ("script", "retries", "errors"),
    [
        # rate limited, then served: one retry (Retry-After honoured, capped by backoff_max)
        ([("status", 429, '{"error": "slow down"}', {"Retry-After": "30"})], 1, {"http_retry": 1}),
        # server errors, then served
        ([("status", 500, "oops", {}), ("status", 503, "busy", {})], 2, {"http_retry": 2}),
        # a proxy's HTML page instead of JSON, then served
        (["malformed"], 1, {"malformed_json": 1}),
        # the connection dropped mid-request, then served
        (["drop"], 1, {"transport_reset": 1}),
        # an answer with no choices, then a real one
        (["no_choices"], 0, {"no_choices": 1}),
        # a chunked answer is read like any other
        (["chunked"], 0, {}),
    ],
)
def test_transient_failures_are_retried(
    server: StubServer, script: list[Any], retries: int, errors: dict
) -> None:
    server.script = list(script)
    b = make(server.url, max_in_flight=1)
    (res,) = collect(b, [Request(CHAT, [0], [3])])
    assert res[0].error is None and res[0].text == "sample seed=3"
    sent = 1 if script == ["chunked"] else len(script) + 1
    assert [body["seed"] for body in server.bodies] == [3] * sent  # a retry sends the same request
    assert b.counters.retries == retries and b.counters.errors == errors


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (
            400,
            '{"error": {"message": "This model\'s maximum context length is 512 tokens"}}',
            "prompt_too_long",
        ),
        (400, '{"error": {"message": "temperature must be positive"}}', "bad_request"),
        (422, '{"detail": "unprocessable"}', "bad_request"),
    ],
)
def test_rejected_requests_are_reason_codes(
    server: StubServer, status: int, body: str, reason: str
) -> None:
    server.script = [("status", status, body, {})]
    (res,) = collect(make(server.url, max_in_flight=1), [Request(CHAT, [0, 1], [3, 4])])
    assert [s.error for s in res] == [reason, reason]  # every sample of the prompt, one request
    assert len(server.bodies) == 1 and f"HTTP {status}" in res[0].detail


def test_retries_spent_is_backend_error(server: StubServer) -> None:
    server.script = [("status", 502, "bad gateway", {})] * 3
    (res,) = collect(make(server.url, max_retries=2, max_in_flight=1), [Request(CHAT, [0], [3])])
    assert (
        res[0].error == "backend_error"
        and "HTTP 502" in res[0].detail
        and "after 2 retries" in res[0].detail
    )
    assert len(server.bodies) == 3


def test_timeout_then_retry(server: StubServer) -> None:
    server.script = [("sleep", 1.0)]
    (res,) = collect(make(server.url, timeout=0.2, max_in_flight=1), [Request(CHAT, [0], [3])])
    assert res[0].text == "sample seed=3"


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (401, "check the API key"),  # wrong key: nothing will work
        (404, "check base_url and the model name"),  # wrong URL or model
    ],
)
def test_fatal_statuses_raise(server: StubServer, status: int, message: str) -> None:
    server.script = [("status", status, '{"error": "no"}', {})]
    with pytest.raises(BackendError, match=message):
        collect(make(server.url), [Request(CHAT, [0], [3])])


def test_refused_connection_raises() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(
        BackendError,
        match=r"cannot reach the server at http://127.0.0.1:\d+/v1: connection refused",
    ):
        collect(make(f"http://127.0.0.1:{port}/v1", max_retries=1), [Request(CHAT, [0], [3])])


def test_in_flight_is_bounded(server: StubServer) -> None:
    server.script = [("sleep", 0.05)] * 40
    res = collect(make(server.url, max_in_flight=4), [Request(CHAT, [0], [i]) for i in range(40)])
    assert [r[0].text for r in res] == [f"sample seed={i}" for i in range(40)]
    assert 2 <= server.max_in_flight <= 4


def test_reasoning_content_is_put_back_as_think(server: StubServer) -> None:
    server.reasoning = True
    (res,) = collect(make(server.url), [Request(CHAT, [0], [3])])
    assert res[0].text == "<think>\nsample seed=3\n</think>\n\n42"


def test_api_key_from_the_environment(server: StubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CURATE_TEST_KEY", "sk-test")
    collect(make(server.url, api_key_env="CURATE_TEST_KEY"), [Request(CHAT, [0], [3])])
    assert server.headers_seen[0]["Authorization"] == "Bearer sk-test"
    monkeypatch.delenv("CURATE_TEST_KEY")
    with pytest.raises(BackendError, match="CURATE_TEST_KEY is not set"):
        make(server.url, api_key_env="CURATE_TEST_KEY", require_api_key=True)


def test_completions_endpoint_needs_text(server: StubServer) -> None:
    with pytest.raises(BackendError, match="needs a text prompt"):
        collect(make(server.url, endpoint="completions"), [Request(CHAT, [0], [3])])


def test_run_with_empty_answers_and_flaky_server(tmp_path: Path, server: StubServer) -> None:
    """Through `curate run`: empty answers are rejected rows; a server failing past the error
    rate aborts the shard, and the rerun resumes from what was stored."""
    write_jsonl(tmp_path / "src.jsonl", [{"q": f"q{i}", "a": "1"} for i in range(4)])
    data = {
        "name": "oa",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": "openai",
            "model": "tiny",
            "n": 2,
            "options": {"base_url": server.url, "max_retries": 1, "max_in_flight": 1, **FAST},
        },
    }
    server.script = ["ok"] * 3 + [("status", 500, "down", {})] * 20
    with pytest.raises(StageError, match="samples failed"):
        run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    server.script = []
    server.empty = True
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    gen = res.stats["generation"]
    assert gen["cached"] == 3 and gen["errors"] == {"empty_completion": 5}
    rej = pl.read_parquet(tmp_path / "run" / "rejected" / "*.parquet")
    assert set(rej["reason"]) == {"empty_completion"} and set(rej["dropped_by"]) == {"generate"}


# --- a real server: transformers serve --------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def transformers_serve(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:  # noqa: F811
    pytest.importorskip(
        "fastapi", reason='transformers serve needs pip install "transformers[serving]"'
    )
    pytest.importorskip(
        "uvicorn", reason='transformers serve needs pip install "transformers[serving]"'
    )
    exe = Path(sys.executable).with_name("transformers")
    if not exe.exists():
        pytest.skip("the transformers CLI is not installed beside this Python")
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [
                str(exe),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--device",
                "cpu",
                str(tiny_model_dir),
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"transformers serve did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1", str(tiny_model_dir)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.slow
def test_real_server_ignoring_n(transformers_serve: tuple[str, str]) -> None:
    url, model = transformers_serve
    b = OpenAIBackend(OpenAIParams(base_url=url, use_n=True, **FAST), model=model)
    b.start()
    chat, text = collect(
        b,
        [Request(CHAT, [0, 1, 2], [1, 2, 3]), Request("User: 2+2? Assistant:", [0, 1], [4, 5])],
        Sampling(temperature=1.0, top_p=1.0, max_tokens=6),
    )
    # it answers one choice per request whatever n says: the client asked again for the rest
    assert len(chat) == 3 and len(text) == 2 and b.counters.requests == 5
    for s in chat + text:
        assert s.error is None and s.finish_reason in ("stop", "length") and s.prompt_tokens > 0
    assert all(s.completion_tokens and s.completion_tokens <= 6 for s in text)
    assert all(len(s.text) > 0 for s in text)


@pytest.mark.slow
def test_real_server_end_to_end(tmp_path: Path, transformers_serve: tuple[str, str]) -> None:
    url, model = transformers_serve
    write_jsonl(
        tmp_path / "src.jsonl",
        [{"q": f"What is {i} + {i}?", "a": str(2 * i)} for i in range(3)]
        + [{"q": "long " * 700, "a": "0"}],
    )
    data = {
        "name": "serve",
        "source": {"path": "src.jsonl", "columns": {"prompt": "q", "reference": "a"}},
        "generate": {
            "backend": "openai",
            "model": model,
            "n": 2,
            "template": "r1_zero",
            "max_tokens": 6,
            "temperature": 1.0,
            "options": {"base_url": url, "max_in_flight": 4, **FAST},
        },
        "judges": ["exact"],
    }
    res = run(load_recipe(data=data, base_dir=tmp_path), out=tmp_path / "run")
    gen = res.stats["generation"]
    assert gen["prompts"] == 4 and gen["samples"] == 8
    kept = pl.read_parquet(tmp_path / "run" / "data" / "*.parquet")
    assert kept.height + sum(gen["errors"].values()) == 8
    assert kept["completion_tokens"].max() <= 6 and kept["prompt_tokens"].min() > 0
    assert gen["usage"]["completion_tokens"] >= kept["completion_tokens"].sum()


def test_several_servers_share_the_requests() -> None:
    # two servers of the same model: both get requests, the samples are those of one server
    with StubServer() as a, StubServer() as b:
        a.script = b.script = [("sleep", 0.02)] * 40
        res = collect(
            make([a.url, b.url], max_in_flight=2), [Request(CHAT, [0], [i]) for i in range(40)]
        )
    assert [r[0].text for r in res] == [f"sample seed={i}" for i in range(40)]
    assert len(a.bodies) + len(b.bodies) == 40
    assert min(len(a.bodies), len(b.bodies)) >= 10  # spread, not all on one server
    assert a.max_in_flight <= 2 and b.max_in_flight <= 2  # `max_in_flight` is per server


def test_a_failing_server_is_left_for_another() -> None:
    # one server answers 503 once: the retry goes to the other server, and the sample is kept
    with StubServer() as a, StubServer() as b:
        a.script = [("status", 503, "busy", {})]
        (res,) = collect(make([a.url, b.url], max_in_flight=1), [Request(CHAT, [0], [7])])
    assert res[0].text == "sample seed=7"
    assert len(a.bodies) == 1 and len(b.bodies) == 1  # the 503 on one, the answer on the other


def test_no_server_url_is_an_error() -> None:
    with pytest.raises(BackendError, match="at least one server URL"):
        make([])
