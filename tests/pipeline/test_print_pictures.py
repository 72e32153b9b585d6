"""Pictures are drawn at screen size first and at print size with the PDFs; an edited page's print
picture is drawn again, the others are reused."""

from __future__ import annotations

import io
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image
from sqlalchemy import select

from storyloom.db.models import StoryStatus, UnitKind, WorkUnit
from storyloom.pipeline.edits import regenerate_page_image
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.print_pictures import Arrivals, Room, Source
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.providers.image.base import PRINT_SIZE_PX, SCREEN_SIZE_PX
from storyloom.render.raster import RenderProcessLost
from storyloom.runtime import Runtime
from storyloom.storage import asset_key
from tests.pipeline.conftest import make_params, settled, wait_for


@pytest.fixture
def backend() -> str:
    return "embedded"


@pytest.fixture(autouse=True)
def no_narration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENABLE_AUDIO_GENERATION", "false")


def _size(runtime: Runtime, story_id: str, name: str) -> tuple[int, int]:
    return Image.open(io.BytesIO(runtime.store.get(asset_key(story_id, name)))).size


def _pdf_output(runtime: Runtime, story_id: str) -> dict[str, object]:
    with runtime.session() as session:
        output = session.scalar(
            select(WorkUnit.output).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.PDF)
        )
    return dict(output or {})


@pytest.mark.slow
def test_an_edited_page_is_drawn_again_at_print_size_and_the_others_are_reused(runtime: Runtime) -> None:
    with InProcessWorkers(runtime, workers_per_queue=2):
        story_id = start_story(runtime, make_params(page_count=8, seed=5)).story_id
        story = wait_for(runtime, story_id, settled, timeout=600)
        assert story.status == StoryStatus.COMPLETE, story.error_message
        first = _pdf_output(runtime, story_id)
        before = {n: runtime.store.get(asset_key(story_id, f"print/pages/{n:02d}.jpg")) for n in (3, 4)}

        regenerate_page_image(runtime, story_id, 3)
        story = wait_for(runtime, story_id, settled, timeout=600)

    assert story.status == StoryStatus.COMPLETE, story.error_message
    assert first["print_pictures_drawn"] == 1 + 8
    assert _pdf_output(runtime, story_id)["print_pictures_drawn"] == 1
    assert _size(runtime, story_id, "pages/03.png") == (SCREEN_SIZE_PX, SCREEN_SIZE_PX)
    assert _size(runtime, story_id, "print/pages/03.jpg") == (PRINT_SIZE_PX, PRINT_SIZE_PX)
    assert runtime.store.get(asset_key(story_id, "print/pages/03.jpg")) != before[3]
    assert runtime.store.get(asset_key(story_id, "print/pages/04.jpg")) == before[4]


def test_print_pictures_take_every_render_process_once_the_screen_pdf_is_done() -> None:
    room = Room(2, 1)
    inside = 0
    most = 0
    counting = threading.Lock()
    second_started = threading.Event()

    def draw(number: int) -> None:
        nonlocal inside, most
        with room:
            with counting:
                inside += 1
                most = max(most, inside)
            if number == 1:
                second_started.wait(timeout=5)  # holds its slot until another picture is drawn
            else:
                second_started.set()
            with counting:
                inside -= 1

    with ThreadPoolExecutor(max_workers=room.at_most) as pool:
        first = pool.submit(draw, 1)
        pool.submit(draw, 2)
        assert not second_started.wait(0.3)  # one render process only while the screen PDF is made
        room.widen()  # the screen PDF is written: the other render process draws too
        assert second_started.wait(timeout=5)
        first.result()
    assert most == 2
    assert Room(1, 0).at_most == 1


def test_the_print_pdf_reads_each_print_picture_once_it_is_drawn_and_fails_on_one_that_was_not() -> None:
    found = [Source("cover", 0, "cover.png", {}), Source("pages/01", 1, "01.png", {})]
    found.append(Source("pages/02", 2, "02.png", {}))
    arrivals = Arrivals([source.name for source in found])
    pages = arrivals.pages(found)
    assert len(pages) == 2
    with ThreadPoolExecutor(max_workers=1) as reader:
        first = reader.submit(lambda: pages[0])
        assert not first.done()  # waits: page 1 is still being drawn
        arrivals.arrived("pages/01", b"one")
        assert first.result(timeout=5) == b"one"
        second = reader.submit(lambda: pages[1])
        arrivals.failed(RenderProcessLost())  # a render process died drawing page 2
        with pytest.raises(RenderProcessLost):
            second.result(timeout=5)
    assert pages[0] == b"one"
