"""Editing a page makes again only what the edit changed: the other pages keep their pictures (at
screen and print size) and their narration, neither drawn nor narrated again."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from storyloom.db.models import Generation, GenerationType, StoryStatus, UnitKind, WorkUnit
from storyloom.pipeline.edits import edit_page_text, regenerate_page_image
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.pictures import Picture
from storyloom.pipeline.stages import UnitContext, _picture_result
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.runtime import Runtime
from storyloom.storage import asset_key
from tests.pipeline.conftest import make_params, settled, wait_for

PAGES = 8


@pytest.fixture
def backend() -> str:
    return "embedded"


@dataclass(frozen=True)
class Call:
    type: GenerationType
    unit: UnitKind
    index: int
    width: int | None  # the picture's width, for a drawing


def _calls(runtime: Runtime, story_id: str) -> dict[str, Call]:
    with runtime.session() as session:
        rows = session.execute(
            select(Generation.id, Generation.type, WorkUnit.kind, WorkUnit.index, Generation.result)
            .join(WorkUnit, WorkUnit.id == Generation.unit_id)
            .where(Generation.story_id == story_id, Generation.error.is_(None))
        ).all()
    return {
        row_id: Call(kind, unit, index, (result or {}).get("width") if kind == GenerationType.IMAGE else None)
        for row_id, kind, unit, index, result in rows
    }


def _files(runtime: Runtime, story_id: str) -> dict[str, bytes]:
    names = ["cover.png", "screen/cover.jpg", "print/cover.jpg"]
    for number in range(1, PAGES + 1):
        page = f"{number:02d}"
        names += [f"pages/{page}.png", f"screen/pages/{page}.jpg", f"print/pages/{page}.jpg"]
        names += [f"audio/{page}.mp3", f"audio/{page}.json"]
    return {name: runtime.store.get(asset_key(story_id, name)) for name in names}


def _changed(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    return sorted(name for name in before if before[name] != after[name])


@pytest.mark.slow
def test_an_edit_makes_again_only_the_edited_page(runtime: Runtime) -> None:
    with InProcessWorkers(runtime, workers_per_queue=2):
        story_id = start_story(runtime, make_params(page_count=PAGES, seed=7)).story_id
        story = wait_for(runtime, story_id, settled, timeout=900)
        assert story.status == StoryStatus.COMPLETE, story.error_message
        made, files = _calls(runtime, story_id), _files(runtime, story_id)

        edit_page_text(runtime, story_id, 2, "Mia shared her red apple with the little fawn by the gate.")
        story = wait_for(runtime, story_id, settled, timeout=900)
        assert story.status == StoryStatus.COMPLETE, story.error_message
        after_text, files_after_text = _calls(runtime, story_id), _files(runtime, story_id)

        regenerate_page_image(runtime, story_id, 3)
        story = wait_for(runtime, story_id, settled, timeout=900)
        assert story.status == StoryStatus.COMPLETE, story.error_message
        after_picture, files_after_picture = _calls(runtime, story_id), _files(runtime, story_id)

    text_edit = sorted((c.type, c.unit, c.index) for i, c in after_text.items() if i not in made)
    assert [call for call in text_edit if call[0] in (GenerationType.IMAGE, GenerationType.AUDIO)] == [
        (GenerationType.AUDIO, UnitKind.BOOK_AUDIO, 0),  # the whole book's, joined from the pages'
        (GenerationType.AUDIO, UnitKind.PAGE_AUDIO, 2),  # the page's narration
    ]
    assert _changed(files, files_after_text) == ["audio/02.json", "audio/02.mp3"]

    picture_edit = sorted(
        (c.type, c.unit, c.index, c.width) for i, c in after_picture.items() if i not in after_text
    )
    assert [call for call in picture_edit if call[0] in (GenerationType.IMAGE, GenerationType.AUDIO)] == [
        (GenerationType.IMAGE, UnitKind.PAGE_IMAGE, 3, 1313),  # the reader's size
        (GenerationType.IMAGE, UnitKind.PDF, 0, 2625),  # the print size, of page 3 alone
    ]
    assert _changed(files_after_text, files_after_picture) == [
        "pages/03.png",
        "print/pages/03.jpg",
        "screen/pages/03.jpg",
    ]


def test_a_picture_drawn_without_a_screen_copy_removes_the_one_an_earlier_drawing_left(
    runtime: Runtime,
) -> None:
    ctx = UnitContext(runtime, "s1", "", UnitKind.PAGE_IMAGE, 3, make_params(), seed=1, content=None)
    drawn = Picture(b"png", 1313, 1313, 150.0, [], "builtin", screen_jpeg=b"jpeg")
    redrawn = Picture(b"png again", 2625, 2625, 300.0, [], "elsewhere")

    first = _picture_result(ctx, "pages/03.png", drawn).output
    copy_after_first = runtime.store.get(asset_key("s1", "screen/pages/03.jpg"))
    second = _picture_result(ctx, "pages/03.png", redrawn).output

    assert (first["screen_key"], copy_after_first) == (asset_key("s1", "screen/pages/03.jpg"), b"jpeg")
    assert "screen_key" not in second
    assert not runtime.store.exists(asset_key("s1", "screen/pages/03.jpg"))
    assert runtime.store.get(asset_key("s1", "pages/03.png")) == b"png again"
