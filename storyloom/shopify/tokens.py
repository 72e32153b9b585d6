"""Offline access tokens per shop: obtained by token exchange (embedded) or the authorization code
grant (install), stored with their expiry, refreshed before they expire (the refresh token rotates
on every use), and revoked when the app is uninstalled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select, update

from storyloom.db.models import Shop, utcnow
from storyloom.db.session import rows_changed
from storyloom.errors import ShopifyError
from storyloom.runtime import Runtime
from storyloom.shopify.auth import InvalidRequestError, SessionToken, shopify_app
from storyloom.shopify.http import shopify_http_client

REFRESH_MARGIN = timedelta(minutes=5)


class ShopNotInstalledError(ShopifyError):
    """The shop has no usable token: it never installed the app, uninstalled it, or its grant lapsed."""

    code = "SHOP_NOT_INSTALLED"


@dataclass(frozen=True)
class TokenGrant:
    """An access token as Shopify granted it."""

    access_token: str
    scope: str
    expires_at: datetime | None
    refresh_token: str | None
    refresh_token_expires_at: datetime | None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def _format_time(value: datetime | None) -> str | None:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _grant_from_library(access_token: Any) -> TokenGrant:
    return TokenGrant(
        access_token=access_token.token,
        scope=access_token.scope or "",
        expires_at=_parse_time(access_token.expires),
        refresh_token=access_token.refresh_token or None,
        refresh_token_expires_at=_parse_time(access_token.refresh_token_expires),
    )


def exchange_session_token(runtime: Runtime, session: SessionToken) -> TokenGrant:
    """Trade a verified session token for an expiring offline access token (token exchange)."""
    settings = runtime.settings.shopify
    app = shopify_app(settings)
    with shopify_http_client(settings) as client:
        result = app.exchange_using_token_exchange(
            "offline",
            id_token={"exchangeable": True, "token": session.token, "claims": session.claims},
            expiring=True,
            http_client=client,
        )
    if not result.ok or result.access_token is None:
        if result.log.code == "invalid_subject_token":
            raise InvalidRequestError("Shopify refused the session token", headers=result.response.headers)
        raise ShopifyError(f"token exchange failed for {session.shop_domain}: {result.log.code}")
    return _grant_from_library(result.access_token)


def exchange_authorization_code(runtime: Runtime, shop_domain: str, code: str) -> TokenGrant:
    """Trade an install's authorization code for an expiring offline access token."""
    settings = runtime.settings.shopify
    body = {
        "client_id": settings.api_key,
        "client_secret": settings.api_secret.get_secret_value(),
        "code": code,
        "expiring": 1,
    }
    try:
        with shopify_http_client(settings) as client:
            response = client.post(f"https://{shop_domain}/admin/oauth/access_token", json=body)
    except httpx.HTTPError as exc:
        raise ShopifyError(
            f"could not reach {shop_domain} for the access token: {type(exc).__name__}"
        ) from exc
    if response.status_code != 200:
        raise ShopifyError(f"{shop_domain} refused the authorization code (HTTP {response.status_code})")
    try:
        data = response.json()
        access_token = str(data["access_token"])
    except (ValueError, KeyError, TypeError):
        raise ShopifyError(f"{shop_domain} answered the token request without an access token") from None
    now = datetime.now(UTC)
    return TokenGrant(
        access_token=access_token,
        scope=data.get("scope", ""),
        expires_at=now + timedelta(seconds=data["expires_in"]) if data.get("expires_in") else None,
        refresh_token=data.get("refresh_token"),
        refresh_token_expires_at=(
            now + timedelta(seconds=data["refresh_token_expires_in"])
            if data.get("refresh_token_expires_in")
            else None
        ),
    )


