"""Contact sheets to look at what the built-in illustrator draws, written to `artifacts/`:

- `kinds-<language>.png`: every kind of the kinds table, typed as a customer would in that language
  (its word, a plural every other tile), resolved and drawn in watercolour;
- `kinds-styles.png`: every kind in the four styles;
- `places.png`: every place at two times of day, with a prop and two characters in a pose;
- `book-<genre>.png`: one built-in book per genre, every page small.

- `poses.png`: every pose for a child, a fox and a grandma.
- `pages-<folder>.png` (`pages FOLDER ...`): a book written by `storyloom generate --out FOLDER`, every
  page's picture beside its text and its scene (place, poses, props, animals), to judge page by page
  whether the picture shows what the text says.

Run: `python -m bench.contact_sheets [kinds] [places] [poses] [books]` (all by default), or
`python -m bench.contact_sheets pages FOLDER ...`.
"""

from __future__ import annotations

import json
import random
import sys
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from storyloom.providers.text.engine.bible import companion_bible
from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.book.fonts import FONTS_DIR
from storyloom.render.illustrator.compose import character_sheet_svg, scene_svg
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.render.raster import rasterise
from storyloom.story.kinds import KINDS
from storyloom.story.params import StoryParams
from storyloom.story.props import LANGUAGES, find_props
from storyloom.story.scene import PLACES, POSES
from storyloom.story.schema import (
    Character,
    CharacterInScene,
    PropInScene,
    SceneSpec,
    StoryContent,
    VisualBible,
)

OUT = Path(__file__).resolve().parents[1] / "artifacts"
TILE = 150
GENRES = ("adventure", "fantasy", "bedtime", "space", "animals", "ocean", "mystery", "friendship")


def _png(svg: str, size: int) -> Image.Image:
    """The SVG drawn as the pipeline draws it (storyloom.render.raster), without texture."""
    return rasterise(svg, size, size, texture="none", seed=0)


