"""The JSON shape of a story for API clients and the reader's scripts (see web/schemas.py)."""

from __future__ import annotations

import re
from typing import Any

from storyloom.access import PREVIEW_PAGES, StoryAccess, without_child_name
from storyloom.db.models import Story
from storyloom.storage import story_prefix


def file_url(story_id: str, key: str | None, version: str = "") -> str | None:
    """The URL that serves one of the story's files, from its storage key. `version` changes the URL
    when the file is made again, so a browser never shows a stale picture from its cache."""
    if not key:
        return None
    url = f"/api/assets/file/{story_id}/{key.removeprefix(story_prefix(story_id))}"
    return f"{url}?v={version}" if version else url


def reading_level_label(level: dict[str, Any] | None) -> str | None:
    """The measured reading level in words: 'Flesch-Kincaid grade 1.8, within the target -3 to 3'."""
    if not level:
        return None
    formula, score = level.get("formula"), level.get("score")
    if not isinstance(score, int | float):
        return str(formula) if formula else None
    label = f"{formula} {score:.1f}" if formula else f"{score:.1f}"
    band = level.get("band")
    if isinstance(band, list | tuple) and len(band) == 2:
        where = "within" if level.get("within_band", True) else "outside"
        label += f", {where} the target {band[0]:g} to {band[1]:g}"
    return label


def scene_alt(scene: dict[str, Any] | None, fallback: str) -> str:
    """Alt text for a page's picture, from its structured scene: who does what, where, when."""
    if not scene:
        return fallback
    names = [str(name) for name in scene.get("characters_present") or []]
    action = str(scene.get("action") or "").strip()
    missing = [name for name in names if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", action)]
    who = " and ".join(missing) if len(missing) == len(names) else ""
    if who == "" and missing:
        action += f", with {' and '.join(missing)}"
    place = str(scene.get("setting") or "").strip()
    time_of_day = str(scene.get("time_of_day") or "").strip()
    sentence = " ".join(part for part in (who, action) if part) or fallback
    if place:
        sentence += f" in {place}"
    if time_of_day:
        sentence += f", {time_of_day}"
    mood = str(scene.get("mood") or "").strip()
    if mood:
        sentence += f"; the mood is {mood}"
    return sentence[0].upper() + sentence[1:] + "."


def _version(story: Story) -> str:
    stamp = story.updated_at or story.created_at
    return str(int(stamp.timestamp())) if stamp else ""


def story_payload(story: Story, picture_versions: dict[tuple[str, int], str] | None = None) -> dict[str, Any]:
    """Everything the reader and API clients need about one story (URLs, not file contents).
    `picture_versions` ((unit kind, index): version) versions each picture's address by the picture
    itself, so that a change elsewhere in the book keeps the pictures a browser has."""
    audio = story.audio_files or []
    version = _version(story)
    versions = picture_versions or {}
    chapters = []
    for number, chapter in enumerate(story.chapters or [], start=1):
        narration = audio[number - 1] if number - 1 < len(audio) and audio[number - 1] else {}
        image_key = story.images[number - 1] if number - 1 < len(story.images or []) else None
        title = str(chapter.get("title") or f"Page {number}")
        chapters.append(
            {
                "number": number,
                "title": chapter.get("title"),
                "text": chapter.get("text"),
                "scene": chapter.get("scene"),
                "alt": scene_alt(chapter.get("scene"), title),
                "image_url": file_url(story.id, image_key, versions.get(("page_image", number), version)),
                "audio_url": file_url(story.id, narration.get("audio"), version),
                "timings_url": file_url(story.id, narration.get("timings"), version),
                "duration_ms": narration.get("duration_ms"),
            }
        )
    extras = story.extras or {}
    params = story.params or {}
    title = story.title or ""
    return {
        "id": story.id,
        "status": story.status.value,
        "title": title,
        "description": story.description,
        "genre": story.genre,
        "age_group": story.age_group,
        "language": story.language,
        "moral_lesson": story.moral_lesson,
        "child_name": params.get("child_name"),
        "dedication": params.get("dedication", ""),
        "illustration_style": params.get("illustration_style"),
        "characters": story.characters or [],
        "settings": story.settings or {},
        "chapters": chapters,
        "moral": extras.get("moral"),
        "vocabulary": extras.get("vocabulary", []),
        "discussion_questions": extras.get("discussion_questions", []),
        "reading_level": story.reading_level,
        "reading_level_label": reading_level_label(story.reading_level),
        "word_count": story.word_count,
        "page_count": story.page_count,
        "cover_url": file_url(story.id, story.cover_image, versions.get(("cover", 0), version)),
        "cover_alt": f"The cover of {title}" if title else "The book's cover",
        "pdf_url": f"/api/assets/pdf/{story.id}" if story.pdf_url else None,
        "screen_pdf_url": f"/api/assets/pdf/{story.id}?edition=screen" if story.screen_pdf_url else None,
        "audio_url": f"/api/assets/audio/{story.id}" if story.book_audio_url else None,
        "generation_time": story.generation_time,
        "error": story.error_message,
        "code": story.error_code,
        "shopify_product_id": story.shopify_product_id,
        "created_at": story.created_at.isoformat() if story.created_at else None,
        "updated_at": story.updated_at.isoformat() if story.updated_at else None,
        "completed_at": story.completed_at.isoformat() if story.completed_at else None,
        "published_at": story.published_at.isoformat() if story.published_at else None,
    }


def preview_payload(full: dict[str, Any], access: StoryAccess) -> dict[str, Any]:
    """A published book as a stranger sees it: the cover and the first pages (pictures and text, no
    narration), no PDFs or audio, the child's name only if the owner agreed, and where to buy it."""
    name = access.child_name if not access.show_child_name else ""

    def hide(value: Any) -> Any:
        return without_child_name(value, name) if isinstance(value, str) and name else value

    chapters = [
        {
            **chapter,
            "text": hide(chapter.get("text")),
            "title": hide(chapter.get("title")),
            "alt": hide(chapter.get("alt")),
            "scene": None if name else chapter.get("scene"),
            "audio_url": None,
            "timings_url": None,
            "duration_ms": None,
        }
        for chapter in full.get("chapters", [])[:PREVIEW_PAGES]
    ]
    return {
        **full,
        "title": hide(full.get("title")),
        "description": hide(full.get("description")),
        "child_name": "our hero" if name else full.get("child_name"),
        "dedication": "",
        "cover_alt": hide(full.get("cover_alt")),
        "characters": [] if name else full.get("characters", []),
        "chapters": chapters,
        "pdf_url": None,
        "screen_pdf_url": None,
        "audio_url": None,
        "preview": True,
        "buy_url": access.buy_url,
    }
