"""OpenAI Images through the real openai SDK against a local server speaking the Images API."""

from __future__ import annotations

import pytest

from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderError,
    ProviderOutputError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.image.openai import OpenAIImages, image_price
from tests.providers.image.conftest import FakeAPI, Reply, b64_png, page_request, png_bytes, settings_with

KEY = "sk-test-secret-key-0001"


def provider(api: FakeAPI, **extra: object) -> OpenAIImages:
    values = {"openai_api_key": KEY, "openai_base_url": f"{api.url}/v1", "timeout_seconds": 2.0, **extra}
    return OpenAIImages(settings_with(**values))


def success(size: int = 1024) -> Reply:
    return Reply(
        200,
        {
            "created": 1713833628,
            "data": [{"b64_json": b64_png(size, size)}],
            "usage": {
                "total_tokens": 4300,
                "input_tokens": 100,
                "output_tokens": 4200,
                "input_tokens_details": {"text_tokens": 100, "image_tokens": 0},
            },
        },
    )


def test_generation_sends_model_prompt_size_and_records_cost(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", "/v1/images/generations", success())
    # when
    result = provider(fake_api).illustrate(page_request())
    # then
    sent = fake_api.received[0]
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.json() == {
        "model": "gpt-image-2.6-flare",
        "prompt": page_request().prompt,
        "size": "1024x1024",
        "n": 1,
        "quality": "medium",
    }
    assert (result.width, result.height) == (1024, 1024)
    assert result.png.startswith(b"\x89PNG")
    assert result.call.cost_usd == 0.013
    assert result.call.model == "gpt-image-2.6-flare"
    assert result.call.details["output_tokens"] == 4200


def test_reference_sheets_go_to_the_edits_endpoint_as_images(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", "/v1/images/edits", success())
    sheets = (png_bytes(32, 32, (255, 0, 0)), png_bytes(32, 32, (0, 0, 255)))
    # when
    result = provider(fake_api).illustrate(page_request(references=sheets))
    # then
    sent = fake_api.received[0]
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert sent.body.count(b'name="image[]"') == 2
    assert sheets[0] in sent.body and sheets[1] in sent.body
    assert b'name="prompt"' in sent.body
    assert result.call.details["references"] == 2


def test_dall_e_3_asks_for_base64_and_uses_its_price(fake_api: FakeAPI) -> None:
    fake_api.on("POST", "/v1/images/generations", success())
    result = provider(fake_api, openai_image_model="dall-e-3", openai_image_quality="standard").illustrate(
        page_request()
    )
    assert fake_api.received[0].json()["response_format"] == "b64_json"
    assert result.call.cost_usd == 0.04


@pytest.mark.parametrize(
    ("reply", "error", "code"),
    [
        pytest.param(
            Reply(
                401,
                {
                    "error": {
                        "message": "Incorrect API key provided",
                        "type": "invalid_request_error",
                        "code": "invalid_api_key",
                    }
                },
            ),
            ProviderAuthError,
            "PROVIDER_AUTH",
            id="401-bad-key",
        ),
        pytest.param(
            Reply(
                429,
                {
                    "error": {
                        "message": "Rate limit reached",
                        "type": "requests",
                        "code": "rate_limit_exceeded",
                    }
                },
                {"retry-after": "7"},
            ),
            ProviderRateLimitError,
            "PROVIDER_RATE_LIMITED",
            id="429-rate-limited",
        ),
        pytest.param(
            Reply(500, {"error": {"message": "The server had an error", "type": "server_error"}}),
            ProviderServerError,
            "PROVIDER_SERVER_ERROR",
            id="500-server-error",
        ),
        pytest.param(
            Reply(
                400,
                {
                    "error": {
                        "message": "Your request was rejected as a result of our safety system.",
                        "type": "image_generation_user_error",
                        "code": "moderation_blocked",
                    }
                },
            ),
            ContentPolicyError,
            "CONTENT_POLICY",
            id="400-moderation-blocked",
        ),
        pytest.param(
            Reply(
                400,
                {
                    "error": {
                        "message": "This request has been blocked.",
                        "type": "invalid_request_error",
                        "code": "content_policy_violation",
                    }
                },
            ),
            ContentPolicyError,
            "CONTENT_POLICY",
            id="400-content-policy-violation",
        ),
    ],
)
def test_http_failures_map_onto_the_error_tree(
    fake_api: FakeAPI, reply: Reply, error: type[ProviderError], code: str
) -> None:
    # given
    fake_api.on("POST", "/v1/images/generations", reply)
    # when
    with pytest.raises(error) as raised:
        provider(fake_api).illustrate(page_request())
    # then
    assert raised.value.code == code
    assert raised.value.provider == "openai"
    assert KEY not in str(raised.value)


def test_rate_limit_carries_retry_after(fake_api: FakeAPI) -> None:
    fake_api.on(
        "POST",
        "/v1/images/generations",
        Reply(429, {"error": {"message": "slow down"}}, {"retry-after": "7"}),
    )
    with pytest.raises(ProviderRateLimitError) as raised:
        provider(fake_api).illustrate(page_request())
    assert raised.value.retry_after == 7.0


def test_slow_answer_is_a_timeout(fake_api: FakeAPI) -> None:
    fake_api.on("POST", "/v1/images/generations", Reply(200, {"data": []}, delay=1.5))
    with pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.3).illustrate(page_request())


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"created": 1, "data": []}, id="no-images"),
        pytest.param({"created": 1, "data": [{"b64_json": "bm90IGFuIGltYWdl"}]}, id="not-an-image"),
    ],
)
def test_answers_without_a_usable_image_are_output_errors(fake_api: FakeAPI, body: dict[str, object]) -> None:
    fake_api.on("POST", "/v1/images/generations", Reply(200, body))
    with pytest.raises(ProviderOutputError):
        provider(fake_api).illustrate(page_request())


@pytest.mark.parametrize(
    ("model", "quality", "size", "price"),
    [
        pytest.param("gpt-image-2.6-flare", "high", "1024x1024", 0.053, id="gpt-image-2.6-flare-high-square"),
        pytest.param(
            "gpt-image-2.6-flare", "max", "1536x1024", 0.3165, id="gpt-image-2.6-flare-max-landscape"
        ),
        pytest.param("gpt-image-1", "high", "1024x1024", 0.167, id="gpt-image-1-high-square"),
        pytest.param("gpt-image-1", "low", "1536x1024", 0.0165, id="gpt-image-1-low-landscape"),
        pytest.param("dall-e-2", "standard", "1024x1024", 0.02, id="dall-e-2"),
        pytest.param("unknown-model", "medium", "1024x1024", 0.0, id="unknown-model-free"),
    ],
)
def test_price_table(model: str, quality: str, size: str, price: float) -> None:
    assert image_price(model, quality, size) == price


def test_malformed_json_is_an_output_error(fake_api: FakeAPI) -> None:
    fake_api.on(
        "POST", "/v1/images/generations", Reply(200, b'{"data": [', {"content-type": "application/json"})
    )
    with pytest.raises(ProviderOutputError):
        provider(fake_api).illustrate(page_request())
