from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.pipeline.units import (
    backoff_seconds,
    claim_unit,
    complete_unit,
    plan_units,
    release_ready_units,
    settle_story,
)
from storyloom.runtime import Runtime
from storyloom.startup import build_runtime


def _story_with_units(runtime: Runtime, page_count: int = 2) -> str:
    from storyloom.pipeline.units import add_units

    with runtime.session() as session:
        story = Story(genre="adventure", age_group="3-5", status=StoryStatus.GENERATING, started_at=utcnow())
        session.add(story)
        session.flush()
        add_units(
            session,
            story.id,
            plan_units(page_count=page_count, character_count=1, audio=True),
            max_attempts=3,
        )
        return story.id


def _unit(runtime: Runtime, story_id: str, kind: UnitKind, index: int = 0) -> WorkUnit:
    with runtime.session() as session:
        unit = session.scalar(
            select(WorkUnit).where(
                WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index
            )
        )
        assert unit is not None
        return unit


def test_plan_has_every_unit_of_a_book() -> None:
    plan = plan_units(page_count=3, character_count=2, audio=True)

    assert [(p.kind.value, p.index) for p in plan] == [
        ("text", 0), ("character", 1), ("character", 2), ("cover", 0),
        ("page_image", 1), ("page_image", 2), ("page_image", 3),
        ("page_audio", 1), ("page_audio", 2), ("page_audio", 3), ("book_audio", 0), ("pdf", 0),
    ]  # fmt: skip


def test_plan_without_audio_has_no_audio_units() -> None:
    kinds = {p.kind for p in plan_units(page_count=3, character_count=1, audio=False)}

    assert UnitKind.PAGE_AUDIO not in kinds
    assert UnitKind.BOOK_AUDIO not in kinds


def test_only_the_text_unit_starts_pending(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime)

    with runtime.session() as session:
        states = {(u.kind, u.index): u.state for u in session.scalars(select(WorkUnit))}

    assert states[(UnitKind.TEXT, 0)] == UnitState.PENDING
    assert {s for k, s in states.items() if k != (UnitKind.TEXT, 0)} == {UnitState.WAITING}
    assert story_id


def test_only_one_of_two_claims_wins(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime)
    unit = _unit(runtime, story_id, UnitKind.TEXT)

    with runtime.session() as session:
        first = claim_unit(session, unit.id, worker="a", lease_seconds=60)
    with runtime.session() as session:
        second = claim_unit(session, unit.id, worker="b", lease_seconds=60)

    assert (first, second) == (True, False)
    assert _unit(runtime, story_id, UnitKind.TEXT).leased_by == "a"
    assert _unit(runtime, story_id, UnitKind.TEXT).attempts == 1


def test_an_expired_lease_can_be_claimed_again(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime)
    unit = _unit(runtime, story_id, UnitKind.TEXT)
    with runtime.session() as session:
        claim_unit(session, unit.id, worker="a", lease_seconds=60)
        session.execute(update(WorkUnit).values(lease_expires_at=utcnow() - timedelta(seconds=1)))

    with runtime.session() as session:
        reclaimed = claim_unit(session, unit.id, worker="b", lease_seconds=60)
    with runtime.session() as session:
        stale_completion = complete_unit(session, unit.id, worker="a", output={})

    assert reclaimed is True
    assert stale_completion is False
    assert _unit(runtime, story_id, UnitKind.TEXT).attempts == 2


def test_a_unit_past_its_attempt_limit_is_not_claimed(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime)
    unit = _unit(runtime, story_id, UnitKind.TEXT)
    with runtime.session() as session:
        session.execute(update(WorkUnit).where(WorkUnit.id == unit.id).values(attempts=3))

    with runtime.session() as session:
        assert claim_unit(session, unit.id, worker="a", lease_seconds=60) is False


def test_a_unit_not_due_yet_is_not_claimed(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime)
    unit = _unit(runtime, story_id, UnitKind.TEXT)
    with runtime.session() as session:
        session.execute(
            update(WorkUnit).where(WorkUnit.id == unit.id).values(not_before=utcnow() + timedelta(minutes=1))
        )

    with runtime.session() as session:
        assert claim_unit(session, unit.id, worker="a", lease_seconds=60) is False


