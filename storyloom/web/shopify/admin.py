"""The embedded admin: the shop's books with their states and costs, and publishing one; the printed
editions it sells and its printed orders (with what needs the merchant, and Retry). Every request
carries an App Bridge session token; the first one also trades it for the shop's offline token."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from storyloom.books.service import BookService
from storyloom.db.models import StoryStatus
from storyloom.errors import ClientFacingError, InvalidInputError, NotFoundError, ShopifyError
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
from storyloom.shopify.books import retry_book, shop_books, story_of_shop
from storyloom.shopify.previews import preview_link
from storyloom.shopify.print_orders import format_quotes, parse_address, print_order_rows, retry_print_job
from storyloom.shopify.print_settings import (
    EDITIONS,
    SAMPLE_PAGE_COUNT,
    SHIPPING_LEVELS,
    PrintSettings,
    parse_print_settings,
    print_service_name,
    print_settings,
    save_print_settings,
)
from storyloom.shopify.print_webhook import subscribe_print_webhook
from storyloom.shopify.shop_settings import (
    ShopPreferences,
    offered_languages,
    parse_preferences,
    save_preferences,
    shop_preferences,
)
from storyloom.shopify.tokens import exchange_session_token, has_valid_grant, store_grant
from storyloom.story.params import LANGUAGE_NAMES, STYLE_LABELS
from storyloom.web.deps import RuntimeDep, SubmittedForm
from storyloom.web.shopify.deps import refusal, require_shopify, templates

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
def admin_home(request: Request, runtime: RuntimeDep) -> Response:
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
    return _admin_page(request, runtime, session)


def _admin_page(
    request: Request,
    runtime: Runtime,
    session: SessionToken,
    *,
    notice: str = "",
    errors: list[str] | None = None,
    preferences: ShopPreferences | None = None,
    printing: PrintSettings | None = None,
    status_code: int = 200,
) -> Response:
    settings = runtime.settings.shopify
    shop = session.shop_domain
    if settings.admin_url_override:
        admin_products = f"{settings.admin_url_override.rstrip('/')}/admin/products/"
        suffix = f"?shop={shop}"
    else:
        admin_products = f"https://admin.shopify.com/store/{shop.removesuffix('.myshopify.com')}/products/"
        suffix = ""
    books = shop_books(runtime, shop)
    response = templates.TemplateResponse(
        request,
        "admin.html",
        {
            "shop": shop,
            "books": books,
            "thumbnails": {
                book.id: preview_link(settings, book.id, "cover.png", width=160)
                for book in books
                if book.cover_key
            },
            "admin_products": admin_products,
            "admin_suffix": suffix,
            "app_url": settings.app_url.rstrip("/"),
            "preferences": preferences or shop_preferences(runtime, shop),
            "default_daily_budget": runtime.settings.limits.shop_daily_book_budget,
            "language_names": {code: LANGUAGE_NAMES[code] for code in offered_languages(runtime)},
            "style_names": STYLE_LABELS,
            "notice": notice,
            "errors": errors or [],
            "api_key": settings.api_key,
            "id_token": session.token,
            "base_path": "/shopify/admin",
            "emulated": bool(settings.admin_url_override),
            "provider_warnings": models_near_shutdown(runtime),
            "print_service": print_service_name(runtime),
            "printing": printing or print_settings(runtime, shop),
            "editions": EDITIONS,
            "shipping_levels": SHIPPING_LEVELS,
            "print_quotes": format_quotes(runtime, shop),
            "sample_pages": SAMPLE_PAGE_COUNT,
            "print_orders": print_order_rows(runtime, shop),
        },
        status_code=status_code,
    )
    response.headers["Content-Security-Policy"] = content_security_policy(
        shop, also=settings.admin_url_override
    )
    return response


def _form_session(request: Request, runtime: Runtime, form: FormData) -> tuple[SessionToken, dict[str, Any]]:
    """The session of a form the admin page posted (its token in the form, or the bearer header)."""
    token = _bearer(request) or str(form.get("id_token") or "")
    session = _session(runtime, token)
    fields: dict[str, Any] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            fields.setdefault(key, []).append(value)
    return session, {
        k: v[0] if len(v) == 1 and k not in ("languages", "styles", "print_formats") else v
        for k, v in fields.items()
    }


@router.post("/settings")
def save_settings(request: Request, submitted: SubmittedForm, runtime: RuntimeDep) -> Response:
    """Save the shop's price, daily book budget, storefront choices and auto-publish."""
    try:
        session, form = _form_session(request, runtime, submitted)
    except InvalidRequestError as error:
        return refusal(error)
    try:
        preferences = parse_preferences(runtime, form)
        printing = parse_print_settings(runtime, form)
    except InvalidInputError as error:
        return _admin_page(request, runtime, session, errors=[error.message], status_code=422)
    save_preferences(runtime, session.shop_domain, preferences)
    save_print_settings(runtime, session.shop_domain, printing)
    if printing.prices:
        subscribe_print_webhook(runtime)
    return _admin_page(request, runtime, session, notice="Settings saved.")


