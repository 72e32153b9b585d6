"""Replicate's predictions API through httpx against a local server in its wire format: predictions
submitted, polled, cancelled and collected, with and without a job ledger, and signed callbacks."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PIL import Image

from storyloom.config import LimitSettings, ProviderSettings, Settings
from storyloom.errors import (
    CallbackRejected,
    ConfigurationError,
    ContentPolicyError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderError,
    ProviderOutputError,
    ProviderQuotaError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.image import replicate
from storyloom.providers.image.replicate import ReplicateImages
from storyloom.providers.jobs import AwaitingProvider, JobState, LedgerEntry, using_ledger
from tests.providers.image.conftest import FakeAPI, Received, Reply, page_request, png_bytes, settings_with

TOKEN = "r8_replicate-secret-token-0004"
SECRET = "whsec_" + base64.b64encode(b"storyloom-replicate-signing-key!").decode()
SCHNELL = "black-forest-labs/flux-schnell"
SCHNELL_PATH = f"/v1/models/{SCHNELL}/predictions"
PREDICTION_ID = "gm3qorzdhgbfurvjtvhg6dckhu"
POLL_PATH = f"/v1/predictions/{PREDICTION_ID}"
CANCEL_PATH = f"/v1/predictions/{PREDICTION_ID}/cancel"
FILE_PATH = f"/files/{PREDICTION_ID}/out-0.png"
CALLBACK_URL = "https://books.example.com/api/webhooks/generation?job={job}&token=abc"
NSFW = "NSFW content detected. Try running it again, or try a different prompt."
NOWHERE = "http://127.0.0.1:9"  # nothing listens here: a request the test did not expect fails loudly


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No REPLICATE_* from the shell, and no signing secret cached by an earlier test."""
    import os

    for name in list(os.environ):
        if name.startswith("REPLICATE_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(replicate, "_secrets", {})
    monkeypatch.setattr(replicate, "_secret_refreshed", {})
    yield


# -- helpers ---------------------------------------------------------------------------------------


def provider(api: FakeAPI, limits: LimitSettings | None = None, **extra: Any) -> ReplicateImages:
    values: dict[str, Any] = {
        "replicate_api_token": TOKEN,
        "replicate_base_url": api.url,
        "timeout_seconds": 2.0,
        **extra,
    }
    if limits is None:
        return ReplicateImages(settings_with(**values))
    return ReplicateImages(Settings(providers=ProviderSettings(**values), limits=limits))


def prediction(
    api: FakeAPI | str,
    status: str = "succeeded",
    *,
    output: object = "list",
    error: str | None = None,
    model: str = SCHNELL,
    prediction_id: str = PREDICTION_ID,
) -> dict[str, Any]:
    """A prediction object as Replicate sends it; `output="list"` is flux-schnell's list of file URLs."""
    base = api if isinstance(api, str) else api.url
    done = status in ("succeeded", "failed", "canceled")
    if output == "list":
        output = [f"{base}{FILE_PATH}"] if status == "succeeded" else None
    prediction: dict[str, Any] = {
        "id": prediction_id,
        "model": model,
        "version": "dp-4d0bcc010b3049749a251855f12800be",
        "input": {"prompt": "a fox", "aspect_ratio": "1:1"},
        "logs": "",
        "output": output,
        "data_removed": False,
        "error": error,
        "status": status,
        "created_at": "2025-01-10T10:00:00.000Z",
        "urls": {
            "get": f"{base}/v1/predictions/{prediction_id}",
            "cancel": f"{base}/v1/predictions/{prediction_id}/cancel",
            "stream": f"https://stream.replicate.com/v1/files/{prediction_id}",
            "web": f"https://replicate.com/p/{prediction_id}",
        },
        "metrics": {"predict_time": 1.2, "image_count": 1} if done else {},
    }
    # Replicate leaves out the times a prediction has not reached (its spec types them as strings).
    if status != "starting":
        prediction["started_at"] = "2025-01-10T10:00:00.500Z"
    if done:
        prediction["completed_at"] = "2025-01-10T10:00:02.000Z"
    return prediction


def replies(*sequence: Reply) -> Callable[[Received], Reply]:
    """Answer with each reply in turn, then keep answering with the last."""
    queue = list(sequence)

    def handler(_request: Received) -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


def serve_picture(api: FakeAPI, data: bytes | None = None, content_type: str = "image/png") -> None:
    api.on("GET", FILE_PATH, Reply(200, data or png_bytes(1024, 1024), {"content-type": content_type}))


def sent(api: FakeAPI, method: str, path: str) -> list[Received]:
    return [r for r in api.received if r.method == method and r.path.split("?")[0] == path]


def encoded(image_format: str, width: int = 1024, height: int = 768) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(out, format=image_format)
    return out.getvalue()


def signed(
    body: bytes, *, secret: str = SECRET, msg_id: str = "msg_2mQ7Rk", timestamp: int | None = None
) -> dict[str, str]:
    """Standard Webhooks headers, computed here from the spec rather than by the adapter's library."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": stamp,
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


@dataclass
class MemoryLedger:
    """The JobLedger protocol in a dict, as the pipeline's database ledger behaves."""

    callback_url: str | None = CALLBACK_URL
    wait: float = 120.0
    job_timeout: float = 900.0
    entries: dict[tuple[str, str], LedgerEntry] = field(default_factory=dict)
    forgotten: list[LedgerEntry] = field(default_factory=list)
    issued: int = 0

    def find(self, provider: str, call_key: str) -> LedgerEntry | None:
        return self.entries.get((provider, call_key))

    def new_job(self) -> tuple[str, str | None]:
        self.issued += 1
        job_id = f"job{self.issued:04d}"
        return job_id, self.callback_url.format(job=job_id) if self.callback_url else None

    def submitted(self, job_id: str, provider: str, call_key: str, state: JobState) -> LedgerEntry:
        now = datetime.now(UTC)
        entry = LedgerEntry(job_id, provider, call_key, state, now, now + timedelta(seconds=self.job_timeout))
        self.entries[(provider, call_key)] = entry
        return entry

    def update(self, entry: LedgerEntry, state: JobState) -> None:
        self.entries[(entry.provider, entry.call_key)] = replace(entry, state=state)

    def forget(self, entry: LedgerEntry) -> None:
        del self.entries[(entry.provider, entry.call_key)]
        self.forgotten.append(entry)

    def poll_after(self, entry: LedgerEntry) -> float:
        return self.wait

    # what the callback route and the clock do to an entry, for the tests

    def only(self) -> LedgerEntry:
        assert len(self.entries) == 1, self.entries
        return next(iter(self.entries.values()))

    def called_back(self, state: JobState) -> None:
        entry = self.only()
        self.entries[(entry.provider, entry.call_key)] = replace(entry, state=state, callback_received=True)

    def past_deadline(self) -> None:
        entry = self.only()
        self.entries[(entry.provider, entry.call_key)] = replace(
            entry, deadline=datetime.now(UTC) - timedelta(seconds=1)
        )


def parked(api: FakeAPI, ledger: MemoryLedger, **extra: Any) -> ReplicateImages:
    """A provider whose first call under `ledger` has submitted a prediction and parked."""
    api.on("POST", SCHNELL_PATH, Reply(201, prediction(api, "starting")))
    images = provider(api, **extra)
    with using_ledger(ledger), pytest.raises(AwaitingProvider):
        images.illustrate(page_request())
    return images


# -- configuration ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model",
    ["flux-schnell", "black-forest-labs/", "/flux-schnell", "black-forest-labs/flux/schnell", ":abc123"],
)
def test_malformed_model_name_is_a_configuration_error(model: str) -> None:
    with pytest.raises(ConfigurationError, match="REPLICATE_IMAGE_MODEL"):
        ReplicateImages(settings_with(replicate_api_token=TOKEN, replicate_image_model=model))


