"""The original design's service interfaces, over the pipeline."""

from __future__ import annotations

import io

from PIL import Image

from storyloom.books.service import BookService
from storyloom.db.models import StoryStatus, UnitKind
from storyloom.pipeline.stages import STAGES
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.providers.image.base import SCREEN_SIZE_PX
from storyloom.runtime import Runtime
from tests.pipeline.conftest import FakeStages, make_params, settled, wait_for


def test_generate_story_then_a_chapter_then_all_pictures_again(
    runtime: Runtime, fake_stages: FakeStages
) -> None:
    service = BookService(runtime)
    with InProcessWorkers(runtime, workers_per_queue=2):
        story = service.generate_story(make_params())
        assert story.status == StoryStatus.GENERATING
        assert wait_for(runtime, story.id, settled).status == StoryStatus.COMPLETE

        chapter = service.generate_chapter(story.id, 2)
        after_chapter = wait_for(runtime, story.id, settled)
        rerun = service.regenerate_content(story.id, "image")
        after_images = wait_for(runtime, story.id, settled)

    assert chapter.text == after_chapter.chapters[1]["text"]
    assert "Mia" in chapter.text
    assert after_chapter.status == after_images.status == StoryStatus.COMPLETE
    assert rerun == ["cover"]
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 2)] == 2
    assert fake_stages.runs[(UnitKind.PAGE_AUDIO, 1)] == 1
    assert fake_stages.runs[(UnitKind.PDF, 0)] == 3
    assert fake_stages.runs[(UnitKind.PAGE_IMAGE, 1)] == 2
    assert fake_stages.runs[(UnitKind.PAGE_IMAGE, 2)] == 3
    assert fake_stages.runs[(UnitKind.COVER, 0)] == 2


def test_a_character_reference_sheet_is_drawn_on_demand(runtime: Runtime, fake_stages: FakeStages) -> None:
    with InProcessWorkers(runtime, workers_per_queue=2):
        story = BookService(runtime).generate_story(make_params())
        wait_for(runtime, story.id, settled)
    runtime.stages[UnitKind.CHARACTER] = STAGES[UnitKind.CHARACTER]

    reference = BookService(runtime).generate_character_consistency(story.id, "Mia")

    assert reference.name == "Mia"
    assert reference.key == f"stories/{story.id}/characters/01.png"
    assert Image.open(io.BytesIO(reference.png)).size == (SCREEN_SIZE_PX, SCREEN_SIZE_PX)
