"""Stages that stand in for the renderers (not all in main yet): each calls the chosen provider of its
kind through the pipeline's limits, exactly as the real stages do, and writes small files under the
real keys. Also a store that logs every write, so tests can count writes per key across processes."""

from __future__ import annotations

import json
import os
import time
from typing import Any

from storyloom.db.models import GenerationType, UnitKind
from storyloom.pipeline.book import content_columns
from storyloom.pipeline.stages import StageResult, UnitContext, character_key
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import ImageRequest
from storyloom.providers.speech.base import SpeechRequest
from storyloom.providers.text.base import StoryRequest
from storyloom.runtime import Runtime
from storyloom.storage import AssetStore, page_name


class LoggingStore(AssetStore):
    """An AssetStore that appends `pid time key` to a file for every write (O_APPEND, any process)."""

    def __init__(self, inner: AssetStore, log_path: str) -> None:
        super().__init__(inner._store, inner.description)
        self.log_path = log_path

    def put(self, key: str, data: bytes) -> None:
        super().put(key, data)
        line = f"{os.getpid()} {time.time():.6f} {key}\n".encode()
        descriptor = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, line)
        finally:
            os.close(descriptor)


def _text(ctx: UnitContext) -> StageResult:
    provider = ctx.text_providers()[0]
    draft = provider.write_story(StoryRequest(params=ctx.params, seed=ctx.seed, max_words=5000))
    ctx.runtime.store.put(ctx.key("story.json"), draft.story.model_dump_json().encode())
    return StageResult(
        output={"key": ctx.key("story.json"), "words": draft.story.word_count},
        calls=[(GenerationType.TEXT, draft.call)],
        story_updates=content_columns(draft.story),
    )


def _picture(ctx: UnitContext, kind: Any, name: str) -> StageResult:
    provider = ctx.image_providers()[0]
    request = ImageRequest(
        kind=kind,
        prompt=f"{kind} {ctx.index}",
        style="watercolor",
        width=256,
        height=256,
        seed=ctx.unit_seed(),
    )
    picture = provider.illustrate(request)
    ctx.runtime.store.put(ctx.key(name), picture.png)
    return StageResult(output={"key": ctx.key(name)}, calls=[(GenerationType.IMAGE, picture.call)])


def _character(ctx: UnitContext) -> StageResult:
    if ctx.index > len(ctx.story.main_characters):
        return StageResult(output={"skipped": "the story has fewer main characters"})
    return _picture(ctx, "character", character_key(ctx.index))


def _page_audio(ctx: UnitContext) -> StageResult:
    provider = ctx.speech_providers()[0]
    text = ctx.story.chapters[ctx.index - 1].text
    narration = provider.narrate(SpeechRequest(text=text, language=ctx.params.language))
    audio_key = ctx.key(f"audio/{page_name(ctx.index)}.mp3")
    timings_key = ctx.key(f"audio/{page_name(ctx.index)}.json")
    ctx.runtime.store.put(audio_key, narration.mp3)
    ctx.runtime.store.put(timings_key, json.dumps([w.as_dict() for w in narration.words]).encode())
    return StageResult(
        output={"key": audio_key, "timings_key": timings_key, "duration_ms": narration.duration_ms},
        calls=[(GenerationType.AUDIO, narration.call)],
    )


def _joined(ctx: UnitContext, name: str, parts: list[str], generation: GenerationType) -> StageResult:
    data = b"".join(ctx.runtime.store.get(ctx.key(part)) for part in parts)
    ctx.runtime.store.put(ctx.key(name), data)
    call = CallRecord(provider="stand-in", prompt=f"join {len(parts)} files")
    output = {"key": ctx.key(name), "print_key": ctx.key(name), "screen_key": ctx.key(name)}
    return StageResult(output=output, calls=[(generation, call)])


def _book_audio(ctx: UnitContext) -> StageResult:
    parts = [f"audio/{page_name(n)}.mp3" for n in range(1, len(ctx.story.chapters) + 1)]
    return _joined(ctx, "audio/book.mp3", parts, GenerationType.AUDIO)


def _pdf(ctx: UnitContext) -> StageResult:
    parts = ["cover.png"] + [f"pages/{page_name(n)}.png" for n in range(1, len(ctx.story.chapters) + 1)]
    return _joined(ctx, "book-print.pdf", parts, GenerationType.PDF)


def install_stand_ins(runtime: Runtime) -> None:
    """Put the stand-in stages in `runtime` (the publish stage is left alone)."""
    runtime.stages.update(
        {
            UnitKind.TEXT: _text,
            UnitKind.CHARACTER: _character,
            UnitKind.COVER: lambda ctx: _picture(ctx, "cover", "cover.png"),
            UnitKind.PAGE_IMAGE: lambda ctx: _picture(ctx, "page", f"pages/{page_name(ctx.index)}.png"),
            UnitKind.PAGE_AUDIO: _page_audio,
            UnitKind.BOOK_AUDIO: _book_audio,
            UnitKind.PDF: _pdf,
        }
    )