# -- without a ledger: submit, wait, collect -------------------------------------------------------


def test_without_a_ledger_posts_to_the_model_with_the_token_asking_replicate_to_wait(
    fake_api: FakeAPI,
) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api)))
    serve_picture(fake_api)
    # when
    provider(fake_api).illustrate(page_request(seed=1234))
    # then
    [submit] = sent(fake_api, "POST", SCHNELL_PATH)
    assert submit.headers["authorization"] == f"Bearer {TOKEN}"
    assert submit.headers["prefer"] == "wait=60"
    assert submit.json() == {
        "input": {
            "prompt": page_request().prompt,
            "aspect_ratio": "1:1",
            "output_format": "png",
            "seed": 1234,
        }
    }


def test_without_a_ledger_returns_the_downloaded_picture_and_its_call_record(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api)))
    serve_picture(fake_api, png_bytes(1024, 1024))
    # when
    result = provider(fake_api).illustrate(page_request(seed=1234))
    # then
    assert result.png == png_bytes(1024, 1024)
    assert (result.width, result.height) == (1024, 1024)
    assert result.call.provider == "replicate"
    assert result.call.model == SCHNELL
    assert result.call.prompt == page_request().prompt
    assert result.call.cost_usd == 0.003
    assert result.call.details["prediction"] == PREDICTION_ID
    assert result.call.details["seed"] == 1234
    assert result.call.details["predict_time_s"] == 1.2
    assert result.call.details["reference_image"] is False


def test_the_output_is_downloaded_without_the_api_token(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api)))
    serve_picture(fake_api)
    # when
    provider(fake_api).illustrate(page_request())
    # then
    [download] = sent(fake_api, "GET", FILE_PATH)
    assert "authorization" not in download.headers
    assert TOKEN not in json.dumps(download.headers)


