"""Google Gemini as a text provider (GOOGLE_AI_API_KEY, GOOGLE_TEXT_MODEL, optional GOOGLE_BASE_URL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic_ai.models import Model
from pydantic_ai.models.google import GoogleModel
from pydantic_ai.providers.google import GoogleProvider

from storyloom.providers.text.llm import PydanticAIWriter

if TYPE_CHECKING:
    from storyloom.config import Settings


class GeminiStoryWriter(PydanticAIWriter):
    """Writes stories with the Gemini API's generateContent."""

    name: ClassVar[str] = "google"

    def _model_name(self, settings: Settings) -> str:
        return settings.providers.google_text_model

    def _build_model(self, settings: Settings) -> Model:
        key = self._require(
            settings.providers.google_ai_api_key.get_secret_value(), "GOOGLE_AI_API_KEY", "google"
        )
        provider = GoogleProvider(api_key=key, base_url=settings.providers.google_base_url or None)
        return GoogleModel(self.model_name, provider=provider)
