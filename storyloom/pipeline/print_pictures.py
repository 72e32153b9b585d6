"""The cover and page pictures at the size each PDF needs.

A vector illustrator (the built-in one) draws each picture at screen size first, so the reader can
show the book early; the print size is drawn here, when the PDFs are made, from the same request
(provider, seed, scene), in as many render processes as there are cores. A print-size picture is kept
under `print/` (a JPEG, as the print PDF embeds it) with the fingerprint of the screen picture it
matches: when a page is edited, only the pictures that changed are drawn again. Pictures from other
providers are already at print size. A cover spread whose front needs more than the print size (a
hardcover's wrap) asks for the cover at its own size (`cover_at`), kept as `print/cover-<px>.jpg`.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, overload

from sqlalchemy import select

from storyloom.db.models import UnitKind, WorkUnit
from storyloom.pipeline.stages import UnitContext
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import PRINT_SIZE_PX, redraws_at_any_size
from storyloom.runtime import Runtime
from storyloom.storage import asset_key, page_name
from storyloom.story.schema import StoryContent

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
    """The cover and page pictures as the reader shows them: each one's screen copy (a JPEG that the
    screen PDF embeds as it is) where its unit made one, else the picture as stored."""
    store = ctx.runtime.store

    def shown(source: Source) -> bytes:
        return store.get(source.output.get("screen_key") or source.key)

    return shown(found[0]), [shown(source) for source in found[1:]]


def _redrawable(runtime: Runtime, source: Source) -> bool:
    """Whether the provider that drew `source` draws it again at any size (the same seed and scene)."""
    provider = source.output.get("drawn_by")
    if not provider or "seed" not in source.output:
        return False
    return redraws_at_any_size(runtime.provider("image", provider))


def _needs_redraw(ctx: UnitContext, source: Source) -> bool:
    if int(source.output.get("width") or 0) >= PRINT_SIZE_PX:
        return False
    return _redrawable(ctx.runtime, source)


def _draw(
    runtime: Runtime, story: StoryContent, style: str, source: Source, size_px: int = PRINT_SIZE_PX
) -> tuple[bytes, list[CallRecord]]:
    from storyloom.pipeline.pictures import draw_cover, draw_page

    provider = runtime.provider("image", source.output["drawn_by"])
    seed = int(source.output["seed"])
    if source.index == 0:
        picture = draw_cover(
            [provider], story, style=style, seed=seed, references={}, size_px=size_px, encoding="jpeg"
        )
    else:
        picture = draw_page(
            [provider], story, source.index, style=style, seed=seed, references={}, encoding="jpeg"
        )
    return picture.png, picture.calls


class Room:
    """How many print pictures are drawn at once: one render process fewer while the worker lays out
    the screen PDF on a core of its own (and holds its pictures), every render process once `widen`
    says the screen PDF is done. Drawing one at a time left a core idle from the screen PDF's end to
    the last print picture: 13 print pictures of a 12-page book drawn one after the other."""

    def __init__(self, at_once: int, meanwhile: int) -> None:
        self._slots = threading.Semaphore(max(1, min(at_once, meanwhile)))
        self._more = max(0, at_once - max(1, meanwhile))
        self._lock = threading.Lock()
        self.at_most = max(1, at_once)

    def widen(self) -> None:
        with self._lock:
            more, self._more = self._more, 0
        for _ in range(more):
            self._slots.release()

    def __enter__(self) -> None:
        self._slots.acquire()

    def __exit__(self, *_: object) -> None:
        self._slots.release()


def print_room() -> Room:
    """A Room for the render processes configured now: all but one until widened."""
    from storyloom.render.raster import parallel_pictures

    at_once = parallel_pictures()
    return Room(at_once, at_once - 1)


class Arrivals:
    """The print pictures as each becomes ready, for the print PDF's layout to wait on picture by
    picture: it runs while the rest are drawn instead of after the last (~1.7 CPU s of a 12-page
    book's layout off the end of the PDF unit). A picture that cannot be drawn fails every wait."""

    def __init__(self, names: Sequence[str]) -> None:
        self._pictures: dict[str, Future[bytes]] = {name: Future() for name in names}

    def arrived(self, name: str, picture: bytes) -> None:
        self._pictures[name].set_result(picture)

    def failed(self, error: BaseException) -> None:
        for waiting in self._pictures.values():
            if not waiting.done():
                waiting.set_exception(error)

    def get(self, name: str) -> bytes:
        """The picture `name` once it is ready (raises what stopped it from being drawn)."""
        return self._pictures[name].result()

    def pages(self, found: list[Source]) -> Sequence[bytes]:
        """The page pictures in book order, each waited for when it is read."""
        return _Arriving(self, [source.name for source in found[1:]])


class _Arriving(Sequence[bytes]):
    def __init__(self, arrivals: Arrivals, names: list[str]) -> None:
        self._arrivals = arrivals
        self._names = names

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, index: int) -> bytes: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[bytes]: ...

    def __getitem__(self, index: int | slice) -> bytes | Sequence[bytes]:
        if isinstance(index, slice):
            return [self._arrivals.get(name) for name in self._names[index]]
        return self._arrivals.get(self._names[index])


