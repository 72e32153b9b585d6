"""Forged signatures with malformed characters get 401 (or the route's own refusal), never a 500, on
every route that checks one."""

from __future__ import annotations

import time
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from storyloom.ids import new_id
from storyloom.runtime import Runtime
from storyloom.shopify.proxy import sign_proxy_query
from storyloom.web.app import create_app
from tests.shopify.conftest import API_SECRET, SHOP, make_story

BAD_VALUES = [
    pytest.param("é" * 44, id="non-ascii"),
    pytest.param("", id="empty"),
    pytest.param("A" * 5000, id="long"),
]


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(create_app(runtime), raise_server_exceptions=False)


def _now() -> str:
    return str(int(time.time()))


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_shopify_webhook_with_a_malformed_hmac_gets_401(client: TestClient, bad: str) -> None:
    headers = {
        "X-Shopify-Topic": "orders/paid",
        "X-Shopify-Shop-Domain": SHOP,
        "X-Shopify-Event-Id": "e-1",
        "X-Shopify-Hmac-Sha256": bad.encode(),
    }
    response = client.post("/api/webhooks/shopify", content=b"{}", headers=headers)  # type: ignore[arg-type]
    assert response.status_code == 401


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_provider_callback_with_a_malformed_token_is_refused(client: TestClient, bad: str) -> None:
    query = urlencode({"job": new_id(), "token": bad[:128]})
    response = client.post(f"/api/webhooks/generation?{query}")
    assert response.status_code == 404


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_download_with_a_malformed_signature_gets_403(client: TestClient, runtime: Runtime, bad: str) -> None:
    story_id = make_story(runtime)
    query = urlencode({"expires": str(int(time.time()) + 60), "signature": bad})
    assert client.get(f"/shopify/downloads/{story_id}?{query}").status_code == 403


@pytest.mark.parametrize("route", ["install", "callback"])
@pytest.mark.parametrize("bad", BAD_VALUES)
def test_install_and_callback_with_a_malformed_hmac_get_401(client: TestClient, route: str, bad: str) -> None:
    query = urlencode({"shop": SHOP, "timestamp": _now(), "code": "c", "state": "s", "hmac": bad or "x"})
    assert client.get(f"/shopify/auth/{route}?{query}", follow_redirects=False).status_code == 401


def test_callback_with_a_non_ascii_state_is_refused(client: TestClient) -> None:
    from storyloom.shopify.auth import sign_oauth_query

    params = [("code", "c"), ("shop", SHOP), ("state", "é"), ("timestamp", _now())]
    params.append(("hmac", sign_oauth_query(API_SECRET, params)))
    client.cookies.set("storyloom_oauth_state", "abc", path="/shopify/auth")
    response = client.get(f"/shopify/auth/callback?{urlencode(params)}", follow_redirects=False)
    assert response.status_code == 403


def test_upper_case_hex_is_a_different_signature(client: TestClient) -> None:
    from storyloom.shopify.auth import sign_oauth_query

    params = [("shop", SHOP), ("timestamp", _now())]
    params.append(("hmac", sign_oauth_query(API_SECRET, params).upper()))
    assert client.get(f"/shopify/auth/install?{urlencode(params)}", follow_redirects=False).status_code == 401


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_storefront_with_a_malformed_signature_gets_401(client: TestClient, bad: str) -> None:
    params = [("path_prefix", "/apps/storyloom"), ("shop", SHOP), ("timestamp", _now())]
    assert sign_proxy_query(API_SECRET, params)
    params.append(("signature", bad))
    assert client.get(f"/proxy/books?{urlencode(params)}").status_code == 401
