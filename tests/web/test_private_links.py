"""A book's private link: shown to its owner, it opens the book on another device and adds it to that
device's "My books"; a wrong or borrowed token opens nothing."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from storyloom.private_links import private_link_token
from storyloom.runtime import Runtime
from tests.web.test_pages import FORM, csrf_token


def make_book(client: TestClient) -> str:
    response = client.post("/stories/new", data={**FORM, "csrf": csrf_token(client)}, follow_redirects=False)
    return str(response.headers["location"]).rsplit("/", 1)[-1]


def shown_link(html: str) -> str:
    match = re.search(r'value="(http://testserver/stories/[0-9a-f]+/open/[A-Za-z0-9_-]+)"', html)
    assert match is not None
    return match.group(1).removeprefix("http://testserver")


def test_the_private_link_opens_the_book_on_another_device_and_keeps_it_there(
    runtime: Runtime, client: TestClient, stranger: TestClient
) -> None:
    story_id = make_book(client)
    link = shown_link(client.get(f"/stories/{story_id}").text)

    assert link == f"/stories/{story_id}/open/{private_link_token(runtime.secret_key, story_id)}"
    assert shown_link(client.get("/account/stories").text) == link
    assert stranger.get(f"/stories/{story_id}", headers={"Accept": "text/html"}).status_code == 403

    opened = stranger.get(link, follow_redirects=False)

    assert opened.status_code == 303
    assert opened.headers["location"] == f"/stories/{story_id}"
    assert stranger.get(f"/stories/{story_id}").status_code == 200
    assert f'href="/stories/{story_id}"' in stranger.get("/account/stories").text
    assert stranger.get(f"/api/stories/{story_id}").status_code == 200


def test_a_wrong_or_borrowed_token_opens_nothing(
    runtime: Runtime, client: TestClient, stranger: TestClient
) -> None:
    first, second = make_book(client), make_book(client)
    borrowed = private_link_token(runtime.secret_key, first)

    wrong = stranger.get(f"/stories/{first}/open/{'x' * 32}", headers={"Accept": "text/html"})
    other_book = stranger.get(f"/stories/{second}/open/{borrowed}", headers={"Accept": "text/html"})
    unknown = stranger.get(
        f"/stories/nosuch/open/{private_link_token(runtime.secret_key, 'nosuch')}",
        headers={"Accept": "text/html"},
    )

    assert (wrong.status_code, other_book.status_code, unknown.status_code) == (404, 404, 404)
    assert stranger.get(f"/stories/{second}", headers={"Accept": "text/html"}).status_code == 403
    assert "No books here yet." in stranger.get("/account/stories").text
