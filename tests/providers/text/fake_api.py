"""A scripted HTTP server on 127.0.0.1 that answers like a provider's API, for adapter tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.providers.specs import check_exchanges


@dataclass
class Reply:
    """One scripted answer: a status, headers and a body (JSON-encoded unless bytes); `delay` in seconds."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


Responder = Callable[[Received], Reply]


@dataclass
class FakeAPI:
    """Answers each request with the next scripted reply (the last one repeats) and records requests."""

    replies: list[Reply | Responder]
    received: list[Received] = field(default_factory=list)
    url: str = ""
    # (method, path, headers, raw body, status, answer) of every request, for the spec check.
    exchanges: list[tuple[str, str, dict[str, str], bytes, int, bytes]] = field(default_factory=list)
    # False in a test of a deliberately malformed answer: its requests are still checked.
    check_answers: bool = True

    def next_reply(self, request: Received) -> Reply:
        index = min(len(self.received) - 1, len(self.replies) - 1)
        reply = self.replies[index]
        return reply(request) if callable(reply) else reply


def _handler(api: FakeAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw
            request = Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            api.received.append(request)
            reply = api.next_reply(request)
            if reply.delay:
                time.sleep(reply.delay)
            payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
            api.exchanges.append((request.method, request.path, request.headers, raw, reply.status, payload))
            try:
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_POST = _answer
        do_GET = _answer

    return Handler


@contextmanager
def serve(*replies: Reply | Responder) -> Iterator[FakeAPI]:
    """Run a FakeAPI on a free port of 127.0.0.1 for the duration of the block."""
    api = FakeAPI(list(replies))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    server.daemon_threads = True
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    check_exchanges(api.exchanges, answers=api.check_answers)