def store_grant(runtime: Runtime, shop_domain: str, grant: TokenGrant) -> None:
    """Save `grant` as the shop's tokens, (re)installing the shop."""
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
        if shop is None:
            shop = Shop(domain=shop_domain)
            session.add(shop)
        shop.access_token = grant.access_token
        shop.access_token_expires_at = grant.expires_at
        shop.refresh_token = grant.refresh_token
        shop.refresh_token_expires_at = grant.refresh_token_expires_at
        shop.scopes = grant.scope
        if shop.installed_at is None or shop.uninstalled_at is not None:
            shop.installed_at = utcnow()
        shop.uninstalled_at = None


def has_valid_grant(runtime: Runtime, shop_domain: str) -> bool:
    """Whether the shop is installed with a token that is usable now or can be refreshed."""
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
    if shop is None or shop.uninstalled_at is not None or not shop.access_token:
        return False
    now = datetime.now(UTC)
    if shop.access_token_expires_at is None or shop.access_token_expires_at > now:
        return True
    return bool(shop.refresh_token) and (
        shop.refresh_token_expires_at is None or shop.refresh_token_expires_at > now
    )


def access_token_for(runtime: Runtime, shop_domain: str) -> str:
    """A usable access token for the shop, refreshing it first when it expires within five minutes.

    Two workers may race to refresh: the loser's conditional write changes nothing and it reads
    the winner's token instead. Raises ShopNotInstalledError when there is nothing to use.
    """
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
    if shop is None or shop.uninstalled_at is not None or not shop.access_token:
        raise ShopNotInstalledError(f"{shop_domain} has not installed the app")
    now = datetime.now(UTC)
    if shop.access_token_expires_at is None or shop.access_token_expires_at - REFRESH_MARGIN > now:
        return shop.access_token
    if not shop.refresh_token or (shop.refresh_token_expires_at and shop.refresh_token_expires_at <= now):
        raise ShopNotInstalledError(
            f"{shop_domain}'s access has lapsed; the merchant must open the app again"
        )
    try:
        grant = _refresh(runtime, shop)
    except ShopifyError:
        with runtime.session() as session:
            current = session.scalar(select(Shop).where(Shop.domain == shop_domain))
        if current is not None and current.refresh_token != shop.refresh_token and current.access_token:
            return current.access_token
        raise
    with runtime.session() as session:
        written = rows_changed(
            session,
            update(Shop)
            .where(Shop.id == shop.id, Shop.refresh_token == shop.refresh_token)
            .values(
                access_token=grant.access_token,
                access_token_expires_at=grant.expires_at,
                refresh_token=grant.refresh_token,
                refresh_token_expires_at=grant.refresh_token_expires_at,
                scopes=grant.scope or shop.scopes,
                updated_at=utcnow(),
            ),
        )
    if written == 0:
        with runtime.session() as session:
            current = session.scalar(select(Shop).where(Shop.domain == shop_domain))
        if current is not None and current.access_token:
            return current.access_token
    return grant.access_token


def _refresh(runtime: Runtime, shop: Shop) -> TokenGrant:
    settings = runtime.settings.shopify
    app = shopify_app(settings)
    with shopify_http_client(settings) as client:
        result = app.refresh_token_exchanged_access_token(
            {
                "access_mode": "offline",
                "shop": shop.domain.removesuffix(".myshopify.com"),
                "refresh_token": shop.refresh_token,
                "expires": None,  # we decided to refresh; the library would skip a token valid for 60 s
                "refresh_token_expires": _format_time(shop.refresh_token_expires_at),
            },
            http_client=client,
        )
    if not result.ok or result.access_token is None:
        raise ShopifyError(f"could not refresh the access token of {shop.domain}: {result.log.code}")
    return _grant_from_library(result.access_token)


def revoke_shop(runtime: Runtime, shop_domain: str) -> bool:
    """Forget the shop's tokens and mark it uninstalled; returns whether the shop was known."""
    with runtime.session() as session:
        shop = session.scalar(select(Shop).where(Shop.domain == shop_domain))
        if shop is None:
            return False
        shop.access_token = None
        shop.access_token_expires_at = None
        shop.refresh_token = None
        shop.refresh_token_expires_at = None
        shop.uninstalled_at = utcnow()
        return True
