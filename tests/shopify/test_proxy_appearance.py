"""The storefront builder's appearance builder: swatches, the signed live preview, and the look
carried into the book."""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode, urlparse

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from storyloom.db.models import Story
from storyloom.runtime import Runtime
from storyloom.shopify.proxy import sign_proxy_query
from storyloom.story.appearance import HAIR_STYLES, SKIN_TONES
from tests.render.fixtures.illustration import open_png
from tests.shopify.conftest import API_SECRET, SHOP, shopify_web_app


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app(), base_url="https://testserver", follow_redirects=False)


def _proxy(path: str, **extra: str) -> str:
    params = [("path_prefix", "/apps/storyloom"), ("shop", SHOP), ("timestamp", str(int(time.time())))]
    params += list(extra.items())
    params.append(("logged_in_customer_id", "7001"))
    params.append(("signature", sign_proxy_query(API_SECRET, params)))
    return f"/proxy/{path}?{urlencode(params)}"


def test_the_builder_offers_the_swatches_and_a_preview_through_the_proxy(client: TestClient) -> None:
    page = client.get(_proxy("builder", variant="4401")).text
    for key, (_name, colour) in SKIN_TONES.items():
        assert f'name="appearance-skin" value="{key}"' in page and f'fill="{colour}"' in page
    for key in HAIR_STYLES:
        assert f'name="appearance-hair_style" value="{key}"' in page
    assert 'id="hero-preview" src="/apps/storyloom/preview/hero?' in page
    assert "{{" not in page and "{%" not in page


def test_the_signed_preview_is_a_png_and_an_unsigned_one_is_refused(client: TestClient) -> None:
    signed = client.get(_proxy("preview/hero", skin="ebony", hair_style="patka", style="flat"))
    assert signed.status_code == 200
    assert signed.headers["content-type"] == "image/png"
    assert open_png(signed.content).size == (320, 320)
    query = [
        (k, v) for k, v in parse_qsl(urlparse(_proxy("preview/hero", skin="tan")).query) if k != "signature"
    ]
    assert client.get(f"/proxy/preview/hero?{urlencode(query)}").status_code == 401


def test_the_preview_refuses_an_unknown_value(client: TestClient) -> None:
    response = client.get(_proxy("preview/hero", hair_style="mohawk"))
    assert response.status_code == 422
    assert response.json()["error"].startswith("hair_style: Input should be 'short'")


def test_the_builder_keeps_the_choices_and_names_a_bad_one(client: TestClient, runtime: Runtime) -> None:
    form = {"child_name": "Zoë", "age_group": "6-8", "moral_lesson": "Be brave", "appearance-skin": "ebony",
            "appearance-hair_style": "mohawk"}  # fmt: skip
    response = client.post(_proxy("builder", variant="4401"), data=form)
    assert response.status_code == 422
    assert "appearance.hair_style: Input should be" in response.text
    assert 'value="ebony" checked' in response.text
    with runtime.session() as session:
        assert session.scalar(select(Story)) is None


def test_the_preview_button_shows_the_choices_without_starting_a_book(
    client: TestClient, runtime: Runtime
) -> None:
    form = {"appearance-skin": "tan", "appearance-hair_style": "hijab", "preview": "Preview"}
    response = client.post(_proxy("builder", variant="4401"), data=form)
    assert response.status_code == 200
    assert 'value="hijab" checked' in response.text
    assert "/apps/storyloom/preview/hero?skin=tan&amp;hair_style=hijab" in response.text
    with runtime.session() as session:
        assert session.scalar(select(Story)) is None


def test_the_book_is_made_with_the_chosen_look(client: TestClient, runtime: Runtime) -> None:
    form = {"child_name": "Zoë", "age_group": "6-8", "moral_lesson": "Be brave", "appearance-skin": "ebony",
            "appearance-hair_style": "afro", "appearance-glasses": "on"}  # fmt: skip
    response = client.post(_proxy("builder", variant="4401"), data=form)
    assert response.status_code == 303
    with runtime.session() as session:
        story = session.scalar(select(Story))
        assert story is not None
        appearance = story.params["appearance"]
    assert (appearance["skin"], appearance["hair_style"], appearance["glasses"]) == ("ebony", "afro", True)
