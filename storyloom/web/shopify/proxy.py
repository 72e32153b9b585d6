"""The storefront, through the app proxy: `/apps/storyloom/builder` (make a book) and
`/apps/storyloom/books` ("my books" of the logged-in customer), answered as `application/liquid` so
Shopify renders them inside the shop's theme. Every request's signature is verified first."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import ValidationError

from storyloom.books.service import BookService
from storyloom.errors import N_, ClientFacingError, RateLimitedError
from storyloom.runtime import Runtime
from storyloom.shopify.auth import InvalidRequestError
from storyloom.shopify.books import customer_books, own_variant, start_storefront_story
from storyloom.shopify.orders import story_claim
from storyloom.shopify.previews import preview_link
from storyloom.shopify.proxy import ProxyRequest, verify_proxy_request
from storyloom.shopify.shop_settings import shop_preferences
from storyloom.story.params import (
    AGE_GROUP_LABELS,
    GENRES,
    LANGUAGE_NAMES,
    STYLE_LABELS,
    Appearance,
    StoryParams,
)
from storyloom.web.api.preview import HeroPreviewQuery, hero_png
from storyloom.web.deps import RuntimeDep, SubmittedForm
from storyloom.web.input_errors import describe_validation_errors, input_error_message, say, visitor_gettext
from storyloom.web.pages import appearance
from storyloom.web.shopify.deps import TEMPLATE_DIRECTORIES, refusal, require_shopify
from storyloom.web.shopify.liquid import liquid_templates

router = APIRouter(prefix="/proxy", tags=["shopify"], dependencies=[Depends(require_shopify)])
LIQUID = "application/liquid"
templates = liquid_templates(*TEMPLATE_DIRECTORIES)
CARRIED = ("variant", "return_to")
FORM_FIELDS = (
    "child_name",
    "pronouns",
    "age_group",
    "genre",
    "language",
    "moral_lesson",
    "illustration_style",
    "page_count",
)

HERO_FIELDS = tuple(appearance.HERO_PREFIX + field for field in appearance.APPEARANCE_FIELDS)
HERO_QUERY = (*appearance.APPEARANCE_FIELDS, "style", "age_group")
SHOP_OFFERS = N_("this shop offers %(choices)s")
APPEARANCE_SCRIPT = (Path(__file__).parents[1] / "static" / "appearance.js").read_text()


def _verified(runtime: Runtime, request: Request) -> ProxyRequest:
    return verify_proxy_request(
        runtime.settings.shopify, str(request.url), list(request.query_params.multi_items())
    )


def _carry(request: Request) -> str:
    """The storefront's own parameters (the product variant, where to go back) kept across pages."""
    return urlencode([(k, v) for k, v in request.query_params.items() if k in CARRIED])


def _page(request: Request, name: str, context: dict[str, object], status_code: int = 200) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Content-Type"] = LIQUID
    return response


def _builder(
    request: Request,
    runtime: Runtime,
    proxy: ProxyRequest,
    form: dict[str, str],
    errors: list[str],
    status: int,
    field_errors: dict[str, str] | None = None,
) -> Response:
    preferences = shop_preferences(runtime, proxy.shop_domain)
    return _page(
        request,
        "proxy_builder.html",
        {
            "path_prefix": proxy.path_prefix,
            "carry": _carry(request),
            "form": form,
            "errors": errors,
            "field_errors": field_errors or {},
            "palettes": appearance.palettes(),
            "appearance_fields": appearance.APPEARANCE_FIELDS,
            "preview_src": f"{proxy.path_prefix}/preview/hero?{appearance.preview_query(form)}",
            "appearance_script": APPEARANCE_SCRIPT,
            "age_groups": AGE_GROUP_LABELS,
            "genres": GENRES,
            "languages": {code: LANGUAGE_NAMES[code] for code in preferences.languages},
            "styles": {code: STYLE_LABELS[code] for code in preferences.styles},
        },
        status,
    )


