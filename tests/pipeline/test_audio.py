from __future__ import annotations

import io
from typing import ClassVar

import miniaudio
import numpy as np
import pytest
from mutagen.id3 import ID3
from PIL import Image

from storyloom.errors import ProviderAuthError, ProviderBadRequestError, ProviderServerError
from storyloom.pipeline.audio import (
    PAUSE_BETWEEN_PAGES_MS,
    BookTags,
    PageNarration,
    join_book_audio,
    narrate_page,
    timings_document,
)
from storyloom.providers.base import CallRecord
from storyloom.providers.speech.audio import decode_mp3, encode_mp3
from storyloom.providers.speech.base import Narration, SpeechRequest
from storyloom.providers.speech.builtin import EspeakNarrator
from tests.providers.speech.readalong import assert_read_along, decoded_duration_ms

PAGE = "Pip the fox tiptoed through the tall grass. “Hello, moon!” she whispered."


class FailingVoice:
    """A voice that always fails with `error` and remembers what it was asked."""

    name: ClassVar[str] = "failing"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es"})
    word_timings: ClassVar[bool] = True

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.requests: list[SpeechRequest] = []

    def narrate(self, request: SpeechRequest) -> Narration:
        self.requests.append(request)
        raise self.error


class RecordingVoice(EspeakNarrator):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[SpeechRequest] = []

    def narrate(self, request: SpeechRequest) -> Narration:
        self.requests.append(request)
        return super().narrate(request)


@pytest.fixture(scope="module")
def page() -> PageNarration:
    return narrate_page([EspeakNarrator()], PAGE, language="en")


def test_a_page_is_narrated_with_a_timing_for_every_word(page: PageNarration) -> None:
    assert_read_along(page.words, PAGE, page.mp3, page.duration_ms)
    assert [call.provider for call in page.calls] == ["builtin"]


def test_a_terminal_failure_falls_back_to_the_next_voice() -> None:
    # given a first voice whose key is wrong
    failing = FailingVoice(ProviderAuthError("bad key", provider="failing"))
    builtin = RecordingVoice()

    narration = narrate_page([failing, builtin], PAGE, language="en", voice="custom-voice", rate=0.7)

    # then the built-in voice narrates, at the asked pace, without the first voice's voice name
    assert [call.provider for call in narration.calls] == ["builtin"]
    assert failing.requests == [SpeechRequest(PAGE, "en", "custom-voice", 0.7)]
    assert builtin.requests == [SpeechRequest(PAGE, "en", None, 0.7)]
    assert_read_along(narration.words, PAGE, narration.mp3, narration.duration_ms)


def test_a_retryable_failure_is_raised_at_once_for_the_pipeline_to_retry() -> None:
    failing = FailingVoice(ProviderServerError("busy", provider="failing"))
    builtin = RecordingVoice()

    with pytest.raises(ProviderServerError):
        narrate_page([failing, builtin], PAGE, language="en")

    assert builtin.requests == []


def test_when_every_voice_fails_the_last_error_is_raised() -> None:
    first = FailingVoice(ProviderAuthError("bad key", provider="failing"))
    last_error = ProviderBadRequestError("refused", provider="failing")
    second = FailingVoice(last_error)

    with pytest.raises(ProviderBadRequestError) as raised:
        narrate_page([first, second], PAGE, language="en")

    assert raised.value is last_error


def test_a_voice_that_does_not_speak_the_language_is_skipped() -> None:
    spanish_only = FailingVoice(ProviderAuthError("unused", provider="failing"))
    spanish_only.languages = frozenset({"es"})  # type: ignore[misc]

    narration = narrate_page([spanish_only, EspeakNarrator()], "Der Hund schläft.", language="de")

    assert spanish_only.requests == []
    assert narration.calls[0].details["voice_identifier"] == "gmw/de+f4"


@pytest.mark.parametrize("text", ["", "  ", "…!"], ids=["empty", "spaces", "punctuation-only"])
def test_a_page_without_words_gets_a_short_silence_and_no_provider_call(text: str) -> None:
    voice = FailingVoice(ProviderAuthError("must not be called", provider="failing"))

    narration = narrate_page([voice], text, language="en")

    assert voice.requests == []
    assert narration.words == []
    assert narration.calls == []
    assert timings_document(narration, text)["language"] == "en"
    assert decoded_duration_ms(narration.mp3) == pytest.approx(1500, abs=80)
    assert narration.duration_ms == round(decoded_duration_ms(narration.mp3))


