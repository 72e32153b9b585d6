"""A self-hosted Stable Diffusion web UI (Automatic1111 or Forge) through its `/sdapi/v1/txt2img` API."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, ClassVar

import httpx

from storyloom.errors import ConfigurationError, ProviderOutputError
from storyloom.providers.base import CallRecord, Stopwatch, check_response, mapped_http_errors
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.image.common import NEGATIVE_PROMPT, diffusion_size, from_base64

if TYPE_CHECKING:
    from storyloom.config import Settings


class Automatic1111Images:
    """txt2img at `AUTOMATIC1111_URL` with the story's seed; free (the machine is yours)."""

    name: ClassVar[str] = "automatic1111"
    accepts_references: ClassVar[bool] = False
    max_size: ClassVar[int] = 1024

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.automatic1111
        if not options.url:
            raise ConfigurationError("IMAGE_PROVIDER=automatic1111 needs AUTOMATIC1111_URL")
        self.base_url = options.url.rstrip("/")
        self.steps = options.diffusion_steps
        self.timeout = httpx.Timeout(options.timeout_seconds, connect=min(10.0, options.timeout_seconds))
        auth = options.auth.get_secret_value()
        self.headers = {"authorization": "Basic " + base64.b64encode(auth.encode()).decode()} if auth else {}

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Generate one image with the request's seed at the largest size the model handles well."""
        width, height = diffusion_size(request.width, request.height, self.max_size)
        payload = {
            "prompt": request.prompt,
            "negative_prompt": NEGATIVE_PROMPT,
            "seed": request.seed % 2**32,
            "width": width,
            "height": height,
            "steps": self.steps,
            "cfg_scale": 6.5,
            "sampler_name": "DPM++ 2M",
            "batch_size": 1,
            "n_iter": 1,
        }
        watch = Stopwatch()
        with mapped_http_errors(self.name), httpx.Client(timeout=self.timeout) as client:
            response = client.post(f"{self.base_url}/sdapi/v1/txt2img", json=payload, headers=self.headers)
        check_response(self.name, response)
        try:
            body = response.json()
        except ValueError as exc:
            raise ProviderOutputError(
                "automatic1111 answered with something that is not JSON", provider=self.name
            ) from exc
        images = body.get("images") if isinstance(body, dict) else None
        if not images:
            raise ProviderOutputError("automatic1111 returned no image", provider=self.name)
        png, got_width, got_height = from_base64(self.name, images[0])
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model="stable-diffusion",
            cost_usd=0.0,
            duration_ms=watch.elapsed_ms,
            details={"width": width, "height": height, "steps": self.steps, "seed": payload["seed"]},
        )
        return Illustration(png=png, width=got_width, height=got_height, call=call)
