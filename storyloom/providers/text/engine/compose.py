"""Turn a customer's parameters into a whole `StoryContent` with the built-in engine."""

from __future__ import annotations

import importlib
import random
import re
from dataclasses import dataclass

from storyloom.providers.text.engine import bible as bibles
from storyloom.providers.text.engine import shapes
from storyloom.providers.text.engine.grammar import agree
from storyloom.providers.text.engine.lexicon import Lexicon
from storyloom.story.kinds import KINDS_BY_ID, kind_word, named_animals, resolve_kind
from storyloom.story.params import StoryParams
from storyloom.story.schema import (
    Backdrop,
    CharacterRole,
    Composition,
    TimeOfDay,
)

LANGUAGE_MODULES = {"en": "lang_en", "es": "lang_es", "fr": "lang_fr", "de": "lang_de"}

GENRE_SCENES: dict[str, tuple[Backdrop, str]] = {
    "adventure": ("forest", "a valley of tall pines and rushing streams"),
    "fantasy": ("castle", "a kingdom with candyfloss clouds and castle towers"),
    "fairy tale": ("forest", "a cottage at the edge of an enchanted wood"),
    "space": ("space", "a little space station circling the moon"),
    "animals": ("farm", "a busy farm beside a sunny meadow"),
    "bedtime": ("bedroom", "a cosy bedroom in a quiet house"),
    "mystery": ("town", "a seaside town with crooked rooftops"),
    "friendship": ("garden", "a big green park in a busy neighbourhood"),
    "science": ("school", "a bright workshop full of gears and jars"),
    "ocean": ("underwater", "a warm blue coral reef"),
}
GENRE_COMPANIONS = {
    "adventure": (("Pip", "squirrel"), ("Bramble", "bear"), ("Fern", "fox")),
    "fantasy": (("Ember", "dragon"), ("Lumi", "unicorn"), ("Tansy", "owl")),
    "fairy tale": (("Hoot", "owl"), ("Clover", "rabbit"), ("Wren", "mouse")),
    "space": (("Bolt", "robot"), ("Nova", "kitten"), ("Zip", "robot")),
    "animals": (("Biscuit", "puppy"), ("Dilly", "duck"), ("Bramble", "hedgehog")),
    "bedtime": (("Moss", "owl"), ("Button", "mouse"), ("Teddy", "bear")),
    "mystery": (("Sniff", "puppy"), ("Inky", "kitten"), ("Hazel", "owl")),
    "friendship": (("Juniper", "rabbit"), ("Taro", "hedgehog"), ("Poppy", "puppy")),
    "science": (("Gizmo", "robot"), ("Dot", "mouse"), ("Sprocket", "robot")),
    "ocean": (("Splash", "dolphin"), ("Shelly", "turtle"), ("Coral", "dolphin")),
}
PLACE_COMPANIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "snowy-village": (("Fern", "fox"), ("Hoot", "owl"), ("Biscuit", "puppy"), ("Pip", "squirrel")),
    "beach": (("Shelly", "turtle"), ("Dilly", "duck"), ("Biscuit", "puppy")),
    "boat": (("Inky", "kitten"), ("Dilly", "duck"), ("Splash", "dolphin")),
    "castle-hall": (("Ember", "dragon"), ("Wren", "mouse"), ("Tansy", "owl")),
    "kitchen": (("Button", "mouse"), ("Inky", "kitten"), ("Biscuit", "puppy")),
    "library": (("Hazel", "owl"), ("Dot", "mouse"), ("Gizmo", "robot")),
    "classroom": (("Gizmo", "robot"), ("Dot", "mouse"), ("Clover", "rabbit")),
    "mountains": (("Fern", "fox"), ("Bramble", "bear"), ("Tansy", "owl")),
    "desert": (("Fern", "fox"), ("Dot", "mouse"), ("Bolt", "robot")),
    "jungle": (("Hopper", "frog"), ("Pip", "squirrel"), ("Tansy", "owl")),
    "garden": (("Juniper", "rabbit"), ("Taro", "hedgehog"), ("Hopper", "frog")),
    "city-street": (("Biscuit", "puppy"), ("Inky", "kitten"), ("Button", "mouse")),
}
"""Companions who live at a customer's place that is not the genre's own world (a fox in a snowy
village, not the ocean's dolphin); a place that is another genre's world brings that genre's."""
KEYWORD_BACKDROPS: tuple[tuple[Backdrop, tuple[str, ...]], ...] = (
    ("underwater", ("underwater", "reef", "submarin", "arrecife", "récif", "unterwasser")),
    (
        "sea",
        ("sea", "beach", "ocean", "island", "mar", "playa", "isla", "mer", "plage", "île", "meer", "strand"),
    ),
    ("space", ("space", "moon", "planet", "star", "espacio", "luna", "planeta", "espace", "lune", "weltall")),
    ("castle", ("castle", "palace", "castillo", "palacio", "château", "palais", "schloss", "burg")),
    ("bedroom", ("bedroom", "bed", "dormitorio", "cuarto", "chambre", "schlafzimmer", "kinderzimmer")),
    ("school", ("school", "class", "escuela", "colegio", "école", "schule", "workshop", "lab")),
    ("farm", ("farm", "granja", "ferme", "bauernhof")),
    ("mountains", ("mountain", "hill", "montaña", "montagne", "berg", "gebirge")),
    ("desert", ("desert", "desierto", "désert", "wüste")),
    ("garden", ("garden", "park", "jardín", "parque", "jardin", "parc", "garten")),
    ("town", ("town", "city", "street", "village", "ciudad", "pueblo", "ville", "rue", "stadt", "dorf")),
    ("forest", ("forest", "wood", "jungle", "bosque", "selva", "forêt", "bois", "wald", "dschungel")),
)
BEAT_SCENES: dict[str, tuple[Composition, str, str]] = {
    "opening": ("wide", "cheerful", "{hero} and {friends} playing together"),
    "meet": ("hero-left", "warm", "{hero} greeting {friend}"),
    "problem": ("centered", "worried", "{hero} discovering that {goal} is lost"),
    "wishing": ("hero-left", "hopeful", "{hero} meeting someone who has a wish"),
    "setout": ("hero-right", "determined", "{hero} and {friends} setting off"),
    "journey": ("wide", "tense but hopeful", "{hero} and {friend} facing an obstacle on the way"),
    "spotlight": ("hero-left", "proud", "{friend} showing {hero} a clever idea"),
    "attempt": ("hero-right", "hopeful", "{hero} trying to solve the problem while {friend} watches"),
    "quiet": ("wide", "calm", "{hero} and {friend} resting and sharing a snack"),
    "doubt": ("close-up", "sad", "{hero} sitting down, feeling discouraged, {friend} close by"),
    "wonder": ("wide", "amazed", "{hero} and {friend} gazing around in wonder"),
    "turn": ("centered", "brave and warm", "{hero} acting with the story's lesson in mind, beside {friend}"),
    "resolution": ("wide", "joyful", "{hero} and {friends} celebrating as the problem is solved"),
    "return": ("wide", "peaceful", "{hero} and {friends} walking home together"),
    "celebration": ("wide", "festive", "a little party with {hero} and {friends}"),
    "ending": ("close-up", "sleepy and content", "{hero} smiling at the end of the day"),
}


