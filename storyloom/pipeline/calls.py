"""Provider calls as the pipeline makes them: each one waits for a slot of its provider (concurrency
and requests per minute, shared by every worker process), and every stage calls its chain of
providers through `first_that_works`, the one fallback policy, which keeps one record of each call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import ClassVar, Generic, Literal, Protocol, TypeVar

from storyloom.errors import ProviderError, TerminalProviderError
from storyloom.pipeline.ratelimit import RateLimiter
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.image.base import Illustration, ImageProvider, ImageRequest, redraws_at_any_size
from storyloom.providers.speech.base import Narration, SpeechProvider, SpeechRequest
from storyloom.providers.text.base import ChapterDraft, Moderator, StoryDraft, StoryRequest, TextProvider
from storyloom.story.schema import StoryContent

ProviderKind = Literal["text", "image", "speech"]


class Made(Protocol):
    """What a provider call returns: its content and the record of the call."""

    @property
    def call(self) -> CallRecord: ...


class Named(Protocol):
    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=Named)
M = TypeVar("M", bound=Made)


def first_that_works(
    providers: Sequence[P],
    attempt: Callable[[P], M],
    *,
    record: list[CallRecord],
    prompt: str,
    final: tuple[type[TerminalProviderError], ...] = (),
) -> tuple[M, P]:
    """`attempt(provider)` on each provider in turn: the first result, with the provider that made it.

    The one policy of every stage: a terminal failure (refusal, bad request, key, quota) moves on to
    the next provider, unless it is one of `final`; anything else, a retryable failure above all,
    is raised at once (the executor backs off and runs the unit again). When every provider failed,
    the last failure is raised. Each call is appended to `record` once, as it ends: the result's
    own record, or the failure's (its provider, `prompt`, how long it took, and `error` and
    `message` in the details). `providers` must not be empty.
    """
    if not providers:
        raise ValueError("first_that_works needs at least one provider")
    last: TerminalProviderError | None = None
    for provider in providers:
        watch = Stopwatch()
        try:
            made = attempt(provider)
        except ProviderError as exc:
            details = {"error": exc.code, "message": exc.message}
            failed = CallRecord(
                provider=exc.provider or provider.name,
                prompt=prompt,
                duration_ms=watch.elapsed_ms,
                details=details,
            )
            record.append(failed)
            if not isinstance(exc, TerminalProviderError) or isinstance(exc, final):
                raise
            last = exc
            continue
        record.append(made.call)
        return made, provider
    assert last is not None
    raise last


class _Limited(Generic[P]):
    """A provider seen through its limits: each call takes a slot of the provider's budget first
    (concurrency and requests per minute, shared by every worker process)."""

    kind: ClassVar[ProviderKind]

    def __init__(self, provider: P, limiter: RateLimiter) -> None:
        self.provider = provider
        self._limiter = limiter

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.provider!r})"

    @property
    def name(self) -> str:
        return self.provider.name

    def _slot(self) -> AbstractContextManager[float]:
        return self._limiter.slot(self.kind, self.provider.name)


class LimitedTextProvider(_Limited[TextProvider]):
    kind = "text"

    @property
    def languages(self) -> frozenset[str]:
        return self.provider.languages

    def write_story(self, request: StoryRequest) -> StoryDraft:
        with self._slot():
            return self.provider.write_story(request)

    def write_chapter(self, story: StoryContent, index: int, request: StoryRequest) -> ChapterDraft:
        with self._slot():
            return self.provider.write_chapter(story, index, request)

    def moderate(self, text: str) -> tuple[list[str], CallRecord | None]:
        """The provider's own moderation of `text`; nothing flagged when it has none."""
        if isinstance(self.provider, Moderator):
            return self.provider.moderate(text)
        return [], None


class LimitedImageProvider(_Limited[ImageProvider]):
    kind = "image"

    @property
    def accepts_references(self) -> bool:
        return self.provider.accepts_references

    @property
    def max_size(self) -> int:
        return self.provider.max_size

    @property
    def redraws_at_any_size(self) -> bool:
        return redraws_at_any_size(self.provider)

    def illustrate(self, request: ImageRequest) -> Illustration:
        with self._slot():
            return self.provider.illustrate(request)


class LimitedSpeechProvider(_Limited[SpeechProvider]):
    kind = "speech"

    @property
    def languages(self) -> frozenset[str]:
        return self.provider.languages

    @property
    def word_timings(self) -> bool:
        return self.provider.word_timings

    def narrate(self, request: SpeechRequest) -> Narration:
        with self._slot():
            return self.provider.narrate(request)
