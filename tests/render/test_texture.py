"""The paper finishes work band by band (to hold less of a print-size picture at once) and give the
same pixels as the whole-picture operations they replace."""

from __future__ import annotations

import math
import random

import pytest
from PIL import Image, ImageChops, ImageFilter

from storyloom.render.illustrator import texture


def _noise(width: int, height: int, mode: str, seed: int) -> Image.Image:
    bands = 3 if mode == "RGB" else 1
    return Image.frombytes(mode, (width, height), random.Random(seed).randbytes(width * height * bands))


def _whole(tile: Image.Image, width: int, height: int) -> Image.Image:
    grey = Image.new("L", (width, height))
    for top in range(0, height, tile.height):
        for left in range(0, width, tile.width):
            grey.paste(tile, (left, top))
    return Image.merge("RGB", (grey, grey, grey))


def _finished_whole(image: Image.Image, pieces: texture.Paper) -> Image.Image:
    """What `finish` makes, by whole-picture operations: each mask made at the picture's size."""
    width, height = image.size
    for tile in pieces.screen:
        image = ImageChops.screen(image, _whole(tile, width, height))
    masks = [_whole(tile, width, height) for tile in pieces.multiply]
    if pieces.blooms is not None:
        blooms = pieces.blooms.resize((width, height), Image.Resampling.BILINEAR)
        masks.insert(0, Image.merge("RGB", (blooms, blooms, blooms)))
    if masks:
        mask = masks[0]
        for other in masks[1:]:
            mask = ImageChops.multiply(mask, other)
        image = ImageChops.multiply(image, mask)
    if pieces.bleed:
        bleed = image.resize(pieces.bleed_size, Image.Resampling.BILINEAR)
        bleed = bleed.filter(ImageFilter.GaussianBlur(pieces.bleed_sigma))
        image = Image.blend(image, bleed.resize((width, height), Image.Resampling.BILINEAR), pieces.bleed)
    if pieces.soften:
        radius = (math.sqrt(12 * pieces.soften**2 + 1) - 1) / 2
        image = image.filter(ImageFilter.BoxBlur(radius))
    return image


def test_the_banded_box_blur_equals_the_whole_picture_blur() -> None:
    # given a picture taller than a few bands, not a whole number of them, and a print-size spread
    image = _noise(300, 3 * texture.BAND_ROWS + 77, "RGB", 1)
    sigma = 2625 / 1400
    radius = (math.sqrt(12 * sigma * sigma + 1) - 1) / 2
    expected = image.filter(ImageFilter.BoxBlur(radius)).tobytes()
    # when the blur writes each band back into the picture itself
    banded = texture._soften(image, sigma)
    # then
    assert banded is image
    assert banded.tobytes() == expected


@pytest.mark.parametrize("name", ["watercolour", "crayon", "paper"])
def test_a_finish_in_bands_equals_the_finish_with_whole_picture_masks(name: str) -> None:
    # given a picture at the print width (the watercolour softens with the box blur there), a few
    # bands tall and not a whole number of them
    width, height = 2625, 2 * texture.BAND_ROWS + 37
    image = _noise(width, height, "RGB", 5).filter(ImageFilter.GaussianBlur(4))
    expected = _finished_whole(image.copy(), texture.paper(name, width, height, 9))
    # when
    finished = texture.finish(image, name, 9)
    # then the same pixels, but for a level at a few (the stretched bleed's sample positions round
    # in each band's own box)
    difference = ImageChops.difference(finished, expected)
    assert max(high for _, high in difference.getextrema()) <= 1
    assert difference.convert("L").point([0] + [1] * 255).histogram()[1] <= width * height // 10000


def test_the_same_seed_gives_the_same_paper_and_another_seed_another() -> None:
    # given / when
    first, again, other = (texture.paper("crayon", 400, 300, seed) for seed in (3, 3, 4))
    # then
    assert [tile.tobytes() for tile in first.multiply] == [tile.tobytes() for tile in again.multiply]
    assert first.screen[0].tobytes() == again.screen[0].tobytes()
    assert first.multiply[0].tobytes() != other.multiply[0].tobytes()
    assert texture.paper("none", 400, 300, 3) == texture.Paper()
