"""Paper and pigment finishes applied after rendering: watercolour blooms, crayon grain, paper fibre.

Done with Pillow on seeded noise rather than SVG filters: resvg's feTurbulence takes seconds per
page at print size, these take a fraction of one. Fine grain is a repeated tile, which PNG compresses
well (a print page stays a few megabytes instead of a dozen)."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageFilter

TILE = 160
BOX_SIGMA = 1.5


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


def _multiply(image: Image.Image, mask: Image.Image) -> Image.Image:
    return ImageChops.multiply(image, Image.merge("RGB", (mask, mask, mask)))


def _soften(image: Image.Image, sigma: float) -> Image.Image:
    """`image` blurred like a Gaussian of `sigma`. From BOX_SIGMA up (print size) by one box as wide
    as the Gaussian spreads (the same variance: a box w wide has w² = 12σ² + 1): Pillow's Gaussian is
    three such boxes, and one reads the same (under half a level apart on average, on a print page)
    in under half the time. Below it, a box a pixel or two wide would blur more than the Gaussian."""
    if sigma < BOX_SIGMA:
        return image.filter(ImageFilter.GaussianBlur(sigma))
    return image.filter(ImageFilter.BoxBlur((math.sqrt(12 * sigma * sigma + 1) - 1) / 2))


def _grain_stretch(width: int, base: int) -> int:
    return max(1, round(width * base / 2625))


def finish(image: Image.Image, texture: str, seed: int) -> Image.Image:
    """`image` with the style's texture; the same seed gives the same texture."""
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
        image = _multiply(image, ImageChops.multiply(_range(blooms, 226, 255), _range(grain, 236, 255)))
        bleed = image.resize(small, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(1.5))
        image = Image.blend(image, bleed.resize((width, height), Image.Resampling.BILINEAR), 0.22)
        return _soften(image, max(0.6, width / 1400))
    if texture == "crayon":
        tooth = _tiled(rng, width, height, (_grain_stretch(width, 6), _grain_stretch(width, 2)))
        lift = tooth.point([0 if v < 195 else min(120, (v - 195) * 3) for v in range(256)])
        image = ImageChops.screen(image, Image.merge("RGB", (lift, lift, lift)))
        grain = _tiled(rng, width, height, (1, 1))
        return _multiply(image, _range(grain, 230, 255))
    fibres = _tiled(rng, width, height, (_grain_stretch(width, 4), _grain_stretch(width, 2)))
    return _multiply(image, _range(fibres, 232, 255))
