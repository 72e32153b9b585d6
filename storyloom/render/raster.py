"""SVG to finished pixels: Skia draws the picture straight into memory (resvg draws the few pictures
with text, whose fonts it shapes), Pillow adds the style's texture, and the picture is encoded once at
the end. Skia draws a page in a twentieth of resvg's time, and hands over its pixels without the PNG
that resvg encodes and Pillow decodes again.

Drawing is CPU-bound, and resvg and Pillow hold the GIL for much of it, so a worker process hands
pictures to a pool of render processes (RENDER_PROCESSES, one per core by default): every core
draws. A render process keeps no state; if one dies, the picture's unit fails with a retryable
error and runs again, so a crash still loses nothing and duplicates nothing.
"""

from __future__ import annotations

import ctypes
import functools
import io
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import spawn
from multiprocessing.context import ForkServerContext, ForkServerProcess
from typing import Any, Literal, TypeVar

import numpy
import resvg_py
from PIL import Image

from storyloom.errors import StorageError

# A render process is replaced after this many pictures, so that no allocator growth piles up (a new
# one is forked from the forkserver, which holds resvg and Pillow already: a few milliseconds).
PICTURES_PER_PROCESS = 256
# Print-size pictures go to the print PDF as JPEG anyway: encoding one takes a tenth of a PNG's time.
PRINT_JPEG_QUALITY = 95
PRINT_DPI = 300
# The screen copy of a picture, which the reader serves and the screen PDF embeds as it is.
SCREEN_JPEG_QUALITY = 85
SCREEN_DPI = 150
STRIP_ROWS = 672  # Skia draws a picture in strips of this many rows: four at print size
OWNER_CHECK_SECONDS = 1.0
HUFFMAN_ONLY = 2  # zlib's Z_HUFFMAN_ONLY strategy
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameters
M_ARENA_MAX = -8
MMAP_THRESHOLD_BYTES = 1 << 20
# A worker's threads (each queue's consumers, the PDFs' helpers) share this many malloc arenas:
# glibc's default, eight per core, lets each thread's freed memory sit in an arena of its own.
WORKER_ARENAS = 2

# "png": the stored picture; "jpeg": print quality (4:4:4, 300 dpi); "screen-jpeg": the screen copy.
Encoding = Literal["png", "jpeg", "screen-jpeg"]
T = TypeVar("T")

_pool: ProcessPoolExecutor | None = None
_processes = 0
_lock = threading.Lock()


class RenderProcessLost(StorageError):
    """A render process died while drawing; the unit that asked runs again (retryable)."""

    code = "RENDER_PROCESS_LOST"

    def __init__(self) -> None:
        super().__init__("a render process stopped while drawing a picture; it will be drawn again")


class _RenderProcess(ForkServerProcess):
    """A render process: named so that it starts without the worker's main module (below)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.name = f"{RENDER_PROCESS_NAME}-{self.name}"


class _LeanContext(ForkServerContext):
    """Forkserver processes that are forked from a server holding only resvg, Pillow and this module."""

    Process = _RenderProcess


def _lean_preparation_data(name: str) -> dict[str, Any]:
    """What a new process imports before it runs: a render process skips the worker's main module
    (which imports the whole service, ~900 modules and ~100 MB per process); it needs only the
    modules its pictures are drawn with, which it finds by name when a task arrives."""
    data: dict[str, Any] = _preparation_data(name)
    if name.startswith(RENDER_PROCESS_NAME):
        data.pop("init_main_from_name", None)
        data.pop("init_main_from_path", None)
    return data


RENDER_PROCESS_NAME = "storyloom-render"
_preparation_data = spawn.get_preparation_data
if getattr(spawn.get_preparation_data, "__name__", "") != _lean_preparation_data.__name__:
    spawn.get_preparation_data = _lean_preparation_data


def default_processes() -> int:
    """One render process per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def configure(processes: int) -> None:
    """Draw in `processes` render processes from now on (0: in the calling thread); they start now,
    in the background, so that the first picture does not wait for them to import and the caller
    does not either: starting the first one waits for the forkserver to import numpy, resvg and
    Pillow (0.5 s on a quiet machine, 5 s on a busy one), which the worker's own imports and the
    book's text overlap now."""
    global _processes
    with _lock:
        if processes != _processes:
            _shutdown_locked()
        _processes = max(0, processes)
    pool = _current_pool()
    if pool is not None:
        threading.Thread(target=_start, args=(pool, processes), name="render-start", daemon=True).start()


