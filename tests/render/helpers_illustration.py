"""Fixture stories and pixel measurements shared by the illustration tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from storyloom.story.schema import StoryContent

FIXTURES = Path(__file__).parent / "fixtures"


def load_story(name: str) -> StoryContent:
    """A hand-written story from tests/render/fixtures."""
    return StoryContent.model_validate(json.loads((FIXTURES / f"{name}.json").read_text()))


def open_png(png: bytes) -> Image.Image:
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        return image


def pixels_near(png: bytes, colour: str, tolerance: int) -> int:
    """How many pixels are within `tolerance` (per channel) of the #rrggbb `colour`."""
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    image = open_png(png).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height) or []
    return sum(
        count
        for count, rgb in colours
        if all(abs(channel - wanted) <= tolerance for channel, wanted in zip(rgb, target, strict=True))
    )
