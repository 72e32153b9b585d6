"""The TextProvider protocol: writes a whole story, or one chapter again, as `StoryContent`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from storyloom.providers.base import CallRecord
from storyloom.story.params import StoryParams
from storyloom.story.schema import Chapter, StoryContent

if TYPE_CHECKING:
    from storyloom.config import Settings


@dataclass(frozen=True)
class StoryRequest:
    """What to write. `guidance` carries rewrite notes (reading level, length) on a second try."""

    params: StoryParams
    seed: int
    max_words: int
    guidance: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class StoryDraft:
    story: StoryContent
    call: CallRecord


@dataclass
class ChapterDraft:
    chapter: Chapter
    call: CallRecord


@runtime_checkable
class TextProvider(Protocol):
    """Writes stories. Implementations must return content that validates as `StoryContent` with
    exactly `params.page_count` chapters, and must raise only errors of the provider error tree."""

    @property
    def name(self) -> str: ...

    @property
    def languages(self) -> frozenset[str]: ...

    def write_story(self, request: StoryRequest) -> StoryDraft: ...

    def write_chapter(self, story: StoryContent, index: int, request: StoryRequest) -> ChapterDraft: ...


@runtime_checkable
class Moderator(Protocol):
    """A text provider that checks what it wrote against its own moderation: `moderate` must return
    the categories flagged in `text` (empty when clean) and the record of the call (None when none
    was made)."""

    def moderate(self, text: str) -> tuple[list[str], CallRecord | None]: ...


class TextProviderFactory(Protocol):
    def __call__(self, settings: Settings) -> TextProvider: ...
