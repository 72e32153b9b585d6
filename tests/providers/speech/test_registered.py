"""Every bundled speech provider is registered under its name, and one that lacks the setting it
needs stops start-up naming the variable to set."""

from __future__ import annotations

import pytest

from storyloom.config import load_settings
from storyloom.errors import ConfigurationError
from storyloom.providers.registry import provider_class
from storyloom.providers.speech.elevenlabs import ElevenLabsNarrator
from storyloom.providers.speech.google import GoogleNarrator
from storyloom.providers.speech.kokoro import KokoroNarrator
from storyloom.providers.speech.openai import OpenAINarrator
from storyloom.providers.speech.piper import PiperNarrator

PROVIDERS = [
    pytest.param("elevenlabs", ElevenLabsNarrator, "ELEVENLABS_API_KEY", id="elevenlabs"),
    pytest.param("google", GoogleNarrator, "GOOGLE_TTS_API_KEY", id="google"),
    pytest.param("kokoro", KokoroNarrator, "KOKORO_MODEL_PATH", id="kokoro"),
    pytest.param("openai", OpenAINarrator, "OPENAI_API_KEY", id="openai"),
    pytest.param("piper", PiperNarrator, "PIPER_MODEL_PATH", id="piper"),
]


@pytest.mark.parametrize(("name", "narrator", "variable"), PROVIDERS)
def test_registered_under_its_name(name: str, narrator: type, variable: str) -> None:
    assert provider_class("speech", name) is narrator


@pytest.mark.parametrize(("name", "narrator", "variable"), PROVIDERS)
def test_without_its_setting_start_up_names_the_variable(name: str, narrator: type, variable: str) -> None:
    with pytest.raises(ConfigurationError, match=variable):
        narrator(load_settings())