def test_the_timings_document_is_what_the_reader_needs(page: PageNarration) -> None:
    document = timings_document(page, PAGE)

    assert document["text"] == PAGE
    assert document["language"] == "en"
    assert document["duration_ms"] == page.duration_ms
    assert document["words"][0] == {
        "word": "Pip",
        "start_ms": page.words[0].start_ms,
        "end_ms": page.words[0].end_ms,
        "char_start": 0,
        "char_end": 3,
    }
    assert [w["word"] for w in document["words"]] == (
        [
            "Pip",
            "the",
            "fox",
            "tiptoed",
            "through",
            "the",
            "tall",
            "grass",
            "Hello",
            "moon",
            "she",
            "whispered",
        ]
    )


def test_the_timings_document_takes_an_explicit_language() -> None:
    narration = PageNarration(b"", 10, [], [CallRecord(provider="x", prompt="")], "en")

    assert timings_document(narration, "", language="fr") == {
        "text": "",
        "language": "fr",
        "duration_ms": 10,
        "words": [],
    }


def test_the_book_is_one_mp3_with_a_chapter_per_page() -> None:
    # given three narrated pages
    texts = ["Once upon a time there was a fox.", "The fox found a shiny red ball.", "The end."]
    voice = EspeakNarrator()
    pages = [narrate_page([voice], text, language="en") for text in texts]

    # when they are joined
    book = join_book_audio([(f"Page {i + 1}", page.mp3) for i, page in enumerate(pages)])

    # then the chapters are titled and listed in order
    tags = ID3(io.BytesIO(book))
    chapters = sorted(tags.getall("CHAP"), key=lambda chapter: chapter.start_time)
    assert [c.sub_frames["TIT2"].text[0] for c in chapters] == ["Page 1", "Page 2", "Page 3"]
    (toc,) = tags.getall("CTOC")
    assert toc.child_element_ids == [c.element_id for c in chapters]
    # and every page plays untouched, sample for sample, from its chapter's start, with equal pauses
    book_samples, rate = decode_mp3(book)
    page_samples = [decode_mp3(page.mp3)[0] for page in pages]
    pause, remainder = divmod(len(book_samples) - sum(len(samples) for samples in page_samples), 2)
    assert remainder == 0
    assert PAUSE_BETWEEN_PAGES_MS <= pause * 1000 / rate <= PAUSE_BETWEEN_PAGES_MS + 80
    position = 0
    for chapter, samples in zip(chapters, page_samples, strict=True):
        assert chapter.start_time == round(position * 1000 / rate)
        assert np.array_equal(book_samples[position : position + len(samples)], samples)
        position += len(samples) + pause
    assert [c.end_time for c in chapters] == [
        chapters[1].start_time,
        chapters[2].start_time,
        round(decoded_duration_ms(book)),
    ]


def test_the_book_mp3_carries_its_title_maker_language_and_cover() -> None:
    cover = io.BytesIO()
    Image.new("RGB", (1400, 1400), (40, 90, 160)).save(cover, "PNG")
    page = narrate_page([EspeakNarrator()], "Una zorra encontró una pelota.", language="es").mp3

    book = join_book_audio(
        [("Página 1", page)],
        BookTags(
            title="Lucía y la pelota", artist="Storyloom · Lucía", language="es", cover_png=cover.getvalue()
        ),
    )

    tags = ID3(io.BytesIO(book))
    (picture,) = tags.getall("APIC")
    assert tags["TIT2"].text == ["Lucía y la pelota"]
    assert tags["TALB"].text == ["Lucía y la pelota"]
    assert tags["TPE1"].text == ["Storyloom · Lucía"]
    assert tags["TLAN"].text == ["spa"]
    assert (picture.type, picture.mime) == (3, "image/jpeg")
    with Image.open(io.BytesIO(picture.data)) as image:
        assert image.size == (600, 600)
    assert [c.sub_frames["TIT2"].text[0] for c in tags.getall("CHAP")] == ["Página 1"]


def test_pages_at_the_same_rate_are_joined_without_re_encoding() -> None:
    voice = EspeakNarrator()
    pages = [narrate_page([voice], text, language="en").mp3 for text in ("One fox.", "Two owls.")]

    book = join_book_audio([("One", pages[0]), ("Two", pages[1])])

    assert all(page in book for page in pages)


def test_pages_at_different_sample_rates_join_into_one_stream() -> None:
    tone = (4000 * np.sin(np.arange(24000) * 2 * np.pi * 440 / 24000)).astype(np.int16)
    other = encode_mp3(tone, 24000)
    page = narrate_page([EspeakNarrator()], "A short page.", language="en")

    book = join_book_audio([("One", page.mp3), ("Two", other)])

    decoded = miniaudio.mp3_read_s16(book)
    assert decoded.sample_rate == 22050
    assert decoded_duration_ms(book) == pytest.approx(
        decoded_duration_ms(page.mp3) + decoded_duration_ms(other) + PAUSE_BETWEEN_PAGES_MS + 50, abs=60
    )


def test_a_book_needs_at_least_one_page() -> None:
    with pytest.raises(ValueError, match="at least one page"):
        join_book_audio([])
