"""Fixtures for the Shopify tests: the app's test identity, a migrated runtime on a temporary
SQLite database and folder, and the Admin emulator served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from storyloom.config import get_settings, load_settings
from storyloom.db.models import Story, StoryStatus
from storyloom.devtools.shopify_emulator import EmulatorState, create_emulator_app
from storyloom.runtime import Runtime, set_runtime
from storyloom.shopify.admin import reset_throttle_state
from storyloom.shopify.tokens import store_grant
from storyloom.startup import build_runtime
from tests.shopify.servers import serve

API_KEY = "test-api-key"
API_SECRET = "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"
SHOP = "demo-books.myshopify.com"


@pytest.fixture(scope="session")
def emulator_server() -> Iterator[tuple[str, Any]]:
    """One emulator server for the session; each test gets a fresh store through `emulator`."""
    app = create_emulator_app(EmulatorState(api_key=API_KEY, api_secret=API_SECRET))
    with serve(app) as url:
        yield url, app


@pytest.fixture
def emulator(emulator_server: tuple[str, Any], monkeypatch: pytest.MonkeyPatch) -> EmulatorState:
    """A fresh emulated Shopify, with the app's settings pointing at it."""
    url, app = emulator_server
    state = EmulatorState(
        api_key=API_KEY, api_secret=API_SECRET, app_url="http://127.0.0.1:9", restore_rate=50.0
    )
    app.state.emulator = state
    monkeypatch.setenv("SHOPIFY_ADMIN_URL_OVERRIDE", url)
    get_settings.cache_clear()
    reset_throttle_state()
    state.base_url = url  # type: ignore[attr-defined]
    return state


@pytest.fixture
def shopify_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHOPIFY_API_KEY", API_KEY)
    monkeypatch.setenv("SHOPIFY_API_SECRET", API_SECRET)
    monkeypatch.setenv("SHOPIFY_APP_URL", "https://books.example.com")
    get_settings.cache_clear()


@pytest.fixture
def runtime(
    shopify_env: None, emulator: EmulatorState, backend: str, request: pytest.FixtureRequest
) -> Iterator[Runtime]:
    """A migrated runtime on a temporary SQLite file and folder (or, where a module parametrizes
    `backend`, on PostgreSQL + Redis + S3 too), installed as the process's runtime."""
    if backend == "scaled":
        request.getfixturevalue("scaled_environment")
    runtime = build_runtime(load_settings())
    runtime.migrate()
    set_runtime(runtime)
    yield runtime
    set_runtime(None)


@pytest.fixture
def installed_shop(runtime: Runtime, emulator: EmulatorState) -> str:
    """SHOP installed: the emulator issued it an expiring offline token, stored as the app would."""
    from datetime import UTC, datetime, timedelta

    from storyloom.shopify.tokens import TokenGrant

    answer = emulator.issue_tokens(SHOP, expiring=True)
    now = datetime.now(UTC)
    store_grant(
        runtime,
        SHOP,
        TokenGrant(
            access_token=answer["access_token"],
            scope=answer["scope"],
            expires_at=now + timedelta(seconds=answer["expires_in"]),
            refresh_token=answer["refresh_token"],
            refresh_token_expires_at=now + timedelta(seconds=answer["refresh_token_expires_in"]),
        ),
    )
    return SHOP


def make_story(runtime: Runtime, **fields: Any) -> str:
    """A finished story row with a cover and a print PDF in the store; returns its id."""
    values: dict[str, Any] = {
        "title": "Mia and the Moon Lantern",
        "description": "Mia learns that courage grows when shared.",
        "genre": "adventure",
        "age_group": "3-5",
        "status": StoryStatus.COMPLETE,
        "shop_domain": SHOP,
        "params": {"child_name": "Mia", "age_group": "3-5", "moral_lesson": "courage grows when shared"},
    }
    values |= fields
    with runtime.session() as session:
        story = Story(**values)
        session.add(story)
        session.flush()
        story_id = story.id
    if "cover_image" not in fields:
        runtime.store.put(f"stories/{story_id}/cover.png", b"\x89PNG\r\n\x1a\nfake-cover")
        runtime.store.put(f"stories/{story_id}/book-print.pdf", b"%PDF-1.7\nfake book\n%%EOF\n")
        with runtime.session() as session:
            story = session.get(Story, story_id)
            assert story is not None
            story.cover_image = f"stories/{story_id}/cover.png"
            story.pdf_url = f"stories/{story_id}/book-print.pdf"
    return story_id


def shopify_web_app() -> Any:
    """A small FastAPI app with every Shopify router, as the app factory will include them."""
    from fastapi import FastAPI

    from storyloom.web.shopify import routers

    app = FastAPI()
    for router in routers:
        app.include_router(router)
    return app


def signed_webhook(topic: str, payload: dict[str, Any], *, event_id: str, shop: str = SHOP) -> dict[str, Any]:
    """Body and headers of a webhook as Shopify sends it, signed with the test secret: compliance and
    uninstall payloads name their shop, as Shopify's do."""
    import json
    import time

    from storyloom.devtools.shopify_emulator import sign_webhook

    if topic in ("customers/data_request", "customers/redact", "shop/redact"):
        payload = {"shop_domain": shop, **payload}
    elif topic == "app/uninstalled":
        payload = {"myshopify_domain": shop, **payload}
    body = json.dumps(payload).encode()
    return {
        "content": body,
        "headers": {
            "Content-Type": "application/json",
            "X-Shopify-Topic": topic,
            "X-Shopify-Hmac-Sha256": sign_webhook(API_SECRET, body),
            "X-Shopify-Shop-Domain": shop,
            "X-Shopify-API-Version": "2026-10",
            "X-Shopify-Event-Id": event_id,
            "X-Shopify-Webhook-Id": f"webhook-{event_id}",
            "X-Shopify-Triggered-At": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
    }