def lexicon_for(language: str) -> Lexicon:
    """The phrase bank for `language`."""
    module = importlib.import_module(f"storyloom.providers.text.engine.{LANGUAGE_MODULES[language]}")
    lexicon: Lexicon = module.LEXICON
    return lexicon


@dataclass(frozen=True)
class Companion:
    name: str
    kind_phrase: str
    traits: str
    species: str
    role: CharacterRole
    look: str
    human: bool


def with_article(kind: str, lexicon: Lexicon) -> str:
    """'a fox', 'un zorro', 'une chouette', 'ein Fuchs': the kind with an indefinite article."""
    lowered = kind.casefold()
    articles = lexicon.article_rules
    if lowered.split(" ", 1)[0] in articles.get("_articles", "").split():
        return kind
    if lexicon.language == "en":
        return ("an " if lowered[:1] in "aeiou" else "a ") + kind
    return f"{articles['feminine' if is_feminine(kind, lexicon) else 'masculine']} {kind}"


FEMININE_KIND_IDS = frozenset({"grandma", "mum"})
"""Kinds that are a woman in every language, whatever word the customer typed."""


def is_feminine(kind: str, lexicon: Lexicon) -> bool:
    """Whether a character of this kind is spoken of in the feminine: "une mamie", "eine Oma", "una
    gata"; a phrase with its own article ("une chouette sage") says so by its article."""
    lowered = kind.casefold().strip()
    articles = lexicon.article_rules
    if "feminine" not in articles:
        return False
    first = lowered.split(" ", 1)[0]
    if first in articles.get("_articles", "").split():
        return first == articles["feminine"]
    if resolve_kind(kind, fallback="") in FEMININE_KIND_IDS:
        return True
    return lowered in articles.get("_feminine", "").split() or (
        lowered not in articles.get("_masculine", "").split()
        and any(lowered.endswith(end) for end in articles.get("_endings", "").split())
    )


