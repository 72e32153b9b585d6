"""Webhooks from Shopify: verified (HMAC-SHA256 of the raw body, base64, compared in constant time,
through `shopifyapp`), recorded once per `X-Shopify-Event-Id` (a repeated delivery is acknowledged
and ignored), then processed after the answer: orders/paid, app/uninstalled and the compliance
topics.

Shopify signs only the body, so a captured body could be sent again with other headers. Hence the
signed payload must agree with the headers (the shop named in compliance and uninstall payloads, an
order's own ids under orders/paid), a body is processed once whatever event id it comes under (its
SHA-256 is unique), and a delivery triggered longer ago than Shopify's retry window (8 tries over
4 hours) is refused."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, not_, or_, select, update
from sqlalchemy.exc import IntegrityError

from storyloom.config import ShopifySettings
from storyloom.db.models import WebhookEvent, utcnow
from storyloom.db.session import rows_changed
from storyloom.runtime import Runtime
from storyloom.shopify.auth import InvalidRequestError, normalize_shop_domain, shopify_app
from storyloom.shopify.orders import handle_orders_paid
from storyloom.shopify.privacy import customer_data_request, redact_customer, redact_shop
from storyloom.shopify.tokens import revoke_shop
from storyloom.signatures import well_formed

log = logging.getLogger(__name__)
TOPICS = ("orders/paid", "app/uninstalled", "customers/data_request", "customers/redact", "shop/redact")
COMPLIANCE_TOPICS = ("customers/data_request", "customers/redact", "shop/redact")
RETRY_WINDOW = timedelta(hours=4, minutes=10)  # Shopify retries 8 times over 4 hours; a little slack
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class WebhookDelivery:
    """A verified webhook."""

    topic: str
    shop_domain: str
    event_id: str
    payload: dict[str, Any]
    body_sha256: str = ""


def verify_webhook(
    settings: ShopifySettings, headers: Mapping[str, str], body: bytes, *, now: datetime | None = None
) -> WebhookDelivery:
    """Verify a webhook's signature, its age and that its payload matches its headers, or raise
    InvalidRequestError (401 bad HMAC, stale or mismatched; 400 bad form)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidRequestError("webhook body is not UTF-8", status=400) from None
    if not well_formed(lowered.get("x-shopify-hmac-sha256"), max_length=128):
        raise InvalidRequestError("webhook not verified (malformed_hmac)", status=401)
    try:
        result = shopify_app(settings).verify_webhook_req(
            {"method": "POST", "headers": lowered, "url": "/api/webhooks/shopify", "body": text}
        )
    except (TypeError, ValueError):  # whatever the library trips over is a forged delivery
        raise InvalidRequestError("webhook not verified (malformed_hmac)", status=401) from None
    if not result.ok:
        status = 401 if result.log.code in ("missing_hmac_header", "invalid_hmac") else result.response.status
        raise InvalidRequestError(f"webhook not verified ({result.log.code})", status=status)
    shop = normalize_shop_domain(lowered.get("x-shopify-shop-domain"))
    topic = lowered.get("x-shopify-topic", "")
    event_id = lowered.get("x-shopify-event-id") or lowered.get("x-shopify-webhook-id", "")
    if shop is None or not topic or not event_id:
        raise InvalidRequestError("webhook lacks its shop, topic or event id", status=400)
    try:
        payload = json.loads(text) if text.strip() else {}
    except ValueError:
        raise InvalidRequestError("webhook body is not JSON", status=400) from None
    if not isinstance(payload, dict):
        raise InvalidRequestError("webhook body is not a JSON object", status=400)
    _check_fresh(lowered.get("x-shopify-triggered-at"), utcnow() if now is None else now)
    _check_payload_matches(topic, shop, payload)
    return WebhookDelivery(
        topic=topic,
        shop_domain=shop,
        event_id=event_id,
        payload=payload,
        body_sha256=hashlib.sha256(body).hexdigest(),
    )


