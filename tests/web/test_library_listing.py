"""The public library lists only the books their owner chose to show, and the child's name only
when the owner agreed."""

from __future__ import annotations

from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime
from tests.web.test_api import start


def _publish(runtime: Runtime, story_id: str) -> None:
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        story.status = StoryStatus.PUBLISHED
        story.title = "Mia and the Moon Lantern"
        story.description = "Mia learns that courage grows when shared."
    runtime.invalidate_story(story_id)


def test_a_published_book_is_listed_only_when_its_owner_chooses_and_named_only_when_agreed(
    runtime: Runtime, client: TestClient, stranger: TestClient
) -> None:
    # given a published book whose owner chose nothing
    story_id = start(client)["id"]
    _publish(runtime, story_id)
    # then the library does not list it
    assert story_id not in stranger.get("/stories").text
    # when the owner lists it, then it shows, without the child's name
    listed = client.put(f"/api/stories/{story_id}/sharing", json={"show_in_library": True})
    assert listed.json() == {"id": story_id, "show_in_library": True, "show_child_name": False}
    shelf = stranger.get("/stories").text
    assert f'href="/stories/{story_id}"' in shelf
    assert "Mia" not in shelf and "Our hero and the Moon Lantern" in shelf
    # when the owner agrees to the name, then the name shows too
    client.put(f"/api/stories/{story_id}/sharing", json={"show_child_name": True})
    assert "Mia and the Moon Lantern" in stranger.get("/stories").text


def test_only_the_owner_may_choose(client: TestClient, stranger: TestClient, runtime: Runtime) -> None:
    story_id = start(client)["id"]
    _publish(runtime, story_id)
    answer = stranger.put(f"/api/stories/{story_id}/sharing", json={"show_in_library": True})
    assert answer.status_code == 404
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None and story.show_in_library is False
