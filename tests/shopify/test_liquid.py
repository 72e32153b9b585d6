"""Answers Shopify renders as Liquid never carry a Liquid tag made of what a visitor typed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

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
