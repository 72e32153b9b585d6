"""The spec check itself: a wrong field in a request or an answer fails."""

from __future__ import annotations

import json

import pytest
from openapi_core.validation.request.exceptions import InvalidRequestBody
from openapi_core.validation.response.exceptions import InvalidData
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

from tests.providers.specs import check_answer, check_exchanges, check_request, spec_for

JSON = {"content-type": "application/json", "authorization": "Bearer sk-test"}


def speech_body(**changes: object) -> bytes:
    body = {
        "model": "gpt-4o-mini-tts",
        "input": "Hello",
        "voice": "sage",
        "response_format": "pcm",
        **changes,
    }
    return json.dumps(body).encode()


def test_a_request_that_fits_the_spec_passes() -> None:
    check_request("openai", "POST", "/v1/audio/speech", JSON, speech_body())


def test_a_wrong_value_in_a_request_fails() -> None:
    with pytest.raises(InvalidRequestBody, match="pcmx"):
        check_request("openai", "POST", "/v1/audio/speech", JSON, speech_body(response_format="pcmx"))


def test_a_wrong_multipart_part_fails() -> None:
    boundary = "b0undary"
    parts = [("prompt", "a fox"), ("model", "gpt-image-2.6-flare"), ("n", "many")]
    body = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in parts
    )
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="image[]"; filename="a.png"\r\n'
        "Content-Type: image/png\r\n\r\nPNG\r\n"
        f"--{boundary}--\r\n"
    )
    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    with pytest.raises((ValueError, InvalidSchemaValue)):
        check_request("openai", "POST", "/v1/images/edits", headers, body.encode())


def test_an_answer_that_breaks_the_spec_fails() -> None:
    answer = json.dumps({"id": "p1", "status": "exploded"}).encode()
    with pytest.raises(InvalidData):
        check_answer(
            "replicate", "GET", "/v1/predictions/p1", {"authorization": "Bearer r8"}, b"", 200, answer
        )


@pytest.mark.parametrize(
    ("method", "path", "headers", "expected"),
    [
        ("POST", "/v1/images/generations", {}, "openai"),
        ("GET", "/v1/models/gpt-6-luna", {}, "openai"),
        ("GET", "/v1/models/black-forest-labs/flux-schnell", {}, "replicate"),
        ("POST", "/v1/predictions", {}, "replicate"),
        ("POST", "/v1/text-to-speech/v/with-timestamps", {"xi-api-key": "k"}, "elevenlabs"),
        ("POST", "/v1beta/models/gemini-3.8-flash:generateContent", {"x-goog-api-key": "k"}, None),
        ("GET", "/v1/models/claude-sonnet-4-6", {"x-api-key": "k"}, None),
    ],
)
def test_each_request_is_checked_against_its_providers_spec(
    method: str, path: str, headers: dict[str, str], expected: str | None
) -> None:
    assert spec_for(method, path, headers) == expected


def test_check_exchanges_counts_what_it_checked() -> None:
    exchanges = [
        ("POST", "/v1/audio/speech", JSON, speech_body(), 200, b"\x00\x01"),
        ("GET", "/v1beta/models/x", {"x-goog-api-key": "k"}, b"", 200, b"{}"),
    ]
    assert check_exchanges(exchanges) == 1
