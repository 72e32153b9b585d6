"""Limits per client on starting and changing books: over a limit a 429 with Retry-After and a
message naming the limit, and other clients go on unhindered."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import Story
from storyloom.runtime import Runtime
from tests.web.test_api import BOOK


@pytest.fixture(autouse=True)
def tight_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENT_BOOKS_PER_HOUR", "3")
    monkeypatch.setenv("CLIENT_CHANGES_PER_HOUR", "2")


def _client(app: FastAPI, address: str) -> TestClient:
    return TestClient(app, client=(address, 40000), raise_server_exceptions=False)


def test_a_flooding_client_gets_429_naming_the_limit_and_another_client_is_not_held(
    client: TestClient, app: FastAPI, runtime: Runtime
) -> None:
    # given a client that starts books as fast as it can
    flooder = _client(app, "10.0.0.1")
    answers = [flooder.post("/api/stories/generate", json=BOOK) for _ in range(6)]
    # then three are started, the others refused with when to come back and which limit
    assert [a.status_code for a in answers] == [202, 202, 202, 429, 429, 429]
    refused = answers[3]
    assert refused.json()["code"] == "RATE_LIMITED"
    assert refused.json()["limit"] == "CLIENT_BOOKS_PER_HOUR"
    assert "at most 3 an hour (CLIENT_BOOKS_PER_HOUR)" in refused.json()["error"]
    assert 3000 < int(refused.headers["Retry-After"]) <= 3600
    # and a client from another address is served at once
    assert _client(app, "10.0.0.2").post("/api/stories/generate", json=BOOK).status_code == 202
    with runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(Story)) == 4


def test_a_new_cookie_or_token_does_not_reset_the_address_limit(app: FastAPI) -> None:
    for number in range(3):
        fresh = _client(app, "10.0.0.3")  # a new browser session each time
        assert fresh.post("/api/stories/generate", json=BOOK).status_code == 202, number
    with_token = _client(app, "10.0.0.3")
    answer = with_token.post(
        "/api/stories/generate", json=BOOK, headers={"Authorization": "Bearer a-new-token"}
    )
    assert answer.status_code == 429


def test_changes_are_limited_per_client(app: FastAPI) -> None:
    owner = _client(app, "10.0.0.4")
    story_id = owner.post("/api/stories/generate", json=BOOK).json()["id"]
    answers = [owner.post(f"/api/stories/{story_id}/retry").status_code for _ in range(3)]
    # the two allowed changes are answered on their merits (nothing failed: 409), the third is refused
    assert answers == [409, 409, 429]


def test_the_form_says_the_limit_in_words(app: FastAPI) -> None:
    browser = _client(app, "10.0.0.5")
    for _ in range(3):
        browser.post("/api/stories/generate", json=BOOK)
    page = browser.get("/stories/new")
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = browser.post("/stories/new", data={**{k: str(v) for k, v in BOOK.items()}, "csrf": csrf})
    assert "too many books started" in answer.text and "CLIENT_BOOKS_PER_HOUR" in answer.text