def _check_fresh(triggered_at: str | None, now: datetime) -> None:
    """Refuse a delivery without X-Shopify-Triggered-At, or triggered outside Shopify's retry window."""
    try:
        moment = datetime.fromisoformat((triggered_at or "").strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidRequestError("webhook lacks a valid X-Shopify-Triggered-At", status=400) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if moment < now - RETRY_WINDOW or moment > now + CLOCK_SKEW:
        raise InvalidRequestError("webhook delivery is outside Shopify's retry window", status=401)


def _check_payload_matches(topic: str, shop: str, payload: dict[str, Any]) -> None:
    """Refuse a signed body that does not belong to this topic and shop (a body replayed under other
    headers): compliance payloads name their shop, an uninstall names the shop, an order has its ids."""
    if topic in COMPLIANCE_TOPICS:
        named = normalize_shop_domain(str(payload.get("shop_domain") or ""))
        if named != shop:
            raise InvalidRequestError(
                f"{topic} payload is for another shop than the header names", status=401
            )
        if topic != "shop/redact" and not isinstance(payload.get("customer"), dict):
            raise InvalidRequestError(f"{topic} payload names no customer", status=401)
    elif topic == "app/uninstalled":
        named = normalize_shop_domain(str(payload.get("myshopify_domain") or payload.get("domain") or ""))
        if named != shop:
            raise InvalidRequestError("app/uninstalled payload is for another shop", status=401)
    elif topic == "orders/paid":
        order_id = payload.get("id")
        gid = payload.get("admin_graphql_api_id")
        if (
            not isinstance(order_id, int)
            or not isinstance(payload.get("line_items"), list)
            or "shop_domain" in payload
            or (gid is not None and gid != f"gid://shopify/Order/{order_id}")
        ):
            raise InvalidRequestError("orders/paid payload is not an order", status=401)


def record_webhook(runtime: Runtime, delivery: WebhookDelivery) -> str | None:
    """Store the delivery; returns the new WebhookEvent's id, or None when this event, or this very body
    under another event id, was seen before."""
    try:
        with runtime.session() as session:
            event = WebhookEvent(
                event_id=delivery.event_id,
                topic=delivery.topic,
                shop_domain=delivery.shop_domain,
                payload=delivery.payload,
                body_sha256=delivery.body_sha256 or None,
            )
            session.add(event)
            session.flush()
            return event.id
    except IntegrityError:
        return None


def _handle(runtime: Runtime, event: WebhookEvent) -> None:
    handlers: dict[str, Callable[[], Any]] = {
        "orders/paid": lambda: handle_orders_paid(runtime, event.shop_domain, event.payload),
        "app/uninstalled": lambda: revoke_shop(runtime, event.shop_domain),
        "customers/data_request": lambda: customer_data_request(runtime, event.shop_domain, event.payload),
        "customers/redact": lambda: redact_customer(
            runtime, event.shop_domain, event.payload, keep_event_id=event.event_id
        ),
        "shop/redact": lambda: redact_shop(runtime, event.shop_domain, keep_event_id=event.event_id),
    }
    handler = handlers.get(event.topic)
    if handler is None:
        log.info("ignoring webhook topic %s", event.topic)
        return
    handler()


LEASE_PREFIX = "lease until "


def _lease_marker(moment: datetime) -> str:
    return f"{LEASE_PREFIX}{moment.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S')}"


def _claimable(now: datetime) -> ColumnElement[bool]:
    """Not processed, and not leased by a worker that may still be on it (a lease lapses after
    LEASE_SECONDS, so an event a crashed worker held is taken up again)."""
    return and_(
        WebhookEvent.processed_at.is_(None),
        or_(
            WebhookEvent.error.is_(None),
            not_(WebhookEvent.error.startswith(LEASE_PREFIX)),
            WebhookEvent.error < _lease_marker(now),
        ),
    )


def process_webhook_event(runtime: Runtime, event_row_id: str) -> bool:
    """Process one recorded webhook if no one else is; returns whether this call processed it.

    The event is leased while it is processed. A retryable failure (Shopify throttled or unreachable)
    leaves it for `process_pending_webhooks`; any other failure marks it done with its `error`.
    """
    now = utcnow()
    lease = _lease_marker(now + timedelta(seconds=runtime.settings.limits.lease_seconds))
    with runtime.session() as session:
        claimed = rows_changed(
            session,
            update(WebhookEvent).where(WebhookEvent.id == event_row_id, _claimable(now)).values(error=lease),
        )
        if claimed != 1:
            return False
        event = session.get(WebhookEvent, event_row_id)
        assert event is not None
        session.expunge(event)
    try:
        _handle(runtime, event)
    except Exception as exc:
        retryable = bool(getattr(exc, "retryable", False))
        log.exception("webhook %s (%s) failed", event.event_id, event.topic)
        outcome = {
            "processed_at": None if retryable else utcnow(),
            "error": f"{type(exc).__name__}: {exc}"[:2000],
        }
    else:
        outcome = {"processed_at": utcnow(), "error": None}
    with runtime.session() as session:
        session.execute(update(WebhookEvent).where(WebhookEvent.id == event_row_id).values(**outcome))
    return outcome["error"] is None


def process_pending_webhooks(runtime: Runtime) -> int:
    """Process every recorded webhook not yet done and not leased (after a crash or a retryable failure);
    returns how many were processed. The reaper should call it now and then."""
    with runtime.session() as session:
        ids = session.scalars(select(WebhookEvent.id).where(_claimable(utcnow()))).all()
    return sum(process_webhook_event(runtime, event_id) for event_id in ids)
