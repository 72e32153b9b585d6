"""Google's image models through the Gemini API and the official `google-genai` SDK: a Gemini image
model (`generateContent`) that also takes the character reference sheets as input images. Imagen
(`:predict`) was shut down on 2026-08-17."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import httpx
import pydantic
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from storyloom.errors import ConfigurationError, ContentPolicyError, ProviderOutputError
from storyloom.providers.base import CallRecord, Stopwatch, error_for_status, mapped_http_errors, required_key
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.image.common import aspect_ratio, from_base64

if TYPE_CHECKING:
    from storyloom.config import Settings

# USD per 1K image ($30 per million image output tokens for Nano Banana 2.1), checked 2026-11-30.
PRICES = {
    "gemini-nano-banana-2.1": 0.0336,
    "gemini-3-pro-image": 0.134,
}
DEFAULT_PRICE = 0.0336
GEMINI_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")
BLOCKED = {
    "SAFETY",
    "IMAGE_SAFETY",
    "PROHIBITED_CONTENT",
    "IMAGE_PROHIBITED_CONTENT",
    "BLOCKLIST",
    "SPII",
    "RECITATION",
    "IMAGE_RECITATION",
}


class GoogleImages:
    """`GOOGLE_IMAGE_MODEL`: a Gemini image model, which also draws from the reference sheets."""

    name: ClassVar[str] = "google"
    accepts_references: ClassVar[bool] = True
    max_size: ClassVar[int] = 1024

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.gemini
        self.key = required_key(options.api_key, "IMAGE_PROVIDER=google needs GOOGLE_AI_API_KEY")
        self.model = options.image_model
        if self.model.startswith("imagen"):
            raise ConfigurationError(
                f"GOOGLE_IMAGE_MODEL={self.model!r}: Google shut every Imagen model down on 2026-08-17; "
                "set a Gemini image model such as gemini-nano-banana-2.1"
            )
        self.base_url = options.image_base_url.rstrip("/")
        self.client = genai.Client(
            api_key=self.key,
            http_options=types.HttpOptions(
                base_url=self.base_url, timeout=int(options.timeout_seconds * 1000)
            ),
        )

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Generate one image; a safety block is a ContentPolicyError."""
        watch = Stopwatch()
        ratio = aspect_ratio(request.width, request.height, GEMINI_RATIOS)
        try:
            with mapped_http_errors(self.name):
                response = self.client.models.generate_content(
                    model=self.model,
                    contents=[types.Content(role="user", parts=self._parts(request))],
                    config=types.GenerateContentConfig(
                        response_modalities=["IMAGE"], image_config=types.ImageConfig(aspect_ratio=ratio)
                    ),
                )
        except genai_errors.APIError as exc:
            raise error_for_status(self.name, _as_response(exc)) from exc
        except (ValueError, pydantic.ValidationError) as exc:
            raise ProviderOutputError(
                "google answered with something that is not a generateContent answer", provider=self.name
            ) from exc
        answer = response.model_dump(mode="json", by_alias=True, exclude_none=True)
        encoded = self._gemini_image(answer)
        png, width, height = from_base64(self.name, encoded)
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model=self.model,
            cost_usd=PRICES.get(self.model, DEFAULT_PRICE),
            duration_ms=watch.elapsed_ms,
            details={"aspect_ratio": ratio, "references": len(request.references)},
        )
        return Illustration(png=png, width=width, height=height, call=call)

    @staticmethod
    def _parts(request: ImageRequest) -> list[types.Part]:
        text = request.prompt
        if request.references:
            text += " The attached pictures are the characters' reference sheets: draw them exactly so."
        return [
            types.Part(text=text),
            *(types.Part.from_bytes(data=sheet, mime_type="image/png") for sheet in request.references),
        ]

    def _gemini_image(self, answer: dict[str, Any]) -> object:
        feedback = answer.get("promptFeedback") or {}
        if isinstance(feedback, dict) and feedback.get("blockReason"):
            raise ContentPolicyError(
                f"google blocked the prompt under its content policy: {feedback['blockReason']}",
                provider=self.name,
            )
        for candidate in answer.get("candidates") or []:
            content = candidate.get("content") or {}
            for part in content.get("parts") or []:
                data = part.get("inlineData") or part.get("inline_data")
                if isinstance(data, dict) and data.get("data"):
                    return data["data"]
            if candidate.get("finishReason") in BLOCKED:
                raise ContentPolicyError(
                    f"google refused the picture under its content policy: {candidate['finishReason']}",
                    provider=self.name,
                )
        raise ProviderOutputError("google returned no image", provider=self.name)


def _as_response(exc: genai_errors.APIError) -> httpx.Response:
    """The SDK's error as the HTTP answer it was, for `error_for_status` (quota, retry delay, auth)."""
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    body = exc.details if isinstance(exc.details, dict) else {"error": {"message": exc.message}}
    return httpx.Response(exc.code or 500, json=body, headers=dict(headers))
