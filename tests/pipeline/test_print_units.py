"""A printed copy's unit belongs to the shop's order, not to the book: it waits for the print PDF,
but it neither holds the book back from COMPLETE nor fails it, and the book's progress leaves it out."""

from __future__ import annotations

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.pipeline.units import DEPENDENCIES, release_ready_units, settle_story
from storyloom.runtime import Runtime


def _book(runtime: Runtime, *, print_state: UnitState, pdf_state: UnitState = UnitState.DONE) -> str:
    with runtime.session() as session:
        story = Story(genre="adventure", age_group="3-5", status=StoryStatus.GENERATING)
        session.add(story)
        session.flush()
        for kind, state in (
            (UnitKind.TEXT, UnitState.DONE),
            (UnitKind.PDF, pdf_state),
            (UnitKind.PRINT_JOB, print_state),
        ):
            session.add(
                WorkUnit(
                    story_id=story.id, kind=kind, index=1 if kind == UnitKind.PRINT_JOB else 0, state=state
                )
            )
        return story.id


def test_a_print_unit_waits_for_the_print_pdf() -> None:
    assert UnitKind.PDF in DEPENDENCIES[UnitKind.PRINT_JOB]


def test_a_waiting_print_unit_is_released_when_the_pdf_is_done(runtime: Runtime) -> None:
    story_id = _book(runtime, print_state=UnitState.WAITING, pdf_state=UnitState.RUNNING)
    with runtime.session() as session:
        assert release_ready_units(session, story_id) == []
        session.query(WorkUnit).filter(WorkUnit.kind == UnitKind.PDF).update({"state": UnitState.DONE})
        [released] = release_ready_units(session, story_id)
        assert session.get(WorkUnit, released).kind == UnitKind.PRINT_JOB  # type: ignore[union-attr]


def test_a_waiting_print_unit_does_not_hold_the_book_back(runtime: Runtime) -> None:
    story_id = _book(runtime, print_state=UnitState.WAITING)
    with runtime.session() as session:
        assert settle_story(session, story_id) == StoryStatus.COMPLETE


def test_a_failed_print_unit_does_not_fail_the_book(runtime: Runtime) -> None:
    story_id = _book(runtime, print_state=UnitState.FAILED)
    with runtime.session() as session:
        assert settle_story(session, story_id) == StoryStatus.COMPLETE


def test_the_books_progress_leaves_printed_copies_out(runtime: Runtime) -> None:
    from storyloom.pipeline.orchestrator import story_progress

    story_id = _book(runtime, print_state=UnitState.PENDING)
    progress = story_progress(runtime, story_id)
    assert (progress.done, progress.total) == (2, 2)
    assert [unit.kind for unit in progress.units] == ["text", "pdf"]
