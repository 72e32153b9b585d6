"""Every request an HTTP adapter sends in its tests, and every successful JSON answer the test servers
give, checked against the provider's published OpenAPI specification in `../shared/providers/`, so a
wrong field fails here and not for a merchant. Multipart bodies are checked part by part against the
operation's schema."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.schemas import oas31_schema_validators_factory

from storyloom.devtools.local_server import Received

SHARED = Path(__file__).parents[2] / ".." / "shared" / "providers"
SPECS = {
    "openai": ("openai-openapi.yaml", "https://api.openai.com"),
    "elevenlabs": ("elevenlabs-openapi.json", "https://api.elevenlabs.io"),
    "replicate": ("replicate-openapi.json", "https://api.replicate.com"),
}
OPENAI_PREFIXES = ("/v1/images/", "/v1/audio/", "/v1/chat/", "/v1/moderations")
REPLICATE_PREFIXES = ("/v1/predictions", "/v1/account", "/v1/webhooks/", "/v1/deployments", "/v1/files")


@functools.cache
def spec(name: str) -> OpenAPI:
    """The provider's specification, read once per test session. Its own strict self-check is off (the
    published files carry harmless slips such as repeated `required` names), and a 3.1 file's 3.0-style
    `nullable: true` is read as allowing null: Replicate's live API sends `"error": null`; OpenAI's
    `discriminator` mappings, which name schemas the file does not have, are left out."""
    path = SHARED / SPECS[name][0]
    document = json.loads(path.read_text()) if path.suffix == ".json" else yaml.safe_load(path.read_text())
    if str(document.get("openapi", "")).startswith("3.1"):
        _allow_null(document)
    return OpenAPI.from_dict(document, config=Config(spec_validator_cls=None))


def _allow_null(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("nullable") is True and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        # OpenAI's discriminator mappings name schemas that do not exist; `oneOf` still checks the shape.
        node.pop("discriminator", None)
        for value in node.values():
            _allow_null(value)
    elif isinstance(node, list):
        for value in node:
            _allow_null(value)


def spec_for(method: str, path: str, headers: dict[str, str]) -> str | None:
    """Which provider's API a captured request speaks, or None for ones without a spec here
    (Google, Stability, self-hosted servers, file downloads)."""
    path = path.split("?")[0]
    if "xi-api-key" in headers:
        return "elevenlabs"
    if path.startswith(OPENAI_PREFIXES):
        return "openai"
    if path.startswith(REPLICATE_PREFIXES):
        return "replicate"
    if path.startswith("/v1/models/") and "x-api-key" not in headers and "x-goog-api-key" not in headers:
        return "replicate" if path.count("/") >= 4 else "openai"
    return None


def check_request(name: str, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
    """Raise if the request breaks the provider's specification."""
    path, _, query = path.partition("?")
    content_type = headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        _check_multipart(name, method, path, content_type, body)
        return
    request = MockRequest(
        SPECS[name][1],
        method.lower(),
        path,
        args={key: values[0] for key, values in parse_qs(query).items()},
        data=body or None,
        headers=headers,
        content_type=content_type.split(";")[0] or "application/json",
    )
    spec(name).validate_request(request)


def check_answer(
    name: str, method: str, path: str, headers: dict[str, str], body: bytes, status: int, answer: bytes
) -> None:
    """Raise if a successful JSON answer breaks the provider's specification."""
    path, _, query = path.partition("?")
    request = MockRequest(
        SPECS[name][1],
        method.lower(),
        path,
        args={key: values[0] for key, values in parse_qs(query).items()},
        data=body or None,
        headers=headers,
        content_type=headers.get("content-type", "application/json").split(";")[0],
    )
    response = MockResponse(answer, status_code=status, content_type="application/json")
    spec(name).validate_response(request, response)


def is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def _check_multipart(name: str, method: str, path: str, content_type: str, body: bytes) -> None:
    prefix = "/v1" if name in ("openai", "replicate") else ""
    operation = spec(name).spec / "paths" / path.removeprefix(prefix) / method.lower()
    schema = operation / "requestBody" / "content" / "multipart/form-data" / "schema"
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    values: dict[str, Any] = {}
    with schema.open() as raw:
        properties = raw.get("properties", {})
    for part in message.iter_parts():
        field = str(part.get_param("name", header="content-disposition"))
        key = field.removesuffix("[]")
        value: Any = "<file>" if part.get_filename() else part.get_content()
        declared = (properties.get(key) or {}).get("type", "")
        kinds = declared if isinstance(declared, list) else [declared]
        if "integer" in kinds:
            value = int(value)
        elif "number" in kinds:
            value = float(value)
        if field.endswith("[]") or key in values:
            previous = values.get(key)
            values[key] = [
                *(previous if isinstance(previous, list) else [previous] if previous else []),
                value,
            ]
        else:
            values[key] = value
    oas31_schema_validators_factory.create(spec(name).spec, schema).validate(values)


def check_served(
    received: Sequence[Received], answers: Sequence[tuple[int, bytes]], check_answers: bool = True
) -> int:
    """`check_exchanges` over what a fake server received and answered, pair by pair."""
    exchanges = [
        (r.method, r.path, r.headers, r.body, status, answer)
        for r, (status, answer) in zip(received, answers, strict=False)
    ]
    return check_exchanges(exchanges, answers=check_answers)


def check_exchanges(
    exchanges: list[tuple[str, str, dict[str, str], bytes, int, bytes]], answers: bool = True
) -> int:
    """Check each (method, path, headers, body, status, answer) a test server saw against its
    provider's specification; `answers` False skips the answers (a test of a deliberately broken one).
    Returns how many requests had a specification to be checked against."""
    checked = 0
    for method, path, headers, body, status, answer in exchanges:
        name = spec_for(method, path, headers)
        if name is None:
            continue
        checked += 1
        check_request(name, method, path, headers, body)
        if answers and 200 <= status < 300 and answer and is_json(answer):
            check_answer(name, method, path, headers, body, status, answer)
    return checked


def check_realtime_event(event: dict[str, Any], sender: str) -> None:
    """Raise if a Realtime API event breaks OpenAI's specification: `sender` "client" for what an
    adapter sends, "server" for what a test server answers. The event's `type` picks its schema among
    `RealtimeClientEvent`'s (or `RealtimeServerEvent`'s); an unknown type fails too."""
    schemas = spec("openai").spec / "components" / "schemas"
    schema = schemas / realtime_event_schemas(sender)[event.get("type")]
    oas31_schema_validators_factory.create(spec("openai").spec, schema).validate(event)


@functools.cache
def realtime_event_schemas(sender: str) -> dict[str, str]:
    """Event type -> schema name for every event `sender` ("client" or "server") may send."""
    schemas = spec("openai").spec / "components" / "schemas"
    with (schemas / f"Realtime{sender.title()}Event").open() as union:
        names = [str(ref["$ref"]).rsplit("/", 1)[-1] for ref in union["anyOf"]]
    found: dict[str, str] = {}
    for name in names:
        with (schemas / name).open() as raw:
            for kind in raw["properties"]["type"].get("enum", []):
                found[kind] = name
    return found