@router.get("/builder")
def builder(request: Request, runtime: RuntimeDep) -> Response:
    """The story builder form."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    return _builder(request, runtime, proxy, {}, [], 200)


@router.post("/builder")
def make_book(request: Request, submitted: SubmittedForm, runtime: RuntimeDep) -> Response:
    """Start the customer's book; invalid answers come back on the form with what to fix."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    form = {name: str(submitted.get(name, "")) for name in FORM_FIELDS + HERO_FIELDS}
    data: dict[str, object] = {k: v for k, v in form.items() if v != "" and k in FORM_FIELDS}
    look = appearance.appearance_from_form(form, appearance.HERO_PREFIX)
    if look:
        data["appearance"] = look
    preferences = shop_preferences(runtime, proxy.shop_domain)
    offered = [
        (form["language"], preferences.languages, "language"),
        (form["illustration_style"], preferences.styles, "illustration_style"),
    ]
    gettext = visitor_gettext(request)
    refused = [
        f"{name}: this shop offers {', '.join(allowed)}"
        if gettext is None
        else say(name, gettext(SHOP_OFFERS) % {"choices": ", ".join(allowed)}, gettext)
        for value, allowed, name in offered
        if value and value not in allowed
    ]
    if refused:
        return _builder(request, runtime, proxy, form, refused, 422)
    try:
        if "preview" in submitted:
            Appearance.model_validate(look or {})
            return _builder(request, runtime, proxy, form, [], 200)
        params = StoryParams.model_validate(data)
    except ValidationError as exc:
        problems = describe_validation_errors(list(exc.errors()), gettext)
        if "preview" in submitted:
            problems = [{**p, "field": f"appearance.{p['field']}"} for p in problems]
        errors = [p["message"] if gettext else f"{p['field']}: {p['message']}" for p in problems]
        placed = {appearance.form_field(p["field"]) or p["field"]: p["message"] for p in problems}
        return _builder(request, runtime, proxy, form, errors, 422, placed)
    try:
        story_id = start_storefront_story(runtime, params, proxy.shop_domain, proxy.logged_in_customer_id)
    except ClientFacingError as error:
        answer = _builder(request, runtime, proxy, form, [input_error_message(error, gettext)], error.status)
        if isinstance(error, RateLimitedError):
            answer.headers["Retry-After"] = str(error.retry_after)
        return answer
    return_to = request.query_params.get("return_to", "")
    if not proxy.logged_in_customer_id and return_to.startswith("/") and not return_to.startswith("//"):
        # A visitor who is not logged in goes back to the product page, carrying the story and the claim
        # that only this browser gets (the theme block puts both on the cart's line item).
        separator = "&" if "?" in return_to else "?"
        chosen = {"storyloom_story": story_id, "storyloom_claim": story_claim(runtime.secret_key, story_id)}
        return RedirectResponse(f"{return_to}{separator}{urlencode(chosen)}", status_code=303)
    return RedirectResponse(f"{proxy.path_prefix}/books/{story_id}?{_carry(request)}", status_code=303)


@router.get("/preview/hero")
def hero_preview(request: Request, runtime: RuntimeDep) -> Response:
    """The hero drawn with the builder's choices (the storefront's live preview), as a PNG."""
    try:
        _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    query = request.query_params
    chosen = {field: query[field] for field in HERO_QUERY if query.get(field)}
    try:
        wanted = HeroPreviewQuery.model_validate(chosen)
    except ValidationError as exc:
        gettext = visitor_gettext(request)
        problems = describe_validation_errors(list(exc.errors()), gettext)
        messages = [p["message"] if gettext else f"{p['field']}: {p['message']}" for p in problems]
        return JSONResponse(
            {"error": "; ".join(messages), "code": "INVALID_INPUT", "fields": problems},
            status_code=422,
        )
    png = hero_png(
        Appearance.model_validate(wanted.model_dump(exclude={"style", "age_group"})).model_dump_json(),
        wanted.style,
        wanted.age_group,
    )
    return Response(png, media_type="image/png", headers={"Cache-Control": "public, max-age=86400"})


@router.get("/books")
def my_books(request: Request, runtime: RuntimeDep) -> Response:
    """The logged-in customer's books, with download links for the delivered ones."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    customer = proxy.logged_in_customer_id
    books = customer_books(runtime, proxy.shop_domain, customer) if customer else []
    return _page(
        request,
        "proxy_books.html",
        {
            "customer": customer,
            "books": books,
            "path_prefix": proxy.path_prefix,
            "carry": _carry(request),
            "variant": request.query_params.get("variant", ""),
        },
    )


@router.get("/")
def storefront_home(request: Request, runtime: RuntimeDep) -> Response:
    """The app proxy's root (`/apps/storyloom/`): what Storyloom makes, and the ways in."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    preferences = shop_preferences(runtime, proxy.shop_domain)
    return _page(
        request,
        "proxy_home.html",
        {
            "path_prefix": proxy.path_prefix,
            "carry": _carry(request),
            "customer": proxy.logged_in_customer_id,
            "price": preferences.product_price,
        },
    )


@router.get("/books/{story_id}")
def book_preview(story_id: str, request: Request, runtime: RuntimeDep) -> Response:
    """One of the customer's books: its progress while it is made, then its cover and first pages, its
    price and an add-to-cart that carries the story to checkout."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    customer = proxy.logged_in_customer_id
    books = customer_books(runtime, proxy.shop_domain, customer) if customer else []
    book = next((b for b in books if b.id == story_id), None)
    if book is None:
        return _page(request, "proxy_missing.html", {"path_prefix": proxy.path_prefix}, 404)
    settings = runtime.settings.shopify
    finished = book.status in ("COMPLETE", "PUBLISHED")
    pictures = (
        [
            preview_link(settings, story_id, name, width=480)
            for name in ("cover.png", "pages/01.png", "pages/02.png")
        ]
        if finished
        else []
    )
    return _page(
        request,
        "proxy_preview.html",
        {
            "book": book,
            "finished": finished,
            "progress": BookService(runtime).progress(story_id),
            "pictures": pictures,
            "price": shop_preferences(runtime, proxy.shop_domain).product_price,
            "variant": request.query_params.get("variant", "") or own_variant(runtime, story_id),
            "path_prefix": proxy.path_prefix,
            "carry": _carry(request),
            "return_to": _back_to_product(request.query_params.get("return_to", ""), story_id),
        },
    )


def _back_to_product(path: str, story_id: str) -> str:
    """The product page the builder was on, told which story was made (the theme block puts it on the
    product form); "" unless it is a path on the shop's own storefront."""
    if not path.startswith("/") or path.startswith("//"):
        return ""
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}{urlencode({'storyloom_story': story_id})}"
