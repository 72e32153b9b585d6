"""Provider calls as the pipeline makes them: each one waits for a slot of its provider (concurrency
and requests per minute, shared by every worker process) and each failed one is remembered, so its
unit's Generation rows show every attempt with its error, fallbacks included.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storyloom.errors import ProviderError
from storyloom.pipeline.ratelimit import RateLimiter

# The methods of each provider protocol that call the provider.
CALL_METHODS: dict[str, frozenset[str]] = {
    "text": frozenset({"write_story", "write_chapter"}),
    "image": frozenset({"illustrate"}),
    "speech": frozenset({"narrate"}),
}


@dataclass(frozen=True)
class FailedCall:
    """One provider call that raised: who, what, how it failed and how long it took."""

    provider: str
    method: str
    code: str
    message: str
    duration_ms: int
    waited_ms: int


class LimitedProvider:
    """A provider seen through its limits: attributes pass through, calls take a slot first."""

    def __init__(
        self, provider: Any, kind: str, limiter: RateLimiter, failures: list[FailedCall] | None = None
    ) -> None:
        self._provider = provider
        self._kind = kind
        self._limiter = limiter
        self._failures = failures if failures is not None else []

    @property
    def wrapped(self) -> Any:
        return self._provider

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._provider, name)
        if name in CALL_METHODS[self._kind] and callable(value):
            return self._limited(name, value)
        return value

    def __repr__(self) -> str:
        return f"LimitedProvider({self._provider!r})"

    def _limited(self, method: str, call: Callable[..., Any]) -> Callable[..., Any]:
        provider_name = str(getattr(self._provider, "name", type(self._provider).__name__))

        def limited_call(*args: Any, **kwargs: Any) -> Any:
            with self._limiter.slot(self._kind, provider_name) as waited:
                started = time.perf_counter()
                try:
                    return call(*args, **kwargs)
                except ProviderError as exc:
                    self._failures.append(
                        FailedCall(
                            provider=exc.provider or provider_name,
                            method=method,
                            code=exc.code,
                            message=exc.message,
                            duration_ms=int((time.perf_counter() - started) * 1000),
                            waited_ms=int(waited * 1000),
                        )
                    )
                    raise

        return limited_call


def limited(providers: list[Any], kind: str, limiter: RateLimiter, failures: list[FailedCall]) -> list[Any]:
    """`providers` (a chain of one kind) each behind its limits, failures noted in `failures`."""
    return [LimitedProvider(provider, kind, limiter, failures) for provider in providers]
