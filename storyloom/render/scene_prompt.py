"""The words an image model gets for a page's structured scene: the place, the shot, what each
character is doing (pose, facing, expression, what they hold), the things the page names, where they
are, and the animals it names besides the characters. Shared by every image provider's prompt
(`build_prompt`, from the character bible and the scene, which every provider is given)."""

from __future__ import annotations

from collections.abc import Sequence

from storyloom.render.text_area import text_zone
from storyloom.story.kinds import KINDS_BY_ID, kind_of, kind_word
from storyloom.story.props import prop_word
from storyloom.story.schema import AnimalInScene, Character, PropInScene, SceneSpec, StoryContent

PLACE_WORDS = {
    "living-room": "living room",
    "castle-hall": "castle great hall",
    "space-station": "inside a space station",
    "outer-space": "outer space among planets and stars",
    "city-street": "city street",
    "snowy-village": "snowy village",
    "underwater": "under the sea",
    "boat": "on the deck of a boat at sea",
    "train": "inside a train carriage",
    "tower": "inside a castle tower",
    "cave": "inside a cave",
    "workshop": "inside an inventor's workshop with a workbench, gears and tools",
    "mill": "beside an old windmill with big turning sails, by a meadow",
    "cloud-kingdom": "in a kingdom in the sky on fluffy candyfloss clouds, with pastel castle towers",
    "tower-outside": "outdoors below a tall stone tower with a pointed roof on a hill, seen from outside",
}
SHOT_WORDS = {
    "wide": "wide shot showing the whole place, characters small",
    "medium": "medium shot, characters full-length",
    "close-up": "close-up on the characters' faces and hands",
    "two-shot": "two-shot: the two characters together, facing each other",
    "from-behind": "seen from behind the characters, looking where they look",
}
POSE_WORDS = {
    "stand": "standing",
    "walk": "walking",
    "run": "running",
    "jump": "jumping",
    "sit": "sitting",
    "lie": "lying down",
    "sleep": "asleep, eyes closed",
    "reach": "reaching up",
    "hold": "holding something in both hands",
    "hug": "hugging",
    "point": "pointing",
    "look-up": "looking up",
    "look-down": "looking down",
    "dance": "dancing",
    "wave": "waving",
    "cry": "crying",
    "laugh": "laughing",
    "talk": "talking",
    "swim": "swimming",
    "fly": "flying",
    "hold-hands": "holding hands with the one beside them",
    "peek": "leaning forward to peek at something",
}
WHERE_WORDS = {
    "ground": "on the ground",
    "table": "on a table",
    "sill": "on the windowsill",
    "sky": "in the sky",
    "water": "in the water",
    "wall": "on the wall",
    "tree": "in a tree",
    "background": "in the background",
    "floating": "floating in the air",
}


def place_phrase(scene: SceneSpec) -> str:
    place = scene.place_or_backdrop
    return PLACE_WORDS.get(place, place.replace("-", " "))


def _prop_phrase(item: PropInScene) -> str:
    word = prop_word(item.prop)
    if item.where == "held" and item.held_by:
        return f"a {word} held by {item.held_by}"
    if item.where == "worn" and item.held_by:
        return f"a {word} worn on {item.held_by}'s head"
    if item.prop == "song" and item.where == "floating" and item.held_by:
        return f"music notes in the air beside {item.held_by}, who sings with an open mouth"
    return f"a {word} {WHERE_WORDS.get(item.where, 'on the ground')}"


NUMBER_WORDS = {1: "a", 2: "two", 3: "three", 4: "four"}


def _animal_phrase(item: AnimalInScene) -> str:
    word = kind_word(item.kind, plural=item.count > 1)
    if item.broken:  # the thing the story mends: slumped, open, a spring out, not a friend walking along
        word = f"broken {word} (slumped, its lid open, a spring popping out, a spark, a wrench beside it)"
    return f"{NUMBER_WORDS[item.count]} {word} {WHERE_WORDS.get(item.where, 'on the ground')}"


