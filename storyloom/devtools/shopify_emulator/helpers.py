"""The emulator's developer helpers: session tokens as App Bridge would give them, the embedded admin
frame, signed webhooks (sent on demand, on uninstall and for paid orders), a storefront checkout, and
the storefront's app proxy, signed and forwarded to the app."""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import time
import uuid
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from storyloom.devtools.shopify_emulator.fulfillments import open_fulfillment_orders
from storyloom.devtools.shopify_emulator.schema import API_VERSION
from storyloom.devtools.shopify_emulator.state import EmulatorState, Product, Variant, gid, gid_number
from storyloom.shopify.auth import normalize_shop_domain
from storyloom.shopify.proxy import sign_proxy_query

WEBHOOK_PATH = "/api/webhooks/shopify"


def emulator_state(request: Request) -> EmulatorState:
    """The emulator's state, which `create_emulator_app` keeps on the app."""
    state = request.app.state.emulator
    if not isinstance(state, EmulatorState):
        raise TypeError("the app has no emulator state; build it with create_emulator_app")
    return state


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


async def session_token(request: Request) -> Response:
    """A fresh session token for `?shop=`, as JSON."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    return JSONResponse({"token": mint_session_token(state, shop)})


async def embedded_admin(request: Request) -> Response:
    """The shop's admin with the app in its frame, given a fresh session token."""
    state = emulator_state(request)
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


async def send_webhook(request: Request) -> Response:
    """Send a signed webhook of any topic (the JSON body is its payload) to the app."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    payload = json.loads(await request.body() or b"{}")
    return JSONResponse(await deliver_webhook(state, request.path_params["topic"], shop, payload))


async def uninstall(request: Request) -> Response:
    """The merchant removes the app: its tokens stop working and `app/uninstalled` is sent."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    state.revoke_shop_tokens(shop)
    return JSONResponse(
        await deliver_webhook(state, "app/uninstalled", shop, {"domain": shop, "myshopify_domain": shop})
    )


async def place_order(request: Request) -> Response:
    """A storefront checkout: a paid order with line-item properties, announced by `orders/paid`."""
    state = emulator_state(request)
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
    variant = (
        shop_state.variants.get(gid("ProductVariant", int(body["id"])))
        if str(body.get("id", "")).isdigit()
        else None
    )
    properties = [{"name": "_storyloom_story_id", "value": str(story_id)}]
    claim = body.get("claim") or body.get("properties[_storyloom_claim]")
    if claim:
        properties.append({"name": "_storyloom_claim", "value": str(claim)})
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
                "title": str(
                    body.get("title")
                    or (variant and shop_state.products[variant.product_id].title)
                    or "Personalised picture book"
                ),
                "variant_title": variant.option_value if variant else None,
                "quantity": 1,
                "price": str(body.get("price") or (variant.price if variant else "19.99")),
                "product_id": int(gid_number(variant.product_id)) if variant else None,
                "variant_id": int(gid_number(variant.id)) if variant else None,
                "requires_shipping": bool(variant and variant.requires_shipping),
                "properties": properties,
            }
        ],
        "shipping_address": {
            "name": str(body.get("shipping_name") or customer.get("first_name") or "Robin Reader"),
            "address1": str(body.get("shipping_address1", "12 Lantern Lane")),
            "address2": "",
            "city": str(body.get("shipping_city") or "Portland"),
            "zip": str(body.get("shipping_zip", "97201")),
            "province_code": str(body.get("shipping_province_code") or "OR"),
            "country_code": str(body.get("shipping_country_code") or "US"),
            "phone": "+1 503 555 0100",
        },
    }
    with state.lock:
        shop_state.orders[order["admin_graphql_api_id"]] = order
        open_fulfillment_orders(state, shop_state, order)
    delivery = await deliver_webhook(state, "orders/paid", shop, order)
    if form is not None:
        return RedirectResponse(
            f"/apps/storyloom/books?{urlencode({'shop': shop, 'paid': order['name']})}", status_code=303
        )
    return JSONResponse({"order": order, "delivery": delivery})


