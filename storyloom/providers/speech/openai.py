"""OpenAI speech (`/audio/speech`) through the official SDK. It reports no timings, so each sentence is
synthesised on its own: the sentence's speech is found in its audio and its words share that stretch
by their length."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar

from storyloom.config import Settings
from storyloom.errors import ConfigurationError, ProviderServerError
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.openai_sdk import mapped_openai_errors, sdk_client
from storyloom.providers.speech.audio import Samples, finish_with_spans, join_sentences, pcm16
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.timing import split_sentences

SAMPLE_RATE = 24000
PAUSE_BETWEEN_SENTENCES_MS = 250
PARALLEL_SENTENCES = 4
# USD per character for the tts models, per minute of audio for gpt-4o-mini-tts.
PRICE_PER_CHARACTER = {"tts-1": 15e-6, "tts-1-hd": 30e-6}
PRICE_PER_MINUTE = {"gpt-4o-mini-tts": 0.015}
MODELS_WITH_INSTRUCTIONS = frozenset({"gpt-4o-mini-tts"})
# OpenAI's built-in voices (its API has no endpoint that lists them).
VOICE_NAMES = frozenset(
    {
        "alloy",
        "ash",
        "ballad",
        "coral",
        "echo",
        "fable",
        "nova",
        "onyx",
        "sage",
        "shimmer",
        "verse",
        "marin",
        "cedar",
    }
)
INSTRUCTIONS = "Read this picture book aloud to a young child: warm, gentle, unhurried, clearly articulated."


def cost_usd(model: str, characters: int, audio_ms: int) -> float:
    """What OpenAI charges for `characters` of input that made `audio_ms` of speech with `model`."""
    if model in PRICE_PER_MINUTE:
        return PRICE_PER_MINUTE[model] * audio_ms / 60000
    return PRICE_PER_CHARACTER.get(model, PRICE_PER_CHARACTER["tts-1-hd"]) * characters


class OpenAINarrator:
    """Narrates with OpenAI's speech models, one request per sentence, timings placed by length."""

    name: ClassVar[str] = "openai"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es", "fr", "de", "it", "pt", "nl", "pl"})
    word_timings: ClassVar[bool] = False

    def __init__(self, settings: Settings) -> None:
        providers = settings.providers
        key = providers.openai_api_key.get_secret_value()
        if not key:
            raise ConfigurationError("SPEECH_PROVIDER=openai needs OPENAI_API_KEY")
        self.model = providers.openai_speech_model
        self.voice = providers.openai_voice
        self.client = sdk_client(key, providers.openai_base_url, providers.timeout_seconds)

    def _body(self, sentence: str, request: SpeechRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "input": sentence,
            "voice": request.voice or self.voice,
            "response_format": "pcm",
        }
        if self.model in MODELS_WITH_INSTRUCTIONS:
            body["instructions"] = INSTRUCTIONS
        else:
            body["speed"] = max(0.25, min(4.0, request.rate))
        return body

    def has_voice(self, voice: str, language: str) -> bool:
        """Whether `voice` is one of OpenAI's built-in voices."""
        return voice in VOICE_NAMES

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text`; `request.voice` may be any OpenAI voice name."""
        stopwatch = Stopwatch()
        sentences = split_sentences(request.text)

        def speak(span: tuple[int, int]) -> Samples:
            sentence = request.text[span[0] : span[1]]
            with mapped_openai_errors(self.name):
                response = self.client.audio.speech.create(**self._body(sentence, request))
            audio = response.content
            if "json" in response.response.headers.get("content-type", "") or len(audio) < 2:
                raise ProviderServerError("OpenAI sent no audio for a sentence", provider=self.name)
            return pcm16(audio[: len(audio) // 2 * 2])

        with ThreadPoolExecutor(max_workers=PARALLEL_SENTENCES) as pool:
            clips = list(pool.map(speak, sentences))
        samples, spans = join_sentences(sentences, clips, SAMPLE_RATE, PAUSE_BETWEEN_SENTENCES_MS)
        finished = finish_with_spans(request.text, samples, SAMPLE_RATE, spans)
        characters = sum(end - start for start, end in sentences)
        call = CallRecord(
            provider=self.name,
            prompt=request.text,
            model=self.model,
            cost_usd=cost_usd(self.model, characters, finished.duration_ms),
            duration_ms=stopwatch.elapsed_ms,
            details={
                "voice": request.voice or self.voice,
                "language": request.language,
                "characters": characters,
                "sentences": len(sentences),
                "audio_ms": finished.duration_ms,
            },
        )
        return Narration(finished.mp3, finished.duration_ms, finished.words, call)
