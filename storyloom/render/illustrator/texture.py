"""Paper and pigment finishes applied after rendering: watercolour blooms, crayon grain, paper fibre.

Done with Pillow on seeded noise rather than SVG filters: resvg's feTurbulence takes seconds per
page at print size, these take a fraction of one. Fine grain is a repeated tile, which PNG compresses
well (a print page stays a few megabytes instead of a dozen)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

TILE = 160
BOX_SIGMA = 1.5
# Pointwise steps (multiply, screen, blend) work on bands of this many rows, written back into the
# picture: a print-size picture is 28 MB, and a step done whole held two more of it at once.
BAND_ROWS = 256


def _noise(rng: random.Random, width: int, height: int) -> Image.Image:
    return Image.frombytes("L", (width, height), rng.randbytes(width * height))


def _tile(rng: random.Random, stretch: tuple[int, int]) -> Image.Image:
    """One seeded grain tile, stretched by `stretch` (x, y)."""
    return _noise(rng, TILE, TILE).resize((TILE * stretch[0], TILE * stretch[1]), Image.Resampling.BILINEAR)


def _repeated(tile: Image.Image, width: int, top: int, bottom: int) -> Image.Image:
    """Rows top..bottom of `tile` repeated over a picture `width` wide from its top left."""
    canvas = Image.new("L", (width, bottom - top))
    for row in range(top - top % tile.height, bottom, tile.height):
        for left in range(0, width, tile.width):
            canvas.paste(tile, (left, row - top))
    return canvas


def _stretched(small: Image.Image, width: int, height: int, top: int, bottom: int) -> Image.Image:
    """Rows top..bottom of `small` stretched bilinearly over width x height (the same pixels as those
    rows of the whole stretched picture, without making it)."""
    scale = small.height / height
    return small.resize(
        (width, bottom - top), Image.Resampling.BILINEAR, box=(0, top * scale, small.width, bottom * scale)
    )


def _range(image: Image.Image, low: int, high: int) -> Image.Image:
    """Map 0..255 onto low..high."""
    return image.point([low + (high - low) * v // 255 for v in range(256)])


def _grey_to_rgb(mask: Image.Image) -> Image.Image:
    return Image.merge("RGB", (mask, mask, mask))


def _soften(image: Image.Image, sigma: float) -> Image.Image:
    """`image` blurred like a Gaussian of `sigma`. From BOX_SIGMA up (print size) by one box as wide
    as the Gaussian spreads (the same variance: a box w wide has w² = 12σ² + 1): Pillow's Gaussian is
    three such boxes, and one reads the same (under half a level apart on average, on a print page)
    in under half the time. Below it, a box a pixel or two wide would blur more than the Gaussian.

    The box blur goes band by band, each with the rows its box reaches beyond it, and is written back
    into `image` one band late (the next band still reads the rows it reaches above): the same pixels,
    without a second whole picture or the turned copy that Pillow's vertical pass makes."""
    if sigma < BOX_SIGMA:
        return image.filter(ImageFilter.GaussianBlur(sigma))
    radius = (math.sqrt(12 * sigma * sigma + 1) - 1) / 2
    box = ImageFilter.BoxBlur(radius)
    reach = math.ceil(radius) + 1
    rows = max(BAND_ROWS, reach)
    width, height = image.size
    held: tuple[int, Image.Image] | None = None
    for top in range(0, height, rows):
        bottom = min(height, top + rows)
        start, end = max(0, top - reach), min(height, bottom + reach)
        band = image.crop((0, start, width, end)).filter(box).crop((0, top - start, width, bottom - start))
        if held is not None:
            image.paste(held[1], (0, held[0]))
        held = (top, band)
    if held is not None:
        image.paste(held[1], (0, held[0]))
    return image


def _grain_stretch(width: int, base: int) -> int:
    return max(1, round(width * base / 2625))


