"""The emulator's HTTP face: the Admin GraphQL endpoint (validated against the real schema, metered
by query cost), the OAuth token endpoint (authorization code, token exchange, refresh with rotation),
the authorize page, staged uploads and their CDN, and the developer's helpers: minting session
tokens, placing paid orders and sending signed webhooks to the app, and the storefront's app proxy."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt
from graphql import GraphQLError, OperationDefinitionNode, execute_sync, parse, validate
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from storyloom.devtools.shopify_emulator.resolvers import Resolvers
from storyloom.devtools.shopify_emulator.schema import admin_schema, requested_cost
from storyloom.devtools.shopify_emulator.state import EmulatorState, gid
from storyloom.shopify.auth import normalize_shop_domain, sign_oauth_query
from storyloom.shopify.proxy import sign_proxy_query

API_VERSION = "2025-04"
INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"
WEBHOOK_PATH = "/api/webhooks/shopify"


def create_emulator_app(state: EmulatorState) -> Starlette:
    """An ASGI app that behaves like the Shopify Admin of any `*.myshopify.com` shop."""
    admin_schema()
    app = Starlette(
        routes=[
            Route("/", _home),
            Route("/admin/api/{version}/graphql.json", _graphql, methods=["POST"]),
            Route("/admin/oauth/access_token", _access_token, methods=["POST"]),
            Route("/admin/oauth/authorize", _authorize),
            Route("/staged-uploads", _staged_upload, methods=["POST"]),
            Route("/cdn/files/{key:path}", _cdn_file),
            Route("/_emulator/session-token", _session_token),
            Route("/_emulator/admin", _embedded_admin),
            Route("/_emulator/orders", _place_order, methods=["POST"]),
            Route("/_emulator/webhooks/{topic:path}", _send_webhook, methods=["POST"]),
            Route("/_emulator/uninstall", _uninstall, methods=["POST"]),
            Route("/apps/storyloom/{path:path}", _app_proxy, methods=["GET", "POST"]),
            Route("/cart/add", _place_order, methods=["POST"]),
        ]
    )
    app.state.emulator = state
    return app


def _state(request: Request) -> EmulatorState:
    return request.app.state.emulator  # type: ignore[no-any-return]


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def _graphql(request: Request) -> Response:
    state = _state(request)
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
    state = _state(request)
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
    state = _state(request)
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
    state = _state(request)
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
    found = _state(request).uploads.get(request.path_params["key"])
    if found is None:
        return Response("Not Found", status_code=404)
    return Response(found[0], media_type=found[1])


def mint_session_token(state: EmulatorState, shop: str, *, lifetime: int = 600, user_id: str = "42") -> str:
    """A session token as App Bridge would give the embedded app (longer-lived, for clicking around)."""
    now = int(time.time())
    claims = {
        "iss": f"https://{shop}/admin",
        "dest": f"https://{shop}",
        "aud": state.api_key,
        "sub": user_id,
        "exp": now + lifetime,
        "nbf": now,
        "iat": now,
        "jti": uuid.uuid4().hex,
        "sid": uuid.uuid4().hex,
    }
    return jwt.encode(claims, state.api_secret, algorithm="HS256")


async def _session_token(request: Request) -> Response:
    state = _state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    return JSONResponse({"token": mint_session_token(state, shop)})


async def _embedded_admin(request: Request) -> Response:
    state = _state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    query = urlencode({"shop": shop, "embedded": "1", "id_token": mint_session_token(state, shop)})
    return HTMLResponse(
        "<!doctype html><title>Shopify admin (emulated)</title>"
        f"<p>Shopify admin of {shop} (emulated) - Storyloom app below.</p>"
        f'<iframe src="{state.app_url}/shopify/admin?{query}"'
        ' style="width:100%;height:85vh;border:1px solid #ccc"></iframe>'
    )


def sign_webhook(secret: str, body: bytes) -> str:
    """The X-Shopify-Hmac-Sha256 header of a webhook body."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


