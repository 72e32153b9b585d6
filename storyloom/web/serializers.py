"""The JSON shape of a story for API clients and the reader's scripts."""

from __future__ import annotations

from typing import Any

from storyloom.db.models import Story
from storyloom.storage import story_prefix


def file_url(story_id: str, key: str | None) -> str | None:
    """The URL that serves one of the story's files, from its storage key."""
    if not key:
        return None
    return f"/api/assets/file/{story_id}/{key.removeprefix(story_prefix(story_id))}"


def story_payload(story: Story) -> dict[str, Any]:
    audio = story.audio_files or []
    chapters = []
    for number, chapter in enumerate(story.chapters or [], start=1):
        narration = audio[number - 1] if number - 1 < len(audio) else {}
        image_key = story.images[number - 1] if number - 1 < len(story.images or []) else None
        chapters.append(
            {
                "number": number,
                "title": chapter.get("title"),
                "text": chapter.get("text"),
                "scene": chapter.get("scene"),
                "image_url": file_url(story.id, image_key),
                "audio_url": file_url(story.id, narration.get("audio")),
                "timings_url": file_url(story.id, narration.get("timings")),
                "duration_ms": narration.get("duration_ms"),
            }
        )
    extras = story.extras or {}
    return {
        "id": story.id,
        "status": story.status.value,
        "title": story.title,
        "description": story.description,
        "genre": story.genre,
        "age_group": story.age_group,
        "language": story.language,
        "moral_lesson": story.moral_lesson,
        "child_name": (story.params or {}).get("child_name"),
        "dedication": (story.params or {}).get("dedication", ""),
        "illustration_style": (story.params or {}).get("illustration_style"),
        "characters": story.characters,
        "settings": story.settings,
        "chapters": chapters,
        "moral": extras.get("moral"),
        "vocabulary": extras.get("vocabulary", []),
        "discussion_questions": extras.get("discussion_questions", []),
        "reading_level": story.reading_level,
        "word_count": story.word_count,
        "page_count": story.page_count,
        "cover_url": file_url(story.id, story.cover_image),
        "pdf_url": f"/api/assets/pdf/{story.id}" if story.pdf_url else None,
        "screen_pdf_url": f"/api/assets/pdf/{story.id}?edition=screen" if story.screen_pdf_url else None,
        "audio_url": f"/api/assets/audio/{story.id}" if story.book_audio_url else None,
        "generation_time": story.generation_time,
        "error": story.error_message,
        "code": story.error_code,
        "shopify_product_id": story.shopify_product_id,
        "created_at": story.created_at.isoformat() if story.created_at else None,
        "updated_at": story.updated_at.isoformat() if story.updated_at else None,
        "published_at": story.published_at.isoformat() if story.published_at else None,
    }