def _start(pool: ProcessPoolExecutor, processes: int) -> None:
    try:
        for _ in range(processes):
            pool.submit(_ready)
    except RuntimeError:  # shut down (configured again) meanwhile: the next pool starts its own
        pass


def _ready() -> None:
    """Submitting it makes the pool start a process, which loads Skia before its first picture."""
    _skia()


def shutdown(*, wait: bool = False) -> None:
    """Stop the render processes (they start again on the next picture if still configured); with
    `wait`, return once they have exited (a process still starting finishes starting first: one left
    half-started when its parent exits prints a traceback)."""
    with _lock:
        _shutdown_locked(wait=wait)


def _shutdown_locked(*, wait: bool = False) -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=wait, cancel_futures=True)
        _pool = None


def _current_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _processes <= 0:
            return None
        if _pool is None:
            context = _LeanContext()
            context.set_forkserver_preload([__name__, "storyloom.render.illustrator.texture"])
            _pool = ProcessPoolExecutor(
                max_workers=_processes,
                mp_context=context,
                max_tasks_per_child=PICTURES_PER_PROCESS,
                initializer=_start_render_process,
                initargs=(os.getpid(),),
            )
        return _pool


def _start_render_process(owner: int) -> None:
    return_big_buffers()
    _follow_owner(owner)