async def deliver_webhook(
    state: EmulatorState, topic: str, shop: str, payload: dict[str, Any]
) -> dict[str, Any]:
    """POST a signed webhook to the app, as Shopify does; returns what was sent and the app's status."""
    body = json.dumps(payload).encode()
    event_id = str(uuid.uuid4())
    headers = {
        "Content-Type": "application/json",
        "X-Shopify-Topic": topic,
        "X-Shopify-Hmac-Sha256": sign_webhook(state.api_secret, body),
        "X-Shopify-Shop-Domain": shop,
        "X-Shopify-API-Version": API_VERSION,
        "X-Shopify-Webhook-Id": str(uuid.uuid4()),
        "X-Shopify-Event-Id": event_id,
        "X-Shopify-Triggered-At": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as client:
        try:
            response = await client.post(f"{state.app_url}{WEBHOOK_PATH}", content=body, headers=headers)
            status: int | str = response.status_code
        except httpx.HTTPError as exc:
            status = type(exc).__name__
    delivery = {"topic": topic, "shop": shop, "event_id": event_id, "status": status}
    with state.lock:
        state.deliveries.append(delivery)
    return delivery


async def _send_webhook(request: Request) -> Response:
    state = _state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    payload = json.loads(await request.body() or b"{}")
    return JSONResponse(await deliver_webhook(state, request.path_params["topic"], shop, payload))


async def _uninstall(request: Request) -> Response:
    """The merchant removes the app: its tokens stop working and `app/uninstalled` is sent."""
    state = _state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    state.revoke_shop_tokens(shop)
    return JSONResponse(await deliver_webhook(state, "app/uninstalled", shop, {"domain": shop}))


async def _place_order(request: Request) -> Response:
    """A storefront checkout: a paid order with line-item properties, announced by `orders/paid`."""
    state = _state(request)
    form = (
        await request.form()
        if request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/")
        )
        else None
    )
    body: dict[str, Any] = (
        dict(form.items()) if form is not None else json.loads(await request.body() or b"{}")
    )
    shop = normalize_shop_domain(str(body.get("shop", ""))) or "storyloom-dev.myshopify.com"
    shop_state = state.shop(shop)
    customer_id = str(body.get("customer_id") or "7001")
    customer = shop_state.customers.get(gid("Customer", int(customer_id)), {"email": "buyer@example.com"})
    number = state.next_number()
    story_id = body.get("story_id") or body.get("properties[_storyloom_story_id]") or ""
    properties = [{"name": "_storyloom_story_id", "value": str(story_id)}]
    order: dict[str, Any] = {
        "id": number,
        "admin_graphql_api_id": gid("Order", number),
        "name": f"#{number}",
        "email": customer.get("email"),
        "financial_status": "paid",
        "currency": "USD",
        "customer": {
            "id": int(customer_id),
            "email": customer.get("email"),
            "first_name": customer.get("first_name"),
        },
        "line_items": [
            {
                "id": state.next_number(),
                "title": str(body.get("title") or "Personalised picture book"),
                "quantity": 1,
                "price": str(body.get("price") or "19.99"),
                "product_id": None,
                "requires_shipping": False,
                "properties": properties,
            }
        ],
    }
    with state.lock:
        shop_state.orders[order["admin_graphql_api_id"]] = order
    delivery = await deliver_webhook(state, "orders/paid", shop, order)
    if form is not None:
        return RedirectResponse(f"/apps/storyloom/books?shop={shop}", status_code=303)
    return JSONResponse({"order": order, "delivery": delivery})


async def _app_proxy(request: Request) -> Response:
    """The storefront's `/apps/storyloom/...`: signed and forwarded to the app's `/proxy/...`."""
    state = _state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    customer = request.query_params.get("customer", "7001")
    params = [
        (k, v) for k, v in request.query_params.multi_items() if k not in ("shop", "customer", "signature")
    ]
    params += [
        ("logged_in_customer_id", customer),
        ("path_prefix", "/apps/storyloom"),
        ("shop", shop),
        ("timestamp", str(int(time.time()))),
    ]
    params.append(("signature", sign_proxy_query(state.api_secret, params)))
    url = f"{state.app_url}/proxy/{request.path_params['path']}?{urlencode(params)}"
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0)) as client:
        upstream = await client.request(
            request.method,
            url,
            content=await request.body(),
            headers={"content-type": request.headers.get("content-type", "")},
        )
    if upstream.is_redirect:
        return RedirectResponse(upstream.headers.get("location", "/"), status_code=upstream.status_code)
    media_type = upstream.headers.get("content-type", "")
    if media_type.startswith("application/liquid"):
        return HTMLResponse(_THEME.format(shop=shop, body=upstream.text), status_code=upstream.status_code)
    return Response(upstream.content, status_code=upstream.status_code, media_type=media_type)


_THEME = (
    "<!doctype html><html><head><meta charset='utf-8'><title>{shop}</title></head>"
    "<body style='font-family:Georgia,serif;margin:0'>"
    "<header style='padding:1rem 2rem;background:#1f2a44;color:#fff'>{shop} (emulated storefront)"
    " &middot; <a style='color:#fff' href='/apps/storyloom/builder?variant=1'>Make a book</a>"
    " &middot; <a style='color:#fff' href='/apps/storyloom/books?variant=1'>My books</a></header>"
    "<main>{body}</main></body></html>"
)


async def _home(request: Request) -> Response:
    shop = "storyloom-dev.myshopify.com"
    return HTMLResponse(
        "<!doctype html><title>Shopify emulator</title><h1>Shopify emulator</h1><ul>"
        f'<li><a href="{_state(request).app_url}/shopify/auth/install?shop={shop}">Install (OAuth)</a></li>'
        f'<li><a href="/_emulator/admin?shop={shop}">Open the app in the admin</a></li>'
        f'<li><a href="/apps/storyloom/builder?shop={shop}">Storefront: make a book</a></li>'
        f'<li><a href="/apps/storyloom/books?shop={shop}">Storefront: my books</a></li>'
        f'<li><form method="post" action="/_emulator/uninstall?shop={shop}">'
        '<button type="submit">Uninstall the app</button></form></li></ul>'
    )
