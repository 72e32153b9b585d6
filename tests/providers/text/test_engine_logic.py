"""The built-in engine's story logic over 200 random parameter sets per language: a clever thought is
said and used, the one a try is for is there, a pleasant puzzle is met with curiosity, and every
companion is introduced when first named."""

from __future__ import annotations

import random
import re

import pytest

from storyloom.providers.text.engine import chapters, shapes
from storyloom.providers.text.engine.compose import kind_in, lexicon_for, with_article
from storyloom.providers.text.engine.lexicon import Lexicon
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import LANGUAGES, StoryParams
from storyloom.story.samples import random_params
from storyloom.story.schema import Character, StoryContent
from tests.providers.text.test_engine_stories import (
    _literal,
    _plain,
    _stories,
    _turns,
    _world,
    companion_kinds,
)

SENTENCE = re.compile(r"(?<=[.!?»”“])\s+(?=[A-ZÀ-ÖØ-Þ¡¿«„“\"])")

BARE_IDEAS = {
    "en": re.compile(r"\b(?:had an idea|had a clever thought|thought of something|thought of it before)\.$"),
    "de": re.compile(r"\b(?:hatte eine Idee|fiel etwas ein|dachte \S+ an etwas|daran gedacht hatte)\.$"),
    "es": re.compile(r"\b(?:tuvo una idea|se le ocurrió algo|pensó en algo|pensado antes)\.$"),
    "fr": re.compile(r"\b(?:eut une idée|pensa à quelque chose|trouva une idée|pensé plus tôt)\.$"),
}
"""A sentence that ends on someone's idea without saying what it is."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_clever_thought_is_said_on_its_page(language: str) -> None:
    """'Tansy had a clever thought. That was just what they needed.' left the reader guessing: the
    thought is said, and used, where it is had."""
    for _, story in _stories(language):
        for chapter in story.chapters:
            # when
            bare = [s for s in SENTENCE.split(chapter.text) if BARE_IDEAS[language].search(s)]
            # then
            assert not bare, chapter.text


ARRIVES = {
    "en": re.compile(r"\b(?:came by|came along|arrived)\b"),
    "de": re.compile(r"\bkam\b[^.]*\b(?:vorbei|dazu)\b"),
    "es": re.compile(r"\b(?:llegó|apareció)\b"),
    "fr": re.compile(r"\b(?:arriva|apparut)\b"),
}
"""Words that bring someone to where the page happens."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_one_wishing_is_where_a_try_needs_them(language: str) -> None:
    """'The fawn found out far too soon' while Mia planned the surprise in the mountains, and the fawn
    was in the meadow: a try that needs the one wishing happens where it is, or the page brings it."""
    tried = 0
    for params, story in _stories(language):
        if shapes.shape_for(params.seed or 0, params.genre, params.age_group, params.setting) != "wish":
            continue
        # given
        world, simple_forms = _world(params, story)
        nouns = shapes.problem_nouns(language, params.genre, params.setting, companion_kinds(params, story))
        wisher = _plain(nouns["creature_def"])
        problem = next(
            c
            for c in story.chapters
            if _plain(world.problem) in _plain(c.text) or _plain(simple_forms[0]) in _plain(c.text)
        )
        for attempt, failure in world.attempts:
            if wisher not in _plain(f"{attempt} {failure}"):
                continue
            for chapter in story.chapters:
                if _plain(failure) not in _plain(chapter.text):
                    continue
                # then
                tried += 1
                assert chapter.scene.place == problem.scene.place or ARRIVES[language].search(chapter.text), (
                    problem.scene.place,
                    chapter.scene.place,
                    chapter.text,
                )
    assert tried >= 3


def _kind_phrase(params: StoryParams, character: Character, lexicon: Lexicon) -> str:
    """How the story says who a companion is: 'a tiny mouse', 'eine Oma'."""
    spec = next((c for c in params.characters if c.name == character.name), None)
    if spec is not None:
        return with_article(kind_in(spec.kind, params.language), lexicon)
    return lexicon.kinds[character.bible.species]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_companion_is_introduced_where_first_named(language: str) -> None:
    """A board book's 'Button came by to play' never said who Button was: the sentence that first names
    a companion, or the next one, says what they are ('Button was a tiny mouse')."""
    lexicon = lexicon_for(language)
    for params, story in _stories(language):
        for character in story.characters[1:]:
            # given
            kind = _kind_phrase(params, character, lexicon).casefold()
            naming = re.compile(rf"(?<!\w){re.escape(character.name)}(?!\w)")
            # when
            page = next((c.text for c in story.chapters if naming.search(c.text)), "")
            sentences = SENTENCE.split(page)
            first = next((n for n, s in enumerate(sentences) if naming.search(s)), 0)
            together = sum(c.name in sentences[first] for c in story.characters[1:])
            # then: in that sentence, or among the introductions right after it
            assert not page or any(
                kind in s.casefold() and naming.search(s) for s in sentences[first : first + 1 + together]
            ), (character.name, kind, page)


def _gifts_stories(language: str) -> list[tuple[StoryParams, StoryContent]]:
    """Early readers and chapter books about the secret gifts left every morning (a pleasant puzzle)."""
    rng = random.Random(f"engine-gifts-{language}")
    written = []
    for seed in range(80):
        params = random_params(rng, language).model_copy(
            update={"genre": "mystery", "age_group": rng.choice(("6-8", "9-12")), "setting": "", "seed": seed}
        )
        if shapes.shape_for(seed, "mystery", params.age_group) == "gifts":
            written.append((params, compose_story(params, seed, 5000)))
    return written


def _worried_lines(language: str) -> list[str]:
    """The words of every worried line a chapter page may add."""
    bank = chapters.bank(language)
    lines = [
        *(line for entry in bank.EXCHANGES["worried"] for line in entry),
        *(line for entry in bank.FEELINGS["worried"] for line in entry),
        *(line for entry in bank.MOMENTS["worried"] for line in entry),
    ]
    literals = [_literal(option) for line in lines for option in line.split("|")]
    return [literal for literal in literals if len(literal.split()) >= 5]


def _alarms(language: str) -> list[str]:
    """The words of the usual problem page's alarm ("heard a worried cry", "Oh no"), for a problem page."""
    curious = _plain(" ".join(clause for variant in _turns(language).CURIOUS_PROBLEM for clause in variant))
    clauses = (clause for variant in lexicon_for(language).beats["problem"] for clause in variant)
    literals = [_literal(option) for clause in clauses for option in clause.split("|")]
    return [literal for literal in literals if len(literal.split()) >= 2 and literal not in curious]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pleasant_puzzle_is_met_with_curiosity_not_worry(language: str) -> None:
    """A German mystery about gifts left on the doorstep had 'Vielleicht ist das alles meine Schuld' and
    'einen besorgten Ruf': the secret gifts are a surprise to wonder at, on every page."""
    worried, alarms = _worried_lines(language), _alarms(language)
    stories = _gifts_stories(language)
    for params, story in stories:
        world, _ = _world(params, story)
        for chapter in story.chapters:
            # when
            page = _plain(chapter.text)
            alarmed = alarms if _plain(world.problem) in page else []
            # then
            assert not [line for line in (*worried, *alarmed) if line in page], chapter.text
    assert len(stories) >= 10
