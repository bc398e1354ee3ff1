"""A small programmable HTTP server on a loopback address, for tests that need real sockets.

Start one per test through the ``http_server`` fixture (tests/conftest.py), or build more with
``http_server_factory("127.0.0.2")`` for multi-host tests (every 127.x.y.z address is loopback
on Linux). Routes map a path (the query string is ignored) to either a fixed ``Reply`` or a
function ``handler(request: Request) -> Reply``; an unknown path answers 404.

    def test_example(http_server):
        http_server.route("/feed.xml", Reply(body=b"<rss/>", headers={"ETag": '"v1"'}))
        http_server.route("/old", redirect("/feed.xml", status=301))
        http_server.route("/slow", Reply(body=b"x" * 100, drip=0.4))     # one byte every 0.4 s
        http_server.route("/gz", gzip_reply(b"a" * 10_000_000))           # Content-Encoding: gzip
        http_server.route("/big", Reply(body=repeat_chunks(b"x" * 65536, 1024), chunked=True))
        http_server.route("/cut", Reply(body=b"x" * 10_000, close_after=100))  # dies mid-body
        http_server.route("/wait", Reply(body=b"ok", delay=0.2))         # answers after 0.2 s
        url = http_server.url("/feed.xml")       # "http://127.0.0.1:PORT/feed.xml"
        ...
        assert http_server.requests[-1].headers["user-agent"].startswith("termnews/")
        assert http_server.max_in_flight <= 4    # most requests handled at once (this address)

A ``Reply`` answers with its status, headers (Content-Length added unless chunked) and body.
Options: ``delay`` seconds before answering; ``drip`` seconds between body bytes; ``chunked``
transfer coding (``body`` may then be any iterable of byte strings, e.g. a generator streaming
64 MiB); ``close_after`` N body bytes then close the socket (``reset=True`` sends a TCP RST
instead of a clean FIN). Every request is logged in ``requests`` (method, path, query, lower-case
header dict, client address); ``in_flight``/``max_in_flight`` count requests being answered at
once. The server speaks HTTP/1.1 with keep-alive, uses daemon threads and a listen backlog of 256
(``http.server``'s default of 5 stalls concurrent clients).
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass(slots=True)
class Reply:
    """What the server answers; see the module docstring for the options."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float | None = None
    chunked: bool = False
    close_after: int | None = None
    reset: bool = False


@dataclass(slots=True)
class Request:
    """One request as the server saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    client: tuple[str, int]


Handler = Callable[[Request], Reply]


def redirect(location: str, status: int = 302) -> Reply:
    """A redirect to ``location`` (relative or absolute)."""
    return Reply(status=status, headers={"Location": location})


def gzip_reply(data: bytes, *, headers: dict[str, str] | None = None, status: int = 200) -> Reply:
    """``data`` gzip-compressed with ``Content-Encoding: gzip``."""
    merged = {"Content-Encoding": "gzip", **(headers or {})}
    return Reply(status=status, body=gzip.compress(data, compresslevel=6), headers=merged)


def repeat_chunks(chunk: bytes, count: int) -> Iterator[bytes]:
    """``count`` copies of ``chunk``, lazily (a large streamed body without the memory)."""
    for _ in range(count):
        yield chunk


def http_date(when: float) -> str:
    """An RFC 7231 HTTP date for the Unix time ``when`` (for Retry-After, Last-Modified)."""
    return format_datetime(datetime.fromtimestamp(when, tz=UTC), usegmt=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: pytest shows failures, not access logs."""

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, *, send_body: bool) -> None:
        owner = self.server.owner
        parts = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            client=self.client_address[:2],
        )
        owner._enter(request)
        try:
            reply = owner._reply_for(request)
            if reply.delay:
                time.sleep(reply.delay)
            self._send(reply, send_body=send_body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            owner._leave()

    def _send(self, reply: Reply, *, send_body: bool) -> None:
        self.send_response(reply.status)
        names = {name.lower() for name in reply.headers}
        for name, value in reply.headers.items():
            self.send_header(name, value)
        body = reply.body
        if reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            body = body if isinstance(body, bytes) else b"".join(body)
            if "content-length" not in names:
                self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not send_body or reply.status in (204, 304):
            return
        if reply.chunked:
            self._send_chunked(reply.body, reply)
        else:
            assert isinstance(body, bytes)
            self._send_plain(body, reply)
        self.wfile.flush()

    def _send_plain(self, body: bytes, reply: Reply) -> None:
        if reply.close_after is not None:
            self.wfile.write(body[: reply.close_after])
            self._cut(reply.reset)
        elif reply.drip:
            for i in range(len(body)):
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                time.sleep(reply.drip)
        else:
            self.wfile.write(body)

    def _send_chunked(self, body: bytes | Iterable[bytes], reply: Reply) -> None:
        sent = 0
        for chunk in [body] if isinstance(body, bytes) else body:
            if not chunk:
                continue
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
            if reply.close_after is not None and sent >= reply.close_after:
                self._cut(reply.reset)
                return
            if reply.drip:
                self.wfile.flush()
                time.sleep(reply.drip)
        self.wfile.write(b"0\r\n\r\n")

    def _cut(self, reset: bool) -> None:
        """Close the socket mid-body: a FIN, or a RST when ``reset``."""
        self.wfile.flush()
        if reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
        self.connection.close()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    allow_reuse_address = True
    owner: TestHTTPServer

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up (tests do it on purpose) is not worth a traceback."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class TestHTTPServer:
    """A running server on ``host`` (port chosen by the OS); stop it with ``close()``."""

    __test__ = False  # not a pytest test class

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.requests: list[Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._routes: dict[str, Reply | Handler] = {}
        self._lock = threading.Lock()
        self._server = _Server((host, 0), _Handler)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def route(self, path: str, reply: Reply | Handler) -> None:
        """Answer ``path`` with a fixed Reply or with ``reply(request)``."""
        self._routes[path] = reply

    def reset_counters(self) -> None:
        """Forget logged requests and the concurrency high-water mark."""
        with self._lock:
            self.requests.clear()
            self.max_in_flight = self.in_flight

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _reply_for(self, request: Request) -> Reply:
        reply = self._routes.get(request.path)
        if reply is None:
            return Reply(status=404, body=b"not found")
        return reply(request) if callable(reply) else reply

    def _enter(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1
