"""Audio shared by every voice: trimming silence, loudness normalisation, MP3 encoding with lameenc,
and turning a voice's PCM plus its word anchors into a finished page narration whose timings match
the MP3 a player will actually decode."""

from __future__ import annotations

import io
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import lameenc
import miniaudio
import numpy as np
import numpy.typing as npt

from storyloom.providers.speech.base import WordTiming
from storyloom.providers.speech.mp3frames import read_frames
from storyloom.providers.speech.timing import timings_by_length, timings_from_anchors

Samples = npt.NDArray[np.int16]

# LAME writes no gapless header through lameenc, so decoders play its encoder delay (576 + 529
# samples) as leading silence; word times are shifted by it.
ENCODER_DELAY_SAMPLES = 1105
TARGET_LOUDNESS_DBFS = -18.0
PEAK_CEILING_DBFS = -1.0
SILENCE_DBFS = -45.0
LEAD_MS = 60
TAIL_MS = 10


@dataclass
class FinishedAudio:
    """An encoded page: the MP3, its decoded length and the word timings in its own time."""

    mp3: bytes
    duration_ms: int
    words: list[WordTiming]
    sample_rate: int


def pcm16(data: bytes) -> Samples:
    """Little-endian signed 16-bit mono PCM bytes as samples."""
    return np.frombuffer(data, dtype="<i2").astype(np.int16)


def read_wav(data: bytes) -> tuple[Samples, int]:
    """Mono samples and rate of a 16-bit PCM WAV file (channels beyond the first are dropped)."""
    with wave.open(io.BytesIO(data)) as reader:
        if reader.getsampwidth() != 2:
            raise ValueError("only 16-bit WAV is supported")
        frames = reader.readframes(reader.getnframes())
        channels = reader.getnchannels()
        rate = reader.getframerate()
    samples = pcm16(frames)
    return samples[::channels].copy(), rate


def decode_mp3(mp3: bytes) -> tuple[Samples, int]:
    """Decode an MP3 to mono 16-bit samples at its own rate (what a player hears, delay included)."""
    try:
        decoded = miniaudio.mp3_read_s16(mp3)
    except miniaudio.DecodeError as exc:
        raise ValueError("the audio is not a readable MP3") from exc
    samples = np.asarray(decoded.samples, dtype=np.int16)
    if decoded.nchannels > 1:
        frames = samples.reshape(-1, decoded.nchannels).astype(np.int32)
        samples = np.mean(frames, axis=1).astype(np.int16)
    return samples, decoded.sample_rate


def mp3_duration_ms(mp3: bytes) -> int:
    """The length in milliseconds of an MP3 as a decoder plays it (counted from its frames when it is
    one clean stream, else decoded)."""
    stream = read_frames(mp3)
    if stream is not None:
        return round(stream.samples * 1000 / stream.sample_rate)
    samples, rate = decode_mp3(mp3)
    return round(len(samples) * 1000 / rate)


def resample(samples: Samples, rate: int, target_rate: int) -> Samples:
    """Linear resampling, good enough for speech between common rates."""
    if rate == target_rate or len(samples) == 0:
        return samples
    count = round(len(samples) * target_rate / rate)
    positions = np.arange(count) * (rate / target_rate)
    values = np.interp(positions, np.arange(len(samples)), samples.astype(np.float64))
    resampled: npt.NDArray[np.int16] = np.clip(np.round(values), -32768, 32767).astype(np.int16)
    return resampled


