"""The book's page view (`/stories/{id}/pages`): every page laid out exactly as in the PDFs, by the
same layout code and stylesheet (storyloom.render.book), with the web's own picture and font URLs,
inside the site's page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from storyloom.cache import ASSET_TTL
from storyloom.cache import asset_key as cache_asset_key
from storyloom.db.models import Story
from storyloom.errors import ConflictError
from storyloom.library import Viewer, get_story
from storyloom.pipeline.book import load_content, load_params
from storyloom.render.book import (
    DEFAULT_TRIM,
    BookInput,
    book_css,
    book_pages,
)
from storyloom.render.book.html import render_page_html
from storyloom.runtime import Runtime
from storyloom.storage import asset_key, page_name
from storyloom.web.deps import get_runtime, get_viewer
from storyloom.web.pages import render
from storyloom.web.serializers import file_url

router = APIRouter(include_in_schema=False)

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
ViewerDep = Annotated[Viewer, Depends(get_viewer)]
FONTS_PATH = "/book-fonts"
LAYOUT_POLICY = (
    "default-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; "
    "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
)


def _picture_url(story: Story, name: str) -> str:
    file = "cover.png" if name == "cover" else f"pages/{name.removeprefix('page-')}.png"
    url = file_url(story.id, asset_key(story.id, file), str(int(story.updated_at.timestamp())))
    return f"{url}&w=1600"


def layout_parts(runtime: Runtime, story: Story) -> dict[str, Any]:
    """The screen edition's pages (their HTML and stylesheet) for the browser's page view."""
    if story.completed_at is None or not story.cover_image:
        raise ConflictError("the book is still being made; its pages can be shown once it is ready")
    content = load_content(story)
    store = runtime.store
    book = BookInput(
        story=content,
        params=load_params(story),
        cover_png=store.get(asset_key(story.id, "cover.png")),
        page_pngs=[
            store.get(asset_key(story.id, f"pages/{page_name(n)}.png"))
            for n in range(1, len(content.chapters) + 1)
        ],
        reading_level=story.reading_level,
    )
    pages = book_pages(book, edition="screen", trim=DEFAULT_TRIM)
    css = book_css(DEFAULT_TRIM, edition="screen", font_url=lambda file: f"{FONTS_PATH}/{file}")
    css += (
        "\n.printed-book { background: #e9e2d6; padding: .5rem 0; border-radius: 12px; overflow-x: auto; }"
        " .printed-book .page { margin: 1rem auto; box-shadow: 0 4px 16px #0003; }"
    )
    sections = [render_page_html(page, image_url=lambda name: _picture_url(story, name)) for page in pages]
    return {"css": css, "sections": sections, "title": content.title, "language": story.language}


@router.get("/stories/{story_id}/pages")
async def book_layout(
    story_id: Annotated[str, Path(max_length=64)], request: Request, runtime: RuntimeDep, viewer: ViewerDep
) -> HTMLResponse:
    """Every page of the book as it is printed, inside the site's own page (header, a way back), the
    pages kept in the `asset:` cache until the book changes; the whole
    book, so for its owner and buyers only."""
    story = await run_in_threadpool(get_story, runtime, story_id, viewer, must_own=True)
    key = cache_asset_key(story_id, "layout.json")
    parts = await runtime.cache.get(key)
    if not isinstance(parts, dict):
        parts = await run_in_threadpool(layout_parts, runtime, story)
        await runtime.cache.set(key, parts, ASSET_TTL)
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
