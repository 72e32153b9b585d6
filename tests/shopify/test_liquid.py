"""Answers Shopify renders as Liquid never carry a Liquid tag made of what a visitor typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import storyloom.web
from storyloom.runtime import Runtime
from storyloom.web.shopify.liquid import liquid_inert
from tests.shopify.conftest import shopify_web_app
from tests.shopify.test_routes import _proxy


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    return TestClient(shopify_web_app())


def test_builder_echoes_form_values_without_liquid_tags(client: TestClient) -> None:
    # given a visitor who types Liquid into every text field
    form = {
        "child_name": "{{ customer.email }}",
        "age_group": "3-5",
        "moral_lesson": "{% render 'x' %}{{shop.name}}",
        "pronouns": "{{ x }}",
        "page_count": "{{ 9 }}",
    }
    # when the form comes back with what to fix
    response = client.post(_proxy("builder", variant="{{ customer.id }}"), data=form)
    # then the values are shown, but Shopify finds no Liquid tag in the answer
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/liquid"
    assert "{{" not in response.text and "{%" not in response.text
    assert 'value="&#123;&#123; customer.email &#125;&#125;"' in response.text


def test_liquid_inert_escapes_html_and_braces() -> None:
    assert liquid_inert('<b a="{%">') == "&lt;b a=&#34;&#123;%&#34;&gt;"
    assert liquid_inert(None) == ""


def test_the_builder_page_keeps_its_appearance_preview_script_and_speaks_the_visitors_language(
    client: TestClient,
) -> None:
    script = (Path(storyloom.web.__file__).parent / "static" / "appearance.js").read_text()

    response = client.get(_proxy("builder"), headers={"Accept-Language": "es-ES,es;q=0.9"})

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/liquid"
    assert "{{" not in response.text and "{%" not in response.text
    inline = response.text.split("<script>", 1)[1].split("</script>", 1)[0]
    # the script arrives whole: only a Liquid opener or closer would be split by a space
    assert inline.replace(" ", "") == script.replace(" ", "")
    assert "data-preview-base" in response.text and "data-preview-button" in response.text
    assert "Tono de piel" in response.text and "Que elija el cuento" in response.text
    assert "Skin tone" not in response.text
