"""Every bundled image provider is registered under its name, and one that lacks the setting it
needs stops start-up naming the variable to set."""

from __future__ import annotations

import pytest

from storyloom.errors import ConfigurationError
from storyloom.providers.image.automatic1111 import Automatic1111Images
from storyloom.providers.image.comfyui import ComfyUIImages
from storyloom.providers.image.google import GoogleImages
from storyloom.providers.image.openai import OpenAIImages
from storyloom.providers.image.replicate import ReplicateImages
from storyloom.providers.image.stability import StabilityImages
from storyloom.providers.registry import provider_class
from tests.providers.image.conftest import settings_with


@pytest.mark.parametrize(
    ("name", "provider"),
    [
        pytest.param("automatic1111", Automatic1111Images, id="automatic1111"),
        pytest.param("comfyui", ComfyUIImages, id="comfyui"),
        pytest.param("google", GoogleImages, id="google"),
        pytest.param("openai", OpenAIImages, id="openai"),
        pytest.param("replicate", ReplicateImages, id="replicate"),
        pytest.param("stability", StabilityImages, id="stability"),
    ],
)
def test_registered_under_its_name(name: str, provider: type) -> None:
    assert provider_class("image", name) is provider


@pytest.mark.parametrize(
    ("provider", "variable"),
    [
        pytest.param(Automatic1111Images, "AUTOMATIC1111_URL", id="automatic1111-url"),
        pytest.param(ComfyUIImages, "COMFYUI_URL", id="comfyui-url"),
        pytest.param(GoogleImages, "GOOGLE_AI_API_KEY", id="google-key"),
        pytest.param(OpenAIImages, "OPENAI_API_KEY", id="openai-key"),
        pytest.param(ReplicateImages, "REPLICATE_API_TOKEN", id="replicate-token"),
    ],
)
def test_a_missing_setting_names_the_variable(provider: type, variable: str) -> None:
    with pytest.raises(ConfigurationError, match=variable):
        provider(settings_with())
