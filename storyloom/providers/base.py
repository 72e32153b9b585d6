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
from pydantic import SecretStr

from storyloom.errors import (
    ConfigurationError,
    ContentPolicyError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderConnectionError,
    ProviderError,
    ProviderOutputError,
    ProviderQuotaError,
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

# How a merchant names each provider, and where its account's credit is topped up.
ACCOUNTS: dict[str, tuple[str, str]] = {
    "openai": ("OpenAI", "https://platform.openai.com/settings/organization/billing"),
    "google": ("Google AI", "https://aistudio.google.com/usage (Billing)"),
    "anthropic": ("Anthropic", "https://console.anthropic.com/settings/billing"),
    "elevenlabs": ("ElevenLabs", "https://elevenlabs.io/app/subscription"),
    "stability": ("Stability AI", "https://platform.stability.ai/account/credits"),
    "replicate": ("Replicate", "https://replicate.com/account/billing"),
}
# Error codes, types and statuses that mean "no credit, quota or billing left" rather than "slow down".
QUOTA_CODES = frozenset(
    {
        "insufficient_quota",
        "billing_hard_limit_reached",
        "billing_error",
        "billing_not_active",
        "quota_exceeded",
        "payment_required",
        "insufficient_credits",
        "insufficient_balance",
        "BILLING_DISABLED",
    }
)
QUOTA_PHRASES = (
    "credit balance is too low",
    "insufficient credit",
    "enable billing",
    "check your plan and billing",
)


def quota_error(provider: str, status: int | None, detail: str = "") -> ProviderQuotaError:
    """The terminal error for an account without credit, naming the account and where to top it up."""
    title, billing = ACCOUNTS.get(provider, (provider, "the provider's billing page"))
    reason = f" ({detail})" if detail else ""
    return ProviderQuotaError(
        f"the {title} account has no credit or quota left{reason}; add credit or raise the quota at "
        f"{billing}, then retry the book",
        provider=provider,
        status=status,
    )


def json_object(provider: str, response: httpx.Response) -> dict[str, Any]:
    """The JSON object a successful answer carries; anything else is the provider's output error."""
    try:
        body = response.json()
    except ValueError as exc:
        raise ProviderOutputError(
            f"{provider} answered with something that is not JSON", provider=provider
        ) from exc
    if not isinstance(body, dict):
        raise ProviderOutputError(f"{provider} answered with an unexpected JSON shape", provider=provider)
    return body


def error_body(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of an error answer, or {} when it is not one."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _google_seconds(value: object) -> float | None:
    """A google.protobuf.Duration in JSON ("12s", "0.5s") as seconds."""
    if not isinstance(value, str) or not value.endswith("s"):
        return None
    try:
        return max(0.0, float(value[:-1]))
    except ValueError:
        return None


def google_details(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The `error.details` entries of a Google API error body."""
    error = body.get("error")
    details = error.get("details") if isinstance(error, dict) else None
    return [d for d in details if isinstance(d, dict)] if isinstance(details, list) else []


def retry_hint(response: httpx.Response, body: dict[str, Any] | None = None) -> float | None:
    """Seconds the provider asked us to wait: Retry-After, else Google's RetryInfo `retryDelay`."""
    header = parse_retry_after(response.headers.get("retry-after"))
    if header is not None:
        return header
    return google_retry_delay(error_body(response) if body is None else body)


def google_retry_delay(body: dict[str, Any]) -> float | None:
    """Google's RetryInfo `retryDelay` ("37s") from an error body, in seconds."""
    for detail in google_details(body):
        if str(detail.get("@type", "")).endswith("google.rpc.RetryInfo"):
            return _google_seconds(detail.get("retryDelay"))
    return None


def is_out_of_credit(status: int, body: dict[str, Any]) -> bool:
    """Whether an error answer says the account has no credit, quota or billing left (not a rate limit).

    Covers HTTP 402, OpenAI `insufficient_quota` / `billing_hard_limit_reached`, Anthropic
    `billing_error` and "credit balance is too low", ElevenLabs `quota_exceeded`, and Google
    RESOURCE_EXHAUSTED on a daily (or zero) quota or a billing reason."""
    if status == 402:
        return True
    error = body.get("error", body.get("detail", body))
    fields: list[object] = []
    if isinstance(error, dict):
        fields = [error.get("code"), error.get("type"), error.get("status"), body.get("name")]
    if any(isinstance(value, str) and value in QUOTA_CODES for value in fields):
        return True
    message = str(error.get("message", "")) if isinstance(error, dict) else str(error)
    if any(phrase in message.lower() for phrase in QUOTA_PHRASES) and status != 429:
        return True
    for detail in google_details(body):
        kind = str(detail.get("@type", ""))
        if kind.endswith("google.rpc.ErrorInfo") and "BILLING" in str(detail.get("reason", "")):
            return True
        if kind.endswith("google.rpc.QuotaFailure"):
            for violation in detail.get("violations") or []:
                if not isinstance(violation, dict):
                    continue
                quota_id = str(violation.get("quotaId", ""))
                if "PerDay" in quota_id or str(violation.get("quotaValue", "")) == "0":
                    return True
    return False


def is_key_refused(status: int, body: dict[str, Any]) -> bool:
    """Whether an error answer refuses the credentials: 401/403, or Google's 400 API_KEY_INVALID."""
    if status in (401, 403):
        return True
    if status != 400:
        return False
    if any(detail.get("reason") == "API_KEY_INVALID" for detail in google_details(body)):
        return True
    error = body.get("error")
    return isinstance(error, dict) and "api key not valid" in str(error.get("message", "")).lower()


def error_for_status(provider: str, response: httpx.Response, detail: str = "") -> ProviderError:
    """The error-tree exception for a failed HTTP response from `provider`."""
    status = response.status_code
    body = error_body(response)
    text = detail or _short_body(response)
    lowered = text.lower()
    if is_out_of_credit(status, body):
        return quota_error(provider, status, text)
    if is_key_refused(status, body):
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
            retry_after=retry_hint(response, body),
        )
    if status >= 500 or status == 408:
        return ProviderServerError(
            f"{provider} had a server error (HTTP {status}): {text}",
            provider=provider,
            status=status,
            retry_after=retry_hint(response, body),
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


def required_key(key: SecretStr, requirement: str) -> str:
    """The secret `key`, or ConfigurationError saying `requirement` ("IMAGE_PROVIDER=openai needs
    OPENAI_API_KEY") when it is empty."""
    value = key.get_secret_value()
    if not value:
        raise ConfigurationError(requirement)
    return value
