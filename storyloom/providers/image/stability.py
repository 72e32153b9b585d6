"""Stability AI's Stable Image API (v2beta): one image per request, with the story's fixed seed so a
book's pages share one look."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import httpx

from storyloom.errors import ConfigurationError, ContentPolicyError, ProviderError
from storyloom.providers.base import (
    CallRecord,
    Stopwatch,
    error_for_status,
    json_object,
    mapped_http_errors,
    required_key,
)
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.image.common import NEGATIVE_PROMPT, aspect_ratio, from_base64

if TYPE_CHECKING:
    from storyloom.config import Settings

# model setting -> (endpoint, extra form field "model", USD per image at $0.01 a credit)
MODELS: dict[str, tuple[str, str | None, float]] = {
    "core": ("core", None, 0.03),
    "ultra": ("ultra", None, 0.08),
    "sd3.5-large": ("sd3", "sd3.5-large", 0.065),
    "sd3.5-large-turbo": ("sd3", "sd3.5-large-turbo", 0.04),
    "sd3.5-medium": ("sd3", "sd3.5-medium", 0.035),
    "sd3.5-flash": ("sd3", "sd3.5-flash", 0.025),
}
RATIOS = ("1:1", "2:3", "3:2", "4:5", "5:4", "9:16", "16:9", "9:21", "21:9")
MAX_SEED = 4294967294


class StabilityImages:
    """`STABILITY_IMAGE_MODEL` (core, ultra or an sd3.5 model) at `STABILITY_BASE_URL`."""

    name: ClassVar[str] = "stability"
    accepts_references: ClassVar[bool] = False
    max_size: ClassVar[int] = 1536

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.stability
        self.key = required_key(options.api_key, "IMAGE_PROVIDER=stability needs STABILITY_API_KEY")
        self.model = options.image_model
        if self.model not in MODELS:
            raise ConfigurationError(
                f"STABILITY_IMAGE_MODEL={self.model!r} is not known; set one of {', '.join(MODELS)}"
            )
        self.base_url = options.base_url.rstrip("/")
        self.timeout = httpx.Timeout(options.timeout_seconds, connect=min(10.0, options.timeout_seconds))

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Generate one image as PNG; a moderation refusal is a ContentPolicyError."""
        endpoint, model_field, price = MODELS[self.model]
        ratio = aspect_ratio(request.width, request.height, RATIOS)
        form = {
            "prompt": request.prompt[:10000],
            "negative_prompt": NEGATIVE_PROMPT,
            "aspect_ratio": ratio,
            "seed": str(request.seed % MAX_SEED),
            "output_format": "png",
        }
        if model_field:
            form["model"] = model_field
        watch = Stopwatch()
        with mapped_http_errors(self.name), httpx.Client(timeout=self.timeout) as client:
            response = client.post(
                f"{self.base_url}/v2beta/stable-image/generate/{endpoint}",
                headers={"authorization": f"Bearer {self.key}", "accept": "application/json"},
                files={name: (None, value) for name, value in form.items()},
            )
        if not response.is_success:
            raise self._error(response)
        body = json_object(self.name, response)
        if body.get("finish_reason") == "CONTENT_FILTERED":
            raise ContentPolicyError(
                "stability filtered the picture under its content policy", provider=self.name
            )
        png, width, height = from_base64(self.name, body.get("image"))
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model=self.model,
            cost_usd=price,
            duration_ms=watch.elapsed_ms,
            details={"aspect_ratio": ratio, "seed": body.get("seed", form["seed"])},
        )
        return Illustration(png=png, width=width, height=height, call=call)

    def _error(self, response: httpx.Response) -> ProviderError:
        try:
            body = response.json()
        except ValueError:
            body = {}
        name = body.get("name", "") if isinstance(body, dict) else ""
        errors = body.get("errors", []) if isinstance(body, dict) else []
        detail = "; ".join(str(e) for e in errors)[:300] if isinstance(errors, list) else ""
        if name == "content_moderation":
            return ContentPolicyError(
                f"stability refused the picture under its content policy: {detail}",
                provider=self.name,
                status=response.status_code,
            )
        return error_for_status(self.name, response, detail)