def test_without_a_ledger_a_prediction_still_processing_is_polled_until_it_succeeds(
    fake_api: FakeAPI,
) -> None:
    # given: Replicate let go of the held request before the picture was ready
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, "processing")))
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "succeeded")))
    serve_picture(fake_api, png_bytes(1024, 1024))
    # when
    result = provider(fake_api).illustrate(page_request())
    # then
    [poll] = sent(fake_api, "GET", POLL_PATH)
    assert poll.headers["authorization"] == f"Bearer {TOKEN}"
    assert len(sent(fake_api, "POST", SCHNELL_PATH)) == 1
    assert (result.width, result.height) == (1024, 1024)
    assert result.call.details["via"] == "poll"


def test_without_a_ledger_the_held_request_may_outlast_the_ordinary_timeout(fake_api: FakeAPI) -> None:
    # given: Replicate holds the answer (Prefer: wait) longer than TIMEOUT_SECONDS
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api), delay=0.4))
    serve_picture(fake_api)
    # when
    result = provider(fake_api, timeout_seconds=0.2).illustrate(page_request())
    # then
    assert result.call.details["prediction"] == PREDICTION_ID


def test_without_a_ledger_a_job_outliving_the_job_timeout_is_cancelled(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, "processing")))
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "processing")))
    fake_api.on("POST", CANCEL_PATH, Reply(200, prediction(fake_api, "canceled")))
    images = provider(fake_api, limits=LimitSettings(provider_job_timeout_seconds=0.001))
    # when
    with pytest.raises(ProviderTimeoutError) as raised:
        images.illustrate(page_request())
    # then
    assert raised.value.retryable
    [cancel] = sent(fake_api, "POST", CANCEL_PATH)
    assert cancel.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_pinned_version_posts_to_predictions_with_the_version(fake_api: FakeAPI) -> None:
    # given
    version = "5599ed30703defd1d160a25a63321b4dec97101d98b4674bcc56e41f62f35637"
    fake_api.on("POST", "/v1/predictions", Reply(201, prediction(fake_api)))
    serve_picture(fake_api)
    # when
    result = provider(fake_api, replicate_image_model=f"{SCHNELL}:{version}").illustrate(page_request())
    # then
    [submit] = sent(fake_api, "POST", "/v1/predictions")
    assert submit.json()["version"] == version
    assert submit.json()["input"]["prompt"] == page_request().prompt
    assert sent(fake_api, "POST", SCHNELL_PATH) == []
    assert result.call.cost_usd == 0.003


def test_a_single_url_output_is_downloaded(fake_api: FakeAPI) -> None:
    # given: flux-1.1-pro answers with one URL, not a list
    model = "black-forest-labs/flux-1.1-pro"
    fake_api.on(
        "POST",
        f"/v1/models/{model}/predictions",
        Reply(201, prediction(fake_api, output=f"{fake_api.url}{FILE_PATH}", model=model)),
    )
    serve_picture(fake_api, png_bytes(896, 1152))
    # when
    result = provider(fake_api, replicate_image_model=model).illustrate(page_request())
    # then
    assert (result.width, result.height) == (896, 1152)
    assert result.call.cost_usd == 0.04


@pytest.mark.parametrize(("image_format", "content_type"), [("JPEG", "image/jpeg"), ("WEBP", "image/webp")])
def test_a_jpeg_or_webp_output_is_converted_to_png(
    fake_api: FakeAPI, image_format: str, content_type: str
) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api)))
    serve_picture(fake_api, encoded(image_format, 1024, 768), content_type)
    # when
    result = provider(fake_api).illustrate(page_request())
    # then
    with Image.open(io.BytesIO(result.png)) as picture:
        assert picture.format == "PNG"
        assert picture.size == (1024, 768)
    assert (result.width, result.height) == (1024, 768)


def test_a_data_uri_output_is_decoded_without_a_download(fake_api: FakeAPI) -> None:
    # given
    uri = "data:image/png;base64," + base64.b64encode(png_bytes(512, 512)).decode()
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, output=[uri])))
    # when
    result = provider(fake_api).illustrate(page_request())
    # then
    assert (result.width, result.height) == (512, 512)
    assert [r.path for r in fake_api.received] == [SCHNELL_PATH]


@pytest.mark.parametrize(
    "output",
    [None, [], "ftp://replicate.delivery/out.png", "data:image/png;base64,@@not-base64@@"],
    ids=["none", "empty-list", "not-http", "bad-data-uri"],
)
def test_a_success_without_a_usable_output_is_an_output_error(fake_api: FakeAPI, output: object) -> None:
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, output=output)))
    with pytest.raises(ProviderOutputError):
        provider(fake_api).illustrate(page_request())


