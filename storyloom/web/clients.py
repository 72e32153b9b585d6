"""Who a request comes from, as one string: what idempotency keys are kept per.

An API client with a bearer token is that token; a storefront customer is the customer of their shop;
anyone else is its IP address. Not the session cookie: a client's first request has none, its
repeat may have one, and both must land on the same book.
"""

from __future__ import annotations

import hashlib

from fastapi import Request

from storyloom.web.deps import bearer_token


def client_address(request: Request) -> str:
    """The peer's address (uvicorn puts the forwarded one here when it trusts the proxy)."""
    return request.client.host if request.client else "unknown"


def client_identity(request: Request) -> str:
    """The requesting client: `token:…` (hashed), `customer:…` or `ip:…`."""
    token = bearer_token(request)
    if token:
        return "token:" + hashlib.sha256(token.encode()).hexdigest()[:32]
    customer = getattr(request.state, "customer_id", None)
    shop = getattr(request.state, "shop_domain", None)
    if customer and shop:
        return f"customer:{shop}:{customer}"
    return f"ip:{client_address(request)}"
