"""The embedded admin: the shop's books with their states and costs, and publishing one. Every request
carries an App Bridge session token; the first one also trades it for the shop's offline token."""

from __future__ import annotations

import logging
from dataclasses import asdict
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from storyloom.db.models import StoryStatus
from storyloom.errors import ShopifyError
from storyloom.pipeline.orchestrator import request_publish
from storyloom.providers.doctor import cached_report
from storyloom.runtime import Runtime
from storyloom.shopify.auth import (
    RETRY_INVALID_SESSION,
    InvalidRequestError,
    SessionToken,
    content_security_policy,
    normalize_shop_domain,
    verify_session_token,
)
from storyloom.shopify.books import shop_books, story_of_shop
from storyloom.shopify.tokens import exchange_session_token, has_valid_grant, store_grant
from storyloom.web.shopify.deps import refusal, require_shopify, runtime_dependency, templates

router = APIRouter(prefix="/shopify/admin", tags=["shopify"], dependencies=[Depends(require_shopify)])
log = logging.getLogger(__name__)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    return header[7:] if header.startswith("Bearer ") else None


def _session(runtime: Runtime, token: str | None) -> SessionToken:
    session = verify_session_token(runtime.settings.shopify, token)
    if not has_valid_grant(runtime, session.shop_domain):
        try:
            store_grant(runtime, session.shop_domain, exchange_session_token(runtime, session))
        except ShopifyError as error:
            raise InvalidRequestError(
                f"token exchange failed: {error}", headers=RETRY_INVALID_SESSION
            ) from error
    return session


def models_near_shutdown(runtime: Runtime) -> list[str]:
    """Sentences for the models the settings use that shut down within 30 days, from the last provider
    check (never a new one: the page does not wait for the providers)."""
    report = cached_report(runtime.settings, refresh=False)
    if report is None:
        return []
    return [
        f"The {health.kind} model {health.model} ({health.provider}) shuts down on "
        f"{health.shutdown.isoformat()}: ask the operator to choose another."
        for health in report.near_shutdown()
        if health.shutdown is not None
    ]


@router.get("")
def admin_home(request: Request, runtime: Runtime = Depends(runtime_dependency)) -> Response:
    """The app's page inside the Shopify admin."""
    settings = runtime.settings.shopify
    token = request.query_params.get("id_token") or _bearer(request)
    shop_hint = normalize_shop_domain(request.query_params.get("shop"))
    if not token and shop_hint:
        query = urlencode({"shop": shop_hint, "shopify-reload": str(request.url.path)})
        return RedirectResponse(f"/shopify/auth/patch-id-token?{query}", status_code=302)
    try:
        session = _session(runtime, token)
    except InvalidRequestError as error:
        response: Response = refusal(error)
        response.headers["Content-Security-Policy"] = content_security_policy(
            shop_hint, also=settings.admin_url_override
        )
        return response
    response = templates.TemplateResponse(
        request,
        "admin.html",
        {
            "shop": session.shop_domain,
            "books": shop_books(runtime, session.shop_domain),
            "api_key": settings.api_key,
            "id_token": session.token,
            "base_path": "/shopify/admin",
            "emulated": bool(settings.admin_url_override),
            "provider_warnings": models_near_shutdown(runtime),
        },
    )
    response.headers["Content-Security-Policy"] = content_security_policy(
        session.shop_domain, also=settings.admin_url_override
    )
    return response


@router.get("/api/stories")
def list_stories(request: Request, runtime: Runtime = Depends(runtime_dependency)) -> Response:
    """The shop's books as JSON (the page's data)."""
    try:
        session = _session(runtime, _bearer(request))
    except InvalidRequestError as error:
        return refusal(error)
    books = [
        asdict(book) | {"created_at": book.created_at.isoformat()}
        for book in shop_books(runtime, session.shop_domain)
    ]
    return JSONResponse({"shop": session.shop_domain, "books": books})


@router.post("/api/stories/{story_id}/publish", status_code=202)
def publish_story(
    story_id: str,
    request: Request,
    runtime: Runtime = Depends(runtime_dependency),
) -> Response:
    """Ask for a finished book to be published to the shop; the work runs on the shopify-sync queue."""
    try:
        session = _session(runtime, _bearer(request))
    except InvalidRequestError as error:
        return refusal(error)
    story = story_of_shop(runtime, session.shop_domain, story_id)
    if story is None:
        return JSONResponse({"error": f"story {story_id} not found", "code": "NOT_FOUND"}, status_code=404)
    if story.status not in (StoryStatus.COMPLETE, StoryStatus.PUBLISHED):
        return JSONResponse(
            {
                "error": f"story {story_id} is {story.status.value}; only a finished book can be published",
                "code": "CONFLICT",
            },
            status_code=409,
        )
    request_publish(runtime, story_id)
    return JSONResponse({"story_id": story_id, "status": "queued"}, status_code=202)