@router.post("/print-jobs/{print_job_id}/retry")
def retry_printed_copy(
    print_job_id: str, request: Request, submitted: SubmittedForm, runtime: RuntimeDep
) -> Response:
    """Send a printed copy that needs attention to the print service again (with a corrected address
    when the form gives one)."""
    try:
        session, form = _form_session(request, runtime, submitted)
    except InvalidRequestError as error:
        return refusal(error)
    try:
        address = None
        if any(key.startswith("address_") for key in form):
            current = next(
                (
                    row.address
                    for row in print_order_rows(runtime, session.shop_domain)
                    if row.id == print_job_id
                ),
                None,
            )
            if current is None:
                raise NotFoundError(f"print job {print_job_id} not found")
            address = parse_address(form, current)
        retry_print_job(runtime, session.shop_domain, print_job_id, address=address)
    except ClientFacingError as error:
        return _admin_page(request, runtime, session, errors=[error.message], status_code=error.status)
    return _admin_page(
        request, runtime, session, notice="The printed copy is being sent to the printer again."
    )


@router.post("/stories/{story_id}/{action}")
def book_action(
    story_id: str, action: str, request: Request, submitted: SubmittedForm, runtime: RuntimeDep
) -> Response:
    """The page's buttons without scripts: publish a finished book, or retry one that needs attention."""
    try:
        session, _ = _form_session(request, runtime, submitted)
    except InvalidRequestError as error:
        return refusal(error)
    try:
        notice = _act(runtime, session.shop_domain, story_id, action)
    except ClientFacingError as error:
        return _admin_page(request, runtime, session, errors=[error.message], status_code=error.status)
    return _admin_page(request, runtime, session, notice=notice)


def _act(runtime: Runtime, shop: str, story_id: str, action: str) -> str:
    if action == "retry":
        retried = retry_book(runtime, shop, story_id)
        return "Publishing again." if retried == "publish" else "Making the failed parts again."
    if action == "publish":
        if story_of_shop(runtime, shop, story_id) is None:
            raise NotFoundError(f"story {story_id} not found")
        BookService(runtime).publish(story_id)
        return "Publishing started; the book's state changes when it is done."
    raise NotFoundError(f"no action {action!r}: use publish or retry")


@router.get("/api/stories")
def list_stories(request: Request, runtime: RuntimeDep) -> Response:
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
    runtime: RuntimeDep,
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
    BookService(runtime).publish(story_id)
    return JSONResponse({"story_id": story_id, "status": "queued"}, status_code=202)


@router.post("/api/stories/{story_id}/retry", status_code=202)
def retry_story_route(story_id: str, request: Request, runtime: RuntimeDep) -> Response:
    """Re-run what failed in a book: its making or its publishing."""
    try:
        session = _session(runtime, _bearer(request))
    except InvalidRequestError as error:
        return refusal(error)
    try:
        retried = retry_book(runtime, session.shop_domain, story_id)
    except ClientFacingError as error:
        return JSONResponse({"error": error.message, "code": error.code}, status_code=error.status)
    return JSONResponse({"story_id": story_id, "retried": retried}, status_code=202)
