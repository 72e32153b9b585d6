"""POST /api/stories/generate: bad input is a 422 naming the field and the rule, never a 500."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import Story, UnitState, WorkUnit
from storyloom.runtime import Runtime
from storyloom.web.app import create_app

VALID: dict[str, Any] = {"child_name": "Mia", "age_group": "3-5", "moral_lesson": "sharing is kind"}


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"child_name": ""}, "child_name", id="child_name"),
        pytest.param({"age_group": "99"}, "age_group", id="age_group"),
        pytest.param({"genre": "horror"}, "genre", id="genre"),
        pytest.param({"language": "xx"}, "language", id="language"),
        pytest.param({"moral_lesson": ""}, "moral_lesson", id="moral_lesson"),
        pytest.param({"page_count": 0}, "page_count", id="page_count"),
        pytest.param({"page_count": "twelve"}, "page_count", id="page_count_type"),
        pytest.param({"illustration_style": "oil"}, "illustration_style", id="illustration_style"),
        pytest.param({"pronouns": "it"}, "pronouns", id="pronouns"),
        pytest.param({"dedication": "x" * 500}, "dedication", id="dedication"),
        pytest.param({"setting": "x" * 500}, "setting", id="setting"),
        pytest.param({"characters": [{"name": "7"}]}, "characters.0.name", id="characters"),
        pytest.param({"seed": "abc"}, "seed", id="seed"),
    ],
)
def test_bad_field_is_422_naming_it(
    client: TestClient, runtime: Runtime, changes: dict[str, Any], field: str
) -> None:
    response = client.post("/api/stories/generate", json={**VALID, **changes})

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "INVALID_INPUT"
    assert [problem["field"] for problem in body["fields"]] == [field]
    assert body["error"].startswith(field)
    with runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(Story)) == 0


def test_a_body_that_is_not_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/stories/generate", content=b"{not json", headers={"content-type": "application/json"}
    )

    assert response.status_code == 422
    assert response.json()["code"] == "INVALID_INPUT"


def test_a_language_not_enabled_is_422_naming_the_setting(client: TestClient) -> None:
    response = client.post("/api/stories/generate", json={**VALID, "language": "fr"})

    assert response.status_code == 422
    assert response.json() == {
        "error": "language: only English ('en') is enabled; set ENABLE_MULTI_LANGUAGE=true for es, fr and de",
        "code": "INVALID_INPUT",
        "field": "language",
    }


def test_a_good_request_starts_a_book_and_hands_back_a_token(client: TestClient, runtime: Runtime) -> None:
    response = client.post("/api/stories/generate", json=VALID)

    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "GENERATING"
    assert len(body["token"]) >= 40
    with runtime.session() as session:
        units = session.scalars(select(WorkUnit.state).where(WorkUnit.story_id == body["id"])).all()
    assert units.count(UnitState.PENDING) == 1
    status = client.get(body["status_url"]).json()
    assert (status["done"], status["total"], status["status"]) == (0, len(units), "GENERATING")


def test_a_stranger_gets_404_for_an_unpublished_book(client: TestClient, runtime: Runtime) -> None:
    story_id = client.post("/api/stories/generate", json=VALID).json()["id"]

    with TestClient(create_app(runtime)) as stranger:
        assert stranger.get(f"/api/stories/{story_id}").status_code == 404
        assert stranger.get(f"/api/stories/{story_id}/status").status_code == 404
    assert client.get(f"/api/stories/{story_id}").status_code == 200


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"child_name": "李小龙"}, "child_name", id="name"),
        pytest.param({"dedication": "For 小龙"}, "dedication", id="dedication"),
        pytest.param({"characters": [{"name": "Leo", "look": "a 🦊 mask"}]}, "characters.0.look", id="emoji"),
    ],
)
def test_letters_the_book_cannot_print_are_refused_before_any_work(
    client: TestClient, runtime: Runtime, changes: dict[str, Any], field: str
) -> None:
    response = client.post("/api/stories/generate", json={**VALID, **changes})

    assert response.status_code == 422
    assert response.json()["field"] == field
    assert "typefaces cannot print" in response.json()["error"]
    with runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(Story)) == 0


def test_accented_and_polish_and_vietnamese_names_are_accepted(client: TestClient) -> None:
    for name in ("Zoë", "José", "Łucja", "Ngọc"):
        assert client.post("/api/stories/generate", json={**VALID, "child_name": name}).status_code == 202


def test_a_form_problem_without_a_place_on_the_page_is_told_at_the_top() -> None:
    from storyloom.web.pages.create import _with_unplaced_in_summary

    errors = {"child_name": "must not be empty", "seed": "must be at least 0", "character-2-look": "too long"}

    shown = _with_unplaced_in_summary(errors, named=False)
    named = _with_unplaced_in_summary({"seed": "Graine : doit valoir au moins 0"}, named=True)

    assert shown["form"] == "seed: must be at least 0"
    assert shown["child_name"] == "must not be empty"
    assert _with_unplaced_in_summary({"child_name": "x"}, named=False) == {"child_name": "x"}
    assert named["form"] == "Graine : doit valoir au moins 0"  # a translated message names its field
