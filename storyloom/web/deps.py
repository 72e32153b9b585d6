"""Request-scoped dependencies, defined once for every route: the runtime and its book service,
the viewer (session, token, customer), the story the path names when the viewer owns it, the
request's raw body or form (read on the event loop, so that the route itself may be a plain `def`
that FastAPI runs in its threadpool) and CSRF.

Forms carry a per-session CSRF token. The JSON API's state-changing routes refuse a request that
carries the session cookie when its Origin (or, lacking one, Referer) names another site, unless it
sends the session's token in `X-CSRF-Token`. Browsers always send Origin on cross-site POSTs, and the
cookie is SameSite=Lax besides; a client that sends neither header is not a browser page and passes,
as do requests with a Bearer token (which another site cannot make a browser send).
"""

from __future__ import annotations

import secrets
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Form, Path, Request
from starlette.datastructures import FormData

from storyloom.access import Viewer, story_for_viewer
from storyloom.books.service import BookService
from storyloom.db.models import Story
from storyloom.errors import ForbiddenError
from storyloom.runtime import Runtime
from storyloom.signatures import signature_matches
from storyloom.startup import current_runtime as process_runtime

SESSION_KEY = "sid"
CSRF_KEY = "csrf"
LINKED_KEY = "linked"  # the books this browser opened with their private links
CSRF_HEADER = "x-csrf-token"
SESSION_COOKIE = "storyloom_session"


def get_runtime(request: Request) -> Runtime:
    """The app's runtime (`app.state.runtime`), else the process's own (an app put together without
    the factory, as the Shopify tests do)."""
    runtime = getattr(request.app.state, "runtime", None)
    return runtime if isinstance(runtime, Runtime) else process_runtime()


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def book_service(runtime: RuntimeDep) -> BookService:
    """The book's operations (start, change, publish, files) for the app's runtime."""
    return BookService(runtime)


BooksDep = Annotated[BookService, Depends(book_service)]


def _kept_in_session(request: Request, key: str) -> str:
    """The random value the signed session cookie keeps under `key`, made on first use."""
    value = request.session.get(key)
    if not isinstance(value, str):
        value = secrets.token_urlsafe(24)
        request.session[key] = value
    return value


def session_id(request: Request) -> str:
    """The browser session's id, made on first use and kept in the signed session cookie."""
    return _kept_in_session(request, SESSION_KEY)


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


ViewerDep = Annotated[Viewer, Depends(get_viewer)]
StoryId = Annotated[str, Path(max_length=64, description="The story's id (32 hex characters).")]


def owned_story(story_id: StoryId, runtime: RuntimeDep, viewer: ViewerDep) -> Story:
    """The path's story, for its owner and its buyers only: anyone else gets NotFoundError (404), so
    that a stranger cannot even learn that the id exists."""
    return story_for_viewer(runtime, story_id, viewer, must_own=True)


OwnedStory = Annotated[Story, Depends(owned_story)]


async def request_body(request: Request) -> bytes:
    """The request's body as sent (a webhook's signature covers these very bytes)."""
    return await request.body()


async def request_form(request: Request) -> FormData:
    """The request's form fields, parsed."""
    return await request.form()


RawBody = Annotated[bytes, Depends(request_body)]
SubmittedForm = Annotated[FormData, Depends(request_form)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    return _kept_in_session(request, CSRF_KEY)


def _token_matches(request: Request, submitted: str | None) -> bool:
    expected = request.session.get(CSRF_KEY)
    return isinstance(expected, str) and bool(submitted) and signature_matches(expected, submitted)


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a form post whose CSRF token is not the session's."""
    if not _token_matches(request, submitted):
        raise ForbiddenError("the form has expired; reload the page and try again", code="CSRF_FAILED")


def form_csrf(request: Request, csrf: Annotated[str, Form(max_length=100)]) -> None:
    """Dependency for the pages' forms: refuse a post whose `csrf` field is not the session's (403)."""
    check_csrf(request, csrf)


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
