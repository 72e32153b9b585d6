"""What the Shopify routes share: the process's runtime, templates, and the answer to a request that
failed Shopify's verification."""

from __future__ import annotations

from pathlib import Path

from fastapi.responses import PlainTextResponse
from fastapi.templating import Jinja2Templates

from storyloom.runtime import Runtime, get_runtime
from storyloom.shopify.auth import InvalidRequestError

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


def runtime_dependency() -> Runtime:
    """The process's runtime (tests install their own with `set_runtime`)."""
    return get_runtime()


def refusal(error: InvalidRequestError) -> PlainTextResponse:
    """The answer to an unverified request: its status, its headers, and no detail."""
    body = "Unauthorized" if error.status == 401 else "Bad Request"
    return PlainTextResponse(body, status_code=error.status, headers=error.headers)
