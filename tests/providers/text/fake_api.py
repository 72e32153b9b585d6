"""A scripted HTTP server on 127.0.0.1 that answers like a provider's API, for adapter tests."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from storyloom.devtools.local_server import Answer, LocalServer
from storyloom.devtools.local_server import Received as RawRequest
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


def _answer(api: FakeAPI, received: RawRequest) -> Answer:
    try:
        body = json.loads(received.body) if received.body else None
    except ValueError:
        body = received.body
    request = Received(received.method, received.path, received.headers, body)
    api.received.append(request)
    reply = api.next_reply(request)
    if reply.delay:
        time.sleep(reply.delay)
    payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
    api.exchanges.append(
        (request.method, request.path, request.headers, received.body, reply.status, payload)
    )
    return Answer(reply.status, payload, [("content-type", "application/json"), *reply.headers.items()])


@contextmanager
def serve(*replies: Reply | Responder) -> Iterator[FakeAPI]:
    """Run a FakeAPI on a free port of 127.0.0.1 for the duration of the block."""
    api = FakeAPI(list(replies))
    server = LocalServer(lambda received: _answer(api, received), poll_seconds=0.5).start()
    api.url = server.url
    try:
        yield api
    finally:
        server.stop()
    check_exchanges(api.exchanges, answers=api.check_answers)
