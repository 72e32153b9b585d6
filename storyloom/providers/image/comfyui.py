"""A self-hosted ComfyUI: queue a text-to-image workflow (`/prompt`), wait for it (`/history`), fetch
the picture (`/view`)."""

from __future__ import annotations

import time
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from storyloom.errors import (
    ConfigurationError,
    ProviderBadRequestError,
    ProviderOutputError,
    ProviderTimeoutError,
)
from storyloom.providers.base import CallRecord, Stopwatch, check_response, json_object, mapped_http_errors
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.image.common import NEGATIVE_PROMPT, diffusion_size, to_png

if TYPE_CHECKING:
    from storyloom.config import Settings

POLL_SECONDS = 0.25


def workflow(
    prompt: str, *, checkpoint: str, seed: int, width: int, height: int, steps: int
) -> dict[str, Any]:
    """ComfyUI's default text-to-image graph in its API format."""
    return {
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": checkpoint}},
        "5": {
            "class_type": "EmptyLatentImage",
            "inputs": {"width": width, "height": height, "batch_size": 1},
        },
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": prompt, "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": NEGATIVE_PROMPT, "clip": ["4", 1]}},
        "3": {
            "class_type": "KSampler",
            "inputs": {
                "seed": seed,
                "steps": steps,
                "cfg": 6.5,
                "sampler_name": "dpmpp_2m",
                "scheduler": "karras",
                "denoise": 1.0,
                "model": ["4", 0],
                "positive": ["6", 0],
                "negative": ["7", 0],
                "latent_image": ["5", 0],
            },
        },
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "storyloom", "images": ["8", 0]}},
    }


class ComfyUIImages:
    """Runs the workflow on the ComfyUI at `COMFYUI_URL` with `COMFYUI_CHECKPOINT`; free."""

    name: ClassVar[str] = "comfyui"
    accepts_references: ClassVar[bool] = False
    max_size: ClassVar[int] = 1024

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.comfyui
        if not options.url:
            raise ConfigurationError("IMAGE_PROVIDER=comfyui needs COMFYUI_URL")
        self.base_url = options.url.rstrip("/")
        self.checkpoint = options.checkpoint
        self.steps = options.diffusion_steps
        self.deadline_seconds = options.timeout_seconds
        self.timeout = httpx.Timeout(options.timeout_seconds, connect=min(10.0, options.timeout_seconds))

    def illustrate(self, request: ImageRequest) -> Illustration:
        """Queue the workflow, wait for it within the provider timeout, and fetch its first image."""
        width, height = diffusion_size(request.width, request.height, self.max_size)
        graph = workflow(
            request.prompt,
            checkpoint=self.checkpoint,
            seed=request.seed % 2**32,
            width=width,
            height=height,
            steps=self.steps,
        )
        watch = Stopwatch()
        with (
            mapped_http_errors(self.name),
            httpx.Client(base_url=self.base_url, timeout=self.timeout) as client,
        ):
            queued = client.post("/prompt", json={"prompt": graph, "client_id": uuid.uuid4().hex})
            if queued.status_code == 400:
                raise ProviderBadRequestError(
                    f"comfyui refused the workflow: {self._validation_message(queued)}",
                    provider=self.name,
                    status=400,
                )
            check_response(self.name, queued)
            prompt_id = self._json(queued).get("prompt_id")
            if not prompt_id:
                raise ProviderOutputError("comfyui did not return a prompt_id", provider=self.name)
            image_ref = self._wait(client, str(prompt_id))
            picture = client.get("/view", params=image_ref)
            check_response(self.name, picture)
        png, got_width, got_height = to_png(self.name, picture.content)
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model=self.checkpoint,
            cost_usd=0.0,
            duration_ms=watch.elapsed_ms,
            details={"prompt_id": prompt_id, "width": width, "height": height, "steps": self.steps},
        )
        return Illustration(png=png, width=got_width, height=got_height, call=call)

    def _wait(self, client: httpx.Client, prompt_id: str) -> dict[str, str]:
        deadline = time.monotonic() + self.deadline_seconds
        while True:
            history = client.get(f"/history/{prompt_id}")
            check_response(self.name, history)
            entry = self._json(history).get(prompt_id)
            if isinstance(entry, dict):
                status = entry.get("status") or {}
                if status.get("status_str") == "error":
                    raise ProviderOutputError(
                        f"comfyui failed to run the workflow: {self._status_message(status)}",
                        provider=self.name,
                    )
                for output in (entry.get("outputs") or {}).values():
                    for image in output.get("images") or []:
                        if image.get("filename"):
                            return {
                                "filename": image["filename"],
                                "subfolder": image.get("subfolder", ""),
                                "type": image.get("type", "output"),
                            }
                if status.get("completed"):
                    raise ProviderOutputError("comfyui finished without an image", provider=self.name)
            if time.monotonic() > deadline:
                raise ProviderTimeoutError("comfyui did not finish the picture in time", provider=self.name)
            time.sleep(POLL_SECONDS)

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        return json_object(self.name, response)

    @staticmethod
    def _validation_message(response: httpx.Response) -> str:
        try:
            error = response.json().get("error", {})
        except (ValueError, AttributeError):
            return response.text[:300]
        return str(error.get("message", error) if isinstance(error, dict) else error)[:300]

    @staticmethod
    def _status_message(status: dict[str, Any]) -> str:
        for kind, data in status.get("messages") or []:
            if kind == "execution_error" and isinstance(data, dict):
                return str(data.get("exception_message", "execution error"))[:300]
        return "execution error"
