"""A page written again (pipeline/edits.py regenerate_page_text) is the work of a page-text unit: the
request only queues it; the unit asks the text provider, and the narration, the picture (only when
the scene changed) and the PDF follow, with the pipeline's retries and errors."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import pytest
from sqlalchemy import func, select

from storyloom.books.service import BookService
from storyloom.db.models import Generation, GenerationType, Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.errors import ProviderAuthError, ProviderError, ProviderServerError, StoryGenerationError
from storyloom.pipeline.edits import edit_page_text, regenerate_page_text, revision_of
from storyloom.pipeline.executor import Outcome, execute_unit
from storyloom.pipeline.orchestrator import retry_story, start_story, story_progress
from storyloom.pipeline.stages import STAGES, StageResult, UnitContext
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.providers.base import CallRecord
from storyloom.providers.registry import register, unregister
from storyloom.providers.simulated import SimulatedStoryWriter
from storyloom.providers.text.base import ChapterDraft, StoryRequest
from storyloom.runtime import Runtime
from storyloom.storage import asset_key
from storyloom.story.schema import StoryContent
from tests.pipeline.conftest import FakeStages, make_params, settled, wait_for, wait_idle


@dataclass
class Script:
    """What the scripted text provider does on its next calls."""

    errors: list[ProviderError] = field(default_factory=list)
    change_scene: bool = False
    latency: float = 0.0
    calls: int = 0
    seeds: list[int] = field(default_factory=list)


SCRIPT = Script()


@register("text", "scripted")
class ScriptedWriter(SimulatedStoryWriter):
    """Writes a page again as told: raising the scripted errors first, keeping or changing the scene."""

    name: ClassVar[str] = "scripted"

    def write_chapter(self, story: StoryContent, index: int, request: StoryRequest) -> ChapterDraft:
        SCRIPT.calls += 1
        SCRIPT.seeds.append(request.seed)
        time.sleep(SCRIPT.latency)
        if SCRIPT.errors:
            raise SCRIPT.errors.pop(0)
        current = story.chapters[index - 1]
        scene = current.scene
        if SCRIPT.change_scene:
            scene = scene.model_copy(update={"action": "dancing in the rain", "time_of_day": "sunset"})
        chapter = current.model_copy(
            update={"text": f"Page {index}, written again (take {SCRIPT.calls}).", "scene": scene}
        )
        return ChapterDraft(chapter=chapter, call=CallRecord(provider=self.name, prompt=f"chapter {index}"))


@pytest.fixture
def scripted(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Script]:
    global SCRIPT
    SCRIPT = Script()
    register("text", "scripted")(ScriptedWriter)
    monkeypatch.setattr(runtime.settings.providers, "text", "scripted")
    yield SCRIPT
    unregister("text", "scripted")


def finished(runtime: Runtime) -> str:
    """A finished book, made by the workers already running."""
    story_id = start_story(runtime, make_params()).story_id
    assert wait_for(runtime, story_id, settled).status == StoryStatus.COMPLETE
    wait_idle(runtime, story_id)
    return story_id


def finished_book(runtime: Runtime) -> str:
    """A finished book, and no worker left running to take what the test asks for next."""
    with InProcessWorkers(runtime, workers_per_queue=2):
        return finished(runtime)


def states(runtime: Runtime, story_id: str) -> dict[tuple[UnitKind, int], UnitState]:
    with runtime.session() as session:
        units = session.scalars(select(WorkUnit).where(WorkUnit.story_id == story_id)).all()
        return {(u.kind, u.index): u.state for u in units}


def page_text_unit(runtime: Runtime, story_id: str, page: int) -> WorkUnit:
    with runtime.session() as session:
        unit = session.scalar(
            select(WorkUnit).where(
                WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PAGE_TEXT, WorkUnit.index == page
            )
        )
        assert unit is not None
        return unit


def load(runtime: Runtime, story_id: str) -> Story:
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        session.expunge(story)
        return story


def settle(runtime: Runtime, story_id: str, *, running: bool = False) -> Story:
    """The story once its units are all done or one failed (with workers started for it unless
    `running`)."""
    if running:
        wait_for(runtime, story_id, settled)
        wait_idle(runtime, story_id)
        return load(runtime, story_id)
    with InProcessWorkers(runtime, workers_per_queue=2):
        return settle(runtime, story_id, running=True)


def test_the_request_calls_no_provider_and_queues_the_page_text_unit(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script
) -> None:
    story_id = finished_book(runtime)
    with runtime.session() as session:
        calls_before = session.scalar(select(func.count()).select_from(Generation))
    scripted.latency = 5.0  # were the provider asked in the request, it would take this long

    started = time.perf_counter()
    change = regenerate_page_text(runtime, story_id, 3)
    elapsed = time.perf_counter() - started

    with runtime.session() as session:
        calls_after = session.scalar(select(func.count()).select_from(Generation))
    unit_states = states(runtime, story_id)
    progress = story_progress(runtime, story_id)
    assert scripted.calls == 0
    assert calls_after == calls_before
    assert elapsed < 2.0
    assert change.rerun == ["page text 3", "page audio 3", "book audio", "pdf"]
    assert unit_states[(UnitKind.PAGE_TEXT, 3)] == UnitState.PENDING
    assert unit_states[(UnitKind.PAGE_AUDIO, 3)] == UnitState.WAITING
    assert unit_states[(UnitKind.BOOK_AUDIO, 0)] == UnitState.WAITING
    assert unit_states[(UnitKind.PDF, 0)] == UnitState.WAITING
    assert unit_states[(UnitKind.PAGE_IMAGE, 3)] == UnitState.DONE
    assert load(runtime, story_id).status == StoryStatus.GENERATING
    assert progress.step == "Rewriting the page"
    assert [u.label for u in progress.units if u.kind == "page_text"] == ["page text 3"]

    scripted.latency = 0.0
    story = settle(runtime, story_id)

    assert story.status == StoryStatus.COMPLETE
    assert story.chapters[2]["text"] == "Page 3, written again (take 1)."


@pytest.mark.parametrize("change_scene", [False, True], ids=["same-scene", "new-scene"])
def test_through_the_workers_the_narration_and_pdf_follow_and_the_picture_only_for_a_new_scene(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script, workers: object, change_scene: bool
) -> None:
    story_id = finished(runtime)
    before = load(runtime, story_id)
    scripted.change_scene = change_scene

    regenerate_page_text(runtime, story_id, 2)
    story = settle(runtime, story_id, running=True)

    unit = page_text_unit(runtime, story_id, 2)
    with runtime.session() as session:
        calls = session.execute(
            select(Generation.type, Generation.provider).where(Generation.unit_id == unit.id)
        ).all()
    document = json.loads(runtime.store.get(asset_key(story_id, "story.json")))
    assert story.status == StoryStatus.COMPLETE
    assert story.chapters[1]["text"] == "Page 2, written again (take 1)."
    assert story.chapters[0] == before.chapters[0]
    assert document["chapters"][1]["text"] == "Page 2, written again (take 1)."
    assert story.word_count == before.word_count - len(before.chapters[1]["text"].split()) + 6
    assert (unit.state, unit.attempts) == (UnitState.DONE, 1)
    assert unit.output == {"page": 2, "scene_changed": change_scene, "words": 6}
    assert [(row.type, row.provider) for row in calls] == [(GenerationType.TEXT, "scripted")]
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 2)] == 2
    assert fake_stages.runs[(UnitKind.BOOK_AUDIO, 0)] == 2
    assert fake_stages.runs[(UnitKind.PDF, 0)] == 2
    assert fake_stages.runs[(UnitKind.PAGE_IMAGE, 2)] == (2 if change_scene else 1)
    assert revision_of(story, UnitKind.PAGE_IMAGE, 2) == (1 if change_scene else 0)
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 1)] == 1
    assert fake_stages.runs[(UnitKind.PAGE_IMAGE, 1)] == 1
    assert fake_stages.runs[(UnitKind.COVER, 0)] == 1


def test_each_request_is_a_new_revision_and_its_retries_keep_its_seed(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script, workers: object
) -> None:
    story_id = finished(runtime)
    scripted.errors = [ProviderServerError("text API returned HTTP 500", provider="scripted", status=500)]

    regenerate_page_text(runtime, story_id, 1)
    first = settle(runtime, story_id, running=True)
    regenerate_page_text(runtime, story_id, 1)
    second = settle(runtime, story_id, running=True)

    assert revision_of(second, UnitKind.TEXT, 1) == revision_of(second, UnitKind.PAGE_TEXT, 1) == 2
    assert scripted.seeds[0] == scripted.seeds[1] != scripted.seeds[2]
    assert first.chapters[0]["text"] == "Page 1, written again (take 2)."
    assert second.chapters[0]["text"] == "Page 1, written again (take 3)."


def test_a_retryable_provider_error_is_retried_and_the_book_completes(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script, workers: object
) -> None:
    story_id = finished(runtime)
    scripted.errors = [
        ProviderServerError("text API returned HTTP 500", provider="scripted", status=500),
        ProviderServerError("text API returned HTTP 502", provider="scripted", status=502),
    ]

    regenerate_page_text(runtime, story_id, 4)
    story = settle(runtime, story_id, running=True)

    unit = page_text_unit(runtime, story_id, 4)
    with runtime.session() as session:
        errors = session.scalars(
            select(Generation.error)
            .where(Generation.unit_id == unit.id, Generation.error.is_not(None))
            .order_by(Generation.created_at)
        ).all()
    assert story.status == StoryStatus.COMPLETE
    assert story.chapters[3]["text"] == "Page 4, written again (take 3)."
    assert (unit.state, unit.attempts) == (UnitState.DONE, 3)
    assert errors == ["text API returned HTTP 500", "text API returned HTTP 502"]
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 4)] == 2
    assert fake_stages.runs[(UnitKind.PDF, 0)] == 2


def test_a_terminal_provider_error_ends_in_error_naming_the_page_and_retry_completes(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script, workers: object
) -> None:
    story_id = finished(runtime)
    before = load(runtime, story_id)
    scripted.errors = [
        ProviderAuthError("text API refused the key; check OPENAI_API_KEY", provider="scripted")
    ]

    regenerate_page_text(runtime, story_id, 3)
    failed = settle(runtime, story_id, running=True)
    waiting = states(runtime, story_id)
    labels = retry_story(runtime, story_id)
    completed = settle(runtime, story_id, running=True)

    assert failed.status == StoryStatus.ERROR
    assert failed.error_code == "PROVIDER_AUTH"
    assert failed.error_message == "page text 3 failed: text API refused the key; check OPENAI_API_KEY"
    assert failed.chapters == before.chapters
    assert waiting[(UnitKind.PAGE_TEXT, 3)] == UnitState.FAILED
    assert waiting[(UnitKind.PAGE_AUDIO, 3)] == waiting[(UnitKind.PDF, 0)] == UnitState.WAITING
    assert labels == ["page text 3"]
    assert completed.status == StoryStatus.COMPLETE
    assert completed.chapters[2]["text"] == "Page 3, written again (take 2)."
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 3)] == 2
    assert fake_stages.runs[(UnitKind.PDF, 0)] == 2


def test_the_owners_edit_wins_over_a_rewrite_still_to_come(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script
) -> None:
    story_id = finished_book(runtime)

    regenerate_page_text(runtime, story_id, 2)
    change = edit_page_text(runtime, story_id, 2, "Mia wrote this page herself.")
    story = settle(runtime, story_id)

    unit = page_text_unit(runtime, story_id, 2)
    assert change.rerun == ["page audio 2", "book audio", "pdf"]
    assert scripted.calls == 0
    assert story.status == StoryStatus.COMPLETE
    assert story.chapters[1]["text"] == "Mia wrote this page herself."
    assert (unit.state, unit.output["superseded"]) == (UnitState.DONE, "the owner edited the page")


def test_a_rewrite_overtaken_while_it_runs_leaves_the_page_alone(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script
) -> None:
    story_id = finished_book(runtime)

    def owner_edits_meanwhile(ctx: UnitContext) -> StageResult:
        edit_page_text(runtime, story_id, ctx.index, "Mia wrote this page herself.")
        return STAGES[UnitKind.PAGE_TEXT](ctx)

    runtime.stages[UnitKind.PAGE_TEXT] = owner_edits_meanwhile
    regenerate_page_text(runtime, story_id, 2)
    outcome = execute_unit(runtime, page_text_unit(runtime, story_id, 2).id)
    story = settle(runtime, story_id)

    assert outcome == Outcome.LOST_LEASE
    assert scripted.calls == 1
    assert story.status == StoryStatus.COMPLETE
    assert story.chapters[1]["text"] == "Mia wrote this page herself."


def test_the_service_returns_the_new_chapter_without_workers(
    runtime: Runtime, fake_stages: FakeStages, scripted: Script
) -> None:
    story_id = finished_book(runtime)
    service = BookService(runtime)
    scripted.errors = [ProviderServerError("text API returned HTTP 503", provider="scripted", status=503)]

    chapter = service.generate_chapter(story_id, 2)

    unit = page_text_unit(runtime, story_id, 2)
    assert chapter.text == "Page 2, written again (take 2)."
    assert (unit.state, unit.attempts) == (UnitState.DONE, 2)
    assert load(runtime, story_id).chapters[1]["text"] == chapter.text

    scripted.errors = [ProviderAuthError("text API refused the key", provider="scripted")]
    with pytest.raises(StoryGenerationError, match="^page text 2 failed: text API refused the key$"):
        service.generate_chapter(story_id, 2)
    assert load(runtime, story_id).status == StoryStatus.ERROR