def test_an_output_that_is_not_an_image_is_an_output_error(fake_api: FakeAPI) -> None:
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api)))
    serve_picture(fake_api, b"<html>not a picture</html>", "text/html")
    with pytest.raises(ProviderOutputError):
        provider(fake_api).illustrate(page_request())


# -- with a ledger: submit once, park, collect -----------------------------------------------------


def test_with_a_ledger_the_prediction_is_submitted_with_the_callback_and_the_unit_parks(
    fake_api: FakeAPI,
) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, "starting")))
    ledger = MemoryLedger(wait=42.0)
    # when
    with using_ledger(ledger), pytest.raises(AwaitingProvider) as raised:
        provider(fake_api).illustrate(page_request())
    # then
    [submit] = sent(fake_api, "POST", SCHNELL_PATH)
    assert submit.json()["webhook"] == CALLBACK_URL.format(job="job0001")
    assert submit.json()["webhook_events_filter"] == ["completed"]
    assert submit.json()["input"]["seed"] == page_request().seed
    assert "prefer" not in submit.headers
    assert raised.value.poll_after == 42.0
    assert raised.value.external_id == PREDICTION_ID
    assert raised.value.job_id == "job0001"
    entry = ledger.only()
    assert (entry.id, entry.provider) == ("job0001", "replicate")
    assert (entry.state.external_id, entry.state.status) == (PREDICTION_ID, "running")


def test_with_a_ledger_but_no_callback_url_the_submit_does_not_hold_the_worker(fake_api: FakeAPI) -> None:
    # given: no public address, so the parked unit will poll
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, "starting")))
    ledger = MemoryLedger(callback_url=None, wait=5.0)
    # when
    with using_ledger(ledger), pytest.raises(AwaitingProvider) as raised:
        provider(fake_api).illustrate(page_request())
    # then
    [submit] = sent(fake_api, "POST", SCHNELL_PATH)
    assert "prefer" not in submit.headers
    assert "webhook" not in submit.json()
    assert raised.value.poll_after == 5.0


def test_the_same_request_while_processing_polls_once_and_parks_again(fake_api: FakeAPI) -> None:
    # given
    ledger = MemoryLedger(wait=30.0)
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "processing")))
    # when
    with using_ledger(ledger), pytest.raises(AwaitingProvider) as raised:
        images.illustrate(page_request())
    # then
    assert len(sent(fake_api, "POST", SCHNELL_PATH)) == 1
    assert len(sent(fake_api, "GET", POLL_PATH)) == 1
    assert raised.value.poll_after == 30.0
    assert ledger.only().state.status == "running"


def test_a_success_reported_by_callback_is_collected_without_polling_or_resubmitting(
    fake_api: FakeAPI,
) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger, replicate_webhook_secret=SECRET)
    body = json.dumps(prediction(fake_api, "succeeded")).encode()
    ledger.called_back(images.read_callback(signed(body), body))
    serve_picture(fake_api, png_bytes(1024, 1024))
    # when
    with using_ledger(ledger):
        result = images.illustrate(page_request())
    # then
    assert (result.width, result.height) == (1024, 1024)
    assert result.call.details["via"] == "callback"
    assert result.call.details["prediction"] == PREDICTION_ID
    assert len(sent(fake_api, "POST", SCHNELL_PATH)) == 1
    assert sent(fake_api, "GET", POLL_PATH) == []


def test_a_success_found_by_polling_is_collected_without_resubmitting(fake_api: FakeAPI) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "succeeded")))
    serve_picture(fake_api, png_bytes(1024, 1024))
    # when
    with using_ledger(ledger):
        result = images.illustrate(page_request())
        again = images.illustrate(page_request())
    # then: the second run found the finished job and did not even poll
    assert (result.width, result.height) == (1024, 1024)
    assert result.call.details["via"] == "poll"
    assert again.png == result.png
    assert len(sent(fake_api, "POST", SCHNELL_PATH)) == 1
    assert len(sent(fake_api, "GET", POLL_PATH)) == 1
    assert ledger.only().state.status == "succeeded"


def test_a_different_seed_is_a_different_call_and_a_new_prediction(fake_api: FakeAPI) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    # when
    with using_ledger(ledger), pytest.raises(AwaitingProvider):
        images.illustrate(page_request(seed=99))
    # then
    submits = sent(fake_api, "POST", SCHNELL_PATH)
    assert [s.json()["input"]["seed"] for s in submits] == [page_request().seed, 99]
    assert len(ledger.entries) == 2
    assert sent(fake_api, "GET", POLL_PATH) == []


