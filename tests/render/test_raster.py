"""Pictures drawn in render processes are the same as drawn in the calling thread; a render process
that dies fails the picture with a retryable error, and the next picture is drawn by a new one."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from storyloom.errors import StorageError
from storyloom.pipeline.executor import classify
from storyloom.render import raster

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
