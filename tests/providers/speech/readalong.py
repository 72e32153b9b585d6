"""The read-along contract every voice must keep, checked against the MP3 a player decodes."""

from __future__ import annotations

import miniaudio

from storyloom.providers.speech.base import WordTiming
from storyloom.providers.speech.timing import split_words


def decoded_duration_ms(mp3: bytes) -> float:
    """The MP3's real length, measured by decoding every frame."""
    decoded = miniaudio.mp3_read_s16(mp3)
    return decoded.num_frames * 1000 / decoded.sample_rate


def assert_read_along(words: list[WordTiming], text: str, mp3: bytes, duration_ms: int) -> None:
    """Every word of `text` in order, with its offsets; times monotonic; the last ends with the audio."""
    expected = [(word.text, word.start, word.end) for word in split_words(text)]
    assert [(word.word, word.char_start, word.char_end) for word in words] == expected
    assert all(text[word.char_start : word.char_end] == word.word for word in words)
    assert all(word.start_ms <= word.end_ms for word in words)
    assert all(before.end_ms <= after.start_ms for before, after in zip(words, words[1:], strict=False))
    real = decoded_duration_ms(mp3)
    assert abs(duration_ms - real) <= 1
    assert abs(words[-1].end_ms - real) <= 50
