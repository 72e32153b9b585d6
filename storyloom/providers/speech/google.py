"""Google Cloud Text-to-Speech (v1beta1 `text:synthesize`): SSML with a `<mark>` before every word
and `enableTimePointing`, so the answer carries the time each word begins.

The service takes at most 5,000 bytes of input per request, and the marks make SSML about 25 bytes
longer per word, so a long page is sent as several requests cut at sentence bounds (at word bounds
inside a sentence too long on its own); their audio is joined and each word's time moved by the
length of the audio before it."""

from __future__ import annotations

import base64
import binascii
from typing import Any, ClassVar
from xml.sax.saxutils import escape

import httpx
import numpy as np

from storyloom.config import Settings
from storyloom.errors import ConfigurationError, ProviderBadRequestError, ProviderServerError
from storyloom.providers.base import CallRecord, Stopwatch, check_response, mapped_http_errors
from storyloom.providers.speech.audio import finish_with_anchors, pcm16, read_wav
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.timing import Word, split_sentences, split_words
from storyloom.providers.speech.voicelist import fetch_voice_names, shared_voice_list

SAMPLE_RATE = 24000
DEFAULT_VOICES = {
    "en": "en-US-Wavenet-F",
    "es": "es-ES-Wavenet-C",
    "fr": "fr-FR-Wavenet-C",
    "de": "de-DE-Wavenet-C",
}
# USD per character billed (the whole SSML input), by voice family.
PRICE_PER_CHARACTER = {
    "Standard": 4e-6,
    "Wavenet": 16e-6,
    "Neural2": 16e-6,
    "Polyglot": 16e-6,
    "News": 16e-6,
    "Studio": 160e-6,
    "Chirp3-HD": 30e-6,
    "Chirp-HD": 30e-6,
}
DEFAULT_PRICE_PER_CHARACTER = 16e-6
MAX_INPUT_BYTES = 5000
# Room under the service's limit for what we do not count exactly (the service's own accounting).
REQUEST_BYTE_BUDGET = MAX_INPUT_BYTES - 200


def voice_family(voice: str) -> str:
    """The pricing family of a voice name such as "en-US-Wavenet-F" (here "Wavenet")."""
    for family in sorted(PRICE_PER_CHARACTER, key=len, reverse=True):
        if f"-{family}-" in voice:
            return family
    return "Wavenet"


def marked_ssml(text: str, span: tuple[int, int] | None = None) -> str:
    """`text[start:end]` (all of it by default) as SSML with `<mark name="wN"/>` before the N-th word
    of the whole `text`, so the marks of several requests name the page's words."""
    start, end = span if span is not None else (0, len(text))
    parts = ["<speak>"]
    position = start
    for index, word in enumerate(split_words(text)):
        if word.start < start or word.end > end:
            continue
        parts.append(escape(text[position : word.start]))
        parts.append(f'<mark name="w{index}"/>{escape(word.text)}')
        position = word.end
    parts.append(escape(text[position:end]))
    parts.append("</speak>")
    return "".join(parts)


def _ssml_bytes(text: str, span: tuple[int, int]) -> int:
    return len(marked_ssml(text, span).encode())


def request_spans(text: str, budget: int = REQUEST_BYTE_BUDGET) -> list[tuple[int, int]]:
    """Character spans of `text`, cut at sentence bounds, whose marked SSML each fits in `budget` bytes.

    A sentence too long on its own is cut between words."""
    pieces: list[tuple[int, int]] = []
    for sentence in split_sentences(text) or [(0, len(text))]:
        if _ssml_bytes(text, sentence) <= budget:
            pieces.append(sentence)
        else:
            pieces.extend(_word_spans(text, sentence, budget))
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        if spans and _ssml_bytes(text, (spans[-1][0], piece[1])) <= budget:
            spans[-1] = (spans[-1][0], piece[1])
        else:
            spans.append(piece)
    return spans


def _word_spans(text: str, sentence: tuple[int, int], budget: int) -> list[tuple[int, int]]:
    words: list[Word] = [w for w in split_words(text) if sentence[0] <= w.start and w.end <= sentence[1]]
    spans: list[tuple[int, int]] = []
    for word in words:
        if spans and _ssml_bytes(text, (spans[-1][0], word.end)) <= budget:
            spans[-1] = (spans[-1][0], word.end)
        else:
            spans.append((word.start, word.end))
    if spans:
        spans[-1] = (spans[-1][0], sentence[1])
    return spans


