"""The pages people see: the creation form, the progress and reader view, the library, my books."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from storyloom.errors import InvalidInputError, StoryGenerationError
from storyloom.library import StoryAccess, Viewer, get_story, owned_stories, published_stories
from storyloom.pipeline.orchestrator import Owner, start_story, story_progress
from storyloom.runtime import Runtime
from storyloom.story.params import (
    AGE_GROUP_LABELS,
    DEFAULT_PAGES,
    GENRES,
    LANGUAGE_NAMES,
    MAX_CHARACTERS,
    MAX_PAGES,
    MIN_PAGES,
    STYLE_LABELS,
    StoryParams,
)
from storyloom.web.deps import check_csrf, csrf_token, get_runtime, get_viewer, session_id
from storyloom.web.errors import describe_validation_errors
from storyloom.web.serializers import story_payload

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent.parent / "templates"))

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ViewerDep = Annotated[Viewer, Depends(get_viewer)]

CHARACTER_FIELDS = ("name", "kind", "traits", "look")


def _choices(runtime: Runtime) -> dict[str, Any]:
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


def _render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status_code)


@router.get("/")
async def home() -> RedirectResponse:
    return RedirectResponse("/stories/new", status_code=307)


@router.get("/stories/new")
async def new_story(request: Request, runtime: RuntimeDep) -> HTMLResponse:
    values = {
        "page_count": DEFAULT_PAGES,
        "age_group": "3-5",
        "genre": "adventure",
        "language": "en",
        "illustration_style": "watercolour",
        "pronouns": "they/them",
    }
    return _render(
        request, "new.html", values=values, errors={}, csrf=csrf_token(request), **_choices(runtime)
    )


def form_to_params(form: dict[str, str]) -> dict[str, Any]:
    """The form's flat fields as StoryParams input (characters from character-N-field inputs)."""
    data: dict[str, Any] = {
        key: value
        for key, value in form.items()
        if key in StoryParams.model_fields and key != "characters" and value != ""
    }
    characters = []
    for number in range(1, MAX_CHARACTERS + 1):
        fields = {f: form.get(f"character-{number}-{f}", "").strip() for f in CHARACTER_FIELDS}
        if any(fields.values()):
            characters.append({k: v for k, v in fields.items() if v or k == "name"})
    data["characters"] = characters
    return data


@router.post("/stories/new")
async def create_story(request: Request, runtime: RuntimeDep) -> Response:
    form = {key: str(value) for key, value in (await request.form()).items()}
    check_csrf(request, form.get("csrf"))
    errors: dict[str, str] = {}
    try:
        params = StoryParams.model_validate(form_to_params(form))
        started = await run_in_threadpool(
            start_story, runtime, params, owner=Owner(session=session_id(request))
        )
    except ValidationError as exc:
        for problem in describe_validation_errors(list(exc.errors())):
            field = problem["field"]
            if field.startswith("characters."):
                parts = field.split(".")
                field = f"character-{int(parts[1]) + 1}-{parts[2]}" if len(parts) > 2 else "characters"
            errors.setdefault(field, problem["message"])
    except InvalidInputError as exc:
        errors[exc.field or "form"] = exc.message
    if errors:
        return _render(
            request,
            "new.html",
            status_code=422,
            values=form,
            errors=errors,
            csrf=csrf_token(request),
            **_choices(runtime),
        )
    return RedirectResponse(f"/stories/{started.story_id}", status_code=303)


@router.get("/stories/{story_id}")
async def reader(story_id: str, request: Request, runtime: RuntimeDep, viewer: ViewerDep) -> Response:
    try:
        story = await run_in_threadpool(get_story, runtime, story_id, viewer)
    except StoryGenerationError as exc:
        return _render(request, "error.html", status_code=exc.status, message=exc.message)
    progress = await run_in_threadpool(story_progress, runtime, story_id)
    return _render(
        request,
        "reader.html",
        story=story_payload(story),
        progress=progress.as_dict(),
        owner=viewer.owns(StoryAccess.of(story)),
        csrf=csrf_token(request),
    )


@router.get("/stories")
async def library(
    request: Request,
    runtime: RuntimeDep,
    age_group: Annotated[str | None, Query(max_length=10)] = None,
    genre: Annotated[str | None, Query(max_length=40)] = None,
    language: Annotated[str | None, Query(max_length=10)] = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    result = await run_in_threadpool(
        published_stories,
        runtime,
        age_group=age_group or None,
        genre=genre or None,
        language=language or None,
        page=page,
    )
    return _render(
        request,
        "library.html",
        result=result,
        stories=[story_payload(s) for s in result.stories],
        filters={"age_group": age_group or "", "genre": genre or "", "language": language or ""},
        **_choices(runtime),
    )


@router.get("/account/stories")
async def my_stories(
    request: Request, runtime: RuntimeDep, viewer: ViewerDep, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> HTMLResponse:
    result = await run_in_threadpool(owned_stories, runtime, viewer, page=page)
    return _render(request, "account.html", result=result, stories=[story_payload(s) for s in result.stories])
