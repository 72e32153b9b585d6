"""A real HTTP server on 127.0.0.1 that answers as an image API would, and helpers to build settings."""

from __future__ import annotations

import base64
import io
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PIL import Image

from storyloom.config import ProviderSettings, Settings
from storyloom.devtools.local_server import Answer, LocalServer, Received
from storyloom.providers.image.base import ImageRequest
from tests.providers.specs import check_served


@dataclass
class Reply:
    status: int = 200
    body: bytes | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Handler = Callable[[Received], Reply]


class FakeAPI:
    """Routes (method, path without query) to handlers; remembers every request it received."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler] = {}
        self.received: list[Received] = []
        self.answers: list[tuple[int, bytes]] = []
        self.url = ""
        # False in a test of a deliberately malformed answer: its requests are still checked.
        self.check_answers = True

    def on(self, method: str, path: str, reply: Reply | Handler) -> None:
        self.routes[(method, path)] = reply if callable(reply) else (lambda _request, r=reply: r)


def _answer(api: FakeAPI, received: Received) -> Answer:
    api.received.append(received)
    handler = api.routes.get((received.method, received.path.split("?")[0]))
    reply = handler(received) if handler else Reply(404, {"error": "not found"})
    if reply.delay:
        time.sleep(reply.delay)
    payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
    api.answers.append((reply.status, payload))
    content_type = "application/json" if not isinstance(reply.body, bytes) else "application/octet-stream"
    headers = [(name, value) for name, value in reply.headers.items() if name != "content-type"]
    return Answer(
        reply.status, payload, [("content-type", reply.headers.get("content-type", content_type)), *headers]
    )


@pytest.fixture
def fake_api() -> Iterator[FakeAPI]:
    api = FakeAPI()
    server = LocalServer(lambda received: _answer(api, received)).start()
    api.url = server.url
    yield api
    server.stop()
    check_served(api.received, api.answers, api.check_answers)


def png_bytes(width: int = 64, height: int = 64, colour: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def b64_png(width: int = 64, height: int = 64) -> str:
    return base64.b64encode(png_bytes(width, height)).decode()


def settings_with(**values: Any) -> Settings:
    """Settings whose provider group has `values` (by field name), everything else default."""
    return Settings(providers=ProviderSettings(**values))


def page_request(references: tuple[bytes, ...] = (), seed: int = 1234) -> ImageRequest:
    return ImageRequest(
        kind="page",
        prompt="Illustration for a picture book: a fox in a teal scarf waves in a forest.",
        style="watercolour",
        width=1024,
        height=1024,
        seed=seed,
        references=references,
    )
