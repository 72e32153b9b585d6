"""The emulator's HTTP face: the Admin GraphQL endpoint (validated against the real schema, metered
by query cost), the OAuth token endpoint (authorization code, token exchange, refresh with rotation),
the authorize page, and staged uploads with their CDN; the developer's helpers (helpers.py) mint session
tokens, place paid orders, send signed webhooks to the app and serve the storefront's app proxy."""

from __future__ import annotations

import base64
import hmac
import json
import secrets
import time
from typing import Any
from urllib.parse import urlencode

import jwt
from graphql import GraphQLError, OperationDefinitionNode, execute_sync, parse, validate
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from storyloom.devtools.shopify_emulator.helpers import (
    admin_product,
    app_proxy,
    embedded_admin,
    emulator_state,
    home,
    order_page,
    place_order,
    product_page,
    send_webhook,
    session_token,
    uninstall,
)
from storyloom.devtools.shopify_emulator.resolvers import Resolvers
from storyloom.devtools.shopify_emulator.schema import API_VERSION, admin_schema, requested_cost
from storyloom.devtools.shopify_emulator.state import EmulatorState
from storyloom.shopify.auth import normalize_shop_domain, sign_oauth_query

INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"


def create_emulator_app(state: EmulatorState) -> Starlette:
    """An ASGI app that behaves like the Shopify Admin of any `*.myshopify.com` shop."""
    admin_schema()
    app = Starlette(
        routes=[
            Route("/", home),
            Route("/admin/api/{version}/graphql.json", _graphql, methods=["POST"]),
            Route("/admin/oauth/access_token", _access_token, methods=["POST"]),
            Route("/admin/oauth/authorize", _authorize),
            Route("/staged-uploads", _staged_upload, methods=["POST"]),
            Route("/cdn/files/{key:path}", _cdn_file),
            Route("/_emulator/session-token", session_token),
            Route("/_emulator/admin", embedded_admin),
            Route("/_emulator/orders", place_order, methods=["POST"]),
            Route("/_emulator/webhooks/{topic:path}", send_webhook, methods=["POST"]),
            Route("/_emulator/uninstall", uninstall, methods=["POST"]),
            Route("/apps/storyloom/{path:path}", app_proxy, methods=["GET", "POST"]),
            Route("/cart/add", place_order, methods=["POST"]),
            Route("/products/{handle}", product_page),
            Route("/admin/products/{number:int}", admin_product),
            Route("/admin/orders/{number:int}", order_page),
        ]
    )
    app.state.emulator = state
    return app


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def _graphql(request: Request) -> Response:
    state = emulator_state(request)
    if request.path_params["version"] != API_VERSION:
        return JSONResponse({"errors": "Not Found"}, status_code=404)
    shop = state.shop_for_token(request.headers.get("x-shopify-access-token", ""))
    forwarded = request.headers.get("x-forwarded-host")
    if shop is None or (forwarded and normalize_shop_domain(forwarded) != shop):
        return JSONResponse({"errors": INVALID_TOKEN}, status_code=401)
    try:
        body = json.loads(await request.body())
        query = body["query"]
        variables = body.get("variables") or {}
        if not isinstance(query, str) or not isinstance(variables, dict):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        return JSONResponse({"errors": {"query": "Required parameter missing or invalid"}}, status_code=400)
    return JSONResponse(
        run_document(state, shop, _base_url(request), query, variables, body.get("operationName"))
    )


def run_document(
    state: EmulatorState,
    shop: str,
    base_url: str,
    query: str,
    variables: dict[str, Any],
    operation_name: str | None = None,
) -> dict[str, Any]:
    """Validate, meter and run one GraphQL document for `shop`; the JSON body Shopify would answer."""
    schema = admin_schema()
    try:
        document = parse(query)
    except GraphQLError as error:
        return {"errors": [error.formatted]}
    problems = validate(schema, document)
    if problems:
        return {
            "errors": [dict(p.formatted, extensions={"code": "GRAPHQL_VALIDATION_FAILED"}) for p in problems]
        }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next((o for o in operations if o.name and o.name.value == operation_name), operations[0])
    cost = requested_cost(schema, document, operation, variables)
    allowed, available = state.charge(shop, cost)
    throttle = {
        "maximumAvailable": state.bucket_size,
        "currentlyAvailable": int(available),
        "restoreRate": state.restore_rate,
    }
    if not allowed:
        return {
            "errors": [
                {
                    "message": "Throttled",
                    "extensions": {
                        "code": "THROTTLED",
                        "documentation": "https://shopify.dev/api/usage/rate-limits",
                    },
                }
            ],
            "extensions": {
                "cost": {"requestedQueryCost": cost, "actualQueryCost": None, "throttleStatus": throttle}
            },
        }
    with state.lock:
        result = execute_sync(
            schema,
            document,
            root_value=Resolvers(state, state.shop(shop), base_url),
            variable_values=variables,
            operation_name=operation_name,
        )
    answer: dict[str, Any] = {"data": result.data}
    if result.errors:
        answer["errors"] = [e.formatted for e in result.errors]
    answer["extensions"] = {
        "cost": {"requestedQueryCost": cost, "actualQueryCost": cost, "throttleStatus": throttle}
    }
    return answer


