from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyloom.config import Settings, load_settings
from storyloom.errors import ConfigurationError, ProviderBadRequestError
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.speech.builtin import phonemize
from storyloom.providers.speech.onnx_voice import PAUSE_BETWEEN_SENTENCES_MS, sentence_phonemes
from storyloom.providers.speech.piper import PiperNarrator, phoneme_ids
from storyloom.providers.speech.timing import split_sentences
from tests.providers.speech.readalong import assert_read_along, decoded_duration_ms
from tests.providers.speech.tiny_onnx import PIPER_SAMPLES_PER_ID, tiny_piper

TEXT = "The owl hooted softly. Goodnight, little mouse!"
RATE = 22050


def id_map_for(*texts_and_voices: tuple[str, str]) -> dict[str, list[int]]:
    symbols = set(" ,.!?")
    for text, voice in texts_and_voices:
        symbols |= set("".join(phonemize(text, voice)))
    ids: dict[str, list[int]] = {"_": [0], "^": [1], "$": [2]}
    for index, symbol in enumerate(sorted(symbols)):
        ids[symbol] = [3 + index]
    return ids


def write_voice(folder: Path, name: str, espeak_voice: str, code: str, text: str, speakers: int = 0) -> Path:
    model = tiny_piper(folder / f"{name}.onnx", rate=RATE, with_speaker=speakers > 1)
    config = {
        "audio": {"sample_rate": RATE, "quality": "medium"},
        "espeak": {"voice": espeak_voice},
        "language": {"code": code},
        "inference": {"noise_scale": 0.667, "length_scale": 1, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_id_map": id_map_for((text, espeak_voice)),
        "num_speakers": max(1, speakers),
        "speaker_id_map": {f"reader{n}": n for n in range(speakers)} if speakers > 1 else {},
    }
    (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    return model


def settings_for(path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("PIPER_MODEL_PATH", str(path))
    return load_settings()


def test_phoneme_ids_follow_pipers_layout() -> None:
    id_map = {"_": [0], "^": [1], "$": [2], "a": [5], "b": [6], " ": [3]}

    assert phoneme_ids("ab a?", id_map) == [1, 0, 5, 0, 6, 0, 3, 0, 5, 0, 2]


def test_a_local_piper_voice_narrates_with_a_timing_for_every_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a Piper voice on disk
    model = write_voice(tmp_path, "en_US-tiny-medium", "en-us", "en_US", TEXT)
    narrator = PiperNarrator(settings_for(model, monkeypatch))

    # when it narrates two sentences
    narration = narrator.narrate(SpeechRequest(text=TEXT, language="en"))

    # then the model ran on each sentence's phoneme ids and the words are timed within the speech
    id_map = id_map_for((TEXT, "en-us"))
    ids = [
        phoneme_ids(sentence_phonemes(TEXT[start:end], "en-us"), id_map)
        for start, end in split_sentences(TEXT)
    ]
    speech_ms = sum(len(sentence) for sentence in ids) * PIPER_SAMPLES_PER_ID * 1000 / RATE
    assert decoded_duration_ms(narration.mp3) == pytest.approx(
        speech_ms + PAUSE_BETWEEN_SENTENCES_MS + 50, abs=70
    )
    assert_read_along(narration.words, TEXT, narration.mp3, narration.duration_ms)
    assert narration.words[4].word == "Goodnight"
    assert narration.words[4].start_ms > narration.words[3].end_ms
    assert narration.call.model == "en_US-tiny-medium.onnx"
    assert narration.call.cost_usd == 0.0


def test_a_folder_of_voices_gives_each_language_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spanish = "La luna brilla. ¡Buenas noches!"
    write_voice(tmp_path, "en_US-tiny", "en-us", "en_US", TEXT)
    write_voice(tmp_path, "es_ES-tiny", "es", "es_ES", spanish)
    narrator = PiperNarrator(settings_for(tmp_path, monkeypatch))

    english = narrator.narrate(SpeechRequest(text=TEXT, language="en"))
    castellano = narrator.narrate(SpeechRequest(text=spanish, language="es"))

    assert english.call.details["voice"] == "en_US-tiny"
    assert castellano.call.details["voice"] == "es_ES-tiny"
    assert_read_along(castellano.words, spanish, castellano.mp3, castellano.duration_ms)
    with pytest.raises(ProviderBadRequestError, match="no Piper voice for 'de'"):
        narrator.narrate(SpeechRequest(text="Gute Nacht.", language="de"))


def test_a_multi_speaker_voice_takes_the_named_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = write_voice(tmp_path, "en_US-many", "en-us", "en_US", TEXT, speakers=4)
    narrator = PiperNarrator(settings_for(model, monkeypatch))

    chosen = narrator.narrate(SpeechRequest(text=TEXT, language="en", voice="reader3"))
    default = narrator.narrate(SpeechRequest(text=TEXT, language="en"))

    assert chosen.call.details["speaker"] == 3
    assert default.call.details["speaker"] == 0


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda folder: folder / "missing.onnx", "does not name a model file"),
        (lambda folder: folder, "holds no .onnx voice"),
        (lambda folder: tiny_piper(folder / "voice.onnx"), "voice.onnx.json is missing"),
    ],
    ids=["missing-file", "empty-folder", "no-config"],
)
def test_a_bad_model_path_stops_start_up_naming_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: object, message: str
) -> None:
    path = setup(tmp_path)  # type: ignore[operator]

    with pytest.raises(ConfigurationError, match="PIPER_MODEL_PATH") as raised:
        PiperNarrator(settings_for(path, monkeypatch))

    assert message in str(raised.value)


def test_a_file_that_is_not_onnx_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_voice(tmp_path, "voice", "en-us", "en_US", TEXT)
    (tmp_path / "voice.onnx").write_bytes(b"this is not a model")

    with pytest.raises(ConfigurationError, match="is not a loadable ONNX model"):
        PiperNarrator(settings_for(tmp_path / "voice.onnx", monkeypatch))


def test_voices_are_checked_against_the_models_speakers_when_its_config_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_voice(tmp_path, "en_US-many", "en-us", "en_US", TEXT, speakers=4)
    write_voice(tmp_path, "es_ES-tiny", "es", "es_ES", "La luna brilla.")
    narrator = PiperNarrator(settings_for(tmp_path, monkeypatch))

    assert narrator.has_voice("reader3", "en") is True
    assert narrator.has_voice("reader9", "en-US") is False
    assert narrator.has_voice("anything", "es") is None  # one voice, no speaker names: accepted