def test_a_job_past_its_deadline_is_cancelled_forgotten_and_a_retryable_timeout(fake_api: FakeAPI) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    ledger.past_deadline()
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "processing")))
    fake_api.on("POST", CANCEL_PATH, Reply(200, prediction(fake_api, "canceled")))
    # when
    with using_ledger(ledger), pytest.raises(ProviderTimeoutError) as raised:
        images.illustrate(page_request())
    # then
    assert raised.value.retryable
    [cancel] = sent(fake_api, "POST", CANCEL_PATH)
    assert cancel.headers["authorization"] == f"Bearer {TOKEN}"
    assert ledger.entries == {}


def test_a_job_past_its_deadline_is_given_up_even_if_the_cancel_fails(fake_api: FakeAPI) -> None:
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    ledger.past_deadline()
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "processing")))
    fake_api.on("POST", CANCEL_PATH, Reply(500, {"title": "Internal Server Error", "status": 500}))
    with using_ledger(ledger), pytest.raises(ProviderTimeoutError):
        images.illustrate(page_request())
    assert ledger.entries == {}


@pytest.mark.parametrize(
    ("status", "error", "raised", "retryable"),
    [
        pytest.param("failed", NSFW, ContentPolicyError, False, id="nsfw"),
        pytest.param(
            "failed",
            "The generated image was flagged as sensitive. Please try again with different inputs. (E005)",
            ContentPolicyError,
            False,
            id="flagged-sensitive",
        ),
        pytest.param("failed", "CUDA error: out of memory", ProviderServerError, True, id="other-failure"),
        pytest.param("canceled", None, ProviderServerError, True, id="canceled"),
    ],
)
def test_a_prediction_that_did_not_succeed_is_forgotten_and_raised(
    fake_api: FakeAPI, status: str, error: str | None, raised: type[ProviderError], retryable: bool
) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, status, error=error)))
    # when
    with using_ledger(ledger), pytest.raises(ProviderError) as caught:
        images.illustrate(page_request())
    # then
    assert type(caught.value) is raised
    assert caught.value.retryable is retryable
    assert caught.value.provider == "replicate"
    assert ledger.entries == {}
    assert [entry.state.external_id for entry in ledger.forgotten] == [PREDICTION_ID]


def test_without_a_ledger_an_nsfw_refusal_is_a_content_policy_error(fake_api: FakeAPI) -> None:
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, "failed", error=NSFW)))
    with pytest.raises(ContentPolicyError, match="NSFW"):
        provider(fake_api).illustrate(page_request())


def test_an_expired_output_is_forgotten_and_retryable_so_the_next_run_draws_again(
    fake_api: FakeAPI,
) -> None:
    # given: the job succeeded long ago and Replicate has deleted the file
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "succeeded")))
    fake_api.on("GET", FILE_PATH, Reply(404, b"Not Found", {"content-type": "text/plain"}))
    # when
    with using_ledger(ledger), pytest.raises(ProviderError) as caught:
        images.illustrate(page_request())
    # then
    assert caught.value.retryable
    assert caught.value.status == 404
    assert ledger.entries == {}
    # and the retry submits a new prediction
    with using_ledger(ledger), pytest.raises(AwaitingProvider):
        images.illustrate(page_request())
    assert len(sent(fake_api, "POST", SCHNELL_PATH)) == 2


def test_an_output_that_is_not_an_image_is_forgotten(fake_api: FakeAPI) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "succeeded")))
    serve_picture(fake_api, b"\x00garbage", "image/png")
    # when
    with using_ledger(ledger), pytest.raises(ProviderOutputError):
        images.illustrate(page_request())
    # then: a retry of the story must not collect the same broken output again
    assert ledger.entries == {}


def test_a_transient_download_failure_keeps_the_job_to_fetch_it_again(fake_api: FakeAPI) -> None:
    # given
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "succeeded")))
    fake_api.on(
        "GET",
        FILE_PATH,
        replies(
            Reply(503, b"Service Unavailable"),
            Reply(200, png_bytes(1024, 1024), {"content-type": "image/png"}),
        ),
    )
    with using_ledger(ledger), pytest.raises(ProviderServerError):
        images.illustrate(page_request())
    # when
    with using_ledger(ledger):
        result = images.illustrate(page_request())
    # then
    assert (result.width, result.height) == (1024, 1024)
    assert len(sent(fake_api, "POST", SCHNELL_PATH)) == 1


def test_a_poll_that_finds_no_such_prediction_forgets_the_job_and_does_not_blame_the_model(
    fake_api: FakeAPI,
) -> None:
    # given: the prediction belongs to another account (the token was changed meanwhile)
    ledger = MemoryLedger()
    images = parked(fake_api, ledger)
    fake_api.on("GET", POLL_PATH, Reply(404, {"title": "Not found", "detail": "Not found.", "status": 404}))
    # when
    with using_ledger(ledger), pytest.raises(ProviderError) as caught:
        images.illustrate(page_request())
    # then
    assert "REPLICATE_IMAGE_MODEL" not in str(caught.value)
    assert caught.value.retryable
    assert ledger.entries == {}


