"""Session tokens and the OAuth install query: known vectors made with a test secret."""

from __future__ import annotations

import time

import jwt
import pytest

from storyloom.config import load_settings
from storyloom.shopify.auth import (
    InvalidRequestError,
    authorize_url,
    content_security_policy,
    normalize_shop_domain,
    sign_oauth_query,
    verify_oauth_query,
    verify_session_token,
)
from tests.shopify.conftest import API_KEY, API_SECRET

# Made with `openssl dgst -sha256 -hmac <API_SECRET>` over a hand-written header and claims
# (iss/dest https://demo-books.myshopify.com, aud test-api-key, sub 42, exp 2100-01-01).
KNOWN_SESSION_TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2RlbW8tYm9va3MubXlzaG9waWZ5LmNvbS9hZG1p"
    "biIsImRlc3QiOiJodHRwczovL2RlbW8tYm9va3MubXlzaG9waWZ5LmNvbSIsImF1ZCI6InRlc3QtYXBpLWtleSIsInN1YiI6IjQy"
    "IiwiZXhwIjo0MTAyNDQ0ODAwLCJuYmYiOjE3MDAwMDAwMDAsImlhdCI6MTcwMDAwMDAwMCwianRpIjoiZjg5MTIxMjktMWFmNi00"
    "Y2FkLTljYTMtNzZiMGY3NjIxMDg3Iiwic2lkIjoiYWFlYTE4MmYyNzMyZDQ0YzIzMDU3YzBmZWE1ODQwMjFhNDQ4NWIyYmQyNWQz"
    "ZWI3ZmQzNDkzMTNhZDI0YzY4NSJ9.zdWwV0uEHJDIHnseez04W4db9Zkykn818GcCeNfHDdc"
)


def _token(**changes: object) -> str:
    now = int(time.time())
    claims: dict[str, object] = {
        "iss": "https://demo-books.myshopify.com/admin",
        "dest": "https://demo-books.myshopify.com",
        "aud": API_KEY,
        "sub": "42",
        "exp": now + 60,
        "nbf": now,
        "iat": now,
    }
    secret = str(changes.pop("secret", API_SECRET))
    claims |= changes
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, secret, algorithm="HS256")


def test_known_session_token_is_accepted(shopify_env: None) -> None:
    # given the known token; when verified
    session = verify_session_token(load_settings().shopify, KNOWN_SESSION_TOKEN)
    # then the shop comes from dest and the user from sub
    assert (session.shop_domain, session.user_id) == ("demo-books.myshopify.com", "42")


@pytest.mark.parametrize(
    "token",
    [
        pytest.param(KNOWN_SESSION_TOKEN[:-2] + "xx", id="tampered-signature"),
        pytest.param(_token(secret="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"), id="wrong-secret"),
        pytest.param(_token(aud="another-app"), id="wrong-audience"),
        pytest.param(_token(exp=int(time.time()) - 30), id="expired-beyond-leeway"),
        pytest.param(_token(nbf=int(time.time()) + 3600, exp=int(time.time()) + 7200), id="not-yet-valid"),
        pytest.param(
            _token(dest="https://evil.example.com", iss="https://evil.example.com/admin"), id="not-a-shop"
        ),
        pytest.param(_token(iss="https://other-shop.myshopify.com/admin"), id="issuer-differs-from-dest"),
        pytest.param("", id="missing"),
    ],
)
def test_bad_session_tokens_get_401_with_retry_header(shopify_env: None, token: str) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        verify_session_token(load_settings().shopify, token)
    assert caught.value.status == 401
    assert caught.value.headers == {"X-Shopify-Retry-Invalid-Session-Request": "1"}


def test_session_token_expired_within_leeway_is_accepted(shopify_env: None) -> None:
    token = _token(exp=int(time.time()) - 5)
    assert verify_session_token(load_settings().shopify, token).shop_domain == "demo-books.myshopify.com"


def test_content_security_policy_names_the_shop_and_the_admin() -> None:
    assert content_security_policy("demo-books.myshopify.com") == (
        "frame-ancestors https://demo-books.myshopify.com https://admin.shopify.com;"
    )


# Shopify's documented example: secret "hush".
DOC_QUERY = [
    ("code", "0907a61c0c8d55e99db179b68161bc00"),
    ("hmac", "700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"),
    ("shop", "some-shop.myshopify.com"),
    ("state", "0.6784241404160823"),
    ("timestamp", "1337178173"),
]


def test_oauth_query_hmac_matches_shopify_documented_vector() -> None:
    assert (
        sign_oauth_query("hush", DOC_QUERY)
        == "700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"
    )


def test_documented_query_verifies_at_its_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPIFY_API_SECRET", "hush")
    shop = verify_oauth_query(load_settings().shopify, DOC_QUERY, now=1337178173 + 30)
    assert shop == "some-shop.myshopify.com"


@pytest.mark.parametrize(
    ("query", "now", "status"),
    [
        pytest.param(
            [*DOC_QUERY[:2], ("shop", "other-shop.myshopify.com"), *DOC_QUERY[3:]],
            1337178173,
            401,
            id="tampered",
        ),
        pytest.param(DOC_QUERY, 1337178173 + 91, 401, id="stale"),
        pytest.param([p for p in DOC_QUERY if p[0] != "hmac"], 1337178173, 401, id="unsigned"),
        pytest.param([*DOC_QUERY, ("shop", "some-shop.myshopify.com")], 1337178173, 401, id="repeated-shop"),
    ],
)
def test_bad_oauth_queries_are_refused(
    monkeypatch: pytest.MonkeyPatch, query: list[tuple[str, str]], now: int, status: int
) -> None:
    monkeypatch.setenv("SHOPIFY_API_SECRET", "hush")
    with pytest.raises(InvalidRequestError) as caught:
        verify_oauth_query(load_settings().shopify, query, now=now)
    assert caught.value.status == status


def test_signed_query_with_a_foreign_shop_domain_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPIFY_API_SECRET", "hush")
    query = [("shop", "evil.example.com"), ("timestamp", "1337178173")]
    query.append(("hmac", sign_oauth_query("hush", query)))
    with pytest.raises(InvalidRequestError) as caught:
        verify_oauth_query(load_settings().shopify, query, now=1337178173)
    assert caught.value.status == 400


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("demo-books.myshopify.com", "demo-books.myshopify.com"),
        ("https://Demo-Books.myshopify.com/", "demo-books.myshopify.com"),
        ("demo-books", "demo-books.myshopify.com"),
        ("demo-books.myshopify.com.evil.com", None),
        ("-demo.myshopify.com", None),
        ("demo_books.myshopify.com", None),
        ("", None),
    ],
)
def test_normalize_shop_domain(given: str, expected: str | None) -> None:
    assert normalize_shop_domain(given) == expected


def test_authorize_url_asks_for_the_configured_scopes(shopify_env: None) -> None:
    url = authorize_url(
        load_settings().shopify,
        "demo-books.myshopify.com",
        state="nonce",
        redirect_uri="https://a.example/cb",
    )
    assert url.startswith(
        "https://demo-books.myshopify.com/admin/oauth/authorize?client_id=test-api-key&scope="
    )
    assert "write_files" in url and "state=nonce" in url
