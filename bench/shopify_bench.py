"""Shopify: how long verifying each kind of signed request takes, and one Admin document run by the
emulator (validation against the 2026-10 schema, cost, execution)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable

import jwt


def _timed(label: str, action: Callable[[], object], repeat: int) -> tuple[str, float]:
    action()
    started = time.perf_counter()
    for _ in range(repeat):
        action()
    return label, (time.perf_counter() - started) / repeat * 1e6


def run() -> None:
    os.environ.setdefault("SHOPIFY_API_KEY", "bench-key")
    os.environ.setdefault("SHOPIFY_API_SECRET", "shpss_bench_secret_0123456789abcdef0123")
    from storyloom.config import load_settings
    from storyloom.devtools.shopify_emulator.app import run_document
    from storyloom.devtools.shopify_emulator.helpers import sign_webhook
    from storyloom.devtools.shopify_emulator.state import EmulatorState
    from storyloom.shopify.admin import document
    from storyloom.shopify.auth import verify_session_token
    from storyloom.shopify.proxy import sign_proxy_query, verify_proxy_request
    from storyloom.shopify.webhooks import verify_webhook

    settings = load_settings().shopify
    secret = settings.api_secret.get_secret_value()
    shop = "bench.myshopify.com"
    now = int(time.time())
    token = jwt.encode(
        {
            "iss": f"https://{shop}/admin",
            "dest": f"https://{shop}",
            "aud": settings.api_key,
            "exp": now + 600,
        },
        secret,
        algorithm="HS256",
    )
    body = json.dumps({"id": 1, "line_items": [{"id": n} for n in range(20)]}).encode()
    headers = {
        "X-Shopify-Hmac-Sha256": sign_webhook(secret, body),
        "X-Shopify-Shop-Domain": shop,
        "X-Shopify-Topic": "orders/paid",
        "X-Shopify-Event-Id": "e",
    }
    params = [("shop", shop), ("timestamp", str(now)), ("logged_in_customer_id", "1")]
    params.append(("signature", sign_proxy_query(secret, params)))
    url = "https://app/proxy/books?" + "&".join(f"{k}={v}" for k, v in params)
    state = EmulatorState(api_key=settings.api_key, api_secret=secret)
    create = document("product_create")
    rows = [
        _timed("session token", lambda: verify_session_token(settings, token), 2000),
        _timed("webhook HMAC", lambda: verify_webhook(settings, headers, body), 2000),
        _timed("app proxy signature", lambda: verify_proxy_request(settings, url, params), 2000),
        _timed(
            "emulator productCreate",
            lambda: run_document(state, shop, "http://e", create, {"product": {"title": "Bench"}}),
            50,
        ),
    ]
    print(f"| {'operation':<24} | {'µs per call':>12} |")
    print(f"| {'-' * 24} | {'-' * 12} |")
    for label, micros in rows:
        print(f"| {label:<24} | {micros:>12.1f} |")
