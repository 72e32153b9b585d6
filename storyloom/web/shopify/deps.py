"""What the Shopify routes share: the runtime, templates, the check that the app is configured, and
the answer to a request that failed Shopify's verification."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, HTTPException, Request
from fastapi.responses import PlainTextResponse

from storyloom.runtime import Runtime, get_runtime
from storyloom.shopify.auth import InvalidRequestError
from storyloom.web.i18n import localized_templates

# The storefront builder shares the appearance builder's macros with the site's own pages.
TEMPLATE_DIRECTORIES = (Path(__file__).with_name("templates"), Path(__file__).parents[1] / "templates")
templates = localized_templates(*TEMPLATE_DIRECTORIES)


def runtime_dependency(request: Request) -> Runtime:
    """The app's runtime (`app.state.runtime`), else the process's own."""
    runtime = getattr(request.app.state, "runtime", None)
    return runtime if isinstance(runtime, Runtime) else get_runtime()


def require_shopify(runtime: Runtime = Depends(runtime_dependency)) -> None:
    """Answer 503 on every Shopify route while the app has no key and secret to verify requests with."""
    settings = runtime.settings.shopify
    if not settings.api_key or not settings.api_secret.get_secret_value():
        raise HTTPException(503, "Shopify is not configured: set SHOPIFY_API_KEY and SHOPIFY_API_SECRET")


def refusal(error: InvalidRequestError) -> PlainTextResponse:
    """The answer to an unverified request: its status, its headers, and no detail."""
    body = "Unauthorized" if error.status == 401 else "Bad Request"
    return PlainTextResponse(body, status_code=error.status, headers=error.headers)
