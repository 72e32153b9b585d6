"""The shape of one language's phrase bank for the built-in engine.

Clauses are short, complete sentences without their full stop; `{slots}` are filled by the planner.
Slots: hero, friend, friend_kind, friend_traits, friends, place_in, goal, problem, obstacle, attempt,
failure, discovery, ending, detail, hero_trait, moral, their (English only).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

Variant = tuple[str, ...]


@dataclass(frozen=True)
class GenreWorld:
    """What a genre's stories are about, in one language."""

    place_in: str
    goal: str
    problem: str
    discovery: str
    ending: str
    title: str
    obstacles: tuple[str, ...]
    attempts: tuple[tuple[str, str], ...]
    details: tuple[str, ...]
    vocabulary: tuple[tuple[str, str], ...]
    titles: tuple[str, ...] = ()
    """More book titles naming the problem's things; a lost thing's story uses its language's LOST_TITLES."""
    solutions: tuple[tuple[str, str], ...] = ()
    """How the characters solve a problem that is not a search, once the hero has acted out the moral:
    (what they do next, what that does). Empty for a lost thing, whose turning points are searches."""
    mends: tuple[tuple[str, str], ...] = ()
    """For a world whose own problem is a thing to mend, not to find (the friendship world's torn kite):
    the nouns of that thing (`thing`, and German's `thing_acc`). Its story is told as a broken thing's:
    no search, no "Found it!", its attempt pictures show the thing being mended."""


@dataclass(frozen=True)
class Lexicon:
    """Everything the engine writes in one language."""

    language: str
    and_word: str
    list_and: str
    lowercase_starters: frozenset[str]
    worlds: dict[str, GenreWorld]
    simple: Mapping[str, tuple[str, str, str]]
    reflections: tuple[str, ...]
    beats: Mapping[str, tuple[Variant, ...]]
    themes: Mapping[str, tuple[Variant, ...]]
    theme_keywords: dict[str, tuple[str, ...]]
    titles: dict[str, tuple[str, ...]]
    hero_traits: tuple[str, ...]
    default_traits: tuple[str, ...]
    kinds: dict[str, str]
    description: str
    genre_phrases: Mapping[str, str]
    questions: tuple[str, ...]
    moral_vocabulary: dict[str, tuple[str, str]]
    setting_place_in: str
    article_rules: dict[str, str] = field(default_factory=dict)

    @property
    def starter_pattern(self) -> str:
        """A regex alternation of the words that may start a clause joined into a longer sentence."""
        return "|".join(re.escape(w) for w in sorted(self.lowercase_starters, key=len, reverse=True))
