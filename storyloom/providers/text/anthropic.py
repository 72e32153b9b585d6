"""Anthropic Claude as a text provider (ANTHROPIC_API_KEY, ANTHROPIC_MODEL, optional ANTHROPIC_BASE_URL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic_ai.models import Model
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.providers.anthropic import AnthropicProvider

from storyloom.providers.text.llm import PydanticAIWriter

if TYPE_CHECKING:
    from storyloom.config import Settings


class AnthropicStoryWriter(PydanticAIWriter):
    """Writes stories with the Anthropic Messages API."""

    name: ClassVar[str] = "anthropic"

    def _model_name(self, settings: Settings) -> str:
        return settings.providers.anthropic_model

    def _build_model(self, settings: Settings) -> Model:
        key = self._require(
            settings.providers.anthropic_api_key.get_secret_value(), "ANTHROPIC_API_KEY", "anthropic"
        )
        provider = AnthropicProvider(api_key=key, base_url=settings.providers.anthropic_base_url or None)
        return AnthropicModel(self.model_name, provider=provider)
