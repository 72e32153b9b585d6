"""The paper finishes work band by band (to hold less of a print-size picture at once) and give the
same pixels as the whole-picture operations they replace."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageFilter

from storyloom.render.illustrator import texture


def _noise(width: int, height: int, mode: str, seed: int) -> Image.Image:
    bands = 3 if mode == "RGB" else 1
    return Image.frombytes(mode, (width, height), random.Random(seed).randbytes(width * height * bands))


def test_the_banded_box_blur_equals_the_whole_picture_blur() -> None:
    # given a picture taller than a few bands, not a whole number of them, and a print-size spread
    image = _noise(300, 3 * texture.BAND_ROWS + 77, "RGB", 1)
    sigma = 2625 / 1400
    radius = (math.sqrt(12 * sigma * sigma + 1) - 1) / 2
    # when
    banded = texture._soften(image, sigma)
    # then
    assert banded.tobytes() == image.filter(ImageFilter.BoxBlur(radius)).tobytes()


def test_pointwise_steps_in_bands_equal_the_whole_picture_steps() -> None:
    # given
    image = _noise(300, 2 * texture.BAND_ROWS + 5, "RGB", 2)
    grey = _noise(300, 2 * texture.BAND_ROWS + 5, "L", 3)
    other = _noise(300, 2 * texture.BAND_ROWS + 5, "RGB", 4)
    as_rgb = Image.merge("RGB", (grey, grey, grey))
    expected_multiply = ImageChops.multiply(image, as_rgb).tobytes()
    expected_blend = Image.blend(image, other, 0.22).tobytes()
    # when
    multiplied = texture._multiply(image.copy(), grey)
    blended = texture._in_bands(image.copy(), other, lambda band, top: Image.blend(band, top, 0.22))
    # then
    assert multiplied.tobytes() == expected_multiply
    assert blended.tobytes() == expected_blend
