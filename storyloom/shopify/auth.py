"""Who is asking: shop domains, embedded-admin session tokens and the OAuth install query's HMAC.

Session tokens are verified with Shopify's `shopifyapp` library (HS256 with the app secret, `aud`
the API key, 10 s leeway); the authorization-code install flow, which the library does not cover,
is verified here: every query parameter but `hmac`, sorted, `key=value` joined by `&`, HMAC-SHA256
hex with the app secret, and a timestamp within 90 seconds.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlparse

from shopify_app import ShopifyApp

from storyloom.config import ShopifySettings
from storyloom.errors import ConfigurationError, ShopifyError
from storyloom.signatures import signature_matches

SHOP_DOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*\.myshopify\.com$")
OAUTH_CLOCK_TOLERANCE_SECONDS = 90
RETRY_INVALID_SESSION = {"X-Shopify-Retry-Invalid-Session-Request": "1"}


class InvalidRequestError(ShopifyError):
    """A request claiming to come from Shopify failed verification; answer `status` with `headers`."""

    code = "SHOPIFY_UNVERIFIED"

    def __init__(self, message: str, *, status: int = 401, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = dict(headers or {})


def normalize_shop_domain(value: str | None) -> str | None:
    """`value` as a bare `name.myshopify.com` domain, or None when it is not one.

    Accepts `https://name.myshopify.com/` and a bare shop name without the suffix.
    """
    if not value:
        return None
    candidate = value.strip().lower()
    if "://" in candidate:
        candidate = urlparse(candidate).hostname or ""
    candidate = candidate.rstrip("/")
    if candidate and "." not in candidate:
        candidate = f"{candidate}.myshopify.com"
    return candidate if SHOP_DOMAIN.fullmatch(candidate) else None


def shopify_app(settings: ShopifySettings) -> ShopifyApp:
    """The `shopifyapp` verifier for this app; refuses to build without a key and a secret."""
    secret = settings.api_secret.get_secret_value()
    if not settings.api_key or not secret:
        raise ConfigurationError("the Shopify app needs SHOPIFY_API_KEY and SHOPIFY_API_SECRET")
    return ShopifyApp(client_id=settings.api_key, client_secret=secret)


@dataclass(frozen=True)
class SessionToken:
    """A verified App Bridge session token."""

    shop_domain: str
    user_id: str | None
    token: str
    claims: dict[str, Any] = field(repr=False)


def verify_session_token(settings: ShopifySettings, token: str | None) -> SessionToken:
    """Verify an App Bridge session token (the `Authorization: Bearer` of an embedded admin fetch).

    Raises InvalidRequestError (401 with `X-Shopify-Retry-Invalid-Session-Request: 1`) when it is
    missing, badly signed, expired, for another app, or names a shop that is not a Shopify domain.
    """
    if not token:
        raise InvalidRequestError("missing session token", headers=RETRY_INVALID_SESSION)
    result = shopify_app(settings).verify_app_home_req(
        {
            "method": "GET",
            "headers": {"authorization": f"Bearer {token}"},
            "url": f"{settings.app_url or 'https://storyloom.invalid'}/",
            "body": "",
        },
        app_home_patch_id_token_path="/auth/patch-id-token",
    )
    if not result.ok or result.id_token is None:
        raise InvalidRequestError(f"invalid session token ({result.log.code})", headers=RETRY_INVALID_SESSION)
    claims = dict(result.id_token.claims)
    dest = normalize_shop_domain(str(claims.get("dest", "")))
    issuer = urlparse(str(claims.get("iss", ""))).hostname
    if dest is None or issuer != dest:
        raise InvalidRequestError("session token names no valid shop", headers=RETRY_INVALID_SESSION)
    return SessionToken(
        shop_domain=dest,
        user_id=str(result.user_id) if result.user_id is not None else None,
        token=token,
        claims=claims,
    )


def content_security_policy(shop_domain: str | None, *, also: str = "") -> str:
    """The frame-ancestors policy every embedded page must carry (`also`: one more origin, the emulator)."""
    extra = f" {also.rstrip('/')}" if also else ""
    if shop_domain:
        return f"frame-ancestors https://{shop_domain} https://admin.shopify.com{extra};"
    return f"frame-ancestors{extra};" if extra else "frame-ancestors 'none';"


def oauth_message(params: Iterable[tuple[str, str]]) -> str:
    """The string Shopify signs in an OAuth redirect: sorted `key=value` pairs (no `hmac`) joined by `&`."""
    pairs = sorted((k, v) for k, v in params if k not in ("hmac", "signature"))
    return "&".join(f"{key}={value}" for key, value in pairs)


def sign_oauth_query(secret: str, params: Iterable[tuple[str, str]]) -> str:
    """The hex HMAC-SHA256 Shopify puts in the `hmac` parameter of an install or callback query."""
    return hmac.new(secret.encode(), oauth_message(params).encode(), hashlib.sha256).hexdigest()


def verify_oauth_query(
    settings: ShopifySettings, params: list[tuple[str, str]], *, now: float | None = None
) -> str:
    """Check an install or callback query from Shopify and return its shop domain.

    The `hmac` must match, no parameter may repeat, `shop` must be a Shopify domain and `timestamp`
    within 90 seconds of now; anything else raises InvalidRequestError (401, or 400 for a bad shop).
    """
    names = [name for name, _ in params]
    if len(names) != len(set(names)):
        raise InvalidRequestError("repeated query parameter")
    values = dict(params)
    received = values.get("hmac", "")
    expected = sign_oauth_query(settings.api_secret.get_secret_value(), params)
    if not signature_matches(expected, received):
        raise InvalidRequestError("query HMAC does not match")
    shop = normalize_shop_domain(values.get("shop"))
    if shop is None or values.get("shop") != shop:
        raise InvalidRequestError("not a Shopify shop domain", status=400)
    try:
        timestamp = int(values.get("timestamp", ""))
    except ValueError:
        raise InvalidRequestError("missing or malformed timestamp") from None
    if abs((time.time() if now is None else now) - timestamp) > OAUTH_CLOCK_TOLERANCE_SECONDS:
        raise InvalidRequestError("stale timestamp")
    return shop


def new_state() -> str:
    """A fresh, unguessable OAuth state nonce."""
    return secrets.token_urlsafe(24)


def authorize_url(settings: ShopifySettings, shop_domain: str, *, state: str, redirect_uri: str) -> str:
    """Where to send a merchant to grant the app its scopes (authorization code grant)."""
    query = urlencode(
        {
            "client_id": settings.api_key,
            "scope": ",".join(settings.scopes),
            "redirect_uri": redirect_uri,
            "state": state,
        }
    )
    origin = settings.admin_url_override.rstrip("/") or f"https://{shop_domain}"
    return f"{origin}/admin/oauth/authorize?{query}&{urlencode({'shop': shop_domain})}"
