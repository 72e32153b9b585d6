"""Request-scoped dependencies: the runtime, the viewer (session, token, customer) and CSRF."""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request

from storyloom.errors import ForbiddenError
from storyloom.library import Viewer
from storyloom.runtime import Runtime

SESSION_KEY = "sid"
CSRF_KEY = "csrf"


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def session_id(request: Request) -> str:
    """The browser session's id, made on first use and kept in the signed session cookie."""
    sid = request.session.get(SESSION_KEY)
    if not isinstance(sid, str):
        sid = secrets.token_urlsafe(24)
        request.session[SESSION_KEY] = sid
    return sid


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def get_viewer(request: Request) -> Viewer:
    """Who is asking. Set by the Shopify app proxy for storefront customers (request.state)."""
    sid = request.session.get(SESSION_KEY)
    return Viewer(
        session=sid if isinstance(sid, str) else None,
        token=bearer_token(request),
        customer_id=getattr(request.state, "customer_id", None),
        shop_domain=getattr(request.state, "shop_domain", None),
    )


def csrf_token(request: Request) -> str:
    token = request.session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session[CSRF_KEY] = token
    return token


def check_csrf(request: Request, submitted: str | None) -> None:
    expected = request.session.get(CSRF_KEY)
    if not isinstance(expected, str) or not submitted or not hmac.compare_digest(expected, submitted):
        raise ForbiddenError("the form has expired; reload the page and try again", code="CSRF_FAILED")
