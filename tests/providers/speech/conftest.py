"""A real HTTP server on 127.0.0.1 that answers like a speech provider, and speech-like test audio."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from storyloom.devtools.local_server import Answer, LocalServer, Received
from tests.providers.specs import check_served


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_seconds: float = 0.0

    @classmethod
    def json(cls, payload: Any, status: int = 200, **headers: str) -> Reply:
        return cls(status, json.dumps(payload).encode(), {"Content-Type": "application/json", **headers})


class FakeServer:
    """Serves `handler(received) -> Reply` for every request and keeps what it received."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.answers: list[tuple[int, bytes]] = []
        # False in a test of a deliberately malformed answer: its requests are still checked.
        self.check_answers = True
        self.handler: Callable[[Received], Reply] = lambda received: Reply(404)
        self.server = LocalServer(self._answer, poll_seconds=0.02)
        self.url = self.server.url

    def _answer(self, received: Received) -> Answer:
        self.received.append(received)
        reply = self.handler(received)
        self.answers.append((reply.status, reply.body))
        if reply.delay_seconds:
            time.sleep(reply.delay_seconds)
        return Answer(reply.status, reply.body, list(reply.headers.items()))

    def start(self) -> None:
        self.server.start()

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture(autouse=True)
def no_local_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Local voice paths and timeouts from the shell must not leak into these tests."""
    for name in ("PIPER_MODEL_PATH", "KOKORO_MODEL_PATH", "PROVIDER_TIMEOUT_SECONDS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    fake.start()
    yield fake
    fake.stop()
    check_served(fake.received, fake.answers, fake.check_answers)


def speech_like(word_starts_ms: list[float], total_ms: float, rate: int) -> np.ndarray:
    """16-bit mono audio with a voiced burst at each word start (200 ms or until the next word)."""
    samples = np.zeros(int(total_ms * rate / 1000), dtype=np.int16)
    bounds = [*word_starts_ms, total_ms]
    for begin, following in zip(bounds, bounds[1:], strict=False):
        start = int(begin * rate / 1000)
        stop = min(int(following * rate / 1000), start + rate // 5, len(samples))
        time_axis = np.arange(stop - start) / rate
        samples[start:stop] = (8000 * np.sin(2 * np.pi * 220 * time_axis)).astype(np.int16)
    return samples
