"""The library of published books (`/stories`) and the customer's own books (`/account/stories`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from storyloom.access import owned_stories, published_stories, without_child_name
from storyloom.db.models import Story, StoryStatus
from storyloom.story.params import AGE_GROUPS, GENRES, LANGUAGES
from storyloom.web.deps import RuntimeDep, ViewerDep, csrf_token
from storyloom.web.pages import choices, render
from storyloom.web.pages.links import private_link_url
from storyloom.web.pages.reader import sharing_choices
from storyloom.web.serializers import story_payload

router = APIRouter(include_in_schema=False)

PageQuery = Annotated[int, Query(ge=1, le=10_000)]


def _public_card(story: Story) -> dict[str, Any]:
    """A library card: without the child's name unless the owner agreed to show it."""
    card = story_payload(story)
    if not story.show_child_name:
        name = str((story.params or {}).get("child_name") or "")
        card["title"] = without_child_name(str(card.get("title") or ""), name) or "A picture book"
        card["description"] = without_child_name(str(card.get("description") or ""), name)
        card["child_name"] = "our hero"
    return card


def _known(value: str | None, allowed: tuple[str, ...]) -> str | None:
    return value if value in allowed else None


@router.get("/stories")
def library(
    request: Request,
    runtime: RuntimeDep,
    age_group: Annotated[str | None, Query(max_length=10)] = None,
    genre: Annotated[str | None, Query(max_length=40)] = None,
    language: Annotated[str | None, Query(max_length=10)] = None,
    page: PageQuery = 1,
) -> HTMLResponse:
    """Published books, newest first, filtered by age group, genre and language, 12 a page."""
    filters = {
        "age_group": _known(age_group, AGE_GROUPS),
        "genre": _known(genre, GENRES),
        "language": _known(language, LANGUAGES),
    }
    result = published_stories(
        runtime,
        age_group=filters["age_group"],
        genre=filters["genre"],
        language=filters["language"],
        page=page,
    )
    return render(
        request,
        "library.html",
        result=result,
        stories=[_public_card(s) for s in result.stories],
        filters={key: value or "" for key, value in filters.items()},
        **choices(runtime),
    )


@router.get("/account/stories")
def my_stories(request: Request, runtime: RuntimeDep, viewer: ViewerDep, page: PageQuery = 1) -> HTMLResponse:
    """The viewer's own books in every state (this browser's, or the Shopify customer's)."""
    result = owned_stories(runtime, viewer, page=page)
    return render(
        request,
        "account.html",
        result=result,
        stories=[story_payload(s) for s in result.stories],
        filters={},
        private_links={s.id: private_link_url(request, runtime, s.id) for s in result.stories},
        # Published books carry the sharing form (the public library lists only published ones).
        sharing={s.id: sharing_choices(s) for s in result.stories if s.status == StoryStatus.PUBLISHED},
        csrf=csrf_token(request),
    )
