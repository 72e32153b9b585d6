"""A published book: strangers see a preview (cover and first two pages, no child's name) and a buy
link; the whole book, its PDFs and its narration stay with the owner (and the buyers)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start


def _published(runtime: Runtime, client: TestClient) -> str:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.status = StoryStatus.PUBLISHED
        story.shop_domain = "demo-books.myshopify.com"
        story.shopify_product_id = "gid://shopify/Product/1"
    runtime.invalidate_story(story_id)
    return story_id


def test_a_stranger_sees_a_preview_and_a_buy_link_and_the_owner_the_whole_book(
    runtime: Runtime, client: TestClient, stranger: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = _published(runtime, client)

    preview = stranger.get(f"/api/stories/{story_id}").json()
    whole = client.get(f"/api/stories/{story_id}").json()

    assert [c["number"] for c in preview["chapters"]] == [1, 2]
    assert len(whole["chapters"]) == 8
    assert preview["preview"] is True and "preview" not in whole
    assert preview["buy_url"] == f"https://demo-books.myshopify.com/products/storyloom-{story_id}"
    assert (preview["pdf_url"], preview["audio_url"], preview["chapters"][0]["audio_url"]) == (
        None,
        None,
        None,
    )
    assert "Mia" not in str(preview) and "Mia" in str(whole)
    stranger_answers = {
        path: stranger.get(path).status_code
        for path in (
            f"/api/assets/file/{story_id}/cover.png",
            f"/api/assets/file/{story_id}/pages/02.png",
            f"/api/assets/file/{story_id}/pages/03.png",
            f"/api/assets/file/{story_id}/audio/01.mp3",
            f"/api/assets/audio/{story_id}",
            f"/api/assets/pdf/{story_id}",
            f"/stories/{story_id}/pages",
        )
    }
    assert list(stranger_answers.values()) == [200, 200, 404, 404, 404, 404, 404], stranger_answers
    assert client.get(f"/api/assets/file/{story_id}/pages/03.png").status_code == 200
    assert client.get(f"/api/assets/audio/{story_id}").status_code == 200
    page = stranger.get(f"/stories/{story_id}").text
    assert "Buy the whole book" in page and "Mia" not in page
