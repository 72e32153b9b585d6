"""Replicate: image models (FLUX and others) run as predictions that finish later.

A prediction is submitted with a callback URL (`POST /api/webhooks/generation`), and the unit is
parked until Replicate calls back or the poll timer fires (see `storyloom/providers/jobs.py`).
Callbacks are verified with Replicate's signing secret (the Standard Webhooks scheme).
FLUX Kontext models take the characters' reference sheets as their input image.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

import httpx
from PIL import Image, ImageOps
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from storyloom.errors import (
    CallbackRejected,
    ConfigurationError,
    ContentPolicyError,
    ProviderBadRequestError,
    ProviderError,
    ProviderOutputError,
    ProviderServerError,
)
from storyloom.providers.base import (
    CallRecord,
    Stopwatch,
    error_for_status,
    json_object,
    mapped_http_errors,
    quota_error,
    required_key,
)
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.image.common import aspect_ratio, to_png
from storyloom.providers.jobs import (
    JobCalls,
    JobState,
    JobStatus,
    call_key,
    current_ledger,
    run_job,
)
from storyloom.signatures import well_formed

if TYPE_CHECKING:
    from storyloom.config import Settings

# USD per image, by model (Replicate bills these official models per output image).
PRICES: dict[str, float] = {
    "black-forest-labs/flux-schnell": 0.003,
    "black-forest-labs/flux-dev": 0.025,
    "black-forest-labs/flux-1.1-pro": 0.04,
    "black-forest-labs/flux-1.1-pro-ultra": 0.06,
    "black-forest-labs/flux-kontext-pro": 0.04,
    "black-forest-labs/flux-kontext-max": 0.08,
    "black-forest-labs/flux-kontext-dev": 0.025,
}
RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9")
STATUSES: dict[str, JobStatus] = {
    "starting": "running",
    "processing": "running",
    "succeeded": "succeeded",
    "failed": "failed",
    "canceled": "canceled",
    "aborted": "canceled",
}
POLICY_WORDS = ("nsfw", "sensitive", "safety", "flagged", "content policy", "moderation")
MAX_IMAGE_BYTES = 40 * 1024 * 1024
GONE = (403, 404, 410)  # what Replicate's file host answers for an output it no longer keeps
INLINE_WAIT_SECONDS = 60  # `Prefer: wait` outside the pipeline: Replicate holds the answer this long

_secrets: dict[str, str] = {}  # signing secret fetched per endpoint and API token, for this process
_secret_refreshed: dict[str, float] = {}
SECRET_REFRESH_SECONDS = 60.0
SIGNATURE_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")
_secrets_lock = threading.Lock()


class ReplicateImages:
    """`REPLICATE_IMAGE_MODEL` (an official model `owner/name`, or `owner/name:version`)."""

    name: ClassVar[str] = "replicate"
    accepts_references: ClassVar[bool] = True  # used by FLUX Kontext models, ignored by the others
    max_size: ClassVar[int] = 1440

    def __init__(self, settings: Settings) -> None:
        options = settings.providers.replicate
        self.token = required_key(options.api_token, "IMAGE_PROVIDER=replicate needs REPLICATE_API_TOKEN")
        self.model = options.image_model.strip()
        owner_name, _, self.version = self.model.partition(":")
        if owner_name.count("/") != 1 or not all(owner_name.split("/")):
            raise ConfigurationError(
                f"REPLICATE_IMAGE_MODEL={self.model!r} must look like owner/name or owner/name:version"
            )
        self.owner_name = owner_name
        self.base_url = options.base_url.rstrip("/")
        self.webhook_secret = options.webhook_secret.get_secret_value()
        if self.webhook_secret and not _is_signing_secret(self.webhook_secret):
            raise ConfigurationError(
                "REPLICATE_WEBHOOK_SECRET must be the whsec_... key Replicate gives at "
                "GET /v1/webhooks/default/secret (or empty, to fetch it)"
            )
        self.job_timeout = settings.limits.provider_job_timeout_seconds
        self.timeout_seconds = options.timeout_seconds
        self.timeout = httpx.Timeout(self.timeout_seconds, connect=min(10.0, self.timeout_seconds))

    @property
    def uses_reference_image(self) -> bool:
        return "kontext" in self.owner_name

    # -- the ImageProvider protocol ------------------------------------------------------------

    def illustrate(self, request: ImageRequest) -> Illustration:
        """One picture: submitted as a prediction, collected when it has succeeded."""
        watch = Stopwatch()
        body = self._prediction_body(request)
        key = call_key(self.name, self.model, body)
        ledger = current_ledger()
        # `Prefer: wait` only outside the pipeline: inside, a held connection would hold the worker
        # (with no callback URL the parked unit polls instead).
        wait = ledger is None
        calls = JobCalls(
            submit=lambda callback: self._submit(body, callback, wait=wait),
            poll=self._poll,
            cancel=self._cancel,
        )
        try:
            state, entry = run_job(self.name, key, calls, timeout=self.job_timeout)
        except ProviderError as exc:
            if ledger is not None and exc.status == 404:  # the poll found no such prediction
                stale = ledger.find(self.name, key)
                if stale is not None:
                    ledger.forget(stale)
            raise
        if state.status != "succeeded":
            if ledger is not None and entry is not None:
                ledger.forget(entry)
            raise self._failure(state)
        try:
            png, width, height = self._download(state)
        except ProviderError as exc:
            # Gone (Replicate keeps outputs for an hour) or unusable: the next run draws it again.
            # Only a transient failure keeps the job, to fetch the same output once more.
            if ledger is not None and entry is not None and (exc.status in GONE or not exc.retryable):
                ledger.forget(entry)
            raise
        waited_ms = (
            int((datetime.now(UTC) - entry.submitted_at).total_seconds() * 1000)
            if entry is not None
            else watch.elapsed_ms
        )
        metrics = state.payload.get("metrics") or {}
        call = CallRecord(
            provider=self.name,
            prompt=request.prompt,
            model=self.model,
            cost_usd=PRICES.get(self.owner_name, 0.0),
            duration_ms=waited_ms,
            details={
                "prediction": state.external_id,
                "aspect_ratio": body["input"]["aspect_ratio"],
                "seed": body["input"]["seed"],
                "predict_time_s": metrics.get("predict_time") if isinstance(metrics, dict) else None,
                "via": "callback" if entry is not None and entry.callback_received else "poll",
                "reference_image": "input_image" in body["input"],
            },
        )
        return Illustration(png=png, width=width, height=height, call=call)

    # -- the CallbackProvider protocol ---------------------------------------------------------

    def read_callback(self, headers: Mapping[str, str], body: bytes) -> JobState:
        """Check the Standard Webhooks signature Replicate puts on every callback, then read it.
        A fetched signing secret that no longer verifies is fetched again once (it may have been
        rotated)."""
        lowered = {name.lower(): value for name, value in headers.items()}
        if not all(well_formed(lowered.get(name), max_length=2048) for name in SIGNATURE_HEADERS):
            raise CallbackRejected("the replicate signature headers are missing or malformed")
        try:
            self._verify(self._signing_secret(), lowered, body)
        except CallbackRejected:
            if self.webhook_secret or not self._may_refresh_secret():
                raise
            self._verify(self._signing_secret(refresh=True), lowered, body)
        try:
            prediction = json.loads(body)
        except ValueError:
            raise CallbackRejected("the replicate callback is not JSON") from None
        if not isinstance(prediction, dict):
            raise CallbackRejected("the replicate callback is not a prediction")
        try:
            return self._state(prediction)
        except ProviderOutputError:
            raise CallbackRejected("the replicate callback is not a prediction") from None

    @staticmethod
    def _verify(secret: str, headers: dict[str, str], body: bytes) -> None:
        try:
            Webhook(secret).verify(body, headers, json_parse=False)
        except WebhookVerificationError as exc:
            raise CallbackRejected(f"the replicate signature does not verify: {exc}") from None
        except (ValueError, TypeError, binascii.Error) as exc:  # malformed signature header or body
            raise CallbackRejected(f"the replicate signature headers are malformed: {exc}") from None

    def _may_refresh_secret(self) -> bool:
        """At most one fetch a minute, so forged callbacks cannot make us hammer Replicate."""
        now = time.monotonic()
        with _secrets_lock:
            last = _secret_refreshed.get(self._secret_cache_key)
            if last is not None and now - last < SECRET_REFRESH_SECONDS:
                return False
            _secret_refreshed[self._secret_cache_key] = now
        return True

    @property
    def _secret_cache_key(self) -> str:
        return f"{self.base_url} {self.token}"

    def _signing_secret(self, *, refresh: bool = False) -> str:
        if self.webhook_secret:
            return self.webhook_secret
        cache_key = self._secret_cache_key
        with _secrets_lock:
            cached = None if refresh else _secrets.get(cache_key)
        if cached:
            return cached
        body = self._json(self._request("GET", "/v1/webhooks/default/secret"))
        key = body.get("key")
        if not isinstance(key, str) or not _is_signing_secret(key):
            raise ProviderOutputError("replicate sent no webhook signing secret", provider=self.name)
        with _secrets_lock:
            _secrets[cache_key] = key
        return key

    # -- requests ------------------------------------------------------------------------------

    def _prediction_body(self, request: ImageRequest) -> dict[str, Any]:
        inputs: dict[str, Any] = {
            "prompt": request.prompt,
            "aspect_ratio": aspect_ratio(request.width, request.height, RATIOS),
            "output_format": "png",
            "seed": request.seed % 2**31,
        }
        if self.uses_reference_image and request.references:
            inputs["input_image"] = _data_uri(_side_by_side(request.references))
        body: dict[str, Any] = {"input": inputs}
        if self.version:
            body["version"] = self.version
        return body

    def _submit(self, body: dict[str, Any], callback_url: str | None, *, wait: bool) -> JobState:
        payload = dict(body)
        headers: dict[str, str] = {}
        if callback_url:
            payload["webhook"] = callback_url
            payload["webhook_events_filter"] = ["completed"]
        if wait:
            headers["prefer"] = f"wait={INLINE_WAIT_SECONDS}"
        path = "/v1/predictions" if self.version else f"/v1/models/{self.owner_name}/predictions"
        response = self._request("POST", path, json=payload, headers=headers, wait=wait)
        return self._state(self._json(response))

    def _poll(self, external_id: str) -> JobState:
        return self._state(self._json(self._request("GET", f"/v1/predictions/{external_id}")))

    def _cancel(self, external_id: str) -> None:
        self._request("POST", f"/v1/predictions/{external_id}/cancel")

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        wait: bool = False,
    ) -> httpx.Response:
        timeout = self.timeout
        if wait:
            timeout = httpx.Timeout(INLINE_WAIT_SECONDS + self.timeout_seconds, connect=self.timeout.connect)
        with mapped_http_errors(self.name), httpx.Client(timeout=timeout) as client:
            response = client.request(
                method,
                f"{self.base_url}{path}",
                json=json,
                headers={"authorization": f"Bearer {self.token}", **(headers or {})},
            )
        if not response.is_success:
            raise self._error(response)
        return response

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        return json_object(self.name, response)

    def _state(self, prediction: dict[str, Any]) -> JobState:
        external_id = prediction.get("id")
        status = STATUSES.get(str(prediction.get("status")))
        if not isinstance(external_id, str) or not external_id or status is None:
            raise ProviderOutputError(
                f"replicate sent a prediction without an id or with status {prediction.get('status')!r}",
                provider=self.name,
            )
        error = prediction.get("error")
        return JobState(
            external_id=external_id,
            status=status,
            payload={k: prediction.get(k) for k in ("status", "output", "error", "metrics", "completed_at")},
            error=str(error) if error else None,
        )

    def _failure(self, state: JobState) -> ProviderError:
        reason = state.error or state.status
        if any(word in reason.lower() for word in POLICY_WORDS):
            return ContentPolicyError(
                f"replicate refused the picture under its safety checks: {reason}", provider=self.name
            )
        if state.status == "canceled":
            return ProviderServerError(
                f"replicate prediction {state.external_id} was cancelled", provider=self.name
            )
        return ProviderServerError(
            f"replicate prediction {state.external_id} failed: {reason[:300]}", provider=self.name
        )

    def _download(self, state: JobState) -> tuple[bytes, int, int]:
        output = state.payload.get("output")
        url = output[0] if isinstance(output, list) and output else output
        if not isinstance(url, str) or not url:
            raise ProviderOutputError(
                f"replicate prediction {state.external_id} succeeded without an image", provider=self.name
            )
        if url.startswith("data:"):
            return to_png(self.name, _from_data_uri(self.name, url))
        if not url.startswith(("https://", "http://")):
            raise ProviderOutputError(
                f"replicate sent an output that is not a URL: {url[:80]}", provider=self.name
            )
        # The output lives on Replicate's file host: no API token goes there.
        with (
            mapped_http_errors(self.name),
            httpx.Client(timeout=self.timeout, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code in GONE:
                raise ProviderServerError(
                    f"the output of replicate prediction {state.external_id} is no longer available "
                    f"(HTTP {response.status_code}); it will be drawn again",
                    provider=self.name,
                    status=response.status_code,
                )
            if not response.is_success:
                response.read()
                raise error_for_status(self.name, response, "the output file could not be fetched")
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > MAX_IMAGE_BYTES:
                    raise ProviderOutputError("replicate's output image is too large", provider=self.name)
        return to_png(self.name, bytes(data))

    def _error(self, response: httpx.Response) -> ProviderError:
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = ""
        if isinstance(body, dict):
            detail = str(body.get("detail") or body.get("title") or "")[:300]
        if response.status_code == 402:
            return quota_error(self.name, 402, detail)
        submitting = response.request.method == "POST" and response.request.url.path.endswith("/predictions")
        if response.status_code == 404 and submitting:
            return ProviderBadRequestError(
                f"replicate does not know REPLICATE_IMAGE_MODEL={self.model!r} (HTTP 404): {detail}",
                provider=self.name,
                status=404,
            )
        if response.status_code == 404 and "/predictions/" in response.request.url.path:
            # Polled a prediction this token cannot see (another account's, or deleted): submit anew.
            return ProviderServerError(
                f"replicate has no prediction at {response.request.url.path} (HTTP 404): {detail}",
                provider=self.name,
                status=404,
            )
        return error_for_status(self.name, response, detail)


def _is_signing_secret(value: str) -> bool:
    """A `whsec_` key whose rest is non-empty base64, as Standard Webhooks secrets are."""
    if not value.startswith("whsec_") or len(value) <= len("whsec_"):
        return False
    try:
        return bool(base64.b64decode(value.removeprefix("whsec_") + "==", validate=False))
    except (binascii.Error, ValueError):
        return False


def _side_by_side(references: tuple[bytes, ...]) -> bytes:
    """The characters' reference sheets in one picture, for models that take a single input image."""
    sheets = []
    for data in references[:4]:
        with Image.open(io.BytesIO(data)) as image:
            # Fitted inside 512 x 512 on white: a tall sheet keeps its proportions.
            sheets.append(ImageOps.pad(image.convert("RGB"), (512, 512), color="white"))
    if len(sheets) == 1:
        combined = sheets[0]
    else:
        combined = Image.new("RGB", (512 * len(sheets), 512), "white")
        for position, sheet in enumerate(sheets):
            combined.paste(sheet, (512 * position, 0))
    out = io.BytesIO()
    combined.save(out, format="PNG")
    return out.getvalue()


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _from_data_uri(provider: str, uri: str) -> bytes:
    try:
        return base64.b64decode(uri.split(",", 1)[1], validate=True)
    except (IndexError, binascii.Error, ValueError) as exc:
        raise ProviderOutputError(
            f"{provider} sent a data URI that is not base64", provider=provider
        ) from exc
