"""Hold a story to the product's promises: the request's own words and language, and what a text
provider wrote (child safety), measured against the reading level and word range of its age group.
The text stage (pipeline/text.py) writes the story with the providers and rewrites it with the guidance
these give, up to `MAX_REWRITES` times.
"""

from __future__ import annotations

from typing import Any

from storyloom.config import get_settings
from storyloom.errors import ContentRejectedError, InvalidInputError
from storyloom.story.params import StoryParams
from storyloom.story.reading_level import ReadingLevel
from storyloom.story.safety import unsuitable_words
from storyloom.story.schema import StoryContent

MAX_REWRITES = 2

REJECTED_MESSAGE = (
    "This story could not be made because {where} contains words that are not suitable for a children's "
    "book ({words}). Please change {what} and try again."
)


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


def story_text(story: StoryContent) -> str:
    """The story's words as one text, for the safety checks."""
    parts = [story.title, story.description, *(f"{c.title}. {c.text}" for c in story.chapters)]
    return "\n".join(parts)


def check_written_text(text: str, language: str) -> None:
    """Refuse a story (or page) a provider wrote whose words are unsuitable for a children's book."""
    found = unsuitable_words(text, language)
    if found:
        raise ContentRejectedError(
            REJECTED_MESSAGE.format(
                where="the story the AI wrote",
                words=", ".join(found),
                what="the request or the text provider",
            ),
        )


def guidance(params: StoryParams, level: Any, words: int, least: int, most: int) -> list[str]:
    """What a rewrite is told when a draft measured outside its band or word range (none when inside)."""
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


def distance(level: ReadingLevel, words: int, least: int, most: int) -> float:
    """How far a draft is from its targets (0 when inside the band and the word range)."""
    low, high = level.band
    span = max(high - low, 1.0)
    outside = max(low - level.score, 0.0, level.score - high) / span
    return outside + max(least - words, 0, words - most) / max(most, 1)
