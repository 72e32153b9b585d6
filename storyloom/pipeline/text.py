"""The text stages: write a story, or one page of it again, with the text providers
(`first_that_works`), and hold what they wrote to the product's promises (story/writing.py).

Every story is measured (reading level for its language and age group, word count, child safety); a
story outside its band or too long is rewritten by the provider with guidance, up to `MAX_REWRITES`.
A provider that refuses the content under its policy refuses the request: no other provider is tried.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from storyloom.config import get_settings
from storyloom.errors import (
    ConfigurationError,
    ContentPolicyError,
    ContentRejectedError,
    InvalidInputError,
    ProviderOutputError,
)
from storyloom.pipeline.calls import Made, first_that_works
from storyloom.pipeline.edits import clean_page_text
from storyloom.providers.base import CallRecord
from storyloom.providers.text.base import Moderator, StoryDraft, StoryRequest, TextProvider
from storyloom.story.appearance import dress_story
from storyloom.story.params import StoryParams
from storyloom.story.reading_level import ReadingLevel, count_words, measure, word_range
from storyloom.story.schema import Chapter, StoryContent
from storyloom.story.writing import (
    MAX_REWRITES,
    check_customer_text,
    check_language,
    check_written_text,
    distance,
    guidance,
    story_text,
)

M = TypeVar("M", bound=Made)


@dataclass
class WrittenStory:
    """A story that passed the checks, its measured reading level and every provider call that
    answered for it (drafts and moderation)."""

    story: StoryContent
    reading_level: dict[str, Any]
    calls: list[CallRecord]


def _write(
    providers: Sequence[TextProvider],
    language: str,
    attempt: Callable[[TextProvider], M],
    record: list[CallRecord],
    prompt: str,
) -> tuple[M, TextProvider]:
    """`attempt` with the first provider that works, those that write `language` first."""
    if not providers:
        raise ConfigurationError("no text provider is configured; set TEXT_PROVIDER (for example builtin)")
    usable = [p for p in providers if language in p.languages] or list(providers)
    try:
        return first_that_works(usable, attempt, record=record, prompt=prompt, final=(ContentPolicyError,))
    except ContentPolicyError as exc:
        raise ContentRejectedError(
            f"The story could not be made: the AI provider refused the content ({exc.message}). "
            "Please change the names, moral or characters and try again.",
        ) from exc


def _writes_story(request: StoryRequest) -> Callable[[TextProvider], StoryDraft]:
    return lambda provider: provider.write_story(request)


def _answered(record: list[CallRecord], since: int) -> list[CallRecord]:
    return [call for call in record[since:] if not call.details.get("error")]


def write_story(
    providers: Sequence[TextProvider],
    params: StoryParams,
    *,
    seed: int,
    max_words: int,
    record: list[CallRecord] | None = None,
) -> WrittenStory:
    """Write, measure and check a story; rewrite it with guidance when outside its band or too long.
    Every provider call is appended to `record` when given, failed ones included.

    Raises InvalidInputError (language not enabled), ContentRejectedError (unsuitable content) or the
    provider's error when every provider failed.
    """
    check_language(params)
    check_customer_text(params)
    record = [] if record is None else record
    since = len(record)
    notes: tuple[str, ...] = ()
    least, most = word_range(params.age_group, params.page_count, max_words)
    best: tuple[float, StoryContent, ReadingLevel, int] | None = None
    writes = 0
    for attempt in range(MAX_REWRITES + 1):
        request = StoryRequest(params=params, seed=seed, max_words=most, guidance=notes)
        draft, provider = _write(providers, params.language, _writes_story(request), record, "write_story")
        writes += 1
        story = draft.story
        if len(story.chapters) != params.page_count:
            raise ProviderOutputError(
                f"{provider.name} wrote {len(story.chapters)} pages instead of {params.page_count}",
                provider=provider.name,
            )
        _reject_unsuitable(provider, story_text(story), params.language, record)
        body = " ".join(c.text for c in story.chapters)
        level = measure(body, params.language, params.age_group, [c.name for c in story.characters])
        words = count_words(body)
        if words <= max_words:
            away = distance(level, words, least, most)
            if best is None or away < best[0]:
                best = (away, story, level, words)
        more = guidance(params, level, words, least, most)
        if not more or attempt == MAX_REWRITES:
            break
        notes = (*notes, *more)
    if best is None:
        raise ProviderOutputError(
            f"{provider.name} wrote {words} words, above MAX_STORY_LENGTH={max_words}, after every rewrite",
            provider=provider.name,
        )
    _, story, level, words = best
    story = dress_story(story, params)
    reading = level.as_json()
    reading["words"] = words
    reading["rewrites"] = writes - 1
    return WrittenStory(story=story, reading_level=reading, calls=_answered(record, since))


def _reject_unsuitable(provider: TextProvider, text: str, language: str, record: list[CallRecord]) -> None:
    check_written_text(text, language)
    if not isinstance(provider, Moderator):
        return
    flagged, moderation = provider.moderate(text)
    if moderation is not None:
        record.append(moderation)
    if flagged:
        raise ContentRejectedError(
            f"This story could not be made because {provider.name}'s moderation flagged it as unsuitable for "
            f"children ({', '.join(flagged)}). Please change the names, moral, setting or characters "
            "and try again."
        )


def write_chapter(
    providers: Sequence[TextProvider],
    story: StoryContent,
    index: int,
    params: StoryParams,
    *,
    seed: int,
    record: list[CallRecord] | None = None,
) -> tuple[Chapter, list[CallRecord]]:
    """Write page `index` (1-based) again, keeping the story's characters; checked for child safety.
    Returns the chapter and the calls that answered for it; every call is appended to `record` too."""
    check_language(params)
    if not 1 <= index <= len(story.chapters):
        raise InvalidInputError(
            f"chapter_index must be between 1 and {len(story.chapters)}", field="chapter_index"
        )
    record = [] if record is None else record
    since = len(record)
    max_words = get_settings().limits.max_story_length
    _, most = word_range(params.age_group, params.page_count, max_words)
    request = StoryRequest(params=params, seed=seed, max_words=most)
    draft, provider = _write(
        providers,
        params.language,
        lambda p: p.write_chapter(story, index, request),
        record,
        f"write_chapter {index}",
    )
    chapter = draft.chapter
    names = {c.name for c in story.characters}
    chapter = chapter.model_copy(update={"scene": chapter.scene.keeping_only(names)})
    _reject_unsuitable(provider, f"{chapter.title}. {chapter.text}", params.language, record)
    return chapter, _answered(record, since)


def printable(chapter: Chapter, calls: list[CallRecord]) -> Chapter:
    """`chapter` (a page written again at the owner's request, pipeline/edits.py) with its text cleaned
    as the book prints it. Raises ProviderOutputError, naming the provider of the last of `calls`, for
    a page the book cannot print."""
    try:
        text = clean_page_text(chapter.text)
    except InvalidInputError as exc:
        provider = calls[-1].provider if calls else "the text provider"
        raise ProviderOutputError(
            f"{provider} wrote a page the book cannot print ({exc.message})", provider=provider
        ) from exc
    return chapter.model_copy(update={"text": text})
