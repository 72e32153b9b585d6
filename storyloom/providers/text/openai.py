"""OpenAI chat models (and any server speaking the OpenAI chat-completions API) as text providers."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic_ai.models import Model
from pydantic_ai.models.openai import OpenAIChatModel
from pydantic_ai.providers.openai import OpenAIProvider

from storyloom.providers.text.llm import PydanticAIWriter

if TYPE_CHECKING:
    from storyloom.config import Settings


class OpenAIStoryWriter(PydanticAIWriter):
    """Writes stories with OpenAI (OPENAI_API_KEY, OPENAI_TEXT_MODEL, optional OPENAI_BASE_URL)."""

    name: ClassVar[str] = "openai"

    def _model_name(self, settings: Settings) -> str:
        return settings.providers.openai_text_model

    def _build_model(self, settings: Settings) -> Model:
        key = self._require(settings.providers.openai_api_key.get_secret_value(), "OPENAI_API_KEY", "openai")
        provider = OpenAIProvider(base_url=settings.providers.openai_base_url or None, api_key=key)
        return OpenAIChatModel(self.model_name, provider=provider)


class OpenAICompatibleStoryWriter(PydanticAIWriter):
    """Writes stories with a self-hosted OpenAI-compatible server: Ollama, vLLM, llama.cpp
    (OPENAI_COMPATIBLE_BASE_URL, OPENAI_COMPATIBLE_MODEL, optional OPENAI_COMPATIBLE_API_KEY)."""

    name: ClassVar[str] = "openai-compatible"

    def _model_name(self, settings: Settings) -> str:
        return self._require(settings.providers.openai_compatible_model, "OPENAI_COMPATIBLE_MODEL", self.name)

    def _build_model(self, settings: Settings) -> Model:
        base_url = self._require(
            settings.providers.openai_compatible_base_url, "OPENAI_COMPATIBLE_BASE_URL", self.name
        )
        key = settings.providers.openai_compatible_api_key.get_secret_value() or "not-needed"
        return OpenAIChatModel(self.model_name, provider=OpenAIProvider(base_url=base_url, api_key=key))
