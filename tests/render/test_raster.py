"""Pictures drawn in render processes are the same as drawn in the calling thread; a render process
that dies fails the picture with a retryable error, and the next picture is drawn by a new one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from storyloom.errors import StorageError
from storyloom.pipeline.executor import classify
from storyloom.render import raster
from storyloom.render.illustrator import style_named
from storyloom.render.illustrator.compose import scene_svg
from storyloom.story.schema import StoryContent

STORY = Path(__file__).parent / "fixtures" / "lantern_of_stars.json"

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">'
    '<rect width="120" height="120" fill="#9fd3f0"/><circle cx="60" cy="60" r="40" fill="#e4574b"/></svg>'
)


@pytest.fixture
def render_processes() -> Iterator[None]:
    raster.configure(2)
    yield
    raster.configure(0)


def _draw(encoding: raster.Encoding = "png") -> bytes:
    return raster.render_picture(SVG, 120, 120, texture="watercolour", seed=7, encoding=encoding)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_picture_drawn_in_a_render_process_is_the_one_drawn_in_the_thread(render_processes: None) -> None:
    in_pool = _draw()
    raster.configure(0)

    assert in_pool == _draw()
    assert in_pool.startswith(b"\x89PNG")


def test_a_print_picture_is_a_jpeg() -> None:
    assert _draw("jpeg").startswith(b"\xff\xd8")


def test_a_dead_render_process_fails_the_picture_retryably_and_the_next_is_drawn(
    render_processes: None,
) -> None:
    with pytest.raises(raster.RenderProcessLost) as lost:
        raster.in_render_process(_die)

    assert isinstance(lost.value, StorageError)
    assert classify(lost.value).retryable
    assert _draw().startswith(b"\x89PNG")


LEAN_CHECK = """
import sys
import storyloom.pipeline.workers  # the worker's main module imports the whole service
from storyloom.render import raster

if __name__ == "__main__":
    raster.configure(1)
    try:
        found = raster.in_render_process(eval, "sorted(set(__import__('sys').modules) & {%s})" % sys.argv[1])
        print(",".join(found) or "-")
    finally:
        raster.shutdown()
"""


def test_a_render_process_starts_without_the_workers_main_module(tmp_path: Path) -> None:
    """A render process holds resvg and Pillow, not the service a worker's main module imports (a
    copy of it in every render process cost ~100 MB each)."""
    script = tmp_path / "main.py"
    script.write_text(LEAN_CHECK)
    heavy = "'sqlalchemy', 'huey', 'storyloom.pipeline.workers', 'weasyprint'"
    ran = subprocess.run(
        [sys.executable, str(script), heavy], capture_output=True, text=True, timeout=120, check=True
    )
    assert ran.stdout.strip() == "-", ran.stdout + ran.stderr


@pytest.mark.parametrize("style", ["watercolour", "flat", "crayon", "papercut"])
def test_skia_draws_every_style_as_resvg_does(style: str) -> None:
    """Skia skips SVG it does not know (feDropShadow, say) without a word: the pictures it draws must
    be resvg's but for anti-aliased edges (a papercut page with feDropShadow differs on 0.135% of
    its pixels; edges alone, on under 0.03%)."""
    story = StoryContent.model_validate_json(STORY.read_text())
    for chapter in story.chapters[:3]:
        cast = [c for c in story.characters if c.name in chapter.scene.characters_present]
        svg = scene_svg(chapter.scene, cast, style_named(style), 3, width=400, height=400, figure_seed=1)

        by_skia = np.asarray(raster.rasterise(svg, 400, 400, texture="none", seed=0), dtype=int)
        by_resvg = np.asarray(raster._resvg_pixels(svg, 400, 400, None, False), dtype=int)

        differing = float((np.abs(by_skia - by_resvg).max(axis=2) > 32).mean())
        assert differing < 0.0006, f"{chapter.title}: {differing:.4%} of the pixels differ"


def test_pictures_are_drawn_by_resvg_where_skia_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10" fill="#f00"/></svg>'
    )
    by_skia = raster.rasterise(svg, 20, 20, texture="none", seed=0)
    monkeypatch.setattr(raster, "_skia", lambda: None)

    by_resvg = raster.rasterise(svg, 20, 20, texture="none", seed=0)

    assert by_resvg.size == by_skia.size == (20, 20)
    assert by_resvg.getpixel((10, 10)) == by_skia.getpixel((10, 10)) == (255, 0, 0)


def test_a_picture_drawn_in_strips_is_the_picture_drawn_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skia draws a tall picture a strip of rows at a time: only anti-aliased edges near where strips
    meet come out otherwise than drawn at once, by a level or two but for a handful of pixels (seven
    strips of a 500 px page: 0.21% of the pixels more than 2 levels apart, 0.006% more than 16)."""
    story = StoryContent.model_validate_json(STORY.read_text())
    scene = story.chapters[1].scene
    style = style_named("watercolour")
    svg = scene_svg(scene, story.characters, style, 3, width=500, height=500, figure_seed=1)
    monkeypatch.setattr(raster, "STRIP_ROWS", 500)
    whole = np.asarray(raster.rasterise(svg, 500, 500, texture="none", seed=0), dtype=int)
    monkeypatch.setattr(raster, "STRIP_ROWS", 77)  # six strips and a short one

    in_strips = np.asarray(raster.rasterise(svg, 500, 500, texture="none", seed=0), dtype=int)

    differing = np.abs(whole - in_strips).max(axis=2)
    assert float((differing > 2).mean()) < 0.005
    assert float((differing > 16).mean()) < 0.0002
    assert differing.max() <= 64
