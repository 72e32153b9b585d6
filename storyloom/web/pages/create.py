"""The creation form (`/stories/new`): every parameter of a book, checked field by field."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from storyloom.books.service import BookService
from storyloom.errors import InvalidInputError
from storyloom.pipeline.admission import admit
from storyloom.pipeline.orchestrator import Owner
from storyloom.runtime import Runtime
from storyloom.story.params import DEFAULT_PAGES, MAX_CHARACTERS, Appearance, StoryParams
from storyloom.web.clients import client_identity, request_identities
from storyloom.web.deps import RuntimeDep, SubmittedForm, check_csrf, csrf_token, session_id
from storyloom.web.i18n import request_language
from storyloom.web.input_errors import (
    Gettext,
    describe_validation_errors,
    input_error_message,
    visitor_gettext,
)
from storyloom.web.pages import appearance, choices, render

router = APIRouter(include_in_schema=False)

CHARACTER_FIELDS = ("name", "kind", "traits", "look")
FORM_FIELDS = (
    "child_name",
    "pronouns",
    "age_group",
    "genre",
    "language",
    "moral_lesson",
    "setting",
    "page_count",
    "dedication",
    "illustration_style",
    "narration_rate",
    "narration_voice",
)
MAX_FIELD_LENGTH = 400
DEFAULTS = {
    "page_count": str(DEFAULT_PAGES),
    "age_group": "3-5",
    "genre": "adventure",
    "language": "en",
    "illustration_style": "watercolour",
    "pronouns": "they/them",
    "narration_rate": "0.85",
}


@router.get("/")
async def home() -> RedirectResponse:
    return RedirectResponse("/stories/new", status_code=307)


# Fields the form shows a message beside; any other problem is told in the summary at the top.
PLACED_FIELDS = {
    "age_group", "characters", "child_name", "dedication", "genre", "illustration_style", "language",
    "moral_lesson", "narration_rate", "narration_voice", "page_count", "pronouns", "setting",
}  # fmt: skip
_CHARACTER_FIELD = re.compile(
    rf"^(character-\d+-|{appearance.HERO_PREFIX})(name|kind|traits|look|{'|'.join(appearance.APPEARANCE_FIELDS)})$"
)


def _with_unplaced_in_summary(errors: dict[str, str], named: bool) -> dict[str, str]:
    """`named`: the messages name their field already (in the visitor's language)."""
    unplaced = [
        message if named else f"{field}: {message}"
        for field, message in errors.items()
        if field != "form" and field not in PLACED_FIELDS and not _CHARACTER_FIELD.match(field)
    ]
    if unplaced:
        errors = {**errors, "form": " ".join(filter(None, [errors.get("form", ""), *unplaced]))}
    return errors


def _form_page(
    request: Request, runtime: Runtime, values: dict[str, str], errors: dict[str, str], status: int = 200
) -> HTMLResponse:
    errors = _with_unplaced_in_summary(errors, visitor_gettext(request) is not None)
    return render(
        request,
        "new.html",
        status_code=status,
        values=values,
        errors=errors,
        field_errors=errors,
        csrf=csrf_token(request),
        palettes=appearance.palettes(),
        appearance_fields=appearance.APPEARANCE_FIELDS,
        preview_src=f"{appearance.PREVIEW_PATH}?{appearance.preview_query(values)}",
        **choices(runtime),
    )


@router.get("/stories/new")
async def new_story(request: Request, runtime: RuntimeDep) -> HTMLResponse:
    """The empty form, with sensible defaults (the book in the visitor's language, when offered)."""
    language = request_language(request)
    offered = language in choices(runtime)["languages"]
    return _form_page(request, runtime, {**DEFAULTS, "language": language if offered else "en"}, {})


def form_to_params(form: dict[str, str]) -> dict[str, Any]:
    """The form's flat fields as StoryParams input (characters from character-N-field inputs)."""
    data: dict[str, Any] = {key: form[key] for key in FORM_FIELDS if form.get(key, "") != ""}
    for required in ("child_name", "moral_lesson"):
        data.setdefault(required, form.get(required, ""))
    characters = []
    for number in range(1, MAX_CHARACTERS + 1):
        fields = {f: form.get(f"character-{number}-{f}", "").strip() for f in CHARACTER_FIELDS}
        look = appearance.appearance_from_form(form, f"character-{number}-")
        if any(fields.values()) or look:
            character: dict[str, Any] = {k: v for k, v in fields.items() if v or k == "name"}
            if look:
                character["appearance"] = look
            characters.append(character)
    data["characters"] = characters
    hero_look = appearance.appearance_from_form(form, appearance.HERO_PREFIX)
    if hero_look:
        data["appearance"] = hero_look
    return data


def _form_field(field: str, data: dict[str, Any]) -> str:
    """The form field an input error names: character-2-name for characters.1.name."""
    if not field.startswith("characters"):
        return appearance.form_field(field) or field
    parts = field.split(".")
    if len(parts) > 2 and parts[1].isdigit() and int(parts[1]) < len(data["characters"]):
        name = parts[3] if parts[2] == "appearance" and len(parts) > 3 else parts[2]
        return f"character-{_form_row(data, int(parts[1]))}-{name}"
    return "characters"


def _form_errors(exc: ValidationError, data: dict[str, Any], gettext: Gettext | None) -> dict[str, str]:
    """Each problem under the form field it belongs to, in the visitor's language."""
    errors: dict[str, str] = {}
    for problem in describe_validation_errors(list(exc.errors()), gettext):
        errors.setdefault(_form_field(problem["field"], data), problem["message"])
    return errors


def _form_row(data: dict[str, Any], position: int) -> int:
    """The form row (1-based) of the position-th filled character row."""
    return int(data["characters"][position].get("_row", position + 1))


def _appearance_errors(data: dict[str, Any], gettext: Gettext | None) -> dict[str, str]:
    """Problems with the hero's chosen look only, for the form's Preview button (nothing is started)."""
    try:
        Appearance.model_validate(data.get("appearance") or {})
    except ValidationError as exc:
        return {
            appearance.HERO_PREFIX + problem["field"]: problem["message"]
            for problem in describe_validation_errors(list(exc.errors()), gettext)
        }
    return {}


@router.post("/stories/new")
def create_story(request: Request, raw: SubmittedForm, runtime: RuntimeDep) -> Response:
    """Start the book and go to its progress page, or show the form again with every problem."""
    form = {key: str(value)[:MAX_FIELD_LENGTH] for key, value in raw.items() if isinstance(value, str)}
    check_csrf(request, form.get("csrf"))
    data = form_to_params(form)
    rows = [
        n
        for n in range(1, MAX_CHARACTERS + 1)
        if any(form.get(f"character-{n}-{f}") for f in CHARACTER_FIELDS + appearance.APPEARANCE_FIELDS)
    ]
    for character, row in zip(data["characters"], rows, strict=True):
        character["_row"] = row
    errors: dict[str, str] = {}
    gettext = visitor_gettext(request)
    if "preview" in form:
        values = {key: value for key, value in form.items() if key not in ("csrf", "preview")}
        return _form_page(request, runtime, values, _appearance_errors(data, gettext))
    try:
        params = StoryParams.model_validate(
            {**data, "characters": [{k: v for k, v in c.items() if k != "_row"} for c in data["characters"]]}
        )
        admit(runtime, "start", request_identities(request))
        started = BookService(runtime).start(
            params,
            owner=Owner(
                client=client_identity(request),
                session=session_id(request),
                customer_id=getattr(request.state, "customer_id", None),
                shop_domain=getattr(request.state, "shop_domain", None),
            ),
        )
    except ValidationError as exc:
        errors = _form_errors(exc, data, gettext)
    except InvalidInputError as exc:
        message = input_error_message(exc, gettext)
        if gettext is None and exc.field:
            message = message.removeprefix(f"{exc.field}: ")
        errors[_form_field(exc.field or "form", data)] = message
    if errors:
        values = {key: value for key, value in form.items() if key != "csrf"}
        return _form_page(request, runtime, values, errors, status=422)
    return RedirectResponse(f"/stories/{started.story_id}", status_code=303)