async def _access_token(request: Request) -> Response:
    state = emulator_state(request)
    raw = await request.body()
    try:
        body = json.loads(raw) if raw.strip().startswith(b"{") else dict((await request.form()).items())
    except ValueError:
        return JSONResponse({"error": "invalid_request"}, status_code=400)
    if body.get("client_id") != state.api_key or not hmac.compare_digest(
        str(body.get("client_secret", "")), state.api_secret
    ):
        return JSONResponse({"error": "invalid_client"}, status_code=401)
    expiring = str(body.get("expiring", "0")) == "1"
    grant_type = body.get("grant_type")
    if grant_type == "urn:ietf:params:oauth:grant-type:token-exchange":
        try:
            claims = jwt.decode(
                str(body.get("subject_token", "")),
                state.api_secret,
                algorithms=["HS256"],
                audience=state.api_key,
            )
        except jwt.PyJWTError:
            return JSONResponse({"error": "invalid_subject_token"}, status_code=400)
        shop = normalize_shop_domain(str(claims.get("dest", "")))
        if shop is None:
            return JSONResponse({"error": "invalid_subject_token"}, status_code=400)
        return JSONResponse(state.issue_tokens(shop, expiring=expiring))
    if grant_type == "refresh_token":
        shop = state.take_refresh_token(str(body.get("refresh_token", "")))
        if shop is None:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        return JSONResponse(state.issue_tokens(shop, expiring=True))
    with state.lock:
        shop = state.codes.pop(str(body.get("code", "")), None)
    if shop is None:
        return JSONResponse(
            {"error": "invalid_request", "error_description": "invalid code"}, status_code=400
        )
    return JSONResponse(state.issue_tokens(shop, expiring=expiring))


async def _authorize(request: Request) -> Response:
    """The merchant approves at once: back to `redirect_uri` with a code and an HMAC-signed query."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop"))
    redirect_uri = request.query_params.get("redirect_uri", "")
    if shop is None or request.query_params.get("client_id") != state.api_key or not redirect_uri:
        return HTMLResponse("<h1>Oauth error invalid_request</h1>", status_code=400)
    code = secrets.token_hex(16)
    with state.lock:
        state.codes[code] = shop
    params = [
        ("code", code),
        ("host", base64.urlsafe_b64encode(f"admin.shopify.com/store/{shop.split('.')[0]}".encode()).decode()),
        ("shop", shop),
        ("state", request.query_params.get("state", "")),
        ("timestamp", str(int(time.time()))),
    ]
    params.append(("hmac", sign_oauth_query(state.api_secret, params)))
    return RedirectResponse(f"{redirect_uri}?{urlencode(params)}", status_code=302)


async def _staged_upload(request: Request) -> Response:
    state = emulator_state(request)
    form = await request.form()
    key = str(form.get("key") or "")
    upload = form.get("file")
    if not key.startswith("tmp/") or upload is None or isinstance(upload, str):
        return Response(
            "<Error><Code>InvalidArgument</Code></Error>", status_code=400, media_type="application/xml"
        )
    data = await upload.read()
    with state.lock:
        state.uploads[key] = (data, str(form.get("Content-Type") or "application/octet-stream"))
    status = 201 if form.get("success_action_status") == "201" else 204
    return Response(status_code=status)


async def _cdn_file(request: Request) -> Response:
    found = emulator_state(request).uploads.get(request.path_params["key"])
    if found is None:
        return Response("Not Found", status_code=404)
    return Response(found[0], media_type=found[1])
