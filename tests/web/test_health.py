"""Operations routes: /healthz names what is unreachable, /metrics speaks Prometheus."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from storyloom.db.models import StoryStatus
from storyloom.runtime import Runtime
from tests.web.conftest import BookStages, wait_status
from tests.web.test_api import start


def test_healthz_is_ok_when_database_queue_and_storage_answer(client: TestClient) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "queue": "ok", "storage": "ok"}


def test_healthz_is_503_naming_the_store_that_fails(runtime: Runtime, client: TestClient) -> None:
    class BrokenStore:
        def list(self, prefix: str) -> object:
            raise OSError("disk gone")

    runtime._store = BrokenStore()  # type: ignore[assignment]

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["storage"] == "unreachable: OSError"
    assert response.json()["status"] == "degraded"


def test_metrics_count_books_units_and_provider_durations(
    runtime: Runtime, client: TestClient, book_stages: BookStages, workers: object
) -> None:
    story_id = start(client)["id"]
    wait_status(runtime, story_id, StoryStatus.COMPLETE)

    response = TestClient(client.app, client=("127.0.0.1", 50000)).get("/metrics")

    assert response.headers["content-type"].startswith("text/plain")
    families = {family.name: family for family in text_string_to_metric_families(response.text)}
    books = {sample.labels["status"]: sample.value for sample in families["storyloom_books"].samples}
    assert books == {"COMPLETE": 1.0}
    durations = [
        sample
        for sample in families["storyloom_provider_call_duration_ms"].samples
        if sample.name.endswith("_count")
    ]
    assert sum(sample.value for sample in durations) == 21
    depth = {sample.labels["queue"] for sample in families["storyloom_queue_depth"].samples}
    assert depth == {
        "story-generation",
        "image-generation",
        "audio-generation",
        "pdf-generation",
        "shopify-sync",
    }


@pytest.mark.parametrize(
    ("token_setting", "address", "authorization", "status"),
    [
        pytest.param("", "203.0.113.9", None, 403, id="no-token-from-afar"),
        pytest.param("", "127.0.0.1", None, 200, id="no-token-from-this-machine"),
        pytest.param("s3cret-metrics", "203.0.113.9", "Bearer s3cret-metrics", 200, id="token-from-afar"),
        pytest.param("s3cret-metrics", "127.0.0.1", None, 403, id="token-set-but-not-sent"),
        pytest.param("s3cret-metrics", "203.0.113.9", "Bearer wrong", 403, id="wrong-token"),
    ],
)
def test_metrics_are_only_for_this_machine_or_the_token(
    runtime: Runtime, token_setting: str, address: str, authorization: str | None, status: int
) -> None:
    from pydantic import SecretStr

    from storyloom.web.app import create_app

    runtime.settings.web.metrics_token = SecretStr(token_setting)
    headers = {"Authorization": authorization} if authorization else {}
    response = TestClient(create_app(runtime), client=(address, 40000)).get("/metrics", headers=headers)
    assert response.status_code == status
