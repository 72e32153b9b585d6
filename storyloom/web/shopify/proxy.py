"""The storefront, through the app proxy: `/apps/storyloom/builder` (make a book) and
`/apps/storyloom/books` ("my books" of the logged-in customer), answered as `application/liquid` so
Shopify renders them inside the shop's theme. Every request's signature is verified first."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from storyloom.errors import RateLimitedError, StoryGenerationError
from storyloom.runtime import Runtime
from storyloom.shopify.auth import InvalidRequestError
from storyloom.shopify.books import customer_books, start_storefront_story
from storyloom.shopify.orders import story_claim
from storyloom.shopify.proxy import ProxyRequest, verify_proxy_request
from storyloom.story.params import AGE_GROUP_LABELS, GENRES, STYLE_LABELS, StoryParams
from storyloom.web.pages import choices
from storyloom.web.shopify.deps import TEMPLATE_DIRECTORY, refusal, require_shopify, runtime_dependency
from storyloom.web.shopify.liquid import liquid_templates

router = APIRouter(prefix="/proxy", tags=["shopify"], dependencies=[Depends(require_shopify)])
LIQUID = "application/liquid"
templates = liquid_templates(TEMPLATE_DIRECTORY)
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
    request: Request, proxy: ProxyRequest, form: dict[str, str], errors: list[str], status: int
) -> Response:
    return _page(
        request,
        "proxy_builder.html",
        {
            "path_prefix": proxy.path_prefix,
            "carry": _carry(request),
            "form": form,
            "errors": errors,
            "age_groups": AGE_GROUP_LABELS,
            "genres": GENRES,
            "languages": choices(runtime_dependency(request))["languages"],
            "styles": STYLE_LABELS,
        },
        status,
    )


@router.get("/builder")
def builder(request: Request, runtime: Runtime = Depends(runtime_dependency)) -> Response:
    """The story builder form."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    return _builder(request, proxy, {}, [], 200)


@router.post("/builder")
async def make_book(request: Request, runtime: Runtime = Depends(runtime_dependency)) -> Response:
    """Start the customer's book; invalid answers come back on the form with what to fix."""
    try:
        proxy = _verified(runtime, request)
    except InvalidRequestError as error:
        return refusal(error)
    submitted = await request.form()
    form = {name: str(submitted.get(name, "")) for name in FORM_FIELDS}
    try:
        params = StoryParams.model_validate({k: v for k, v in form.items() if v != ""})
    except ValidationError as exc:
        errors = [
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        ]
        return _builder(request, proxy, form, errors, 422)
    try:
        story_id = start_storefront_story(runtime, params, proxy.shop_domain, proxy.logged_in_customer_id)
    except StoryGenerationError as error:
        answer = _builder(request, proxy, form, [error.message], error.status)
        if isinstance(error, RateLimitedError):
            answer.headers["Retry-After"] = str(error.retry_after)
        return answer
    return_to = request.query_params.get("return_to", "")
    if return_to.startswith("/") and not return_to.startswith("//"):
        separator = "&" if "?" in return_to else "?"
        chosen = {"storyloom_story": story_id}
        if not proxy.logged_in_customer_id:
            chosen["storyloom_claim"] = story_claim(runtime.secret_key, story_id)
        return RedirectResponse(f"{return_to}{separator}{urlencode(chosen)}", status_code=303)
    carry = _carry(request)
    return RedirectResponse(f"{proxy.path_prefix}/books?{carry}#book-{story_id}", status_code=303)


@router.get("/books")
def my_books(request: Request, runtime: Runtime = Depends(runtime_dependency)) -> Response:
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
