"""OpenAI speech: the Realtime models (the default, `openai_realtime`) or the older `/audio/speech`
models through the official SDK, for as long as OpenAI serves them. Neither reports word timings, so
each sentence is synthesised on its own: the sentence's speech is found in its audio and its words
share that stretch by their length."""

from __future__ import annotations

import difflib
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar

from storyloom.config import Settings
from storyloom.errors import ProviderServerError
from storyloom.providers.base import CallRecord, Stopwatch, required_key
from storyloom.providers.openai_sdk import mapped_openai_errors, sdk_client
from storyloom.providers.speech.audio import Samples, finish_with_spans, join_sentences, pcm16
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.openai_realtime import RealtimeSpeaker, Spoken
from storyloom.providers.speech.openai_realtime import cost_usd as realtime_cost_usd
from storyloom.providers.speech.timing import split_sentences, split_words

SAMPLE_RATE = 24000
PAUSE_BETWEEN_SENTENCES_MS = 250
PARALLEL_SENTENCES = 4
# USD per character for the tts models, per minute of audio for gpt-4o-mini-tts.
PRICE_PER_CHARACTER = {"tts-1": 15e-6, "tts-1-hd": 30e-6}
PRICE_PER_MINUTE = {"gpt-4o-mini-tts": 0.015}
MODELS_WITH_INSTRUCTIONS = frozenset({"gpt-4o-mini-tts"})
# The built-in voices each model accepts (OpenAI has no endpoint that lists them): `/audio/speech`'s
# `voice` and the Realtime session's `audio.output.voice` in openai-openapi (commit f85dbe22,
# 2026-08-21: schemas CreateSpeechRequest and VoiceIdsShared), and the text-to-speech guide's voice
# options for tts-1 and tts-1-hd (read 2026-11-30).
REALTIME_VOICES = frozenset(
    {"alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"}
)
SPEECH_ENDPOINT_VOICES = REALTIME_VOICES | {"fable", "nova", "onyx"}
TTS_1_VOICES = frozenset({"alloy", "ash", "coral", "echo", "fable", "onyx", "nova", "sage", "shimmer"})
# Models served on `/v1/audio/speech` (all shut down on 2027-01-06); any other model is a Realtime one.
SPEECH_ENDPOINT_MODELS = ("gpt-4o-mini-tts", "tts-1")
# How closely the Realtime model's transcript must follow the sentence's words to count as read as
# written: low enough for "3" said as "three", high enough to catch an answer instead of a reading.
MIN_TRANSCRIPT_MATCH = 0.5


def uses_speech_endpoint(model: str) -> bool:
    """Whether `model` is one of the `/v1/audio/speech` models (their snapshots included)."""
    return model.startswith(SPEECH_ENDPOINT_MODELS)


def voices_for(model: str) -> frozenset[str]:
    """The built-in voices `model` accepts."""
    if model.startswith("tts-1"):
        return TTS_1_VOICES
    return SPEECH_ENDPOINT_VOICES if uses_speech_endpoint(model) else REALTIME_VOICES


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
        options = settings.providers.openai
        key = required_key(options.api_key, "SPEECH_PROVIDER=openai needs OPENAI_API_KEY")
        self.model = options.speech_model
        self.voice = options.voice
        self.client = sdk_client(key, options.base_url, options.timeout_seconds)
        self.realtime = RealtimeSpeaker(self.name, key, options.base_url, self.model, options.timeout_seconds)

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
        """Whether `voice` is one of the built-in voices of the configured model."""
        return voice in voices_for(self.model)

    def _speak_endpoint(self, sentence: str, request: SpeechRequest) -> Spoken:
        with mapped_openai_errors(self.name):
            response = self.client.audio.speech.create(**self._body(sentence, request))
        audio = response.content
        if "json" in response.response.headers.get("content-type", "") or len(audio) < 2:
            raise ProviderServerError("OpenAI sent no audio for a sentence", provider=self.name)
        return Spoken(audio, sentence)

    def _speak_realtime(self, sentence: str, request: SpeechRequest) -> Spoken:
        spoken = self.realtime.speak(sentence, request.voice or self.voice, request.rate, request.language)
        if len(spoken.pcm) < 2:
            raise ProviderServerError("OpenAI sent no audio for a sentence", provider=self.name)
        if spoken.transcript and transcript_match(sentence, spoken.transcript) < MIN_TRANSCRIPT_MATCH:
            raise ProviderServerError(
                "OpenAI's voice said something other than the sentence it was given", provider=self.name
            )
        return spoken

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text`; `request.voice` may be any voice of the configured model."""
        stopwatch = Stopwatch()
        sentences = split_sentences(request.text)
        endpoint = uses_speech_endpoint(self.model)
        speak_one = self._speak_endpoint if endpoint else self._speak_realtime

        def speak(span: tuple[int, int]) -> Spoken:
            return speak_one(request.text[span[0] : span[1]], request)

        with ThreadPoolExecutor(max_workers=PARALLEL_SENTENCES) as pool:
            spoken = list(pool.map(speak, sentences))
        clips: list[Samples] = [pcm16(part.pcm[: len(part.pcm) // 2 * 2]) for part in spoken]
        samples, spans = join_sentences(sentences, clips, SAMPLE_RATE, PAUSE_BETWEEN_SENTENCES_MS)
        finished = finish_with_spans(request.text, samples, SAMPLE_RATE, spans)
        characters = sum(end - start for start, end in sentences)
        details: dict[str, Any] = {
            "voice": request.voice or self.voice,
            "language": request.language,
            "characters": characters,
            "sentences": len(sentences),
            "audio_ms": finished.duration_ms,
        }
        if endpoint:
            cost = cost_usd(self.model, characters, finished.duration_ms)
        else:
            cost = sum(realtime_cost_usd(self.model, part.usage) for part in spoken)
            details["audio_tokens"] = sum(
                int((part.usage.get("output_token_details") or {}).get("audio_tokens") or 0)
                for part in spoken
            )
        call = CallRecord(
            provider=self.name,
            prompt=request.text,
            model=self.model,
            cost_usd=cost,
            duration_ms=stopwatch.elapsed_ms,
            details=details,
        )
        return Narration(finished.mp3, finished.duration_ms, finished.words, call)


def transcript_match(sentence: str, transcript: str) -> float:
    """How closely the words of `transcript` follow those of `sentence` (0 to 1, case and
    punctuation ignored)."""
    expected = [word.text.lower() for word in split_words(sentence)]
    heard = [word.text.lower() for word in split_words(transcript)]
    return difflib.SequenceMatcher(a=expected, b=heard, autojunk=False).ratio()
