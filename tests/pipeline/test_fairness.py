"""Fair scheduling: a client's later books queue behind another client's first book."""

from __future__ import annotations

from sqlalchemy import select

from storyloom.db.models import UnitKind, WorkUnit
from storyloom.pipeline.fairness import fair_priority
from storyloom.pipeline.orchestrator import Owner, start_story
from storyloom.pipeline.queues import QUEUE_FOR_KIND
from storyloom.runtime import Runtime
from tests.pipeline.conftest import make_params


def _text_unit(runtime: Runtime, story_id: str) -> str:
    with runtime.session() as session:
        unit_id = session.scalar(
            select(WorkUnit.id).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.TEXT)
        )
    assert unit_id is not None
    return unit_id


def test_another_clients_book_is_served_before_the_floods_later_books(runtime: Runtime) -> None:
    # given one client that asked for three books, then another client that asked for one
    flood = [
        start_story(runtime, make_params(), owner=Owner(client="ip:10.0.0.1")).story_id for _ in range(3)
    ]
    other = start_story(runtime, make_params(), owner=Owner(client="ip:10.0.0.2")).story_id
    units = {story_id: _text_unit(runtime, story_id) for story_id in [*flood, other]}
    # then the flood's books get falling priorities and the other client's book the top one
    assert [fair_priority(runtime, units[s]) for s in [*flood, other]] == [0, -1, -2, 0]
    # and the queue serves the other client's book right after the flood's first, before the rest
    huey = runtime.queues.hueys[QUEUE_FOR_KIND[UnitKind.TEXT]]
    served = []
    while (task := huey.dequeue()) is not None:
        served.append(task.args[0])
    assert served == [units[flood[0]], units[other], units[flood[1]], units[flood[2]]]
