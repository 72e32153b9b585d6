"""Request-scoped dependencies: the runtime, the viewer (session, token, customer) and CSRF.

Forms carry a per-session CSRF token. The JSON API's state-changing routes refuse a request that
carries the session cookie when its Origin (or, lacking one, Referer) names another site, unless it
sends the session's token in `X-CSRF-Token`. Browsers always send Origin on cross-site POSTs, and the
cookie is SameSite=Lax besides; a client that sends neither header is not a browser page and passes,
as do requests with a Bearer token (which another site cannot make a browser send).
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from fastapi import Request

from storyloom.errors import ForbiddenError
from storyloom.library import Viewer
from storyloom.runtime import Runtime
from storyloom.signatures import signature_matches

SESSION_KEY = "sid"
CSRF_KEY = "csrf"
LINKED_KEY = "linked"  # the books this browser opened with their private links
CSRF_HEADER = "x-csrf-token"
SESSION_COOKIE = "storyloom_session"


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
    if scheme.lower() == "bearer" and value.strip() and len(value) <= 200:
        return value.strip()
    return None


def get_viewer(request: Request) -> Viewer:
    """Who is asking. Set by the Shopify app proxy for storefront customers (request.state)."""
    sid = request.session.get(SESSION_KEY)
    linked = request.session.get(LINKED_KEY)
    return Viewer(
        session=sid if isinstance(sid, str) else None,
        linked=frozenset(str(value) for value in linked) if isinstance(linked, list) else frozenset(),
        token=bearer_token(request),
        customer_id=getattr(request.state, "customer_id", None),
        shop_domain=getattr(request.state, "shop_domain", None),
    )


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get(CSRF_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session[CSRF_KEY] = token
    return token


def _token_matches(request: Request, submitted: str | None) -> bool:
    expected = request.session.get(CSRF_KEY)
    return isinstance(expected, str) and bool(submitted) and signature_matches(expected, submitted)


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a form post whose CSRF token is not the session's."""
    if not _token_matches(request, submitted):
        raise ForbiddenError("the form has expired; reload the page and try again", code="CSRF_FAILED")


def _same_origin(request: Request) -> bool:
    source = request.headers.get("origin") or request.headers.get("referer")
    if source is None:
        return True
    parts = urlsplit(source)
    host = request.headers.get("host", "")
    return bool(parts.netloc) and parts.netloc == host and parts.scheme in ("http", "https")


def api_csrf(request: Request) -> None:
    """Dependency for the JSON API's state-changing routes: see the module's docstring."""
    if SESSION_COOKIE not in request.cookies or bearer_token(request):
        return
    if _same_origin(request) or _token_matches(request, request.headers.get(CSRF_HEADER)):
        return
    raise ForbiddenError(
        "a request with the session cookie from another site must carry X-CSRF-Token",
        code="CSRF_FAILED",
    )