def test_a_slow_submit_is_a_timeout_and_nothing_is_remembered(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api, "starting"), delay=0.6))
    ledger = MemoryLedger()
    # when
    with using_ledger(ledger), pytest.raises(ProviderTimeoutError):
        provider(fake_api, timeout_seconds=0.2).illustrate(page_request())
    # then
    assert ledger.entries == {}


def test_a_slow_poll_is_a_timeout(fake_api: FakeAPI) -> None:
    ledger = MemoryLedger()
    images = parked(fake_api, ledger, timeout_seconds=0.2)
    fake_api.on("GET", POLL_PATH, Reply(200, prediction(fake_api, "succeeded"), delay=0.6))
    with using_ledger(ledger), pytest.raises(ProviderTimeoutError):
        images.illustrate(page_request())
    assert ledger.only().state.status == "running"


# -- errors on submit ------------------------------------------------------------------------------


def problem(status: int, title: str, detail: str) -> dict[str, Any]:
    return {"title": title, "detail": detail, "status": status}


@pytest.mark.parametrize(
    ("reply", "error", "says"),
    [
        pytest.param(
            Reply(401, problem(401, "Unauthenticated", "You did not pass a valid authentication token")),
            ProviderAuthError,
            "401",
            id="401-unauthenticated",
        ),
        pytest.param(
            Reply(
                402,
                problem(
                    402,
                    "Insufficient credit",
                    "You have insufficient credit to run this model. Go to billing to top up.",
                ),
            ),
            ProviderQuotaError,
            "the Replicate account has no credit",
            id="402-insufficient-credit",
        ),
        pytest.param(
            Reply(404, problem(404, "Not found", "The requested resource could not be found.")),
            ProviderBadRequestError,
            "REPLICATE_IMAGE_MODEL",
            id="404-unknown-model",
        ),
        pytest.param(
            Reply(
                422,
                problem(422, "Input validation failed", "input.aspect_ratio must be one of the following"),
            ),
            ProviderBadRequestError,
            "input.aspect_ratio must be one of the following",
            id="422-invalid-input",
        ),
        pytest.param(
            Reply(
                429,
                problem(
                    429, "Request was throttled.", "Request was throttled. Expected available in 7 seconds."
                ),
                {"retry-after": "7"},
            ),
            ProviderRateLimitError,
            "429",
            id="429-throttled",
        ),
        pytest.param(
            Reply(500, problem(500, "Internal Server Error", "Something went wrong")),
            ProviderServerError,
            "500",
            id="500-server-error",
        ),
        pytest.param(
            Reply(503, b"<html>Service Unavailable</html>", {"content-type": "text/html"}),
            ProviderServerError,
            "503",
            id="503-html",
        ),
        pytest.param(
            Reply(200, b"{not json", {"content-type": "application/json"}),
            ProviderOutputError,
            "not JSON",
            id="200-not-json",
        ),
        pytest.param(Reply(201, [{"id": "x"}]), ProviderOutputError, "shape", id="201-json-list"),
        pytest.param(
            Reply(201, {"status": "starting", "urls": {}}), ProviderOutputError, "id", id="201-no-id"
        ),
        pytest.param(Reply(201, {"id": PREDICTION_ID}), ProviderOutputError, "status", id="201-no-status"),
        pytest.param(
            Reply(201, {"id": PREDICTION_ID, "status": "exploded"}),
            ProviderOutputError,
            "exploded",
            id="201-unknown-status",
        ),
    ],
)
def test_submit_failures_map_onto_the_error_tree(
    fake_api: FakeAPI, reply: Reply, error: type[ProviderError], says: str
) -> None:
    # given (the 201 answers here break Replicate's spec on purpose: only the request is checked)
    fake_api.check_answers = False
    fake_api.on("POST", SCHNELL_PATH, reply)
    # when
    with pytest.raises(ProviderError) as raised:
        provider(fake_api).illustrate(page_request())
    # then
    assert type(raised.value) is error
    assert raised.value.provider == "replicate"
    assert says in str(raised.value)
    assert TOKEN not in str(raised.value)
    assert TOKEN not in repr(raised.value.__cause__)


def test_throttling_carries_retry_after(fake_api: FakeAPI) -> None:
    fake_api.on(
        "POST",
        SCHNELL_PATH,
        Reply(429, problem(429, "Request was throttled.", "Try again later."), {"retry-after": "7"}),
    )
    with pytest.raises(ProviderRateLimitError) as raised:
        provider(fake_api).illustrate(page_request())
    assert raised.value.retry_after == 7.0
    assert raised.value.retryable


def test_an_unreachable_api_is_a_retryable_connection_error() -> None:
    images = ReplicateImages(
        settings_with(replicate_api_token=TOKEN, replicate_base_url="http://127.0.0.1:9", timeout_seconds=1.0)
    )
    with pytest.raises(ProviderError) as raised:
        images.illustrate(page_request())
    assert raised.value.retryable
    assert TOKEN not in str(raised.value)


