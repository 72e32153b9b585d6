"""Provider calls as the pipeline makes them: each one waits for a slot of its provider (concurrency
and requests per minute, shared by every worker process), and every stage calls its chain of
providers through `first_that_works`, the one fallback policy, which keeps one record of each call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from storyloom.errors import ProviderError, TerminalProviderError
from storyloom.pipeline.ratelimit import RateLimiter
from storyloom.providers.base import CallRecord, Stopwatch

# The methods of each provider protocol that call the provider.
CALL_METHODS: dict[str, frozenset[str]] = {
    "text": frozenset({"write_story", "write_chapter"}),
    "image": frozenset({"illustrate"}),
    "speech": frozenset({"narrate"}),
}


class Made(Protocol):
    """What a provider call returns: its content and the record of the call."""

    @property
    def call(self) -> CallRecord: ...


class Named(Protocol):
    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=Named)
M = TypeVar("M", bound=Made)


def first_that_works(
    providers: Sequence[P],
    attempt: Callable[[P], M],
    *,
    record: list[CallRecord],
    prompt: str,
    final: tuple[type[TerminalProviderError], ...] = (),
) -> tuple[M, P]:
    """`attempt(provider)` on each provider in turn: the first result, with the provider that made it.

    The one policy of every stage: a terminal failure (refusal, bad request, key, quota) moves on to
    the next provider, unless it is one of `final`; anything else, a retryable failure above all,
    is raised at once (the executor backs off and runs the unit again). When every provider failed,
    the last failure is raised. Each call is appended to `record` once, as it ends: the result's
    own record, or the failure's (its provider, `prompt`, how long it took, and `error` and
    `message` in the details). `providers` must not be empty.
    """
    if not providers:
        raise ValueError("first_that_works needs at least one provider")
    last: TerminalProviderError | None = None
    for provider in providers:
        watch = Stopwatch()
        try:
            made = attempt(provider)
        except ProviderError as exc:
            details = {"error": exc.code, "message": exc.message}
            failed = CallRecord(
                provider=exc.provider or provider.name,
                prompt=prompt,
                duration_ms=watch.elapsed_ms,
                details=details,
            )
            record.append(failed)
            if not isinstance(exc, TerminalProviderError) or isinstance(exc, final):
                raise
            last = exc
            continue
        record.append(made.call)
        return made, provider
    assert last is not None
    raise last


class LimitedProvider:
    """A provider seen through its limits: attributes pass through, calls take a slot first."""

    def __init__(self, provider: Any, kind: str, limiter: RateLimiter) -> None:
        self._provider = provider
        self._kind = kind
        self._limiter = limiter

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._provider, name)
        if name in CALL_METHODS[self._kind] and callable(value):
            return self._limited(value)
        return value

    def __repr__(self) -> str:
        return f"LimitedProvider({self._provider!r})"

    def _limited(self, call: Callable[..., Any]) -> Callable[..., Any]:
        provider_name = str(getattr(self._provider, "name", type(self._provider).__name__))

        def limited_call(*args: Any, **kwargs: Any) -> Any:
            with self._limiter.slot(self._kind, provider_name):
                return call(*args, **kwargs)

        return limited_call


def limited(providers: list[Any], kind: str, limiter: RateLimiter) -> list[Any]:
    """`providers` (a chain of one kind) each behind its limits."""
    return [LimitedProvider(provider, kind, limiter) for provider in providers]