def _finish(runtime: Runtime, unit: WorkUnit) -> None:
    with runtime.session() as session:
        session.execute(update(WorkUnit).where(WorkUnit.id == unit.id).values(state=UnitState.PENDING))
        assert claim_unit(session, unit.id, worker="w", lease_seconds=60)
        assert complete_unit(
            session,
            unit.id,
            worker="w",
            output={"key": f"{unit.kind}-{unit.index}", "print_key": f"{unit.kind}-{unit.index}"},
        )


def test_units_are_released_when_their_dependencies_are_done(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime)
    _finish(runtime, _unit(runtime, story_id, UnitKind.TEXT))

    with runtime.session() as session:
        released = release_ready_units(session, story_id)
        kinds = sorted(
            (u.kind.value, u.index)
            for u in session.scalars(select(WorkUnit).where(WorkUnit.id.in_(released)))
        )

    assert kinds == [("character", 1), ("page_audio", 1), ("page_audio", 2)]


def test_story_completes_only_when_every_unit_is_done(runtime: Runtime) -> None:
    story_id = _story_with_units(runtime, page_count=1)
    with runtime.session() as session:
        units = session.scalars(select(WorkUnit).where(WorkUnit.story_id == story_id)).all()
    for unit in units[:-1]:
        _finish(runtime, unit)
    with runtime.session() as session:
        assert settle_story(session, story_id) is None
    _finish(runtime, units[-1])

    with runtime.session() as session:
        status = settle_story(session, story_id)
        story = session.get(Story, story_id)
        assert story is not None

    assert status == StoryStatus.COMPLETE
    assert story.images == ["page_image-1"]
    assert story.cover_image == "cover-0"
    assert story.pdf_url == "pdf-0"


@pytest.mark.parametrize("attempt", [1, 2, 5])
def test_backoff_never_undercuts_retry_after(attempt: int) -> None:
    assert backoff_seconds(attempt, base=0.1, cap=1.0, retry_after=7.5) >= 7.5


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_seconds(attempt, base=1.0, cap=8.0) for attempt in range(1, 12) for _ in range(20)]

    assert min(delays) >= 0.5
    assert max(delays) <= 8.0


def test_pictures_wait_for_the_sheets_when_they_are_drawn_from_them(runtime: Runtime) -> None:
    # given a book whose text is written
    story_id = _story_with_units(runtime)
    _finish(runtime, _unit(runtime, story_id, UnitKind.TEXT))

    # when the image providers take the sheets as references
    with runtime.session() as session:
        released = release_ready_units(session, story_id, sheets_are_references=True)
        kinds = [unit.kind for unit in (session.get(WorkUnit, unit_id) for unit_id in released) if unit]

    # then only the sheet goes to the image queue, before the narration
    assert kinds == [UnitKind.CHARACTER, UnitKind.PAGE_AUDIO, UnitKind.PAGE_AUDIO]


def test_pictures_do_not_wait_for_sheets_no_provider_draws_from(runtime: Runtime) -> None:
    # given a book whose text is written
    story_id = _story_with_units(runtime)
    _finish(runtime, _unit(runtime, story_id, UnitKind.TEXT))

    # when no image provider takes the sheets as references (the built-in illustrator)
    with runtime.session() as session:
        released = release_ready_units(session, story_id, sheets_are_references=False)
        order = [
            (unit.kind, unit.index)
            for unit in (session.get(WorkUnit, unit_id) for unit_id in released)
            if unit is not None
        ]

    # then the cover and the pages go at once, page by page, and the sheet after them
    assert order == [
        (UnitKind.COVER, 0),
        (UnitKind.PAGE_IMAGE, 1),
        (UnitKind.PAGE_AUDIO, 1),
        (UnitKind.PAGE_IMAGE, 2),
        (UnitKind.PAGE_AUDIO, 2),
        (UnitKind.CHARACTER, 1),
    ]


def test_the_built_in_illustrator_does_not_draw_from_the_sheets(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyloom.config import get_settings
    from storyloom.pipeline.stages import sheets_are_references

    assert sheets_are_references(runtime) is False
    monkeypatch.setenv("IMAGE_PROVIDER_FALLBACK", "openai")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    get_settings.cache_clear()
    assert sheets_are_references(build_runtime(get_settings())) is True
