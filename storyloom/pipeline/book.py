"""Between a Story row and the story's content: what the text unit saves, what the other units read."""

from __future__ import annotations

from typing import Any

from storyloom.db.models import Story
from storyloom.story.params import StoryParams
from storyloom.story.schema import Chapter, StoryContent, StorySettings


def content_columns(content: StoryContent) -> dict[str, Any]:
    """The Story columns that hold a written story (the original schema's fields, plus `extras`)."""
    return {
        "title": content.title,
        "description": content.description,
        "chapters": [chapter.model_dump(mode="json") for chapter in content.chapters],
        "characters": [character.model_dump(mode="json") for character in content.characters],
        "settings": content.settings.model_dump(mode="json"),
        "extras": {
            "moral": content.moral,
            "vocabulary": [word.model_dump(mode="json") for word in content.vocabulary],
            "discussion_questions": list(content.discussion_questions),
        },
        "word_count": content.word_count,
        "page_count": len(content.chapters),
    }


def load_content(story: Story) -> StoryContent:
    """The written story of a Story row; raises ValueError if the text is not written yet."""
    if not story.chapters:
        raise ValueError(f"story {story.id} has no text yet")
    extras = story.extras or {}
    return StoryContent.model_validate(
        {
            "title": story.title,
            "description": story.description or "",
            "characters": story.characters,
            "settings": StorySettings.model_validate(story.settings).model_dump(),
            "chapters": story.chapters,
            "moral": extras.get("moral") or story.moral_lesson or "",
            "vocabulary": extras.get("vocabulary", []),
            "discussion_questions": extras.get("discussion_questions", []),
        }
    )


def load_params(story: Story) -> StoryParams:
    return StoryParams.model_validate(story.params)


def replace_chapter(story: Story, index: int, chapter: Chapter) -> None:
    """Put a rewritten or edited chapter (1-based index) in place, keeping the word count true."""
    chapters = list(story.chapters)
    chapters[index - 1] = chapter.model_dump(mode="json")
    story.chapters = chapters
    story.word_count = sum(len(str(c["text"]).split()) for c in chapters)


def story_document(story: Story) -> dict[str, Any]:
    """`story.json`: the story as a reader or a printer needs it."""
    content = load_content(story)
    document = content.model_dump(mode="json")
    document["id"] = story.id
    document["child_name"] = story.params.get("child_name")
    document["age_group"] = story.age_group
    document["genre"] = story.genre
    document["language"] = story.language
    document["moral_lesson"] = story.moral_lesson
    document["dedication"] = story.params.get("dedication", "")
    document["illustration_style"] = story.params.get("illustration_style")
    document["word_count"] = story.word_count
    document["reading_level"] = story.reading_level
    return document
