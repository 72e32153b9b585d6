"""The appearance in the API, its hero preview, and the creation form: unknown values are a 422 that
names the field and lists the choices, nothing is started, and the form keeps what was chosen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from storyloom.db.models import Story
from storyloom.runtime import Runtime
from storyloom.story.appearance import EYE_COLOURS, HAIR_COLOURS, HAIR_STYLES, OUTFIT_COLOURS, SKIN_TONES
from storyloom.web.app import create_app
from tests.render.fixtures.illustration import open_png

VALID: dict[str, Any] = {"child_name": "Mia", "age_group": "3-5", "moral_lesson": "sharing is kind"}
CHOICES = {
    "skin": SKIN_TONES,
    "hair_colour": HAIR_COLOURS,
    "hair_style": HAIR_STYLES,
    "eyes": EYE_COLOURS,
    "outfit_colour": OUTFIT_COLOURS,
}


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime)) as test_client:
        yield test_client


def _stories(runtime: Runtime) -> int:
    with runtime.session() as session:
        return session.scalar(select(func.count()).select_from(Story)) or 0


@pytest.mark.parametrize("field", list(CHOICES))
def test_an_unknown_appearance_value_is_422_listing_the_choices(
    client: TestClient, runtime: Runtime, field: str
) -> None:
    response = client.post("/api/stories/generate", json={**VALID, "appearance": {field: "purple-ish"}})

    assert response.status_code == 422
    body = response.json()
    assert [problem["field"] for problem in body["fields"]] == [f"appearance.{field}"]
    assert body["error"].startswith(f"appearance.{field}: Input should be")
    assert all(f"'{choice}'" in body["error"] for choice in CHOICES[field])
    assert _stories(runtime) == 0


@pytest.mark.parametrize(
    ("appearance", "field"),
    [
        pytest.param({"glasses": "sometimes"}, "appearance.glasses", id="glasses"),
        pytest.param({"wings": True}, "appearance.wings", id="unknown-part"),
        pytest.param({"skin": 3}, "appearance.skin", id="not-text"),
    ],
)
def test_other_bad_appearance_input_is_422(
    client: TestClient, runtime: Runtime, appearance: dict[str, Any], field: str
) -> None:
    response = client.post("/api/stories/generate", json={**VALID, "appearance": appearance})
    assert response.status_code == 422
    assert [problem["field"] for problem in response.json()["fields"]] == [field]
    assert _stories(runtime) == 0


def test_a_friends_unknown_value_names_the_friend(client: TestClient, runtime: Runtime) -> None:
    friend = {"name": "Nana", "kind": "grandma", "appearance": {"hair_colour": "green"}}
    response = client.post("/api/stories/generate", json={**VALID, "characters": [friend]})
    assert response.status_code == 422
    assert [p["field"] for p in response.json()["fields"]] == ["characters.0.appearance.hair_colour"]
    assert _stories(runtime) == 0


def test_a_book_with_an_appearance_is_started_with_it(client: TestClient, runtime: Runtime) -> None:
    appearance = {"skin": "deep-brown", "hair_style": "hijab", "hearing_aid": True}
    response = client.post("/api/stories/generate", json={**VALID, "appearance": appearance})
    assert response.status_code == 202
    with runtime.session() as session:
        story = session.scalar(select(Story))
        assert story is not None
        assert story.params["appearance"]["hair_style"] == "hijab"
        assert story.params["appearance"]["hearing_aid"] is True


def test_openapi_lists_the_allowed_values(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    appearance = schemas["Appearance"]["properties"]
    for field, table in CHOICES.items():
        [choice] = [option for option in appearance[field]["anyOf"] if option.get("type") == "string"]
        assert choice["enum"] == list(table)
    assert appearance["glasses"]["type"] == "boolean"
    story = schemas.get("StoryParams") or schemas["StoryParams-Input"]
    assert "appearance" in story["properties"]


def test_the_hero_preview_is_a_png_that_changes_with_the_choices(client: TestClient) -> None:
    plain = client.get("/api/preview/hero", params={"style": "flat"})
    chosen = client.get("/api/preview/hero", params={"style": "flat", "skin": "ebony", "hair_style": "afro"})
    crayon = client.get(
        "/api/preview/hero", params={"style": "crayon", "skin": "ebony", "hair_style": "afro"}
    )
    for response in (plain, chosen, crayon):
        assert response.status_code == 200
        assert response.headers["content-type"] == "image/png"
        assert open_png(response.content).size == (320, 320)
    assert len({plain.content, chosen.content, crayon.content}) == 3


@pytest.mark.parametrize("field", [*CHOICES, "style", "age_group"])
def test_the_hero_preview_refuses_an_unknown_value(client: TestClient, field: str) -> None:
    response = client.get("/api/preview/hero", params={field: "zebra"})
    assert response.status_code == 422
    assert response.json()["error"].startswith(f"{field}: Input should be")


def _csrf(client: TestClient) -> str:
    page = client.get("/stories/new").text
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match
    return match.group(1)


def test_the_form_offers_every_choice_with_its_name_and_colour(client: TestClient) -> None:
    page = client.get("/stories/new").text
    for field, table in CHOICES.items():
        for key in table:
            assert f'name="appearance-{field}" value="{key}"' in page
    for _key, (name, colour) in SKIN_TONES.items():
        assert f'fill="{colour}"' in page and name.capitalize() in page
    for feature in ("glasses", "freckles", "hearing_aid", "wheelchair"):
        assert f'name="appearance-{feature}"' in page
    assert 'id="hero-preview" src="/api/preview/hero?' in page
    assert 'name="preview" value="Preview"' in page


def test_the_preview_button_redraws_without_starting_a_book(client: TestClient, runtime: Runtime) -> None:
    form = {
        "csrf": _csrf(client),
        "child_name": "Mia",
        "appearance-skin": "tan",
        "appearance-hair_style": "patka",
        "appearance-glasses": "on",
        "illustration_style": "papercut",
        "preview": "Preview",
    }
    response = client.post("/stories/new", data=form)
    assert response.status_code == 200
    page = response.text
    assert 'value="tan" checked' in page and 'value="patka" checked' in page
    assert re.search(r'name="appearance-glasses" value="on"\s+checked', page)
    src = re.search(r'id="hero-preview" src="([^"]+)"', page)
    assert src
    assert src.group(1).replace("&amp;", "&") == (
        "/api/preview/hero?skin=tan&hair_style=patka&glasses=true&style=papercut"
    )
    assert client.get(src.group(1).replace("&amp;", "&")).status_code == 200
    assert _stories(runtime) == 0


def test_the_form_shows_the_error_beside_the_choice_and_keeps_every_choice(
    client: TestClient, runtime: Runtime
) -> None:
    form = {
        "csrf": _csrf(client),
        **VALID,
        "appearance-skin": "ebony",
        "appearance-eyes": "violet",
        "appearance-freckles": "on",
        "character-1-name": "Nana",
        "character-1-kind": "grandma",
        "character-1-hair_colour": "grey",
        "character-1-skin": "lilac",
    }
    response = client.post("/stories/new", data=form)
    assert response.status_code == 422
    page = response.text
    assert re.search(r'id="appearance-eyes-error" role="alert">Input should be', page)
    assert re.search(r'id="character-1-skin-error" role="alert">Input should be', page)
    assert 'value="ebony" checked' in page
    assert re.search(r'name="appearance-freckles" value="on"\s+checked', page)
    assert '<option value="grey" selected>' in page
    assert "Please check 2 fields below." in page
    assert _stories(runtime) == 0


def test_the_form_starts_a_book_with_the_hero_and_friend_looks(client: TestClient, runtime: Runtime) -> None:
    form = {
        "csrf": _csrf(client),
        **VALID,
        "appearance-skin": "olive",
        "appearance-hair_style": "bun",
        "appearance-wheelchair": "on",
        "character-1-name": "Nana",
        "character-1-kind": "grandma",
        "character-1-hair_colour": "grey",
        "character-1-glasses": "on",
    }
    response = client.post("/stories/new", data=form, follow_redirects=False)
    assert response.status_code == 303
    with runtime.session() as session:
        story = session.scalar(select(Story))
        assert story is not None
        assert story.params["appearance"] == {
            "skin": "olive", "hair_colour": None, "hair_style": "bun", "eyes": None, "glasses": False,
            "freckles": False, "hearing_aid": False, "wheelchair": True, "outfit_colour": None,
        }  # fmt: skip
        assert story.params["characters"][0]["appearance"]["hair_colour"] == "grey"
        assert story.params["characters"][0]["appearance"]["glasses"] is True
