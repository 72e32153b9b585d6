"""Operations routes: /healthz names what is unreachable, /metrics speaks Prometheus."""

from __future__ import annotations

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

    response = client.get("/metrics")

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
