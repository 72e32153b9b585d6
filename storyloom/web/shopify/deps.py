"""What the Shopify routes share: templates, the check that the app is configured, and the answer
to a request that failed Shopify's verification (the runtime and the rest: storyloom.web.deps)."""

from __future__ import annotations

from pathlib import Path

from fastapi import HTTPException
from fastapi.responses import PlainTextResponse

from storyloom.shopify.auth import InvalidRequestError
from storyloom.web.deps import RuntimeDep
from storyloom.web.i18n import localized_templates

# The storefront builder shares the appearance builder's macros with the site's own pages.
TEMPLATE_DIRECTORIES = (Path(__file__).with_name("templates"), Path(__file__).parents[1] / "templates")
templates = localized_templates(*TEMPLATE_DIRECTORIES)


def require_shopify(runtime: RuntimeDep) -> None:
    """Answer 503 on every Shopify route while the app has no key and secret to verify requests with."""
    settings = runtime.settings.shopify
    if not settings.api_key or not settings.api_secret.get_secret_value():
        raise HTTPException(503, "Shopify is not configured: set SHOPIFY_API_KEY and SHOPIFY_API_SECRET")


def refusal(error: InvalidRequestError) -> PlainTextResponse:
    """The answer to an unverified request: its status, its headers, and no detail."""
    body = "Unauthorized" if error.status == 401 else "Bad Request"
    return PlainTextResponse(body, status_code=error.status, headers=error.headers)
