"""A local stand-in for Replicate's prediction API: predictions that finish when told (or after a
delay), polled with GET, cancelled with POST, files served from the same host, and signed webhook
callbacks POSTed to the URL each prediction was created with, in Replicate's wire format."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from PIL import Image

from storyloom.devtools.local_server import Answer, LocalServer, Received

SECRET = "whsec_" + base64.b64encode(b"replicate-test-signing-key-0123").decode()


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The Standard Webhooks signature header Replicate sends."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def picture(colour: tuple[int, int, int] = (90, 160, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, format="PNG")
    return out.getvalue()


@dataclass
class Prediction:
    id: str
    input: dict[str, Any]
    webhook: str | None
    status: str = "starting"
    error: str | None = None
    created_at: float = field(default_factory=time.time)

    def body(self, base_url: str) -> dict[str, Any]:
        done = self.status == "succeeded"
        return {
            "id": self.id,
            "model": "black-forest-labs/flux-schnell",
            "version": "dp-4d0bcc010b3049749a251855f12800be",
            "input": self.input,
            "logs": "",
            "output": [f"{base_url}/files/{self.id}.png"] if done else None,
            "error": self.error,
            "status": self.status,
            "created_at": "2026-11-25T18:00:00.000Z",
            "urls": {
                "get": f"{base_url}/v1/predictions/{self.id}",
                "cancel": f"{base_url}/v1/predictions/{self.id}/cancel",
            },
            "metrics": {"predict_time": 0.8} if done else {},
        }


class FakeReplicate:
    """Serve with `start()`; `finish(id)` ends a prediction and calls its webhook (if any)."""

    def __init__(self, *, finish_after: float | None = None, send_callbacks: bool = True) -> None:
        self.finish_after = finish_after
        self.send_callbacks = send_callbacks
        self.predictions: dict[str, Prediction] = {}
        self.requests: list[tuple[str, str]] = []
        self.callback_answers: list[int] = []
        self.finished_at: dict[str, float] = {}  # prediction id -> time.time() it ended
        self.lock = threading.Lock()
        self.url = ""
        self._server: LocalServer | None = None

    # -- what tests look at ------------------------------------------------------------------
    def count(self, method: str, prefix: str) -> int:
        with self.lock:
            return sum(1 for m, path in self.requests if m == method and path.startswith(prefix))

    @property
    def created(self) -> int:
        return self.count("POST", "/v1/models/")

    # -- driving predictions -----------------------------------------------------------------
    def finish(self, prediction_id: str, status: str = "succeeded", error: str | None = None) -> None:
        with self.lock:
            prediction = self.predictions[prediction_id]
            prediction.status = status
            prediction.error = error
            self.finished_at[prediction_id] = time.time()
        if prediction.webhook and self.send_callbacks:
            self.callback_answers.append(self.deliver(prediction_id).status_code)

    def signed_callback(self, prediction_id: str, *, secret: str = SECRET) -> tuple[dict[str, str], bytes]:
        body = json.dumps(self.predictions[prediction_id].body(self.url)).encode()
        message_id, timestamp = f"msg_{secrets.token_hex(8)}", int(time.time())
        headers = {
            "content-type": "application/json",
            "webhook-id": message_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(secret, message_id, timestamp, body),
        }
        return headers, body

    def deliver(self, prediction_id: str) -> httpx.Response:
        webhook = self.predictions[prediction_id].webhook
        assert webhook is not None
        headers, body = self.signed_callback(prediction_id)
        return httpx.post(webhook, content=body, headers=headers, timeout=10)

    # -- the server --------------------------------------------------------------------------
    def start(self) -> None:
        self._server = LocalServer(self.respond).start()
        self.url = self._server.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()

    def respond(self, request: Received) -> Answer:
        """Replicate's HTTP API as the adapter uses it: create, read and cancel a prediction, and
        the files a finished one points at."""
        with self.lock:
            self.requests.append((request.method, request.path))
        path = request.path
        if request.method == "GET":
            if path.startswith("/files/"):
                return Answer(200, picture(), [("content-type", "image/png")])
            if request.headers.get("authorization") != "Bearer r8_test_token":
                return _json(401, {"title": "Unauthenticated", "detail": "Invalid token", "status": 401})
            prediction = self.predictions.get(path.rsplit("/", 1)[-1])
            if path.startswith("/v1/predictions/") and prediction is not None:
                return _json(200, prediction.body(self.url))
        elif path.startswith("/v1/models/") and path.endswith("/predictions"):
            return _json(201, self._create(json.loads(request.body or b"{}")).body(self.url))
        elif path.startswith("/v1/predictions/") and path.endswith("/cancel"):
            prediction = self.predictions[path.split("/")[3]]
            prediction.status = "canceled"
            return _json(200, prediction.body(self.url))
        return _json(404, {"title": "Not found", "detail": "Not found", "status": 404})

    def _create(self, body: dict[str, Any]) -> Prediction:
        prediction = Prediction(
            id=secrets.token_hex(10), input=body.get("input", {}), webhook=body.get("webhook")
        )
        with self.lock:
            self.predictions[prediction.id] = prediction
        if self.finish_after is not None:
            timer = threading.Timer(self.finish_after, self.finish, args=(prediction.id,))
            timer.daemon = True
            timer.start()
        return prediction


def _json(status: int, body: dict[str, Any]) -> Answer:
    return Answer(status, json.dumps(body).encode(), [("content-type", "application/json")])
