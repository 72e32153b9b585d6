"""The audio stages: narrate one page through the configured voices (`first_that_works`: the next
voice after a terminal failure), describe its word timings for the read-along player, and join the
pages into one book MP3 with an ID3v2 chapter per page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from mutagen.id3 import APIC, CHAP, CTOC, ID3, TALB, TIT2, TLAN, TLEN, TPE1, CTOCFlags, PictureType
from PIL import Image

from storyloom.errors import ProviderBadRequestError
from storyloom.pipeline.calls import first_that_works
from storyloom.providers.base import CallRecord
from storyloom.providers.speech.audio import (
    ENCODER_DELAY_SAMPLES,
    Samples,
    decode_mp3,
    encode_mp3,
    mp3_duration_ms,
    normalise_loudness,
    resample,
)
from storyloom.providers.speech.base import Narration, SpeechProvider, SpeechRequest, WordTiming
from storyloom.providers.speech.mp3frames import FrameStream, read_frames
from storyloom.providers.speech.timing import split_words

BOOK_SAMPLE_RATE = 22050
ISO_639_2 = {"en": "eng", "es": "spa", "fr": "fra", "de": "deu"}
COVER_TAG_PIXELS = 600
PAUSE_BETWEEN_PAGES_MS = 900
SILENT_PAGE_MS = 1500


@dataclass
class PageNarration:
    """One narrated page: its MP3, length, word timings, the provider call that made it (none for a
    page without words) and the language it was read in."""

    mp3: bytes
    duration_ms: int
    words: list[WordTiming]
    calls: list[CallRecord]
    language: str = ""


def narrate_page(
    providers: Sequence[SpeechProvider],
    text: str,
    *,
    language: str,
    voice: str | None = None,
    rate: float = 0.85,
    record: list[CallRecord] | None = None,
) -> PageNarration:
    """Narrate `text` with the first provider that speaks `language` and succeeds (`first_that_works`:
    a terminal failure moves on to the next, a retryable one is raised at once for the pipeline to
    retry; when every provider fails the last error is raised). `voice` is given only to the first
    provider of the chain. Every call is appended to `record` when given.

    A page without words (a picture-only page) gets a short silence and no provider call.
    """
    if not providers:
        raise ValueError("narrate_page needs at least one speech provider")
    if not split_words(text):
        silence = encode_mp3(
            np.zeros(BOOK_SAMPLE_RATE * SILENT_PAGE_MS // 1000, dtype=np.int16), BOOK_SAMPLE_RATE
        )
        return PageNarration(silence, mp3_duration_ms(silence), [], [], language)
    speaking = [provider for provider in providers if language.split("-")[0].lower() in provider.languages]
    if not speaking:
        last = providers[-1]
        raise ProviderBadRequestError(f"{last.name} does not speak {language!r}", provider=last.name)

    def narrate(provider: SpeechProvider) -> Narration:
        chosen = voice if provider is providers[0] else None
        return provider.narrate(SpeechRequest(text=text, language=language, voice=chosen, rate=rate))

    record = [] if record is None else record
    narration, _ = first_that_works(speaking, narrate, record=record, prompt=text)
    return PageNarration(
        narration.mp3, narration.duration_ms, list(narration.words), [narration.call], language
    )


def timings_document(narration: PageNarration, text: str, language: str | None = None) -> dict[str, Any]:
    """The JSON written next to a page's MP3 for the read-along player.

    `language` defaults to the one the page was narrated in.
    """
    language = language if language is not None else narration.language
    return {
        "text": text,
        "language": language,
        "duration_ms": narration.duration_ms,
        "words": [
            {
                "word": word.word,
                "start_ms": word.start_ms,
                "end_ms": word.end_ms,
                "char_start": word.char_start,
                "char_end": word.char_end,
            }
            for word in narration.words
        ],
    }


@dataclass(frozen=True)
class BookTags:
    """What a player shows for the book's MP3: its title, who made it, its language and its cover."""

    title: str
    artist: str = "Storyloom"
    language: str = "en"
    cover_png: bytes | None = None


