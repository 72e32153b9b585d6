"""How errors reach clients: `{"error": message, "code": code}` with the error's status; input errors
name the field and the rule; anything unexpected is a 500 "Internal server error", logged.

A person's browser asking for a page (not under /api/) gets the same message as an HTML page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyloom.errors import ClientFacingError, ProviderError, RateLimitedError, StorageError
from storyloom.web.i18n import localized_templates
from storyloom.web.input_errors import describe_validation_errors, input_error_message, visitor_gettext

log = structlog.get_logger(__name__)
templates = localized_templates(Path(__file__).with_name("templates"))

HTTP_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    413: "TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
}


def _validation_message(problems: list[dict[str, str]], translated: bool) -> str:
    parts = []
    for problem in problems:
        message = problem["message"]
        named = translated or message.startswith(problem["field"])
        parts.append(message if named else f"{problem['field']}: {message}")
    return "; ".join(parts)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def error_response(
    request: Request, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> Response:
    """The error as JSON, or as a page for a browser navigating the app's pages."""
    if _wants_html(request):
        return templates.TemplateResponse(
            request,
            "error.html",
            {"message": body["error"], "status": status},
            status_code=status,
            headers=headers,
        )
    return JSONResponse(body, status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ClientFacingError)
    async def story_error(request: Request, exc: ClientFacingError) -> Response:
        body: dict[str, Any] = {"error": input_error_message(exc, visitor_gettext(request)), "code": exc.code}
        if exc.field:
            body["field"] = exc.field
        headers = None
        if isinstance(exc, RateLimitedError):
            body["limit"] = exc.limit
            headers = {"Retry-After": str(exc.retry_after)}
        return error_response(request, exc.status, body, headers)

    @app.exception_handler(ProviderError)
    async def provider_error(request: Request, exc: ProviderError) -> Response:
        log.warning("provider call failed in a request", provider=exc.provider, code=exc.code)
        status = 503 if exc.retryable else 502
        headers = {"Retry-After": "30"} if exc.retryable else None
        return error_response(request, status, {"error": exc.message, "code": exc.code}, headers)

    @app.exception_handler(StorageError)
    async def storage_error(request: Request, exc: StorageError) -> Response:
        if exc.code == "NOT_FOUND":
            return error_response(
                request, 404, {"error": "that file does not exist (yet)", "code": "NOT_FOUND"}
            )
        log.error("storage failed", error=exc.message)
        return error_response(request, 503, {"error": "the file store is unavailable", "code": exc.code})

    @app.exception_handler(RequestValidationError)
    async def invalid_input(request: Request, exc: RequestValidationError) -> Response:
        gettext = visitor_gettext(request)
        problems = describe_validation_errors(list(exc.errors()), gettext)
        return error_response(
            request,
            422,
            {
                "error": _validation_message(problems, gettext is not None),
                "code": "INVALID_INPUT",
                "fields": problems,
            },
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = HTTP_CODES.get(exc.status_code, "HTTP_ERROR")
        return error_response(
            request,
            exc.status_code,
            {"error": str(exc.detail), "code": code},
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error", path=request.url.path, method=request.method)
        return error_response(request, 500, {"error": "Internal server error"})
