"""Problem shapes: the kinds of trouble a story can be about, beyond the genre's lost thing.

Every genre world tells of something lost. A shape swaps the world's goal, problem, attempts,
discovery and ending for another kind of problem (something broken to mend, someone in need of
help, a fear to face, a wish to make come true), told with the genre's own things and creatures.
The seed chooses the shape, so two books of one genre seldom share a plot.
Each language module (`shapes_<language>.py`) holds `NOUNS` (per genre: thing, thing_acc, creature,
creature_def, scary) and `SHAPES` (per shape: goal, problem, discovery, ending, title, attempts, simple),
and for a customer's place that replaces the genre's world `PLACE_NOUNS`, `PLACE_DETAILS` and
`PLACE_OBSTACLES` (a place that is another genre's own world borrows that genre's).
"""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from storyloom.providers.text.engine import scenes
from storyloom.providers.text.engine.grammar import polish
from storyloom.providers.text.engine.lexicon import GenreWorld, Lexicon
from storyloom.story.kinds import resolve_kind

SHAPES = ("lost", "broken", "need", "fear", "wish")

MENDING_GENRES = frozenset({"friendship", "science"})
"""The genres whose own world's problem is a thing to mend (the torn kite, the weather machine making
snow; `GenreWorld.mends`), told as a broken thing's story: they tell no other broken thing."""

# A mystery is a puzzle to solve from clues: its world's missing thing (a wrong lead, a clue found on
# the way, the answer worked out) or one of the puzzles (a wrong guess, clues, the answer): the missing
# soft things, the secret gifts left every morning, the tapping heard every evening.
PUZZLES = ("mystery", "gifts", "noise")
MYSTERY_SHAPES = ("mystery", "lost", "gifts", "noise")

# A puzzle's answer lists its clues ("put the clues together, the tiny tracks, the vanished crumbs and
# ..., and worked out the answer"); a book too short to tell every clue gathers them without the list,
# so the answer never names a clue the reader was not shown.
CLUE_LISTS = {
    "en": re.compile(r"(put the clues together), .+?, (and worked out)"),
    "es": re.compile(r"(juntó las pistas), .+?, (y descubrió)"),
    "fr": re.compile(r"(rassembla les indices), .+?, (et trouva)"),
    "de": re.compile(r"(setzte die Hinweise zusammen), .+?, (und fand)"),
}


def without_clue_list(discovery: str, language: str) -> str:
    """A puzzle's answer that gathers its clues without naming them (for a book that told only some)."""
    return CLUE_LISTS[language].sub(r"\1 \2", discovery, count=1)


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
    titles: tuple[str, ...] = ()
    """Book titles that name the problem's thing, creature or place (and may name `{friend}`)."""
    solutions: tuple[tuple[str, str], ...] = ()
    """How the characters solve it on the turning page, after the hero's act: (what they do next, what
    that does). A turning point written for a search ("looked right into that corner") does not fit
    a wish or a broken thing; these do, whatever the moral."""


@dataclass(frozen=True)
class Repair:
    """How one kind of broken thing is mended, in one language: a rope bridge is tied, a clock opened and
    oiled, a kite sewn. It replaces the broken shape's problem, attempts, solutions, answer and ending;
    its one-clause answer (`simple[1]`) says what the characters did, for a board book's turning page."""

    problem: str
    discovery: str
    ending: str
    attempts: tuple[tuple[str, str], ...]
    solutions: tuple[tuple[str, str], ...]
    simple: tuple[str, str, str]


REPAIR_KINDS = {
    "adventure": "rope",
    "friendship": "rope",
    "jungle": "rope",
    "fairy tale": "wood",
    "animals": "wood",
    "snowy-village": "wood",
    "mountains": "wood",
    "garden": "wood",
    "space": "machine",
    "bedtime": "machine",
    "mystery": "machine",
    "science": "machine",
    "castle-hall": "machine",
    "city-street": "machine",
    "desert": "machine",
    "boat": "machine",
    "fantasy": "magic",
    "beach": "cloth",
}
"""What each genre's or place's broken thing is made of, which decides how it is mended (each
language's `REPAIRS`): a bridge's or a swing's rope, a windmill's or a gate's board, a clock's, a
radio's or a pump's works, a lamp's magic, a kite's cloth. A thing not listed (the coral castle) is
put back together from its pieces, as the broken shape tells it."""


# A customer's place that is a genre's own world borrows that genre's nouns.
PLACE_GENRES = {
    "underwater": "ocean",
    "outer-space": "space",
    "space-station": "space",
    "farm": "animals",
    "bedroom": "bedtime",
    "park": "friendship",
    "playground": "friendship",
    "forest": "adventure",
}


def setting_place(genre: str, setting: str) -> str | None:
    """The customer's place when it is not the genre's own world (a snowy village for an ocean story)."""
    if not setting:
        return None
    home, _ = scenes.story_places(genre, setting)
    return None if home == scenes.story_places(genre, "")[0] else home


def _place_nouns(language: str, place: str | None) -> dict[str, str] | None:
    if place is None:
        return None
    module = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    own: dict[str, dict[str, str]] = module.PLACE_NOUNS
    return own.get(place) or module.NOUNS.get(PLACE_GENRES.get(place, ""))


def _nouns_key(language: str, genre: str, place: str | None) -> str:
    """Which entry of the language's nouns tells the story: the customer's place's, else the genre's."""
    module = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    if place is not None:
        if place in module.PLACE_NOUNS:
            return place
        if PLACE_GENRES.get(place, "") in module.NOUNS:
            return PLACE_GENRES[place]
    return genre


