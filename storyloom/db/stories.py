"""Looking up a story by its id, inside a caller's session: the one home of these queries.

`find_story` answers None for an id that names no story (or could not: longer than an id may be);
`get_story` raises NotFoundError instead, with the message every caller shows. `lock_story` and
`locked_story` serialise the changes of one book (see `lock_story`).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storyloom.db.models import Story
from storyloom.errors import NotFoundError

MAX_ID_LENGTH = 64


def find_story(session: Session, story_id: str) -> Story | None:
    """The story with this id, or None."""
    if len(story_id) > MAX_ID_LENGTH:
        return None
    return session.get(Story, story_id)


def get_story(session: Session, story_id: str) -> Story:
    """The story with this id; NotFoundError when there is none."""
    story = find_story(session, story_id)
    if story is None:
        raise NotFoundError(f"no story with id {story_id}")
    return story


def detached_story(session: Session, story_id: str) -> Story:
    """The story with this id, usable once the session has ended (its loaded columns only)."""
    story = get_story(session, story_id)
    session.expunge(story)
    return story


def lock_story(session: Session, story_id: str) -> None:
    """Serialise the moves of one book: whoever holds its row decides what is released and settled.

    Without it, two workers finishing a book's last two units at once under READ COMMITTED each see
    the other's unit still running, and neither releases the next step.

    SQLite ignores FOR UPDATE, and its driver opens a transaction only at the first write: the reads
    before it see the database as it was, so a worker could settle a book (COMPLETE) on what it read
    just before an edit reopened a unit. A write that changes nothing takes SQLite's one write lock
    first, and every read after it sees the latest commit.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(Story).where(Story.id == story_id).values(id=Story.id))
    else:
        session.execute(select(Story.id).where(Story.id == story_id).with_for_update())


def locked_story(session: Session, story_id: str) -> Story:
    """The story with this id, its row locked until the session ends (see `lock_story`)."""
    lock_story(session, story_id)
    return get_story(session, story_id)
