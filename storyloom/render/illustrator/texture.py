"""Paper and pigment finishes applied after rendering: watercolour blooms, crayon grain, paper fibre.

Done with Pillow on seeded noise rather than SVG filters: resvg's feTurbulence takes seconds per
page at print size, these take a fraction of one. Fine grain is a repeated tile, which PNG compresses
well (a print page stays a few megabytes instead of a dozen)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PIL import Image, ImageChops, ImageFilter

TILE = 160
BOX_SIGMA = 1.5
# Pointwise steps (multiply, screen, blend) work on bands of this many rows, written back into the
# picture: a print-size picture is 28 MB, and a step done whole held two more of it at once.
BAND_ROWS = 256


def _noise(rng: random.Random, width: int, height: int) -> Image.Image:
    return Image.frombytes("L", (width, height), rng.randbytes(width * height))


def _tiled(rng: random.Random, width: int, height: int, stretch: tuple[int, int]) -> Image.Image:
    """Grain from one seeded tile, stretched by `stretch` (x, y) and repeated over width x height."""
    tile = _noise(rng, TILE, TILE).resize((TILE * stretch[0], TILE * stretch[1]), Image.Resampling.BILINEAR)
    canvas = Image.new("L", (width, height))
    for top in range(0, height, tile.height):
        for left in range(0, width, tile.width):
            canvas.paste(tile, (left, top))
    return canvas


def _range(image: Image.Image, low: int, high: int) -> Image.Image:
    """Map 0..255 onto low..high."""
    return image.point([low + (high - low) * v // 255 for v in range(256)])


def _in_bands(
    image: Image.Image, other: Image.Image, step: Callable[[Image.Image, Image.Image], Image.Image]
) -> Image.Image:
    """`image` with `step(band of image, band of other)` pasted over each band of rows, in place:
    the same pixels as `step(image, other)` for a pointwise step, without a second whole picture."""
    width, height = image.size
    for top in range(0, height, BAND_ROWS):
        box = (0, top, width, min(height, top + BAND_ROWS))
        image.paste(step(image.crop(box), other.crop(box)), box)
    return image


def _grey_to_rgb(mask: Image.Image) -> Image.Image:
    return Image.merge("RGB", (mask, mask, mask))


def _multiply(image: Image.Image, mask: Image.Image) -> Image.Image:
    """`image` multiplied by the grey `mask`, in place."""
    return _in_bands(image, mask, lambda band, grey: ImageChops.multiply(band, _grey_to_rgb(grey)))


def _soften(image: Image.Image, sigma: float) -> Image.Image:
    """`image` blurred like a Gaussian of `sigma`. From BOX_SIGMA up (print size) by one box as wide
    as the Gaussian spreads (the same variance: a box w wide has w² = 12σ² + 1): Pillow's Gaussian is
    three such boxes, and one reads the same (under half a level apart on average, on a print page)
    in under half the time. Below it, a box a pixel or two wide would blur more than the Gaussian.

    The box blur goes band by band, each with the rows its box reaches beyond it: the same pixels,
    without the whole turned copy of the picture that Pillow's vertical pass makes."""
    if sigma < BOX_SIGMA:
        return image.filter(ImageFilter.GaussianBlur(sigma))
    radius = (math.sqrt(12 * sigma * sigma + 1) - 1) / 2
    box = ImageFilter.BoxBlur(radius)
    reach = math.ceil(radius) + 1
    width, height = image.size
    softened = Image.new(image.mode, image.size)
    for top in range(0, height, BAND_ROWS):
        bottom = min(height, top + BAND_ROWS)
        start, end = max(0, top - reach), min(height, bottom + reach)
        band = image.crop((0, start, width, end)).filter(box)
        softened.paste(band.crop((0, top - start, width, bottom - start)), (0, top))
    return softened


def _grain_stretch(width: int, base: int) -> int:
    return max(1, round(width * base / 2625))


def finish(image: Image.Image, texture: str, seed: int) -> Image.Image:
    """`image` with the style's texture; the same seed gives the same texture. `image` itself may
    be changed: pass one that the caller no longer needs."""
    if texture == "none":
        return image
    rng = random.Random(seed)
    width, height = image.size
    if texture == "watercolour":
        small = (max(1, width // 8), max(1, height // 8))
        blooms = _noise(rng, 24, 24).resize(small, Image.Resampling.BICUBIC)
        blooms = blooms.filter(ImageFilter.GaussianBlur(max(1, small[0] // 60)))
        blooms = blooms.resize((width, height), Image.Resampling.BILINEAR)
        step = _grain_stretch(width, 3)
        grain = _tiled(rng, width, height, (step, step))
        blooms = _range(blooms, 226, 255)
        grain = _range(grain, 236, 255)
        mask = ImageChops.multiply(blooms, grain)
        del blooms, grain
        image = _multiply(image, mask)
        del mask
        bleed = image.resize(small, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(1.5))
        bleed = bleed.resize((width, height), Image.Resampling.BILINEAR)
        image = _in_bands(image, bleed, lambda band, blurred: Image.blend(band, blurred, 0.22))
        del bleed
        return _soften(image, max(0.6, width / 1400))
    if texture == "crayon":
        tooth = _tiled(rng, width, height, (_grain_stretch(width, 6), _grain_stretch(width, 2)))
        lift = tooth.point([0 if v < 195 else min(120, (v - 195) * 3) for v in range(256)])
        del tooth
        image = _in_bands(image, lift, lambda band, grey: ImageChops.screen(band, _grey_to_rgb(grey)))
        del lift
        grain = _tiled(rng, width, height, (1, 1))
        return _multiply(image, _range(grain, 230, 255))
    fibres = _tiled(rng, width, height, (_grain_stretch(width, 4), _grain_stretch(width, 2)))
    return _multiply(image, _range(fibres, 232, 255))
