"""Word timings shared by every voice: the words of a text with their character offsets, and their
times from whatever a voice reports (per-word events, marks, character alignments, or nothing).

Every function here returns one timing per word of the text, in order: a word the voice did not
report is interpolated between its neighbours by length, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyloom.providers.speech.base import WordTiming

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")


@dataclass(frozen=True)
class Word:
    """One word of a text and where it stands in it (characters, end exclusive)."""

    text: str
    start: int
    end: int


def split_words(text: str) -> list[Word]:
    """The words of `text` in order: runs of letters and digits, joined by inner apostrophes or hyphens."""
    return [Word(match.group(), match.start(), match.end()) for match in _WORD.finditer(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (stripped), each holding at least one word."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for begin, end in spans:
        chunk = text[begin:end]
        stripped_begin = begin + len(chunk) - len(chunk.lstrip())
        stripped_end = end - (len(chunk) - len(chunk.rstrip()))
        if _WORD.search(text, stripped_begin, stripped_end):
            result.append((stripped_begin, stripped_end))
    return result


def word_at(words: Sequence[Word], position: int, slack: int = 2) -> int | None:
    """Index of the word holding character `position`, or starting at most `slack` characters after."""
    for index, word in enumerate(words):
        if word.start <= position < word.end:
            return index
        if position < word.start:
            return index if word.start - position <= slack else None
    return None


def timings_from_anchors(
    text: str, anchors: Sequence[tuple[int, float]], *, start_ms: float, end_ms: float
) -> list[WordTiming]:
    """Timings for every word of `text` from (character position, ms) anchors a voice reported.

    A word takes the earliest anchor that falls on it; anchors that would run backwards are ignored;
    words without one are interpolated by length. Each word ends where the next begins, the last at
    `end_ms`.
    """
    words = split_words(text)
    known: list[float | None] = [None] * len(words)
    for position, time_ms in sorted(anchors, key=lambda anchor: anchor[0]):
        index = word_at(words, position)
        if index is None:
            continue
        current = known[index]
        known[index] = time_ms if current is None else min(current, time_ms)
    return _fill(words, known, start_ms, end_ms)


def timings_by_length(text: str, spans: Sequence[tuple[int, int, float, float]]) -> list[WordTiming]:
    """Timings for every word of `text` from spans (char start, char end, ms start, ms end) of speech.

    Within a span its words share the time by their length in characters; the spans must be in
    order and not overlap.
    """
    words = split_words(text)
    timings: list[WordTiming] = []
    for char_start, char_end, span_start_ms, span_end_ms in spans:
        inside = [word for word in words if char_start <= word.start and word.end <= char_end]
        known: list[float | None] = [None] * len(inside)
        timings.extend(_fill(inside, known, span_start_ms, span_end_ms))
    if len(timings) != len(words):
        raise ValueError("the spans must cover every word of the text")
    return timings


def _fill(
    words: Sequence[Word], known: list[float | None], start_ms: float, end_ms: float
) -> list[WordTiming]:
    if not words:
        return []
    end_ms = max(end_ms, start_ms)
    starts = list(known)
    previous = start_ms
    for index, value in enumerate(starts):
        if value is None:
            continue
        if value < previous or value > end_ms:
            starts[index] = None
        else:
            previous = value
    if starts[0] is None:
        starts[0] = start_ms
    index = 0
    while index < len(words):
        if starts[index] is not None:
            index += 1
            continue
        gap_begin = index
        while index < len(words) and starts[index] is None:
            index += 1
        before = starts[gap_begin - 1]
        assert before is not None
        after = starts[index] if index < len(words) else end_ms
        assert after is not None
        weights = [len(words[i - 1].text) + 1 for i in range(gap_begin, index + 1)]
        total = sum(weights)
        elapsed = 0
        for offset, position in enumerate(range(gap_begin, index)):
            elapsed += weights[offset]
            starts[position] = before + (after - before) * elapsed / total
    timings = []
    for index, word in enumerate(words):
        begin = starts[index]
        finish = starts[index + 1] if index + 1 < len(words) else end_ms
        assert begin is not None and finish is not None
        timings.append(WordTiming(word.text, round(begin), round(finish), word.start, word.end))
    return timings