def _with_creature(language: str, genre: str, place: str | None, avoid: frozenset[str]) -> dict[str, str]:
    """The story's nouns; when a companion is already the creature's kind (a kitten friend, a stray-cat
    mystery), the creature is another one of the same place (`OTHER_CREATURES`); a mystery's wrong
    suspect is no fox when a companion is one (`SUSPECTS`)."""
    module = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    key = _nouns_key(language, genre, place)
    nouns: dict[str, str] = module.PLACE_NOUNS.get(key) or module.NOUNS[key]
    if avoid and resolve_kind(nouns["creature"], language=language) in avoid:
        other: dict[str, str] = module.OTHER_CREATURES[key]
        nouns = {**nouns, **other}
    suspects: tuple[dict[str, str], dict[str, str]] = module.SUSPECTS
    return {**nouns, **suspects["fox" in avoid]}


def companion_kinds(species: Iterable[str], language: str) -> frozenset[str]:
    """The kinds of the story's companions (`species` as their bibles say it), which its problem's
    creature never repeats."""
    return frozenset(resolve_kind(one, language=language) for one in species)


def problem_nouns(
    language: str, genre: str, setting: str = "", avoid: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The nouns a shaped problem is told with: the customer's place's own, else the genre's; its
    creature is none of the `avoid` kinds (the companions')."""
    return _with_creature(language, genre, setting_place(genre, setting), avoid)


def shape_for(seed: int, genre: str, age_group: str, setting: str = "") -> str:
    """The story's problem shape: the seed walks through the shapes from a start fixed per genre and age,
    so asking again with the next seed always tells another kind of story. A mystery is always a
    puzzle (`MYSTERY_SHAPES`; at a customer's own place one of the `PUZZLES`).

    A customer's setting with its own things and creatures replaces the genre's world: its story is
    never the genre's lost thing, which belongs to the genre's places.
    """
    start = random.Random(f"shape|{genre}|{age_group}").randrange(len(SHAPES))
    own_place = _place_nouns("en", setting_place(genre, setting)) is not None
    if genre == "mystery":
        shapes = PUZZLES if own_place else MYSTERY_SHAPES
        return shapes[(start + seed) % len(shapes)]
    if own_place:
        return SHAPES[1 + (start + seed) % (len(SHAPES) - 1)]
    if genre in MENDING_GENRES:  # its own story is already a broken thing's: not a second one
        told = tuple(shape for shape in SHAPES if shape != "broken")
        return told[(start + seed) % len(told)]
    return SHAPES[(start + seed) % len(SHAPES)]


def _filled(template: str, nouns: dict[str, str], language: str) -> str:
    """The template with the genre's nouns in place, contracted and elided ("de el" -> "del")."""
    for key, value in nouns.items():
        template = template.replace(f"{{{key}}}", value)
    return polish(template, language)


def shaped_world(
    world: GenreWorld,
    simple: tuple[str, str, str],
    genre: str,
    language: str,
    shape: str,
    place: str | None = None,
    avoid: frozenset[str] = frozenset(),
) -> tuple[GenreWorld, tuple[str, str, str]]:
    """The world (and its one-clause problem, discovery and ending) told as `shape`, with the things
    and creatures of the customer's `place` when it has its own (a creature of none of the `avoid` kinds)."""
    if shape == "lost":
        return world, simple
    module = importlib.import_module(f"storyloom.providers.text.engine.shapes_{language}")
    nouns = _with_creature(language, genre, place, avoid)
    data: Shape = module.SHAPES[shape]
    repair = REPAIR_KINDS.get(_nouns_key(language, genre, place)) if shape == "broken" else None
    if repair is not None:
        how: Repair = module.REPAIRS[repair]
        data = replace(data, **{name.name: getattr(how, name.name) for name in fields(Repair)})
    shaped = replace(
        world,
        goal=_filled(data.goal, nouns, language),
        problem=_filled(data.problem, nouns, language),
        discovery=_filled(data.discovery, nouns, language),
        ending=_filled(data.ending, nouns, language),
        title=_filled(data.title, nouns, language),
        titles=tuple(_filled(title, nouns, language) for title in data.titles),
        attempts=tuple((_filled(a, nouns, language), _filled(f, nouns, language)) for a, f in data.attempts),
        solutions=tuple(
            (_filled(link, nouns, language), _filled(answer, nouns, language))
            for link, answer in data.solutions
        ),
    )
    first, second, third = (_filled(s, nouns, language) for s in data.simple)
    return shaped, (first, second, third)


def story_world(
    lexicon: Lexicon,
    genre: str,
    age_group: str,
    seed: int,
    setting: str = "",
    avoid: frozenset[str] = frozenset(),
) -> tuple[GenreWorld, tuple[str, str, str]]:
    """The world a story with this genre, age group, seed and setting is told in, and its one-clause forms;
    its creature is none of the `avoid` kinds (the companions')."""
    shape = shape_for(seed, genre, age_group, setting)
    place = setting_place(genre, setting)
    world = lexicon.worlds[genre]
    module = importlib.import_module(f"storyloom.providers.text.engine.shapes_{lexicon.language}")
    details: dict[str, tuple[str, ...]] = module.PLACE_DETAILS
    obstacles: dict[str, tuple[str, ...]] = module.PLACE_OBSTACLES
    borrowed = lexicon.worlds.get(PLACE_GENRES.get(place or "", ""))
    if place in details:
        world = replace(world, details=details[place])
    elif borrowed is not None:
        world = replace(world, details=borrowed.details)
    if place in obstacles:
        world = replace(world, obstacles=obstacles[place])
    elif borrowed is not None:
        world = replace(world, obstacles=borrowed.obstacles)
    return shaped_world(world, lexicon.simple[genre], genre, lexicon.language, shape, place, avoid)