def return_big_buffers(arenas: int | None = None) -> None:
    """Give every buffer of a megabyte or more back to the system when it is freed (and, given
    `arenas`, let the process's threads share that many malloc arenas; call it before they start).
    glibc's malloc otherwise raises its mmap threshold to the size of the last freed buffer (up to
    32 MB), so the next picture's 16 MB blocks come from the heap and stay there: after eight
    print-size pictures a render process idled at 107 MB, now at 61."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: its allocator has other rules
        return
    libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
    if arenas:
        libc.mallopt(M_ARENA_MAX, arenas)


def _follow_owner(owner: int) -> None:
    """In a render process: exit when the worker that owns the pool is gone (killed, say), instead
    of lingering with its memory."""

    def watch() -> None:
        while True:
            time.sleep(OWNER_CHECK_SECONDS)
            try:
                os.kill(owner, 0)
            except ProcessLookupError:
                os._exit(0)

    threading.Thread(target=watch, name="render-owner-watch", daemon=True).start()


@functools.cache
def _skia() -> Any:
    """skia-python, or None where its wheel cannot load (it links the system's libEGL and libGL:
    Debian's `libegl1` and `libgl1`); then resvg draws every picture, five times slower."""
    try:
        import skia
    except ImportError as error:
        logging.getLogger(__name__).warning(
            "Skia cannot load (%s): pictures are drawn by resvg, more slowly; install libegl1 and libgl1",
            error,
        )
        return None
    return skia


def _skia_pixels(svg: str, width: int, height: int) -> Image.Image:
    """The SVG drawn by Skia on white, scaled from its own size to width x height, as RGB pixels."""
    skia = _skia()
    document = skia.SVGDOM.MakeFromStream(skia.MemoryStream(svg.encode(), True))
    if document is None:
        raise ValueError("the picture's SVG could not be read")
    own = document.containerSize()
    # Skia draws a strip of rows at a time into one small buffer, which Pillow reads in place and
    # converts into the RGB picture: a print-size picture held its whole RGBA drawing and the RGB
    # copy at once (55 MB), now the RGB picture and a strip (34 MB). Skia leaves out what falls
    # outside the strip, so four strips take the CPU time of one whole drawing.
    image = Image.new("RGB", (width, height))
    rows = min(height, STRIP_ROWS)
    pixels = numpy.empty((rows, width, 4), numpy.uint8)
    for top in range(0, height, rows):
        strip = pixels[: min(rows, height - top)]
        surface = skia.Surface(strip, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
        with surface as canvas:
            canvas.clear(skia.ColorWHITE)
            canvas.translate(0, -top)
            if own.width() > 0 and own.height() > 0:
                canvas.scale(width / own.width(), height / own.height())
            document.render(canvas)
        drawn = Image.frombuffer("RGBA", (width, len(strip)), strip, "raw", "RGBA", 0, 1)
        image.paste(drawn.convert("RGB"), (0, top))
    return image


def _resvg_pixels(
    svg: str, width: int, height: int, font_files: list[str] | None, system: bool
) -> Image.Image:
    raw = resvg_py.svg_to_bytes(
        svg_string=svg, width=width, height=height, font_files=font_files, skip_system_fonts=not system
    )
    with Image.open(io.BytesIO(bytes(raw))) as rendered:
        image = rendered.convert("RGB")
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    return image


def rasterise(
    svg: str,
    width: int,
    height: int,
    *,
    texture: str,
    seed: int,
    font_files: Sequence[str] | None = None,
    system_fonts: bool = False,
) -> Image.Image:
    """The SVG drawn at exactly width x height, with the style's texture, as RGB pixels. Text uses
    `font_files`, or the system's fonts with `system_fonts` (resvg draws those pictures); without
    either, text is not drawn."""
    from storyloom.render.illustrator.texture import finish

    # The drawn pixels go straight to `finish`, which textures them in place: no reference here keeps
    # the untextured picture (28 MB at print size) alive meanwhile.
    if font_files or system_fonts or _skia() is None:
        return finish(
            _resvg_pixels(svg, width, height, list(font_files) if font_files else None, system_fonts),
            texture,
            seed,
        )
    return finish(_skia_pixels(svg, width, height), texture, seed)


def encode(image: Image.Image, encoding: Encoding = "png") -> bytes:
    """PNG bytes compressed lightly, a print-quality JPEG (4:4:4, 300 dpi), or the screen copy (a
    progressive JPEG at 150 dpi, a tenth of the PNG's bytes). The PNG's zlib stream uses Huffman
    coding only: on textured pictures it is both faster and smaller than level 1."""
    out = io.BytesIO()
    if encoding == "jpeg":
        image.save(out, format="JPEG", quality=PRINT_JPEG_QUALITY, subsampling=0, dpi=(PRINT_DPI, PRINT_DPI))
    elif encoding == "screen-jpeg":
        image.save(
            out,
            format="JPEG",
            quality=SCREEN_JPEG_QUALITY,
            optimize=True,
            progressive=True,
            dpi=(SCREEN_DPI, SCREEN_DPI),
        )
    else:
        image.save(out, format="PNG", compress_level=1, compress_type=HUFFMAN_ONLY)
    return out.getvalue()


def _draw(
    svg: str,
    width: int,
    height: int,
    texture: str,
    seed: int,
    fonts: Sequence[str] | None,
    system: bool,
    encodings: tuple[Encoding, ...],
) -> tuple[bytes, ...]:
    image = rasterise(svg, width, height, texture=texture, seed=seed, font_files=fonts, system_fonts=system)
    return tuple(encode(image, encoding) for encoding in encodings)


def render_picture(
    svg: str,
    width: int,
    height: int,
    *,
    texture: str,
    seed: int,
    font_files: Sequence[str] | None = None,
    system_fonts: bool = False,
    encoding: Encoding = "png",
) -> bytes:
    """The finished picture as PNG (or JPEG) bytes, drawn in a render process when a pool is
    configured."""
    (picture,) = render_pictures(
        svg,
        width,
        height,
        texture=texture,
        seed=seed,
        font_files=font_files,
        system_fonts=system_fonts,
        encodings=(encoding,),
    )
    return picture


def render_pictures(
    svg: str,
    width: int,
    height: int,
    *,
    texture: str,
    seed: int,
    encodings: tuple[Encoding, ...],
    font_files: Sequence[str] | None = None,
    system_fonts: bool = False,
) -> tuple[bytes, ...]:
    """The picture drawn once and encoded in each of `encodings`, in that order: the stored PNG and
    its screen copy come from the same pixels, neither decoded again to make the other."""
    return in_render_process(_draw, svg, width, height, texture, seed, font_files, system_fonts, encodings)


def in_render_process(function: Callable[..., T], *args: Any) -> T:
    """`function(*args)` in a render process (in this thread when no pool is configured); raises
    RenderProcessLost (retryable) if the process dies meanwhile."""
    global _pool
    pool = _current_pool()
    if pool is None:
        return function(*args)
    try:
        return pool.submit(function, *args).result()
    except BrokenProcessPool as exc:
        with _lock:
            if _pool is pool:
                _pool = None
        raise RenderProcessLost() from exc


def parallel_pictures() -> int:
    """How many pictures are worth drawing at once: the render processes, or 1 without a pool."""
    with _lock:
        return max(1, _processes)
