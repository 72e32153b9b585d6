"""OpenAI speech through the Realtime API: the successor of `/v1/audio/speech` for narration.

OpenAI shuts `gpt-4o-mini-tts`, `tts-1` and `tts-1-hd` down on 2027-01-06 and names
`gpt-realtime-2.1-mini` as their replacement, a model served only on the Realtime API (WebSocket,
WebRTC or SIP), not on `/v1/audio/speech` (developers.openai.com/api/docs/deprecations and
/api/docs/models/gpt-realtime-2.1-mini, read 2026-11-30).

The wire format follows OpenAI's GA Realtime API as published in `openai/openai-openapi` (commit
f85dbe22, 2026-08-21; `../shared/providers/openai-openapi.yaml`, schemas `RealtimeClientEvent*` and
`RealtimeServerEvent*`) and the Realtime conversations guide (read 2026-11-30): connect to
`wss://api.openai.com/v1/realtime?model=…` with the key as a bearer token; the server says
`session.created`; the client sends `session.update` (`type: realtime`, `output_modalities: ["audio"]`,
`audio.output.format` 24 kHz `audio/pcm`, `audio.output.voice`, `audio.output.speed`,
`instructions`), `conversation.item.create` (a user message with `input_text`) and `response.create`;
the server streams `response.output_audio.delta` (base64 PCM) and
`response.output_audio_transcript.delta`, and ends with `response.done` (its `status`,
`status_details.error` and `usage`). Failures come as `error` events (a bad key among them: the
handshake itself succeeds) or as an HTTP status refusing the handshake.

The socket is driven with `websockets` directly: the `openai` SDK's realtime client has no read
timeout (its `recv` blocks until the server speaks), and every network call here must have one.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from storyloom.errors import (
    ContentPolicyError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderConnectionError,
    ProviderError,
    ProviderRateLimitError,
    ProviderServerError,
    ProviderTimeoutError,
)
from storyloom.providers.base import POLICY_MARKERS, error_for_status, is_out_of_credit, quota_error

SAMPLE_RATE = 24000
# USD per million tokens: (text input, cached text input, text output, audio output), from the model
# pages on developers.openai.com (read 2026-11-30).
PRICES_PER_MILLION: dict[str, tuple[float, float, float, float]] = {
    "gpt-realtime-2.1-mini": (0.60, 0.06, 2.40, 20.00),
    "gpt-realtime-mini": (0.60, 0.06, 2.40, 20.00),
    "gpt-realtime-1.5": (4.00, 0.40, 16.00, 64.00),
}
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
}
MIN_SPEED, MAX_SPEED = 0.25, 1.5
AUTH_CODES = frozenset({"invalid_api_key", "invalid_authentication", "authentication_error", "unauthorized"})
RATE_CODES = frozenset({"rate_limit_exceeded", "rate_limit_error", "requests", "tokens"})
_TRY_AGAIN = re.compile(r"try again in ([0-9.]+)\s*(ms|s)\b", re.IGNORECASE)


def instructions(language: str) -> str:
    """The session's instructions: read the user's text aloud exactly, in the book's language."""
    name = LANGUAGE_NAMES.get(language, language)
    return (
        "You are the narrator of a children's picture book. Read the user's text aloud exactly as "
        f"written, word for word, in {name}: add nothing, leave nothing out, do not answer it, "
        "translate it or comment on it. Voice: warm, gentle, unhurried, clearly articulated, for a "
        "young child."
    )


def cost_usd(model: str, usage: dict[str, Any]) -> float:
    """What OpenAI charges for one response's `usage` (the `response.done` object's) with `model`."""
    text_in, cached_in, text_out, audio_out = PRICES_PER_MILLION.get(
        model, PRICES_PER_MILLION["gpt-realtime-2.1-mini"]
    )
    inputs = usage.get("input_token_details") or {}
    outputs = usage.get("output_token_details") or {}
    cached = int(inputs.get("cached_tokens") or 0)
    text_tokens = int(inputs.get("text_tokens") or usage.get("input_tokens") or 0)
    spoken = int(outputs.get("audio_tokens") or 0)
    written = int(outputs.get("text_tokens") or 0)
    total = (
        max(0, text_tokens - cached) * text_in + cached * cached_in + written * text_out + spoken * audio_out
    )
    return total / 1e6


