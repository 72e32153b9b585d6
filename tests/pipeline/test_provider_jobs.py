"""Providers that work by job (Replicate): the unit parks while the job runs, the callback on
`POST /api/webhooks/generation` wakes it, polling covers a lost callback, and nothing is paid twice."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from storyloom.db.models import Generation, ProviderJob, StoryStatus, UnitKind, UnitState, WorkUnit, utcnow
from storyloom.pipeline.executor import Outcome, execute_unit
from storyloom.pipeline.jobs import DatabaseLedger
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.reaper import reap
from storyloom.pipeline.stages import STAGES
from storyloom.pipeline.units import claim_unit
from storyloom.providers.jobs import AwaitingProvider, using_ledger
from storyloom.runtime import Runtime
from storyloom.web.app import create_app
from tests.pipeline.conftest import FakeStages, make_params, wait_for
from tests.pipeline.fake_replicate import SECRET, FakeReplicate
from tests.web.conftest import free_port

PUBLIC = "https://books.example.com"


def _replicate_env(monkeypatch: pytest.MonkeyPatch, fake: FakeReplicate, **extra: str) -> None:
    values = {
        "IMAGE_PROVIDER": "replicate",
        "REPLICATE_API_TOKEN": "r8_test_token",
        "REPLICATE_BASE_URL": fake.url,
        "REPLICATE_WEBHOOK_SECRET": SECRET,
        "PUBLIC_URL": PUBLIC,
        **extra,
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def replicate(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeReplicate]:
    """A fake Replicate, with the settings that point the image provider at it (set before runtime).
    Its callbacks are delivered by the tests themselves, through a test client."""
    fake = FakeReplicate(send_callbacks=False)
    fake.start()
    _replicate_env(monkeypatch, fake)
    yield fake
    fake.stop()


def _unit_id(runtime: Runtime, story_id: str, kind: UnitKind, index: int = 0) -> str:
    with runtime.session() as session:
        unit_id = session.scalar(
            select(WorkUnit.id).where(
                WorkUnit.story_id == story_id, WorkUnit.kind == kind, WorkUnit.index == index
            )
        )
    assert unit_id is not None
    return unit_id


def _cover_ready(runtime: Runtime, fake_stages: FakeStages) -> tuple[str, str]:
    """A story whose text and characters are made (by stand-ins), its cover unit due: (story, unit)."""
    runtime.stages[UnitKind.COVER] = STAGES[UnitKind.COVER]
    started = start_story(runtime, make_params())
    assert execute_unit(runtime, _unit_id(runtime, started.story_id, UnitKind.TEXT)) == Outcome.DONE
    with runtime.session() as session:
        characters = session.scalars(
            select(WorkUnit.id).where(
                WorkUnit.story_id == started.story_id, WorkUnit.kind == UnitKind.CHARACTER
            )
        ).all()
    for character in characters:
        assert execute_unit(runtime, character) == Outcome.DONE
    return started.story_id, _unit_id(runtime, started.story_id, UnitKind.COVER)


def _parked(runtime: Runtime, fake_stages: FakeStages, replicate: FakeReplicate) -> tuple[str, str, str]:
    """A story whose cover unit ran once and is parked on its one Replicate job: (story, unit, job)."""
    story_id, cover = _cover_ready(runtime, fake_stages)
    assert execute_unit(runtime, cover) == Outcome.PARKED
    (prediction_id,) = replicate.predictions
    return story_id, cover, prediction_id


def _unit(runtime: Runtime, unit_id: str) -> WorkUnit:
    with runtime.session() as session:
        unit = session.get(WorkUnit, unit_id)
        assert unit is not None
        session.expunge(unit)
        return unit


def _jobs(runtime: Runtime, unit_id: str) -> list[ProviderJob]:
    with runtime.session() as session:
        rows = session.scalars(select(ProviderJob).where(ProviderJob.unit_id == unit_id)).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def _make_due(runtime: Runtime, unit_id: str) -> None:
    with runtime.session() as session:
        session.execute(update(WorkUnit).where(WorkUnit.id == unit_id).values(not_before=utcnow()))


def _callback_path(fake: FakeReplicate, prediction_id: str) -> str:
    webhook = fake.predictions[prediction_id].webhook
    assert webhook is not None
    parts = urlsplit(webhook)
    return f"{parts.path}?{parts.query}"


def test_a_job_parks_its_unit_and_the_callback_wakes_it_to_collect_the_picture(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a cover whose prediction was submitted
    story_id, cover = _cover_ready(runtime, fake_stages)
    assert execute_unit(runtime, cover) == Outcome.PARKED
    parked = _unit(runtime, cover)
    (prediction_id,) = replicate.predictions
    (job,) = _jobs(runtime, cover)
    webhook = replicate.predictions[prediction_id].webhook
    assert webhook is not None and webhook.startswith(f"{PUBLIC}/api/webhooks/generation?")
    assert parse_qs(urlsplit(webhook).query)["job"] == [job.id]
    assert parked.state == UnitState.PENDING and parked.attempts == 0
    assert parked.error_code == "AWAITING_PROVIDER" and prediction_id in (parked.error_message or "")
    assert parked.not_before is not None and parked.not_before > utcnow() + timedelta(seconds=100)
    # when replicate calls back
    replicate.finish(prediction_id)
    headers, body = replicate.signed_callback(prediction_id)
    with TestClient(create_app(runtime)) as client:
        answer = client.post(_callback_path(replicate, prediction_id), content=body, headers=headers)
    # then the unit is due at once and collects the picture without a second prediction or a poll
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "received": True,
        "job": job.id,
        "status": "succeeded",
        "woke_unit": True,
        "duplicate": False,
    }
    assert (_unit(runtime, cover).not_before or utcnow()) <= utcnow()
    assert execute_unit(runtime, cover) == Outcome.DONE
    assert replicate.created == 1
    assert replicate.count("GET", "/v1/predictions/") == 0
    assert runtime.store.exists(f"stories/{story_id}/cover.png")
    with runtime.session() as session:
        generation = session.scalar(select(Generation).where(Generation.unit_id == cover))
        assert generation is not None
        assert generation.provider == "replicate"
        assert generation.cost == pytest.approx(0.003)
        assert generation.result["prediction"] == prediction_id
        assert generation.result["via"] == "callback"


def test_a_repeated_callback_is_acknowledged_and_changes_nothing(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a finished job whose callback was received once
    _, cover, prediction_id = _parked(runtime, fake_stages, replicate)
    replicate.finish(prediction_id)
    headers, body = replicate.signed_callback(prediction_id)
    with TestClient(create_app(runtime), client=("127.0.0.1", 50000)) as client:
        first = client.post(_callback_path(replicate, prediction_id), content=body, headers=headers)
        # when the same delivery comes again
        again = client.post(_callback_path(replicate, prediction_id), content=body, headers=headers)
        metrics = client.get("/metrics").text
    # then
    assert first.json()["woke_unit"] is True
    assert again.status_code == 200
    assert again.json()["duplicate"] is True and again.json()["woke_unit"] is False
    (job,) = _jobs(runtime, cover)
    assert job.callbacks == 2 and job.status == "succeeded"
    assert 'storyloom_provider_jobs{provider="replicate",status="succeeded"} 1.0' in metrics
    assert 'storyloom_provider_callbacks_total{provider="replicate"} 2.0' in metrics


def test_a_callback_with_a_wrong_token_or_an_unknown_job_is_not_found(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a parked unit
    _, cover, prediction_id = _parked(runtime, fake_stages, replicate)
    (job,) = _jobs(runtime, cover)
    replicate.finish(prediction_id)
    headers, body = replicate.signed_callback(prediction_id)
    # when callbacks arrive with a token that is not ours, for a job that does not exist, or malformed
    with TestClient(create_app(runtime)) as client:
        answers = [
            client.post(
                f"/api/webhooks/generation?job={job.id}&token={'0' * 64}", content=body, headers=headers
            ),
            client.post(
                f"/api/webhooks/generation?job={'a' * 32}&token={'0' * 64}", content=body, headers=headers
            ),
            client.post("/api/webhooks/generation?job=x&token=y", content=body, headers=headers),
            client.post("/api/webhooks/generation", content=body, headers=headers),
        ]
    # then none is a server error, none wakes the unit
    assert [answer.status_code for answer in answers] == [404, 404, 404, 422]
    assert answers[0].json()["code"] == "NOT_FOUND"
    assert "job" in answers[3].json()["error"]
    assert _jobs(runtime, cover)[0].status == "running"
    assert _unit(runtime, cover).error_code == "AWAITING_PROVIDER"


def test_a_callback_whose_signature_does_not_verify_is_refused_and_changes_nothing(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a parked unit whose job finished
    _, cover, prediction_id = _parked(runtime, fake_stages, replicate)
    replicate.finish(prediction_id)
    path = _callback_path(replicate, prediction_id)
    forged_headers, body = replicate.signed_callback(
        prediction_id, secret="whsec_" + "c2VjcmV0LW9mLWFuLWF0dGFja2Vy"
    )
    good_headers, _ = replicate.signed_callback(prediction_id)
    # when
    with TestClient(create_app(runtime)) as client:
        forged = client.post(path, content=body, headers=forged_headers)
        tampered = client.post(path, content=body.replace(b"succeeded", b"failed"), headers=good_headers)
        unsigned = client.post(path, content=body, headers={"content-type": "application/json"})
    # then
    assert [forged.status_code, tampered.status_code, unsigned.status_code] == [401, 401, 401]
    assert forged.json()["code"] == "INVALID_CALLBACK"
    assert SECRET not in forged.text
    assert _jobs(runtime, cover)[0].status == "running"
    assert _unit(runtime, cover).not_before is not None
    assert (_unit(runtime, cover).not_before or utcnow()) > utcnow()


def test_without_a_public_address_the_parked_unit_polls_its_job(
    polling_replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given no PUBLIC_URL (set by the fixture), so no callback can reach this app
    fake = polling_replicate
    _, cover = _cover_ready(runtime, fake_stages)
    # when the cover is submitted, then run again after the job finished
    assert execute_unit(runtime, cover) == Outcome.PARKED
    (prediction_id,) = fake.predictions
    parked = _unit(runtime, cover)
    fake.finish(prediction_id)
    _make_due(runtime, cover)
    outcome = execute_unit(runtime, cover)
    # then no webhook was asked for, the unit polled soon (PROVIDER_POLL_SECONDS) and collected the job
    assert fake.predictions[prediction_id].webhook is None
    assert parked.not_before is not None and parked.not_before < utcnow() + timedelta(seconds=3)
    assert outcome == Outcome.DONE
    assert fake.created == 1 and fake.count("GET", f"/v1/predictions/{prediction_id}") == 1
    with runtime.session() as session:
        generation = session.scalar(select(Generation).where(Generation.unit_id == cover))
        assert generation is not None and generation.result["via"] == "poll"


@pytest.fixture
def polling_replicate(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeReplicate]:
    """Like `replicate`, but with no public address and a short poll interval."""
    fake = FakeReplicate(send_callbacks=False)
    fake.start()
    _replicate_env(monkeypatch, fake, PROVIDER_POLL_SECONDS="1")
    monkeypatch.delenv("PUBLIC_URL")
    yield fake
    fake.stop()


def test_a_run_after_a_crash_collects_the_submitted_job_instead_of_paying_again(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a worker that submitted the cover's prediction and died before parking the unit
    story_id, cover = _cover_ready(runtime, fake_stages)
    with runtime.session() as session:
        assert claim_unit(session, cover, worker="doomed", lease_seconds=60)
    unit = _unit(runtime, cover)
    from storyloom.pipeline.executor import _context

    with runtime.session() as session:
        row = session.get(WorkUnit, cover)
        assert row is not None
        context = _context(runtime, row, row.story)
    with using_ledger(DatabaseLedger(runtime, story_id, cover)), pytest.raises(AwaitingProvider):
        STAGES[UnitKind.COVER](context)
    with runtime.session() as session:
        session.execute(
            update(WorkUnit)
            .where(WorkUnit.id == cover)
            .values(lease_expires_at=utcnow() - timedelta(seconds=1))
        )
    (prediction_id,) = replicate.predictions
    replicate.finish(prediction_id)
    # when the reaper hands the unit back and a worker runs it
    assert reap(runtime).expired == 1
    outcome = execute_unit(runtime, cover)
    # then it polled the job the dead worker submitted, and made no second prediction
    assert unit.attempts == 1
    assert outcome == Outcome.DONE
    assert replicate.created == 1
    assert replicate.count("GET", f"/v1/predictions/{prediction_id}") == 1


def test_a_job_that_outlives_its_timeout_is_cancelled_and_submitted_again(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a job timeout of 0.3 s (PROVIDER_JOB_TIMEOUT_SECONDS) and a prediction that never ends
    runtime.settings.limits.provider_job_timeout_seconds = 0.3
    _, cover, first = _parked(runtime, fake_stages, replicate)
    time.sleep(0.4)
    _make_due(runtime, cover)
    # when the unit polls after the deadline, then runs again
    timed_out = execute_unit(runtime, cover)
    after_timeout = _unit(runtime, cover)
    _make_due(runtime, cover)
    again = execute_unit(runtime, cover)
    # then the first job was cancelled and forgotten, the retry submitted a new one
    assert timed_out == Outcome.RETRYING
    assert after_timeout.error_code == "PROVIDER_TIMEOUT"
    assert replicate.count("POST", f"/v1/predictions/{first}/cancel") == 1
    assert replicate.predictions[first].status == "canceled"
    assert again == Outcome.PARKED
    assert replicate.created == 2
    (job,) = _jobs(runtime, cover)
    assert job.external_id != first


def test_a_refused_prediction_fails_the_unit_with_the_reason(
    replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given a parked cover whose prediction replicate refuses
    story_id, cover, prediction_id = _parked(runtime, fake_stages, replicate)
    replicate.finish(prediction_id, status="failed", error="NSFW content detected. Try a different prompt.")
    _make_due(runtime, cover)
    # when
    outcome = execute_unit(runtime, cover)
    # then the unit fails for good, the book says why, and the job is forgotten
    assert outcome == Outcome.FAILED
    unit = _unit(runtime, cover)
    assert unit.state == UnitState.FAILED and unit.error_code == "CONTENT_POLICY"
    assert "NSFW" in (unit.error_message or "")
    assert _jobs(runtime, cover) == []
    story = wait_for(runtime, story_id, lambda s: s.status == StoryStatus.ERROR, timeout=5)
    assert "cover failed" in (story.error_message or "")


def test_a_whole_book_is_illustrated_through_callbacks_to_the_running_app(
    live_replicate: FakeReplicate, runtime: Runtime, fake_stages: FakeStages
) -> None:
    # given the app served on its public address, its workers running, and replicate calling back
    # 0.2 s after each prediction; polling would only start after 10 minutes
    fake = live_replicate
    for kind in (UnitKind.CHARACTER, UnitKind.COVER, UnitKind.PAGE_IMAGE):
        runtime.stages[kind] = STAGES[kind]
    port = int(urlsplit(runtime.settings.web.public_url).port or 0)
    config = uvicorn.Config(
        create_app(runtime, run_workers=True), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 15
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        # when a book is made
        started = start_story(runtime, make_params())
        story = wait_for(runtime, started.story_id, lambda s: s.status != StoryStatus.GENERATING, timeout=90)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
    # then every picture came back by callback: none was polled, none was submitted twice
    assert story.status == StoryStatus.COMPLETE, story.error_message
    with runtime.session() as session:
        sheets = [
            unit.output
            for unit in session.scalars(
                select(WorkUnit).where(
                    WorkUnit.story_id == started.story_id, WorkUnit.kind == UnitKind.CHARACTER
                )
            )
        ]
    pictures = 1 + 8 + sum(1 for output in sheets if "key" in output)  # cover, pages, character sheets
    assert fake.created == len(fake.predictions) == pictures >= 10
    assert fake.callback_answers == [200] * pictures
    assert fake.count("GET", "/v1/predictions/") == 0
    with runtime.session() as session:
        vias = session.scalars(
            select(Generation.result).where(
                Generation.story_id == started.story_id, Generation.provider == "replicate"
            )
        ).all()
    assert len(vias) == pictures and {via["via"] for via in vias} == {"callback"}


@pytest.fixture
def live_replicate(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeReplicate]:
    fake = FakeReplicate(finish_after=0.2)
    fake.start()
    port = free_port()
    _replicate_env(
        monkeypatch,
        fake,
        PUBLIC_URL=f"http://127.0.0.1:{port}",
        PROVIDER_CALLBACK_WAIT_SECONDS="600",
    )
    yield fake
    fake.stop()
