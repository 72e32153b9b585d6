"""Rules around finished books: who may download, who may publish, and odd headers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime
from storyloom.startup import build_runtime
from storyloom.web.app import create_app


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime)) as test_client:
        yield test_client


def _finished_story(runtime: Runtime, *, status: StoryStatus, shop_domain: str | None = None) -> str:
    params = {"child_name": "Mia", "age_group": "3-5", "moral_lesson": "sharing is kind"}
    with runtime.session() as session:
        story = Story(
            title="Mia Shares", genre="adventure", age_group="3-5", status=status, params=params,
            owner_session="someone-else", shop_domain=shop_domain,
        )  # fmt: skip
        session.add(story)
        session.flush()
        story_id = story.id
        story.pdf_url = f"stories/{story_id}/book-print.pdf"
    runtime.store.put(f"stories/{story_id}/book-print.pdf", b"%PDF-1.7 a paid book")
    runtime.store.put(f"stories/{story_id}/audio/01.mp3", b"\xff\xfb" + b"\x00" * 100)
    return story_id


def test_a_published_book_pdf_is_not_free_to_strangers(client: TestClient, runtime: Runtime) -> None:
    story_id = _finished_story(runtime, status=StoryStatus.PUBLISHED)

    assert client.get(f"/api/assets/pdf/{story_id}").status_code == 404


def test_a_range_header_with_huge_numbers_is_not_a_server_error(client: TestClient, runtime: Runtime) -> None:
    story_id = _finished_story(runtime, status=StoryStatus.PUBLISHED)

    response = client.get(
        f"/api/assets/file/{story_id}/audio/01.mp3", headers={"Range": "bytes=" + "9" * 5000 + "-"}
    )

    assert response.status_code < 500


def test_publishing_needs_the_shopify_app(client: TestClient, runtime: Runtime) -> None:
    started = client.post(
        "/api/stories/generate", json={"child_name": "Mia", "age_group": "3-5", "moral_lesson": "be kind"}
    ).json()
    with runtime.session() as session:
        story = session.get(Story, started["id"])
        assert story is not None
        story.status = StoryStatus.COMPLETE

    response = client.post(f"/api/stories/{started['id']}/publish")

    assert response.status_code == 503
    assert response.json()["code"] == "SHOPIFY_NOT_CONFIGURED"


def test_a_book_not_made_through_a_store_cannot_be_published(
    monkeypatch: pytest.MonkeyPatch, runtime: Runtime
) -> None:
    from storyloom.config import load_settings

    monkeypatch.setenv("SHOPIFY_API_KEY", "key")
    monkeypatch.setenv("SHOPIFY_API_SECRET", "secret")
    configured = build_runtime(load_settings())
    with TestClient(create_app(configured)) as client:
        started = client.post(
            "/api/stories/generate", json={"child_name": "Mia", "age_group": "3-5", "moral_lesson": "be kind"}
        ).json()
        with configured.session() as session:
            story = session.get(Story, started["id"])
            assert story is not None
            story.status = StoryStatus.COMPLETE

        response = client.post(f"/api/stories/{started['id']}/publish")

    assert response.status_code == 409
    assert response.json()["code"] == "NO_SHOP"
