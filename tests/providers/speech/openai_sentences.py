"""The page both OpenAI speech paths are tested with, the audio each returns for one of its sentences
(24 kHz 16-bit mono PCM, silence around the speech), and where its words must land in the MP3."""

from __future__ import annotations

import numpy as np
import pytest

from storyloom.providers.speech.audio import ENCODER_DELAY_SAMPLES
from storyloom.providers.speech.base import Narration
from storyloom.providers.speech.openai import PAUSE_BETWEEN_SENTENCES_MS
from tests.providers.speech.conftest import speech_like
from tests.providers.speech.readalong import assert_read_along

TEXT = "The moon was round. Pip yawned! Is it time for bed?"
SENTENCES = ["The moon was round.", "Pip yawned!", "Is it time for bed?"]
RATE = 24000
DELAY_MS = ENCODER_DELAY_SAMPLES * 1000 / RATE
LEAD_MS, TRAIL_MS = 100, 160


def voiced_ms(sentence: str) -> int:
    return 60 * len(sentence)


def clip(sentence: str) -> bytes:
    """What OpenAI returns for `sentence` as raw PCM: silence, speech, silence."""
    voiced = voiced_ms(sentence)
    speech = speech_like([0, voiced - 200], voiced, RATE)
    silence_before = np.zeros(RATE * LEAD_MS // 1000, dtype=np.int16)
    silence_after = np.zeros(RATE * TRAIL_MS // 1000, dtype=np.int16)
    return np.concatenate([silence_before, speech, silence_after]).astype("<i2").tobytes()


def assert_words_placed_in_their_sentences(narration: Narration) -> None:
    """The first word of each sentence starts where that sentence's speech starts in the MP3, a longer
    word lasts longer than a shorter one in the same sentence, and the words read along."""
    clip_ms = [LEAD_MS + voiced_ms(s) + TRAIL_MS for s in SENTENCES]
    trimmed_ms = LEAD_MS - 60
    offsets = [
        0,
        clip_ms[0] + PAUSE_BETWEEN_SENTENCES_MS,
        clip_ms[0] + clip_ms[1] + 2 * PAUSE_BETWEEN_SENTENCES_MS,
    ]
    firsts = [narration.words[0], narration.words[4], narration.words[6]]
    assert [w.word for w in firsts] == ["The", "Pip", "Is"]
    expected = [offset + LEAD_MS - trimmed_ms + DELAY_MS for offset in offsets]
    assert [w.start_ms for w in firsts] == pytest.approx(expected, abs=2)
    durations = {w.word: w.end_ms - w.start_ms for w in narration.words[:4]}
    assert durations["round"] > durations["moon"] > durations["was"]
    assert_read_along(narration.words, TEXT, narration.mp3, narration.duration_ms)
