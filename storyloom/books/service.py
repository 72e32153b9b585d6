"""The book service: every operation on a book that the web app, the CLI and Shopify ask for, in
one place. Start, read and follow a book; retry it, change a page, make text or pictures again;
publish it; choose how it is shared; fetch (and make when missing) its PDFs, narration and files.

Each operation goes through the pipeline's units and queues, as a book made from the form does, so
everything it does is recorded, retried and visible in the story's progress. Access is the
caller's to check (storyloom/access.py): the service acts for whoever calls it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select

from storyloom.db.models import Story, StoryStatus, UnitKind, WorkUnit
from storyloom.db.stories import detached_story, find_story, get_story
from storyloom.errors import InvalidInputError, NotFoundError, StorageError
from storyloom.pipeline.assets import (
    ensure_book_audio,
    ensure_page_audio,
    ensure_pdf,
    run_stage_now,
    run_unit_now,
)
from storyloom.pipeline.book import load_content, story_document
from storyloom.pipeline.edits import (
    PageChange,
    Part,
    edit_page_text,
    regenerate_page,
    regenerate_page_image,
    regenerate_page_text,
)
from storyloom.pipeline.orchestrator import (
    Owner,
    StartedStory,
    StoryProgress,
    request_publish,
    rerun_units,
    retry_story,
    start_story,
    story_progress,
)
from storyloom.pipeline.stages import character_key
from storyloom.pipeline.units import new_unit, release_to_enqueue, story_units
from storyloom.storage import asset_key, story_prefix
from storyloom.story.params import StoryParams
from storyloom.story.schema import Chapter

if TYPE_CHECKING:
    from storyloom.runtime import Runtime


# The files a buyer downloads, by edition: the Story column that holds each one's storage key.
EDITION_COLUMNS = {"print": "pdf_url", "screen": "screen_pdf_url", "audio": "book_audio_url"}


@dataclass(frozen=True)
class CharacterReference:
    """A character's reference sheet: drawn first, then shown to every provider that takes references."""

    name: str
    key: str
    png: bytes


