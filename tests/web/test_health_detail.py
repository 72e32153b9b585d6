"""`/healthz?detail=1`: the providers' report, for the operator only."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_the_detailed_report_needs_the_token_when_one_is_set(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    # given
    monkeypatch.setenv("HEALTHZ_TOKEN", "operator-secret-42")
    client: TestClient = request.getfixturevalue("client")
    # when
    refused = client.get("/healthz?detail=1")
    wrong = client.get("/healthz?detail=1", headers={"authorization": "Bearer guess"})
    allowed = client.get("/healthz?detail=1", headers={"authorization": "Bearer operator-secret-42"})
    # then
    assert refused.status_code == 403
    assert refused.json()["code"] == "FORBIDDEN"
    assert "operator-secret-42" not in refused.text
    assert wrong.status_code == 403
    assert allowed.status_code == 200
    report = allowed.json()["providers"]
    assert report["ok"] is True
    assert [(p["kind"], p["provider"], p["ok"]) for p in report["providers"]] == [
        ("text", "builtin", True),
        ("image", "builtin", True),
        ("speech", "builtin", True),
    ]


def test_without_a_token_only_a_caller_on_this_machine_gets_the_detail(client: TestClient) -> None:
    # the test client's address is "testclient", not a loopback address
    assert client.get("/healthz?detail=1").status_code == 403
    plain = client.get("/healthz")
    assert plain.status_code == 200
    assert "providers" not in plain.json()


def test_a_loopback_caller_gets_the_detail_without_a_token(request: pytest.FixtureRequest) -> None:
    from fastapi import FastAPI

    app: FastAPI = request.getfixturevalue("app")
    with TestClient(app, client=("127.0.0.1", 50000)) as local:
        response = local.get("/healthz?detail=1")
    assert response.status_code == 200
    assert response.json()["providers"]["ok"] is True


def test_start_up_logs_a_warning_for_a_provider_that_will_not_work(caplog: pytest.LogCaptureFixture) -> None:
    from storyloom.config import ProviderSettings, Settings
    from storyloom.web.app import warn_about_providers

    # given settings that choose Stability without its key
    settings = Settings(providers=ProviderSettings(image="stability"))
    # when
    with caplog.at_level("WARNING", logger="storyloom.web.app"):
        thread = warn_about_providers(settings)
        assert thread is not None
        thread.join(timeout=10)
    # then
    assert "provider check: image provider stability: STABILITY_API_KEY is not set" in caplog.text


def test_start_up_checks_nothing_with_only_built_in_providers() -> None:
    from storyloom.config import Settings
    from storyloom.web.app import warn_about_providers

    assert warn_about_providers(Settings()) is None
