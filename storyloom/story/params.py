"""What a customer asks for: the parameters of one book, validated field by field."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from storyloom.story.appearance import EyeColour, HairColour, HairStyle, OutfitColour, SkinTone

AgeGroup = Literal["0-2", "3-5", "6-8", "9-12"]
Genre = Literal[
    "adventure",
    "fantasy",
    "fairy tale",
    "space",
    "animals",
    "bedtime",
    "mystery",
    "friendship",
    "science",
    "ocean",
]
Language = Literal["en", "es", "fr", "de"]
IllustrationStyle = Literal["watercolour", "flat", "crayon", "papercut"]
Pronouns = Literal["she/her", "he/him", "they/them"]

AGE_GROUPS: tuple[str, ...] = get_args(AgeGroup)
GENRES: tuple[str, ...] = get_args(Genre)
LANGUAGES: tuple[str, ...] = get_args(Language)
STYLES: tuple[str, ...] = get_args(IllustrationStyle)

AGE_GROUP_LABELS = {
    "0-2": "0-2 (board book)",
    "3-5": "3-5 (picture book)",
    "6-8": "6-8 (early reader)",
    "9-12": "9-12 (chapter book)",
}
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}
STYLE_LABELS = {
    "watercolour": "Watercolour",
    "flat": "Flat storybook",
    "crayon": "Crayon",
    "papercut": "Paper cut-out",
}

MIN_PAGES = 8
MAX_PAGES = 32
DEFAULT_PAGES = 12
MAX_CHARACTERS = 4

# Letters of any script, marks, spaces, and the few punctuation marks names really use.
_NAME_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|[\s'’.\-])*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=60)]


def _clean(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    value = _CONTROL.sub("", value)
    return re.sub(r"\s+", " ", value).strip()


_VOICE_PATTERN = re.compile(r"^[A-Za-z0-9_+.\-]+$")


MAX_NAME = 40
MORAL_LENGTH = (3, 120)

# The rules of the checks below are told by their error type (a page says them in the visitor's
# language, see storyloom/web/input_errors.py); the English message stays the API's.


def _check_name(value: str, field: str) -> str:
    value = _clean(value)
    limits = {"field": field, "min": 1, "max": MAX_NAME}
    if not value:
        raise PydanticCustomError("name_length", "{field} must not be empty", limits)
    if len(value) > MAX_NAME:
        raise PydanticCustomError("name_length", "{field} must be at most {max} characters", limits)
    if not _NAME_PATTERN.match(value):
        raise PydanticCustomError(
            "name_letters",
            "{field} may contain only letters, spaces, hyphens, apostrophes and full stops",
            {"field": field},
        )
    return value


class Appearance(BaseModel):
    """How a person in the book looks; every part left empty is chosen by the story engine."""

    model_config = ConfigDict(extra="forbid")

    skin: SkinTone | None = Field(default=None, description="Skin tone, lightest to deepest.")
    hair_colour: HairColour | None = None
    hair_style: HairStyle | None = Field(
        default=None, description="Hair style, or a head covering (hijab, patka) drawn instead of hair."
    )
    eyes: EyeColour | None = Field(default=None, description="Eye colour.")
    glasses: bool = False
    freckles: bool = False
    hearing_aid: bool = False
    wheelchair: bool = False
    outfit_colour: OutfitColour | None = Field(default=None, description="Favourite colour to wear.")

    def is_empty(self) -> bool:
        """True when nothing was chosen: the engine then chooses the whole look, as without it."""
        return self == Appearance()


class CharacterSpec(BaseModel):
    """A further character the customer wants in the story."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="The character's name, letters only, at most 40 characters.")
    kind: ShortText = Field(default="friend", description="What the character is: a fox, a grandma, a robot.")
    traits: ShortText = Field(default="", description="A few words about who they are.")
    look: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)] = Field(
        default="", description="What they look like: colours, clothes, marks."
    )
    appearance: Appearance | None = Field(
        default=None,
        description="For a person (grandma, brother): how they look; empty lets the engine choose.",
    )

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return _check_name(value, "name")

    @field_validator("kind", "traits", "look")
    @classmethod
    def _text(cls, value: str) -> str:
        return _clean(value)


class StoryParams(BaseModel):
    """The parameters of one book, as the form, the CLI and the API take them."""

    model_config = ConfigDict(extra="forbid")

    child_name: str = Field(description="The child the book is for; letters, spaces, hyphens, apostrophes.")
    pronouns: Pronouns = Field(default="they/them", description="How the story refers to the child.")
    age_group: AgeGroup = Field(
        description="0-2 board book, 3-5 picture book, 6-8 early reader, 9-12 chapter book."
    )
    genre: Genre = Field(default="adventure")
    language: Language = Field(default="en")
    moral_lesson: str = Field(description="What the story teaches, 3 to 120 characters.")
    characters: list[CharacterSpec] = Field(default_factory=list, max_length=MAX_CHARACTERS)
    appearance: Appearance | None = Field(
        default=None, description="How the child looks; empty lets the engine choose, as before."
    )
    setting: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)] = Field(
        default="", description="Where the story happens; empty lets the genre choose."
    )
    page_count: int = Field(default=DEFAULT_PAGES, ge=MIN_PAGES, le=MAX_PAGES)
    dedication: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    illustration_style: IllustrationStyle = Field(default="watercolour")
    seed: int | None = Field(
        default=None, ge=0, le=2**31 - 1, description="Fixes the built-in providers' choices."
    )
    narration_voice: str | None = Field(
        default=None,
        max_length=80,
        description="A voice of the chosen speech provider (letters, digits and _ + . -, no spaces), "
        "checked against the provider's voices when the book is asked for; empty picks a warm voice "
        "for the language.",
    )
    narration_rate: float = Field(
        default=0.85, ge=0.5, le=1.5, description="Reading pace; 1 is conversational, below 1 is slower."
    )

    @field_validator("child_name")
    @classmethod
    def _child_name(cls, value: str) -> str:
        return _check_name(value, "child_name")

    @field_validator("moral_lesson")
    @classmethod
    def _moral(cls, value: str) -> str:
        value = _clean(value)
        low, high = MORAL_LENGTH
        limits = {"min": low, "max": high}
        if not value:
            raise PydanticCustomError(
                "moral_empty",
                "moral_lesson must not be empty: say in a few words what the story should teach, "
                'such as "sharing is kind"',
            )
        if len(value) < low:
            raise PydanticCustomError(
                "moral_length", "moral_lesson must be at least {min} characters", limits
            )
        if len(value) > high:
            raise PydanticCustomError("moral_length", "moral_lesson must be at most {max} characters", limits)
        return value

    @field_validator("narration_voice")
    @classmethod
    def _voice(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if value and not _VOICE_PATTERN.match(value):
            raise PydanticCustomError(
                "voice_name",
                "narration_voice must be one voice name of the narration service: letters, digits, "
                "underscores, plus signs, full stops and hyphens, with no spaces",
            )
        return value or None

    @field_validator("setting", "dedication")
    @classmethod
    def _free_text(cls, value: str) -> str:
        return _clean(value)

    @field_validator("characters")
    @classmethod
    def _distinct_characters(cls, value: list[CharacterSpec]) -> list[CharacterSpec]:
        names = [c.name.casefold() for c in value]
        if len(names) != len(set(names)):
            raise PydanticCustomError("distinct_names", "characters must have different names")
        return value
