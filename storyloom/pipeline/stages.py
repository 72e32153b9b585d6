"""The stages: what each kind of unit does. Each takes a frozen context and returns a typed result;
the executor around them claims, records, retries and settles.

Every asset goes to a deterministic key, so a stage run again after a crash overwrites its own file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from storyloom.db.models import GenerationType, UnitKind
from storyloom.pipeline.calls import LimitedImageProvider, LimitedSpeechProvider, LimitedTextProvider
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.image.base import SCREEN_SIZE_PX
from storyloom.storage import asset_key, page_name, screen_copy_name
from storyloom.story.params import StoryParams
from storyloom.story.schema import StoryContent

if TYPE_CHECKING:
    from storyloom.pipeline.ratelimit import RateLimiter
    from storyloom.providers.image.base import ImageProvider
    from storyloom.providers.speech.base import SpeechProvider
    from storyloom.providers.text.base import TextProvider
    from storyloom.runtime import Runtime


@dataclass(frozen=True)
class UnitContext:
    """Everything a stage may read. `content` is None only for the text stage."""

    runtime: Runtime
    story_id: str
    unit_id: str
    kind: UnitKind
    index: int
    params: StoryParams
    seed: int
    content: StoryContent | None
    reading_level: dict[str, Any] | None = None
    revision: int = 0  # how many times the owner asked for this unit again (pipeline/edits.py)
    # The unit's one record of its provider calls, failed ones included (pipeline/calls.py's
    # first_that_works appends each as it ends): a stage hands it over in its result (`recorded`);
    # when the stage raises, the executor stores it from here.
    calls: list[CallRecord] = field(default_factory=list)

    @property
    def story(self) -> StoryContent:
        if self.content is None:
            raise ValueError("the story's text is not written yet")
        return self.content

    def key(self, name: str) -> str:
        return asset_key(self.story_id, name)

    def text_providers(self) -> list[TextProvider]:
        """The text provider chain, each call bounded by the provider's limits."""
        limiter = self._limiter()
        return [LimitedTextProvider(provider, limiter) for provider in self.runtime.text_providers()]

    def image_providers(self) -> list[ImageProvider]:
        limiter = self._limiter()
        return [LimitedImageProvider(provider, limiter) for provider in self.runtime.image_providers()]

    def speech_providers(self) -> list[SpeechProvider]:
        limiter = self._limiter()
        return [LimitedSpeechProvider(provider, limiter) for provider in self.runtime.speech_providers()]

    def _limiter(self) -> RateLimiter:
        from storyloom.pipeline.leases import lease_keeper

        return lease_keeper(self.runtime).limiter

    def recorded(self, generation_type: GenerationType) -> list[tuple[GenerationType, CallRecord]]:
        """The unit's record of calls, for its StageResult."""
        return [(generation_type, call) for call in self.calls]

    def unit_seed(self) -> int:
        """A seed per (story, unit), stable across retries, so a re-run draws the same picture."""
        salt = f":r{self.revision}" if self.revision else ""
        digest = hashlib.sha256(f"{self.seed}:{self.kind.value}:{self.index}{salt}".encode()).digest()
        return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass
class StageResult:
    output: dict[str, Any]
    calls: list[tuple[GenerationType, CallRecord]] = field(default_factory=list)
    story_updates: dict[str, Any] = field(default_factory=dict)


Stage = Callable[[UnitContext], StageResult]


def character_key(index: int) -> str:
    return f"characters/{page_name(index)}.png"


def write_text(ctx: UnitContext) -> StageResult:
    from storyloom.pipeline.book import content_columns
    from storyloom.pipeline.text import write_story

    limits = ctx.runtime.settings.limits
    written = write_story(
        ctx.text_providers(), ctx.params, seed=ctx.seed, max_words=limits.max_story_length, record=ctx.calls
    )
    document = written.story.model_dump(mode="json")
    document.update(
        ctx.params.model_dump(mode="json", include={"child_name", "age_group", "genre", "language"})
    )
    document["reading_level"] = written.reading_level
    ctx.runtime.store.put(ctx.key("story.json"), json.dumps(document, ensure_ascii=False, indent=2).encode())
    updates = content_columns(written.story)
    updates["reading_level"] = written.reading_level
    return StageResult(
        output={"key": ctx.key("story.json"), "words": written.story.word_count},
        calls=ctx.recorded(GenerationType.TEXT),
        story_updates=updates,
    )


def rewrite_page_text(ctx: UnitContext) -> StageResult:
    """Write page `index` again (the owner asked, pipeline/edits.py), seeded by the page's revision,
    and put it in the book; the narration, the picture when the scene changed, and the PDFs follow."""
    from storyloom.pipeline.edits import apply_page_rewrite, chapter_seed
    from storyloom.pipeline.text import printable, write_chapter

    seed = chapter_seed(ctx.story_id, ctx.revision)
    chapter, calls = write_chapter(
        ctx.text_providers(), ctx.story, ctx.index, ctx.params, seed=seed, record=ctx.calls
    )
    output = apply_page_rewrite(ctx, printable(chapter, calls))
    return StageResult(output=output, calls=ctx.recorded(GenerationType.TEXT))


