"""The pipeline through real Huey worker threads on SQLite, with stand-in stages."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storyloom.config import load_settings
from storyloom.db.models import Generation, Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.errors import ProviderAuthError, ProviderRateLimitError, ProviderServerError
from storyloom.pipeline.orchestrator import retry_story, start_story, story_progress
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.runtime import Runtime
from storyloom.startup import build_runtime
from tests.pipeline.conftest import FakeStages, make_params, settled, wait_for, wait_idle


def test_a_book_completes_through_worker_threads(
    runtime: Runtime, fake_stages: FakeStages, workers: object
) -> None:
    started = start_story(runtime, make_params(page_count=8))

    story = wait_for(runtime, started.story_id, settled)

    assert story.status == StoryStatus.COMPLETE
    assert story.title == "Mia and the Simulated Day"
    assert len(story.images) == 8
    assert story.audio_files is not None and len(story.audio_files) == 8
    with runtime.session() as session:
        states = set(session.scalars(select(WorkUnit.state).where(WorkUnit.story_id == story.id)))
        generations = session.scalar(
            select(func.count()).select_from(Generation).where(Generation.story_id == story.id)
        )
    assert states == {UnitState.DONE}
    # text, 1 character sheet, cover, 8 pages, 8 narrations, the book's audio, the PDF
    assert generations == 1 + 1 + 1 + 8 + 8 + 1 + 1
    assert max(fake_stages.runs.values()) == 1


def test_retryable_errors_back_off_and_the_book_completes(
    runtime: Runtime, fake_stages: FakeStages, workers: object
) -> None:
    fake_stages.fail(
        UnitKind.PAGE_IMAGE,
        3,
        ProviderServerError("image API returned HTTP 500", provider="fake", status=500),
        ProviderRateLimitError("slow down", provider="fake", status=429, retry_after=0.1),
    )

    started = start_story(runtime, make_params())
    story = wait_for(runtime, started.story_id, settled)

    assert story.status == StoryStatus.COMPLETE
    with runtime.session() as session:
        unit = session.scalar(
            select(WorkUnit).where(
                WorkUnit.story_id == story.id, WorkUnit.kind == UnitKind.PAGE_IMAGE, WorkUnit.index == 3
            )
        )
        errors = session.scalars(
            select(Generation.error)
            .where(Generation.unit_id == unit.id, Generation.error.is_not(None))
            .order_by(Generation.created_at)
        ).all()
    assert unit.attempts == 3
    assert errors == ["image API returned HTTP 500", "slow down"]


def test_a_terminal_error_ends_in_error_naming_the_unit_and_retry_completes(
    runtime: Runtime, fake_stages: FakeStages, workers: object
) -> None:
    fake_stages.fail(
        UnitKind.PAGE_AUDIO,
        2,
        ProviderAuthError("voice API refused the key; check ELEVENLABS_API_KEY", provider="fake"),
    )
    started = start_story(runtime, make_params())

    failed = wait_for(runtime, started.story_id, settled)
    wait_idle(runtime, started.story_id)
    labels = retry_story(runtime, started.story_id)
    completed = wait_for(runtime, started.story_id, settled)

    assert failed.status == StoryStatus.ERROR
    assert failed.error_code == "PROVIDER_AUTH"
    assert failed.error_message == "page audio 2 failed: voice API refused the key; check ELEVENLABS_API_KEY"
    assert labels == ["page audio 2"]
    assert completed.status == StoryStatus.COMPLETE
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 2)] == 2
    assert fake_stages.runs[(UnitKind.PDF, 0)] == 1  # the PDFs wait for the narration: made once
    assert fake_stages.runs[(UnitKind.PAGE_IMAGE, 1)] == 1


def test_retries_stop_at_the_attempt_limit(
    runtime: Runtime, fake_stages: FakeStages, workers: object, monkeypatch: object
) -> None:
    errors = [ProviderServerError(f"HTTP 500 #{n}", provider="fake", status=500) for n in range(10)]
    fake_stages.fail(UnitKind.COVER, 0, *errors)

    started = start_story(runtime, make_params())
    story = wait_for(runtime, started.story_id, settled)

    assert story.status == StoryStatus.ERROR
    assert story.error_message == "cover failed: HTTP 500 #4 (gave up after 5 attempts)"
    assert fake_stages.runs[(UnitKind.COVER, 0)] == 5


def test_the_same_idempotency_key_never_makes_two_books(runtime: Runtime, fake_stages: FakeStages) -> None:
    first = start_story(runtime, make_params(), idempotency_key="order-1001")
    second = start_story(runtime, make_params(), idempotency_key="order-1001")

    with runtime.session() as session:
        count = session.scalar(select(func.count()).select_from(Story))
    assert (first.created, second.created) == (True, False)
    assert first.story_id == second.story_id
    assert count == 1


def test_progress_counts_units_and_names_the_step(runtime: Runtime, fake_stages: FakeStages) -> None:
    started = start_story(runtime, make_params(page_count=8))

    progress = story_progress(runtime, started.story_id)

    assert (progress.done, progress.total) == (0, 1 + 1 + 1 + 8 + 8 + 1 + 1)
    assert progress.step == "Writing the story"
    assert progress.status == "GENERATING"


def test_with_audio_off_a_book_has_no_audio_units_and_completes(
    monkeypatch: pytest.MonkeyPatch, fake_stages: FakeStages, runtime: Runtime
) -> None:
    monkeypatch.setenv("ENABLE_AUDIO_GENERATION", "false")
    quiet = build_runtime(load_settings())
    quiet.stages = runtime.stages

    with InProcessWorkers(quiet, workers_per_queue=2):
        started = start_story(quiet, make_params())
        story = wait_for(quiet, started.story_id, settled)

    with quiet.session() as session:
        kinds = set(session.scalars(select(WorkUnit.kind).where(WorkUnit.story_id == story.id)))
    assert story.status == StoryStatus.COMPLETE
    assert story.audio_files is None
    assert story.book_audio_url is None
    assert kinds.isdisjoint({UnitKind.PAGE_AUDIO, UnitKind.BOOK_AUDIO})


def test_the_same_idempotency_key_from_two_owners_makes_two_books(
    runtime: Runtime, fake_stages: FakeStages
) -> None:
    from storyloom.pipeline.orchestrator import Owner

    first = start_story(runtime, make_params(), owner=Owner(session="a"), idempotency_key="order-1")
    second = start_story(
        runtime, make_params(child_name="Leo"), owner=Owner(session="b"), idempotency_key="order-1"
    )
    again = start_story(runtime, make_params(), owner=Owner(session="a"), idempotency_key="order-1")

    assert first.story_id != second.story_id
    assert (second.created, again.created, again.story_id) == (True, False, first.story_id)
