"""Google Gemini as a text provider (GOOGLE_AI_API_KEY, GOOGLE_TEXT_MODEL, optional GOOGLE_BASE_URL)."""

from __future__ import annotations

from typing import ClassVar

from pydantic_ai.models import Model
from pydantic_ai.models.google import GoogleModel
from pydantic_ai.providers.google import GoogleProvider

from storyloom.config import GeminiOptions, Settings
from storyloom.providers.text.llm import PydanticAIWriter


class GeminiStoryWriter(PydanticAIWriter[GeminiOptions]):
    """Writes stories with the Gemini API's generateContent."""

    name: ClassVar[str] = "google"

    def _options(self, settings: Settings) -> GeminiOptions:
        return settings.providers.gemini

    def _model_name(self, options: GeminiOptions) -> str:
        return options.text_model

    def _build_model(self, options: GeminiOptions) -> Model:
        key = self._require(options.api_key.get_secret_value(), "GOOGLE_AI_API_KEY", "google")
        provider = GoogleProvider(api_key=key, base_url=options.base_url or None)
        return GoogleModel(self.model_name, provider=provider)