def print_pictures(
    ctx: UnitContext, found: list[Source], room: Room | None = None, arrivals: Arrivals | None = None
) -> PrintSet:
    """Every picture at print size: drawn again where the screen picture changed since the last time,
    reused where it did not; as many at once as `room` allows (by default one render process fewer
    than there are, see Room). Each picture is handed to `arrivals` as soon as it is ready."""
    try:
        return _print_pictures(ctx, found, room, arrivals)
    except BaseException as exc:
        if arrivals is not None:
            arrivals.failed(exc)
        raise


def _print_pictures(
    ctx: UnitContext, found: list[Source], room: Room | None, arrivals: Arrivals | None
) -> PrintSet:
    store = ctx.runtime.store
    manifest_key = ctx.key(MANIFEST)
    manifest: dict[str, str] = json.loads(store.get(manifest_key)) if store.exists(manifest_key) else {}
    results: dict[str, bytes] = {}
    calls: list[CallRecord] = []
    todo: list[tuple[Source, str, str]] = []
    for source in found:
        if not _needs_redraw(ctx, source):
            # at print size already: its print JPEG when its unit made one, else the picture itself
            results[source.name] = store.get(source.output.get("print_key") or source.key)
            continue
        fingerprint = hashlib.sha256(store.get(source.key)).hexdigest()
        print_key = ctx.key(f"print/{source.name}.jpg")
        if manifest.get(source.name) == fingerprint and store.exists(print_key):
            results[source.name] = store.get(print_key)
        else:
            todo.append((source, print_key, fingerprint))
    if arrivals is not None:
        for name, picture in results.items():
            arrivals.arrived(name, picture)

    recording = threading.Lock()
    drawing = room or print_room()

    def draw(item: tuple[Source, str, str]) -> tuple[str, bytes, list[CallRecord]]:
        source, print_key, fingerprint = item
        with drawing:
            png, made = _draw(ctx.runtime, ctx.story, ctx.params.illustration_style, source)
        store.put(print_key, png)
        # Recorded as soon as stored: a unit run again after a crash draws only what was not.
        with recording:
            manifest[source.name] = fingerprint
            store.put(manifest_key, json.dumps(manifest, sort_keys=True).encode())
        if arrivals is not None:
            arrivals.arrived(source.name, png)
        return source.name, png, made

    with ThreadPoolExecutor(max_workers=drawing.at_most, thread_name_prefix="print-picture") as pool:
        for name, png, made in pool.map(draw, todo):
            results[name] = png
            calls += made
    return PrintSet(
        cover=results["cover"],
        pages=[results[source.name] for source in found[1:]],
        calls=calls,
        drawn=[source.name for source, _, _ in todo],
    )


def cover_at(runtime: Runtime, story_id: str, story: StoryContent, style: str, side_px: int) -> bytes | None:
    """The story's cover picture as a `side_px` square JPEG, drawn again by the provider that drew it
    (same seed and scene, so the same picture), kept as `print/cover-<px>.jpg` and reused while the
    reader's cover is unchanged. None when that provider cannot redraw (it drew a bitmap once)."""
    with runtime.session() as session:
        output = session.scalar(
            select(WorkUnit.output).where(WorkUnit.story_id == story_id, WorkUnit.kind == UnitKind.COVER)
        )
    source = Source("cover", 0, asset_key(story_id, "cover.png"), dict(output or {}))
    store = runtime.store
    if not _redrawable(runtime, source) or not store.exists(source.key):
        return None
    name = f"cover-{side_px}"
    print_key = asset_key(story_id, f"print/{name}.jpg")
    manifest_key = asset_key(story_id, MANIFEST)
    manifest: dict[str, str] = json.loads(store.get(manifest_key)) if store.exists(manifest_key) else {}
    fingerprint = hashlib.sha256(store.get(source.key)).hexdigest()
    if manifest.get(name) == fingerprint and store.exists(print_key):
        return store.get(print_key)
    picture, _ = _draw(runtime, story, style, source, size_px=side_px)
    store.put(print_key, picture)
    manifest[name] = fingerprint
    store.put(manifest_key, json.dumps(manifest, sort_keys=True).encode())
    return picture
