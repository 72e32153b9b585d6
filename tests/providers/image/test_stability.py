"""Stability AI's v2beta Stable Image API through httpx against a local server in its wire format."""

from __future__ import annotations

import pytest

from storyloom.errors import (
    ConfigurationError,
    ContentPolicyError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderError,
    ProviderOutputError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.image.stability import StabilityImages
from tests.providers.image.conftest import FakeAPI, Reply, b64_png, page_request, settings_with

KEY = "sk-stability-secret-0002"
CORE = "/v2beta/stable-image/generate/core"


def provider(api: FakeAPI, **extra: object) -> StabilityImages:
    values = {"stability_api_key": KEY, "stability_base_url": api.url, "timeout_seconds": 2.0, **extra}
    return StabilityImages(settings_with(**values))


def form_fields(body: bytes) -> dict[str, str]:
    fields = {}
    for part in body.split(b"--")[1:]:
        if b'name="' not in part:
            continue
        name = part.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        fields[name] = part.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n", 1)[0].decode()
    return fields


def test_generate_posts_a_form_with_the_story_seed_and_records_cost(fake_api: FakeAPI) -> None:
    # given
    fake_api.on(
        "POST", CORE, Reply(200, {"image": b64_png(1024, 1024), "finish_reason": "SUCCESS", "seed": 1234})
    )
    # when
    result = provider(fake_api).illustrate(page_request(seed=1234))
    # then
    sent = fake_api.received[0]
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["accept"] == "application/json"
    fields = form_fields(sent.body)
    assert fields["prompt"] == page_request().prompt
    assert fields["seed"] == "1234"
    assert fields["aspect_ratio"] == "1:1"
    assert fields["output_format"] == "png"
    assert "text" in fields["negative_prompt"]
    assert (result.width, result.height) == (1024, 1024)
    assert result.call.cost_usd == 0.03
    assert result.call.details["seed"] == 1234


def test_sd35_models_use_the_sd3_endpoint_with_a_model_field(fake_api: FakeAPI) -> None:
    fake_api.on(
        "POST",
        "/v2beta/stable-image/generate/sd3",
        Reply(200, {"image": b64_png(), "finish_reason": "SUCCESS"}),
    )
    result = provider(fake_api, stability_image_model="sd3.5-large").illustrate(page_request())
    assert form_fields(fake_api.received[0].body)["model"] == "sd3.5-large"
    assert result.call.cost_usd == 0.065


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        pytest.param(
            Reply(401, {"id": "a1", "name": "unauthorized", "errors": ["invalid api key"]}),
            ProviderAuthError,
            id="401-unauthorized",
        ),
        pytest.param(
            Reply(
                403,
                {
                    "id": "a2",
                    "name": "content_moderation",
                    "errors": ["Your request was flagged by our content moderation system"],
                },
            ),
            ContentPolicyError,
            id="403-content-moderation",
        ),
        pytest.param(
            Reply(400, {"id": "a3", "name": "bad_request", "errors": ["aspect_ratio: invalid"]}),
            ProviderBadRequestError,
            id="400-bad-request",
        ),
        pytest.param(
            Reply(
                429,
                {"id": "a4", "name": "rate_limit_exceeded", "errors": ["too many"]},
                {"retry-after": "12"},
            ),
            ProviderRateLimitError,
            id="429-rate-limited",
        ),
        pytest.param(
            Reply(500, {"id": "a5", "name": "internal_error", "errors": ["oops"]}),
            ProviderServerError,
            id="500-internal-error",
        ),
        pytest.param(
            Reply(200, {"image": b64_png(), "finish_reason": "CONTENT_FILTERED"}),
            ContentPolicyError,
            id="200-content-filtered",
        ),
        pytest.param(
            Reply(200, b"{not json", {"content-type": "application/json"}),
            ProviderOutputError,
            id="200-malformed-json",
        ),
        pytest.param(Reply(200, {"finish_reason": "SUCCESS"}), ProviderOutputError, id="200-no-image"),
    ],
)
def test_failures_map_onto_the_error_tree(
    fake_api: FakeAPI, reply: Reply, error: type[ProviderError]
) -> None:
    # given
    fake_api.on("POST", CORE, reply)
    # when
    with pytest.raises(error) as raised:
        provider(fake_api).illustrate(page_request())
    # then
    assert raised.value.provider == "stability"
    assert KEY not in str(raised.value)


def test_rate_limit_carries_retry_after(fake_api: FakeAPI) -> None:
    fake_api.on(
        "POST", CORE, Reply(429, {"name": "rate_limit_exceeded", "errors": ["slow"]}, {"retry-after": "12"})
    )
    with pytest.raises(ProviderRateLimitError) as raised:
        provider(fake_api).illustrate(page_request())
    assert raised.value.retry_after == 12.0


def test_slow_answer_is_a_timeout(fake_api: FakeAPI) -> None:
    fake_api.on("POST", CORE, Reply(200, {"image": b64_png()}, delay=1.0))
    with pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.3).illustrate(page_request())


@pytest.mark.parametrize(
    ("values", "variable"),
    [
        pytest.param({}, "STABILITY_API_KEY", id="no-key"),
        pytest.param(
            {"stability_api_key": KEY, "stability_image_model": "sdxl-9000"},
            "STABILITY_IMAGE_MODEL",
            id="unknown-model",
        ),
    ],
)
def test_bad_settings_name_the_variable(values: dict[str, object], variable: str) -> None:
    with pytest.raises(ConfigurationError, match=variable):
        StabilityImages(settings_with(**values))