def _grid(tiles: list[tuple[Image.Image, str]], columns: int, size: int) -> Image.Image:
    rows = (len(tiles) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * size, rows * (size + 16)), "white")
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(FONTS_DIR / "NotoSans-Regular.ttf"), 11)  # ß, ö, é, ñ in the labels
    for index, (tile, label) in enumerate(tiles):
        x, y = (index % columns) * size, (index // columns) * (size + 16)
        sheet.paste(tile.resize((size, size)), (x, y))
        draw.text((x + 4, y + size + 1), label[:24], fill="#333333", font=font)
    return sheet


def _companion(name: str, words: str) -> Character:
    bible = companion_bible(random.Random(name), words, "", False)
    return Character(name=name, role="friend", description=words, bible=bible)


def kinds() -> None:
    for language in LANGUAGES:
        tiles = []
        for number, kind in enumerate(KINDS):
            words = kind.words[language]
            typed = words[1] if number % 2 and len(words) > 1 else words[0]
            character = _companion(typed, typed)
            svg = character_sheet_svg(
                character, style_named("watercolour"), 1, width=TILE, height=TILE, label=False
            )
            tiles.append((_png(svg, TILE), f"{typed} -> {character.bible.kind}"))
        _grid(tiles, 7, TILE).save(OUT / f"kinds-{language}.png")
    tiles = []
    for kind in KINDS:
        character = _companion(kind.id, kind.id)
        for style in STYLE_NAMES:
            svg = character_sheet_svg(character, style_named(style), 1, width=110, height=110, label=False)
            tiles.append((_png(svg, 110), f"{kind.id} {style[:5]}"))
    _grid(tiles, 16, 110).save(OUT / "kinds-styles.png")


def _hero() -> Character:
    return Character(
        name="Mia",
        role="hero",
        description="the hero",
        bible=VisualBible(
            species="human child",
            age="child",
            skin_or_fur="brown skin",
            hair="black, curly",
            outfit="a yellow raincoat",
            colours={"skin": "#8d5524", "hair": "#1f1a17", "outfit": "#f2c12e"},
        ),
    )


def places() -> None:
    hero, fox = _hero(), _companion("Leo", "fox")
    tiles = []
    for number, place in enumerate(PLACES):
        for time_of_day in ("morning", "night"):
            pose = POSES[(number * 2 + (time_of_day == "night")) % len(POSES)]
            scene = SceneSpec(
                setting=place,
                backdrop="garden",
                place=place,  # type: ignore[arg-type]
                time_of_day=time_of_day,  # type: ignore[arg-type]
                characters_present=["Mia", "Leo"],
                action=pose,
                mood="happy",
                composition="wide",
                shot="medium",
                cast=[CharacterInScene(name="Mia", pose=pose), CharacterInScene(name="Leo", pose="talk")],  # type: ignore[arg-type]
                props=[PropInScene(prop="compass", where="held", held_by="Mia"), PropInScene(prop="log")],
            )
            svg = scene_svg(scene, [hero, fox], style_named("watercolour"), 1, width=200, height=200)
            tiles.append((_png(svg, 200), f"{place} {time_of_day[:5]} {pose}"))
    _grid(tiles, 10, 200).save(OUT / "places.png")


def poses() -> None:
    cast = [
        _hero(),
        _companion("Leo", "fox"),
        _companion(
            "Gran",
            "grandma",
        ),
    ]
    tiles = []
    for character in cast:
        for pose in POSES:
            scene = SceneSpec(
                setting="pose",
                backdrop="garden",
                place="meadow",
                time_of_day="afternoon",
                characters_present=[character.name],
                action=pose,
                mood="happy",
                composition="centered",
                shot="medium",
                cast=[CharacterInScene(name=character.name, pose=pose, facing="right")],  # type: ignore[arg-type]
            )
            svg = scene_svg(scene, [character], style_named("flat"), 1, width=160, height=160)
            tiles.append((_png(svg, 160), f"{character.name} {pose}"))
    _grid(tiles, 10, 160).save(OUT / "poses.png")


def _with_props(story: StoryContent, language: str) -> StoryContent:
    """A preview until the engine fills scenes: each page's props are the ones its text names."""
    chapters = []
    for chapter in story.chapters:
        named = find_props(chapter.text, language)[:3]
        scene = chapter.scene.model_copy(update={"props": [PropInScene(prop=prop) for prop in named]})
        chapters.append(chapter.model_copy(update={"scene": scene}))
    return story.model_copy(update={"chapters": chapters})


def books() -> None:
    for number, genre in enumerate(GENRES):
        language = LANGUAGES[number % 4]
        params = StoryParams(
            child_name="Mia",
            age_group=("3-5", "6-8")[number % 2],  # type: ignore[arg-type]
            genre=genre,  # type: ignore[arg-type]
            language=language,  # type: ignore[arg-type]
            moral_lesson="being kind helps everyone",
            illustration_style=STYLE_NAMES[number % 4],  # type: ignore[arg-type]
        )
        story = _with_props(compose_story(params, seed=7, max_words=2000), language)
        style = style_named(params.illustration_style)
        tiles = []
        for index, chapter in enumerate(story.chapters, start=1):
            svg = scene_svg(chapter.scene, story.characters, style, index, width=220, height=220)
            props = ",".join(p.prop for p in chapter.scene.props)
            tiles.append((_png(svg, 220), f"{index} {chapter.scene.place_or_backdrop} {props}"))
        _grid(tiles, 6, 220).save(OUT / f"book-{genre}-{language}.png")


def _scene_line(scene: dict[str, object]) -> str:
    cast = " ".join(f"{entry['name']}:{entry['pose']}" for entry in scene.get("cast", []))  # type: ignore[attr-defined]
    props = ",".join(item["prop"] for item in scene.get("props", []))  # type: ignore[attr-defined]
    animals = ",".join(item["kind"] for item in scene.get("animals", []))  # type: ignore[attr-defined]
    return f"[{scene.get('place')}/{scene.get('shot')}] {cast} | props: {props} | animals: {animals}"


def pages(folder: Path) -> Path:
    """One sheet of a generated book: each page's picture with its number, text and scene."""
    story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    size, columns, text_width = 300, 3, 330
    font = ImageFont.truetype(str(FONTS_DIR / "NotoSans-Regular.ttf"), 12)
    cell_width, cell_height = size + text_width, size + 10
    chapters = story["chapters"]
    rows = (len(chapters) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * cell_width, rows * cell_height), "white")
    draw = ImageDraw.Draw(sheet)
    for index, chapter in enumerate(chapters):
        x, y = (index % columns) * cell_width, (index // columns) * cell_height
        with Image.open(folder / "pages" / f"{index + 1:02d}.png") as picture:
            sheet.paste(picture.convert("RGB").resize((size, size)), (x, y))
        lines = [f"{index + 1}. {chapter['title']}"]
        lines += textwrap.wrap(chapter["text"], 52)
        lines += textwrap.wrap(_scene_line(chapter["scene"]), 52)
        draw.multiline_text((x + size + 6, y + 4), "\n".join(lines[:21]), fill="#222222", font=font)
    target = OUT / f"pages-{folder.name}.png"
    sheet.save(target)
    return target


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    if argv[:1] == ["pages"]:
        for folder in argv[1:]:
            print(f"wrote {pages(Path(folder))}")
        return 0
    wanted = argv or ["kinds", "places", "poses", "books"]
    for name in wanted:
        {"kinds": kinds, "places": places, "poses": poses, "books": books}[name]()
        print(f"wrote {name} sheets to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
