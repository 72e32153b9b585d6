"""A bound on request bodies: nothing the app takes needs more than a few kilobytes, so a larger
body is refused with 413 before it is read."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 64 * 1024


class BodySizeLimit:
    """ASGI middleware: 413 `{"error", "code": "TOO_LARGE"}` for a body over `max_bytes`, whether
    announced by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = self.max_bytes + 1
                if length > self.max_bytes:
                    await self._refuse(send)
                    return
        # Read the whole body first (it is small, or refused): an error raised while the app reads it
        # would be turned into a 400 by the framework, not the 413 it is.
        received = 0
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break
        replay = iter(messages)

        async def buffered_receive() -> Message:
            for message in replay:
                return message
            return await receive()

        await self.app(scope, buffered_receive, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            {"error": f"the request body must be at most {self.max_bytes // 1024} KB", "code": "TOO_LARGE"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
