"""A small asyncio HTTP/1.1 client (stdlib only) for the `openai` backend.

Keep-alive connections pooled per host, `Content-Length` and chunked bodies, TLS for https, a
deadline per request, a cap on response size. Transport failures raise `TransportError` with a
short kind (`refused`, `timeout`, `reset`, `protocol`) so the caller can decide to retry.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_BODY = 64 << 20  # a response larger than this is a protocol error (hostile server)
MAX_HEADER_LINES = 200


class TransportError(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class _Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


class HttpClient:
    """`await client.request("POST", url, body, headers, timeout)`; `await client.close()`."""

    def __init__(self, max_connections: int = 64, user_agent: str = "curate") -> None:
        self.max_connections = max_connections
        self.user_agent = user_agent
        self._idle: dict[tuple[str, str, int], list[_Conn]] = {}
        self._ssl: ssl.SSLContext | None = None
        self.resends = 0
        """Requests written again after a pooled connection turned out closed."""

    async def close(self) -> None:
        for conns in self._idle.values():
            for c in conns:
                c.writer.close()
        self._idle.clear()

    async def request(
        self,
        method: str,
        url: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        timeout: float = 60.0,
    ) -> Response:
        try:
            return await asyncio.wait_for(self._request(method, url, body, headers or {}), timeout)
        except TimeoutError:
            raise TransportError(
                "timeout", f"no complete answer from {url} within {timeout:g} s"
            ) from None

    async def _request(
        self, method: str, url: str, body: bytes, headers: dict[str, str]
    ) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TransportError(
                "protocol", f"unsupported URL {url!r} (expected http:// or https://)"
            )
        port = parts.port or (443 if parts.scheme == "https" else 80)
        key = (parts.scheme, parts.hostname, port)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        host = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
        lines = [
            f"{method} {path} HTTP/1.1",
            f"Host: {host}",
            f"User-Agent: {self.user_agent}",
            "Accept: application/json",
            f"Content-Length: {len(body)}",
            "Connection: keep-alive",
        ]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        # a pooled connection may have been closed by the server: retry once on a fresh one
        for attempt in (0, 1):
            conn, reused = await self._acquire(key)
            try:
                conn.writer.write(head + body)
                await conn.writer.drain()
                resp, keep = await self._read_response(conn.reader, method)
            except (ConnectionError, asyncio.IncompleteReadError, TransportError) as exc:
                conn.writer.close()
                if reused and attempt == 0 and not isinstance(exc, TransportError):
                    self.resends += 1
                    continue
                if isinstance(exc, TransportError):
                    raise
                kind = "reset" if isinstance(exc, ConnectionError) else "protocol"
                raise TransportError(
                    kind, f"{url}: connection lost ({type(exc).__name__}: {exc})"
                ) from None
            except BaseException:
                conn.writer.close()
                raise
            if keep:
                self._release(key, conn)
            else:
                conn.writer.close()
            return resp
        raise TransportError("reset", f"{url}: connection lost")  # pragma: no cover

    async def _acquire(self, key: tuple[str, str, int]) -> tuple[_Conn, bool]:
        idle = self._idle.get(key)
        while idle:
            c = idle.pop()
            if not c.reader.at_eof() and not c.writer.is_closing():
                return c, True
            c.writer.close()
        scheme, host, port = key
        ctx = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            ctx = self._ssl
        try:
            reader, writer = await asyncio.open_connection(host, port, ssl=ctx, limit=1 << 20)
        except ConnectionRefusedError:
            raise TransportError("refused", f"connection refused by {host}:{port}") from None
        except OSError as exc:
            raise TransportError(
                "refused", f"cannot connect to {host}:{port}: {exc.strerror or exc}"
            ) from None
        return _Conn(reader, writer), False

    def _release(self, key: tuple[str, str, int], conn: _Conn) -> None:
        pool = self._idle.setdefault(key, [])
        if len(pool) < self.max_connections:
            pool.append(conn)
        else:
            conn.writer.close()

    async def _read_response(
        self, reader: asyncio.StreamReader, method: str
    ) -> tuple[Response, bool]:
        status_line = await reader.readline()
        if not status_line:
            raise ConnectionResetError("the server closed the connection without answering")
        try:
            version, code, *_ = status_line.decode("latin-1").split(" ", 2)
            status = int(code)
        except ValueError:
            raise TransportError(
                "protocol", f"malformed HTTP status line {status_line[:80]!r}"
            ) from None
        headers: dict[str, str] = {}
        for _ in range(MAX_HEADER_LINES):
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        else:
            raise TransportError("protocol", "too many HTTP header lines")
        keep = version.upper() == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return Response(status, headers, b""), keep
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = await self._read_chunked(reader)
        elif "content-length" in headers:
            try:
                size = int(headers["content-length"])
            except ValueError:
                raise TransportError(
                    "protocol", f"bad Content-Length {headers['content-length']!r}"
                ) from None
            if size < 0 or size > MAX_BODY:
                raise TransportError(
                    "protocol", f"response body of {size} bytes refused (limit {MAX_BODY})"
                )
            body = await reader.readexactly(size)
        else:
            body = await reader.read(MAX_BODY + 1)
            if len(body) > MAX_BODY:
                raise TransportError("protocol", f"response body over {MAX_BODY} bytes")
            keep = False
        return Response(status, headers, body), keep

    async def _read_chunked(self, reader: asyncio.StreamReader) -> bytes:
        out = bytearray()
        while True:
            line = await reader.readline()
            try:
                size = int(line.split(b";")[0].strip() or b"x", 16)
            except ValueError:
                raise TransportError("protocol", f"malformed chunk size {line[:40]!r}") from None
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return bytes(out)
            if len(out) + size > MAX_BODY:
                raise TransportError("protocol", f"response body over {MAX_BODY} bytes")
            out += await reader.readexactly(size)
            await reader.readexactly(2)
