"""Changing a finished book's pages (storyloom/pipeline/edits.py) through the API and the forms:
the page's narration, picture and the PDFs follow; nobody else may change it."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from storyloom.db.models import StoryStatus, UnitKind
from storyloom.pipeline.edits import edit_page_text
from storyloom.runtime import Runtime
from storyloom.storage import asset_key
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start


@pytest.fixture
def finished(runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object) -> str:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    return story_id


def test_editing_a_page_remakes_its_narration_and_the_pdf_but_not_its_picture(
    runtime: Runtime, client: TestClient, book_stages: BookStages, finished: str
) -> None:
    response = client.put(f"/api/stories/{finished}/pages/2/text", json={"text": "  Mia   hummed a  tune. "})

    story = wait_status(runtime, finished, StoryStatus.COMPLETE)
    timings = json.loads(runtime.store.get(asset_key(finished, "audio/02.json")))
    assert response.status_code == 202
    assert response.json()["rerun"] == ["page audio 2", "book audio", "pdf"]
    assert story.chapters[1]["text"] == "Mia hummed a tune."
    assert timings["text"] == "Mia hummed a tune."
    assert [w["word"] for w in timings["words"]] == ["Mia", "hummed", "a", "tune."]
    assert book_stages.runs[(UnitKind.PAGE_AUDIO, 2)] == 2
    assert book_stages.runs[(UnitKind.PDF, 0)] == 2
    assert book_stages.runs[(UnitKind.PAGE_IMAGE, 2)] == 1
    assert book_stages.runs[(UnitKind.PAGE_AUDIO, 3)] == 1
    others = [chapter["text"] for number, chapter in enumerate(story.chapters, start=1) if number != 2]
    assert story.word_count == sum(len(text.split()) for text in others) + 4
    assert story.reading_level is not None
    assert story.reading_level["formula"] == "Flesch-Kincaid grade"
    # the page numbers are digits, not words: one a page
    assert story.reading_level["words"] == story.word_count - len(others)
    assert story.reading_level["score"] != 1.84


def test_a_new_picture_is_a_different_picture_and_the_pdf_follows(
    runtime: Runtime, client: TestClient, book_stages: BookStages, finished: str
) -> None:
    before = runtime.store.get(asset_key(finished, "pages/03.png"))

    response = client.post(f"/api/stories/{finished}/pages/3/regenerate", json={"part": "image"})

    wait_status(runtime, finished, StoryStatus.COMPLETE)
    after = runtime.store.get(asset_key(finished, "pages/03.png"))
    assert response.status_code == 202
    assert response.json()["rerun"] == ["page image 3", "pdf"]
    assert after != before
    assert book_stages.runs[(UnitKind.PAGE_IMAGE, 3)] == 2
    assert book_stages.runs[(UnitKind.PDF, 0)] == 2


def test_rewriting_a_page_answers_at_once_then_the_text_provider_writes_it_and_the_narration_follows(
    runtime: Runtime,
    client: TestClient,
    book_stages: BookStages,
    finished: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime.settings.providers, "text", "simulated")  # keeps the page's scene
    before = client.get(f"/api/stories/{finished}").json()["chapters"][0]["text"]

    response = client.post(f"/api/stories/{finished}/pages/1/regenerate", json={"part": "text"})

    story = wait_status(runtime, finished, StoryStatus.COMPLETE)
    assert response.status_code == 202
    assert response.json()["status"] == "GENERATING"
    assert response.json()["rerun"] == ["page text 1", "page audio 1", "book audio", "pdf"]
    assert story.chapters[0]["text"] == before + " Again."
    assert json.loads(runtime.store.get(asset_key(finished, "audio/01.json")))["text"] == before + " Again."
    assert (
        json.loads(runtime.store.get(asset_key(finished, "story.json")))["chapters"][0]["text"]
        == before + " Again."
    )
    assert client.get(f"/api/stories/{finished}").json()["chapters"][0]["text"] == before + " Again."
    assert book_stages.runs[(UnitKind.PAGE_AUDIO, 1)] == 2
    assert book_stages.runs[(UnitKind.PDF, 0)] == 2
    assert book_stages.runs[(UnitKind.PAGE_IMAGE, 1)] == 1  # the same scene: the same picture


def test_a_page_rewritten_into_a_new_scene_gets_a_new_picture(
    runtime: Runtime, client: TestClient, book_stages: BookStages, finished: str
) -> None:
    before = client.get(f"/api/stories/{finished}").json()["chapters"][2]
    picture = runtime.store.get(asset_key(finished, "pages/03.png"))

    response = client.post(f"/api/stories/{finished}/pages/3/regenerate", json={"part": "text"})

    story = wait_status(runtime, finished, StoryStatus.COMPLETE)
    assert response.json()["rerun"] == ["page text 3", "page audio 3", "book audio", "pdf"]
    assert story.chapters[2]["text"] != before["text"]  # the built-in engine wrote it anew
    assert story.chapters[2]["scene"] != before["scene"]
    assert runtime.store.get(asset_key(finished, "pages/03.png")) != picture
    assert book_stages.runs[(UnitKind.PAGE_IMAGE, 3)] == 2
    assert book_stages.runs[(UnitKind.PAGE_AUDIO, 3)] == 2
    assert book_stages.runs[(UnitKind.PDF, 0)] == 2
    assert book_stages.runs[(UnitKind.PAGE_IMAGE, 2)] == 1


@pytest.mark.parametrize(
    ("page", "body", "status", "field"),
    [
        pytest.param(1, {"text": "   "}, 422, "text", id="blank"),
        pytest.param(1, {"text": "x" * 1501}, 422, "text", id="too-long"),
        pytest.param(1, {}, 422, "text", id="missing"),
        pytest.param(1, {"text": "Mia saw a 🦄."}, 422, "text", id="unprintable"),
        pytest.param(9, {"text": "Hello."}, 422, "page", id="page-beyond-the-book"),
        pytest.param(33, {"text": "Hello."}, 422, "page", id="page-beyond-any-book"),
    ],
)
def test_bad_edits_are_refused_naming_the_field(
    client: TestClient, finished: str, page: int, body: dict[str, str], status: int, field: str
) -> None:
    response = client.put(f"/api/stories/{finished}/pages/{page}/text", json=body)

    assert response.status_code == status
    assert response.json()["error"].startswith(field)


def test_a_book_still_being_made_cannot_be_edited(runtime: Runtime, client: TestClient) -> None:
    story_id = start(client)["id"]

    response = client.put(f"/api/stories/{story_id}/pages/1/text", json={"text": "Too soon."})

    assert response.status_code == 409
    assert response.json() == {
        "error": "the book is still being made; its pages can be changed once it is ready",
        "code": "CONFLICT",
    }


def csrf_of(client: TestClient, story_id: str) -> str:
    page = client.get(f"/stories/{story_id}").text
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match is not None
    return match.group(1)


def test_the_edit_form_works_without_javascript_and_needs_its_csrf_token(
    runtime: Runtime, client: TestClient, stranger: TestClient, finished: str
) -> None:
    token = csrf_of(client, finished)

    forged = client.post(f"/stories/{finished}/pages/1/text", data={"csrf": "forged", "text": "Forged."})
    strangers = stranger.post(f"/stories/{finished}/pages/1/text", data={"csrf": token, "text": "Theirs."})
    saved = client.post(
        f"/stories/{finished}/pages/1/text", data={"csrf": token, "text": "Mine."}, follow_redirects=False
    )

    assert forged.status_code == 403
    assert strangers.status_code == 403
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/stories/{finished}#page-1"
    assert wait_status(runtime, finished, StoryStatus.COMPLETE).chapters[0]["text"] == "Mine."


def test_the_rewrite_form_answers_at_once_and_the_reader_shows_the_update(
    runtime: Runtime, client: TestClient, book_stages: BookStages, finished: str
) -> None:
    token = csrf_of(client, finished)
    before = client.get(f"/api/stories/{finished}").json()["chapters"][1]["text"]
    book_stages.pause = 0.3  # the narration takes a while, so the update is seen in progress

    asked = client.post(
        f"/stories/{finished}/pages/2/regenerate",
        data={"csrf": token, "part": "text"},
        follow_redirects=False,
    )
    reader = client.get(f"/stories/{finished}").text

    assert asked.status_code == 303
    assert asked.headers["location"] == f"/stories/{finished}#page-2"
    assert "Updating the book" in reader
    assert f'data-status-url="/api/stories/{finished}/status"' in reader
    assert wait_status(runtime, finished, StoryStatus.COMPLETE).chapters[1]["text"] != before


def test_the_service_refuses_a_published_book(runtime: Runtime, finished: str) -> None:
    from storyloom.db.models import Story
    from storyloom.errors import ConflictError

    with runtime.session() as session:
        story = session.get(Story, finished)
        assert story is not None
        story.status = StoryStatus.PUBLISHED

    with pytest.raises(ConflictError, match="published"):
        edit_page_text(runtime, finished, 1, "Late.")
