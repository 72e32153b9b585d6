"""The HTTP client every call to Shopify goes through: explicit timeouts, and, when
SHOPIFY_ADMIN_URL_OVERRIDE is set, every request rerouted to that origin (the local Admin emulator)."""

from __future__ import annotations

import threading

import httpx

from storyloom.config import ShopifySettings


class RerouteTransport(httpx.BaseTransport):
    """Sends every request to `origin` instead of the shop's host, keeping path, query and body.

    The shop's real host travels in `X-Forwarded-Host`, so an emulator serving several shops can tell
    them apart.
    """

    def __init__(self, origin: str, inner: httpx.BaseTransport | None = None) -> None:
        self._origin = httpx.URL(origin.rstrip("/"))
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        original_host = request.url.host
        request.url = request.url.copy_with(
            scheme=self._origin.scheme, host=self._origin.host, port=self._origin.port
        )
        request.headers["Host"] = request.url.netloc.decode("ascii")
        request.headers["X-Forwarded-Host"] = original_host
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def shopify_http_client(settings: ShopifySettings) -> httpx.Client:
    """A new httpx client for Shopify calls; the caller must close it."""
    timeout = httpx.Timeout(settings.http_timeout_seconds, connect=min(10.0, settings.http_timeout_seconds))
    if settings.admin_url_override:
        return httpx.Client(timeout=timeout, transport=RerouteTransport(settings.admin_url_override))
    return httpx.Client(timeout=timeout)


_shared: dict[tuple[str, float], httpx.Client] = {}
_shared_lock = threading.Lock()


def shared_http_client(settings: ShopifySettings) -> httpx.Client:
    """One long-lived client per (override, timeout) for the process, so connections and TLS set-up are
    reused across calls; callers must not close it."""
    key = (settings.admin_url_override, settings.http_timeout_seconds)
    with _shared_lock:
        client = _shared.get(key)
        if client is None or client.is_closed:
            client = shopify_http_client(settings)
            _shared[key] = client
        return client
