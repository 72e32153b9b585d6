"""Changing a finished book page by page: the owner edits a page's text, or asks for a new picture or
new text, and the narration and the PDFs follow through the same units as the first making.

Each change is one transaction: the story's text (when it changes) and the rewound units commit
together, and their jobs are enqueued after the commit. A picture or a page asked for again gets a
new revision number, so a deterministic provider makes something different, while a retry makes the
same. No request here calls a provider: a page written again is the page-text unit's work
(`rewrite_page_text` in stages.py, which ends in `apply_page_rewrite` below).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.db.session import rows_changed
from storyloom.db.stories import get_story, lock_story, locked_story
from storyloom.errors import (
    N_,
    ConflictError,
    InvalidInputError,
)
from storyloom.pipeline.book import replace_chapter, story_document
from storyloom.pipeline.units import release_to_enqueue
from storyloom.render.book.fonts import UNPRINTABLE, missing_characters
from storyloom.storage import asset_key
from storyloom.story.schema import Chapter

if TYPE_CHECKING:
    from storyloom.pipeline.stages import UnitContext
    from storyloom.runtime import Runtime

MAX_PAGE_TEXT = 1500
Part = Literal["image", "text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class PageChange:
    """What a change did: the page, and the units made again because of it ('page image 3', 'pdf')."""

    story_id: str
    page: int
    rerun: list[str]


def _revision_key(kind: UnitKind, index: int) -> str:
    # A page's text keeps counting under "text:{page}", as it did before it had a unit of its own.
    counted = UnitKind.TEXT if kind == UnitKind.PAGE_TEXT else kind
    return f"{counted.value}:{index}"


def revision_of(story: Story, kind: UnitKind, index: int) -> int:
    """How many times the owner asked for this unit's output again (0 for the first making)."""
    revisions = (story.extras or {}).get("revisions", {})
    value = revisions.get(_revision_key(kind, index), 0) if isinstance(revisions, dict) else 0
    return value if isinstance(value, int) else 0


def clean_page_text(text: str) -> str:
    """The page text as it will be printed: NFC, no control characters, single spaces; must be
    1 to MAX_PAGE_TEXT characters with at least one letter, else InvalidInputError naming the field."""
    value = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    value = re.sub(r"\s+", " ", value).strip()
    if not value:
        raise InvalidInputError.of(
            "text", N_("the page has no words; write at least a few words for it before saving")
        )
    if not any(character.isalpha() for character in value):
        raise InvalidInputError.of("text", N_("the page text must contain letters"))
    if len(value) > MAX_PAGE_TEXT:
        raise InvalidInputError.of(
            "text",
            N_("the page text must be at most %(limit)s characters (it has %(count)s)"),
            limit=MAX_PAGE_TEXT,
            count=len(value),
        )
    missing = missing_characters([value])
    if missing:
        raise InvalidInputError.of("text", UNPRINTABLE, letters=" ".join(sorted(missing)))
    return value


def _editable_story(session: Session, story_id: str, page: int) -> Story:
    story = get_story(session, story_id)
    if story.status == StoryStatus.PUBLISHED:
        raise ConflictError("the book is published; its pages can no longer change")
    if story.completed_at is None or story.status not in (
        StoryStatus.COMPLETE,
        StoryStatus.GENERATING,
        StoryStatus.ERROR,
    ):
        raise ConflictError("the book is still being made; its pages can be changed once it is ready")
    if not 1 <= page <= len(story.chapters or []):
        raise InvalidInputError.of("page", N_("the book has pages 1 to %(last)s"), last=len(story.chapters))
    return story


def _has_audio(session: Session, story_id: str) -> bool:
    return (
        session.scalar(
            select(WorkUnit.id).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PAGE_AUDIO)
        )
        is not None
    )


def _rewind_units(session: Session, story_id: str, targets: Iterable[tuple[UnitKind, int]]) -> list[str]:
    """Send the target units back to waiting (a running one loses its lease: its result would be
    stale); returns the labels of those that exist."""
    labels = []
    for kind, index in targets:
        changed = rows_changed(
            session,
            update(WorkUnit)
            .where(WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index)
            .values(
                state=UnitState.WAITING,
                attempts=0,
                not_before=None,
                lease_expires_at=None,
                leased_by=None,
                error_code=None,
                error_message=None,
                finished_at=None,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False),
        )
        if changed:
            name = kind.value.replace("_", " ")
            labels.append(f"{name} {index}" if index else name)
    return labels