# -- callbacks -------------------------------------------------------------------------------------


def callback_body(status: str = "succeeded", **extra: Any) -> bytes:
    return json.dumps(prediction(NOWHERE, status, **extra)).encode()


def callback_reader() -> ReplicateImages:
    """The adapter as the callback route holds it, with REPLICATE_WEBHOOK_SECRET set (no API call)."""
    return ReplicateImages(
        settings_with(replicate_api_token=TOKEN, replicate_base_url=NOWHERE, replicate_webhook_secret=SECRET)
    )


def test_a_signed_callback_is_read_into_the_job_state() -> None:
    # given: header names as they arrive on the wire
    body = callback_body()
    headers = {name.title(): value for name, value in signed(body).items()}
    # when
    state = callback_reader().read_callback(headers, body)
    # then
    assert state.external_id == PREDICTION_ID
    assert state.status == "succeeded"
    assert state.payload["output"] == [f"{NOWHERE}{FILE_PATH}"]
    assert state.error is None


def test_a_failed_prediction_callback_carries_the_error() -> None:
    body = callback_body("failed", error=NSFW)
    state = callback_reader().read_callback(signed(body), body)
    assert (state.status, state.error) == ("failed", NSFW)


def test_the_signing_secret_is_fetched_from_replicate_once(fake_api: FakeAPI) -> None:
    # given
    fake_api.on("GET", "/v1/webhooks/default/secret", Reply(200, {"key": SECRET}))
    first, second = callback_body(), callback_body("failed", error="boom")
    # when: two callbacks, to two instances of the adapter in the same process
    one = provider(fake_api).read_callback(signed(first, msg_id="msg_1"), first)
    two = provider(fake_api).read_callback(signed(second, msg_id="msg_2"), second)
    # then
    assert (one.status, two.status) == ("succeeded", "failed")
    [fetch] = sent(fake_api, "GET", "/v1/webhooks/default/secret")
    assert fetch.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_rotated_signing_secret_is_fetched_again_once(fake_api: FakeAPI) -> None:
    # given a process that cached the old secret, and Replicate now signing with a new one
    fake_api.on(
        "GET",
        "/v1/webhooks/default/secret",
        replies(Reply(200, {"key": OTHER_SECRET}), Reply(200, {"key": SECRET})),
    )
    old = callback_body()
    provider(fake_api).read_callback(signed(old, secret=OTHER_SECRET), old)
    body = callback_body("failed", error="boom")
    # when a callback signed with the new secret comes
    state = provider(fake_api).read_callback(signed(body), body)
    # then it is accepted after one more fetch; a forged one is refused without another fetch
    assert state.status == "failed"
    with pytest.raises(CallbackRejected):
        provider(fake_api).read_callback(signed(body, secret=THIRD_SECRET), body)
    assert len(sent(fake_api, "GET", "/v1/webhooks/default/secret")) == 2


@pytest.mark.parametrize("secret", ["whsec_", "not-a-whsec-key", "whsec_!!!"])
def test_a_configured_signing_secret_that_is_not_a_whsec_key_stops_start_up(
    fake_api: FakeAPI, secret: str
) -> None:
    with pytest.raises(ConfigurationError, match="REPLICATE_WEBHOOK_SECRET"):
        provider(fake_api, replicate_webhook_secret=secret)


def test_a_secret_endpoint_without_a_key_is_an_output_error(fake_api: FakeAPI) -> None:
    fake_api.on("GET", "/v1/webhooks/default/secret", Reply(200, {"detail": "nothing here"}))
    body = callback_body()
    with pytest.raises(ProviderOutputError):
        provider(fake_api).read_callback(signed(body), body)


def _without(headers: dict[str, str], name: str) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k != name}


def _with_signature(headers: dict[str, str], signature: str) -> dict[str, str]:
    return {**headers, "webhook-signature": signature}


