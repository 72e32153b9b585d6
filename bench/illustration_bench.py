"""How long the built-in illustrator takes: one page at print size, and a whole 12-page book
(character sheets, cover and pages) at print size."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from storyloom.pipeline.pictures import draw_character_sheet, draw_cover, draw_page
from storyloom.providers.image.base import PRINT_SIZE_PX
from storyloom.providers.image.builtin import BuiltinIllustrator
from storyloom.story.schema import StoryContent

STORY = Path(__file__).resolve().parents[1] / "tests" / "render" / "fixtures" / "lantern_of_stars.json"
STYLES = ("watercolour", "flat", "crayon", "papercut")
PAGE_RUNS = 3


def _story() -> StoryContent:
    return StoryContent.model_validate(json.loads(STORY.read_text()))


def _book(story: StoryContent, style: str) -> int:
    providers = [BuiltinIllustrator()]
    pictures = 0
    for character in story.main_characters:
        draw_character_sheet(providers, story, character, style=style, seed=1, size_px=PRINT_SIZE_PX)
        pictures += 1
    draw_cover(providers, story, style=style, seed=1, references={}, size_px=PRINT_SIZE_PX)
    pictures += 1
    for index in range(1, len(story.chapters) + 1):
        draw_page(providers, story, index, style=style, seed=1, references={}, size_px=PRINT_SIZE_PX)
        pictures += 1
    return pictures


def run() -> None:
    """Print the median wall and CPU seconds per print-size page for each style, and one whole book's.

    CPU seconds are the steadier figure on a shared machine; wall seconds are what a reader waits."""
    story = _story()
    providers = [BuiltinIllustrator()]
    print(f"built-in illustrator, {PRINT_SIZE_PX} x {PRINT_SIZE_PX} px, {len(story.chapters)}-page story\n")
    print(
        f"| style | page: median wall s (n={PAGE_RUNS}) | page: median CPU s "
        "| 12-page book: wall s | book: CPU s |"
    )
    print("| --- | --- | --- | --- | --- |")
    for style in STYLES:
        walls, cpus = [], []
        for run_number in range(PAGE_RUNS):
            wall, cpu = time.perf_counter(), time.process_time()
            draw_page(providers, story, 2 + run_number, style=style, seed=1, references={})
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        book_wall = book_cpu = ""
        if style == "watercolour":
            wall, cpu = time.perf_counter(), time.process_time()
            count = _book(story, style)
            book_wall = f"{time.perf_counter() - wall:.1f} ({count} pictures)"
            book_cpu = f"{time.process_time() - cpu:.1f}"
        print(
            f"| {style} | {statistics.median(walls):.2f} | {statistics.median(cpus):.2f} "
            f"| {book_wall} | {book_cpu} |",
            flush=True,
        )
