"""What the routes serve from the cache: a story's JSON for a viewer (`story:`), its progress
(`gen:`) and its pages laid out for the browser (`asset:`), each cleared by every write to the story.

What is missing from the cache is loaded from the database and the file store in a worker thread,
so the async routes that await these never block the event loop."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from fastapi.concurrency import run_in_threadpool

from storyloom.access import StoryAccess, Viewer
from storyloom.books.service import BookService
from storyloom.cache import ASSET_TTL, GENERATION_TTL, STORY_TTL, generation_key, story_key
from storyloom.cache import asset_key as cache_asset_key
from storyloom.db.models import Story
from storyloom.errors import ConflictError, NotFoundError
from storyloom.ids import is_id
from storyloom.pipeline.book import load_content, load_params
from storyloom.render.book import DEFAULT_TRIM, BookInput, book_css, book_pages
from storyloom.render.book.html import render_page_html
from storyloom.runtime import Runtime
from storyloom.storage import asset_key, page_name
from storyloom.web.serializers import file_url, preview_payload, story_payload

FONTS_PATH = "/book-fonts"


def _compact_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


async def readable_story(runtime: Runtime, story_id: str, viewer: Viewer) -> bytes:
    """The story's JSON for this viewer (a stranger's is the published book's preview), serialised
    once into the `story:` cache and served from it; NotFoundError when the viewer may not see it."""
    if not is_id(story_id):
        raise NotFoundError(f"no story with id {story_id}")
    cached = await runtime.cache.get(story_key(story_id))
    if cached is None:
        story = await run_in_threadpool(BookService(runtime).story, story_id)
        cached = {"access": asdict(StoryAccess.of(story)), "json": _compact_json(story_payload(story))}
        await runtime.cache.set(story_key(story_id), cached, STORY_TTL)
    access = StoryAccess(**cached["access"])
    if not viewer.can_read(access):
        raise NotFoundError(f"no story with id {story_id}")
    body = cached["json"]
    assert isinstance(body, bytes)
    if viewer.sees_preview_only(access):
        return _compact_json(preview_payload(json.loads(body), access))
    return body


async def story_status(runtime: Runtime, story_id: str) -> dict[str, Any]:
    """The story's progress as the status route answers it, kept in the `gen:` cache."""

    async def load() -> dict[str, Any]:
        progress = await run_in_threadpool(BookService(runtime).progress, story_id)
        return progress.as_dict()

    body: dict[str, Any] = await runtime.cache.get_or_load(generation_key(story_id), GENERATION_TTL, load)
    return body


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


async def page_layout(runtime: Runtime, story: Story) -> dict[str, Any]:
    """`layout_parts` of the story, kept in the `asset:` cache until the book changes."""
    key = cache_asset_key(story.id, "layout.json")
    parts: dict[str, Any] | None = await runtime.cache.get(key)
    if not isinstance(parts, dict):
        parts = await run_in_threadpool(layout_parts, runtime, story)
        await runtime.cache.set(key, parts, ASSET_TTL)
    return parts
