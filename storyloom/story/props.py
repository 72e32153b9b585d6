"""The prop vocabulary: the things a page's text can name, each drawable by the built-in illustrator.

Every prop has an id (used in `SceneSpec.props`), the words that name it in each language (singular
and plural, for finding props in a page's text), and a size class the illustrator scales it by.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar, cast

PropSize = Literal["tiny", "small", "medium", "large", "huge", "giant"]
LANGUAGES = ("en", "es", "fr", "de")


@dataclass(frozen=True)
class PropKind:
    """One drawable thing and the words for it in English, Spanish, French and German."""

    id: str
    size: PropSize
    words: dict[str, tuple[str, ...]]


_TABLE = Path(__file__).with_name("props.txt").read_text(encoding="utf-8")
"""The prop vocabulary as text, one entry a line (see the file's header)."""


def _from_table(table: str) -> tuple[PropKind, ...]:
    props = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        prop_id, size, *cells = line.split("|")
        words = {
            language: tuple(word.strip() for word in cell.split(",") if word.strip())
            for language, cell in zip(LANGUAGES, cells, strict=True)
        }
        props.append(PropKind(prop_id, cast(PropSize, size), words))
    return tuple(props)


PROPS: tuple[PropKind, ...] = (
    *_from_table(_TABLE),
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
            "en": ("cookie", "cookies", "biscuit", "biscuits", "crumbs"),
            "es": ("galleta", "galletas", "migas"),
            "fr": ("biscuit", "biscuits", "cookie", "cookies", "miettes"),
            "de": ("Keks", "Kekse", "Plätzchen", "Krümel"),
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
            "de": ("Drachen", "Riesendrachen", "Papierdrachen"),
        },
    ),
)
"""The vocabulary; extend it here, never elsewhere."""

PROP_IDS: frozenset[str] = frozenset(prop.id for prop in PROPS)
PROPS_BY_ID: dict[str, PropKind] = {prop.id: prop for prop in PROPS}


VERB_USES = {
    "en": re.compile(
        r"\bgiant(?=\s+(?:kites?|clams?|smiling|suns?|footprints|waves?|shells?|leaf|leaves|trees?"
        r"|mushrooms?|bubbles?|pumpkins?|sandcastles?|snowflakes?|steps?|puddles?)\b)"
    ),
    "fr": re.compile(
        r"\b(?:il|elle|on|qui|ils|elles)\s+(?:lit|lisent|porte|portent)\b"
        r"|(?<!boule )(?<!boules )(?<!cornet )\b(?:de|en)\s+glace\b"
    ),
}
"""Words that name a prop but are also a verb in a common phrase ("il lit" reads, not a bed), or
mean something else there ("une grotte de glace" is made of ice, not of ice cream; "the giant kite"
is a big kite, no giant)."""


DRAGON_NOT_KITE = re.compile(r"\b(?:drache|des drachen|kleinen drachen|kleine drachen)\b")
"""German "Drachen" is a kite or a dragon: a page with a form only the dragon has ("der Drache", "des
Drachen"; a kite is "des Drachens") means the dragon (accents folded)."""


SIMILE = re.compile(r"\b(?:like|as|como|comme|wie)\s+(?:\w+\s+){0,2}$")
"""What stands before a word only compared to, in folded text: "the pond shone like a mirror" names
no mirror, "crumbs floated like slow snow" no snow."""


T = TypeVar("T")

_ENDINGS = {"de": "(?:n|en|e|es|s)?"}
"""Case endings a word may carry beyond the listed forms (German dative plurals: "mit den Keksen")."""


def fold(text: str) -> str:
    """`text` lower-cased with accents removed, so "Brújula" and "brujula" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("œ", "oe")


@cache
def _matchers(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    phrases: dict[str, str] = {}
    for prop in PROPS:
        for word in prop.words.get(language, ()):
            phrases.setdefault(fold(word), prop.id)
    ordered = sorted(phrases, key=len, reverse=True)
    ending = _ENDINGS.get(language, "")
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(phrase)}{ending if len(phrase) > 3 else ''}(?!\w)"), phrases[phrase])
        for phrase in ordered
    )


def find_props(text: str, language: str) -> list[str]:
    """The prop ids a page's `text` names in `language`, in order of first mention, each once.

    Matching is by whole words, ignoring case and accents; a longer phrase wins over a word inside it
    ("magnifying glass" is one prop, not a glass); a thing only compared to ("like a mirror") is not
    named."""
    folded = fold(text)
    verbs = VERB_USES.get(language)
    if verbs is not None:
        folded = verbs.sub(lambda match: " " * len(match.group()), folded)
    found = [
        (match.start(), prop_id)
        for match, prop_id in claimed_matches(_matchers(language if language in LANGUAGES else "en"), folded)
        if not SIMILE.search(folded[: match.start()])
    ]
    ordered = list(dict.fromkeys(prop_id for _, prop_id in sorted(found)))
    if language == "de" and "kite" in ordered and DRAGON_NOT_KITE.search(folded):
        ordered.remove("kite")
    return ordered


def claimed_matches(
    patterns: Iterable[tuple[re.Pattern[str], T]], folded: str
) -> list[tuple[re.Match[str], T]]:
    """Every match of `patterns` (longest phrase first) in `folded` that no earlier match overlaps,
    with its pattern's value: "magnifying glass" claims its words before "glass" may."""
    taken = [False] * len(folded)
    claimed: list[tuple[re.Match[str], T]] = []
    for pattern, value in patterns:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                claimed.append((match, value))
    return claimed


def prop_word(prop_id: str, language: str = "en") -> str:
    """The singular word for a prop in `language` (for prompts and captions)."""
    prop = PROPS_BY_ID[prop_id]
    words = prop.words.get(language) or prop.words["en"]
    return words[0]