def _kind_word(character: Character) -> str:
    kind = kind_of(character.bible.species, character.bible.kind)
    return kind.words["en"][0] if kind.id in KINDS_BY_ID else character.bible.species


def action_lines(scene: SceneSpec, cast: list[Character]) -> str:
    """One clause per character: "Mia (child) sitting, facing right, sad, holding a compass"."""
    clauses = []
    for character in cast:
        entry = scene.pose_of(character.name)
        clause = f"{character.name} (the {_kind_word(character)}) {POSE_WORDS.get(entry.pose, entry.pose)}"
        if entry.facing != "front":
            clause += ", seen from behind" if entry.facing == "back" else f", facing {entry.facing}"
        clause += f", looking {entry.expression}"
        if entry.holding:
            clause += f", holding a {prop_word(entry.holding)}"
        clauses.append(clause)
    return "; ".join(clauses)


def scene_phrase(scene: SceneSpec, cast: list[Character]) -> str:
    """The structured part of a page prompt: place, shot, actions and props, and the text area."""
    parts = [f"Place: {place_phrase(scene)}, {scene.time_of_day}.", f"Shot: {SHOT_WORDS[scene.shot]}."]
    if scene.cast and cast:
        parts.append(f"Action: {action_lines(scene, cast)}.")
    if scene.props:
        parts.append("Show clearly: " + ", ".join(_prop_phrase(item) for item in scene.props) + ".")
    if scene.animals:
        parts.append(
            "Also show, smaller than the characters: "
            + ", ".join(_animal_phrase(a) for a in scene.animals)
            + "."
        )
    zone = text_zone(scene.composition, scene.text_space)
    if zone is not None and zone[2] - zone[0] < 900:
        side = "right" if zone[0] > 0 else "left"
        parts.append(f"Keep every character and object out of the {side} half, which holds the text.")
    return " ".join(parts)


_STYLE_WORDS = {
    "watercolour": "soft watercolour picture-book illustration, gentle washes of colour on textured paper",
    "flat": "flat storybook illustration, clean shapes, bold friendly colours, no outlines",
    "crayon": "hand-drawn crayon illustration, waxy strokes, bright colours, visible paper grain",
    "papercut": "paper cut-out collage illustration, layered coloured paper with soft shadows",
}


def style_phrase(style: str) -> str:
    """How a prompt describes `style` to an image model."""
    return _STYLE_WORDS.get(style, _STYLE_WORDS["watercolour"])


def _cast_lines(characters: Sequence[Character]) -> str:
    return " ".join(f"{c.name} is {c.bible.describe()}." for c in characters)


def build_prompt(story: StoryContent, scene_or_character: SceneSpec | Character, style: str) -> str:
    """The text prompt for an image model, from the character bible and the structured scene, so that
    every provider draws the same characters with the same colours on every page."""
    look = style_phrase(style)
    if isinstance(scene_or_character, Character):
        character = scene_or_character
        colours = ", ".join(f"{name} {value}" for name, value in character.bible.colours.items())
        return (
            f"Character reference sheet for the children's book '{story.title}': {character.name}, "
            f"{character.bible.describe()}. Exact colours: {colours}"
            ". Full body, front view, standing, friendly "
            "expression, plain light background, nothing else in "
            f"the picture. Style: {look}. No text, no letters."
        )
    scene = scene_or_character
    cast = [
        story.character(name)
        for name in scene.characters_present
        if name in {c.name for c in story.characters}
    ]
    who = _cast_lines(cast) if cast else "No characters, only the place."
    calm = "upper" if scene.text_space == "top" else "lower"
    return (
        f"Illustration for the children's picture book '{story.title}'. Style: {look}. "
        f"Scene: {scene.setting} ({scene.backdrop}), {scene.time_of_day}"
        f". {scene.action}. Mood: {scene.mood}. {scene_phrase(scene, cast)} "
        f"Composition: {scene.composition.replace('-', ' ')}. Characters: {who} "
        f"Keep every character exactly as described, same outfit and colours as on every other page. "
        f"Leave the {calm} third of the picture calm and simple for the text. No text, no letters, no words."
    )
