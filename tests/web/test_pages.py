"""The pages through the test client: the form's server-side checks, CSRF, who sees what, the
library's filters and pages, and the customer's own books."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from storyloom.db.models import Story, StoryStatus
from storyloom.runtime import Runtime

FORM = {
    "child_name": "Mia",
    "pronouns": "she/her",
    "age_group": "3-5",
    "genre": "ocean",
    "language": "en",
    "moral_lesson": "sharing is kind",
    "setting": "a lighthouse",
    "page_count": "8",
    "dedication": "For Mia",
    "illustration_style": "flat",
}


def csrf_token(client: TestClient) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', client.get("/stories/new").text)
    assert match is not None
    return match.group(1)


def error_text(html: str, field: str) -> str:
    match = re.search(rf'<p class="field-error" id="{re.escape(field)}-error" role="alert">([^<]*)</p>', html)
    return match.group(1) if match else ""


def test_the_form_offers_every_parameter_with_defaults(client: TestClient) -> None:
    html = client.get("/stories/new").text

    for name in [*FORM, "character-4-name", "character-4-kind", "character-4-traits", "character-4-look"]:
        assert f'name="{name}"' in html, name
    assert '<option value="en" selected>English</option>' in html
    assert 'value="fr"' not in html
    assert 'value="12"' in html
    assert 'value="watercolour" checked' in html


def test_the_form_offers_other_languages_when_enabled(runtime: Runtime, client: TestClient) -> None:
    runtime.settings.limits.enable_multi_language = True

    html = client.get("/stories/new").text

    assert '<option value="fr" >Français</option>' in html


def test_a_valid_form_starts_the_book_and_shows_its_progress(client: TestClient) -> None:
    response = client.post("/stories/new", data={**FORM, "csrf": csrf_token(client)}, follow_redirects=False)

    assert response.status_code == 303
    reader = client.get(response.headers["location"])
    assert reader.status_code == 200
    assert "Making the book for Mia" in reader.text
    assert 'role="progressbar"' in reader.text


def test_the_form_without_its_csrf_token_is_refused(runtime: Runtime, client: TestClient) -> None:
    response = client.post("/stories/new", data=FORM, headers={"Accept": "text/html"})

    assert response.status_code == 403
    assert "the form has expired; reload the page and try again" in response.text
    with runtime.session() as session:
        assert session.query(Story).count() == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        pytest.param({"child_name": ""}, "child_name", "child_name must not be empty", id="no-name"),
        pytest.param(
            {"child_name": "R2D2"},
            "child_name",
            "child_name may contain only letters, spaces, hyphens, apostrophes and full stops",
            id="digits",
        ),
        pytest.param(
            {"page_count": "40"}, "page_count", "Input should be less than or equal to 32", id="pages"
        ),
        pytest.param(
            {"character-2-traits": "brave"},
            "character-2-name",
            "name must not be empty",
            id="friend-without-name",
        ),
        pytest.param(
            {"character-2-name": "Pip", "character-2-look": "a 🦊 badge"},
            "character-2-look",
            "the book&#39;s typefaces cannot print 🦊; use Latin, Greek or Cyrillic letters",
            id="unprintable-friend",
        ),
        pytest.param(
            {"language": "de"},
            "language",
            "only English (&#39;en&#39;) is enabled; set ENABLE_MULTI_LANGUAGE=true for es, fr and de",
            id="language",
        ),
    ],
)
def test_a_bad_form_comes_back_with_the_message_beside_the_field(
    client: TestClient, changes: dict[str, str], field: str, message: str
) -> None:
    response = client.post("/stories/new", data={**FORM, **changes, "csrf": csrf_token(client)})

    assert response.status_code == 422
    assert error_text(response.text, field) == message
    assert 'value="a lighthouse"' in response.text


def test_a_stranger_is_told_an_unpublished_book_is_private(client: TestClient, stranger: TestClient) -> None:
    location = client.post(
        "/stories/new", data={**FORM, "csrf": csrf_token(client)}, follow_redirects=False
    ).headers["location"]

    response = stranger.get(location, headers={"Accept": "text/html"})
    unknown = stranger.get("/stories/01NOSUCHBOOK", headers={"Accept": "text/html"})

    assert response.status_code == 403
    assert "<h1>This book is private</h1>" in response.text
    assert "no story with id" not in response.text
    assert unknown.status_code == 404
    assert "We could not find that book" in unknown.text


def published(runtime: Runtime, count: int, **columns: str) -> None:
    with runtime.session() as session:
        for number in range(count):
            session.add(
                Story(
                    title=f"{columns.get('genre', 'space')} book {number}",
                    genre=columns.get("genre", "space"),
                    age_group=columns.get("age_group", "3-5"),
                    language="en",
                    status=StoryStatus.PUBLISHED,
                    params={"child_name": "Ana"},
                    show_in_library=True,
                )
            )


def test_the_library_lists_published_books_filtered_and_paginated(
    runtime: Runtime, client: TestClient
) -> None:
    published(runtime, 13, genre="space")
    published(runtime, 2, genre="ocean", age_group="6-8")
    client.post("/stories/new", data={**FORM, "csrf": csrf_token(client)})

    everything = client.get("/stories").text
    second_page = client.get("/stories?page=2").text
    ocean = client.get("/stories?genre=ocean").text
    older = client.get("/stories?age_group=6-8&genre=space").text
    unknown = client.get("/stories?genre=horror")

    assert "15 books" in everything
    assert everything.count('<li><a href="/stories/') == 12
    assert second_page.count('<li><a href="/stories/') == 3
    assert 'href="?page=2&amp;age_group=&amp;genre=&amp;language="' in everything
    assert "2 books" in ocean
    assert "0 books" in older
    assert unknown.status_code == 200
    assert "A book for Mia" not in everything


def test_my_books_lists_this_browsers_books_in_every_state(
    runtime: Runtime, client: TestClient, stranger: TestClient
) -> None:
    published(runtime, 1)
    client.post("/stories/new", data={**FORM, "csrf": csrf_token(client)})

    mine = client.get("/account/stories").text
    theirs = stranger.get("/account/stories").text

    assert mine.count('<li><a href="/stories/') == 1
    assert "Being made…" in mine
    assert "No books here yet" in theirs


def test_a_failed_book_shows_why_and_its_owner_can_try_again(runtime: Runtime, client: TestClient) -> None:
    from sqlalchemy import update

    from storyloom.db.models import UnitKind, UnitState, WorkUnit

    location = client.post(
        "/stories/new", data={**FORM, "csrf": csrf_token(client)}, follow_redirects=False
    ).headers["location"]
    story_id = location.rsplit("/", 1)[-1]
    with runtime.session() as session:
        session.execute(
            update(WorkUnit)
            .where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.TEXT)
            .values(state=UnitState.FAILED, error_message="the text provider refused the key")
        )
        story = session.get(Story, story_id)
        assert story is not None
        story.status = StoryStatus.ERROR
        story.error_message = "text failed: the text provider refused the key"

    page = client.get(location).text
    token = re.search(
        r'action="/stories/[0-9a-f]+/retry"[^>]*><input type="hidden" name="csrf" value="([^"]+)"', page
    )
    assert "We could not finish this book" in page
    assert "text failed: the text provider refused the key" in page
    assert token is not None
    retried = client.post(f"{location}/retry", data={"csrf": token.group(1)}, follow_redirects=False)

    assert retried.status_code == 303
    with runtime.session() as session:
        story = session.get(Story, story_id)
        assert story is not None
        assert story.status == StoryStatus.GENERATING
