"""Problem shapes: the kinds of trouble a story can be about, beyond the genre's lost thing.

Every genre world tells of something lost. A shape swaps the world's goal, problem, attempts,
discovery and ending for another kind of problem (something broken to mend, someone in need of
help, a fear to face, a wish to make come true), told with the genre's own things and creatures.
The seed chooses the shape, so two books of one genre seldom share a plot.
Each language module (`shapes_<language>.py`) holds `NOUNS` (per genre: thing, thing_acc, creature,
creature_def, scary) and `SHAPES` (per shape: goal, problem, discovery, ending, title, attempts, simple).
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, replace

from storyloom.providers.text.engine.grammar import polish
from storyloom.providers.text.engine.lexicon import GenreWorld, Lexicon

SHAPES = ("lost", "broken", "need", "fear", "wish")


@dataclass(frozen=True)
class Shape:
    """One problem shape in one language; `{thing}`, `{creature}`... are the genre's nouns."""

    goal: str
    problem: str
    discovery: str
    ending: str
    title: str
    attempts: tuple[tuple[str, str], ...]
    simple: tuple[str, str, str]


def shape_for(seed: int, genre: str, age_group: str) -> str:
    """The story's problem shape: the seed walks through the shapes from a start fixed per genre and age,
    so asking again with the next seed always tells another kind of story."""
    start = random.Random(f"shape|{genre}|{age_group}").randrange(len(SHAPES))
    return SHAPES[(start + seed) % len(SHAPES)]


def _filled(template: str, nouns: dict[str, str], language: str) -> str:
    """The template with the genre's nouns in place, contracted and elided ("de el" -> "del")."""
    for key, value in nouns.items():
        template = template.replace(f"{{{key}}}", value)
    return polish(template, language)


def shaped_world(
    world: GenreWorld, simple: tuple[str, str, str], genre: str, language: str, shape: str
) -> tuple[GenreWorld, tuple[str, str, str]]:
    """The world (and its one-clause problem, discovery and ending) told as `shape`."""
    if shape == "lost":
        return world, simple
    module = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    nouns: dict[str, str] = module.NOUNS[genre]
    data: Shape = module.SHAPES[shape]
    shaped = replace(
        world,
        goal=_filled(data.goal, nouns, language),
        problem=_filled(data.problem, nouns, language),
        discovery=_filled(data.discovery, nouns, language),
        ending=_filled(data.ending, nouns, language),
        title=_filled(data.title, nouns, language),
        attempts=tuple((_filled(a, nouns, language), _filled(f, nouns, language)) for a, f in data.attempts),
    )
    first, second, third = (_filled(s, nouns, language) for s in data.simple)
    return shaped, (first, second, third)


def story_world(
    lexicon: Lexicon, genre: str, age_group: str, seed: int
) -> tuple[GenreWorld, tuple[str, str, str]]:
    """The world a story with this genre, age group and seed is told in, and its one-clause forms."""
    shape = shape_for(seed, genre, age_group)
    return shaped_world(lexicon.worlds[genre], lexicon.simple[genre], genre, lexicon.language, shape)
