"""Google's image models through the Gemini API: Imagen (`:predict`) from the prompt, or a Gemini image
model (`:generateContent`) that also takes the character reference sheets as input images."""

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

PRICES = {
    "imagen-4.0-generate-001": 0.04,
    "imagen-4.0-fast-generate-001": 0.02,
    "imagen-4.0-ultra-generate-001": 0.06,
    "imagen-3.0-generate-002": 0.03,
    "gemini-2.5-flash-image": 0.039,
    "gemini-2.5-flash-image-preview": 0.039,
}
IMAGEN_RATIOS = ("1:1", "3:4", "4:3", "9:16", "16:9")
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
    """`GOOGLE_IMAGE_MODEL`: an Imagen model, or a Gemini image model (which uses reference sheets)."""

    name: ClassVar[str] = "google"
    accepts_references: ClassVar[bool] = True
    max_size: ClassVar[int] = 1024

    def __init__(self, settings: Settings) -> None:
        providers = settings.providers
        self.key = providers.google_ai_api_key.get_secret_value()
        if not self.key:
            raise ConfigurationError("IMAGE_PROVIDER=google needs GOOGLE_AI_API_KEY")
        self.model = providers.google_image_model
        self.base_url = providers.google_image_base_url.rstrip("/")
        self.timeout = httpx.Timeout(providers.timeout_seconds, connect=min(10.0, providers.timeout_seconds))

    @property
    def uses_gemini(self) -> bool:
        return self.model.startswith("gemini")

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Generate one image; a safety block is a ContentPolicyError."""
        watch = Stopwatch()
        if self.uses_gemini:
            ratio = aspect_ratio(request.width, request.height, GEMINI_RATIOS)
            body = self._gemini_body(request, ratio)
            method = "generateContent"
        else:
            ratio = aspect_ratio(request.width, request.height, IMAGEN_RATIOS)
            body = {
                "instances": [{"prompt": request.prompt}],
                "parameters": {"sampleCount": 1, "aspectRatio": ratio, "personGeneration": "allow_all"},
            }
            method = "predict"
        with mapped_http_errors(self.name), httpx.Client(timeout=self.timeout) as client:
            response = client.post(
                f"{self.base_url}/v1beta/models/{self.model}:{method}",
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
        encoded = self._gemini_image(answer) if self.uses_gemini else self._imagen_image(answer)
        png, width, height = from_base64(self.name, encoded)
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model=self.model,
            cost_usd=PRICES.get(self.model, 0.04),
            duration_ms=watch.elapsed_ms,
            details={"aspect_ratio": ratio, "references": len(request.references) if self.uses_gemini else 0},
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

    def _imagen_image(self, answer: dict[str, Any]) -> object:
        predictions = answer.get("predictions") or []
        for prediction in predictions:
            if isinstance(prediction, dict) and prediction.get("bytesBase64Encoded"):
                return prediction["bytesBase64Encoded"]
        reasons = [p.get("raiFilteredReason") for p in predictions if isinstance(p, dict)]
        reason = next((r for r in reasons if r), "no image came back (filtered by its safety settings)")
        raise ContentPolicyError(
            f"google refused the picture under its content policy: {reason}", provider=self.name
        )

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
