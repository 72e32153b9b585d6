"""Kokoro (82M, ONNX) run locally with onnxruntime.

KOKORO_MODEL_PATH names the model (e.g. `kokoro-v1.0.onnx`); beside it must be the voice styles
(`voices*.bin` or `voices*.npz`, a NumPy archive of one (N, 1, 256) array per voice) and the model's
`config.json`, whose `vocab` maps IPA symbols to token ids.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from storyloom.config import Settings
from storyloom.errors import ConfigurationError, ProviderBadRequestError
from storyloom.providers.speech.audio import Samples, float_to_pcm
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.onnx_voice import (
    narrate_locally,
    open_session,
    sentence_phonemes,
)

VARIABLE = "KOKORO_MODEL_PATH"
SAMPLE_RATE = 24000
MAX_TOKENS = 510
# The default voice and the espeak-ng phoneme voice for each language Kokoro speaks.
DEFAULT_VOICES = {"en": "af_heart", "es": "ef_dora", "fr": "ff_siwis", "it": "if_sara", "pt": "pf_dora"}
ESPEAK_VOICES = {"en": "en-us", "es": "es", "fr": "fr", "it": "it", "pt": "pt-br"}


def tokens_for(phonemes: str, vocab: dict[str, int]) -> list[list[int]]:
    """Token ids of a phoneme string, in pieces of at most 510 broken at spaces (Kokoro's limit)."""
    ids = [vocab[symbol] for symbol in phonemes if symbol in vocab]
    space = vocab.get(" ")
    pieces: list[list[int]] = []
    while len(ids) > MAX_TOKENS:
        cut = max((i for i in range(MAX_TOKENS) if ids[i] == space), default=MAX_TOKENS - 1) + 1
        pieces.append(ids[:cut])
        ids = ids[cut:]
    pieces.append(ids)
    return [piece for piece in pieces if piece]


class KokoroNarrator:
    """Narrates with a local Kokoro model; no timings from the model, so words are placed by length."""

    name: ClassVar[str] = "kokoro"
    languages: ClassVar[frozenset[str]] = frozenset(DEFAULT_VOICES)
    word_timings: ClassVar[bool] = False

    def __init__(self, settings: Settings) -> None:
        location = settings.providers.kokoro.model_path
        if not location:
            raise ConfigurationError(f"SPEECH_PROVIDER=kokoro needs {VARIABLE} (the kokoro .onnx model)")
        self.path = Path(location).expanduser()
        self.session = open_session(self.path, VARIABLE)
        folder = self.path.parent
        try:
            self.vocab = {
                str(k): int(v) for k, v in json.loads((folder / "config.json").read_text())["vocab"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigurationError(
                f"{VARIABLE}: {folder / 'config.json'} is missing or has no vocab ({type(exc).__name__})"
            ) from None
        self.voices = self._load_voices(folder)
        self.token_input = (
            "input_ids" if "input_ids" in {i.name for i in self.session.get_inputs()} else "tokens"
        )

    @staticmethod
    def _load_voices(folder: Path) -> dict[str, np.ndarray]:
        candidates = sorted([*folder.glob("voices*.bin"), *folder.glob("voices*.npz")])
        if not candidates:
            raise ConfigurationError(
                f"{VARIABLE}: no voices*.bin or voices*.npz beside the model in {folder}"
            )
        try:
            with np.load(candidates[0], allow_pickle=False) as archive:
                voices = {name: np.asarray(archive[name], dtype=np.float32) for name in archive.files}
        except (OSError, ValueError, zipfile.BadZipFile) as exc:
            raise ConfigurationError(
                f"{VARIABLE}: {candidates[0]} is not a Kokoro voice archive ({type(exc).__name__})"
            ) from None
        if not voices or any(style.shape[-1] != 256 for style in voices.values()):
            raise ConfigurationError(f"{VARIABLE}: {candidates[0]} holds no (N, 1, 256) voice styles")
        return voices

    def _speak(self, sentence: str, language: str, voice: str, rate: float) -> Samples:
        styles = self.voices[voice]
        clips = []
        for tokens in tokens_for(sentence_phonemes(sentence, ESPEAK_VOICES[language]), self.vocab):
            style = styles[min(len(tokens), len(styles) - 1)].reshape(1, -1)
            inputs: dict[str, Any] = {
                self.token_input: np.array([[0, *tokens, 0]], dtype=np.int64),
                "style": style.astype(np.float32),
                "speed": np.array([rate], dtype=np.float32),
            }
            (audio, *_) = self.session.run(None, inputs)
            clips.append(float_to_pcm(audio))
        return np.concatenate(clips) if clips else np.zeros(0, dtype=np.int16)

    def has_voice(self, voice: str, language: str) -> bool:
        """Whether `voice` is one of the voices archive beside the model."""
        return voice in self.voices

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text`; `request.voice` may name any voice in the voices archive."""
        language = request.language.split("-")[0].lower()
        voice = request.voice or DEFAULT_VOICES.get(language, "")
        if language not in ESPEAK_VOICES or voice not in self.voices:
            raise ProviderBadRequestError(
                f"Kokoro has no voice {voice!r} for {request.language!r} in the voices archive",
                provider=self.name,
            )
        return narrate_locally(
            self.name,
            request,
            SAMPLE_RATE,
            lambda sentence: self._speak(sentence, language, voice, request.rate),
            model=self.path,
            failure="the Kokoro model",
            details={"voice": voice},
        )
