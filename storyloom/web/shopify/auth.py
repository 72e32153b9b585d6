"""Install routes: the authorization code grant for a non-embedded install, and the page App Bridge
uses to hand an embedded page a fresh session token."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from storyloom.errors import ShopifyError
from storyloom.runtime import Runtime
from storyloom.shopify.auth import (
    InvalidRequestError,
    authorize_url,
    new_state,
    normalize_shop_domain,
    shopify_app,
    verify_oauth_query,
)
from storyloom.shopify.tokens import exchange_authorization_code, store_grant
from storyloom.signatures import signature_matches
from storyloom.web.deps import RuntimeDep
from storyloom.web.shopify.deps import refusal, require_shopify

router = APIRouter(prefix="/shopify/auth", tags=["shopify"], dependencies=[Depends(require_shopify)])
STATE_COOKIE = "storyloom_oauth_state"


def _callback_url(runtime: Runtime, request: Request) -> str:
    base = runtime.settings.shopify.app_url.rstrip("/") or str(request.base_url).rstrip("/")
    return f"{base}/shopify/auth/callback"


@router.get("/install")
def install(request: Request, runtime: RuntimeDep) -> Response:
    """Start an install: check the shop (and Shopify's HMAC when the link carries one), then send the
    merchant to grant the scopes, with a state nonce kept in a cookie."""
    settings = runtime.settings.shopify
    params = list(request.query_params.multi_items())
    if "hmac" in request.query_params:
        try:
            shop = verify_oauth_query(settings, params)
        except InvalidRequestError as error:
            return refusal(error)
    else:
        found = normalize_shop_domain(request.query_params.get("shop"))
        if found is None:
            return PlainTextResponse("shop must be a name.myshopify.com domain", status_code=400)
        shop = found
    state = new_state()
    response = RedirectResponse(
        authorize_url(settings, shop, state=state, redirect_uri=_callback_url(runtime, request)),
        status_code=302,
    )
    response.set_cookie(
        STATE_COOKIE,
        state,
        max_age=600,
        httponly=True,
        secure=settings.app_url.startswith("https://"),
        samesite="lax",
        path="/shopify/auth",
    )
    return response


@router.get("/callback")
def callback(request: Request, runtime: RuntimeDep) -> Response:
    """Shopify's redirect after the grant: verify the query and the state, trade the code for an expiring
    offline token, store it, and open the app in the shop's admin."""
    settings = runtime.settings.shopify
    try:
        shop = verify_oauth_query(settings, list(request.query_params.multi_items()))
    except InvalidRequestError as error:
        return refusal(error)
    expected = request.cookies.get(STATE_COOKIE, "")
    if not expected or not signature_matches(expected, request.query_params.get("state", "")):
        return PlainTextResponse("the install was not started here; start it again", status_code=403)
    code = request.query_params.get("code", "")
    try:
        grant = exchange_authorization_code(runtime, shop, code)
    except ShopifyError as error:
        return PlainTextResponse(str(error), status_code=502)
    store_grant(runtime, shop, grant)
    if settings.admin_url_override:
        target = f"{settings.admin_url_override.rstrip('/')}/_emulator/admin?{urlencode({'shop': shop})}"
    else:
        target = (
            f"https://admin.shopify.com/store/{shop.removesuffix('.myshopify.com')}/apps/{settings.api_key}"
        )
    response = RedirectResponse(target, status_code=302)
    response.delete_cookie(STATE_COOKIE, path="/shopify/auth")
    return response


@router.get("/patch-id-token")
def patch_id_token(request: Request, runtime: RuntimeDep) -> Response:
    """The page that loads App Bridge to fetch a fresh session token and reload the embedded page."""
    result = shopify_app(runtime.settings.shopify).app_home_patch_id_token(
        {"method": "GET", "headers": dict(request.headers), "url": str(request.url), "body": ""}
    )
    return HTMLResponse(
        result.response.body, status_code=result.response.status, headers=result.response.headers
    )
