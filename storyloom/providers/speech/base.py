"""The SpeechProvider protocol: narrates one page's text as MP3 with a timing for every word."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol, runtime_checkable

from storyloom.providers.base import CallRecord


@dataclass(frozen=True)
class WordTiming:
    """One word of the page: when it is spoken (ms) and where it stands in the text (characters)."""

    word: str
    start_ms: int
    end_ms: int
    char_start: int
    char_end: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SpeechRequest:
    text: str
    language: str
    voice: str | None = None
    rate: float = 0.85  # slower than conversational speech, for a young listener


@dataclass
class Narration:
    mp3: bytes
    duration_ms: int
    words: list[WordTiming]
    call: CallRecord


@runtime_checkable
class SpeechProvider(Protocol):
    """Narrates text. Implementations must return timings for every word of the text, in order."""

    @property
    def name(self) -> str: ...

    @property
    def languages(self) -> frozenset[str]: ...

    @property
    def word_timings(self) -> bool: ...

    def narrate(self, request: SpeechRequest) -> Narration: ...


@runtime_checkable
class VoiceCatalogue(Protocol):
    """A speech provider that can tell, before any work, whether it has a voice.

    `has_voice` must answer True or False from the provider's own list of voices (the installed ones
    for a local engine), and may answer None when it cannot tell now (the list is unreachable)."""

    def has_voice(self, voice: str, language: str) -> bool | None: ...
