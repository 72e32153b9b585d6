"""Deleting books for good, while their units may still be running (Shopify's redaction webhooks,
an owner deleting a book).

The order matters: the books' units that have not started are cancelled first, so no worker picks
them up; running ones get a moment to finish; then rows, files and every cache entry go. A unit
still running after that is fenced: when it ends, the executor finds its story gone and deletes
whatever it wrote (`clear_if_deleted`), so nothing of the book is left once the units stop.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update

from storyloom.db.models import Story, UnitState, WorkUnit, utcnow
from storyloom.storage import story_prefix

if TYPE_CHECKING:
    from storyloom.runtime import Runtime

RUNNING_GRACE_SECONDS = 10.0


def delete_stories(
    runtime: Runtime, story_ids: Sequence[str], *, grace_seconds: float = RUNNING_GRACE_SECONDS
) -> int:
    """Cancel, then delete the stories' rows, files and cache entries; returns the files deleted."""
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return 0
    with runtime.session() as session:
        session.execute(
            update(WorkUnit)
            .where(WorkUnit.story_id.in_(ids), WorkUnit.state.in_((UnitState.PENDING, UnitState.WAITING)))
            .values(
                state=UnitState.FAILED,
                error_code="DELETED",
                error_message="the book was deleted",
                finished_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
    deadline = time.monotonic() + grace_seconds
    while time.monotonic() < deadline and _running(runtime, ids):
        time.sleep(0.05)
    with runtime.session() as session:
        session.execute(
            delete(WorkUnit).where(WorkUnit.story_id.in_(ids)).execution_options(synchronize_session=False)
        )
        for story in session.scalars(select(Story).where(Story.id.in_(ids))).all():
            session.delete(story)
    files = 0
    for story_id in ids:
        files += runtime.store.delete_prefix(story_prefix(story_id))
        runtime.invalidate_story(story_id)
    return files


def _running(runtime: Runtime, story_ids: list[str]) -> int:
    with runtime.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(WorkUnit)
                .where(WorkUnit.story_id.in_(story_ids), WorkUnit.state == UnitState.RUNNING)
            )
            or 0
        )


def clear_if_deleted(runtime: Runtime, story_id: str) -> bool:
    """After a unit ran: if its story was deleted meanwhile, delete what the unit wrote (the whole
    story's files) and its cache entries. Returns whether the story was gone."""
    with runtime.session() as session:
        exists = session.scalar(select(Story.id).where(Story.id == story_id)) is not None
    if exists:
        return False
    runtime.store.delete_prefix(story_prefix(story_id))
    runtime.invalidate_story(story_id)
    return True
