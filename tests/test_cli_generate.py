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
