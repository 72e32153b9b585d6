"""The service interfaces of the original design, over the pipeline: what an integration or a script
calls to make, remake and read parts of a book. (ShopifyIntegrationService is in storyloom.shopify.)

Each method goes through the same units and queues as a book made from the form, so everything it
does is recorded, retried and visible in the story's progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from storyloom.access import load_story
from storyloom.db.models import Story, UnitKind, WorkUnit
from storyloom.errors import InvalidInputError, NotFoundError
from storyloom.pipeline.assets import run_stage_now, run_unit_now
from storyloom.pipeline.book import load_content
from storyloom.pipeline.edits import regenerate_page_image, regenerate_page_text
from storyloom.pipeline.orchestrator import Owner, rerun_units, start_story
from storyloom.pipeline.stages import character_key
from storyloom.pipeline.units import story_units
from storyloom.storage import asset_key
from storyloom.story.params import StoryParams
from storyloom.story.schema import Chapter

if TYPE_CHECKING:
    from storyloom.runtime import Runtime


class StoryGenerationService:
    """Writes books: a whole one, one chapter again, or all of its text or pictures again."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def generate_story(
        self, params: StoryParams, *, owner: Owner | None = None, idempotency_key: str | None = None
    ) -> Story:
        """Start a book; the returned story is GENERATING and its progress is in story_progress."""
        started = start_story(self.runtime, params, owner=owner, idempotency_key=idempotency_key)
        return load_story(self.runtime, started.story_id)

    def generate_chapter(self, story_id: str, chapter_index: int) -> Chapter:
        """Write one chapter (1-based) again and return it; its picture (when the scene changed),
        narration and the PDFs follow in the workers. The chapter is written by its page-text unit,
        run in this thread unless a worker took it first (then this waits for the worker).

        Raises StoryGenerationError naming the unit ("page text 2 failed: ...") when the rewrite
        failed for good; the story is then in ERROR, and retrying it writes the page again."""
        regenerate_page_text(self.runtime, story_id, chapter_index)
        run_unit_now(self.runtime, story_id, UnitKind.PAGE_TEXT, chapter_index)
        return load_content(load_story(self.runtime, story_id)).chapters[chapter_index - 1]

    def regenerate_content(self, story_id: str, content: Literal["text", "image"]) -> list[str]:
        """Make the whole book's text (and so everything after it) or all its pictures again.
        Returns the labels of the units made again."""
        story = load_story(self.runtime, story_id)
        pages = len(story.chapters or [])
        if content == "text":
            units = [(unit.kind, unit.index) for unit in _book_units(self.runtime, story_id)]
        elif content == "image":
            for page in range(1, pages + 1):
                regenerate_page_image(self.runtime, story_id, page)
            units = [(UnitKind.COVER, 0)]
        else:
            raise InvalidInputError("content: must be 'text' or 'image'", field="content")
        return rerun_units(self.runtime, story_id, units)


def _book_units(runtime: Runtime, story_id: str) -> list[WorkUnit]:
    """The units that make the book from scratch: not publishing, and not the pages the owner had
    written again (the whole text is written anew)."""
    with runtime.session() as session:
        return [
            u for u in story_units(session, story_id) if u.kind not in (UnitKind.PUBLISH, UnitKind.PAGE_TEXT)
        ]


@dataclass(frozen=True)
class CharacterReference:
    """A character's reference sheet: drawn first, then shown to every provider that takes references."""

    name: str
    key: str
    png: bytes


class ImageGenerationService:
    """Draws a book's pictures: the cover, a page, a character's reference sheet."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def generate_cover_image(self, story_id: str) -> str:
        """Draw the cover now; returns its storage key."""
        run_stage_now(self.runtime, load_story(self.runtime, story_id), UnitKind.COVER)
        return asset_key(story_id, "cover.png")

    def generate_page_image(self, story_id: str, page: int) -> str:
        """Draw one page's picture now; returns its storage key."""
        story = load_story(self.runtime, story_id)
        if not 1 <= page <= len(story.chapters or []):
            raise InvalidInputError(
                f"page: the book has pages 1 to {len(story.chapters or [])}", field="page"
            )
        run_stage_now(self.runtime, story, UnitKind.PAGE_IMAGE, page)
        return asset_key(story_id, f"pages/{page:02d}.png")

    def generate_character_consistency(self, story_id: str, character_name: str) -> CharacterReference:
        """Draw (or redraw) a main character's reference sheet."""
        story = load_story(self.runtime, story_id)
        names = [c.name for c in load_content(story).main_characters]
        if character_name not in names:
            raise NotFoundError(f"the book has no main character named {character_name!r}")
        number = names.index(character_name) + 1
        run_stage_now(self.runtime, story, UnitKind.CHARACTER, number)
        key = asset_key(story_id, character_key(number))
        return CharacterReference(name=character_name, key=key, png=self.runtime.store.get(key))
