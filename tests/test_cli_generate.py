"""`storyloom generate` makes its own book only, whatever else is queued in DATA_DIR."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from storyloom.cli import app
from storyloom.db.models import Story, StoryStatus, UnitState, WorkUnit
from storyloom.pipeline.orchestrator import start_story
from storyloom.runtime import Runtime
from storyloom.story.params import StoryParams


@pytest.mark.slow
def test_generate_runs_only_its_own_units_while_other_books_wait_in_the_queue(
    runtime: Runtime, tmp_path: Path
) -> None:
    queued = [
        start_story(
            runtime,
            StoryParams(child_name=name, age_group="3-5", moral_lesson="sharing is kind", page_count=8),
        ).story_id
        for name in ("Ada", "Ben")
    ]
    depth_before = runtime.queues.depth()

    result = CliRunner().invoke(
        app,
        ["generate", "--name", "Mia", "--age", "3-5", "--moral", "be brave", "--pages", "8",
         "--out", str(tmp_path / "book"), "--quiet", "--seed", "3"],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert (tmp_path / "book" / "book-print.pdf").exists()
    with runtime.session() as session:
        others = session.scalars(select(WorkUnit).where(WorkUnit.story_id.in_(queued))).all()
        assert {(u.state, u.attempts) for u in others} <= {(UnitState.PENDING, 0), (UnitState.WAITING, 0)}
        mine = session.scalars(select(Story).where(Story.id.not_in(queued))).one()
        assert mine.status == StoryStatus.COMPLETE
        assert {u.state for u in mine.units} == {UnitState.DONE}
    assert runtime.queues.depth() == depth_before
    assert depth_before["story-generation"] == 2


def test_generate_says_in_its_help_that_it_makes_its_own_book_only() -> None:
    result = CliRunner().invoke(app, ["generate", "--help"])

    assert result.exit_code == 0
    assert "makes this book only" in " ".join(result.output.split())


def test_the_cli_says_when_each_pdf_was_written_looking_for_the_next_one_only_while_the_book_is_made(
    runtime: Runtime,
) -> None:
    from storyloom.cli import _Milestones, console
    from storyloom.storage import asset_key

    # given a book whose print PDF is stored (a stand-in: the screen PDF is always written first)
    milestones = _Milestones(runtime, "book-1", started_at=0.0)
    runtime.store.put(asset_key("book-1", "book-print.pdf"), b"%PDF")
    # when it is not yet readable, then readable with no screen PDF yet
    with console.capture() as making:
        milestones.check(False)
        milestones.check(True)
    # then only readability is said: the print PDF is looked for after the screen PDF
    assert "readable after" in making.get()
    assert "PDF written" not in making.get()
    # when the book is finished, every PDF found is said, once
    with console.capture() as finished:
        milestones.check(True, finished=True)
        milestones.check(True, finished=True)
    assert finished.get().count("print PDF written after") == 1
    assert "screen PDF" not in finished.get()
