"""The story a text provider writes: the shape shared by every provider, the pipeline and the renderers.

The same models are the LLM's structured output, the JSON saved on the Story row and `story.json`.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from storyloom.story.kinds import ANIMAL_KIND_IDS
from storyloom.story.props import PROP_IDS
from storyloom.story.scene import PLACE_FOR_BACKDROP, Expression, Facing, Place, Pose, PropPlacement, Shot

Backdrop = Literal[
    "forest",
    "sea",
    "underwater",
    "space",
    "castle",
    "town",
    "farm",
    "bedroom",
    "mountains",
    "desert",
    "garden",
    "school",
]
TimeOfDay = Literal["dawn", "morning", "afternoon", "sunset", "night"]
Composition = Literal["wide", "close-up", "hero-left", "hero-right", "centered"]
TextSpace = Literal["top", "bottom"]
CharacterRole = Literal["hero", "friend", "helper", "family", "pet", "other"]

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class VisualBible(BaseModel):
    """Fixed visual descriptors of one character: the same on every page, in every provider's prompt."""

    model_config = ConfigDict(extra="forbid")

    species: str = Field(description="human child, fox, dragon, robot ...")
    kind: str = Field(
        default="",
        description="the drawing kind from the kinds table (child, grandma, fox, dragon ...); "
        "chosen once so every page agrees; empty: resolved from `species`",
    )
    age: str = Field(description="how old they look: toddler, child, grown-up, old")
    skin_or_fur: str = Field(description="colour and texture of skin, fur, scales or metal")
    hair: str = Field(description="hair or mane colour and style; 'none' if none")
    outfit: str = Field(description="clothes with their colours")
    distinguishing_marks: str = Field(default="", description="freckles, a star-shaped patch, glasses ...")
    colours: dict[str, str] = Field(
        description="named colours as #rrggbb: at least 'skin' (or fur), 'hair', 'outfit'",
    )

    @field_validator("colours")
    @classmethod
    def _hex_colours(cls, value: dict[str, str]) -> dict[str, str]:
        for name, colour in value.items():
            if not _HEX.match(colour):
                raise ValueError(f"colour {name!r} must be #rrggbb, not {colour!r}")
        if not {"skin", "outfit"} <= value.keys():
            raise ValueError("colours must name at least 'skin' and 'outfit'")
        return {name: colour.lower() for name, colour in value.items()}

    def describe(self) -> str:
        """One sentence an image model can follow."""
        parts = [f"a {self.age} {self.species}", f"{self.skin_or_fur}"]
        if self.hair and self.hair != "none":
            parts.append(self.hair if "hair" in self.hair.lower() else f"{self.hair} hair")
        parts.append(f"wearing {self.outfit}")
        if self.distinguishing_marks:
            parts.append(self.distinguishing_marks)
        return ", ".join(parts)


