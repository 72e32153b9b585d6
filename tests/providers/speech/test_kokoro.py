from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import ConfigurationError, ProviderBadRequestError
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.speech.builtin import phonemize
from storyloom.providers.speech.kokoro import KokoroNarrator, tokens_for
from storyloom.providers.speech.onnx_voice import PAUSE_BETWEEN_SENTENCES_MS, sentence_phonemes
from storyloom.providers.speech.timing import split_sentences
from tests.providers.speech.readalong import assert_read_along, decoded_duration_ms
from tests.providers.speech.tiny_onnx import KOKORO_SAMPLES_PER_TOKEN, tiny_kokoro

TEXT = "The stars are sleepy. Close your eyes, little bear."
FRENCH = "Les étoiles dorment. Bonne nuit, petit ours."


def vocab_for(*texts_and_voices: tuple[str, str]) -> dict[str, int]:
    symbols = set(" ,.!?")
    for text, voice in texts_and_voices:
        symbols |= set("".join(phonemize(text, voice)))
    return {symbol: index + 1 for index, symbol in enumerate(sorted(symbols))}


def install(
    folder: Path, *, voices: dict[str, np.ndarray] | None = None, token_input: str = "tokens"
) -> Path:
    model = tiny_kokoro(folder / "kokoro-v1.0.onnx", token_input=token_input)
    vocab = vocab_for((TEXT, "en-us"), (FRENCH, "fr"))
    (folder / "config.json").write_text(json.dumps({"vocab": vocab, "n_token": 178}), encoding="utf-8")
    styles = voices or {
        "af_heart": np.zeros((510, 1, 256), dtype=np.float32),
        "ff_siwis": np.zeros((510, 1, 256), dtype=np.float32),
    }
    with open(folder / "voices-v1.0.bin", "wb") as archive:
        np.savez(archive, **styles)  # type: ignore[arg-type]
    return model


def settings_for(path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("KOKORO_MODEL_PATH", str(path))
    return load_settings()


def token_count(text: str, espeak_voice: str) -> int:
    vocab = vocab_for((TEXT, "en-us"), (FRENCH, "fr"))
    return sum(
        len(piece) + 2
        for start, end in split_sentences(text)
        for piece in tokens_for(sentence_phonemes(text[start:end], espeak_voice), vocab)
    )


@pytest.mark.parametrize("token_input", ["tokens", "input_ids"], ids=["v1.0-inputs", "v0.19-inputs"])
def test_a_local_kokoro_model_narrates_with_a_timing_for_every_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, token_input: str
) -> None:
    narrator = KokoroNarrator(settings_for(install(tmp_path, token_input=token_input), monkeypatch))

    narration = narrator.narrate(SpeechRequest(text=TEXT, language="en"))

    speech_ms = token_count(TEXT, "en-us") * KOKORO_SAMPLES_PER_TOKEN * 1000 / 24000
    assert decoded_duration_ms(narration.mp3) == pytest.approx(
        speech_ms + PAUSE_BETWEEN_SENTENCES_MS + 50, abs=70
    )
    assert_read_along(narration.words, TEXT, narration.mp3, narration.duration_ms)
    assert narration.call.details["voice"] == "af_heart"


def test_each_language_uses_its_own_voice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    narrator = KokoroNarrator(settings_for(install(tmp_path), monkeypatch))

    narration = narrator.narrate(SpeechRequest(text=FRENCH, language="fr"))

    assert narration.call.details["voice"] == "ff_siwis"
    assert_read_along(narration.words, FRENCH, narration.mp3, narration.duration_ms)


@pytest.mark.parametrize(
    ("language", "voice"),
    [("es", None), ("de", None), ("en", "am_nobody")],
    ids=["voice-not-installed", "no-german", "unknown-voice"],
)
def test_a_voice_that_is_not_there_is_a_terminal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, voice: str | None
) -> None:
    narrator = KokoroNarrator(settings_for(install(tmp_path), monkeypatch))

    with pytest.raises(ProviderBadRequestError):
        narrator.narrate(SpeechRequest(text="Hola.", language=language, voice=voice))


def test_long_phoneme_strings_are_split_at_spaces_under_kokoros_limit() -> None:
    vocab = {"a": 1, " ": 2}

    pieces = tokens_for(" ".join(["aaaa"] * 150), vocab)

    assert [len(piece) for piece in pieces] == [510, 239]
    assert pieces[0][-1] == 2
    assert sum(piece.count(1) for piece in pieces) == 600


def test_missing_voices_stop_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = install(tmp_path)
    (tmp_path / "voices-v1.0.bin").unlink()

    with pytest.raises(ConfigurationError, match="KOKORO_MODEL_PATH: no voices"):
        KokoroNarrator(settings_for(model, monkeypatch))


def test_a_missing_vocab_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = install(tmp_path)
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")

    with pytest.raises(ConfigurationError, match="has no vocab"):
        KokoroNarrator(settings_for(model, monkeypatch))


def test_voices_are_checked_against_the_voices_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrator = KokoroNarrator(settings_for(install(tmp_path), monkeypatch))

    assert (narrator.has_voice("ff_siwis", "fr"), narrator.has_voice("am_nobody", "en")) == (True, False)
