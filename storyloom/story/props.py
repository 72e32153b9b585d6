"""The prop vocabulary: the things a page's text can name, each drawable by the built-in illustrator.

Every prop has an id (used in `SceneSpec.props`), the words that name it in each language (singular
and plural, for finding props in a page's text), and a size class the illustrator scales it by.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PropSize = Literal["tiny", "small", "medium", "large", "huge"]


@dataclass(frozen=True)
class PropKind:
    """One drawable thing and the words for it in English, Spanish, French and German."""

    id: str
    size: PropSize
    words: dict[str, tuple[str, ...]]


PROPS: tuple[PropKind, ...] = (
    PropKind(
        "compass",
        "small",
        {
            "en": ("compass", "compasses"),
            "es": ("brújula", "brújulas"),
            "fr": ("boussole", "boussoles"),
            "de": ("Kompass", "Kompasse"),
        },
    ),
    PropKind(
        "cookie",
        "tiny",
        {
            "en": ("cookie", "cookies", "biscuit", "biscuits"),
            "es": ("galleta", "galletas"),
            "fr": ("biscuit", "biscuits", "cookie", "cookies"),
            "de": ("Keks", "Kekse", "Plätzchen"),
        },
    ),
    PropKind(
        "log",
        "large",
        {
            "en": ("log", "logs"),
            "es": ("tronco", "troncos"),
            "fr": ("rondin", "rondins", "tronc", "troncs"),
            "de": ("Baumstamm", "Baumstämme"),
        },
    ),
    PropKind(
        "bed",
        "huge",
        {"en": ("bed", "beds"), "es": ("cama", "camas"), "fr": ("lit", "lits"), "de": ("Bett", "Betten")},
    ),
    PropKind(
        "kite",
        "medium",
        {
            "en": ("kite", "kites"),
            "es": ("cometa", "cometas"),
            "fr": ("cerf-volant", "cerfs-volants"),
            "de": ("Drachen",),
        },
    ),
)
"""The vocabulary; extend it here, never elsewhere."""

PROP_IDS: frozenset[str] = frozenset(prop.id for prop in PROPS)
PROPS_BY_ID: dict[str, PropKind] = {prop.id: prop for prop in PROPS}