def _rewind(session: Session, story: Story, targets: Iterable[tuple[UnitKind, int]]) -> list[str]:
    """Send the target units (and the PDF, which follows every page) back to waiting and reopen the
    story; returns the labels of the rewound units."""
    labels = _rewind_units(session, story.id, [*targets, (UnitKind.PDF, 0)])
    story.status = StoryStatus.GENERATING
    story.error_code = None
    story.error_message = None
    session.flush()
    return labels


def _release_and_enqueue(runtime: Runtime, session: Session, story_id: str) -> list[tuple[UnitKind, str]]:
    from storyloom.pipeline.stages import sheets_are_references

    return release_to_enqueue(session, story_id, sheets_are_references=sheets_are_references(runtime))


def _commit_and_enqueue(runtime: Runtime, change: Any) -> None:
    for kind, unit_id in change:
        runtime.queues.enqueue(kind, unit_id)


def _save_document(runtime: Runtime, story: Story) -> None:
    document = story_document(story)
    runtime.store.put(asset_key(story.id, "story.json"), json.dumps(document, ensure_ascii=False).encode())


def _narration_targets(session: Session, story_id: str, page: int) -> list[tuple[UnitKind, int]]:
    if not _has_audio(session, story_id):
        return []
    return [(UnitKind.PAGE_AUDIO, page), (UnitKind.BOOK_AUDIO, 0)]


def _drop_page_rewrite(session: Session, story_id: str, page: int) -> bool:
    """The owner's own words win over a rewrite of the page asked for earlier and not done yet (or
    failed): its unit is closed as superseded, and a run still going discards its chapter. True if
    there was one."""
    now = utcnow()
    changed = rows_changed(
        session,
        update(WorkUnit)
        .where(
            WorkUnit.story_id == story_id,
            WorkUnit.kind == UnitKind.PAGE_TEXT,
            WorkUnit.index == page,
            WorkUnit.state != UnitState.DONE,
        )
        .values(
            state=UnitState.DONE,
            output={"page": page, "superseded": "the owner edited the page"},
            not_before=None,
            lease_expires_at=None,
            error_code=None,
            error_message=None,
            finished_at=now,
            updated_at=now,
        )
        .execution_options(synchronize_session=False),
    )
    return bool(changed)


def edit_page_text(runtime: Runtime, story_id: str, page: int, text: str) -> PageChange:
    """Replace page `page`'s text with the owner's words; its narration and the PDFs are made again.
    The picture stays: the scene has not changed. A rewrite of the page still to come is dropped."""
    cleaned = clean_page_text(text)
    with runtime.session() as session:
        lock_story(session, story_id)
        story = _editable_story(session, story_id, page)
        chapter = Chapter.model_validate(story.chapters[page - 1])
        dropped = _drop_page_rewrite(session, story_id, page)
        if chapter.text == cleaned and not dropped:
            return PageChange(story_id, page, [])
        replace_chapter(story, page, chapter.model_copy(update={"text": cleaned}))
        remeasure(story)
        labels = _rewind(session, story, _narration_targets(session, story_id, page))
        _save_document(runtime, story)
        ready = _release_and_enqueue(runtime, session, story_id)
    _commit_and_enqueue(runtime, ready)
    runtime.invalidate_story(story_id)
    return PageChange(story_id, page, labels)


def _bump_revision(story: Story, kind: UnitKind, index: int) -> None:
    extras = dict(story.extras or {})
    revisions = dict(extras.get("revisions") or {})
    revisions[_revision_key(kind, index)] = revision_of(story, kind, index) + 1
    extras["revisions"] = revisions
    story.extras = extras


def regenerate_page_image(runtime: Runtime, story_id: str, page: int) -> PageChange:
    """Draw page `page`'s picture again (a new revision, so a different picture); the PDFs follow."""
    with runtime.session() as session:
        lock_story(session, story_id)
        story = _editable_story(session, story_id, page)
        _bump_revision(story, UnitKind.PAGE_IMAGE, page)
        labels = _rewind(session, story, [(UnitKind.PAGE_IMAGE, page)])
        ready = _release_and_enqueue(runtime, session, story_id)
    _commit_and_enqueue(runtime, ready)
    runtime.invalidate_story(story_id)
    return PageChange(story_id, page, labels)


