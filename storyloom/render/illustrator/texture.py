"""Paper and pigment finishes applied after rendering: watercolour blooms, crayon grain, paper fibre.

Done with Pillow on seeded noise rather than SVG filters: resvg's feTurbulence takes seconds per
page at print size, these take a fraction of one."""

from __future__ import annotations

import random

from PIL import Image, ImageChops, ImageFilter


def _noise(rng: random.Random, width: int, height: int) -> Image.Image:
    return Image.frombytes("L", (width, height), rng.randbytes(width * height))


def _range(image: Image.Image, low: int, high: int) -> Image.Image:
    """Map 0..255 onto low..high."""
    return image.point([low + (high - low) * v // 255 for v in range(256)])


def _multiply(image: Image.Image, mask: Image.Image) -> Image.Image:
    return ImageChops.multiply(image, Image.merge("RGB", (mask, mask, mask)))


def finish(image: Image.Image, texture: str, seed: int) -> Image.Image:
    """`image` with the style's texture; the same seed gives the same texture."""
    if texture == "none":
        return image
    rng = random.Random(seed)
    width, height = image.size
    if texture == "watercolour":
        blooms = _noise(rng, 24, 24).resize((width, height), Image.Resampling.BICUBIC)
        blooms = blooms.filter(ImageFilter.GaussianBlur(max(1, width // 60)))
        image = _multiply(image, _range(blooms, 226, 255))
        grain = _noise(rng, max(1, width // 3), max(1, height // 3)).resize(
            (width, height), Image.Resampling.BILINEAR
        )
        image = _multiply(image, _range(grain, 236, 255))
        return image.filter(ImageFilter.GaussianBlur(max(0.6, width / 1400)))
    if texture == "crayon":
        tooth = _noise(rng, max(1, width // 6), max(1, height // 2)).resize(
            (width, height), Image.Resampling.BILINEAR
        )
        lift = tooth.point([0 if v < 185 else min(200, (v - 185) * 3) for v in range(256)])
        image = ImageChops.screen(image, Image.merge("RGB", (lift, lift, lift)))
        grain = _noise(rng, width, height)
        return _multiply(image, _range(grain, 222, 255))
    fibres = _noise(rng, max(1, width // 4), max(1, height // 2)).resize(
        (width, height), Image.Resampling.BILINEAR
    )
    return _multiply(image, _range(fibres, 232, 255))
