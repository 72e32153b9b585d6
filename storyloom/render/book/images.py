"""Illustrations made ready for a page: cropped to their box, resampled to the edition's resolution.

The crop is the same as CSS `object-fit: cover` with a centred focus, so the web reader, which shows
the original PNG with that rule, frames the picture exactly as the PDF does.
"""

from __future__ import annotations

import colorsys
import functools
import io
import math

import structlog
from PIL import Image, ImageOps

from storyloom.render.book.model import BookLayoutError, Box, Palette

log = structlog.get_logger(__name__)

PRINT_DPI = 300
SCREEN_DPI = 150
PRINT_JPEG_QUALITY = 92
SCREEN_JPEG_QUALITY = 80
ORIENTATION = 0x0112  # the EXIF tag


def open_rgb(png: bytes, *, name: str, at_least: tuple[int, int] | None = None) -> Image.Image:
    """Decode an illustration and flatten it onto white as RGB; unreadable bytes are a layout error.
    With `at_least`, a JPEG is decoded at the smallest of its scales (1/2, 1/4, 1/8) that still
    covers that many pixels across and down, to be fitted to a smaller box."""
    try:
        opened = Image.open(io.BytesIO(png))
        if at_least is not None and opened.format == "JPEG":
            scale = max(at_least) / min(opened.size)  # whichever way its EXIF turns it
            opened.draft("RGB", (math.ceil(opened.width * scale), math.ceil(opened.height * scale)))
        opened.load()
    except (OSError, Image.DecompressionBombError) as exc:
        raise BookLayoutError(f"illustration {name!r} is not a readable image: {exc}") from exc
    ImageOps.exif_transpose(opened, in_place=True)
    image: Image.Image = opened
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image if image.mode == "RGB" else image.convert("RGB")


def box_pixels(box: Box, *, dpi: int) -> tuple[int, int]:
    """The width and height in pixels of a picture filling `box` at `dpi`."""
    return max(1, round(box.w * dpi)), max(1, round(box.h * dpi))


def jpeg_as_is(data: bytes, box: Box, *, dpi: int) -> bytes | None:
    """`data` itself when it is an upright RGB JPEG of the box's size at `dpi`, to under a pixel (the
    print-size pictures and the screen copies are made so: 1313 px in a 1312.5 px box): it goes into
    the PDF as it is, neither decoded nor encoded again."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            fits = (
                image.format == "JPEG"
                and image.mode == "RGB"
                and abs(image.width - box.w * dpi) < 1
                and abs(image.height - box.h * dpi) < 1
                and image.getexif().get(ORIENTATION, 1) == 1
            )
    except (OSError, Image.DecompressionBombError):
        return None
    return data if fits else None


def fit_image(image: Image.Image, box: Box, *, dpi: int, name: str) -> Image.Image:
    """Crop `image` to the box's proportions around its centre and resample it to `dpi` in that box."""
    target = box_pixels(box, dpi=dpi)
    scale = max(target[0] / image.width, target[1] / image.height)
    if abs(scale - 1) * max(image.size) <= 1:
        # A pixel off (a 1313 px screen picture in a 1312.5 px box): cropped, not resampled.
        scale = 1.0
    if scale > 1.0001:
        log.warning(
            "illustration upscaled",
            illustration=name,
            pixels=f"{image.width}x{image.height}",
            effective_dpi=round(dpi / scale),
            target_dpi=dpi,
        )
    crop_w, crop_h = target[0] / scale, target[1] / scale
    left, top = (image.width - crop_w) / 2, (image.height - crop_h) / 2
    crop = (left, top, left + crop_w, top + crop_h)
    if (round(crop_w), round(crop_h)) == target:
        return image.crop(tuple(round(v) for v in crop))  # type: ignore[arg-type]
    gap = 3.0 if dpi >= PRINT_DPI else 1.0  # screen: box-average by whole factors first, much faster
    return image.resize(target, Image.Resampling.LANCZOS, box=crop, reducing_gap=gap)


def encode_jpeg(image: Image.Image, *, dpi: int) -> bytes:
    """JPEG bytes: 4:4:4 at high quality for print, 4:2:0 at screen quality for the screen edition."""
    buffer = io.BytesIO()
    if dpi >= PRINT_DPI:
        image.save(buffer, "JPEG", quality=PRINT_JPEG_QUALITY, subsampling=0, dpi=(dpi, dpi))
    else:
        image.save(buffer, "JPEG", quality=SCREEN_JPEG_QUALITY, optimize=True, dpi=(dpi, dpi))
    return buffer.getvalue()


def prepare_image(image: Image.Image, box: Box, *, dpi: int, name: str) -> bytes:
    """The illustration as JPEG bytes sized for `box` at `dpi`."""
    return encode_jpeg(fit_image(image, box, dpi=dpi, name=name), dpi=dpi)


@functools.lru_cache(maxsize=4)
def cover_palette(cover: bytes, *, name: str = "cover") -> Palette:
    """`palette_from` the cover picture `cover` (any readable image), decoded once however many
    layouts ask for it: each PDF lays its pages out once per fitting pass, and a print-size cover
    took 40 ms to decode each time."""
    return palette_from(open_rgb(cover, name=name))


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _mix(a: tuple[float, ...], b: tuple[float, ...], t: float) -> tuple[float, float, float]:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette_from(image: Image.Image) -> Palette:
    """A palette whose accent is the cover's most vivid common colour, with readable ink on its paper."""
    small = image.convert("RGB").resize((48, 48), Image.Resampling.BILINEAR)
    quantized = small.quantize(colors=8, method=Image.Quantize.MEDIANCUT)
    colours = quantized.getpalette() or []
    counts = sorted(quantized.getcolors() or [], reverse=True)
    best: tuple[float, tuple[float, float, float]] | None = None
    for count, index in counts:
        assert isinstance(index, int)
        rgb = (float(colours[index * 3]), float(colours[index * 3 + 1]), float(colours[index * 3 + 2]))
        _, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
        score = math.sqrt(count) * (saturation + 0.05) * (1 - abs(lightness - 0.5))
        if best is None or score > best[0]:
            best = (score, rgb)
    if best is None:
        return Palette()
    hue, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in best[1]))
    accent_rgb = tuple(
        c * 255 for c in colorsys.hls_to_rgb(hue, min(max(lightness, 0.45), 0.62), max(saturation, 0.45))
    )
    accent = (accent_rgb[0], accent_rgb[1], accent_rgb[2])
    paper = _mix(accent, (255, 255, 255), 0.92)
    ink = _mix(accent, (30, 28, 40), 0.88)
    dark = _mix(accent, (20, 18, 28), 0.45)
    while _contrast(dark, paper) < 4.5:
        dark = _mix(dark, (20, 18, 28), 0.2)
    # The accent also carries large bold words: white on it ("A story for…"), and it on the paper.
    while min(_contrast(accent, (255.0, 255.0, 255.0)), _contrast(accent, paper)) < 3.2:
        accent = _mix(accent, (20, 18, 28), 0.1)
    return Palette(accent=_hex(accent), accent_dark=_hex(dark), paper=_hex(paper), ink=_hex(ink))
