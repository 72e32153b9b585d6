"""A real HTTP server on this machine, served from a background thread, that answers each request
with what a function makes of it: the emulators' (Lulu) and the provider tests' fake APIs."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    """A request as the server received it (headers with lower-case names)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Answer:
    """What to send back: the status, the headers in order (Content-Length is added) and the body."""

    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)


Respond = Callable[[Received], Answer]


def _handler(respond: Respond, methods: tuple[str, ...]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {name.lower(): value for name, value in self.headers.items()}
            answer = respond(Received(self.command, self.path, headers, body))
            try:
                self.send_response(answer.status)
                for name, value in answer.headers:
                    self.send_header(name, value)
                self.send_header("content-length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (a timeout test)

    for method in methods:
        setattr(Handler, f"do_{method}", Handler._serve)
    return Handler


class LocalServer:
    """Answers every request to `host:port` (port 0: any free one) with `respond(request)`, from a
    daemon thread between `start` and `stop`, each request in a thread of its own. Other methods
    than `methods` are answered 501."""

    def __init__(
        self,
        respond: Respond,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        methods: tuple[str, ...] = ("GET", "POST"),
        poll_seconds: float = 0.05,
    ) -> None:
        self.server = ThreadingHTTPServer((host, port), _handler(respond, methods))
        self.server.daemon_threads = True
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(poll_seconds,), daemon=True)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the socket and wait (a few seconds at most) for the thread to end."""
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