@dataclass
class Spoken:
    """One response's speech: 24 kHz 16-bit mono PCM, what the model says it said, and its usage."""

    pcm: bytes
    transcript: str
    usage: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RealtimeSpeaker:
    """Speaks text through one Realtime session per call."""

    provider: str
    key: str
    base_url: str
    model: str
    timeout: float

    @property
    def url(self) -> str:
        """The session's WebSocket address: the API base with ws(s) and `/realtime?model=`."""
        base = (self.base_url or "https://api.openai.com/v1").rstrip("/")
        scheme, _, rest = base.partition("://")
        socket_scheme = {"http": "ws", "https": "wss"}.get(scheme, scheme)
        return f"{socket_scheme}://{rest}/realtime?model={self.model}"

    def session_update(self, voice: str, speed: float, language: str) -> dict[str, Any]:
        return {
            "type": "session.update",
            "session": {
                "type": "realtime",
                "output_modalities": ["audio"],
                "instructions": instructions(language),
                "audio": {
                    "output": {
                        "format": {"type": "audio/pcm", "rate": SAMPLE_RATE},
                        "voice": voice,
                        "speed": round(max(MIN_SPEED, min(MAX_SPEED, speed)), 2),
                    }
                },
            },
        }

    def speak(self, text: str, voice: str, speed: float, language: str) -> Spoken:
        """Say `text`; raises the error-tree exception for every failure (the key never in it)."""
        events = [
            self.session_update(voice, speed, language),
            {
                "type": "conversation.item.create",
                "item": {
                    "type": "message",
                    "role": "user",
                    "content": [{"type": "input_text", "text": text}],
                },
            },
            {"type": "response.create"},
        ]
        try:
            with self._open() as socket:
                try:
                    for event in events:
                        socket.send(json.dumps(event))
                except ConnectionClosed:
                    pass  # OpenAI says why (a bad key) before it closes: read on to find out
                return self._collect(socket)
        except TimeoutError as exc:
            raise ProviderTimeoutError(
                f"{self.provider} did not answer in time", provider=self.provider
            ) from exc
        except ConnectionClosed as exc:
            raise ProviderConnectionError(
                f"the connection to {self.provider} closed before the speech was complete",
                provider=self.provider,
            ) from exc
        except (OSError, InvalidHandshake) as exc:
            raise ProviderConnectionError(
                f"could not reach {self.provider}: {type(exc).__name__}", provider=self.provider
            ) from exc

    def _open(self) -> ClientConnection:
        try:
            return connect(
                self.url,
                additional_headers={"Authorization": f"Bearer {self.key}"},
                open_timeout=self.timeout,
                close_timeout=min(2.0, self.timeout),
                max_size=None,
            )
        except InvalidStatus as exc:
            answer = exc.response
            headers = list(answer.headers.raw_items())
            body = bytes(answer.body or b"")
            response = httpx.Response(answer.status_code, headers=headers, content=body)
            raise error_for_status(self.provider, response) from exc

    def _collect(self, socket: ClientConnection) -> Spoken:
        audio = bytearray()
        transcript: list[str] = []
        while True:
            event = json.loads(socket.recv(timeout=self.timeout))
            kind = event.get("type")
            if kind == "response.output_audio.delta":
                audio.extend(base64.b64decode(event.get("delta") or ""))
            elif kind == "response.output_audio_transcript.delta":
                transcript.append(str(event.get("delta") or ""))
            elif kind == "error":
                raise realtime_error(self.provider, event.get("error") or {})
            elif kind == "response.done":
                response = event.get("response") or {}
                failed = response_failure(self.provider, response)
                if failed is not None:
                    raise failed
                said = "".join(transcript) or final_transcript(response)
                return Spoken(bytes(audio), said, response.get("usage") or {})


def realtime_error(provider: str, error: dict[str, Any]) -> ProviderError:
    """The error-tree exception for a Realtime `error` object (an `error` event's, or a failed
    response's `status_details.error`). Out of credit is terminal with what to do; rate limits and
    server errors are retryable; a refused key names no part of it."""
    code = str(error.get("code") or "")
    kind = str(error.get("type") or "")
    message = str(error.get("message") or code or kind)[:300]
    if is_out_of_credit(0, {"error": error}):
        return quota_error(provider, None, message)
    if code in AUTH_CODES or kind in AUTH_CODES:
        return ProviderAuthError(
            f"{provider} refused the credentials ({code or kind}); check OPENAI_API_KEY", provider=provider
        )
    if code in RATE_CODES or kind in RATE_CODES:
        return ProviderRateLimitError(
            f"{provider} is rate limiting requests: {message}",
            provider=provider,
            retry_after=_retry_after(message),
        )
    if kind in ("server_error", "api_error") or code in ("server_error", "internal_error"):
        return ProviderServerError(f"{provider} had a server error: {message}", provider=provider)
    lowered = f"{code} {kind} {message}".lower()
    if any(marker in lowered for marker in POLICY_MARKERS):
        return ContentPolicyError(
            f"{provider} refused the content under its content policy: {message}", provider=provider
        )
    return ProviderBadRequestError(f"{provider} rejected the request: {message}", provider=provider)


def final_transcript(response: dict[str, Any]) -> str:
    """The transcripts of a finished response's `output_audio` parts (its audio data left out)."""
    parts = [
        str(part.get("transcript") or "")
        for item in response.get("output") or []
        if isinstance(item, dict)
        for part in item.get("content") or []
        if isinstance(part, dict)
    ]
    return " ".join(part for part in parts if part)


def response_failure(provider: str, response: dict[str, Any]) -> ProviderError | None:
    """The error a finished response stands for, or None when it `completed`."""
    status = response.get("status")
    if status == "completed":
        return None
    details = response.get("status_details") or {}
    if status == "failed":
        error = details.get("error") or {}
        if error:
            return realtime_error(provider, error)
        return ProviderServerError(f"{provider} failed the response", provider=provider)
    reason = str(details.get("reason") or status)
    if reason == "content_filter":
        return ContentPolicyError(
            f"{provider} stopped the speech under its content policy", provider=provider
        )
    return ProviderServerError(f"{provider} ended the speech early ({reason})", provider=provider)


def _retry_after(message: str) -> float | None:
    match = _TRY_AGAIN.search(message)
    if match is None:
        return None
    value = float(match.group(1))
    return value / 1000 if match.group(2).lower() == "ms" else value