class GoogleNarrator:
    """Narrates with Google Cloud Text-to-Speech; every word's start comes back as a timepoint."""

    name: ClassVar[str] = "google"
    languages: ClassVar[frozenset[str]] = frozenset(DEFAULT_VOICES)
    word_timings: ClassVar[bool] = True

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.google_speech
        key = options.key
        if not key:
            raise ConfigurationError(
                "SPEECH_PROVIDER=google needs GOOGLE_TTS_API_KEY (or GOOGLE_AI_API_KEY), "
                "a key with the Text-to-Speech API enabled"
            )
        self._key = key
        self.voice = options.voice
        self.base_url = options.base_url.rstrip("/")
        self.timeout = httpx.Timeout(options.timeout_seconds, connect=10.0)
        self._voices = shared_voice_list(self.name, self.base_url, key, self._fetch_voices)

    def has_voice(self, voice: str, language: str) -> bool | None:
        """Whether `voice` is in the account's list of Google voices (`GET v1/voices`, kept an hour);
        None while the list cannot be had."""
        names = self._voices.names()
        return None if names is None else voice in names

    def _fetch_voices(self) -> frozenset[str]:
        url, headers = f"{self.base_url}/v1/voices", {"X-Goog-Api-Key": self._key}
        service = "Google Text-to-Speech"
        return fetch_voice_names(self.name, url, headers, self.timeout, field="name", service=service)

    def _voice_for(self, request: SpeechRequest) -> str:
        language = request.language.split("-")[0].lower()
        if request.voice:
            return request.voice
        if self.voice and self.voice.split("-")[0].lower() == language:
            return self.voice
        voice = DEFAULT_VOICES.get(language)
        if voice is None:
            raise ProviderBadRequestError(
                f"no Google voice is set for {request.language!r}", provider=self.name
            )
        return voice

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text`; `request.voice` may name any Google voice that supports SSML marks."""
        stopwatch = Stopwatch()
        voice = self._voice_for(request)
        spans = request_spans(request.text)
        pieces: list[Any] = []
        anchors: list[tuple[int, float]] = []
        characters = 0
        offset_ms = 0.0
        rates: set[int] = set()
        with mapped_http_errors(self.name), httpx.Client(timeout=self.timeout) as client:
            for span in spans:
                ssml = marked_ssml(request.text, span)
                characters += len(ssml)
                response = client.post(
                    f"{self.base_url}/v1beta1/text:synthesize",
                    json=self._body(ssml, voice, request),
                    headers={"X-Goog-Api-Key": self._key},
                )
                check_response(self.name, response)
                samples, rate, found = self._parse(response, request.text)
                rates.add(rate)
                pieces.append(samples)
                anchors.extend((position, offset_ms + ms) for position, ms in found)
                offset_ms += len(samples) * 1000 / rate
        if len(rates) > 1:
            raise ProviderServerError(
                "Google Text-to-Speech answered a page's requests at different sample rates",
                provider=self.name,
            )
        finished = finish_with_anchors(request.text, np.concatenate(pieces), rates.pop(), anchors)
        family = voice_family(voice)
        call = CallRecord(
            provider=self.name,
            prompt=request.text,
            model=voice,
            cost_usd=characters * PRICE_PER_CHARACTER.get(family, DEFAULT_PRICE_PER_CHARACTER),
            duration_ms=stopwatch.elapsed_ms,
            details={
                "voice": voice,
                "voice_family": family,
                "language": request.language,
                "characters": characters,
                "requests": len(spans),
                "audio_ms": finished.duration_ms,
                "reported_words": len(anchors),
            },
        )
        return Narration(finished.mp3, finished.duration_ms, finished.words, call)

    @staticmethod
    def _body(ssml: str, voice: str, request: SpeechRequest) -> dict[str, Any]:
        return {
            "input": {"ssml": ssml},
            "voice": {"languageCode": "-".join(voice.split("-")[:2]), "name": voice},
            "audioConfig": {
                "audioEncoding": "LINEAR16",
                "sampleRateHertz": SAMPLE_RATE,
                "speakingRate": max(0.25, min(4.0, request.rate)),
            },
            "enableTimePointing": ["SSML_MARK"],
        }

    def _parse(self, response: httpx.Response, text: str) -> tuple[Any, int, list[tuple[int, float]]]:
        try:
            payload = response.json()
            audio = base64.b64decode(payload["audioContent"], validate=True)
            timepoints = payload.get("timepoints") or []
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise ProviderServerError(
                "Google Text-to-Speech sent an answer without readable audio", provider=self.name
            ) from exc
        if audio[:4] == b"RIFF":
            try:
                samples, rate = read_wav(audio)
            except (ValueError, EOFError) as exc:
                raise ProviderServerError(
                    "Google Text-to-Speech sent unreadable WAV", provider=self.name
                ) from exc
        else:
            samples, rate = pcm16(audio[: len(audio) // 2 * 2]), SAMPLE_RATE
        if len(samples) == 0:
            raise ProviderServerError("Google Text-to-Speech sent empty audio", provider=self.name)
        words = split_words(text)
        anchors = []
        for point in timepoints:
            name = str(point.get("markName", ""))
            if name.startswith("w") and name[1:].isdigit() and int(name[1:]) < len(words):
                anchors.append((words[int(name[1:])].start, float(point.get("timeSeconds", 0.0)) * 1000))
        return samples, rate, anchors