async def app_proxy(request: Request) -> Response:
    """The storefront's `/apps/storyloom/...`: signed and forwarded to the app's `/proxy/...`."""
    state = emulator_state(request)
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
        variant = gid_number(book_product(state, shop)[1].id)
        return HTMLResponse(_theme(shop, variant, upstream.text), status_code=upstream.status_code)
    return Response(upstream.content, status_code=upstream.status_code, media_type=media_type)


BOOK_HANDLE = "personalised-picture-book"


def book_product(state: EmulatorState, shop: str) -> tuple[Product, Variant]:
    """The shop's own "Personalised picture book" product, where the theme block sits (made once)."""
    shop_state = state.shop(shop)
    with state.lock:
        for product in shop_state.products.values():
            if product.handle == BOOK_HANDLE:
                return product, shop_state.variants[product.variant_ids[0]]
        product = Product(
            id=gid("Product", state.next_number()), handle=BOOK_HANDLE, title="Personalised picture book"
        )
        variant = Variant(id=gid("ProductVariant", state.next_number()), product_id=product.id, price="19.99")
        product.variant_ids.append(variant.id)
        shop_state.products[product.id] = product
        shop_state.variants[variant.id] = variant
        return product, variant


def _theme(shop: str, variant: str, body: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>" + html.escape(shop) + "</title></head>"
        "<body style='font-family:Georgia,serif;margin:0'>"
        "<header style='padding:1rem 2rem;background:#1f2a44;color:#fff'>"
        + html.escape(shop)
        + " (emulated storefront)"
        f" &middot; <a style='color:#fff' href='/apps/storyloom/?shop={shop}&variant={variant}'>Storyloom</a>"
        f" &middot; <a style='color:#fff' href='/products/{BOOK_HANDLE}?shop={shop}'>Picture book product</a>"
        f" &middot; <a style='color:#fff' href='/apps/storyloom/books?shop={shop}&variant={variant}'>"
        "My books</a>"
        "</header><main>" + body + "</main></body></html>"
    )


async def product_page(request: Request) -> Response:
    """The storefront's product page: a product with its price and, for the book product, the
    Storyloom block (the builder) and an add-to-cart form that carries the chosen story."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    book, book_variant = book_product(state, shop)
    handle = request.path_params["handle"]
    shop_state = state.shop(shop)
    product = next((p for p in shop_state.products.values() if p.handle == handle), None)
    if product is None:
        return HTMLResponse(_theme(shop, "", "<h1>Product not found</h1>"), status_code=404)
    variant = shop_state.variants[product.variant_ids[0]] if product.variant_ids else book_variant
    number = gid_number(variant.id)
    story = request.query_params.get("storyloom_story", "")
    cover = next((m.get("url") for m in product.media if m.get("url")), None)
    parts = [f"<div style='max-width:46rem;margin:2rem auto'><h1>{html.escape(product.title)}</h1>"]
    if cover:
        parts.append(f"<img src='{html.escape(cover)}' alt='' style='max-width:16rem'>")
    parts.append(f"<p style='font-size:1.4rem'>{html.escape(variant.price)}</p>")
    if product.handle == BOOK_HANDLE:
        query = urlencode(
            {"shop": shop, "variant": number, "return_to": f"/products/{BOOK_HANDLE}?shop={shop}"}
        )
        parts.append(
            "<section data-storyloom-builder><h2>Make it their story</h2>"
            f"<p><a href='/apps/storyloom/builder?{html.escape(query)}'>Make my book</a></p>"
            + (f"<p>Your book: <strong>{html.escape(story[:8])}</strong></p>" if story else "")
            + "</section>"
        )
    variants = [shop_state.variants[v] for v in product.variant_ids]
    choice = (
        "<select name='id' aria-label='"
        + html.escape(product.option_name)
        + "'>"
        + "".join(
            f"<option value='{gid_number(v.id)}'>"
            f"{html.escape(v.option_value)} ({html.escape(v.price)})</option>"
            for v in variants
        )
        + "</select>"
        if len(variants) > 1
        else f"<input type='hidden' name='id' value='{number}'>"
    )
    parts.append(
        f"<form method='post' action='/cart/add?shop={shop}'>{choice}"
        + (
            f"<input type='hidden' name='properties[_storyloom_story_id]' value='{html.escape(story)}'>"
            if story
            else ""
        )
        + "<button type='submit'"
        + (" disabled" if product.handle == BOOK_HANDLE and not story else "")
        + ">Add to cart</button></form></div>"
    )
    return HTMLResponse(_theme(shop, gid_number(book_variant.id), "".join(parts)))


async def admin_product(request: Request) -> Response:
    """A product in the (emulated) Shopify admin, where the app's "Product" links lead."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    product = state.shop(shop).products.get(gid("Product", int(request.path_params["number"])))
    if product is None:
        return HTMLResponse("<h1>Product not found</h1>", status_code=404)
    variants = [state.shop(shop).variants[v] for v in product.variant_ids]
    return HTMLResponse(
        "<!doctype html><title>Product (emulated admin)</title>"
        f"<h1>{html.escape(product.title)}</h1>"
        f"<p>Status: {product.status} &middot; handle {product.handle}</p>"
        + "".join(
            f"<p>Variant {gid_number(v.id)}: {v.price}, shipping {v.requires_shipping}</p>" for v in variants
        )
        + f"<p><a href='/products/{product.handle}?shop={shop}'>View in the storefront</a></p>"
    )