@dataclass(frozen=True)
class Paper:
    """A style's texture for one picture, as the few small pieces it is made of, applied in this
    order: each `screen` tile screened over the picture and each `multiply` tile multiplied into it
    (grey tiles repeated from its top left), `blooms` (grey, small) stretched over the whole picture
    and multiplied into it, `bleed` of the picture's own colours, shrunk to `bleed_size` and blurred,
    blended back, and the whole softened like a Gaussian of `soften` (0: not at all). A canvas lays
    the tiles and the blooms without ever making a picture-sized mask."""

    screen: tuple[Image.Image, ...] = ()
    multiply: tuple[Image.Image, ...] = ()
    blooms: Image.Image | None = None
    bleed: float = 0.0
    bleed_size: tuple[int, int] = (1, 1)
    bleed_sigma: float = 1.5
    soften: float = 0.0


def paper(texture: str, width: int, height: int, seed: int) -> Paper:
    """The pieces of `texture` for a width x height picture; the same seed gives the same pieces."""
    if texture == "none":
        return Paper()
    rng = random.Random(seed)
    if texture == "watercolour":
        small = (max(1, width // 8), max(1, height // 8))
        blooms = _noise(rng, 24, 24).resize(small, Image.Resampling.BICUBIC)
        blooms = blooms.filter(ImageFilter.GaussianBlur(max(1, small[0] // 60)))
        step = _grain_stretch(width, 3)
        grain = _tile(rng, (step, step))
        return Paper(
            multiply=(_range(grain, 236, 255),),
            blooms=_range(blooms, 226, 255),
            bleed=0.22,
            bleed_size=small,
            soften=max(0.6, width / 1400),
        )
    if texture == "crayon":
        tooth = _tile(rng, (_grain_stretch(width, 6), _grain_stretch(width, 2)))
        lift = tooth.point([0 if v < 195 else min(120, (v - 195) * 3) for v in range(256)])
        grain = _tile(rng, (1, 1))
        return Paper(screen=(lift,), multiply=(_range(grain, 230, 255),))
    fibres = _tile(rng, (_grain_stretch(width, 4), _grain_stretch(width, 2)))
    return Paper(multiply=(_range(fibres, 232, 255),))


def finish(image: Image.Image, texture: str, seed: int) -> Image.Image:
    """`image` with the style's texture, changed in place (pass one that the caller no longer needs);
    the same seed gives the same texture. It goes band by band of rows: the tiles, blooms and bleed
    are stretched over each band only, so no picture-sized mask is ever made (a print-size
    watercolour page held four: 76 MB)."""
    width, height = image.size
    pieces = paper(texture, width, height, seed)
    bands = [(0, top, width, min(height, top + BAND_ROWS)) for top in range(0, height, BAND_ROWS)]
    if pieces.screen or pieces.multiply or pieces.blooms is not None:
        for box in bands:
            top, bottom = box[1], box[3]
            band = image.crop(box)
            for tile in pieces.screen:
                band = ImageChops.screen(band, _grey_to_rgb(_repeated(tile, width, top, bottom)))
            masks = [_repeated(tile, width, top, bottom) for tile in pieces.multiply]
            if pieces.blooms is not None:
                masks.insert(0, _stretched(pieces.blooms, width, height, top, bottom))
            if masks:
                mask = masks[0]
                for other in masks[1:]:
                    mask = ImageChops.multiply(mask, other)
                band = ImageChops.multiply(band, _grey_to_rgb(mask))
            image.paste(band, box)
    if pieces.bleed:
        bleed = image.resize(pieces.bleed_size, Image.Resampling.BILINEAR)
        bleed = bleed.filter(ImageFilter.GaussianBlur(pieces.bleed_sigma))
        for box in bands:
            blurred = _stretched(bleed, width, height, box[1], box[3])
            image.paste(Image.blend(image.crop(box), blurred, pieces.bleed), box)
    if pieces.soften:
        image = _soften(image, pieces.soften)
    return image
