"""A WebSocket server on 127.0.0.1 speaking OpenAI's Realtime API: it keeps every event a client
sends, answers `response.create` with what the test's `reply` says, and checks each event either way
against OpenAI's published specification."""

from __future__ import annotations

import base64
import itertools
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import ServerConnection, serve

from tests.providers.specs import check_realtime_event, realtime_event_schemas

_ids = itertools.count(1)


def event_id() -> str:
    return f"event_{next(_ids)}"


@dataclass
class Session:
    """One connection: its request line and headers, and the events the client sent, in order."""

    path: str
    headers: dict[str, str]
    events: list[dict[str, Any]] = field(default_factory=list)

    def sent(self, kind: str) -> list[dict[str, Any]]:
        return [event for event in self.events if event.get("type") == kind]

    @property
    def text(self) -> str:
        """The text of the user message the client added."""
        (item,) = self.sent("conversation.item.create")
        return str(item["item"]["content"][0]["text"])


@dataclass
class Drop:
    """Send `events`, then cut the connection without a closing handshake."""

    events: list[dict[str, Any]]


# What the server does after `response.create`: the events to send, or a Drop.
Reply = Callable[[Session], "list[dict[str, Any]] | Drop"]


def session_created(model: str) -> dict[str, Any]:
    return {
        "type": "session.created",
        "event_id": event_id(),
        "session": {
            "type": "realtime",
            "object": "realtime.session",
            "id": f"sess_{next(_ids)}",
            "model": model,
            "output_modalities": ["audio"],
            "instructions": "Your knowledge cutoff is 2024-09.",
            "audio": {
                "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "alloy", "speed": 1.0}
            },
        },
    }


def response_object(status: str, **fields: Any) -> dict[str, Any]:
    return {"object": "realtime.response", "id": "resp_001", "status": status, **fields}


def spoken(pcm: bytes, transcript: str, pieces: int = 4, usage: dict[str, Any] | None = None) -> list[Any]:
    """A successful response: `pcm` in `pieces` audio deltas, the transcript in two, then done."""
    common = {"response_id": "resp_001", "item_id": "item_001", "output_index": 0, "content_index": 0}
    step = -(-len(pcm) // pieces) // 2 * 2
    events: list[dict[str, Any]] = [
        {"type": "response.created", "event_id": event_id(), "response": response_object("in_progress")}
    ]
    half = len(transcript) // 2
    for part in (transcript[:half], transcript[half:]):
        events.append(
            {
                "type": "response.output_audio_transcript.delta",
                "event_id": event_id(),
                **common,
                "delta": part,
            }
        )
    for start in range(0, len(pcm), step):
        chunk = base64.b64encode(pcm[start : start + step]).decode()
        events.append(
            {"type": "response.output_audio.delta", "event_id": event_id(), **common, "delta": chunk}
        )
    events.append({"type": "response.output_audio.done", "event_id": event_id(), **common})
    # OpenAI's own example sends `"status_details": null` on success, which its schema (an object)
    # does not allow: left out here, and the adapter reads both.
    done = response_object("completed", usage=usage or {})
    events.append({"type": "response.done", "event_id": event_id(), "response": done})
    return events


def error_event(kind: str, code: str | None, message: str) -> dict[str, Any]:
    return {
        "type": "error",
        "event_id": event_id(),
        "error": {"type": kind, "code": code, "message": message, "param": None, "event_id": None},
    }


def failed(kind: str, code: str, message: str) -> dict[str, Any]:
    """A `response.done` whose response failed with `status_details.error`."""
    details = {"type": "failed", "error": {"type": kind, "code": code, "message": message}}
    return {
        "type": "response.done",
        "event_id": event_id(),
        "response": response_object("failed", status_details=details),
    }


class RealtimeServer:
    """Serves the Realtime API on ws://127.0.0.1:<port>/v1/realtime."""

    def __init__(self) -> None:
        self.sessions: list[Session] = []
        self.reply: Reply = lambda session: []
        # Sent at once on connecting instead of `session.created` (OpenAI's answer to a bad key).
        self.on_connect: list[dict[str, Any]] | None = None
        # An HTTP answer (status, JSON body, headers) refusing the WebSocket handshake.
        self.refuse: tuple[int, dict[str, Any], dict[str, str]] | None = None
        # Events that broke OpenAI's specification (the test fails on any, after the server stops).
        self.violations: list[str] = []
        self._lock = threading.Lock()
        (
            realtime_event_schemas("client"),
            realtime_event_schemas("server"),
        )  # read the spec before a client waits
        self.server = serve(self._handle, "127.0.0.1", 0, process_request=self._process_request)
        self.url = f"http://127.0.0.1:{self.server.socket.getsockname()[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        if self.refuse is None:
            return None
        status, body, headers = self.refuse
        answer = connection.respond(status, json.dumps(body))
        answer.headers = Headers({"Content-Type": "application/json", **headers})
        return answer

    def _handle(self, connection: ServerConnection) -> None:
        request = connection.request
        assert request is not None
        session = Session(request.path, {k.lower(): v for k, v in request.headers.raw_items()})
        with self._lock:
            self.sessions.append(session)
        model = request.path.partition("model=")[2]
        try:
            if self.on_connect is not None:
                self._send(connection, self.on_connect)
                connection.close()
                return
            created = session_created(model)
            self._send(connection, [created])
            for message in connection:
                event = json.loads(message)
                self._check(event, "client")
                session.events.append(event)
                if event["type"] == "session.update":
                    effective = {**created["session"], **event["session"]}
                    updated = {"type": "session.updated", "event_id": event_id(), "session": effective}
                    self._send(connection, [updated])
                if event["type"] == "response.create":
                    answer = self.reply(session)
                    if isinstance(answer, Drop):
                        self._send(connection, answer.events)
                        connection.socket.close()
                        return
                    self._send(connection, answer)
        except ConnectionClosed:
            return

    def _send(self, connection: ServerConnection, events: list[dict[str, Any]]) -> None:
        for event in events:
            self._check(event, "server")
            connection.send(json.dumps(event))

    def _check(self, event: dict[str, Any], sender: str) -> None:
        try:
            check_realtime_event(event, sender)
        except Exception as exc:
            self.violations.append(f"{sender} {event.get('type')}: {exc}")

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()


def running() -> Iterator[RealtimeServer]:
    server = RealtimeServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