def _block_levels(samples: Samples, rate: int, block_ms: int = 20) -> npt.NDArray[np.float64]:
    block = max(1, rate * block_ms // 1000)
    count = len(samples) // block
    if count == 0:
        return np.zeros(0)
    blocks = samples[: count * block].astype(np.float64).reshape(count, block) / 32768.0
    power = np.mean(blocks**2, axis=1)
    levels: npt.NDArray[np.float64] = 10 * np.log10(np.maximum(power, 1e-12))
    return levels


def voiced_bounds(samples: Samples, rate: int) -> tuple[int, int]:
    """First and one-past-last sample of the part of `samples` louder than silence."""
    block = max(1, rate * 20 // 1000)
    levels = _block_levels(samples, rate)
    loud = np.nonzero(levels > SILENCE_DBFS)[0]
    if len(loud) == 0:
        return 0, len(samples)
    return int(loud[0]) * block, min(len(samples), (int(loud[-1]) + 1) * block)


def loudness_dbfs(samples: Samples, rate: int) -> float:
    """Gated loudness: the mean power of the 400 ms blocks above -50 dBFS, in dBFS."""
    block = max(1, rate * 400 // 1000)
    hop = block // 4
    powers = []
    for begin in range(0, max(1, len(samples) - block + 1), hop):
        chunk = samples[begin : begin + block].astype(np.float64) / 32768.0
        if len(chunk):
            powers.append(float(np.mean(chunk**2)))
    gated = [power for power in powers if 10 * np.log10(max(power, 1e-12)) > -50.0]
    if not gated:
        return -120.0
    return float(10 * np.log10(np.mean(gated)))


def normalise_loudness(samples: Samples, rate: int, target_dbfs: float = TARGET_LOUDNESS_DBFS) -> Samples:
    """Scale speech to `target_dbfs` gated loudness; the rare peaks that would pass -1 dBFS are
    limited smoothly rather than lowering the whole page."""
    level = loudness_dbfs(samples, rate)
    if level <= -120.0:
        return samples
    scaled = samples.astype(np.float64) * 10 ** ((target_dbfs - level) / 20)
    limited = _limit_peaks(scaled, rate, 32768.0 * 10 ** (PEAK_CEILING_DBFS / 20))
    return np.clip(np.round(limited), -32768, 32767).astype(np.int16)


def _limit_peaks(signal: npt.NDArray[np.float64], rate: int, ceiling: float) -> npt.NDArray[np.float64]:
    block = max(1, rate // 400)
    count = -(-len(signal) // block)
    padded = np.zeros(count * block)
    padded[: len(signal)] = np.abs(signal)
    peaks = padded.reshape(count, block).max(axis=1)
    gains = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    spread = np.stack([np.roll(gains, shift) for shift in range(-3, 4)])
    if count > 3:
        gains = spread.min(axis=0)
    centres = (np.arange(count) + 0.5) * block
    envelope = np.interp(np.arange(len(signal)), centres, gains)
    result = signal * envelope
    clipped: npt.NDArray[np.float64] = np.clip(result, -ceiling, ceiling)
    return clipped


def encode_mp3(samples: Samples, rate: int, bitrate_kbps: int = 64, channels: int = 1) -> bytes:
    """MP3 of `samples` (interleaved when `channels` is 2) through lameenc."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(channels)
    encoder.set_quality(5)
    return bytes(encoder.encode(samples.astype("<i2").tobytes()) + encoder.flush())


def _trimmed(samples: Samples, rate: int) -> tuple[Samples, int]:
    if len(samples) == 0:
        raise ValueError("the voice produced no audio")
    begin, end = voiced_bounds(samples, rate)
    begin = max(0, begin - rate * LEAD_MS // 1000)
    end = min(len(samples), end + rate * TAIL_MS // 1000)
    return samples[begin:end], begin


def finish_with_anchors(
    text: str, samples: Samples, rate: int, anchors: Sequence[tuple[int, float]]
) -> FinishedAudio:
    """Trim, normalise and encode a voice's PCM; `anchors` are (character, ms into `samples`)."""
    trimmed, cut = _trimmed(samples, rate)
    shift = (ENCODER_DELAY_SAMPLES - cut) * 1000 / rate
    mp3, duration_ms = _encode(trimmed, rate)
    speech_end = (ENCODER_DELAY_SAMPLES + len(trimmed)) * 1000 / rate
    start = ENCODER_DELAY_SAMPLES * 1000 / rate
    moved = [(position, time_ms + shift) for position, time_ms in anchors]
    words = timings_from_anchors(text, moved, start_ms=start, end_ms=min(speech_end, duration_ms))
    return FinishedAudio(mp3, duration_ms, words, rate)


def finish_with_spans(
    text: str, samples: Samples, rate: int, spans: Sequence[tuple[int, int, float, float]]
) -> FinishedAudio:
    """Like `finish_with_anchors` for voices without word times: `spans` are (char start, char end,
    ms start, ms end into `samples`) of each stretch of speech, shared among its words by length."""
    trimmed, cut = _trimmed(samples, rate)
    shift = (ENCODER_DELAY_SAMPLES - cut) * 1000 / rate
    mp3, duration_ms = _encode(trimmed, rate)
    speech_end = min((ENCODER_DELAY_SAMPLES + len(trimmed)) * 1000 / rate, duration_ms)
    floor = ENCODER_DELAY_SAMPLES * 1000 / rate
    moved = [
        (
            chars_from,
            chars_to,
            min(max(floor, begin + shift), speech_end),
            min(max(floor, end + shift), speech_end),
        )
        for chars_from, chars_to, begin, end in spans
    ]
    return FinishedAudio(mp3, duration_ms, timings_by_length(text, moved), rate)


def join_sentences(
    sentences: Sequence[tuple[int, int]], clips: Sequence[Samples], rate: int, pause_ms: int = 250
) -> tuple[Samples, list[tuple[int, int, float, float]]]:
    """Join one clip per sentence (char start, char end) with pauses; return the audio and, for each
    sentence, the span (char start, char end, ms start, ms end) of its speech, for `finish_with_spans`."""
    pause = np.zeros(rate * pause_ms // 1000, dtype=np.int16)
    pieces: list[Samples] = []
    spans: list[tuple[int, int, float, float]] = []
    offset = 0
    for (char_start, char_end), clip in zip(sentences, clips, strict=True):
        if pieces:
            pieces.append(pause)
            offset += len(pause)
        begin, end = voiced_bounds(clip, rate)
        spans.append((char_start, char_end, (offset + begin) * 1000 / rate, (offset + end) * 1000 / rate))
        pieces.append(clip)
        offset += len(clip)
    samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
    return samples, spans


def float_to_pcm(audio: npt.NDArray[np.floating[Any]]) -> Samples:
    """Float audio in [-1, 1] (any shape) as 16-bit mono samples."""
    flat = np.asarray(audio, dtype=np.float64).reshape(-1)
    return np.clip(np.round(flat * 32767), -32768, 32767).astype(np.int16)


def _encode(samples: Samples, rate: int) -> tuple[bytes, int]:
    mp3 = encode_mp3(normalise_loudness(samples, rate), rate)
    return mp3, mp3_duration_ms(mp3)
