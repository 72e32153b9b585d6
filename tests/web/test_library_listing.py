"""The public library lists only the books their owner chose to show, and the child's name only
when the owner agreed."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime
from tests.web.test_api import start
from tests.web.test_pages import csrf_token


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


def _sharing_form(html: str) -> str:
    match = re.search(r'<form method="post" action="/stories/\w+/sharing".*?</form>', html, re.DOTALL)
    return match.group(0) if match else ""


def test_the_owner_chooses_in_the_pages_without_javascript(
    runtime: Runtime, client: TestClient, stranger: TestClient
) -> None:
    # given a published book, its owner's reader and a stranger's
    story_id = start(client)["id"]
    _publish(runtime, story_id)
    form = _sharing_form(client.get(f"/stories/{story_id}").text)
    assert "Show this book in the public library" in form
    assert "Show the child&#39;s name there" in form and "checked" not in form
    assert _sharing_form(stranger.get(f"/stories/{story_id}").text) == ""
    token = csrf_token(client)
    # when the owner ticks "show in the library" (a browser sends only ticked boxes)
    answer = client.post(
        f"/stories/{story_id}/sharing",
        data={"csrf": token, "show_in_library": "yes"},
        follow_redirects=False,
    )
    # then the book is listed without the child's name, and the box stays ticked
    assert (answer.status_code, answer.headers["location"]) == (303, f"/stories/{story_id}")
    shelf = stranger.get("/stories").text
    assert f'href="/stories/{story_id}"' in shelf and "Mia" not in shelf
    assert 'name="show_in_library" value="yes" checked' in client.get(f"/stories/{story_id}").text
    # when the owner also agrees to the name, from My books
    mine = client.get("/account/stories").text
    assert 'name="next" value="/account/stories"' in _sharing_form(mine)
    answer = client.post(
        f"/stories/{story_id}/sharing",
        data={"csrf": token, "show_in_library": "yes", "show_child_name": "yes", "next": "/account/stories"},
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/account/stories"
    assert "Mia and the Moon Lantern" in stranger.get("/stories").text
    # when the owner unticks both, the book leaves the library
    client.post(f"/stories/{story_id}/sharing", data={"csrf": token}, follow_redirects=False)
    assert story_id not in stranger.get("/stories").text


def test_the_sharing_form_refuses_strangers_and_forged_posts(
    runtime: Runtime, client: TestClient, stranger: TestClient
) -> None:
    story_id = start(client)["id"]
    _publish(runtime, story_id)
    data = {"show_in_library": "yes", "next": "https://evil.example/"}

    forged = client.post(f"/stories/{story_id}/sharing", data={**data, "csrf": "x"}, follow_redirects=False)
    foreign = stranger.post(
        f"/stories/{story_id}/sharing", data={**data, "csrf": csrf_token(stranger)}, follow_redirects=False
    )
    owner = client.post(
        f"/stories/{story_id}/sharing", data={**data, "csrf": csrf_token(client)}, follow_redirects=False
    )

    assert (forged.status_code, foreign.status_code) == (403, 404)
    assert owner.headers["location"] == f"/stories/{story_id}"  # never elsewhere


def test_the_sharing_form_speaks_the_visitors_language(runtime: Runtime, client: TestClient) -> None:
    story_id = start(client)["id"]
    _publish(runtime, story_id)
    client.cookies.set("storyloom_lang", "es")

    form = _sharing_form(client.get(f"/stories/{story_id}").text)

    assert "Compartir en la biblioteca pública" in form
