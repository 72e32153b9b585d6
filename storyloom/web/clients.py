"""Who a request comes from: one string that idempotency keys are kept per, and every identity the
limits on starting and changing books count it against (storyloom.pipeline.admission).

An API client with a bearer token is that token; a storefront customer is the customer of their shop;
anyone else is its IP address. Not the session cookie: a client's first request has none, its
repeat may have one, and both must land on the same book.
"""

from __future__ import annotations

import hashlib

from fastapi import Request

from storyloom.pipeline.admission import Identity, admit
from storyloom.web.deps import SESSION_KEY, RuntimeDep, bearer_token


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


def request_identities(request: Request) -> list[Identity]:
    """Everything a request to the app's own pages and API is counted against: its address, its
    browser session (when it has one) and its API token (when it sends one)."""
    identities = [Identity("address", client_address(request))]
    sid = request.session.get(SESSION_KEY) if "session" in request.scope else None
    if isinstance(sid, str):
        identities.append(Identity("session", hashlib.sha256(sid.encode()).hexdigest()[:32]))
    token = bearer_token(request)
    if token:
        identities.append(Identity("token", hashlib.sha256(token.encode()).hexdigest()[:32]))
    return identities


def limit_starts(request: Request, runtime: RuntimeDep) -> None:
    """Dependency: count a book started against the request's identities (429 over a limit)."""
    admit(runtime, "start", request_identities(request))


def limit_changes(request: Request, runtime: RuntimeDep) -> None:
    """Dependency: count a change to a book against the request's identities (429 over a limit)."""
    admit(runtime, "change", request_identities(request))
