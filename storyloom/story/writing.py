"""Write a story with the configured text providers, and hold it to the product's promises.

Every story is measured (reading level for its language and age group, word count, child safety); a
story outside its band or too long is rewritten by the provider with guidance, up to `MAX_REWRITES`.
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
    TerminalProviderError,
)
from storyloom.providers.base import CallRecord
from storyloom.providers.text.base import StoryDraft, StoryRequest, TextProvider
from storyloom.story.appearance import dress_story
from storyloom.story.params import StoryParams
from storyloom.story.reading_level import ReadingLevel, count_words, measure, word_range
from storyloom.story.safety import unsuitable_words
from storyloom.story.schema import Chapter, StoryContent

MAX_REWRITES = 2
T = TypeVar("T")

REJECTED_MESSAGE = (
    "This story could not be made because {where} contains words that are not suitable for a children's "
    "book ({words}). Please change {what} and try again."
)


@dataclass
class WrittenStory:
    """A story that passed the checks, its measured reading level and every provider call made for it."""

    story: StoryContent
    reading_level: dict[str, Any]
    calls: list[CallRecord]


def check_language(params: StoryParams) -> None:
    """Refuse languages other than English unless ENABLE_MULTI_LANGUAGE is on."""
    if params.language != "en" and not get_settings().limits.enable_multi_language:
        raise InvalidInputError(
            f"language {params.language!r} is not available: only 'en' is enabled on this store "
            "(set ENABLE_MULTI_LANGUAGE=true to allow es, fr and de)",
            field="language",
        )


def check_customer_text(params: StoryParams) -> None:
    """Refuse a request whose own words are unsuitable, before any provider sees them."""
    parts = [params.child_name, params.moral_lesson, params.setting, params.dedication]
    for character in params.characters:
        parts += [character.name, character.kind, character.traits, character.look]
    found = unsuitable_words(" ".join(parts), params.language)
    if found:
        raise ContentRejectedError(
            REJECTED_MESSAGE.format(
                where="the request", words=", ".join(found), what="the names, moral, setting or characters"
            ),
            field="params",
        )


def _story_text(story: StoryContent) -> str:
    parts = [story.title, story.description, *(f"{c.title}. {c.text}" for c in story.chapters)]
    return "\n".join(parts)


def _call(
    providers: Sequence[TextProvider], language: str, call: Callable[[TextProvider], T]
) -> tuple[T, TextProvider]:
    if not providers:
        raise ConfigurationError("no text provider is configured; set TEXT_PROVIDER (for example builtin)")
    usable = [p for p in providers if language in p.languages] or list(providers)
    last: TerminalProviderError | None = None
    for provider in usable:
        try:
            return call(provider), provider
        except ContentPolicyError as exc:
            raise ContentRejectedError(
                f"The story could not be made: the AI provider refused the content ({exc.message}). "
                "Please change the names, moral or characters and try again.",
            ) from exc
        except TerminalProviderError as exc:
            last = exc
    assert last is not None
    raise last


def _writes_story(request: StoryRequest) -> Callable[[TextProvider], StoryDraft]:
    return lambda provider: provider.write_story(request)


def _guidance(params: StoryParams, level: Any, words: int, least: int, most: int) -> list[str]:
    notes = []
    low, high = level.band
    if level.too_hard:
        notes.append(
            f"The reading level measured {level.formula} {level.score:.1f}, "
            f"harder than the band {low}-{high} "
            f"for ages {params.age_group}: use shorter sentences and shorter, simpler words."
        )
    elif level.too_easy:
        notes.append(
            f"The reading level measured {level.formula} {level.score:.1f}, "
            f"easier than the band {low}-{high} "
            f"for ages {params.age_group}: use longer sentences and richer words."
        )
    if words > most:
        notes.append(f"The story has {words} words: use fewer words, at most {most} in all.")
    elif words < least:
        notes.append(f"The story has {words} words: use more words, at least {least} in all.")
    return notes


def write_story(
    providers: Sequence[TextProvider], params: StoryParams, *, seed: int, max_words: int
) -> WrittenStory:
    """Write, measure and check a story; rewrite it with guidance when outside its band or too long.

    Raises InvalidInputError (language not enabled), ContentRejectedError (unsuitable content) or the
    provider's error when every provider failed.
    """
    check_language(params)
    check_customer_text(params)
    calls: list[CallRecord] = []
    guidance: tuple[str, ...] = ()
    least, most = word_range(params.age_group, params.page_count, max_words)
    best: tuple[float, StoryContent, ReadingLevel, int] | None = None
    writes = 0
    for attempt in range(MAX_REWRITES + 1):
        request = StoryRequest(params=params, seed=seed, max_words=most, guidance=guidance)
        draft, provider = _call(providers, params.language, _writes_story(request))
        calls.append(draft.call)
        writes += 1
        story = draft.story
        if len(story.chapters) != params.page_count:
            raise ProviderOutputError(
                f"{provider.name} wrote {len(story.chapters)} pages instead of {params.page_count}",
                provider=provider.name,
            )
        _reject_unsuitable(provider, _story_text(story), params.language, calls)
        body = " ".join(c.text for c in story.chapters)
        level = measure(body, params.language, params.age_group, [c.name for c in story.characters])
        words = count_words(body)
        if words <= max_words:
            distance = _distance(level, words, least, most)
            if best is None or distance < best[0]:
                best = (distance, story, level, words)
        notes = _guidance(params, level, words, least, most)
        if not notes or attempt == MAX_REWRITES:
            break
        guidance = (*guidance, *notes)
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
    return WrittenStory(story=story, reading_level=reading, calls=calls)


def _distance(level: ReadingLevel, words: int, least: int, most: int) -> float:
    """How far a draft is from its targets (0 when inside the band and the word range)."""
    low, high = level.band
    span = max(high - low, 1.0)
    outside = max(low - level.score, 0.0, level.score - high) / span
    return outside + max(least - words, 0, words - most) / max(most, 1)


def _reject_unsuitable(provider: TextProvider, text: str, language: str, calls: list[CallRecord]) -> None:
    found = unsuitable_words(text, language)
    if found:
        raise ContentRejectedError(
            REJECTED_MESSAGE.format(
                where="the story the AI wrote",
                words=", ".join(found),
                what="the request or the text provider",
            ),
        )
    moderate = getattr(provider, "moderate", None)
    if not callable(moderate):
        return
    flagged, record = moderate(text)
    if record is not None:
        calls.append(record)
    if flagged:
        raise ContentRejectedError(
            f"This story could not be made because {provider.name}'s moderation flagged it as unsuitable for "
            f"children ({', '.join(flagged)}). Please change the names, moral, setting or characters "
            "and try again."
        )


def write_chapter(
    providers: Sequence[TextProvider], story: StoryContent, index: int, params: StoryParams, *, seed: int
) -> tuple[Chapter, list[CallRecord]]:
    """Write page `index` (1-based) again, keeping the story's characters; checked for child safety."""
    check_language(params)
    if not 1 <= index <= len(story.chapters):
        raise InvalidInputError(
            f"chapter_index must be between 1 and {len(story.chapters)}", field="chapter_index"
        )
    max_words = get_settings().limits.max_story_length
    _, most = word_range(params.age_group, params.page_count, max_words)
    request = StoryRequest(params=params, seed=seed, max_words=most)
    draft, provider = _call(providers, params.language, lambda p: p.write_chapter(story, index, request))
    calls = [draft.call]
    chapter = draft.chapter
    names = {c.name for c in story.characters}
    chapter = chapter.model_copy(update={"scene": chapter.scene.keeping_only(names)})
    _reject_unsuitable(provider, f"{chapter.title}. {chapter.text}", params.language, calls)
    return chapter, calls