def sheets_are_references(runtime: Runtime) -> bool:
    """Whether the cover and pages are drawn from the character sheets: some image provider of the
    chain takes reference pictures. When none does (the built-in illustrator draws from the character
    bible), the pictures need not wait for the sheets."""
    from storyloom.errors import ConfigurationError

    try:
        chain = runtime.image_providers()
    except ConfigurationError:
        return True
    return any(provider.accepts_references for provider in chain)


def _references(ctx: UnitContext) -> dict[str, bytes]:
    references = {}
    for number, character in enumerate(ctx.story.main_characters, start=1):
        key = ctx.key(character_key(number))
        if ctx.runtime.store.exists(key):
            references[character.name] = ctx.runtime.store.get(key)
    return references


def _picture_result(ctx: UnitContext, name: str, picture: Any) -> StageResult:
    """Store the picture, its screen copy and its print JPEG when it has them; a screen copy left by
    an earlier drawing (an edit, drawn this time by a provider that makes none) is removed, so one
    that exists matches. (A print JPEG kept under `print/` is the PDF unit's to replace.)"""
    store = ctx.runtime.store
    screen_key = ctx.key(screen_copy_name(name))
    print_key = ctx.key(f"print/{name.rsplit('.', 1)[0]}.jpg")
    if picture.screen_jpeg is None:
        store.delete(screen_key)
    store.put(ctx.key(name), picture.png)
    if picture.screen_jpeg is not None:
        store.put(screen_key, picture.screen_jpeg)
    if picture.print_jpeg is not None:
        store.put(print_key, picture.print_jpeg)
    output = {
        "key": ctx.key(name),
        "width": picture.width,
        "height": picture.height,
        "effective_dpi": round(picture.effective_dpi, 1),
        # what the PDF unit needs to draw it again at print size (pipeline/print_pictures.py)
        "drawn_by": picture.drawn_by,
        "seed": ctx.unit_seed(),
    }
    if picture.screen_jpeg is not None:
        output["screen_key"] = screen_key
    if picture.print_jpeg is not None:
        output["print_key"] = print_key
    return StageResult(output=output, calls=ctx.recorded(GenerationType.IMAGE))


class _Drawing(TypedDict):
    """How every picture of a unit is drawn."""

    style: str
    seed: int
    screen_size_px: int
    record: list[CallRecord]


def _drawing(ctx: UnitContext) -> _Drawing:
    return {
        "style": ctx.params.illustration_style,
        "seed": ctx.unit_seed(),
        "screen_size_px": SCREEN_SIZE_PX,
        "record": ctx.calls,
    }


def draw_character(ctx: UnitContext) -> StageResult:
    from storyloom.pipeline.pictures import draw_character_sheet

    mains = ctx.story.main_characters
    if ctx.index > len(mains):
        return StageResult(output={"skipped": "the story has fewer main characters"})
    picture = draw_character_sheet(ctx.image_providers(), ctx.story, mains[ctx.index - 1], **_drawing(ctx))
    return _picture_result(ctx, character_key(ctx.index), picture)


def draw_cover_image(ctx: UnitContext) -> StageResult:
    from storyloom.pipeline.pictures import draw_cover

    picture = draw_cover(ctx.image_providers(), ctx.story, references=_references(ctx), **_drawing(ctx))
    return _picture_result(ctx, "cover.png", picture)


def draw_page_image(ctx: UnitContext) -> StageResult:
    from storyloom.pipeline.pictures import draw_page

    picture = draw_page(
        ctx.image_providers(), ctx.story, ctx.index, references=_references(ctx), **_drawing(ctx)
    )
    return _picture_result(ctx, f"pages/{page_name(ctx.index)}.png", picture)


def narrate_page_audio(ctx: UnitContext) -> StageResult:
    from storyloom.pipeline.audio import narrate_page, timings_document

    text = ctx.story.chapters[ctx.index - 1].text
    narration = narrate_page(
        ctx.speech_providers(),
        text,
        language=ctx.params.language,
        voice=ctx.params.narration_voice,
        rate=ctx.params.narration_rate,
        record=ctx.calls,
    )
    audio_key = ctx.key(f"audio/{page_name(ctx.index)}.mp3")
    timings_key = ctx.key(f"audio/{page_name(ctx.index)}.json")
    ctx.runtime.store.put(audio_key, narration.mp3)
    document = timings_document(narration, text, ctx.params.language)
    ctx.runtime.store.put(timings_key, json.dumps(document, ensure_ascii=False).encode())
    return StageResult(
        output={"key": audio_key, "timings_key": timings_key, "duration_ms": narration.duration_ms},
        calls=ctx.recorded(GenerationType.AUDIO),
    )


