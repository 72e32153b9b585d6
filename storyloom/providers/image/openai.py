"""OpenAI Images: generations from the prompt, or edits that take the character reference sheets as
input images so the characters match them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import openai

from storyloom.errors import (
    ContentPolicyError,
    ProviderConnectionError,
    ProviderOutputError,
    ProviderTimeoutError,
)
from storyloom.providers.base import CallRecord, Stopwatch, error_for_status, required_key
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.image.common import from_base64
from storyloom.providers.openai_sdk import sdk_client

if TYPE_CHECKING:
    from storyloom.config import Settings

# USD per 1024x1024 image by model and quality; larger sizes cost 1.5 times as much. GPT Image 2.6 is
# billed by token ($30 per million image output tokens); these are its tokens per quality at 1024x1024.
IMAGE_26 = {"low": 0.006, "medium": 0.013, "high": 0.053, "xhigh": 0.094, "max": 0.211}
PRICES: dict[str, dict[str, float]] = {
    "gpt-image-2.6-flare": IMAGE_26,
    "gpt-image-2.6-sunburst": IMAGE_26,
    "gpt-image-1": {"low": 0.011, "medium": 0.042, "high": 0.167},
    "gpt-image-1-mini": {"low": 0.005, "medium": 0.011, "high": 0.036},
    "dall-e-3": {"standard": 0.040, "hd": 0.080},
    "dall-e-2": {"standard": 0.020},
}
POLICY_CODES = {"content_policy_violation", "moderation_blocked"}


def image_price(model: str, quality: str, size: str) -> float:
    """What one image costs, from the price table (0 for an unknown model)."""
    table = PRICES.get(model, {})
    price = table.get(quality) or (min(table.values()) if table else 0.0)
    return round(price * (1.0 if size == "1024x1024" else 1.5), 4)


class OpenAIImages:
    """OpenAI's image models (`OPENAI_IMAGE_MODEL`, default gpt-image-2.6-flare) through the official SDK."""

    name: ClassVar[str] = "openai"
    accepts_references: ClassVar[bool] = True
    max_size: ClassVar[int] = 1024

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.openai
        key = required_key(options.api_key, "IMAGE_PROVIDER=openai needs OPENAI_API_KEY")
        self.model = options.image_model
        self.quality = options.image_quality
        self.client = sdk_client(key, options.base_url, options.timeout_seconds)

    def _size(self, request: ImageRequest) -> str:
        if request.width == request.height:
            return "1024x1024"
        wide = request.width > request.height
        if self.model == "dall-e-3":
            return "1792x1024" if wide else "1024x1792"
        return "1536x1024" if wide else "1024x1536"

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Generate one image; with reference sheets and a model that takes them, edit from them."""
        watch = Stopwatch()
        size = self._size(request)
        use_references = bool(request.references) and self.model.startswith("gpt-image")
        options: dict[str, Any] = {"model": self.model, "prompt": request.prompt, "size": size, "n": 1}
        if self.model.startswith("dall-e"):
            options["response_format"] = "b64_json"
        if self.model != "dall-e-2":
            options["quality"] = self.quality
        try:
            if use_references:
                files = [
                    (f"reference-{i}.png", png, "image/png") for i, png in enumerate(request.references, 1)
                ]
                response = self.client.images.edit(image=files, **options)
            else:
                response = self.client.images.generate(**options)
        except openai.APITimeoutError as exc:
            raise ProviderTimeoutError("openai did not answer in time", provider=self.name) from exc
        except openai.APIConnectionError as exc:
            raise ProviderConnectionError("could not reach openai", provider=self.name) from exc
        except openai.APIStatusError as exc:
            raise self._status_error(exc) from exc
        except ValueError as exc:
            raise ProviderOutputError(
                "openai answered with JSON that could not be read", provider=self.name
            ) from exc
        data = getattr(response, "data", None) or []
        if not data:
            raise ProviderOutputError("openai returned no image", provider=self.name)
        png, width, height = from_base64(self.name, data[0].b64_json)
        usage = getattr(response, "usage", None)
        details: dict[str, Any] = {
            "size": size,
            "quality": self.quality,
            "references": len(request.references),
        }
        if usage is not None:
            details["input_tokens"] = getattr(usage, "input_tokens", None)
            details["output_tokens"] = getattr(usage, "output_tokens", None)
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model=self.model,
            cost_usd=image_price(self.model, self.quality if self.model != "dall-e-2" else "standard", size),
            duration_ms=watch.elapsed_ms,
            details=details,
        )
        return Illustration(png=png, width=width, height=height, call=call)

    def _status_error(self, exc: openai.APIStatusError) -> Exception:
        body = exc.body if isinstance(exc.body, dict) else {}
        error = body.get("error", body) if isinstance(body, dict) else {}
        code = error.get("code") if isinstance(error, dict) else None
        if code in POLICY_CODES:
            message = str(error.get("message", "the request was refused"))[:300]
            return ContentPolicyError(
                f"openai refused the picture under its content policy: {message}",
                provider=self.name,
                status=exc.status_code,
            )
        response: Any = exc.response  # the SDK's own httpx build; same Response interface
        return error_for_status(self.name, response)
