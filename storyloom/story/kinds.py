"""What kind of being a character is, from the words a customer types, in any of the four languages.

One table maps the words for a kind (English, Spanish, French and German; singular and plural; with
or without an article) to the drawing kind the illustrator draws and the AI prompts name. The chosen
kind is stored in the character's bible (`VisualBible.kind`), so every page agrees.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

KindGroup = Literal["person", "animal", "creature", "machine"]


@dataclass(frozen=True)
class Kind:
    """One drawable kind: its id, its group, its age for people, and its words per language."""

    id: str
    group: KindGroup
    words: dict[str, tuple[str, ...]]
    age: Literal["baby", "child", "adult", "elder", ""] = ""


KINDS: tuple[Kind, ...] = (
    Kind(
        "child",
        "person",
        {
            "en": ("child", "children", "kid", "kids", "friend", "friends"),
            "es": ("niño", "niña", "niños", "niñas", "amigo", "amiga"),
            "fr": ("enfant", "enfants", "ami", "amie"),
            "de": ("Kind", "Kinder", "Freund", "Freundin"),
        },
        age="child",
    ),
    Kind(
        "fox",
        "animal",
        {
            "en": ("fox", "foxes"),
            "es": ("zorro", "zorra", "zorros"),
            "fr": ("renard", "renards"),
            "de": ("Fuchs", "Füchse"),
        },
    ),
)
"""The table; extend it here, never elsewhere."""

KINDS_BY_ID: dict[str, Kind] = {kind.id: kind for kind in KINDS}

_ARTICLES = re.compile(
    r"^(?:a|an|the|my|un|una|unos|unas|el|la|los|las|mi|une|le|les|l'|mon|ma|mes|ein|eine|einen|der|die|das|"
    r"mein|meine)\s+",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def resolve_kind(words: str, fallback: str = "child") -> str:
    """The drawing kind for a customer's words ("perro", "une tortue", "Oma"); `fallback` if none matches."""
    text = _ARTICLES.sub("", _fold(words))
    tokens = re.findall(r"[\w'-]+", text)
    for kind in KINDS:
        for language_words in kind.words.values():
            folded = {_fold(word) for word in language_words}
            if text in folded or any(token in folded for token in tokens):
                return kind.id
    return fallback
