"""Narration voices are checked when the book is asked for, the rule is said in words, and a book
that failed on its voice can be retried with another one."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.pipeline.workers import InProcessWorkers
from storyloom.runtime import Runtime
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import BOOK


@pytest.mark.parametrize(
    ("voice", "status"),
    [
        pytest.param("en+m3", 202, id="an-installed-espeak-voice"),
        pytest.param("zz-nobody", 422, id="a-voice-espeak-does-not-have"),
    ],
)
def test_the_voice_is_checked_against_the_installed_voices_when_asked(
    client: TestClient, runtime: Runtime, voice: str, status: int
) -> None:
    response = client.post("/api/stories/generate", json={**BOOK, "narration_voice": voice})
    assert response.status_code == status, response.text
    if status == 422:
        assert response.json()["field"] == "narration_voice"
        assert "has no voice named 'zz-nobody'" in response.json()["error"]
        with runtime.session() as session:
            assert session.scalar(select(Story.id)) is None


def test_a_voice_with_a_space_is_refused_in_words(client: TestClient) -> None:
    response = client.post("/api/stories/generate", json={**BOOK, "narration_voice": "warm voice"})
    assert response.status_code == 422
    message = response.json()["error"]
    assert "no spaces" in message and "narration_voice" in message
    assert "^" not in message and "pattern" not in message


def test_the_form_says_the_voice_rule_in_words(client: TestClient) -> None:
    page = client.get("/stories/new")
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    form = {**{k: str(v) for k, v in BOOK.items()}, "narration_voice": "warm voice", "csrf": csrf}
    answer = client.post("/stories/new", data=form)
    assert "with no spaces" in answer.text
    assert "[A-Za-z0-9" not in answer.text


def test_a_book_that_failed_on_its_voice_is_retried_with_another(
    client: TestClient, runtime: Runtime, book_stages: BookStages
) -> None:
    # given a book whose voice has gone from the narration service (asked for before, say)
    book_stages.keep_real(UnitKind.PAGE_AUDIO, UnitKind.BOOK_AUDIO)
    story_id = client.post("/api/stories/generate", json=BOOK).json()["id"]
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.params = {**story.params, "narration_voice": "zz-gone"}
    with InProcessWorkers(runtime, workers_per_queue=2):
        failed = wait_status(runtime, story_id, StoryStatus.ERROR)
        assert "no voice named 'zz-gone'" in (failed.error_message or "")
        # when the owner retries with another voice the service does not have, then with one it has
        refused = client.post(f"/api/stories/{story_id}/retry", json={"narration_voice": "zz-still-no"})
        retried = client.post(f"/api/stories/{story_id}/retry", json={"narration_voice": "en+f3"})
        # then the first is refused naming the field, the second makes the whole narration again
        assert refused.status_code == 422 and refused.json()["field"] == "narration_voice"
        assert retried.status_code == 202, retried.text
        assert "page audio 1" in " ".join(retried.json()["retrying"]).replace("_", " ")
        done = wait_status(runtime, story_id, StoryStatus.COMPLETE)
    assert done.params["narration_voice"] == "en+f3"
    with runtime.session() as session:
        states = session.scalars(
            select(WorkUnit.state).where(
                WorkUnit.story_id == story_id, WorkUnit.kind.in_((UnitKind.PAGE_AUDIO, UnitKind.BOOK_AUDIO))
            )
        ).all()
    assert set(states) == {UnitState.DONE}
