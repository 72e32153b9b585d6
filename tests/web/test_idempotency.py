"""Idempotency-Key holds per client, with or without a session cookie, and under concurrent repeats."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import Story
from storyloom.runtime import Runtime
from tests.web.test_api import BOOK


def _stories(runtime: Runtime) -> int:
    with runtime.session() as session:
        return int(session.scalar(select(func.count()).select_from(Story)) or 0)


def _post_without_cookie(app: FastAPI, key: str, token: str | None = None) -> tuple[int, str]:
    headers = {"Idempotency-Key": key}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    fresh = TestClient(app)  # a new client: no cookie (the app's lifespan is run by the `client` fixture)
    response = fresh.post("/api/stories/generate", json=BOOK, headers=headers)
    return response.status_code, response.json()["id"]


def test_the_same_key_without_a_cookie_makes_one_book(
    client: TestClient, app: FastAPI, runtime: Runtime
) -> None:
    first = _post_without_cookie(app, "order-7")
    again = _post_without_cookie(app, "order-7")
    assert (first[0], again[0]) == (202, 200)
    assert first[1] == again[1]
    assert _stories(runtime) == 1


def test_a_first_request_and_its_repeat_with_the_cookie_make_one_book(
    client: TestClient, runtime: Runtime
) -> None:
    client.cookies.clear()
    first = client.post("/api/stories/generate", json=BOOK, headers={"Idempotency-Key": "k"})
    assert client.cookies  # the repeat now carries the session cookie
    again = client.post("/api/stories/generate", json=BOOK, headers={"Idempotency-Key": "k"})
    assert (first.status_code, again.status_code) == (202, 200)
    assert _stories(runtime) == 1


def test_eight_concurrent_repeats_without_cookies_make_one_book(
    client: TestClient, app: FastAPI, runtime: Runtime
) -> None:
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: _post_without_cookie(app, "burst"), range(8)))
    assert len({story_id for _, story_id in answers}) == 1
    assert sorted(status for status, _ in answers) == [200] * 7 + [202]
    assert _stories(runtime) == 1


def test_another_api_token_is_another_client(client: TestClient, app: FastAPI, runtime: Runtime) -> None:
    mine = _post_without_cookie(app, "same-key", token="token-of-client-a")
    theirs = _post_without_cookie(app, "same-key", token="token-of-client-b")
    assert mine[1] != theirs[1]
    assert _stories(runtime) == 2
