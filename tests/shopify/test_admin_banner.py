"""The embedded admin warns the merchant about a model within 30 days of its shutdown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from storyloom.devtools.shopify_emulator import EmulatorState, mint_session_token
from storyloom.providers.doctor import Finding, HealthReport, ProviderHealth, remember
from storyloom.runtime import Runtime
from tests.shopify.conftest import SHOP, shopify_web_app


def admin_page(runtime: Runtime, emulator: EmulatorState) -> str:
    client = TestClient(shopify_web_app(), base_url="https://testserver", follow_redirects=False)
    page = client.get("/shopify/admin", params={"shop": SHOP, "id_token": mint_session_token(emulator, SHOP)})
    assert page.status_code == 200
    return page.text


def report_with_shutdown_in(days: int) -> HealthReport:
    today = datetime.now(UTC).date()
    health = ProviderHealth(
        "image",
        "openai",
        "gpt-image-2.6-flare",
        [Finding(True, "key accepted")],
        shutdown=today + timedelta(days=days),
    )
    return HealthReport([health], today)


def test_a_model_shutting_down_within_30_days_shows_a_banner(
    runtime: Runtime, emulator: EmulatorState
) -> None:
    # given the last provider check found the image model shutting down in 12 days
    report = report_with_shutdown_in(12)
    remember(runtime.settings, report)
    # when
    text = admin_page(runtime, emulator)
    # then
    when = report.providers[0].shutdown.isoformat()  # type: ignore[union-attr]
    assert (
        f'<p class="banner" role="alert">The image model gpt-image-2.6-flare (openai) shuts down on {when}: '
        "ask the operator to choose another.</p>"
    ) in text


def test_a_model_shutting_down_later_shows_none(runtime: Runtime, emulator: EmulatorState) -> None:
    remember(runtime.settings, report_with_shutdown_in(90))
    assert 'class="banner"' not in admin_page(runtime, emulator)
