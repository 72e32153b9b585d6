"""Fair scheduling across clients: a unit's queue priority falls with the number of books its client
already has in the making, so one client's flood of books does not hold back another client's book.

Each client's oldest book in the making runs at priority 0, its next at -1, and so on; the queues
serve higher priorities first. Another client's single book therefore shares the workers with the
flooding client's first book instead of waiting behind all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from storyloom.db.models import Story, StoryStatus, WorkUnit

if TYPE_CHECKING:
    from storyloom.runtime import Runtime


def fair_priority(runtime: Runtime, unit_id: str) -> int:
    """0 for a unit of its client's oldest book in the making, -N for its client's (N+1)th."""
    with runtime.session() as session:
        row = session.execute(
            select(Story.client, Story.created_at)
            .join(WorkUnit, WorkUnit.story_id == Story.id)
            .where(WorkUnit.id == unit_id)
        ).first()
        if row is None or not row.client:
            return 0
        ahead = session.scalar(
            select(func.count())
            .select_from(Story)
            .where(
                Story.client == row.client,
                Story.status == StoryStatus.GENERATING,
                Story.created_at < row.created_at,
            )
        )
    return -int(ahead or 0)
