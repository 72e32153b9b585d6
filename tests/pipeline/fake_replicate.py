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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from PIL import Image

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
        self._server: ThreadingHTTPServer | None = None

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
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

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


def _handler(api: FakeReplicate) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def _reply(self, status: int, payload: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _json(self, status: int, body: dict[str, Any]) -> None:
            self._reply(status, json.dumps(body).encode())

        def do_GET(self) -> None:
            with api.lock:
                api.requests.append(("GET", self.path))
            if self.path.startswith("/files/"):
                self._reply(200, picture(), "image/png")
                return
            if self.headers.get("authorization") != "Bearer r8_test_token":
                self._json(401, {"title": "Unauthenticated", "detail": "Invalid token", "status": 401})
                return
            prediction = api.predictions.get(self.path.rsplit("/", 1)[-1])
            if self.path.startswith("/v1/predictions/") and prediction is not None:
                self._json(200, prediction.body(api.url))
            else:
                self._json(404, {"title": "Not found", "detail": "Not found", "status": 404})

        def do_POST(self) -> None:
            with api.lock:
                api.requests.append(("POST", self.path))
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if self.path.startswith("/v1/models/") and self.path.endswith("/predictions"):
                self._json(201, api._create(body).body(api.url))
            elif self.path.startswith("/v1/predictions/") and self.path.endswith("/cancel"):
                prediction = api.predictions[self.path.split("/")[3]]
                prediction.status = "canceled"
                self._json(200, prediction.body(api.url))
            else:
                self._json(404, {"title": "Not found", "detail": "Not found", "status": 404})

    return Handler
