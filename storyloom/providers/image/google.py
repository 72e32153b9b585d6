"""Google's image models through the Gemini API: a Gemini image model (`:generateContent`) that also
takes the character reference sheets as input images. Imagen (`:predict`) was shut down on 2026-08-17."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from storyloom.errors import ConfigurationError, ContentPolicyError, ProviderOutputError
from storyloom.providers.base import CallRecord, Stopwatch, check_response, mapped_http_errors
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
        providers = settings.providers
        self.key = providers.google_ai_api_key.get_secret_value()
        if not self.key:
            raise ConfigurationError("IMAGE_PROVIDER=google needs GOOGLE_AI_API_KEY")
        self.model = providers.google_image_model
        if self.model.startswith("imagen"):
            raise ConfigurationError(
                f"GOOGLE_IMAGE_MODEL={self.model!r}: Google shut every Imagen model down on 2026-08-17; "
                "set a Gemini image model such as gemini-nano-banana-2.1"
            )
        self.base_url = providers.google_image_base_url.rstrip("/")
        self.timeout = httpx.Timeout(providers.timeout_seconds, connect=min(10.0, providers.timeout_seconds))

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Generate one image; a safety block is a ContentPolicyError."""
        watch = Stopwatch()
        ratio = aspect_ratio(request.width, request.height, GEMINI_RATIOS)
        body = self._gemini_body(request, ratio)
        with mapped_http_errors(self.name), httpx.Client(timeout=self.timeout) as client:
            response = client.post(
                f"{self.base_url}/v1beta/models/{self.model}:generateContent",
                headers={"x-goog-api-key": self.key},
                json=body,
            )
        check_response(self.name, response)
        try:
            answer = response.json()
        except ValueError as exc:
            raise ProviderOutputError(
                "google answered with something that is not JSON", provider=self.name
            ) from exc
        if not isinstance(answer, dict):
            raise ProviderOutputError("google answered with an unexpected JSON shape", provider=self.name)
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

    def _gemini_body(self, request: ImageRequest, ratio: str) -> dict[str, Any]:
        parts: list[dict[str, Any]] = [{"text": request.prompt}]
        if request.references:
            parts[0]["text"] += (
                " The attached pictures are the characters' reference sheets: draw them exactly so."
            )
        for reference in request.references:
            parts.append(
                {"inline_data": {"mime_type": "image/png", "data": base64.b64encode(reference).decode()}}
            )
        return {
            "contents": [{"role": "user", "parts": parts}],
            "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": ratio}},
        }

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