class BookService:
    """A book's operations for one runtime; cheap to make, holds nothing but the runtime."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    # starting and reading

    def start(
        self, params: StoryParams, *, owner: Owner | None = None, idempotency_key: str | None = None
    ) -> StartedStory:
        """Start a book: its story row and units, its first unit enqueued. The same idempotency key
        never makes two books: a repeat returns the first one (`created` False, no token)."""
        return start_story(self.runtime, params, owner=owner, idempotency_key=idempotency_key)

    def story(self, story_id: str) -> Story:
        """The story, detached from its session; NotFoundError when there is none."""
        with self.runtime.session() as session:
            return detached_story(session, story_id)

    def progress(self, story_id: str) -> StoryProgress:
        """Done and total units, each unit's state, the current step and the time left."""
        return story_progress(self.runtime, story_id)

    # changing

    def retry(self, story_id: str, changes: Mapping[str, Any] | None = None) -> list[str]:
        """Re-run the failed units (and the PDF), after the narration `changes` if any; returns the
        labels of the units that run again."""
        return retry_story(self.runtime, story_id, changes)

    def edit_page_text(self, story_id: str, page: int, text: str) -> PageChange:
        """Replace a page's text; its narration and the PDFs are made again."""
        return edit_page_text(self.runtime, story_id, page, text)

    def regenerate_page(self, story_id: str, page: int, part: Part) -> PageChange:
        """Make a page's picture or text again, in the workers."""
        return regenerate_page(self.runtime, story_id, page, part)

    def set_sharing(
        self, story_id: str, *, show_in_library: bool | None = None, show_child_name: bool | None = None
    ) -> Story:
        """The owner's choices for the public library; returns the story as it now is."""
        with self.runtime.session() as session:
            story = get_story(session, story_id)
            if show_in_library is not None:
                story.show_in_library = show_in_library
            if show_child_name is not None:
                story.show_child_name = show_child_name
            session.flush()
            session.expunge(story)
        self.runtime.invalidate_story(story_id)
        return story

    def publish(self, story_id: str) -> None:
        """Publish a finished book to its Shopify store (the publish unit, on the shopify-sync queue)."""
        request_publish(self.runtime, story_id)

    def publish_when_made(self, story_id: str) -> None:
        """Have the pipeline publish the book as soon as all of it is made (a shop's auto-publish): a
        waiting publish unit, released at once if the book is already finished."""
        runtime = self.runtime
        with runtime.session() as session:
            exists = session.scalar(
                select(WorkUnit.id).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PUBLISH)
            )
            if exists is None:
                session.add(new_unit(story_id, UnitKind.PUBLISH, runtime.settings.limits.unit_max_attempts))
                session.flush()
            released = release_to_enqueue(session, story_id)
        for kind, unit_id in released:
            runtime.queues.enqueue(kind, unit_id)

    # files

    def pdf(self, story: Story, edition: str) -> str:
        """The storage key of the print or screen PDF, laid out now if it is missing."""
        return ensure_pdf(self.runtime, story, edition)

    def page_audio(self, story: Story, page: int) -> str:
        """The storage key of one page's narration, recorded now if it is missing."""
        return ensure_page_audio(self.runtime, story, page)

    def book_audio(self, story: Story) -> str:
        """The storage key of the whole book's narration, made now if it is missing."""
        return ensure_book_audio(self.runtime, story)

    def published_edition(self, story_id: str, edition: str) -> tuple[Story, bytes] | None:
        """A published book and one of its files for buyers (`EDITION_COLUMNS`: the print PDF, the
        screen PDF, the narration); None when the book is not published or the file is not there."""
        with self.runtime.session() as session:
            story = find_story(session, story_id)
        key = getattr(story, EDITION_COLUMNS[edition], None) if story is not None else None
        if story is None or story.status != StoryStatus.PUBLISHED or not key:
            return None
        try:
            return story, self.runtime.store.get(key)
        except StorageError:
            return None

    def export(self, story_id: str, out: Path) -> list[Path]:
        """Copy a book's files from storage into `out`, in the layout the README describes."""
        with self.runtime.session() as session:
            document = story_document(get_story(session, story_id))
        out.mkdir(parents=True, exist_ok=True)
        (out / "story.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        written = [out / "story.json"]
        prefix = story_prefix(story_id)
        for item in self.runtime.store.list(prefix):
            name = item.key.removeprefix(prefix)
            if name in ("story.json", "print/pictures.json"):
                continue
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.runtime.store.get(item.key))
            written.append(target)
        return written

    # made now, in the caller's thread (the original design's synchronous interfaces)

    def generate_story(
        self, params: StoryParams, *, owner: Owner | None = None, idempotency_key: str | None = None
    ) -> Story:
        """Start a book; the returned story is GENERATING and its progress is in `progress`."""
        started = self.start(params, owner=owner, idempotency_key=idempotency_key)
        return self.story(started.story_id)

    def generate_chapter(self, story_id: str, chapter_index: int) -> Chapter:
        """Write one chapter (1-based) again and return it; its picture (when the scene changed),
        narration and the PDFs follow in the workers. The chapter is written by its page-text unit,
        run in this thread unless a worker took it first (then this waits for the worker).

        Raises StoryGenerationError naming the unit ("page text 2 failed: ...") when the rewrite
        failed for good; the story is then in ERROR, and retrying it writes the page again."""
        regenerate_page_text(self.runtime, story_id, chapter_index)
        run_unit_now(self.runtime, story_id, UnitKind.PAGE_TEXT, chapter_index)
        return load_content(self.story(story_id)).chapters[chapter_index - 1]

    def regenerate_content(self, story_id: str, content: Literal["text", "image"]) -> list[str]:
        """Make the whole book's text (and so everything after it) or all its pictures again.
        Returns the labels of the units made again."""
        story = self.story(story_id)
        pages = len(story.chapters or [])
        if content == "text":
            units = [(unit.kind, unit.index) for unit in self._book_units(story_id)]
        elif content == "image":
            for page in range(1, pages + 1):
                regenerate_page_image(self.runtime, story_id, page)
            units = [(UnitKind.COVER, 0)]
        else:
            raise InvalidInputError("content: must be 'text' or 'image'", field="content")
        return rerun_units(self.runtime, story_id, units)

    def _book_units(self, story_id: str) -> list[WorkUnit]:
        """The units that make the book from scratch: not publishing, and not the pages the owner had
        written again (the whole text is written anew)."""
        with self.runtime.session() as session:
            return [
                u
                for u in story_units(session, story_id)
                if u.kind not in (UnitKind.PUBLISH, UnitKind.PAGE_TEXT)
            ]

    def generate_cover_image(self, story_id: str) -> str:
        """Draw the cover now; returns its storage key."""
        run_stage_now(self.runtime, self.story(story_id), UnitKind.COVER)
        return asset_key(story_id, "cover.png")

    def generate_page_image(self, story_id: str, page: int) -> str:
        """Draw one page's picture now; returns its storage key."""
        story = self.story(story_id)
        if not 1 <= page <= len(story.chapters or []):
            raise InvalidInputError(
                f"page: the book has pages 1 to {len(story.chapters or [])}", field="page"
            )
        run_stage_now(self.runtime, story, UnitKind.PAGE_IMAGE, page)
        return asset_key(story_id, f"pages/{page:02d}.png")

    def generate_character_consistency(self, story_id: str, character_name: str) -> CharacterReference:
        """Draw (or redraw) a main character's reference sheet."""
        story = self.story(story_id)
        names = [c.name for c in load_content(story).main_characters]
        if character_name not in names:
            raise NotFoundError(f"the book has no main character named {character_name!r}")
        number = names.index(character_name) + 1
        run_stage_now(self.runtime, story, UnitKind.CHARACTER, number)
        key = asset_key(story_id, character_key(number))
        return CharacterReference(name=character_name, key=key, png=self.runtime.store.get(key))