def join_book_audio(pages: Sequence[tuple[str, bytes]], book: BookTags | None = None) -> bytes:
    """The whole book as one MP3: each (title, page MP3) in order with a pause between, and an ID3v2
    chapter (CHAP, listed in one ordered CTOC) per page, titled and timed to where its page begins.

    Pages that share a sample rate are joined frame by frame, untouched (no re-encoding, and each
    page's word timings hold from its chapter's start); otherwise they are decoded, resampled,
    normalised and encoded once."""
    if not pages:
        raise ValueError("join_book_audio needs at least one page")
    streams = [read_frames(mp3) for _, mp3 in pages]
    joined = _join_frames(streams) if all(streams) else None
    if joined is None:
        joined = _join_reencoded([mp3 for _, mp3 in pages])
    audio, starts_ms, duration_ms = joined
    return _chapter_tags([title for title, _ in pages], starts_ms, duration_ms, book) + audio


def _join_frames(streams: Sequence[FrameStream | None]) -> tuple[bytes, list[int], int] | None:
    pages = [stream for stream in streams if stream is not None]
    first = pages[0]
    if not all(stream.compatible_with(first) for stream in pages):
        return None
    silence = np.zeros(first.sample_rate * PAUSE_BETWEEN_PAGES_MS // 1000 * first.channels, dtype=np.int16)
    pause = read_frames(encode_mp3(silence, first.sample_rate, channels=first.channels))
    if pause is None or not pause.compatible_with(first):
        return None
    frames: list[bytes] = []
    starts: list[int] = []
    for index, stream in enumerate(pages):
        if index:
            frames.extend(pause.frames)
        starts.append(round(len(frames) * first.samples_per_frame * 1000 / first.sample_rate))
        frames.extend(stream.frames)
    duration_ms = round(len(frames) * first.samples_per_frame * 1000 / first.sample_rate)
    return b"".join(frames), starts, duration_ms


def _join_reencoded(mp3s: Sequence[bytes]) -> tuple[bytes, list[int], int]:
    pause = np.zeros(BOOK_SAMPLE_RATE * PAUSE_BETWEEN_PAGES_MS // 1000, dtype=np.int16)
    pieces: list[Samples] = []
    starts: list[int] = []
    position = 0
    for index, mp3 in enumerate(mp3s):
        samples, rate = decode_mp3(mp3)
        samples = normalise_loudness(resample(samples, rate, BOOK_SAMPLE_RATE), BOOK_SAMPLE_RATE)
        if index:
            pieces.append(pause)
            position += len(pause)
        starts.append(round((position + ENCODER_DELAY_SAMPLES) * 1000 / BOOK_SAMPLE_RATE) if index else 0)
        pieces.append(samples)
        position += len(samples)
    audio = encode_mp3(np.concatenate(pieces), BOOK_SAMPLE_RATE)
    return audio, starts, mp3_duration_ms(audio)


def _cover_jpeg(png: bytes) -> bytes:
    with Image.open(io.BytesIO(png)) as image:
        picture = image.convert("RGB")
    picture.thumbnail((COVER_TAG_PIXELS, COVER_TAG_PIXELS))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _book_frames(tags: ID3, book: BookTags) -> None:
    tags.add(TIT2(encoding=3, text=[book.title]))
    tags.add(TALB(encoding=3, text=[book.title]))
    tags.add(TPE1(encoding=3, text=[book.artist]))
    tags.add(TLAN(encoding=3, text=[ISO_639_2.get(book.language, book.language)]))
    if book.cover_png:
        tags.add(
            APIC(encoding=3, mime="image/jpeg", type=PictureType.COVER_FRONT, desc="Cover",
                 data=_cover_jpeg(book.cover_png))
        )  # fmt: skip


def _chapter_tags(
    titles: Sequence[str], starts_ms: Sequence[int], duration_ms: int, book: BookTags | None = None
) -> bytes:
    tags = ID3()
    if book is not None:
        _book_frames(tags, book)
    chapter_ids = [f"page{index + 1:03d}" for index in range(len(titles))]
    tags.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=chapter_ids,
            sub_frames=[TIT2(encoding=3, text=["Chapters"])],
        )
    )
    ends = [*starts_ms[1:], duration_ms]
    for title, chapter_id, start, end in zip(titles, chapter_ids, starts_ms, ends, strict=True):
        tags.add(
            CHAP(
                element_id=chapter_id,
                start_time=start,
                end_time=end,
                start_offset=0xFFFFFFFF,
                end_offset=0xFFFFFFFF,
                sub_frames=[TIT2(encoding=3, text=[title])],
            )
        )
    tags.add(TLEN(encoding=3, text=[str(duration_ms)]))
    header = io.BytesIO()
    tags.save(header, v2_version=4, padding=lambda info: 0)
    return header.getvalue()
