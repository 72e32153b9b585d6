"""A whole book through the real architecture: the queues, real worker threads, the built-in
providers, the file store and the database; then the same from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from PIL import Image
from sqlalchemy import select
from typer.testing import CliRunner

from storyloom.db.models import Generation, GenerationType, Story, StoryStatus, UnitState, WorkUnit
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.providers.image.base import SCREEN_SIZE_PX
from storyloom.runtime import Runtime
from storyloom.storage import asset_key
from storyloom.story.params import StoryParams
from tests.conftest import BACKENDS
from tests.pipeline.conftest import settled, wait_for

PAGES = 8


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Every test here runs on the embedded default and again on PostgreSQL + Redis + S3."""
    return str(request.param)


@pytest.fixture
def params() -> StoryParams:
    return StoryParams(
        child_name="Mia",
        age_group="3-5",
        genre="adventure",
        moral_lesson="sharing is kind",
        page_count=PAGES,
        characters=[{"name": "Leo", "kind": "fox", "traits": "curious", "look": "a red scarf"}],
        dedication="For Mia, who shares her crayons",
        seed=42,
    )


def _expected_files(characters: int) -> list[str]:
    names = ["story.json", "cover.png", "audio/book.mp3"]
    names += [f"characters/{n:02d}.png" for n in range(1, characters + 1)]
    names += ["book-print.pdf", "book-screen.pdf", "print/cover.jpg", "screen/cover.jpg"]
    for page in range(1, PAGES + 1):
        names += [f"pages/{page:02d}.png", f"audio/{page:02d}.mp3", f"audio/{page:02d}.json"]
        names += [f"print/pages/{page:02d}.jpg", f"screen/pages/{page:02d}.jpg"]
    return sorted(names)


@pytest.mark.slow
def test_a_whole_book_is_made_through_the_queues(runtime: Runtime, params: StoryParams) -> None:
    with InProcessWorkers(runtime, workers_per_queue=2):
        started = start_story(runtime, params)
        story = wait_for(runtime, started.story_id, settled, timeout=600)

    assert story.status == StoryStatus.COMPLETE, story.error_message
    assert "Mia" in story.title or any("Mia" in c["text"] for c in story.chapters)
    assert len(story.chapters) == PAGES
    assert story.word_count and story.word_count > 50
    assert story.reading_level is not None
    assert story.generation_time is not None
    listed = sorted(
        o.key.removeprefix(f"stories/{story.id}/") for o in runtime.store.list(f"stories/{story.id}/")
    )
    assert listed == sorted([*_expected_files(characters=2), "print/pictures.json"])
    store = runtime.store
    cover = Image.open(io.BytesIO(store.get(asset_key(story.id, "cover.png"))))
    assert cover.size == (SCREEN_SIZE_PX, SCREEN_SIZE_PX)
    assert Image.open(io.BytesIO(store.get(asset_key(story.id, "print/cover.jpg")))).size == (2625, 2625)
    for page in range(1, PAGES + 1):
        picture = Image.open(io.BytesIO(store.get(asset_key(story.id, f"pages/{page:02d}.png"))))
        assert picture.size == (SCREEN_SIZE_PX, SCREEN_SIZE_PX)
        printed = Image.open(io.BytesIO(store.get(asset_key(story.id, f"print/pages/{page:02d}.jpg"))))
        assert printed.size == (2625, 2625)
        timings = json.loads(store.get(asset_key(story.id, f"audio/{page:02d}.json")))
        words = [w["word"] for w in timings["words"]]
        assert len(words) == len(story.chapters[page - 1]["text"].split())
        audio = store.get(asset_key(story.id, f"audio/{page:02d}.mp3"))
        assert audio[:3] == b"ID3" or (audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0), "not an MP3"
    assert store.get(asset_key(story.id, "book-print.pdf")).startswith(b"%PDF")
    book_tags = ID3(io.BytesIO(store.get(asset_key(story.id, "audio/book.mp3"))))
    assert book_tags["TIT2"].text == [story.title]
    assert book_tags["TPE1"].text == ["Storyloom · Mia"]
    assert book_tags.getall("APIC")[0].mime == "image/jpeg"
    assert story.images == [asset_key(story.id, f"pages/{p:02d}.png") for p in range(1, PAGES + 1)]
    assert story.pdf_url == asset_key(story.id, "book-print.pdf")
    with runtime.session() as session:
        generations = session.scalars(select(Generation).where(Generation.story_id == story.id)).all()
        states = set(session.scalars(select(WorkUnit.state).where(WorkUnit.story_id == story.id)))
    by_type = {t: [g for g in generations if g.type == t] for t in GenerationType}
    assert len(by_type[GenerationType.TEXT]) >= 1
    assert len(by_type[GenerationType.IMAGE]) == 2 + 1 + PAGES + (1 + PAGES)  # screen, then print size
    assert len(by_type[GenerationType.AUDIO]) == PAGES + 1
    assert len(by_type[GenerationType.PDF]) == 2
    assert all(g.error is None and g.duration is not None and g.provider for g in generations)
    assert {g.provider for g in by_type[GenerationType.TEXT]} == {"builtin"}
    assert states == {UnitState.DONE}


@pytest.mark.slow
def test_storyloom_generate_writes_the_book_folder(runtime: Runtime, tmp_path: Path) -> None:
    from storyloom.cli import app

    out = tmp_path / "book"
    result = CliRunner().invoke(
        app,
        ["generate", "--name", "Zoë", "--age", "6-8", "--genre", "space", "--moral", "be brave",
         "--pages", str(PAGES), "--out", str(out), "--quiet", "--seed", "7"],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == _expected_files(characters=1)
    story = json.loads((out / "story.json").read_text())
    assert story["child_name"] == "Zoë"
    assert len(story["chapters"]) == PAGES
    assert {"title", "description", "characters", "chapters", "moral", "vocabulary"} <= story.keys()
    assert all({"title", "text", "scene"} <= c.keys() for c in story["chapters"])
    with runtime.session() as session:
        assert session.scalar(select(Story.status)) == StoryStatus.COMPLETE
