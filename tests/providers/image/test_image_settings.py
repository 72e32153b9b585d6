"""The image providers' settings read from their environment variables."""

from __future__ import annotations

from operator import attrgetter

import pytest

from storyloom.config import load_settings


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        pytest.param("OPENAI_IMAGE_QUALITY", "high", "openai.image_quality", "high", id="openai-quality"),
        pytest.param(
            "STABILITY_BASE_URL",
            "http://sd.local",
            "stability.base_url",
            "http://sd.local",
            id="stability-url",
        ),
        pytest.param(
            "STABILITY_IMAGE_MODEL", "ultra", "stability.image_model", "ultra", id="stability-model"
        ),
        pytest.param(
            "GOOGLE_IMAGE_BASE_URL",
            "http://g.local",
            "gemini.image_base_url",
            "http://g.local",
            id="google-url",
        ),
        pytest.param(
            "COMFYUI_CHECKPOINT",
            "dreamshaper_8.safetensors",
            "comfyui.checkpoint",
            "dreamshaper_8.safetensors",
            id="comfyui-checkpoint",
        ),
        pytest.param("DIFFUSION_STEPS", "12", "automatic1111.diffusion_steps", 12, id="diffusion-steps"),
        pytest.param("DIFFUSION_STEPS", "12", "comfyui.diffusion_steps", 12, id="comfyui-diffusion-steps"),
    ],
)
def test_environment_variables_set_image_settings(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert attrgetter(field)(load_settings().providers) == expected


def test_defaults() -> None:
    providers = load_settings().providers
    assert (
        providers.openai.image_quality,
        providers.stability.image_model,
        providers.automatic1111.diffusion_steps,
    ) == ("medium", "core", 28)
    assert providers.automatic1111.auth.get_secret_value() == ""
