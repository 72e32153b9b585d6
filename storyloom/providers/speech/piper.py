"""Piper voices (VITS models exported to ONNX) run locally with onnxruntime.

PIPER_MODEL_PATH names one `voice.onnx` or a folder of them, each with its `voice.onnx.json` config
beside it (as Piper publishes them). The config gives the language, the espeak-ng voice used for
phonemes, the phoneme ids, the sample rate and the inference scales.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
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

VARIABLE = "PIPER_MODEL_PATH"
PAD, BOS, EOS = "_", "^", "$"


def phoneme_ids(phonemes: str, id_map: dict[str, list[int]]) -> list[int]:
    """Piper's ids for a phoneme string: start, then each known phoneme followed by padding, then end."""
    ids = [*id_map[BOS], *id_map[PAD]]
    for symbol in unicodedata.normalize("NFD", phonemes):
        if symbol in id_map:
            ids.extend(id_map[symbol])
            ids.extend(id_map[PAD])
    ids.extend(id_map[EOS])
    return ids


@dataclass
class PiperModel:
    """One Piper voice on disk and its onnxruntime session."""

    path: Path
    language: str
    espeak_voice: str
    sample_rate: int
    id_map: dict[str, list[int]]
    scales: tuple[float, float, float]
    speakers: dict[str, int]
    session: Any

    @classmethod
    def load(cls, path: Path) -> PiperModel:
        config_path = path.with_name(path.name + ".json")
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
            espeak_voice = str(config["espeak"]["voice"])
            code = str(config.get("language", {}).get("code") or espeak_voice)
            inference = config.get("inference", {})
            id_map = {str(k): [int(i) for i in v] for k, v in config["phoneme_id_map"].items()}
            model = cls(
                path=path,
                language=code.replace("_", "-").split("-")[0].lower(),
                espeak_voice=espeak_voice,
                sample_rate=int(config["audio"]["sample_rate"]),
                id_map=id_map,
                scales=(
                    float(inference.get("noise_scale", 0.667)),
                    float(inference.get("length_scale", 1.0)),
                    float(inference.get("noise_w", 0.8)),
                ),
                speakers={str(k): int(v) for k, v in (config.get("speaker_id_map") or {}).items()},
                session=None,
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigurationError(
                f"{VARIABLE}: {config_path} is missing or is not a Piper voice config ({type(exc).__name__})"
            ) from None
        if not all(symbol in id_map for symbol in (PAD, BOS, EOS)):
            raise ConfigurationError(f"{VARIABLE}: {config_path} has no _, ^ and $ in its phoneme_id_map")
        model.session = open_session(path, VARIABLE)
        return model

    def speak(self, sentence: str, rate: float, speaker: int | None) -> Samples:
        ids = phoneme_ids(sentence_phonemes(sentence, self.espeak_voice), self.id_map)
        noise, length, noise_w = self.scales
        inputs: dict[str, Any] = {
            "input": np.array([ids], dtype=np.int64),
            "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": np.array([noise, length / max(rate, 0.1), noise_w], dtype=np.float32),
        }
        if speaker is not None:
            inputs["sid"] = np.array([speaker], dtype=np.int64)
        names = {model_input.name for model_input in self.session.get_inputs()}
        (audio, *_) = self.session.run(None, {k: v for k, v in inputs.items() if k in names})
        return float_to_pcm(audio)


class PiperNarrator:
    """Narrates with local Piper voices; no timings from the model, so words are placed by length."""

    name: ClassVar[str] = "piper"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es", "fr", "de", "it", "pt", "nl"})
    word_timings: ClassVar[bool] = False

    def __init__(self, settings: Settings) -> None:
        location = settings.providers.piper.model_path
        if not location:
            raise ConfigurationError(
                f"SPEECH_PROVIDER=piper needs {VARIABLE} (a voice.onnx or a folder of them)"
            )
        root = Path(location).expanduser()
        if not root.exists():
            raise ConfigurationError(f"{VARIABLE}={root} does not name a model file or folder on disk")
        paths = sorted(root.glob("*.onnx")) if root.is_dir() else [root]
        if not paths:
            raise ConfigurationError(f"{VARIABLE}={root} holds no .onnx voice")
        self.models: dict[str, PiperModel] = {}
        for path in paths:
            model = PiperModel.load(path)
            self.models.setdefault(model.language, model)

    def has_voice(self, voice: str, language: str) -> bool | None:
        """Whether `voice` is a speaker of the language's multi-speaker model (from its config's
        speaker_id_map); None (accepted) for a model of one voice, whose config names none."""
        model = self.models.get(language.split("-")[0].lower())
        if model is None or not model.speakers:
            return None
        return voice in model.speakers

    def narrate(self, request: SpeechRequest) -> Narration:
        """Speak `request.text` with the voice for its language; `request.voice` may name a speaker of a
        multi-speaker model."""
        language = request.language.split("-")[0].lower()
        model = self.models.get(language)
        if model is None:
            raise ProviderBadRequestError(
                f"no Piper voice for {request.language!r} in {VARIABLE}; "
                f"it has {', '.join(sorted(self.models))}",
                provider=self.name,
            )
        speaker = None
        if model.speakers:
            speaker = model.speakers.get(request.voice or "", min(model.speakers.values()))
        return narrate_locally(
            self.name,
            request,
            model.sample_rate,
            lambda sentence: model.speak(sentence, request.rate, speaker),
            model=model.path,
            failure="the Piper voice",
            details={"voice": model.path.stem, "speaker": speaker},
        )
