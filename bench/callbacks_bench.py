"""Provider jobs (Replicate): how soon a finished prediction becomes a page of the book, by callback
to `POST /api/webhooks/generation` or by polling, and how many workers a book holds meanwhile.

A local stand-in speaks Replicate's API and finishes every prediction after a fixed "GPU time";
the text, narration and PDF stages are the tests' stand-ins, the image stages are the real ones
(the picture is fetched from the stand-in and scaled to print size).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from sqlalchemy import select

from storyloom.config import get_settings
from storyloom.db.models import ProviderJob, StoryStatus, UnitKind, WorkUnit
from storyloom.db.session import dispose_all
from storyloom.pipeline.orchestrator import start_story
from storyloom.pipeline.stages import STAGES
from storyloom.runtime import set_runtime
from storyloom.startup import build_runtime
from storyloom.story.params import StoryParams
from storyloom.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
GPU_SECONDS = 2.0
PAGES = 8
ENV_NAMES = ("PUBLIC_URL", "PROVIDER_POLL_SECONDS", "PROVIDER_CALLBACK_WAIT_SECONDS")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _book(mode: str, poll_seconds: float) -> tuple[float, list[float], int]:
    """One book; returns its wall time, each picture's delay from finished to collected (fetched,
    scaled to print size, unit done), and the polls made."""
    sys.path.insert(0, str(ROOT))
    from tests.pipeline.conftest import FakeStages
    from tests.pipeline.fake_replicate import SECRET, FakeReplicate

    fake = FakeReplicate(finish_after=GPU_SECONDS, send_callbacks=mode == "callback")
    fake.start()
    port = _free_port()
    with tempfile.TemporaryDirectory() as folder:
        for name in ENV_NAMES:
            os.environ.pop(name, None)
        os.environ.update(
            {
                "DATA_DIR": str(Path(folder) / "data"),
                "IMAGE_PROVIDER": "replicate",
                "REPLICATE_API_TOKEN": "r8_test_token",
                "REPLICATE_BASE_URL": fake.url,
                "REPLICATE_WEBHOOK_SECRET": SECRET,
                "PROVIDER_POLL_SECONDS": str(poll_seconds),
                "PROVIDER_CALLBACK_WAIT_SECONDS": "600",
                "WORKERS_PER_QUEUE": "4",
            }
        )
        if mode == "callback":
            os.environ["PUBLIC_URL"] = f"http://127.0.0.1:{port}"
        get_settings.cache_clear()
        runtime = build_runtime(get_settings())
        runtime.migrate()
        set_runtime(runtime)
        FakeStages(runtime).install()
        for kind in (UnitKind.CHARACTER, UnitKind.COVER, UnitKind.PAGE_IMAGE):
            runtime.stages[kind] = STAGES[kind]
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(runtime, run_workers=True), host="127.0.0.1", port=port, log_level="error"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        try:
            params = StoryParams.model_validate(
                {
                    "child_name": "Mia",
                    "age_group": "3-5",
                    "genre": "adventure",
                    "moral_lesson": "sharing is kind",
                    "page_count": PAGES,
                }
            )
            started = time.monotonic()
            story_id = start_story(runtime, params).story_id
            while True:
                with runtime.session() as session:
                    from storyloom.db.models import Story

                    story = session.get(Story, story_id)
                    assert story is not None
                    if story.status != StoryStatus.GENERATING:
                        break
                time.sleep(0.05)
            wall = time.monotonic() - started
            assert story.status == StoryStatus.COMPLETE, story.error_message
            with runtime.session() as session:
                rows = session.execute(
                    select(ProviderJob.external_id, WorkUnit.finished_at).join(
                        WorkUnit, WorkUnit.id == ProviderJob.unit_id
                    )
                ).all()
            delays = [
                finished.timestamp() - fake.finished_at[external_id]
                for external_id, finished in rows
                if finished is not None and external_id in fake.finished_at
            ]
            polls = fake.count("GET", "/v1/predictions/")
        finally:
            server.should_exit = True
            thread.join(timeout=15)
            fake.stop()
            set_runtime(None)
            dispose_all()
    return wall, delays, polls


def run() -> None:
    print(
        f"one {PAGES}-page book, image provider replicate (stand-in), each prediction {GPU_SECONDS:.0f} s "
        "of GPU time, 4 image workers\n"
    )
    print(
        "| how the result comes back | book wall time (s) | finished → collected, median (s) | max (s) "
        "| polls |"
    )
    print("| --- | --- | --- | --- | --- |")
    for label, mode, poll in (
        ("callback (POST /api/webhooks/generation)", "callback", 5.0),
        ("polling every 5 s (no public address)", "poll", 5.0),
        ("polling every 1 s", "poll", 1.0),
    ):
        wall, delays, polls = _book(mode, poll)
        print(f"| {label} | {wall:.2f} | {statistics.median(delays):.2f} | {max(delays):.2f} | {polls} |")
    print()


if __name__ == "__main__":
    run()