def remeasure(story: Story) -> None:
    """Measure the story's reading level again after its text changed (when the story engine, which
    owns the formulas, is installed); the level shown in the reader stays true."""
    try:
        from storyloom.story.reading_level import count_words, measure
    except ImportError:
        return
    body = " ".join(str(chapter["text"]) for chapter in story.chapters)
    names = [str(character.get("name", "")) for character in story.characters or []]
    level = measure(body, story.language, story.age_group, names).as_json()
    level["words"] = count_words(body)
    level["rewrites"] = (story.reading_level or {}).get("rewrites", 0)
    story.reading_level = level


def regenerate_page_text(runtime: Runtime, story_id: str, page: int) -> PageChange:
    """Ask for page `page` to be written again. Returns at once: the page's page-text unit asks the
    text provider in the pipeline (rewrite_page_text in stages.py), then its narration, its picture
    (when the scene changed) and the PDFs follow. Calls no provider."""
    with runtime.session() as session:
        lock_story(session, story_id)
        story = _editable_story(session, story_id, page)
        # A new revision fixes the seed of this rewrite for all its attempts, and tells a rewrite of
        # the page still running that it has been overtaken.
        _bump_revision(story, UnitKind.TEXT, page)
        _ensure_unit(session, story_id, UnitKind.PAGE_TEXT, page, runtime.settings.limits.unit_max_attempts)
        targets = [(UnitKind.PAGE_TEXT, page), *_narration_targets(session, story_id, page)]
        labels = _rewind(session, story, targets)
        ready = _release_and_enqueue(runtime, session, story_id)
    _commit_and_enqueue(runtime, ready)
    runtime.invalidate_story(story_id)
    return PageChange(story_id, page, labels)


def _ensure_unit(session: Session, story_id: str, kind: UnitKind, index: int, max_attempts: int) -> None:
    """Add the (story, kind, index) unit, waiting, unless the book has it already."""
    exists = session.scalar(
        select(WorkUnit.id).where(
            WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index
        )
    )
    if exists is None:
        session.add(
            WorkUnit(
                story_id=story_id, kind=kind, index=index, state=UnitState.WAITING, max_attempts=max_attempts
            )
        )
        session.flush()


def chapter_seed(story_id: str, revision: int) -> int:
    """The seed of a page's `revision`-th rewrite: the same on every attempt, different per revision."""
    return (int(story_id[-8:], 16) + 7919 * revision) & 0x7FFFFFFF


def _rewrite_still_wanted(session: Session, story: Story, ctx: UnitContext) -> bool:
    """False when, since this run began, the owner asked for the page again (a new revision) or
    wrote it themselves (the unit is no longer running)."""
    if revision_of(story, UnitKind.PAGE_TEXT, ctx.index) != ctx.revision:
        return False
    if not ctx.unit_id:
        return True
    state = session.scalar(select(WorkUnit.state).where(WorkUnit.id == ctx.unit_id))
    return state == UnitState.RUNNING


def apply_page_rewrite(ctx: UnitContext, chapter: Chapter) -> dict[str, Any]:
    """Put a rewritten chapter in the book, in one transaction with the book's row locked: the
    chapter, the reading level, story.json and, when the scene changed, the page's picture sent
    back to wait (with a new revision) so that it is drawn again once this unit is done.

    Returns the unit's output. A run overtaken by a newer request for the page changes nothing."""
    runtime, page = ctx.runtime, ctx.index
    with runtime.session() as session:
        story = locked_story(session, ctx.story_id)
        if not _rewrite_still_wanted(session, story, ctx):
            return {"page": page, "superseded": "a newer change of the page came first"}
        old_scene = story.chapters[page - 1].get("scene")
        replace_chapter(story, page, chapter)
        remeasure(story)
        scene_changed = chapter.scene.model_dump(mode="json") != old_scene
        if scene_changed:
            _bump_revision(story, UnitKind.PAGE_IMAGE, page)
            _rewind_units(session, story.id, [(UnitKind.PAGE_IMAGE, page)])
        session.flush()
        _save_document(runtime, story)
    runtime.invalidate_story(ctx.story_id)
    return {"page": page, "scene_changed": scene_changed, "words": len(chapter.text.split())}


def regenerate_page(runtime: Runtime, story_id: str, page: int, part: Part) -> PageChange:
    """Make page `page`'s picture or text again."""
    if part == "image":
        return regenerate_page_image(runtime, story_id, page)
    return regenerate_page_text(runtime, story_id, page)