class Character(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    role: CharacterRole
    description: str = Field(description="who they are, in a sentence")
    main: bool = Field(default=True, description="main characters get a reference sheet")
    bible: VisualBible


class CharacterInScene(BaseModel):
    """What one character present on a page is doing: pose, facing, expression and what they hold."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="a name from the story's characters")
    pose: Pose = "stand"
    facing: Facing = Field(default="front", description="left/right when they talk to someone beside them")
    expression: Expression = "happy"
    holding: str = Field(default="", description="a prop id from `props` that this character holds, or ''")


class PropInScene(BaseModel):
    """A thing the page's text names, and where it is in the picture."""

    model_config = ConfigDict(extra="forbid")

    prop: str = Field(
        description="a prop id from the prop vocabulary: compass, cookie, log, bed, kite ...",
        json_schema_extra={"enum": [*sorted(PROP_IDS)]},
    )
    where: PropPlacement = "ground"
    held_by: str = Field(
        default="",
        description="with where='held' or 'worn': the character holding it or wearing it; with a "
        "floating song: the character singing it",
    )

    @field_validator("prop")
    @classmethod
    def _known_prop(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in PROP_IDS:
            raise ValueError(f"prop {value!r} is not in the prop vocabulary; use the nearest known prop id")
        return value


class AnimalInScene(BaseModel):
    """A creature the page's text names that is none of the story's characters (the dolphin she asks,
    the cows in the field): drawn smaller than the cast, beside or behind them."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(
        description="an animal, creature or machine kind from the kinds table: dolphin, cow, owl ...",
        json_schema_extra={"enum": list(ANIMAL_KIND_IDS)},
    )
    count: int = Field(default=1, ge=1, le=4, description="how many of them the text names (1 to 4)")
    where: PropPlacement = Field(default="ground", description="ground, water, sky, tree or background")
    broken: bool = Field(
        default=False,
        description="true when the text says this machine is broken and waits to be mended (a robot to fix)",
    )
    family: bool = Field(
        default=False,
        description="true when the text names a family of this animal (the duck family, its family): "
        "drawn as a parent and its smaller young, `count` of them in all (3 or 4)",
    )

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        value = value.strip().lower()
        if value not in ANIMAL_KIND_IDS:
            raise ValueError(
                f"animal kind {value!r} is not an animal, creature or machine of the kinds table; "
                "use the nearest known kind"
            )
        return value


class SceneSpec(BaseModel):
    """What one illustration shows, structured so that every provider draws the same thing."""

    model_config = ConfigDict(extra="forbid")

    setting: str = Field(description="the place in a few words")
    backdrop: Backdrop
    place: Place | None = Field(
        default=None, description="where the page happens, from the place vocabulary (follows the beat)"
    )
    time_of_day: TimeOfDay
    characters_present: list[str] = Field(description="names from the story's characters")
    action: str
    mood: str
    composition: Composition
    shot: Shot = "medium"
    cast: list[CharacterInScene] = Field(
        default_factory=list, description="one entry per character present: pose, facing, expression"
    )
    props: list[PropInScene] = Field(default_factory=list, description="the things the page's text names")
    animals: list[AnimalInScene] = Field(
        default_factory=list,
        description="animals the page's text names that are none of the story's characters",
        max_length=4,
    )
    text_space: TextSpace = "bottom"

    @property
    def place_or_backdrop(self) -> str:
        """The place to draw: the scene's own, or the one its backdrop stands for (older stories)."""
        return self.place or PLACE_FOR_BACKDROP[self.backdrop]

    def keeping_only(self, names: set[str]) -> SceneSpec:
        """This scene with only the characters in `names`: the others leave the cast, and what they
        held is put down on the ground (a page written again may meet other companions)."""
        present = [name for name in self.characters_present if name in names]
        cast = [entry for entry in self.cast if entry.name in names]
        props = [
            item
            if item.where not in ("held", "worn") or item.held_by in names
            else item.model_copy(update={"where": "ground", "held_by": ""})
            for item in self.props
        ]
        return self.model_copy(update={"characters_present": present, "cast": cast, "props": props})

    def pose_of(self, name: str) -> CharacterInScene:
        """The character's pose entry; a standing, front-facing one when the scene gives none."""
        for entry in self.cast:
            if entry.name == name:
                return entry
        return CharacterInScene(name=name)

    @model_validator(mode="after")
    def _cast_and_props_agree(self) -> SceneSpec:
        present = set(self.characters_present)
        for entry in self.cast:
            if entry.name not in present:
                raise ValueError(f"cast names {entry.name!r}, who is not in characters_present")
        for item in self.props:
            if item.where in ("held", "worn") and item.held_by not in present:
                raise ValueError(
                    f"prop {item.prop!r} is {item.where} by {item.held_by!r}, who is not present"
                )
        return self


class Chapter(BaseModel):
    """One page of the book: its text and the scene its illustration shows."""

    model_config = ConfigDict(extra="forbid")

    title: str
    text: str
    scene: SceneSpec


class VocabularyWord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    word: str
    definition: str


class StorySettings(BaseModel):
    """Where and when the story happens, and its look."""

    model_config = ConfigDict(extra="forbid")

    place: str
    backdrop: Backdrop
    era: str = "today"
    illustration_style: str = "watercolour"


class StoryContent(BaseModel):
    """A whole story as written by a text provider."""

    model_config = ConfigDict(extra="forbid")

    title: str
    description: str
    characters: list[Character]
    settings: StorySettings
    chapters: list[Chapter]
    moral: str
    vocabulary: list[VocabularyWord] = Field(min_length=3, max_length=6)
    discussion_questions: list[str] = Field(min_length=3, max_length=3)

    @model_validator(mode="after")
    def _scenes_name_known_characters(self) -> StoryContent:
        names = {c.name for c in self.characters}
        for number, chapter in enumerate(self.chapters, start=1):
            unknown = [n for n in chapter.scene.characters_present if n not in names]
            if unknown:
                raise ValueError(f"chapter {number} shows unknown characters: {', '.join(unknown)}")
        return self

    @property
    def word_count(self) -> int:
        return sum(len(chapter.text.split()) for chapter in self.chapters)

    @property
    def main_characters(self) -> list[Character]:
        return [c for c in self.characters if c.main]

    def character(self, name: str) -> Character:
        for candidate in self.characters:
            if candidate.name == name:
                return candidate
        raise KeyError(name)
