"""Anthropic Claude as a text provider (ANTHROPIC_API_KEY, ANTHROPIC_MODEL, optional ANTHROPIC_BASE_URL)."""

from __future__ import annotations

from typing import ClassVar

from pydantic_ai.models import Model
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.providers.anthropic import AnthropicProvider

from storyloom.config import AnthropicOptions, Settings
from storyloom.providers.text.llm import PydanticAIWriter


class AnthropicStoryWriter(PydanticAIWriter[AnthropicOptions]):
    """Writes stories with the Anthropic Messages API."""

    name: ClassVar[str] = "anthropic"

    def _options(self, settings: Settings) -> AnthropicOptions:
        return settings.providers.anthropic

    def _model_name(self, options: AnthropicOptions) -> str:
        return options.model

    def _build_model(self, options: AnthropicOptions) -> Model:
        key = self._require(options.api_key.get_secret_value(), "ANTHROPIC_API_KEY", "anthropic")
        provider = AnthropicProvider(api_key=key, base_url=options.base_url or None)
        return AnthropicModel(self.model_name, provider=provider)
