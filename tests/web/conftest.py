"""Web tests: the app on a migrated runtime, stand-in stages that write real file formats (PNG,
MP3, timings JSON, PDF) quickly, a client per browser, and the app served by uvicorn in a thread."""

from __future__ import annotations

import functools
import io
import json
import math
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import lameenc
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw

from storyloom.db.models import GenerationType, Story, StoryStatus, UnitKind
from storyloom.pipeline.book import content_columns
from storyloom.pipeline.stages import StageResult, UnitContext
from storyloom.providers.base import CallRecord
from storyloom.providers.simulated import simulated_story
from storyloom.runtime import Runtime
from storyloom.storage import page_name
from storyloom.web.app import create_app

WORD_MS = 320
SAMPLE_RATE = 22050


@pytest.fixture(autouse=True)
def fast_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETRY_BASE_SECONDS", "0.05")
    monkeypatch.setenv("RETRY_MAX_SECONDS", "0.2")
    monkeypatch.setenv("REAPER_INTERVAL_SECONDS", "1")
    monkeypatch.setenv("SECRET_KEY", "web-tests-secret")


@functools.lru_cache(maxsize=64)
def tone_mp3(duration_ms: int) -> bytes:
    """A quiet 441 Hz tone of `duration_ms` as mono MP3: decodable audio of a known length."""
    period = b"".join(
        int(2000 * math.sin(2 * math.pi * n / 50)).to_bytes(2, "little", signed=True) for n in range(50)
    )
    samples = period * (SAMPLE_RATE * duration_ms // 1000 // 50)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(samples) + encoder.flush())


def picture_png(seed: int, label: str) -> bytes:
    colour = (seed % 200 + 30, (seed // 7) % 200 + 30, (seed // 49) % 200 + 30)
    image = Image.new("RGB", (1200, 1200), colour)
    ImageDraw.Draw(image).text((20, 20), label, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class BookStages:
    """Stages that stand in for the renderers: the simulated story, small PNGs that change with the
    unit's seed, tone MP3s with evenly spaced word timings, and a two-page PDF."""

    runtime: Runtime
    runs: dict[tuple[UnitKind, int], int] = field(default_factory=dict)
    pause: float = 0.0
    held: frozenset[UnitKind] = frozenset()
    released: threading.Event = field(default_factory=threading.Event)

    def hold(self, *kinds: UnitKind) -> None:
        """Keep units of these kinds waiting until `release()`: a page under test stays as it is."""
        self.released.clear()
        self.held = frozenset(kinds)

    def release(self) -> None:
        self.held = frozenset()
        self.released.set()

    def install(self) -> None:
        # The page-text stage stays real: it only asks the text provider (built-in, or a test's double).
        for kind in UnitKind:
            if kind != UnitKind.PAGE_TEXT:
                self.runtime.stages[kind] = self._stage

    def keep_real(self, *kinds: UnitKind) -> None:
        """Let the real stages make these units (with the built-in providers)."""
        from storyloom.pipeline.stages import STAGES

        for kind in kinds:
            self.runtime.stages[kind] = STAGES[kind]

    def _stage(self, ctx: UnitContext) -> StageResult:
        if ctx.kind in self.held:
            self.released.wait(60)
        self.runs[(ctx.kind, ctx.index)] = self.runs.get((ctx.kind, ctx.index), 0) + 1
        if self.pause:
            time.sleep(self.pause)
        call = CallRecord(provider="stand-in", prompt=f"{ctx.kind.value} {ctx.index}", duration_ms=1)
        store = ctx.runtime.store
        if ctx.kind == UnitKind.TEXT:
            story = simulated_story(ctx.params, ctx.seed)
            updates = content_columns(story)
            updates["reading_level"] = {
                "formula": "Flesch-Kincaid grade",
                "score": 1.84,
                "band": [-3.0, 3.0],
                "within_band": True,
                "language": "en",
                "age_group": "3-5",
                "direction": "grade",
            }
            return StageResult({"words": story.word_count}, [(GenerationType.TEXT, call)], updates)
        if ctx.kind in (UnitKind.CHARACTER, UnitKind.COVER, UnitKind.PAGE_IMAGE):
            name = {
                UnitKind.CHARACTER: f"characters/{page_name(ctx.index)}.png",
                UnitKind.COVER: "cover.png",
                UnitKind.PAGE_IMAGE: f"pages/{page_name(ctx.index)}.png",
            }[ctx.kind]
            store.put(ctx.key(name), picture_png(ctx.unit_seed(), f"{ctx.kind.value} {ctx.index}"))
            # the seed, as the real stage gives it, versions the picture's address
            output = {"key": ctx.key(name), "seed": ctx.unit_seed()}
            return StageResult(output, [(GenerationType.IMAGE, call)])
        if ctx.kind == UnitKind.PAGE_AUDIO:
            text = ctx.story.chapters[ctx.index - 1].text
            words, position = [], 0
            for number, token in enumerate(text.split()):
                start = text.index(token, position)
                position = start + len(token)
                words.append(
                    {
                        "word": token,
                        "start_ms": number * WORD_MS,
                        "end_ms": number * WORD_MS + WORD_MS - 40,
                        "char_start": start,
                        "char_end": position,
                    }
                )
            duration = len(words) * WORD_MS
            audio_key = ctx.key(f"audio/{page_name(ctx.index)}.mp3")
            timings_key = ctx.key(f"audio/{page_name(ctx.index)}.json")
            store.put(audio_key, tone_mp3(duration))
            document = {"text": text, "language": "en", "duration_ms": duration, "words": words}
            store.put(timings_key, json.dumps(document).encode())
            return StageResult(
                {"key": audio_key, "timings_key": timings_key, "duration_ms": duration},
                [(GenerationType.AUDIO, call)],
            )
        if ctx.kind == UnitKind.BOOK_AUDIO:
            pages = [
                store.get(ctx.key(f"audio/{page_name(n)}.mp3")) for n in range(1, len(ctx.story.chapters) + 1)
            ]
            store.put(ctx.key("audio/book.mp3"), b"".join(pages))
            return StageResult({"key": ctx.key("audio/book.mp3")}, [(GenerationType.AUDIO, call)])
        if ctx.kind == UnitKind.PDF:
            outputs = {}
            for edition in ("print", "screen"):
                pages = [Image.new("RGB", (200, 200), "white") for _ in range(2)]
                ImageDraw.Draw(pages[0]).text((10, 10), ctx.story.chapters[0].text[:30], fill="black")
                buffer = io.BytesIO()
                pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:])
                store.put(ctx.key(f"book-{edition}.pdf"), buffer.getvalue())
                outputs[f"{edition}_key"] = ctx.key(f"book-{edition}.pdf")
            return StageResult(outputs, [(GenerationType.PDF, call)])
        return StageResult({"skipped": ctx.kind.value})


@pytest.fixture
def book_stages(runtime: Runtime) -> Iterator[BookStages]:
    stages = BookStages(runtime)
    stages.install()
    yield stages
    stages.release()  # nothing left waiting when a test ends early


@pytest.fixture
def app(runtime: Runtime) -> FastAPI:
    return create_app(runtime)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def stranger(app: FastAPI) -> Iterator[TestClient]:
    """A second browser: its own session cookie."""
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def workers(runtime: Runtime) -> Iterator[object]:
    from storyloom.pipeline.workers import InProcessWorkers

    with InProcessWorkers(runtime, workers_per_queue=2) as running:
        yield running


def wait_status(runtime: Runtime, story_id: str, status: StoryStatus, timeout: float = 60.0) -> Story:
    """Wait until the story reaches `status` with no unit pending or running."""
    from sqlalchemy import func, select

    from storyloom.db.models import UnitState, WorkUnit

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with runtime.session() as session:
            story = session.get(Story, story_id)
            busy = session.scalar(
                select(func.count())
                .select_from(WorkUnit)
                .where(
                    WorkUnit.story_id == story_id,
                    WorkUnit.state.in_((UnitState.PENDING, UnitState.RUNNING)),
                )
            )
            if story is not None and story.status == status and not busy:
                session.expunge(story)
                return story
        time.sleep(0.05)
    raise AssertionError(f"story {story_id} did not reach {status} in {timeout} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    runtime: Runtime


@pytest.fixture
def live_server(runtime: Runtime, book_stages: BookStages) -> Iterator[LiveServer]:
    """The app with its in-process workers and stand-in stages, served on 127.0.0.1."""
    yield from serve(runtime)


def serve(runtime: Runtime) -> Iterator[LiveServer]:
    """Serve the app with its in-process workers by uvicorn on 127.0.0.1 (a random port) in a thread."""
    port = free_port()
    config = uvicorn.Config(
        create_app(runtime, run_workers=True), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise AssertionError("uvicorn did not start")
        time.sleep(0.02)
    yield LiveServer(f"http://127.0.0.1:{port}", runtime)
    server.should_exit = True
    thread.join(timeout=15)
