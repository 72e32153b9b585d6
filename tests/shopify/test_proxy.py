"""App proxy signatures: Shopify's documented vector and the ways a request must be refused."""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode

import pytest

from storyloom.config import load_settings
from storyloom.shopify.auth import InvalidRequestError
from storyloom.shopify.proxy import proxy_message, sign_proxy_query, verify_proxy_request

DOC_PARAMS = [
    ("extra", "1"),
    ("extra", "2"),
    ("shop", "shop-name.myshopify.com"),
    ("logged_in_customer_id", "1"),
    ("path_prefix", "/apps/awesome_reviews"),
    ("timestamp", "1317327555"),
]
DOC_SIGNATURE = "4c68c8624d737112c91818c11017d24d334b524cb5c2b8ba08daa056f7395ddb"


def test_proxy_signature_matches_shopify_documented_vector() -> None:
    assert proxy_message(DOC_PARAMS) == (
        "extra=1,2logged_in_customer_id=1path_prefix=/apps/awesome_reviewsshop=shop-name.myshopify.comtimestamp=1317327555"
    )
    assert sign_proxy_query("hush", DOC_PARAMS) == DOC_SIGNATURE


def _request(params: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    url = f"https://books.example.com/proxy/books?{urlencode(params)}"
    return url, parse_qsl(url.split("?", 1)[1], keep_blank_values=True)


def _signed(secret: str = "hush", **changes: str) -> list[tuple[str, str]]:
    params = [(k, v) for k, v in DOC_PARAMS if k != "timestamp"] + [("timestamp", str(int(time.time())))]
    params = [(k, changes.get(k, v)) for k, v in params]
    return [*params, ("signature", sign_proxy_query(secret, params))]


@pytest.fixture
def hush(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPIFY_API_KEY", "key")
    monkeypatch.setenv("SHOPIFY_API_SECRET", "hush")


def test_fresh_signed_request_is_accepted(hush: None) -> None:
    url, params = _request(_signed())
    verified = verify_proxy_request(load_settings().shopify, url, params)
    assert (verified.shop_domain, verified.logged_in_customer_id, verified.path_prefix) == (
        "shop-name.myshopify.com",
        "1",
        "/apps/awesome_reviews",
    )


def _tampered() -> list[tuple[str, str]]:
    params = _signed()
    return [(k, "2" if k == "logged_in_customer_id" else v) for k, v in params]


@pytest.mark.parametrize(
    "params",
    [
        pytest.param([p for p in _signed() if p[0] != "signature"], id="unsigned"),
        pytest.param(_tampered(), id="tampered-customer"),
        pytest.param(_signed(secret="not-hush"), id="wrong-secret"),
        pytest.param(_signed(timestamp=str(int(time.time()) - 120)), id="stale"),
        pytest.param([*_signed(), ("shop", "other.myshopify.com")], id="duplicated-shop"),
        pytest.param([*_signed(), ("signature", "0" * 64)], id="duplicated-signature"),
        pytest.param([*_signed(), ("timestamp", "1")], id="duplicated-timestamp"),
    ],
)
def test_bad_proxy_requests_get_401(hush: None, params: list[tuple[str, str]]) -> None:
    url, parsed = _request(params)
    with pytest.raises(InvalidRequestError) as caught:
        verify_proxy_request(load_settings().shopify, url, parsed)
    assert caught.value.status == 401
