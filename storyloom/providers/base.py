"""What every provider call returns besides its content, and the mapping of HTTP failures onto the
error tree, shared by the adapters of every kind."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderConnectionError,
    ProviderError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)


@dataclass
class CallRecord:
    """One provider call: what was asked, of whom, what it cost and how long it took.

    The pipeline turns each record into a Generation row.
    """

    provider: str
    prompt: str
    model: str | None = None
    cost_usd: float = 0.0
    duration_ms: int = 0
    details: dict[str, Any] = field(default_factory=dict)


class Stopwatch:
    """Measures a call in milliseconds."""

    def __init__(self) -> None:
        self.started = time.perf_counter()

    @property
    def elapsed_ms(self) -> int:
        return int((time.perf_counter() - self.started) * 1000)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


POLICY_MARKERS = ("content_policy", "content policy", "safety", "moderation", "policy_violation")


def error_for_status(provider: str, response: httpx.Response, detail: str = "") -> ProviderError:
    """The error-tree exception for a failed HTTP response from `provider`."""
    status = response.status_code
    text = detail or _short_body(response)
    lowered = text.lower()
    if status in (401, 403):
        return ProviderAuthError(
            f"{provider} refused the credentials (HTTP {status}); check the API key setting",
            provider=provider,
            status=status,
        )
    if status == 429:
        return ProviderRateLimitError(
            f"{provider} is rate limiting requests (HTTP 429)",
            provider=provider,
            status=status,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    if status >= 500 or status == 408:
        return ProviderServerError(
            f"{provider} had a server error (HTTP {status}): {text}",
            provider=provider,
            status=status,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    if any(marker in lowered for marker in POLICY_MARKERS):
        return ContentPolicyError(
            f"{provider} refused the content under its content policy: {text}",
            provider=provider,
            status=status,
        )
    return ProviderBadRequestError(
        f"{provider} rejected the request (HTTP {status}): {text}", provider=provider, status=status
    )


def _short_body(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            return str(error.get("message") or error.get("code") or error)[:300]
        return str(error)[:300]
    return str(body)[:300]


@contextmanager
def mapped_http_errors(provider: str) -> Iterator[None]:
    """Turn httpx's transport failures into retryable provider errors."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise ProviderTimeoutError(f"{provider} did not answer in time", provider=provider) from exc
    except httpx.TransportError as exc:
        raise ProviderConnectionError(
            f"could not reach {provider}: {type(exc).__name__}", provider=provider
        ) from exc


def check_response(provider: str, response: httpx.Response) -> httpx.Response:
    """Return `response` if it succeeded, else raise the matching provider error."""
    if response.is_success:
        return response
    raise error_for_status(provider, response)
