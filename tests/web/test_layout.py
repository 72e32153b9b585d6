"""The book's page view: the PDFs' own layout and stylesheet, with the web's picture and font URLs."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from storyloom.db.models import StoryStatus
from storyloom.runtime import Runtime
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start


def test_the_page_view_lays_out_every_page_as_printed(
    runtime: Runtime, client: TestClient, stranger: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    story = wait_status(runtime, story_id, StoryStatus.COMPLETE)

    response = client.get(f"/stories/{story_id}/pages")
    fonts = re.findall(r'url\("(/book-fonts/[^"]+)"\)', response.text)
    pictures = re.findall(
        rf'src="(/api/assets/file/{story_id}/pages/\d\d\.png\?v=\d+&amp;w=1600)"', response.text
    )

    assert response.status_code == 200
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert story.chapters[0]["text"].split(",")[0] in response.text
    assert len(pictures) == 8
    assert fonts and client.get(fonts[0]).status_code == 200
    assert client.get(pictures[0].replace("&amp;", "&")).headers["content-type"] == "image/jpeg"
    assert stranger.get(f"/stories/{story_id}/pages").status_code == 404


def test_the_page_view_waits_for_the_book(client: TestClient) -> None:
    story_id = start(client)["id"]

    response = client.get(f"/stories/{story_id}/pages", headers={"Accept": "text/html"})

    assert response.status_code == 409
    assert "its pages can be shown once it is ready" in response.text
