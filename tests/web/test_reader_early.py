"""The reader opens the book as soon as page 1 has its words and picture: the pages still being drawn
say so, and the pictures are drawn from the front of the book."""

from __future__ import annotations

import re
import threading
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from storyloom.access import Viewer
from storyloom.db.models import Story, StoryStatus, UnitKind, UnitState, WorkUnit
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.pipeline.units import release_ready_units
from storyloom.runtime import Runtime
from storyloom.story.params import StoryParams
from storyloom.web.pages import reader as reader_page
from tests.web.conftest import BookStages, wait_status
from tests.web.test_pages import FORM, csrf_token

PAGES = 8


def _wait_done(runtime: Runtime, story_id: str, kind: UnitKind, index: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with runtime.session() as session:
            state = session.scalar(
                select(WorkUnit.state).where(
                    WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index
                )
            )
        if state == UnitState.DONE:
            return
        time.sleep(0.05)
    raise AssertionError(f"{kind.value} {index} was not done after {timeout} s")


def test_page_one_is_shown_before_the_last_pages_picture_exists(
    runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    last_drawn = threading.Event()
    release = threading.Event()
    stage = runtime.stages[UnitKind.PAGE_IMAGE]

    def held_back(ctx: UnitContext) -> StageResult:
        if ctx.index == PAGES:
            release.wait(30)
            last_drawn.set()
        return stage(ctx)

    runtime.stages[UnitKind.PAGE_IMAGE] = held_back
    form = {**FORM, "page_count": str(PAGES), "csrf": csrf_token(client)}
    location = client.post("/stories/new", data=form, follow_redirects=False).headers["location"]
    story_id = location.rsplit("/", 1)[-1]
    try:
        _wait_done(runtime, story_id, UnitKind.PAGE_IMAGE, 1)
        reader = client.get(location).text
        assert not last_drawn.is_set()

        assert "Making the book for Mia" not in reader  # the book itself, not the progress page
        assert 'data-drawing="true"' in reader
        page_one = re.search(r'<li class="spread" id="page-1".*?</li>', reader, re.S)
        last_page = re.search(rf'<li class="spread" id="page-{PAGES}".*?</li>', reader, re.S)
        assert page_one is not None and last_page is not None
        assert "<img " in page_one.group(0)
        assert "no-picture drawing" in last_page.group(0)
        assert f"Page {PAGES} of {PAGES}" in last_page.group(0)
        assert "The picture is being drawn" in last_page.group(0)
        assert "The first pages are ready" in reader
        status = client.get(f"/api/stories/{story_id}/status").json()
        assert status["readable"] is False and status["status"] == "GENERATING"
    finally:
        release.set()
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    finished = client.get(location).text
    assert "no-picture" not in finished and 'data-drawing="true"' not in finished


def test_pictures_are_queued_from_the_front_of_the_book(runtime: Runtime, book_stages: BookStages) -> None:
    started = start_story(
        runtime,
        StoryParams(
            child_name="Mia", age_group="3-5", moral_lesson="sharing is kind", page_count=PAGES, seed=3
        ),
    )
    with runtime.session() as session:
        story = session.get(Story, started.story_id)
        assert story is not None
        units = session.scalars(select(WorkUnit).where(WorkUnit.story_id == story.id)).all()
        for unit in units:  # the words and the character sheets are done: the pictures are released
            if unit.kind in (UnitKind.TEXT, UnitKind.CHARACTER):
                unit.state = UnitState.DONE
        session.flush()
        released = release_ready_units(session, story.id)
        order = {unit.id: (unit.kind, unit.index) for unit in units}
        released_kinds = [order[unit_id] for unit_id in released]
    pictures = [entry for entry in released_kinds if entry[0] in (UnitKind.COVER, UnitKind.PAGE_IMAGE)]
    assert pictures[:2] == [(UnitKind.COVER, 0), (UnitKind.PAGE_IMAGE, 1)]
    assert pictures == sorted(pictures, key=lambda entry: entry[1])


def test_a_reader_opened_as_the_book_is_finished_offers_its_print_files(
    runtime: Runtime,
    client: TestClient,
    book_stages: BookStages,
    workers: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The page reads the book and its progress one after the other; the book is finished between
    # the two reads. The page must still agree with itself: a finished book with its download buttons.
    making_pdf = threading.Event()
    release = threading.Event()
    stage = runtime.stages[UnitKind.PDF]

    def held_back(ctx: UnitContext) -> StageResult:
        making_pdf.set()
        release.wait(30)
        return stage(ctx)

    runtime.stages[UnitKind.PDF] = held_back
    form = {**FORM, "page_count": str(PAGES), "csrf": csrf_token(client)}
    location = client.post("/stories/new", data=form, follow_redirects=False).headers["location"]
    story_id = location.rsplit("/", 1)[-1]
    assert making_pdf.wait(30)
    reads = {"story": 0}
    real_read = reader_page.story_for_viewer

    def read_then_finish(runtime_: Runtime, wanted: str, viewer: Viewer, **options: bool) -> Story:
        found = real_read(runtime_, wanted, viewer, **options)
        reads["story"] += 1
        if reads["story"] == 1:  # the book is finished just after the page read it
            release.set()
            wait_status(runtime, story_id, StoryStatus.COMPLETE)
        return found

    monkeypatch.setattr(reader_page, "story_for_viewer", read_then_finish)
    try:
        reader = client.get(location).text
    finally:
        release.set()
    assert reads["story"] >= 1
    # The download buttons are there: shown, or hidden under a banner that follows the progress and
    # shows them when the files are made.
    for column in ("pdf_url", "screen_pdf_url"):
        link = re.search(rf'<a class="button" data-download="{column}" href="([^"]*)"( hidden)?', reader)
        assert link is not None, column
        shown = link.group(1).startswith(f"/api/assets/pdf/{story_id}") and not link.group(2)
        assert shown or 'data-status-url="/api/stories/' in reader, column
