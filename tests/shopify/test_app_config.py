"""shopify.app.toml and the theme app extension agree with the code that serves them."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from urllib.parse import urlparse

from storyloom.config import load_settings
from storyloom.shopify.orders import CLAIM_PROPERTY, LINE_ITEM_PROPERTY
from storyloom.shopify.webhooks import TOPICS
from storyloom.web.shopify.proxy import FORM_FIELDS

REPOSITORY = Path(__file__).resolve().parents[2]
EXTENSION = REPOSITORY / "extensions" / "storyloom-builder"


def _config() -> dict:
    return tomllib.loads((REPOSITORY / "shopify.app.toml").read_text())


def test_scopes_are_the_ones_the_app_asks_for() -> None:
    assert _config()["access_scopes"]["scopes"].split(",") == load_settings().shopify.scopes


def test_every_handled_topic_is_subscribed_at_the_webhook_route() -> None:
    subscriptions = _config()["webhooks"]["subscriptions"]
    topics = [t for s in subscriptions for t in s.get("topics", []) + s.get("compliance_topics", [])]
    assert sorted(topics) == sorted(TOPICS)
    assert {urlparse(s["uri"]).path for s in subscriptions} == {"/api/webhooks/shopify"}
    assert _config()["webhooks"]["api_version"] == load_settings().shopify.api_version


def test_app_proxy_points_at_the_proxy_routes() -> None:
    proxy = _config()["app_proxy"]
    assert urlparse(proxy["url"]).path == "/proxy"
    assert f"/{proxy['prefix']}/{proxy['subpath']}" == load_settings().shopify.proxy_path


def test_install_redirect_is_the_callback_route() -> None:
    [redirect] = _config()["auth"]["redirect_urls"]
    assert urlparse(redirect).path == "/shopify/auth/callback"


def test_block_form_sends_exactly_the_builder_fields_to_the_proxy() -> None:
    block = (EXTENSION / "blocks" / "storyloom_builder.liquid").read_text()
    assert 'action="/apps/storyloom/builder?' in block
    assert sorted(set(re.findall(r'name="([a-z_]+)"', block))) == sorted(FORM_FIELDS)
    schema = json.loads(block.split("{% schema %}", 1)[1].split("{% endschema %}", 1)[0])
    assert schema["enabled_on"] == {"templates": ["product"]}


def test_block_script_sets_the_line_item_property_the_orders_handler_reads() -> None:
    script = (EXTENSION / "assets" / "storyloom-builder.js").read_text()
    assert f'"properties[{LINE_ITEM_PROPERTY}]"' in script
    assert f'"properties[{CLAIM_PROPERTY}]"' in script
