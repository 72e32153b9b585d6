"""The pages people see. `templates` renders them; each module holds the routes of one page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from storyloom.runtime import Runtime
from storyloom.story.params import (
    AGE_GROUP_LABELS,
    GENRES,
    LANGUAGE_NAMES,
    MAX_CHARACTERS,
    MAX_PAGES,
    MIN_PAGES,
    STYLE_LABELS,
)
from storyloom.web.i18n import localized_templates

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; media-src 'self'; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'"
)

templates = localized_templates(Path(__file__).parent.parent / "templates")


def choices(runtime: Runtime) -> dict[str, Any]:
    """The options the form and the library's filters offer (only English unless multi-language)."""
    languages = (
        LANGUAGE_NAMES if runtime.settings.limits.enable_multi_language else {"en": LANGUAGE_NAMES["en"]}
    )
    return {
        "age_groups": AGE_GROUP_LABELS,
        "genres": GENRES,
        "languages": languages,
        "styles": STYLE_LABELS,
        "min_pages": MIN_PAGES,
        "max_pages": MAX_PAGES,
        "max_characters": MAX_CHARACTERS,
    }


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from `template`, with security headers every page carries."""
    response = templates.TemplateResponse(request, template, context, status_code=status_code)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response