async def order_page(request: Request) -> Response:
    """An order in the (emulated) Shopify admin: its lines and its fulfillments with their tracking."""
    state = emulator_state(request)
    shop = normalize_shop_domain(request.query_params.get("shop")) or "storyloom-dev.myshopify.com"
    shop_state = state.shop(shop)
    order_id = gid("Order", int(request.path_params["number"]))
    order = shop_state.orders.get(order_id)
    if order is None:
        return HTMLResponse("<h1>Order not found</h1>", status_code=404)
    fulfillments = [f for f in shop_state.fulfillments.values() if f.order_id == order_id]
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(
            {
                "order": order,
                "fulfillment_orders": [
                    {"id": f.id, "status": f.status, "lines": [vars(line) for line in f.lines]}
                    for f in shop_state.fulfillment_orders.values()
                    if f.order_id == order_id
                ],
                "fulfillments": [vars(f) for f in fulfillments],
            }
        )
    rows = "".join(
        f"<li>Fulfillment {html.escape(gid_number(f.id))}: "
        + ", ".join(
            f"{html.escape(str(t.get('company') or ''))} {html.escape(str(t.get('number')))}"
            for t in f.tracking
        )
        + "</li>"
        for f in fulfillments
    )
    return HTMLResponse(
        f"<!doctype html><title>Order {html.escape(order['name'])} (emulated admin)</title>"
        f"<h1>Order {html.escape(order['name'])}</h1>"
        + "".join(
            f"<p>{html.escape(str(i['title']))}"
            + (f" ({html.escape(str(i['variant_title']))})" if i.get("variant_title") else "")
            + f" &times; {i['quantity']}</p>"
            for i in order["line_items"]
        )
        + f"<h2>Fulfillments</h2><ul>{rows or '<li>Unfulfilled</li>'}</ul>"
    )


async def home(request: Request) -> Response:
    """Where a developer starts: install, open the admin, visit the storefront, uninstall."""
    shop = "storyloom-dev.myshopify.com"
    state = emulator_state(request)
    variant = gid_number(book_product(state, shop)[1].id)
    return HTMLResponse(
        "<!doctype html><title>Shopify emulator</title><h1>Shopify emulator</h1><ol>"
        f'<li><a href="{state.app_url}/shopify/auth/install?shop={shop}">Install the app (OAuth)</a></li>'
        f'<li><a href="/_emulator/admin?shop={shop}">Open the app in the admin</a></li>'
        f'<li><a href="/apps/storyloom/?shop={shop}&amp;variant={variant}">Storefront: Storyloom</a></li>'
        f'<li><a href="/products/{BOOK_HANDLE}?shop={shop}">Storefront: the picture book product</a></li>'
        f'<li><a href="/apps/storyloom/books?shop={shop}&amp;variant={variant}">Storefront: my books</a></li>'
        f'<li><form method="post" action="/_emulator/uninstall?shop={shop}">'
        '<button type="submit">Uninstall the app</button></form></li></ol>'
    )
