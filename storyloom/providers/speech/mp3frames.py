"""MPEG audio layer III frames: enough of the format to join MP3s without decoding and re-encoding
them (no generation loss), and to know their exact length from the frame count."""

from __future__ import annotations

from dataclasses import dataclass

_BITRATES_MPEG1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_MPEG2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class FrameStream:
    """The audio frames of one MP3 and what every frame of it shares."""

    frames: list[bytes]
    sample_rate: int
    samples_per_frame: int
    channels: int

    @property
    def samples(self) -> int:
        return len(self.frames) * self.samples_per_frame

    def compatible_with(self, other: FrameStream) -> bool:
        """Whether the two streams can be played as one (same rate, frame size and channels)."""
        return (self.sample_rate, self.samples_per_frame, self.channels) == (
            other.sample_rate,
            other.samples_per_frame,
            other.channels,
        )


def _skip_id3v2(data: bytes) -> int:
    if len(data) < 10 or data[:3] != b"ID3":
        return 0
    size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def read_frames(mp3: bytes) -> FrameStream | None:
    """The layer III frames of `mp3` (after any ID3v2 tag, without a Xing/Info header frame), or None
    when the data is not one clean stream of frames sharing a sample rate and channel count."""
    position = _skip_id3v2(mp3)
    frames: list[bytes] = []
    shape: tuple[int, int, int] | None = None
    while position + 4 <= len(mp3):
        if mp3[position : position + 3] == b"TAG" and len(mp3) - position == 128:
            break
        header = mp3[position : position + 4]
        if header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
            return None
        version = (header[1] >> 3) & 3
        layer = (header[1] >> 1) & 3
        bitrate_index = header[2] >> 4
        rate_index = (header[2] >> 2) & 3
        if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
            return None
        sample_rate = _SAMPLE_RATES[version][rate_index]
        mpeg1 = version == 3
        bitrate = (_BITRATES_MPEG1 if mpeg1 else _BITRATES_MPEG2)[bitrate_index] * 1000
        length = (144 if mpeg1 else 72) * bitrate // sample_rate + ((header[2] >> 1) & 1)
        channels = 1 if header[3] >> 6 == 3 else 2
        frame_shape = (sample_rate, 1152 if mpeg1 else 576, channels)
        if shape is not None and frame_shape != shape:
            return None
        shape = frame_shape
        frame = mp3[position : position + length]
        if len(frame) < length:
            return None
        if not (frames == [] and (b"Xing" in frame[:64] or b"Info" in frame[:64])):
            frames.append(frame)
        position += length
    if shape is None or not frames:
        return None
    return FrameStream(frames, shape[0], shape[1], shape[2])
