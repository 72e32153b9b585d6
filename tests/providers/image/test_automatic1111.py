"""A self-hosted Automatic1111 web UI's `/sdapi/v1/txt2img` through httpx against a local server."""

from __future__ import annotations

import base64

import pytest

from storyloom.errors import (
    ProviderBadRequestError,
    ProviderConnectionError,
    ProviderError,
    ProviderOutputError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.image.automatic1111 import Automatic1111Images
from tests.providers.image.conftest import FakeAPI, Reply, b64_png, page_request, settings_with

TXT2IMG = "/sdapi/v1/txt2img"


def provider(api: FakeAPI, **extra: object) -> Automatic1111Images:
    values = {"automatic1111_url": api.url, "timeout_seconds": 2.0, **extra}
    return Automatic1111Images(settings_with(**values))


def test_txt2img_sends_prompt_seed_and_size_and_costs_nothing(fake_api: FakeAPI) -> None:
    # given
    fake_api.on(
        "POST", TXT2IMG, Reply(200, {"images": [b64_png(1024, 1024)], "parameters": {}, "info": "{}"})
    )
    # when
    result = provider(fake_api, diffusion_steps=20, automatic1111_auth="me:pw").illustrate(
        page_request(seed=99)
    )
    # then
    sent = fake_api.received[0]
    body = sent.json()
    assert (body["prompt"], body["seed"], body["width"], body["height"], body["steps"]) == (
        page_request().prompt,
        99,
        1024,
        1024,
        20,
    )
    assert sent.headers["authorization"] == "Basic " + base64.b64encode(b"me:pw").decode()
    assert (result.width, result.height) == (1024, 1024)
    assert result.call.cost_usd == 0.0


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        pytest.param(
            Reply(
                422,
                {
                    "detail": [
                        {
                            "loc": ["body", "width"],
                            "msg": "value is not a valid integer",
                            "type": "type_error.integer",
                        }
                    ]
                },
            ),
            ProviderBadRequestError,
            id="422",
        ),
        pytest.param(
            Reply(500, {"error": "RuntimeError", "detail": "", "body": "", "errors": "CUDA out of memory"}),
            ProviderServerError,
            id="500-out-of-memory",
        ),
        pytest.param(Reply(200, {"images": []}), ProviderOutputError, id="no-images"),
        pytest.param(
            Reply(200, b"<html>", {"content-type": "text/html"}), ProviderOutputError, id="malformed-json"
        ),
    ],
)
def test_failures_map_onto_the_error_tree(
    fake_api: FakeAPI, reply: Reply, error: type[ProviderError]
) -> None:
    fake_api.on("POST", TXT2IMG, reply)
    with pytest.raises(error):
        provider(fake_api).illustrate(page_request())


def test_slow_answer_is_a_timeout(fake_api: FakeAPI) -> None:
    fake_api.on("POST", TXT2IMG, Reply(200, {"images": []}, delay=1.0))
    with pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.3).illustrate(page_request())


def test_unreachable_server_is_a_connection_error() -> None:
    unreachable = Automatic1111Images(
        settings_with(automatic1111_url="http://127.0.0.1:9", timeout_seconds=1.0)
    )
    with pytest.raises(ProviderConnectionError):
        unreachable.illustrate(page_request())
