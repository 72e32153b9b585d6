"""The reader (`/stories/{id}`): the progress of a book being made, then the book itself, and the
owner's forms to change a page (which work without JavaScript; the reader's script uses the API)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from storyloom.access import StoryAccess, story_for_viewer
from storyloom.books.service import BookService
from storyloom.db.models import Story, StoryStatus, UnitKind
from storyloom.errors import NotFoundError
from storyloom.pipeline.edits import MAX_PAGE_TEXT
from storyloom.story.params import LANGUAGE_NAMES, MAX_PAGES
from storyloom.web.clients import limit_changes
from storyloom.web.deps import BooksDep, OwnedStory, RuntimeDep, StoryId, ViewerDep, csrf_token, form_csrf
from storyloom.web.i18n import book_labels, request_language, translations
from storyloom.web.pages import render
from storyloom.web.pages.links import private_link_url
from storyloom.web.serializers import preview_payload, story_payload
from storyloom.web.wording import group_names, reading_level_words, step_names

router = APIRouter(include_in_schema=False)

PageNumber = Annotated[int, Path(ge=1, le=MAX_PAGES)]
# Each form counts against the limits on changes first, then must carry the session's CSRF token.
FORM_CHECKS = [Depends(limit_changes), Depends(form_csrf)]


def story_exists(books: BookService, story_id: str) -> bool:
    try:
        books.story(story_id)
    except NotFoundError:
        return False
    return True


@router.get("/stories/{story_id}")
def reader(
    story_id: StoryId, request: Request, runtime: RuntimeDep, books: BooksDep, viewer: ViewerDep
) -> Response:
    """The progress bar while a book is first made; the book afterwards (with an update banner while
    a changed page is made again)."""
    # The progress first, then the story: a book finished between the two reads is shown finished
    # (its progress read again), never as a finished book without its files.
    try:
        progress = books.progress(story_id)
        story = story_for_viewer(runtime, story_id, viewer)
    except NotFoundError:
        if not story_exists(books, story_id):
            raise
        return render(request, "error.html", status_code=403, private=True, status=403)
    if progress.status != story.status.value:
        progress = books.progress(story_id)
    access = StoryAccess.of(story)
    versions = {(u.kind, u.index): u.version for u in progress.units if u.version}
    payload = story_payload(story, versions)
    if viewer.sees_preview_only(access):
        payload = preview_payload(payload, access)
    if story.completed_at is not None:  # a finished book's picture drawn again: the old one shows meanwhile
        redrawing = {
            u.index for u in progress.units if u.kind == UnitKind.PAGE_IMAGE.value and u.state != "done"
        }
        for chapter in payload["chapters"]:
            chapter["redrawing"] = chapter["number"] in redrawing and bool(chapter.get("image_url"))
    gettext = translations(request_language(request)).gettext
    is_owner = viewer.owns(access)
    labels = book_labels(story.language)
    if story.language != "en":  # the scenes are written in English, for the illustrators
        for chapter in payload["chapters"]:
            names = ", ".join((chapter.get("scene") or {}).get("characters_present") or [])
            chapter["alt"] = (
                labels["picture_alt"] % {"names": names} if names else labels["picture_alt_nobody"]
            )
    return render(
        request,
        "reader.html",
        story=payload,
        progress=progress.as_dict(),
        # A book is shown as soon as page 1 has its words and picture: the other pages appear as
        # they are drawn (the reader's script fills them in), then the print files follow.
        first_making=story.completed_at is None and not (progress.readable or progress.first_page_ready),
        readable_early=story.completed_at is None and (progress.readable or progress.first_page_ready),
        drawing=story.completed_at is None and not progress.readable,
        narration_coming=any(u.kind == UnitKind.PAGE_AUDIO.value for u in progress.units),
        owner=is_owner,
        csrf=csrf_token(request),
        language_name=LANGUAGE_NAMES.get(story.language, story.language),
        max_page_text=MAX_PAGE_TEXT,
        labels=labels,
        private_link=private_link_url(request, runtime, story.id) if is_owner else None,
        reading_level=reading_level_words(story.reading_level, gettext),
        step_names=step_names(gettext),
        group_names=group_names(gettext),
        narration_voice=(story.params or {}).get("narration_voice") or "",
        sharing=sharing_choices(story),
    )


def sharing_choices(story: Story) -> dict[str, bool]:
    """The owner's choices for the public library, for the sharing form."""
    return {
        "show_in_library": bool(story.show_in_library),
        "show_child_name": bool(story.show_child_name),
        "published": story.status == StoryStatus.PUBLISHED,
    }


@router.post("/stories/{story_id}/sharing", dependencies=FORM_CHECKS)
def sharing(
    story: OwnedStory,
    books: BooksDep,
    show_in_library: Annotated[str | None, Form(max_length=10)] = None,
    show_child_name: Annotated[str | None, Form(max_length=10)] = None,
    next: Annotated[str | None, Form(max_length=40)] = None,
) -> RedirectResponse:
    """The owner's sharing form: a ticked box turns a choice on, an unticked one (which a browser does
    not send) turns it off; back to the reader, or to My books when the form was there."""
    books.set_sharing(story.id, show_in_library=bool(show_in_library), show_child_name=bool(show_child_name))
    back = "/account/stories" if next == "/account/stories" else f"/stories/{story.id}"
    return RedirectResponse(back, status_code=303)


@router.post("/stories/{story_id}/retry", dependencies=FORM_CHECKS)
def retry(
    story: OwnedStory,
    books: BooksDep,
    narration_voice: Annotated[str | None, Form(max_length=80)] = None,
) -> RedirectResponse:
    """The owner's "Try again" button: re-run the failed units, with another narration voice if given."""
    changes = {}
    if narration_voice is not None and narration_voice.strip() != (
        (story.params or {}).get("narration_voice") or ""
    ):
        changes["narration_voice"] = narration_voice.strip()
    books.retry(story.id, changes)
    return RedirectResponse(f"/stories/{story.id}", status_code=303)


@router.post("/stories/{story_id}/pages/{page}/text", dependencies=FORM_CHECKS)
def edit_text(
    story: OwnedStory,
    page: PageNumber,
    text: Annotated[str, Form(max_length=MAX_PAGE_TEXT * 2)],
    books: BooksDep,
) -> RedirectResponse:
    """The owner saves a page's new text."""
    books.edit_page_text(story.id, page, text)
    return RedirectResponse(f"/stories/{story.id}#page-{page}", status_code=303)


@router.post("/stories/{story_id}/pages/{page}/regenerate", dependencies=FORM_CHECKS)
def regenerate(
    story: OwnedStory,
    page: PageNumber,
    part: Annotated[Literal["image", "text"], Form()],
    books: BooksDep,
) -> RedirectResponse:
    """The owner asks for a page's picture or text again."""
    books.regenerate_page(story.id, page, part)
    return RedirectResponse(f"/stories/{story.id}#page-{page}", status_code=303)
