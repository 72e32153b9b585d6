"""What a parent notices: a favicon, plain words for an empty page or moral, and alt texts that
name each character once."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyloom.db.models import StoryStatus
from storyloom.runtime import Runtime
from storyloom.web.serializers import scene_alt
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start
from tests.web.test_pages import FORM, csrf_token, error_text


def test_the_site_has_a_favicon(client: TestClient) -> None:
    page = client.get("/stories/new").text
    icon = client.get("/favicon.ico")

    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    assert icon.status_code == 200
    assert icon.headers["content-type"].startswith("image/svg+xml")


def test_an_empty_moral_is_explained(client: TestClient) -> None:
    response = client.post("/stories/new", data={**FORM, "moral_lesson": "", "csrf": csrf_token(client)})

    assert response.status_code == 422
    assert error_text(response.text, "moral_lesson") == (
        "moral_lesson must not be empty: say in a few words what the story should teach, "
        "such as &#34;sharing is kind&#34;"
    )


def test_an_empty_page_is_explained(
    runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)

    response = client.put(f"/api/stories/{story_id}/pages/2/text", json={"text": "   "})

    assert response.status_code == 422
    assert response.json() == {
        "error": "text: the page has no words; write at least a few words for it before saving",
        "code": "INVALID_INPUT",
        "field": "text",
    }


@pytest.mark.parametrize(
    ("scene", "alt"),
    [
        pytest.param(
            {"characters_present": ["Mia", "Leo"], "action": "Mia and Leo playing together"},
            "Mia and Leo playing together.",
            id="named-in-the-action",
        ),
        pytest.param(
            {"characters_present": ["Mia", "Leo"], "action": "playing together", "setting": "a park"},
            "Mia and Leo playing together in a park.",
            id="named-once",
        ),
        pytest.param(
            {"characters_present": ["Mia", "Leo"], "action": "Mia waves at the boat"},
            "Mia waves at the boat, with Leo.",
            id="one-name-missing",
        ),
    ],
)
def test_alt_text_names_each_character_once(scene: dict[str, object], alt: str) -> None:
    assert scene_alt(scene, "Page 1") == alt
