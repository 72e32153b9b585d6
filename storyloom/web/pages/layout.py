"""The book's page view (`/stories/{id}/pages`): every page laid out exactly as in the PDFs, by the
same layout code and stylesheet (storyloom.render.book), with the web's own picture and font URLs,
inside the site's page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from storyloom.web.deps import OwnedStory, RuntimeDep
from storyloom.web.pages import render
from storyloom.web.reads import page_layout

router = APIRouter(include_in_schema=False)

LAYOUT_POLICY = (
    "default-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; "
    "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
)


@router.get("/stories/{story_id}/pages")
async def book_layout(story: OwnedStory, request: Request, runtime: RuntimeDep) -> HTMLResponse:
    """Every page of the book as it is printed, inside the site's own page (header, a way back), the
    pages kept in the `asset:` cache until the book changes; the whole
    book, so for its owner and buyers only."""
    parts = await page_layout(runtime, story)
    response = render(
        request,
        "printed.html",
        story_id=story.id,
        css=Markup(parts["css"]),
        sections=[Markup(section) for section in parts["sections"]],
        title=parts["title"],
        language=parts["language"],
    )
    response.headers["Content-Security-Policy"] = LAYOUT_POLICY
    return response
