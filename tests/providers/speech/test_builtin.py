from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from storyloom.errors import ProviderBadRequestError
from storyloom.providers.registry import provider_class
from storyloom.providers.speech.audio import decode_mp3, loudness_dbfs
from storyloom.providers.speech.base import SpeechProvider, SpeechRequest
from storyloom.providers.speech.builtin import EspeakNarrator
from tests.providers.speech.readalong import assert_read_along

PAGES = {
    "en": "Once upon a time, Mia's cat—Whiskers—found 12 shiny shells by the sea. “Wow!” she said.",
    "es": "Había una vez un niño pequeño que vivía junto al mar. ¿Verdad? ¡Sí, de verdad!",
    "fr": "Il était une fois une fée très gentille qui allait à l'école en chantant.",
    "de": "Über die Brücke läuft ein schöner Hund, und die Kinder lachen fröhlich.",
}
EXPECTED_VOICES = {
    "en": "gmw/en-US+f4",
    "es": "roa/es+f4",
    "fr": "roa/fr+f4",
    "de": "gmw/de+f4",
}


@pytest.fixture(scope="module")
def narrator() -> EspeakNarrator:
    return EspeakNarrator()


def test_the_builtin_voice_is_registered_as_a_speech_provider(narrator: EspeakNarrator) -> None:
    assert provider_class("speech", "builtin") is EspeakNarrator
    assert isinstance(narrator, SpeechProvider)


@pytest.mark.parametrize("language", sorted(PAGES), ids=sorted(PAGES))
def test_timings_cover_every_word_in_order_and_end_with_the_audio(
    narrator: EspeakNarrator, language: str
) -> None:
    # given a page in the language
    text = PAGES[language]

    # when it is narrated
    narration = narrator.narrate(SpeechRequest(text=text, language=language))

    # then every word is timed, in order, and the last ends with the MP3 a player decodes
    assert_read_along(narration.words, text, narration.mp3, narration.duration_ms)
    assert narration.words[0].start_ms == 50
    assert narration.call.provider == "builtin"
    assert narration.call.cost_usd == 0.0


@pytest.mark.parametrize("language", sorted(PAGES), ids=sorted(PAGES))
def test_each_language_is_spoken_in_its_own_voice(narrator: EspeakNarrator, language: str) -> None:
    narration = narrator.narrate(SpeechRequest(text=PAGES[language], language=language))

    assert narration.call.details["voice_identifier"] == EXPECTED_VOICES[language]
    assert narration.call.details["language"] == language


def test_the_same_text_sounds_different_in_another_language(narrator: EspeakNarrator) -> None:
    # given one spelling read by an English and a German voice
    text = "Hund und Katze spielen im Garten."

    english = narrator.narrate(SpeechRequest(text=text, language="en"))
    german = narrator.narrate(SpeechRequest(text=text, language="de"))

    # then the voices pronounce it differently: different audio, different word times
    assert english.mp3 != german.mp3
    assert [w.start_ms for w in english.words] != [w.start_ms for w in german.words]


def test_words_the_voice_does_not_report_are_interpolated_not_dropped(narrator: EspeakNarrator) -> None:
    # given text where espeak reports some words with no length (the dash-joined ones)
    text = "Mia's cat—Whiskers—purred."

    narration = narrator.narrate(SpeechRequest(text=text, language="en"))

    assert [word.word for word in narration.words] == ["Mia's", "cat", "Whiskers", "purred"]
    assert_read_along(narration.words, text, narration.mp3, narration.duration_ms)


def test_a_slower_rate_makes_longer_audio(narrator: EspeakNarrator) -> None:
    text = PAGES["en"]

    slow = narrator.narrate(SpeechRequest(text=text, language="en", rate=0.7))
    normal = narrator.narrate(SpeechRequest(text=text, language="en", rate=1.0))

    assert slow.call.details["words_per_minute"] == 122
    assert normal.call.details["words_per_minute"] == 175
    assert slow.duration_ms > normal.duration_ms * 1.2


def test_the_default_pace_is_slower_than_conversation(narrator: EspeakNarrator) -> None:
    narration = narrator.narrate(SpeechRequest(text=PAGES["en"], language="en"))

    assert narration.call.details["words_per_minute"] == 149


@pytest.mark.parametrize("rate", [0.6, 1.3], ids=["slow", "fast"])
def test_loudness_is_normalised_whatever_the_pace(narrator: EspeakNarrator, rate: float) -> None:
    narration = narrator.narrate(SpeechRequest(text=PAGES["en"], language="en", rate=rate))

    samples, sample_rate = decode_mp3(narration.mp3)
    assert loudness_dbfs(samples, sample_rate) == pytest.approx(-18.0, abs=1.0)
    assert int(abs(samples.astype(int)).max()) <= 32767 * 10 ** (-0.5 / 20)


def test_a_named_espeak_voice_overrides_the_language_default(narrator: EspeakNarrator) -> None:
    narration = narrator.narrate(SpeechRequest(text=PAGES["en"], language="en", voice="en+m3"))

    assert narration.call.details["voice_identifier"] == "gmw/en+m3"


@pytest.mark.parametrize(
    ("language", "voice"), [("ja", None), ("en", "no-such-voice")], ids=["unknown-language", "unknown-voice"]
)
def test_an_impossible_request_is_a_terminal_error(
    narrator: EspeakNarrator, language: str, voice: str | None
) -> None:
    with pytest.raises(ProviderBadRequestError):
        narrator.narrate(SpeechRequest(text="Hello there.", language=language, voice=voice))


def test_narrating_from_many_threads_at_once_gives_each_page_its_own_audio(narrator: EspeakNarrator) -> None:
    # given four pages in four languages narrated one after another
    requests = [SpeechRequest(text=PAGES[language], language=language) for language in sorted(PAGES)]
    alone = [narrator.narrate(request) for request in requests]

    # when the same pages are narrated by eight threads at once, twice each
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(narrator.narrate, requests * 3))

    # then espeak's global state never leaks between them: same voice, same words, same pacing
    # (espeak carries a few samples of intonation state from one utterance to the next)
    for concurrent, single in zip(together, alone * 3, strict=True):
        assert concurrent.call.details["voice_identifier"] == single.call.details["voice_identifier"]
        assert [w.word for w in concurrent.words] == [w.word for w in single.words]
        assert abs(concurrent.duration_ms - single.duration_ms) <= 30
        assert all(
            abs(a.start_ms - b.start_ms) <= 30 for a, b in zip(concurrent.words, single.words, strict=True)
        )
