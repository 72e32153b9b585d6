"""App proxy requests: Shopify forwards `https://{shop}/apps/storyloom/...` to the app's `/proxy/...`
and signs the query. The signature is the hex HMAC-SHA256, with the app secret, of every parameter
but `signature`, sorted by name, each as `key=value` (several values joined by commas), with no
separator between pairs; `timestamp` must be within 90 seconds."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass

from storyloom.config import ShopifySettings
from storyloom.shopify.auth import InvalidRequestError, normalize_shop_domain, shopify_app
from storyloom.signatures import well_formed

SINGLE_VALUED = ("shop", "signature", "timestamp", "logged_in_customer_id", "path_prefix")


@dataclass(frozen=True)
class ProxyRequest:
    """A verified app proxy request: which shop, and which customer is logged in (if any)."""

    shop_domain: str
    logged_in_customer_id: str | None
    path_prefix: str


def proxy_message(params: Iterable[tuple[str, str]]) -> str:
    """The string Shopify signs for an app proxy request."""
    grouped: dict[str, list[str]] = {}
    for key, value in params:
        if key != "signature":
            grouped.setdefault(key, []).append(value)
    return "".join(f"{key}={','.join(values)}" for key, values in sorted(grouped.items()))


def sign_proxy_query(secret: str, params: Iterable[tuple[str, str]]) -> str:
    """The `signature` Shopify adds to an app proxy query."""
    return hmac.new(secret.encode(), proxy_message(params).encode(), hashlib.sha256).hexdigest()


def verify_proxy_request(settings: ShopifySettings, url: str, params: list[tuple[str, str]]) -> ProxyRequest:
    """Verify an app proxy request (its full URL and its parsed query) or raise InvalidRequestError (401).

    Unsigned, tampered and stale (over 90 s) requests are refused, and so is any request that repeats
    `shop`, `signature`, `timestamp`, `logged_in_customer_id` or `path_prefix`.
    """
    names = [name for name, _ in params]
    for name in SINGLE_VALUED:
        if names.count(name) > 1:
            raise InvalidRequestError(f"repeated {name} parameter")
    if not well_formed(dict(params).get("signature"), max_length=128):
        raise InvalidRequestError("app proxy request not verified (malformed_signature)")
    try:
        result = shopify_app(settings).verify_app_proxy_req(
            {"method": "GET", "headers": {}, "url": url, "body": ""}
        )
    except (TypeError, ValueError):
        raise InvalidRequestError("app proxy request not verified (malformed_signature)") from None
    if not result.ok:
        raise InvalidRequestError(f"app proxy request not verified ({result.log.code})")
    values = dict(params)
    shop = normalize_shop_domain(values.get("shop"))
    if shop is None:
        raise InvalidRequestError("app proxy request names no Shopify shop")
    customer = values.get("logged_in_customer_id") or None
    return ProxyRequest(
        shop_domain=shop,
        logged_in_customer_id=customer,
        path_prefix=values.get("path_prefix") or settings.proxy_path,
    )