def kind_in(kind: str, language: str) -> str:
    """The customer's kind in the book's language when they typed a known kind in another one: a German
    book says "ein Hund" for "dog", not "ein dog". Their own words stay when they are the book's
    language's, or not a known kind's exact word; a person's catch-all kinds (a pirate is drawn as a
    grown-up) are never renamed."""
    folded = kind.casefold().strip()
    kind_id = resolve_kind(kind, fallback="")
    if kind_id in ("", "adult", "child"):
        return kind
    words = KINDS_BY_ID[kind_id].words
    if folded in {word.casefold() for word in words.get(language, ())}:
        return kind
    if any(folded in {word.casefold() for word in own} for other, own in words.items() if other != language):
        return kind_word(kind_id, language)
    return kind


def companions_for(params: StoryParams, lexicon: Lexicon, rng: random.Random) -> list[Companion]:
    """The customer's characters, or one or two companions the genre suggests."""
    if params.characters:
        return [
            Companion(
                name=c.name,
                kind_phrase=with_article(kind_in(c.kind, params.language), lexicon),
                traits=agree(
                    c.traits or rng.choice(lexicon.default_traits),
                    params.language,
                    is_feminine(kind_in(c.kind, params.language), lexicon),
                ),
                species=c.kind,
                role=bibles.role_for(c.kind),
                look=c.look,
                human=bibles.is_human(c.kind),
            )
            for c in params.characters
        ]
    options = [o for o in _companion_pool(params) if o[0].casefold() != params.child_name.casefold()]
    count = 1 if params.age_group in ("0-2", "3-5") else 2
    # The story's creature (the stray cat behind the mystery, the baby dragon) is never of a friend's
    # kind: a reader must tell the friend from the creature they meet.
    creature = _creature_kinds(params)
    others = [o for o in options if resolve_kind(o[1]) not in creature]
    if len(others) >= count:
        options = others
    chosen = rng.sample(options, count)
    return [
        Companion(
            name,
            lexicon.kinds[species],
            agree(
                rng.choice(lexicon.default_traits),
                params.language,
                is_feminine(lexicon.kinds[species], lexicon),
            ),
            species,
            "helper" if index else "friend",
            "",
            False,
        )
        for index, (name, species) in enumerate(chosen)
    ]


def _creature_kinds(params: StoryParams) -> set[str]:
    """The kinds of the creature the story's problem may be about (see `shapes.problem_nouns`)."""
    nouns = shapes.problem_nouns("en", params.genre, params.setting)
    return {kind for kind, _ in named_animals(nouns.get("creature", ""), "en")}


def _companion_pool(params: StoryParams) -> tuple[tuple[str, str], ...]:
    """The genre's companions, or those of the customer's place when it replaces the genre's world."""
    place = shapes.setting_place(params.genre, params.setting)
    if place is None:
        return GENRE_COMPANIONS[params.genre]
    if place in PLACE_COMPANIONS:
        return PLACE_COMPANIONS[place]
    genre = shapes.PLACE_GENRES.get(place)
    return GENRE_COMPANIONS[genre] if genre else GENRE_COMPANIONS[params.genre]


def backdrop_for(params: StoryParams) -> tuple[Backdrop, str]:
    """The illustration backdrop and scene setting: from the customer's setting words, else the genre."""
    backdrop, label = GENRE_SCENES[params.genre]
    if not params.setting:
        return backdrop, label
    lowered = params.setting.casefold()
    for candidate, words in KEYWORD_BACKDROPS:
        if any(re.search(rf"\b{re.escape(w)}", lowered) for w in words):
            return candidate, params.setting
    return backdrop, params.setting


def time_of_day(beat: str, index: int, total: int, genre: str) -> TimeOfDay:
    if beat == "ending":
        return "night"
    if genre == "bedtime":
        return "sunset" if index < total // 2 else "night"
    if beat in ("celebration", "return"):
        return "sunset"
    third = index * 3 // max(1, total)
    return ("morning", "afternoon", "sunset")[min(third, 2)] if index else "morning"