OTHER_SECRET = "whsec_" + base64.b64encode(b"somebody-else-entirely-32-bytes!").decode()
THIRD_SECRET = "whsec_" + base64.b64encode(b"a-third-party-forging-callbacks!").decode()


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda body: (signed(body, secret=OTHER_SECRET), body), id="wrong-secret"),
        pytest.param(
            lambda body: (signed(body), body.replace(b"succeeded", b"succeedex")), id="tampered-body"
        ),
        pytest.param(lambda body: ({**signed(body), "webhook-id": "msg_other"}, body), id="other-message-id"),
        pytest.param(lambda body: (_without(signed(body), "webhook-id"), body), id="no-id"),
        pytest.param(lambda body: (_without(signed(body), "webhook-timestamp"), body), id="no-timestamp"),
        pytest.param(lambda body: (_without(signed(body), "webhook-signature"), body), id="no-signature"),
        pytest.param(lambda body: ({}, body), id="no-headers"),
        pytest.param(
            lambda body: (signed(body, timestamp=int(time.time()) - 600), body), id="ten-minutes-old"
        ),
        pytest.param(
            lambda body: (signed(body, timestamp=int(time.time()) + 600), body), id="ten-minutes-ahead"
        ),
        pytest.param(
            lambda body: ({**signed(body), "webhook-timestamp": "yesterday"}, body),
            id="timestamp-not-a-number",
        ),
        pytest.param(lambda body: (_with_signature(signed(body), "v1"), body), id="v1-without-comma"),
        pytest.param(lambda body: (_with_signature(signed(body), "v1,@@@@"), body), id="not-base64"),
        pytest.param(lambda body: (_with_signature(signed(body), "v1,abc"), body), id="bad-padding"),
        pytest.param(lambda body: (_with_signature(signed(body), "v1,a,b"), body), id="two-commas"),
        pytest.param(
            lambda body: (
                _with_signature(signed(body), signed(body)["webhook-signature"].replace("v1,", "v2,")),
                body,
            ),
            id="unknown-version",
        ),
    ],
)
def test_a_callback_that_does_not_verify_is_rejected(
    forge: Callable[[bytes], tuple[dict[str, str], bytes]],
) -> None:
    # given
    headers, body = forge(callback_body())
    # when / then
    with pytest.raises(CallbackRejected):
        callback_reader().read_callback(headers, body)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"<html>hello</html>", id="not-json"),
        pytest.param(b'["succeeded"]', id="json-list"),
        pytest.param(b'{"status": "succeeded", "output": []}', id="no-id"),
        pytest.param(b'{"id": "", "status": "succeeded"}', id="empty-id"),
        pytest.param(b'{"id": "gm3qorzdhgbfurvjtvhg6dckhu"}', id="no-status"),
        pytest.param(b'{"id": "gm3qorzdhgbfurvjtvhg6dckhu", "status": "exploded"}', id="unknown-status"),
        pytest.param(b"\xff\xfe not utf-8", id="not-utf-8"),
    ],
)
def test_a_signed_callback_that_is_not_a_prediction_is_rejected(body: bytes) -> None:
    with pytest.raises(CallbackRejected):
        callback_reader().read_callback(signed(body), body)


def test_one_right_signature_among_several_is_accepted() -> None:
    # given: during a secret rotation the header carries a signature per secret
    body = callback_body()
    right = signed(body)
    wrong = signed(body, secret=OTHER_SECRET)["webhook-signature"]
    headers = _with_signature(right, f"{wrong} {right['webhook-signature']}")
    # when
    state = callback_reader().read_callback(headers, body)
    # then
    assert state.status == "succeeded"


# -- references: FLUX Kontext --------------------------------------------------------------------


def test_kontext_gets_the_reference_sheets_side_by_side_as_a_data_uri(fake_api: FakeAPI) -> None:
    # given
    model = "black-forest-labs/flux-kontext-pro"
    path = f"/v1/models/{model}/predictions"
    fake_api.on("POST", path, Reply(201, prediction(fake_api, model=model)))
    serve_picture(fake_api)
    references = (png_bytes(300, 400, (255, 0, 0)), png_bytes(256, 256, (0, 0, 255)))
    # when
    result = provider(fake_api, replicate_image_model=model).illustrate(page_request(references=references))
    # then
    [submit] = sent(fake_api, "POST", path)
    uri = submit.json()["input"]["input_image"]
    prefix = "data:image/png;base64,"
    assert uri.startswith(prefix)
    with Image.open(io.BytesIO(base64.b64decode(uri.removeprefix(prefix), validate=True))) as sheet:
        assert sheet.format == "PNG"
        assert sheet.width == 2 * sheet.height
        rgb = sheet.convert("RGB")
        assert rgb.getpixel((sheet.height // 2, sheet.height // 2)) == (255, 0, 0)
        assert rgb.getpixel((10, 10)) == (255, 255, 255)  # the tall sheet is padded, not stretched
        assert rgb.getpixel((sheet.width - 10, 10)) == (0, 0, 255)
    assert result.call.details["reference_image"] is True
    assert result.call.cost_usd == 0.04


def test_schnell_does_not_send_the_references(fake_api: FakeAPI) -> None:
    fake_api.on("POST", SCHNELL_PATH, Reply(201, prediction(fake_api)))
    serve_picture(fake_api)
    result = provider(fake_api).illustrate(page_request(references=(png_bytes(), png_bytes())))
    [submit] = sent(fake_api, "POST", SCHNELL_PATH)
    assert "input_image" not in submit.json()["input"]
    assert result.call.details["reference_image"] is False
