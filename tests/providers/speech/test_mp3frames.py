from __future__ import annotations

import numpy as np
import pytest

from storyloom.pipeline.audio import join_book_audio
from storyloom.providers.speech.audio import decode_mp3, encode_mp3
from storyloom.providers.speech.mp3frames import read_frames

TONE = (3000 * np.sin(np.arange(30000) * 2 * np.pi * 330 / 22050)).astype(np.int16)


@pytest.mark.parametrize(
    ("rate", "samples_per_frame"), [(22050, 576), (24000, 576), (44100, 1152)], ids=["22k", "24k", "44k"]
)
def test_frames_count_exactly_what_a_decoder_plays(rate: int, samples_per_frame: int) -> None:
    mp3 = encode_mp3(TONE, rate)

    stream = read_frames(mp3)

    assert stream is not None
    assert (stream.sample_rate, stream.samples_per_frame, stream.channels) == (rate, samples_per_frame, 1)
    assert b"".join(stream.frames) == mp3
    assert stream.samples == len(decode_mp3(mp3)[0])


def test_an_id3_tag_in_front_is_skipped() -> None:
    page = encode_mp3(TONE, 22050)
    book = join_book_audio([("Only page", page)])

    stream = read_frames(book)

    assert stream is not None
    assert b"".join(stream.frames) == page


def test_stereo_mpeg1_frames_are_read() -> None:
    stereo = np.repeat(TONE, 2)
    stream = read_frames(encode_mp3(stereo, 44100, bitrate_kbps=128, channels=2))

    assert stream is not None
    assert (stream.sample_rate, stream.samples_per_frame, stream.channels) == (44100, 1152, 2)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an mp3 at all",
        encode_mp3(TONE, 22050)[:-5],
        encode_mp3(TONE, 22050) + encode_mp3(TONE, 24000),
    ],
    ids=["empty", "text", "truncated", "two-sample-rates"],
)
def test_anything_but_one_clean_stream_is_refused(data: bytes) -> None:
    assert read_frames(data) is None
