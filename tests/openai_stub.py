"""A tiny OpenAI-compatible HTTP server (stdlib) for tests and the client benchmark.

It answers `/v1/chat/completions` and `/v1/completions` at once with a text derived from the
request's seed (`sample seed=S`), so a test can tell which seed made which sample. Faults are
scripted: `server.script` is a list of actions taken by the next requests, in order —

- `("status", code, body, headers)`: answer with that status, body and headers;
- `"malformed"`: HTTP 200 with a body that is not JSON;
- `"no_choices"`: HTTP 200 with `{"choices": []}`;
- `("sleep", s)`: wait s seconds before answering normally (client timeouts);
- `"drop"`: close the connection without answering;
- `"chunked"`: a normal answer sent with chunked transfer encoding;
- `"half"`: the status line, headers and half the body, then the connection is closed;
- `("text", t)`: a normal answer whose text is `t`;
- `"ok"`: a normal answer.

`server.rules` maps a substring of the request body to an action taken for every request that
holds it (before the script): e.g. `{"poison": ("status", 500, "boom", {})}` fails one prompt
for good.

`honor_n=False` makes it return one choice whatever `n` asks (as `transformers serve` does);
`reasoning=True` puts the text in `reasoning_content` and `content="42"`; `empty=True` answers
with empty text. It records every request body and the most requests it had in flight at once.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class StubServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # 64 clients connecting at once must not overflow the backlog
    allow_reuse_address = True

    def __init__(self, honor_n: bool = True, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.honor_n = honor_n
        self.reasoning = False
        self.empty = False
        self.script: list[Any] = []
        self.rules: dict[str, Any] = {}
        self.bodies: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.headers_seen: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.shutdown()
        self.server_close()

    def next_action(self) -> Any:
        with self.lock:
            return self.script.pop(0) if self.script else "ok"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body writes
    wbufsize = 1 << 16  # one write per answer (flushed after each request)
    server: StubServer

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        srv = self.server
        with srv.lock:
            srv.in_flight += 1
            srv.max_in_flight = max(srv.max_in_flight, srv.in_flight)
        try:
            self._answer()
        finally:
            with srv.lock:
                srv.in_flight -= 1

    def _answer(self) -> None:
        srv = self.server
        size = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(size)
        body = json.loads(raw)
        with srv.lock:
            srv.bodies.append(body)
            srv.paths.append(self.path)
            srv.headers_seen.append(dict(self.headers))
        text = raw.decode("utf-8", "replace")
        ruled = [a for k, a in srv.rules.items() if k in text]
        action = ruled[0] if ruled else srv.next_action()
        if action == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if isinstance(action, tuple) and action[0] == "sleep":
            time.sleep(action[1])
            action = "ok"
        if isinstance(action, tuple) and action[0] == "status":
            _, code, text, headers = action
            self._send(code, text.encode(), headers)
            return
        if action == "malformed":
            self._send(200, b"<html>502 Bad Gateway</html>", {"Content-Type": "text/html"})
            return
        if action == "no_choices":
            self._send(200, json.dumps({"choices": []}).encode(), {})
            return
        fixed = action[1] if isinstance(action, tuple) and action[0] == "text" else None
        n = int(body.get("n", 1)) if srv.honor_n else 1
        seed = body.get("seed")
        chat = "messages" in body
        choices = []
        for k in range(n):
            text = "" if srv.empty else f"sample seed={None if seed is None else seed + k}"
            text = fixed if fixed is not None else text
            if chat:
                msg: dict[str, Any] = {"role": "assistant", "content": text}
                if srv.reasoning:
                    msg = {"role": "assistant", "content": "42", "reasoning_content": text}
                choices.append({"index": k, "message": msg, "finish_reason": "stop"})
            else:
                choices.append({"index": k, "text": text, "finish_reason": "length"})
        out = {
            "id": "x",
            "object": "chat.completion" if chat else "text_completion",
            "choices": choices,
            "usage": {"prompt_tokens": 7, "completion_tokens": 3 * n, "total_tokens": 7 + 3 * n},
        }
        data = json.dumps(out).encode()
        if action == "half":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if action == "chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            half = len(data) // 2
            for part in (data[:half], data[half:]):
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return
        self._send(200, data, {"Content-Type": "application/json"})

    def _send(self, code: int, data: bytes, headers: dict[str, str]) -> None:
        self.send_response(code)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":  # python tests/openai_stub.py [PORT]: serve until killed (benchmarks)
    import sys

    srv = StubServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print(srv.url, flush=True)
    srv.serve_forever()


class ReplyHandler(_Handler):
    """Answers every chat request with `server.reply(last user message)` (set `srv.reply`)."""

    def _answer(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        srv: Any = self.server
        with srv.lock:
            srv.bodies.append(body)
        text = srv.reply(body["messages"][-1]["content"])
        out = {
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
        }
        self._send(200, json.dumps(out).encode(), {"Content-Type": "application/json"})


def reply_server(reply: Any) -> StubServer:
    """A stub whose chat replies are `reply(last user message)`; use it as a context manager."""
    srv: Any = StubServer()
    srv.RequestHandlerClass = ReplyHandler
    srv.reply = reply
    return srv
