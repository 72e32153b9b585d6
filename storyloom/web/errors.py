"""How errors reach clients: `{"error": message, "code": code}` with the error's status; input errors
name the field and the rule; anything unexpected is a 500 "Internal server error", logged."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyloom.errors import StoryGenerationError

log = structlog.get_logger(__name__)


def describe_validation_errors(errors: list[Any]) -> list[dict[str, str]]:
    """One {field, message} per problem, with the field as the form and the API name it."""
    problems = []
    for error in errors:
        location = [
            str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path", "form")
        ]
        field = ".".join(location) or "request"
        message = str(error.get("msg", "is invalid")).removeprefix("Value error, ")
        problems.append({"field": field, "message": message})
    return problems


def _validation_message(problems: list[dict[str, str]]) -> str:
    parts = []
    for problem in problems:
        message = problem["message"]
        parts.append(message if message.startswith(problem["field"]) else f"{problem['field']}: {message}")
    return "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StoryGenerationError)
    async def story_error(request: Request, exc: StoryGenerationError) -> JSONResponse:
        body: dict[str, Any] = {"error": exc.message, "code": exc.code}
        if exc.field:
            body["field"] = exc.field
        return JSONResponse(body, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid_input(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = describe_validation_errors(list(exc.errors()))
        return JSONResponse(
            {"error": _validation_message(problems), "code": "INVALID_INPUT", "fields": problems},
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 401: "UNAUTHORIZED"}.get(
            exc.status_code, "HTTP_ERROR"
        )
        return JSONResponse(
            {"error": str(exc.detail), "code": code},
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", path=request.url.path, method=request.method)
        return JSONResponse({"error": "Internal server error"}, status_code=500)
