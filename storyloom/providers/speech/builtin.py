"""The built-in voice: espeak-ng from the `espeakng-loader` wheel, driven through ctypes in
synchronous mode. Its word events give exact timings; no key, no server, no download.

espeak-ng keeps process-global state and is not thread-safe, so the library is initialised once and
every synthesis holds one process-wide lock.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any, ClassVar

import espeakng_loader
import numpy as np

from storyloom.config import Settings
from storyloom.errors import ProviderBadRequestError, ProviderOutputError
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.speech.audio import finish_with_anchors
from storyloom.providers.speech.base import Narration, SpeechRequest

AUDIO_OUTPUT_SYNCHRONOUS = 2
INITIALIZE_DONT_EXIT = 0x8000
CHARS_UTF8 = 1
PHONEMES_IPA = 0x02
EVENT_LIST_TERMINATED = 0
EVENT_WORD = 1
PARAMETER_RATE = 1
PARAMETER_PITCH = 3
PARAMETER_RANGE = 4
NORMAL_WORDS_PER_MINUTE = 175

# A gentle female variant for every language: moderate pitch, a little room echo.
VOICES = {
    "en": "en-us+f4",
    "es": "es+f4",
    "fr": "fr+f4",
    "de": "de+f4",
    "it": "it+f4",
    "pt": "pt+f4",
    "nl": "nl+f4",
}


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


class _Voice(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_char_p),
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("spare", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


class _Espeak:
    """The one espeak-ng of the process. Callers must hold `lock` around every use."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.library = ctypes.CDLL(espeakng_loader.get_library_path())
        self.library.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.library.espeak_Initialize.restype = ctypes.c_int
        self.library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.library.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self.library.espeak_GetCurrentVoice.restype = ctypes.POINTER(_Voice)
        self.library.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self.library.espeak_TextToPhonemes.argtypes = [
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.c_int,
            ctypes.c_int,
        ]
        self.library.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        data_path = espeakng_loader.get_data_path().encode()
        self.sample_rate = self.library.espeak_Initialize(
            AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path, INITIALIZE_DONT_EXIT
        )
        if self.sample_rate <= 0:
            raise RuntimeError("espeak-ng could not be initialised from the espeakng-loader wheel")
        self._chunks: list[bytes] = []
        self._words: list[tuple[int, float]] = []
        self._callback = _Callback(self._on_synth)
        self.library.espeak_SetSynthCallback(self._callback)

    def _on_synth(self, wav: Any, count: int, events: Any) -> int:
        if wav and count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        index = 0
        while events[index].type != EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == EVENT_WORD:
                self._words.append((event.text_position - 1, event.sample * 1000 / self.sample_rate))
            index += 1
        return 0

    def select_voice(self, name: str) -> str:
        """Load the voice `name`; return espeak's identifier for what it loaded."""
        if self.library.espeak_SetVoiceByName(name.encode()) != 0:
            raise LookupError(name)
        voice = self.library.espeak_GetCurrentVoice().contents
        return (voice.identifier or b"").decode()

    def phonemes(self, text: str) -> list[str]:
        """IPA phonemes of `text` in the current voice's language, one string per clause."""
        buffer = ctypes.create_string_buffer(text.encode("utf-8"))
        pointer = ctypes.c_void_p(ctypes.addressof(buffer))
        clauses = []
        while pointer.value:
            result = self.library.espeak_TextToPhonemes(ctypes.byref(pointer), CHARS_UTF8, PHONEMES_IPA)
            if result:
                clauses.append(result.decode("utf-8"))
        return clauses

    def synthesise(self, text: str, words_per_minute: int) -> tuple[bytes, list[tuple[int, float]]]:
        """PCM (16-bit mono at `sample_rate`) and (character, ms) word events for `text`."""
        self.library.espeak_SetParameter(PARAMETER_RATE, words_per_minute, 0)
        self.library.espeak_SetParameter(PARAMETER_PITCH, 46, 0)
        self.library.espeak_SetParameter(PARAMETER_RANGE, 60, 0)
        self._chunks, self._words = [], []
        encoded = text.encode("utf-8")
        status = self.library.espeak_Synth(encoded, len(encoded) + 1, 0, 1, 0, CHARS_UTF8, None, None)
        if status != 0:
            raise RuntimeError(f"espeak_Synth failed with status {status}")
        return b"".join(self._chunks), list(self._words)


_engine: _Espeak | None = None
_engine_lock = threading.Lock()


def phonemize(text: str, voice: str) -> list[str]:
    """IPA phonemes of `text` as espeak-ng's `voice` says it, one string per clause (for neural voices
    trained on espeak-ng phonemes)."""
    engine = _espeak()
    with engine.lock:
        try:
            engine.select_voice(voice)
        except LookupError:
            raise ValueError(f"espeak-ng has no voice named {voice!r}") from None
        return engine.phonemes(text)


def _espeak() -> _Espeak:
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = _Espeak()
        return _engine


class EspeakNarrator:
    """Narrates with espeak-ng: a voice per language, slower than conversational speech by default."""

    name: ClassVar[str] = "builtin"
    languages: ClassVar[frozenset[str]] = frozenset(VOICES)
    word_timings: ClassVar[bool] = True

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def has_voice(self, voice: str, language: str) -> bool:
        """Whether espeak-ng has `voice` installed (a voice or a voice+variant, e.g. "en+m3")."""
        engine = _espeak()
        with engine.lock:
            try:
                engine.select_voice(voice)
            except LookupError:
                return False
        return True

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text`; `request.voice` may name any espeak-ng voice (e.g. "en+m3")."""
        stopwatch = Stopwatch()
        language = request.language.split("-")[0].lower()
        voice = request.voice or VOICES.get(language)
        if voice is None:
            raise ProviderBadRequestError(
                f"the built-in voice does not speak {request.language!r}; "
                f"it speaks {', '.join(sorted(VOICES))}",
                provider=self.name,
            )
        words_per_minute = max(80, min(450, round(NORMAL_WORDS_PER_MINUTE * request.rate)))
        engine = _espeak()
        with engine.lock:
            try:
                identifier = engine.select_voice(voice)
            except LookupError:
                raise ProviderBadRequestError(
                    f"espeak-ng has no voice named {voice!r}", provider=self.name
                ) from None
            try:
                pcm, events = engine.synthesise(request.text, words_per_minute)
            except RuntimeError as exc:
                raise ProviderOutputError(str(exc), provider=self.name) from exc
            rate = engine.sample_rate
        samples = np.frombuffer(pcm, dtype=np.int16)
        finished = finish_with_anchors(request.text, samples, rate, events)
        call = CallRecord(
            provider=self.name,
            prompt=request.text,
            model="espeak-ng",
            cost_usd=0.0,
            duration_ms=stopwatch.elapsed_ms,
            details={
                "voice": voice,
                "voice_identifier": identifier,
                "language": request.language,
                "words_per_minute": words_per_minute,
                "characters": len(request.text),
                "audio_ms": finished.duration_ms,
                "reported_words": len(events),
            },
        )
        return Narration(mp3=finished.mp3, duration_ms=finished.duration_ms, words=finished.words, call=call)
