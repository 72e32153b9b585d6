"""Narration asked for while the book is being made joins the book's own units: however many
requests arrive at once, each page is narrated once."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from fastapi import FastAPI
from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus, UnitKind
from storyloom.runtime import Runtime
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start


def _wait_for_text(runtime: Runtime, story_id: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        story = runtime.new_session().get(Story, story_id)
        if story is not None and story.chapters:
            return
        time.sleep(0.02)
    raise AssertionError("the story was not written")


def test_twelve_audio_requests_during_the_book_narrate_each_page_once(
    runtime: Runtime, app: FastAPI, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    # given a book being made, its story written, its pictures and narration still to come
    book_stages.pause = 0.15
    started = start(client)
    story_id, token = started["id"], started["token"]
    _wait_for_text(runtime, story_id)

    # when twelve clients ask for the whole book's narration and a page's at once
    def ask(number: int) -> int:
        query = "" if number % 2 else "?page=3"
        response = TestClient(app).get(
            f"/api/assets/audio/{story_id}{query}", headers={"Authorization": f"Bearer {token}"}
        )
        return response.status_code

    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(ask, range(12)))

    # then all are answered, and every narration unit ran exactly once
    assert statuses == [200] * 12
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    audio_runs = {
        key: runs
        for key, runs in book_stages.runs.items()
        if key[0] in (UnitKind.PAGE_AUDIO, UnitKind.BOOK_AUDIO)
    }
    assert audio_runs == {(UnitKind.PAGE_AUDIO, page): 1 for page in range(1, 9)} | {
        (UnitKind.BOOK_AUDIO, 0): 1
    }
