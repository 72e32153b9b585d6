"""The image providers' settings read from their environment variables."""

from __future__ import annotations

import pytest

from storyloom.config import load_settings


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        pytest.param("OPENAI_IMAGE_QUALITY", "high", "openai_image_quality", "high", id="openai-quality"),
        pytest.param(
            "STABILITY_BASE_URL",
            "http://sd.local",
            "stability_base_url",
            "http://sd.local",
            id="stability-url",
        ),
        pytest.param(
            "STABILITY_IMAGE_MODEL", "ultra", "stability_image_model", "ultra", id="stability-model"
        ),
        pytest.param(
            "GOOGLE_IMAGE_BASE_URL",
            "http://g.local",
            "google_image_base_url",
            "http://g.local",
            id="google-url",
        ),
        pytest.param(
            "COMFYUI_CHECKPOINT",
            "dreamshaper_8.safetensors",
            "comfyui_checkpoint",
            "dreamshaper_8.safetensors",
            id="comfyui-checkpoint",
        ),
        pytest.param("DIFFUSION_STEPS", "12", "diffusion_steps", 12, id="diffusion-steps"),
    ],
)
def test_environment_variables_set_image_settings(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(load_settings().providers, field) == expected


def test_defaults() -> None:
    providers = load_settings().providers
    assert (providers.openai_image_quality, providers.stability_image_model, providers.diffusion_steps) == (
        "medium",
        "core",
        28,
    )
    assert providers.automatic1111_auth.get_secret_value() == ""
