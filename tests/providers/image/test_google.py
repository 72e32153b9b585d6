"""Gemini image models (`generateContent`) through the google-genai SDK against a local server speaking
the Gemini API's wire format; Imagen is refused."""

from __future__ import annotations

import base64

import pytest

from storyloom.errors import (
    ConfigurationError,
    ContentPolicyError,
    ProviderAuthError,
    ProviderError,
    ProviderOutputError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.image.google import GoogleImages
from tests.providers.image.conftest import FakeAPI, Reply, b64_png, page_request, png_bytes, settings_with

KEY = "AIza-google-secret-0003"
GEMINI = "/v1beta/models/gemini-nano-banana-2.1:generateContent"


def provider(api: FakeAPI, **extra: object) -> GoogleImages:
    values = {"google_ai_api_key": KEY, "google_image_base_url": api.url, "timeout_seconds": 2.0, **extra}
    return GoogleImages(settings_with(**values))


def gemini_answer(data: str) -> dict[str, object]:
    return {
        "candidates": [
            {
                "content": {
                    "role": "model",
                    "parts": [{"inlineData": {"mimeType": "image/png", "data": data}}],
                },
                "finishReason": "STOP",
            }
        ],
        "usageMetadata": {"promptTokenCount": 1300, "candidatesTokenCount": 1290},
    }


def test_a_shut_down_imagen_model_is_refused_at_start_up() -> None:
    with pytest.raises(ConfigurationError, match="GOOGLE_IMAGE_MODEL='imagen-4.0-generate-001'.*gemini"):
        GoogleImages(settings_with(google_ai_api_key=KEY, google_image_model="imagen-4.0-generate-001"))


def test_the_default_model_is_a_gemini_image_model_through_generate_content(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", GEMINI, Reply(200, gemini_answer(b64_png(1024, 1024))))
    # when
    result = provider(fake_api).illustrate(page_request())
    # then
    sent = fake_api.received[0]
    assert sent.path == GEMINI
    assert sent.headers["x-goog-api-key"] == KEY
    assert result.call.model == "gemini-nano-banana-2.1"
    assert result.call.cost_usd == 0.0336


def test_gemini_sends_reference_sheets_as_inline_images(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", GEMINI, Reply(200, gemini_answer(b64_png(1024, 1024))))
    sheet = png_bytes(16, 16, (10, 200, 30))
    # when
    result = provider(fake_api).illustrate(page_request(references=(sheet,)))
    # then
    body = fake_api.received[0].json()
    parts = body["contents"][0]["parts"]
    assert parts[0]["text"].startswith(page_request().prompt)
    # as google-genai sends it: the sheet's bytes in URL-safe base64
    assert parts[1] == {
        "inlineData": {"data": base64.urlsafe_b64encode(sheet).decode(), "mime_type": "image/png"}
    }
    assert body["generationConfig"] == {
        "responseModalities": ["IMAGE"],
        "imageConfig": {"aspectRatio": "1:1"},
    }
    assert result.call.cost_usd == 0.0336
    assert result.call.details["references"] == 1


@pytest.mark.parametrize(
    ("path", "model", "reply", "error"),
    [
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(
                400,
                {
                    "error": {
                        "code": 400,
                        "message": "API key not valid. Please pass a valid API key.",
                        "status": "INVALID_ARGUMENT",
                    }
                },
            ),
            ProviderAuthError,
            id="400-api-key-not-valid",
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(
                403, {"error": {"code": 403, "message": "Permission denied", "status": "PERMISSION_DENIED"}}
            ),
            ProviderAuthError,
            id="403-permission-denied",
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(429, {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}),
            ProviderRateLimitError,
            id="429-resource-exhausted",
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(500, {"error": {"code": 500, "message": "Internal error", "status": "INTERNAL"}}),
            ProviderServerError,
            id="500-internal",
        ),
        pytest.param(
            GEMINI, "gemini-nano-banana-2.1", Reply(200, {}), ProviderOutputError, id="gemini-empty-answer"
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(200, {"promptFeedback": {"blockReason": "SAFETY"}}),
            ContentPolicyError,
            id="gemini-prompt-blocked",
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(200, {"candidates": [{"content": {"parts": []}, "finishReason": "IMAGE_SAFETY"}]}),
            ContentPolicyError,
            id="gemini-image-safety",
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(
                200,
                {"candidates": [{"content": {"parts": [{"text": "Here you go"}]}, "finishReason": "STOP"}]},
            ),
            ProviderOutputError,
            id="gemini-text-only",
        ),
        pytest.param(
            GEMINI,
            "gemini-nano-banana-2.1",
            Reply(200, b"<html>", {"content-type": "text/html"}),
            ProviderOutputError,
            id="malformed-json",
        ),
    ],
)
def test_failures_map_onto_the_error_tree(
    fake_api: FakeAPI, path: str, model: str, reply: Reply, error: type[ProviderError]
) -> None:
    # given
    fake_api.on("POST", path, reply)
    # when
    with pytest.raises(error) as raised:
        provider(fake_api, google_image_model=model).illustrate(page_request())
    # then
    assert raised.value.provider == "google"
    assert KEY not in str(raised.value)


def test_slow_answer_is_a_timeout(fake_api: FakeAPI) -> None:
    fake_api.on("POST", GEMINI, Reply(200, {}, delay=1.0))
    with pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.3).illustrate(page_request())
