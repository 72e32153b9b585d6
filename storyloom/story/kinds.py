"""What kind of being a character is, from the words a customer types, in any of the four languages.

One table maps the words for a kind (English, Spanish, French and German; singular and plural; with
or without an article) to the drawing kind the illustrator draws and the AI prompts name. The chosen
kind is stored in the character's bible (`VisualBible.kind`), so every page agrees.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, cast

from storyloom.story.props import LANGUAGES, SIMILE, claimed_matches, fold

KindGroup = Literal["person", "animal", "creature", "machine"]
KindAge = Literal["baby", "child", "adult", "elder", ""]


@dataclass(frozen=True)
class Kind:
    """One drawable kind: its id, its group, its age for people, and its words per language."""

    id: str
    group: KindGroup
    words: dict[str, tuple[str, ...]]
    age: KindAge = ""

    @property
    def is_person(self) -> bool:
        return self.group == "person"


_TABLE = Path(__file__).with_name("kinds.txt").read_text(encoding="utf-8")
"""The kinds table as text, one kind a line (see the file's header)."""


def _from_table(table: str) -> tuple[Kind, ...]:
    kinds = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind_id, group, age, *cells = line.split("|")
        words = {
            language: tuple(word.strip() for word in cell.split(",") if word.strip())
            for language, cell in zip(LANGUAGES, cells, strict=True)
        }
        kinds.append(Kind(kind_id, cast(KindGroup, group), words, cast(KindAge, age)))
    return tuple(kinds)


KINDS: tuple[Kind, ...] = _from_table(_TABLE)
"""The table; extend it here, never elsewhere."""

KINDS_BY_ID: dict[str, Kind] = {kind.id: kind for kind in KINDS}
ANIMAL_KIND_IDS: tuple[str, ...] = tuple(kind.id for kind in KINDS if not kind.is_person)
"""The kinds a page may show besides its characters (`SceneSpec.animals`): every animal, creature
and machine."""

_ARTICLES = re.compile(
    r"^(?:a|an|the|my|our|un|una|unos|unas|el|la|los|las|mi|mis|une|le|les|l'|mon|ma|mes|des|ein|eine|einen|"
    r"der|die|das|mein|meine|unser|unsere)\s+",
    re.IGNORECASE,
)


@cache
def _phrases(language: str | None) -> tuple[tuple[re.Pattern[str], int], ...]:
    """(whole-word pattern, index into KINDS) for every word, longest first; one language or all."""
    seen: dict[str, int] = {}
    languages = (language,) if language else LANGUAGES
    for index, kind in enumerate(KINDS):
        for code in languages:
            for word in kind.words.get(code, ()):
                seen.setdefault(fold(word), index)
    ordered = sorted(seen, key=len, reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(word)}(?!\w)"), seen[word]) for word in ordered)


@cache
def _all_words(language: str | None = None) -> dict[str, int]:
    """Every folded word of every kind (index into KINDS), in one language or all four."""
    words: dict[str, int] = {}
    for index, kind in enumerate(KINDS):
        for code in (language,) if language else LANGUAGES:
            for word in kind.words.get(code, ()):
                words.setdefault(fold(word), index)
    return words


_YOUNG_HEADS = frozenset({"kalb", "kuken", "fohlen", "kitz", "welpe", "baby", "junges", "lein", "chen"})
"""German heads that only say "the young of": in "Rentierkalb" or "Möwenküken" the first part is the
animal."""
_LINKS = ("en", "n", "s", "e", "")
_SHORTEST_PART = 3


def _compound_kind(token: str) -> int | None:
    """The kind of a German compound by its head word, the last known word it ends with ("Schlossmaus"
    is a mouse, "Seehund" would be a dog were it not a word of its own); for a head that only means
    "the young of" ("Rentierkalb", "Möwenküken") the first part decides."""
    words = _all_words("de")
    if token in words:
        return words[token]

    def is_head(word: str) -> bool:
        return len(word) >= _SHORTEST_PART <= len(token) - len(word) and token.endswith(word)

    heads = [word for word in words if is_head(word)]
    young = [head for head in _YOUNG_HEADS if is_head(head)]
    for head in sorted(young, key=len, reverse=True):
        stem = token[: -len(head)]
        for link in _LINKS:
            if link and not stem.endswith(link):
                continue
            part = stem[: len(stem) - len(link)]
            if part in words and not KINDS[words[part]].is_person:
                return words[part]
    if not heads:
        return None
    return words[max(heads, key=len)]


def _near(token: str, language: str | None) -> int | None:
    """The kind of the known word `token` is a misspelling of: as close as 0.8, of about its length and
    starting with its letter ("dinosuar"), so that an unknown word never lands on a look-alike from
    another language ("kleines" is no "baleines")."""
    for searched in (language, None) if language in LANGUAGES else (None,):
        known = _all_words(searched)
        candidates = [word for word in known if word[:1] == token[:1] and abs(len(word) - len(token)) <= 2]
        close = difflib.get_close_matches(token, candidates, n=1, cutoff=0.8)
        if close:
            return known[close[0]]
    return None


def _best(matches: list[int]) -> str:
    """Animals, creatures and machines win over people ("baby dragon" is a dragon); among people, the
    more particular kind wins ("baby brother" is a baby)."""
    return KINDS[min(matches, key=lambda index: (KINDS[index].is_person, index))].id


@lru_cache(maxsize=4096)
def resolve_kind(words: str, fallback: str = "child", language: str | None = None) -> str:
    """The drawing kind for a customer's words ("perro", "une tortue", "Oma", "the Foxes").

    The customer's `language` is searched first, then all four; a German compound is the kind of its
    head word ("Schlossmaus"); a misspelt word falls to the nearest known word that starts alike
    (before compounds when the language is unknown: "girafee" is a giraffe, no fairy); `fallback` when
    nothing is near."""
    text = _ARTICLES.sub("", fold(words).strip())
    if not text:
        return fallback
    for searched in (language, None) if language in LANGUAGES else (None,):
        taken = [False] * len(text)
        matches: list[int] = []
        for pattern, index in _phrases(searched):
            for match in pattern.finditer(text):
                start, end = match.span()
                if not any(taken[start:end]):
                    taken[start:end] = [True] * (end - start)
                    matches.append(index)
        if matches:
            return _best(matches)
    tokens = [token for token in re.findall(r"[\w'-]+", text) if len(token) > 3]
    compounds = [head for token in tokens if (head := _compound_kind(token)) is not None]
    near = [close for token in tokens if (close := _near(token, language)) is not None]
    if language == "de":
        return _best(compounds or near) if compounds or near else fallback
    if language is None:
        return _best(near or compounds) if near or compounds else fallback
    return _best(near) if near else fallback


def kind_of(species: str, stored: str = "", language: str | None = None) -> Kind:
    """The kind a character is drawn as: the one stored in its bible, else resolved from its species."""
    if stored in KINDS_BY_ID:
        return KINDS_BY_ID[stored]
    return KINDS_BY_ID[resolve_kind(species, language=language)]


def kind_word(kind_id: str, language: str = "en", plural: bool = False) -> str:
    """The kind's first word in `language` (for prompts): "dog", "perros" ..."""
    words = KINDS_BY_ID[kind_id].words.get(language) or KINDS_BY_ID[kind_id].words["en"]
    return words[1] if plural and len(words) > 1 else words[0]


_NOT_ANIMALS = {"en": frozenset({"jelly"}), "es": frozenset({"mono", "mona"})}
"""Kind words that far more often mean something else in a story's text (jelly to eat, "qué mono")."""
_PLURAL_ENDINGS = ("s", "es", "x", "e", "en", "n", "er")


@cache
def _animal_words(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """(whole-word pattern, index into KINDS) for the words of every kind that is no person, longest
    first, without the words that mostly mean something else."""
    seen: dict[str, int] = {}
    for index, kind in enumerate(KINDS):
        if kind.is_person:
            continue
        for word in kind.words.get(language, ()):
            seen.setdefault(fold(word), index)
    ordered = sorted(set(seen) - _NOT_ANIMALS.get(language, frozenset()), key=len, reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(word)}(?!\w)"), seen[word]) for word in ordered)


GERMAN_SINGULAR_BEFORE = re.compile(r"\b(?:dem|den|des|einen|einem|eines|diesen|diesem)\s+(?:\w+\s+)?$")
"""A German singular article (with an adjective) before a weak noun: "dem Drachen", "den kleinen
Drachen" are one dragon, though "Drachen" is a plural too."""


def _is_plural(word: str, kind: Kind, language: str, before: str = "") -> bool:
    """Whether `word` (folded) is a plural of one of the kind's other words ("cows", "Kühe", "hiboux");
    `before` is the text before it (accents folded)."""
    others = {fold(other) for other in kind.words.get(language, ())} - {word}
    weak = any(word in (other + "n", other + "en") for other in others)
    if language == "de" and weak and GERMAN_SINGULAR_BEFORE.search(before):
        return False
    if word.endswith("ies") and word[:-3] + "y" in others:
        return True
    if word in ("mice", "geese", "wolves", "elves", "octopi", "chevaux"):
        return True
    return any(word.endswith(ending) and word[: -len(ending)] in others for ending in _PLURAL_ENDINGS)


def named_animals(text: str, language: str, ignore: Collection[str] = ()) -> list[tuple[str, int]]:
    """(kind id, how many) for each animal, creature or machine `text` names in `language`, in order
    of first mention, each kind once: one for a singular word, three for a plural one.

    The words in `ignore` (the characters' names, the props' words: "teddy bear" is a toy) are no
    animal; matching is by whole words, ignoring case and accents."""
    folded = fold(text)
    for phrase in sorted({fold(word) for word in ignore if word.strip()}, key=len, reverse=True):
        folded = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", lambda match: " " * len(match.group()), folded)
    found: dict[str, tuple[int, int]] = {}
    for match, index in claimed_matches(_animal_words(language if language in LANGUAGES else "en"), folded):
        if SIMILE.search(folded[: match.start()]):
            continue  # "Tom felt a little like a fairy godparent": no fairy on the page
        kind = KINDS[index]
        count = 3 if _is_plural(match.group(), kind, language, folded[: match.start()]) else 1
        first, most = found.get(kind.id, (match.start(), 1))
        found[kind.id] = (min(first, match.start()), max(most, count))
    return [(kind_id, count) for kind_id, (_, count) in sorted(found.items(), key=lambda item: item[1][0])]
