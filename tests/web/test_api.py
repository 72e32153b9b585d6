"""The stories API through FastAPI's test client: starting, reading, ownership, CSRF, errors."""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime
from tests.web.conftest import BookStages, wait_status

BOOK: dict[str, Any] = {
    "child_name": "Mia",
    "age_group": "3-5",
    "genre": "space",
    "moral_lesson": "sharing is kind",
    "page_count": 8,
}


def start(client: TestClient, **overrides: Any) -> dict[str, Any]:
    response = client.post("/api/stories/generate", json={**BOOK, **overrides})
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    return body


def test_generate_answers_with_the_story_id_a_token_and_its_urls(client: TestClient) -> None:
    body = start(client)

    assert body["status"] == "GENERATING"
    assert len(body["id"]) == 32
    assert len(body["token"]) >= 40
    assert body["status_url"] == f"/api/stories/{body['id']}/status"
    assert body["reader_url"] == f"/stories/{body['id']}"


def test_the_same_idempotency_key_never_makes_two_books(client: TestClient) -> None:
    first = client.post("/api/stories/generate", json=BOOK, headers={"Idempotency-Key": "order-1"})
    second = client.post("/api/stories/generate", json=BOOK, headers={"Idempotency-Key": "order-1"})

    assert (first.status_code, second.status_code) == (202, 200)
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["token"] is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        pytest.param({"child_name": ""}, "child_name", id="empty-name"),
        pytest.param({"child_name": "M" * 41}, "child_name", id="long-name"),
        pytest.param({"page_count": 7}, "page_count", id="too-few-pages"),
        pytest.param({"page_count": 33}, "page_count", id="too-many-pages"),
        pytest.param({"genre": "horror"}, "genre", id="unknown-genre"),
        pytest.param({"moral_lesson": "x" * 121}, "moral_lesson", id="long-moral"),
        pytest.param({"dedication": "x" * 201}, "dedication", id="long-dedication"),
        pytest.param({"characters": [{"name": f"F{n}"} for n in range(5)]}, "characters", id="five-friends"),
        pytest.param({"language": "fr"}, "language", id="language-not-enabled"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(client: TestClient, change: dict[str, Any], field: str) -> None:
    response = client.post("/api/stories/generate", json={**BOOK, **change})

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "INVALID_INPUT"
    assert field in body["error"]


def test_a_body_over_the_limit_is_refused_with_413(client: TestClient) -> None:
    response = client.post(
        "/api/stories/generate",
        content=b'{"child_name": "' + b"a" * 70_000 + b'"}',
        headers={"Content-Type": "application/json"},
    )

    assert response.status_code == 413
    assert response.json()["code"] == "TOO_LARGE"


def test_an_unpublished_book_is_hidden_from_another_browser(client: TestClient, stranger: TestClient) -> None:
    story_id = start(client)["id"]

    for path in (
        f"/api/stories/{story_id}",
        f"/api/stories/{story_id}/status",
        f"/api/assets/pdf/{story_id}",
        f"/api/assets/audio/{story_id}?page=1",
        f"/api/assets/file/{story_id}/cover.png",
    ):
        assert stranger.get(path).status_code == 404, path
    assert client.get(f"/api/stories/{story_id}").status_code == 200


def test_the_token_opens_the_book_to_an_api_client_without_the_cookie(
    client: TestClient, stranger: TestClient
) -> None:
    body = start(client)

    with_token = stranger.get(
        f"/api/stories/{body['id']}", headers={"Authorization": f"Bearer {body['token']}"}
    )
    wrong_token = stranger.get(f"/api/stories/{body['id']}", headers={"Authorization": "Bearer nope"})

    assert with_token.status_code == 200
    assert with_token.json()["child_name"] == "Mia"
    assert wrong_token.status_code == 404


def test_a_stranger_cannot_change_another_owners_book(
    runtime: Runtime, client: TestClient, stranger: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)

    attempts = [
        stranger.put(f"/api/stories/{story_id}/pages/1/text", json={"text": "Stolen words."}),
        stranger.post(f"/api/stories/{story_id}/pages/1/regenerate", json={"part": "image"}),
        stranger.post(f"/api/stories/{story_id}/retry"),
        stranger.post(f"/api/stories/{story_id}/publish"),
    ]

    assert [response.status_code for response in attempts] == [404, 404, 404, 404]
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        assert "Stolen" not in story.chapters[0]["text"]


def test_a_published_book_is_readable_by_anyone_but_changeable_by_none(
    runtime: Runtime, client: TestClient, stranger: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.status = StoryStatus.PUBLISHED
    runtime.invalidate_story(story_id)

    assert stranger.get(f"/api/stories/{story_id}").status_code == 200
    assert stranger.put(f"/api/stories/{story_id}/pages/1/text", json={"text": "Mine."}).status_code == 404
    assert client.put(f"/api/stories/{story_id}/pages/1/text", json={"text": "Mine."}).status_code == 409


def test_a_cookie_request_from_another_site_is_refused_as_csrf(client: TestClient) -> None:
    start(client)

    cross_site = client.post("/api/stories/generate", json=BOOK, headers={"Origin": "https://evil.example"})
    cross_referer = client.post(
        "/api/stories/generate", json=BOOK, headers={"Referer": "https://evil.example/x"}
    )
    opaque = client.post("/api/stories/generate", json=BOOK, headers={"Origin": "null"})
    same_site = client.post("/api/stories/generate", json=BOOK, headers={"Origin": "http://testserver"})
    with_token = client.post(
        "/api/stories/generate",
        json=BOOK,
        headers={"Origin": "https://evil.example", "X-CSRF-Token": "not the session's"},
    )

    assert cross_site.status_code == 403
    assert cross_site.json() == {
        "error": "a request with the session cookie from another site must carry X-CSRF-Token",
        "code": "CSRF_FAILED",
    }
    assert (cross_referer.status_code, opaque.status_code, with_token.status_code) == (403, 403, 403)
    assert same_site.status_code == 202


def test_the_story_is_served_from_the_cache_and_a_write_invalidates_it(
    runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)
    first = client.get(f"/api/stories/{story_id}").json()
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.title = "Changed behind the cache"

    cached = client.get(f"/api/stories/{story_id}").json()
    runtime.invalidate_story(story_id)
    fresh = client.get(f"/api/stories/{story_id}").json()

    assert cached["title"] == first["title"] == "Mia and the Simulated Day"
    assert fresh["title"] == "Changed behind the cache"


def test_a_finished_story_has_pages_with_alt_text_narration_and_reading_level(
    runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)

    body = client.get(f"/api/stories/{story_id}").json()
    status = client.get(f"/api/stories/{story_id}/status").json()

    assert body["status"] == "COMPLETE"
    assert len(body["chapters"]) == 8
    page = body["chapters"][0]
    assert page["alt"] == "Mia walking in a park, morning; the mood is calm."
    assert page["image_url"].startswith(f"/api/assets/file/{story_id}/pages/01.png?v=")
    assert page["timings_url"].startswith(f"/api/assets/file/{story_id}/audio/01.json")
    assert body["reading_level_label"] == "Flesch-Kincaid grade 1.8, within the target -3 to 3"
    assert body["pdf_url"] == f"/api/assets/pdf/{story_id}"
    assert (status["percent"], status["done"], status["total"], status["step"]) == (
        100,
        21,
        21,
        "Your book is ready",
    )


def test_assets_stream_with_their_types_and_audio_honours_ranges(
    runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)

    pdf = client.get(f"/api/assets/pdf/{story_id}?edition=screen")
    screen_picture = client.get(f"/api/assets/file/{story_id}/pages/01.png?w=480")
    odd_width = client.get(f"/api/assets/file/{story_id}/pages/01.png?w=500")
    whole = client.get(f"/api/assets/audio/{story_id}?page=1")
    part = client.get(f"/api/assets/audio/{story_id}?page=1", headers={"Range": "bytes=10-19"})
    beyond = client.get(f"/api/assets/audio/{story_id}?page=1", headers={"Range": "bytes=99999999-"})
    no_page = client.get(f"/api/assets/audio/{story_id}?page=9")
    book = client.get(f"/api/assets/audio/{story_id}")

    assert pdf.status_code == 200
    assert screen_picture.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(screen_picture.content)).size == (480, 480)
    assert odd_width.status_code == 422
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-disposition"] == 'attachment; filename="Mia and the Simulated Day-screen.pdf"'
    assert whole.headers["content-type"] == "audio/mpeg"
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 10-19/{len(whole.content)}"
    assert part.content == whole.content[10:20]
    assert beyond.status_code == 416
    assert no_page.status_code == 422
    assert book.headers["content-disposition"] == 'inline; filename="Mia and the Simulated Day.mp3"'
    assert book.content.startswith(whole.content[:4])


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/api/stories/" + "f" * 300, id="long-id"),
        pytest.param("/api/stories/%00%ff", id="odd-bytes"),
        pytest.param("/api/assets/file/abc/../../secret_key", id="path-traversal"),
        pytest.param("/api/assets/audio/abc?page=-1", id="negative-page"),
        pytest.param("/api/styles/oil/preview.png", id="unknown-style"),
    ],
)
def test_odd_requests_get_a_4xx_never_a_500(client: TestClient, path: str) -> None:
    response = client.get(path)

    assert 400 <= response.status_code < 500
    assert set(response.json()) >= {"error", "code"}


