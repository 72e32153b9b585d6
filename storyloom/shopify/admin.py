"""The Admin GraphQL client: one shop, one pinned API version, cost-based throttling.

Shopify meters GraphQL by query cost in a leaky bucket per app and shop. Every answer carries
`extensions.cost.throttleStatus` (maximumAvailable, currentlyAvailable, restoreRate); the client
remembers it per shop and, before sending a document, waits until the bucket holds what that
document cost last time. A THROTTLED answer or an HTTP 429 is retried after the time the bucket needs
(or Retry-After); 5xx and transport failures back off exponentially. What is left when the retries
run out is a retryable error, so the unit is tried again later.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import httpx

from storyloom.config import ShopifySettings
from storyloom.errors import ShopifyError, ShopifyThrottledError
from storyloom.providers.base import parse_retry_after
from storyloom.shopify.http import shared_http_client

DEFAULT_COST = 10.0
BACKOFF_BASE_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 30.0


class ShopifyUnavailableError(ShopifyError):
    """Shopify did not answer, or answered 5xx, after every retry: retry the unit later."""

    code = "SHOPIFY_UNAVAILABLE"
    retryable = True


class ShopifyAuthError(ShopifyError):
    """Shopify refused the access token (401/403): the shop must open the app again."""

    code = "SHOPIFY_AUTH"


class ShopifyUserError(ShopifyError):
    """A mutation answered with userErrors; `errors` keeps them as Shopify sent them."""

    code = "SHOPIFY_USER_ERROR"

    def __init__(self, operation: str, errors: list[dict[str, Any]]) -> None:
        parts = []
        for error in errors:
            field = ".".join(str(p) for p in (error.get("field") or []))
            parts.append(f"{field}: {error.get('message')}" if field else str(error.get("message")))
        super().__init__(f"Shopify refused {operation}: {'; '.join(parts)}")
        self.operation = operation
        self.errors = errors


@cache
def document(name: str) -> str:
    """The GraphQL document `storyloom/shopify/graphql/{name}.graphql`, with the fragments it uses."""
    folder = resources.files("storyloom.shopify") / "graphql"
    text = (folder / f"{name}.graphql").read_text(encoding="utf-8")
    if "...StoryloomProduct" in text:
        text += "\n" + (folder / "product_fields.graphql").read_text(encoding="utf-8")
    return text


DOCUMENT_NAMES = (
    "product_by_handle",
    "product_by_id",
    "product_create",
    "product_update",
    "product_variants_bulk_update",
    "product_variants_bulk_create",
    "order_fulfillment_orders",
    "fulfillment_create",
    "staged_uploads_create",
    "file_create",
    "file_status",
    "metafields_set",
    "customer_stories",
    "shop_phone",
)


@dataclass
class _Bucket:
    maximum: float
    available: float
    restore_rate: float
    observed_at: float

    def available_at(self, now: float) -> float:
        return min(self.maximum, self.available + self.restore_rate * (now - self.observed_at))


_buckets: dict[str, _Bucket] = {}
_costs: dict[str, float] = {}
_lock = threading.Lock()


def reset_throttle_state() -> None:
    """Forget every bucket and cost seen (tests)."""
    with _lock:
        _buckets.clear()
        _costs.clear()


class AdminClient:
    """Sends GraphQL documents to one shop's Admin API and returns `data`."""

    def __init__(
        self,
        settings: ShopifySettings,
        shop_domain: str,
        access_token: str | Callable[[], str],
        *,
        sleep: Callable[[float], None] = time.sleep,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.settings = settings
        self.shop_domain = shop_domain
        self._token = access_token
        self._sleep = sleep
        self._client = http_client
        self.url = f"https://{shop_domain}/admin/api/{settings.api_version}/graphql.json"
        self.waited_seconds = 0.0

    def _access_token(self) -> str:
        return self._token() if callable(self._token) else self._token

    def execute(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run `query` and return its `data`; raises a ShopifyError subclass when it cannot."""
        key = f"{self.shop_domain}\n{query}"
        attempts = self.settings.max_retries + 1
        last_wait = 0.0
        for attempt in range(attempts):
            self._wait_for_bucket(key)
            response = self._post(query, variables, attempt, attempts)
            if response is None:
                continue
            if response.status_code == 429:
                last_wait = parse_retry_after(response.headers.get("retry-after")) or 1.0
                self._pause(last_wait)
                continue
            if response.status_code >= 500:
                last_wait = _backoff(attempt)
                if attempt + 1 < attempts:
                    self._pause(last_wait)
                    continue
                raise ShopifyUnavailableError(
                    f"Shopify answered HTTP {response.status_code} for {self.shop_domain}"
                )
            if response.status_code in (401, 403):
                raise ShopifyAuthError(
                    f"Shopify refused the access token of {self.shop_domain} (HTTP {response.status_code})"
                )
            body = _json(response)
            if response.status_code != 200:
                raise ShopifyError(f"Shopify answered HTTP {response.status_code}: {_messages(body)}")
            cost = (body.get("extensions") or {}).get("cost") or {}
            self._observe(key, cost)
            errors = body.get("errors") or []
            if any((e.get("extensions") or {}).get("code") == "THROTTLED" for e in errors):
                last_wait = self._throttled_wait(cost)
                self._pause(last_wait)
                continue
            if errors:
                raise ShopifyError(f"Shopify refused the document: {_messages(body)}", code="SHOPIFY_GRAPHQL")
            data = body.get("data")
            if not isinstance(data, dict):
                raise ShopifyError("Shopify answered without data")
            return data
        raise ShopifyThrottledError(
            f"Shopify kept throttling {self.shop_domain} after {attempts} attempts", retry_after=last_wait
        )

    def mutate(self, operation: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        """Run a mutation and return its payload `data[operation]`, raising ShopifyUserError on userErrors."""
        payload = self.execute(query, variables).get(operation) or {}
        errors = payload.get("userErrors") or []
        if errors:
            raise ShopifyUserError(operation, errors)
        return payload

    def _post(
        self, query: str, variables: dict[str, Any] | None, attempt: int, attempts: int
    ) -> httpx.Response | None:
        headers = {
            "X-Shopify-Access-Token": self._access_token(),
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        body = {"query": query, "variables": variables or {}}
        try:
            client = self._client or shared_http_client(self.settings)
            return client.post(self.url, json=body, headers=headers)
        except httpx.TransportError as exc:
            if attempt + 1 >= attempts:
                raise ShopifyUnavailableError(
                    f"could not reach Shopify for {self.shop_domain}: {type(exc).__name__}"
                ) from exc
            self._pause(_backoff(attempt))
            return None

    def _wait_for_bucket(self, key: str) -> None:
        with _lock:
            bucket = _buckets.get(self.shop_domain)
            needed = _costs.get(key, DEFAULT_COST)
            if bucket is None or bucket.restore_rate <= 0:
                return
            available = bucket.available_at(time.monotonic())
        if available < needed:
            self._pause((needed - available) / bucket.restore_rate)

    def _observe(self, key: str, cost: dict[str, Any]) -> None:
        status = cost.get("throttleStatus") or {}
        with _lock:
            if cost.get("requestedQueryCost") is not None:
                _costs[key] = float(cost["requestedQueryCost"])
            if {"maximumAvailable", "currentlyAvailable", "restoreRate"} <= status.keys():
                _buckets[self.shop_domain] = _Bucket(
                    maximum=float(status["maximumAvailable"]),
                    available=float(status["currentlyAvailable"]),
                    restore_rate=float(status["restoreRate"]),
                    observed_at=time.monotonic(),
                )

    def _throttled_wait(self, cost: dict[str, Any]) -> float:
        status = cost.get("throttleStatus") or {}
        requested = float(cost.get("requestedQueryCost") or DEFAULT_COST)
        available = float(status.get("currentlyAvailable") or 0.0)
        rate = float(status.get("restoreRate") or 0.0)
        if rate <= 0:
            return 1.0
        return max(0.05, (requested - available) / rate)

    def _pause(self, seconds: float) -> None:
        seconds = min(max(seconds, 0.0), BACKOFF_MAX_SECONDS)
        self.waited_seconds += seconds
        self._sleep(seconds)


def _backoff(attempt: int) -> float:
    return min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2.0**attempt) * (0.5 + random.random() / 2)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        raise ShopifyError(
            f"Shopify answered HTTP {response.status_code} with a body that is not JSON"
        ) from None
    return body if isinstance(body, dict) else {"errors": str(body)}


def _messages(body: dict[str, Any]) -> str:
    errors = body.get("errors")
    if isinstance(errors, list):
        return "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)[:500]
    return str(errors)[:500]
