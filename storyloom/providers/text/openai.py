"""OpenAI chat models (and any server speaking the OpenAI chat-completions API) as text providers."""

from __future__ import annotations

from typing import Any, ClassVar, cast

import openai
from pydantic_ai.models import Model
from pydantic_ai.models.openai import OpenAIChatModel, OpenAIChatModelSettings
from pydantic_ai.providers.openai import OpenAIProvider
from pydantic_ai.settings import ModelSettings

from storyloom.config import OpenAICompatibleOptions, OpenAIOptions, Settings
from storyloom.errors import ProviderConnectionError, ProviderError, ProviderTimeoutError
from storyloom.providers.base import CallRecord, Stopwatch, error_for_status
from storyloom.providers.text.llm import PydanticAIWriter

# Reasoning families whose Chat Completions take tool calls and a temperature only with reasoning off.
REASONING_PREFIXES = ("gpt-5", "gpt-6")


class OpenAIStoryWriter(PydanticAIWriter[OpenAIOptions]):
    """Writes stories with OpenAI (OPENAI_API_KEY, OPENAI_TEXT_MODEL, optional OPENAI_BASE_URL)."""

    name: ClassVar[str] = "openai"

    def _model_settings(self) -> ModelSettings:
        settings = super()._model_settings()
        if self.model_name.startswith(REASONING_PREFIXES):
            # the base settings with one OpenAI key more; mypy cannot spread a TypedDict into a wider
            # one whose extra keys are optional (its extra checks ask for each key named), so: cast
            return cast(OpenAIChatModelSettings, {**settings, "openai_reasoning_effort": "none"})
        return settings

    def _options(self, settings: Settings) -> OpenAIOptions:
        return settings.providers.openai

    def _model_name(self, options: OpenAIOptions) -> str:
        return options.text_model

    def _build_model(self, options: OpenAIOptions) -> Model:
        key = self._require(options.api_key.get_secret_value(), "OPENAI_API_KEY", "openai")
        provider = OpenAIProvider(base_url=options.base_url or None, api_key=key)
        self.moderation_model = options.moderation_model
        self._moderation_client = openai.OpenAI(
            api_key=key,
            base_url=options.base_url or None,
            timeout=self.timeout,
            max_retries=0,
        )
        return OpenAIChatModel(self.model_name, provider=provider)

    def moderate(self, text: str) -> tuple[list[str], CallRecord | None]:
        """The moderation categories OpenAI flags in `text` (empty when clean or when moderation is off)."""
        if self.moderation_model.casefold() in ("", "off", "none"):
            return [], None
        watch = Stopwatch()
        try:
            response = self._moderation_client.moderations.create(model=self.moderation_model, input=text)
        except openai.APITimeoutError as exc:
            raise ProviderTimeoutError(
                "openai moderation did not answer in time", provider=self.name
            ) from exc
        except openai.APIConnectionError as exc:
            raise ProviderConnectionError("could not reach openai moderation", provider=self.name) from exc
        except openai.APIStatusError as exc:
            error: ProviderError = error_for_status(self.name, _response(exc))
            raise error from exc
        flagged = sorted(
            {
                category
                for result in response.results
                if result.flagged
                for category, on in result.categories.model_dump(by_alias=True).items()
                if on
            }
        )
        record = CallRecord(
            provider=self.name,
            prompt="moderation of the written story",
            model=self.moderation_model,
            cost_usd=0.0,
            duration_ms=watch.elapsed_ms,
            details={"flagged": flagged, "characters": len(text)},
        )
        return flagged, record


def _response(exc: openai.APIStatusError) -> Any:
    return exc.response


class OpenAICompatibleStoryWriter(PydanticAIWriter[OpenAICompatibleOptions]):
    """Writes stories with a self-hosted OpenAI-compatible server: Ollama, vLLM, llama.cpp
    (OPENAI_COMPATIBLE_BASE_URL, OPENAI_COMPATIBLE_MODEL, optional OPENAI_COMPATIBLE_API_KEY)."""

    name: ClassVar[str] = "openai-compatible"

    def _options(self, settings: Settings) -> OpenAICompatibleOptions:
        return settings.providers.openai_compatible

    def _model_name(self, options: OpenAICompatibleOptions) -> str:
        return self._require(options.model, "OPENAI_COMPATIBLE_MODEL", self.name)

    def _build_model(self, options: OpenAICompatibleOptions) -> Model:
        base_url = self._require(options.base_url, "OPENAI_COMPATIBLE_BASE_URL", self.name)
        key = options.api_key.get_secret_value() or "not-needed"
        self.output_mode = options.output_mode
        return OpenAIChatModel(self.model_name, provider=OpenAIProvider(base_url=base_url, api_key=key))