def join_audio(ctx: UnitContext) -> StageResult:
    from storyloom.pipeline.audio import BookTags, join_book_audio

    watch = Stopwatch()
    store = ctx.runtime.store
    pages = [
        (chapter.title, store.get(ctx.key(f"audio/{page_name(number)}.mp3")))
        for number, chapter in enumerate(ctx.story.chapters, start=1)
    ]
    cover_key = ctx.key("cover.png")
    tags = BookTags(
        title=ctx.story.title,
        artist=f"Storyloom · {ctx.params.child_name}",
        language=ctx.params.language,
        cover_png=store.get(cover_key) if store.exists(cover_key) else None,
    )
    book = join_book_audio(pages, tags)
    ctx.runtime.store.put(ctx.key("audio/book.mp3"), book)
    call = CallRecord(provider="storyloom", prompt=f"join {len(pages)} pages", duration_ms=watch.elapsed_ms)
    return StageResult(
        output={"key": ctx.key("audio/book.mp3"), "bytes": len(book)}, calls=[(GenerationType.AUDIO, call)]
    )


def make_pdfs(ctx: UnitContext) -> StageResult:
    """The screen PDF from the pictures the reader shows, while the print-size pictures are drawn
    (or reused) in the background; then the print PDF, laid out while the last print pictures are
    still drawn (it waits for each as it reaches it). Each PDF is stored as soon as it is made; the
    print PDF only once every print picture was drawn."""
    from concurrent.futures import ThreadPoolExecutor

    from storyloom.pipeline.print_pictures import (
        Arrivals,
        print_pictures,
        print_room,
        screen_pictures,
        sources,
    )
    from storyloom.render.book import BookInput
    from storyloom.render.pdf import render_print_pdf, render_screen_pdf

    app_url = ctx.runtime.settings.shopify.app_url.rstrip("/")
    found = sources(ctx)

    def book(cover: bytes, pages: Sequence[bytes]) -> BookInput:
        return BookInput(
            story=ctx.story,
            params=ctx.params,
            cover_png=cover,
            page_pngs=pages,
            reading_level=ctx.reading_level,
            reader_url=f"{app_url}/stories/{ctx.story_id}" if app_url else None,
        )

    calls: list[tuple[GenerationType, CallRecord]] = []
    outputs: dict[str, Any] = {}

    def write(
        edition: str,
        render: Callable[[BookInput], bytes],
        input_book: Callable[[], BookInput],
        before_storing: Callable[[], object] = lambda: None,
    ) -> None:
        watch = Stopwatch()
        pdf = render(input_book())
        before_storing()
        key = ctx.key(f"book-{edition}.pdf")
        ctx.runtime.store.put(key, pdf)
        outputs[f"{edition}_key"] = key
        outputs[f"{edition}_bytes"] = len(pdf)
        calls.append(
            (
                GenerationType.PDF,
                CallRecord(
                    provider="weasyprint",
                    prompt=f"{edition} edition of {ctx.story.title!r}",
                    duration_ms=watch.elapsed_ms,
                    details={"bytes": len(pdf), "key": key},
                ),
            )
        )

    room = print_room()  # one render process fewer while the screen PDF is laid out, then all
    arrivals = Arrivals([source.name for source in found])
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="print-pictures") as background:
        printing = background.submit(print_pictures, ctx, found, room, arrivals)
        try:
            write("screen", render_screen_pdf, lambda: book(*screen_pictures(ctx, found)))
        finally:
            room.widen()
        # A picture that could not be drawn fails the unit (retryable) before a print PDF is stored,
        # whatever the layout made of the missing picture.
        write(
            "print",
            render_print_pdf,
            lambda: book(arrivals.get("cover"), arrivals.pages(found)),
            before_storing=printing.result,
        )
        pictures = printing.result()
    calls += [(GenerationType.IMAGE, call) for call in pictures.calls]
    outputs["print_pictures_drawn"] = len(pictures.drawn)
    return StageResult(output=outputs, calls=calls)


# The pipeline's own stages; storyloom.startup adds Shopify's (PUBLISH, PRINT_JOB) to a runtime's table.
STAGES: dict[UnitKind, Stage] = {
    UnitKind.TEXT: write_text,
    UnitKind.PAGE_TEXT: rewrite_page_text,
    UnitKind.CHARACTER: draw_character,
    UnitKind.COVER: draw_cover_image,
    UnitKind.PAGE_IMAGE: draw_page_image,
    UnitKind.PAGE_AUDIO: narrate_page_audio,
    UnitKind.BOOK_AUDIO: join_audio,
    UnitKind.PDF: make_pdfs,
}