class AsCustomer:
    """Stands in for the Shopify app proxy: marks every request as from one shop's customer."""

    def __init__(self, app: Any, customer_id: str, shop_domain: str = "shop-a.myshopify.com") -> None:
        self.app = app
        self.customer = {"customer_id": customer_id, "shop_domain": shop_domain}

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            scope.setdefault("state", {}).update(self.customer)
        await self.app(scope, receive, send)


def test_one_shopify_customer_cannot_read_or_change_anothers_unpublished_book(runtime: Runtime) -> None:
    from storyloom.web.app import create_app

    app = create_app(runtime)
    with (
        TestClient(AsCustomer(app, "1001")) as owner,
        TestClient(AsCustomer(app, "1001")) as owner_elsewhere,
        TestClient(AsCustomer(app, "1002")) as other,
        TestClient(AsCustomer(app, "1001", "shop-b.myshopify.com")) as other_shop,
    ):
        story_id = start(owner)["id"]

        assert owner_elsewhere.get(f"/api/stories/{story_id}").status_code == 200
        assert other.get(f"/api/stories/{story_id}").status_code == 404
        assert other.get(f"/stories/{story_id}").status_code == 403  # the page says the book is private
        assert other_shop.get(f"/api/stories/{story_id}/status").status_code == 404
        assert other.post(f"/api/stories/{story_id}/retry").status_code == 404
        assert other.put(f"/api/stories/{story_id}/pages/1/text", json={"text": "Mine."}).status_code == 404
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        assert (story.shopify_customer_id, story.shop_domain) == ("1001", "shop-a.myshopify.com")


def test_a_style_preview_is_a_png_drawn_in_that_style(client: TestClient) -> None:
    response = client.get("/api/styles/papercut/preview.png")

    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    assert client.get("/api/styles").json()["papercut"] == {
        "label": "Paper cut-out",
        "preview_url": "/api/styles/papercut/preview.png",
    }


@pytest.mark.parametrize("story_id", [":", "a:b", "::"], ids=["colon", "inner-colon", "two-colons"])
def test_a_story_id_with_colons_is_not_found_rather_than_a_server_error(
    client: TestClient, story_id: str
) -> None:
    answer = client.get(f"/api/stories/{quote(story_id, safe='')}")

    assert answer.status_code == 404
