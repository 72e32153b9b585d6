"""A contact sheet of heroes with different chosen looks, in every style: `python -m
storyloom.devtools.hero_sheet OUT.png`, for checking the appearance drawings by eye."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from storyloom.render.hero_preview import hero_preview_png
from storyloom.story.params import STYLES, Appearance

HEROES: tuple[Appearance, ...] = (
    Appearance(skin="ebony", hair_colour="black", hair_style="afro", eyes="dark-brown", glasses=True),
    Appearance(skin="fair", hair_colour="ginger", hair_style="curly", eyes="green", freckles=True),
    Appearance(skin="tan", hair_style="hijab", eyes="brown", outfit_colour="purple"),
    Appearance(skin="golden-brown", hair_style="patka", eyes="brown", outfit_colour="blue"),
    Appearance(
        skin="deep-brown", hair_colour="black", hair_style="braids", hearing_aid=True, outfit_colour="pink"
    ),
    Appearance(skin="light", hair_colour="blond", hair_style="ponytail", eyes="blue", wheelchair=True),
    Appearance(skin="olive", hair_colour="dark-brown", hair_style="bun", eyes="hazel", outfit_colour="green"),
    Appearance(skin="porcelain", hair_colour="platinum", hair_style="straight", eyes="grey", glasses=True),
    Appearance(
        skin="brown", hair_colour="dark-brown", hair_style="coily", eyes="amber", outfit_colour="teal"
    ),
    Appearance(skin="beige", hair_colour="auburn", hair_style="long", eyes="green", outfit_colour="yellow"),
    Appearance(skin="brown", hair_colour="black", hair_style="shaved", hearing_aid=True, glasses=True),
    Appearance(
        skin="fair", hair_colour="strawberry-blond", hair_style="bunches", freckles=True, wheelchair=True
    ),
)
CELL = 300


def _caption(appearance: Appearance, style: str) -> str:
    chosen = [str(value) for key, value in appearance.model_dump().items() if value and value is not True]
    flags = [key.replace("_", " ") for key, value in appearance.model_dump().items() if value is True]
    return f"{style}: " + ", ".join(chosen + flags)


def contact_sheet(columns: int = 4) -> Image.Image:
    """Every hero of HEROES, each in the next style in turn, with what was chosen written under it."""
    rows = -(-len(HEROES) // columns)
    sheet = Image.new("RGB", (columns * CELL, rows * (CELL + 22)), "white")
    draw = ImageDraw.Draw(sheet)
    for n, appearance in enumerate(HEROES):
        style = STYLES[n % len(STYLES)]
        png = hero_preview_png(appearance, style, size_px=CELL)
        x, y = (n % columns) * CELL, (n // columns) * (CELL + 22)
        with Image.open(io.BytesIO(png)) as picture:
            sheet.paste(picture.convert("RGB"), (x, y))
        draw.text((x + 6, y + CELL + 4), _caption(appearance, style)[:52], fill="#2b2530")
    return sheet


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/heroes-contact-sheet.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    contact_sheet().save(target)
    print(target)
