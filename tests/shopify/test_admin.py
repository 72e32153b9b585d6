"""The Admin GraphQL client against the emulator and against a local server speaking Shopify's
error formats: throttling by cost, 429 with Retry-After, 5xx, bad tokens, malformed answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from storyloom.config import load_settings
from storyloom.devtools.shopify_emulator import EmulatorState
from storyloom.errors import ShopifyError, ShopifyThrottledError
from storyloom.shopify.admin import (
    AdminClient,
    ShopifyAuthError,
    ShopifyUnavailableError,
    ShopifyUserError,
    document,
    reset_throttle_state,
)
from tests.shopify.conftest import SHOP
from tests.shopify.servers import serve

CREATE = document("product_create")


def test_throttled_answer_is_waited_out_and_retried(shopify_env: None, emulator: EmulatorState) -> None:
    # given a bucket that holds one product creation and refills 200 points a second
    emulator.bucket_size = 17  # productCreate costs 17 (its product, 3 variants with their options)
    emulator.restore_rate = 200
    token = str(emulator.issue_tokens(SHOP, expiring=True)["access_token"])
    client = AdminClient(load_settings().shopify, SHOP, token)
    # when three products are created back to back
    titles = [
        client.mutate("productCreate", CREATE, {"product": {"title": f"Book {n}"}})["product"]["title"]
        for n in range(3)
    ]
    # then all three exist and the client waited for the bucket instead of failing
    assert titles == ["Book 0", "Book 1", "Book 2"]
    assert client.waited_seconds > 0


def test_user_errors_become_a_clear_error(shopify_env: None, emulator: EmulatorState) -> None:
    token = str(emulator.issue_tokens(SHOP, expiring=True)["access_token"])
    client = AdminClient(load_settings().shopify, SHOP, token)
    with pytest.raises(ShopifyUserError) as caught:
        client.mutate("productCreate", CREATE, {"product": {"title": "  "}})
    assert str(caught.value) == "Shopify refused productCreate: title: Title can't be blank"
    assert caught.value.errors == [{"field": ["title"], "message": "Title can't be blank"}]


class Script:
    """Answers each POST with the next scripted response and keeps what was asked."""

    def __init__(self, answers: list[Response]) -> None:
        self.answers = answers
        self.requests: list[dict[str, Any]] = []

    async def __call__(self, request: Request) -> Response:
        self.requests.append({"headers": dict(request.headers), "body": json.loads(await request.body())})
        return self.answers.pop(0)


OK = JSONResponse(
    {
        "data": {"shop": {"name": "Demo"}},
        "extensions": {
            "cost": {
                "requestedQueryCost": 1,
                "actualQueryCost": 1,
                "throttleStatus": {"maximumAvailable": 1000, "currentlyAvailable": 999, "restoreRate": 50},
            }
        },
    }
)


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch, shopify_env: None) -> Iterator[tuple[Script, list[float]]]:
    script = Script([])

    async def endpoint(request: Request) -> Response:
        return await script(request)

    app = Starlette(routes=[Route("/admin/api/2026-10/graphql.json", endpoint, methods=["POST"])])
    with serve(app) as url:
        monkeypatch.setenv("SHOPIFY_ADMIN_URL_OVERRIDE", url)
        monkeypatch.setenv("SHOPIFY_MAX_RETRIES", "2")
        reset_throttle_state()
        yield script, []


def _client(sleeps: list[float]) -> AdminClient:
    return AdminClient(load_settings().shopify, SHOP, "shpat_token", sleep=sleeps.append)


def test_429_waits_for_retry_after_then_succeeds(scripted: tuple[Script, list[float]]) -> None:
    script, sleeps = scripted
    script.answers = [
        JSONResponse({"errors": "Exceeded 2 calls per second"}, 429, {"Retry-After": "2.0"}),
        OK,
    ]
    assert _client(sleeps).execute("{ shop { name } }") == {"shop": {"name": "Demo"}}
    assert sleeps == [2.0]
    assert script.requests[0]["headers"]["x-shopify-access-token"] == "shpat_token"
    assert script.requests[0]["headers"]["x-forwarded-host"] == SHOP


def test_server_errors_back_off_then_give_a_retryable_error(scripted: tuple[Script, list[float]]) -> None:
    script, sleeps = scripted
    script.answers = [Response("oops", 502) for _ in range(3)]
    with pytest.raises(ShopifyUnavailableError) as caught:
        _client(sleeps).execute("{ shop { name } }")
    assert caught.value.retryable is True
    assert len(sleeps) == 2 and len(script.requests) == 3


def test_persistent_throttling_gives_a_retryable_error_with_the_wait(
    scripted: tuple[Script, list[float]],
) -> None:
    script, sleeps = scripted
    throttled = {
        "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
        "extensions": {
            "cost": {
                "requestedQueryCost": 101,
                "actualQueryCost": None,
                "throttleStatus": {"maximumAvailable": 1000, "currentlyAvailable": 1, "restoreRate": 50},
            }
        },
    }
    script.answers = [JSONResponse(throttled) for _ in range(3)]
    with pytest.raises(ShopifyThrottledError) as caught:
        _client(sleeps).execute("{ shop { name } }")
    assert caught.value.retryable is True and caught.value.retry_after == 2.0
    assert sleeps[0] == 2.0


@pytest.mark.parametrize(
    ("answer", "error", "message"),
    [
        pytest.param(
            JSONResponse({"errors": "[API] Invalid API key or access token"}, 401),
            ShopifyAuthError,
            f"Shopify refused the access token of {SHOP} (HTTP 401)",
            id="401",
        ),
        pytest.param(
            Response("<html>not json</html>", 200),
            ShopifyError,
            "Shopify answered HTTP 200 with a body that is not JSON",
            id="malformed",
        ),
        pytest.param(
            JSONResponse({"errors": [{"message": "Field 'nope' doesn't exist on type 'Shop'"}]}),
            ShopifyError,
            "Shopify refused the document: Field 'nope' doesn't exist on type 'Shop'",
            id="graphql-error",
        ),
    ],
)
def test_terminal_answers_raise_at_once(
    scripted: tuple[Script, list[float]], answer: Response, error: type[Exception], message: str
) -> None:
    script, sleeps = scripted
    script.answers = [answer]
    with pytest.raises(error) as caught:
        _client(sleeps).execute("{ shop { name } }")
    assert str(caught.value) == message
    assert "shpat_token" not in str(caught.value)
    assert sleeps == []


def test_timeout_is_retryable(shopify_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    async def slow(request: Request) -> Response:
        await asyncio.sleep(2)
        return OK

    app = Starlette(routes=[Route("/admin/api/2026-10/graphql.json", slow, methods=["POST"])])
    with serve(app) as url:
        monkeypatch.setenv("SHOPIFY_ADMIN_URL_OVERRIDE", url)
        monkeypatch.setenv("SHOPIFY_HTTP_TIMEOUT_SECONDS", "0.2")
        monkeypatch.setenv("SHOPIFY_MAX_RETRIES", "1")
        sleeps: list[float] = []
        with pytest.raises(ShopifyUnavailableError):
            _client(sleeps).execute("{ shop { name } }")
    assert len(sleeps) == 1


def test_client_is_plain_httpx_against_the_real_url_without_override(shopify_env: None) -> None:
    client = AdminClient(load_settings().shopify, SHOP, "t", http_client=httpx.Client())
    assert client.url == f"https://{SHOP}/admin/api/2026-10/graphql.json"
