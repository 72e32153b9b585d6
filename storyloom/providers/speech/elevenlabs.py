"""ElevenLabs text-to-speech through the `with-timestamps` endpoint: raw PCM plus the time of every
character, grouped here into the words of the page."""

from __future__ import annotations

import base64
import binascii
from typing import Any, ClassVar

import httpx

from storyloom.config import Settings
from storyloom.errors import ProviderError, ProviderServerError
from storyloom.providers.base import (
    CallRecord,
    Stopwatch,
    error_for_status,
    mapped_http_errors,
    quota_error,
    required_key,
)
from storyloom.providers.speech.audio import finish_with_anchors, pcm16
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.voicelist import fetch_voice_names, shared_voice_list

SAMPLE_RATE = 24000
OUTPUT_FORMAT = f"pcm_{SAMPLE_RATE}"
# USD per character, by model (API pay-as-you-go rates).
PRICE_PER_CHARACTER = {
    "eleven_multilingual_v2": 0.10 / 1000,
    "eleven_v3": 0.10 / 1000,
    "eleven_turbo_v2_5": 0.05 / 1000,
    "eleven_flash_v2_5": 0.05 / 1000,
    "eleven_turbo_v2": 0.05 / 1000,
    "eleven_flash_v2": 0.05 / 1000,
}
DEFAULT_PRICE_PER_CHARACTER = 0.10 / 1000
# ElevenLabs' spec (`language_code`): "Currently only Turbo v2.5 and Flash v2.5 support language
# enforcement. For other models, an error will be returned if language code is provided."
MODELS_WITH_LANGUAGE_CODE = frozenset({"eleven_turbo_v2_5", "eleven_flash_v2_5"})


def character_anchors(text: str, alignment: dict[str, Any]) -> list[tuple[int, float]]:
    """(position in `text`, ms) of every aligned letter or digit, matched to `text` in order.

    Punctuation and spaces are matched but give no anchor: their time is the pause around a word."""
    characters = alignment.get("characters") or []
    starts = alignment.get("character_start_times_seconds") or []
    anchors: list[tuple[int, float]] = []
    cursor = 0
    for character, start in zip(characters, starts, strict=False):
        if not isinstance(character, str) or not character or character.isspace():
            continue
        found = text.find(character, cursor, cursor + 8)
        if found < 0:
            continue
        if character.isalnum():
            anchors.append((found, float(start) * 1000))
        cursor = found + len(character)
    return anchors


class ElevenLabsNarrator:
    """Narrates with ElevenLabs; the character alignment gives every word's start."""

    name: ClassVar[str] = "elevenlabs"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es", "fr", "de", "it", "pt", "nl", "pl"})
    word_timings: ClassVar[bool] = True

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.elevenlabs
        key = required_key(options.api_key, "SPEECH_PROVIDER=elevenlabs needs ELEVENLABS_API_KEY")
        self._key = key
        self.voice_id = options.voice_id
        self.model = options.model
        self.base_url = options.base_url.rstrip("/")
        self.timeout = httpx.Timeout(options.timeout_seconds, connect=10.0)
        self._voices = shared_voice_list(self.name, self.base_url, key, self._fetch_voices)

    def has_voice(self, voice: str, language: str) -> bool | None:
        """Whether `voice` is the id of a voice of the account (`GET /v1/voices`, kept an hour); None
        while the list cannot be had."""
        names = self._voices.names()
        return None if names is None else voice in names

    def _fetch_voices(self) -> frozenset[str]:
        url, headers = f"{self.base_url}/v1/voices", {"xi-api-key": self._key}
        return fetch_voice_names(
            self.name, url, headers, self.timeout, field="voice_id", service="ElevenLabs"
        )

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text`; `request.voice` may be any ElevenLabs voice id."""
        stopwatch = Stopwatch()
        voice_id = request.voice or self.voice_id
        body: dict[str, Any] = {
            "text": request.text,
            "model_id": self.model,
            "voice_settings": {
                "stability": 0.6,
                "similarity_boost": 0.75,
                "speed": max(0.7, min(1.2, request.rate)),
            },
        }
        if self.model in MODELS_WITH_LANGUAGE_CODE:
            body["language_code"] = request.language.split("-")[0].lower()
        with mapped_http_errors(self.name), httpx.Client(timeout=self.timeout) as client:
            response = client.post(
                f"{self.base_url}/v1/text-to-speech/{voice_id}/with-timestamps",
                params={"output_format": OUTPUT_FORMAT},
                json=body,
                headers={"xi-api-key": self._key},
            )
        if not response.is_success:
            raise self._error(response)
        try:
            payload = response.json()
            audio = base64.b64decode(payload["audio_base64"], validate=True)
            alignment = payload.get("alignment") or {}
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise ProviderServerError(
                "ElevenLabs sent an answer without readable audio", provider=self.name
            ) from exc
        samples = pcm16(audio[: len(audio) // 2 * 2])
        if len(samples) == 0:
            raise ProviderServerError("ElevenLabs sent empty audio", provider=self.name)
        anchors = character_anchors(request.text, alignment)
        finished = finish_with_anchors(request.text, samples, SAMPLE_RATE, anchors)
        call = CallRecord(
            provider=self.name,
            prompt=request.text,
            model=self.model,
            cost_usd=len(request.text) * PRICE_PER_CHARACTER.get(self.model, DEFAULT_PRICE_PER_CHARACTER),
            duration_ms=stopwatch.elapsed_ms,
            details={
                "voice": voice_id,
                "language": request.language,
                "characters": len(request.text),
                "audio_ms": finished.duration_ms,
                "aligned_characters": len(anchors),
            },
        )
        return Narration(finished.mp3, finished.duration_ms, finished.words, call)

    def _error(self, response: httpx.Response) -> ProviderError:
        status, message = "", ""
        try:
            detail = response.json().get("detail")
        except (ValueError, AttributeError):
            detail = None
        if isinstance(detail, dict):
            status, message = str(detail.get("status", "")), str(detail.get("message", ""))
        elif isinstance(detail, list) and detail and isinstance(detail[0], dict):
            message = str(detail[0].get("msg", ""))
        if status == "quota_exceeded":
            return quota_error(self.name, response.status_code, "the plan's characters are used up")
        return error_for_status(self.name, response, f"{status}: {message}".strip(": ")[:300])
