"""The cover and page pictures at the size each PDF needs.

A vector illustrator (the built-in one) draws each picture at screen size first, so the reader can
show the book early; the print size is drawn here, when the PDFs are made, from the same request
(provider, seed, scene), in as many render processes as there are cores. A print-size picture is kept
under `print/` (a JPEG, as the print PDF embeds it) with the fingerprint of the screen picture it
matches: when a page is edited, only the pictures that changed are drawn again. Pictures from other
providers are already at print size.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from storyloom.db.models import UnitKind, WorkUnit
from storyloom.pipeline.stages import UnitContext
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import PRINT_SIZE_PX, redraws_at_any_size
from storyloom.storage import page_name

MANIFEST = "print/pictures.json"


@dataclass(frozen=True)
class Source:
    """One picture of the book as its unit made it: `name` is "cover" or "pages/NN"."""

    name: str
    index: int  # 0 for the cover
    key: str
    output: dict[str, Any]


@dataclass
class PrintSet:
    cover: bytes
    pages: list[bytes]
    calls: list[CallRecord]
    drawn: list[str]  # names drawn again (the rest were reused or already at print size)


def sources(ctx: UnitContext) -> list[Source]:
    """The cover and every page, in book order, with their units' outputs."""
    with ctx.runtime.session() as session:
        rows = session.execute(
            select(WorkUnit.kind, WorkUnit.index, WorkUnit.output).where(
                WorkUnit.story_id == ctx.story_id, WorkUnit.kind.in_((UnitKind.COVER, UnitKind.PAGE_IMAGE))
            )
        ).all()
    outputs = {(kind, index): dict(output or {}) for kind, index, output in rows}
    found = [Source("cover", 0, ctx.key("cover.png"), outputs.get((UnitKind.COVER, 0), {}))]
    for number in range(1, len(ctx.story.chapters) + 1):
        name = f"pages/{page_name(number)}"
        output = outputs.get((UnitKind.PAGE_IMAGE, number), {})
        found.append(Source(name, number, ctx.key(f"{name}.png"), output))
    return found


def screen_pictures(ctx: UnitContext, found: list[Source]) -> tuple[bytes, list[bytes]]:
    """The cover and page pictures as the units stored them (what the reader shows)."""
    store = ctx.runtime.store
    return store.get(found[0].key), [store.get(source.key) for source in found[1:]]


def _needs_redraw(ctx: UnitContext, source: Source) -> bool:
    provider = source.output.get("drawn_by")
    if not provider or "seed" not in source.output:
        return False
    if int(source.output.get("width") or 0) >= PRINT_SIZE_PX:
        return False
    return redraws_at_any_size(ctx.runtime.provider("image", provider))


def _draw(ctx: UnitContext, source: Source) -> tuple[bytes, list[CallRecord]]:
    from storyloom.render.illustrations import draw_cover, draw_page

    provider = ctx.runtime.provider("image", source.output["drawn_by"])
    style = ctx.params.illustration_style
    seed = int(source.output["seed"])
    if source.index == 0:
        picture = draw_cover([provider], ctx.story, style=style, seed=seed, references={}, encoding="jpeg")
    else:
        picture = draw_page(
            [provider], ctx.story, source.index, style=style, seed=seed, references={}, encoding="jpeg"
        )
    return picture.png, picture.calls


def print_pictures(ctx: UnitContext, found: list[Source]) -> PrintSet:
    """Every picture at print size: drawn again where the screen picture changed since the last time,
    reused where it did not."""
    from storyloom.render.raster import parallel_pictures

    store = ctx.runtime.store
    manifest_key = ctx.key(MANIFEST)
    manifest: dict[str, str] = json.loads(store.get(manifest_key)) if store.exists(manifest_key) else {}
    results: dict[str, bytes] = {}
    calls: list[CallRecord] = []
    todo: list[tuple[Source, str, str]] = []
    for source in found:
        screen = store.get(source.key)
        if not _needs_redraw(ctx, source):
            results[source.name] = screen
            continue
        fingerprint = hashlib.sha256(screen).hexdigest()
        print_key = ctx.key(f"print/{source.name}.jpg")
        if manifest.get(source.name) == fingerprint and store.exists(print_key):
            results[source.name] = store.get(print_key)
        else:
            todo.append((source, print_key, fingerprint))

    def draw(item: tuple[Source, str, str]) -> tuple[str, bytes, list[CallRecord]]:
        source, print_key, _ = item
        png, made = _draw(ctx, source)
        store.put(print_key, png)
        return source.name, png, made

    with ThreadPoolExecutor(max_workers=parallel_pictures(), thread_name_prefix="print-picture") as pool:
        for name, png, made in pool.map(draw, todo):
            results[name] = png
            calls += made
    if todo:
        manifest.update({source.name: fingerprint for source, _, fingerprint in todo})
        store.put(manifest_key, json.dumps(manifest, sort_keys=True).encode())
    return PrintSet(
        cover=results["cover"],
        pages=[results[source.name] for source in found[1:]],
        calls=calls,
        drawn=[source.name for source, _, _ in todo],
    )
