"""The built-in engine's sentences about the customer's characters read right (issue 15, item 7).

Stories over seeds, genres and ages, with and without the customer's own characters (a grandma, a mum,
a girl, a brother; kinds typed in the book's language or in English), a she/her hero and settings that
bring their own preposition. Each test names the slip it looks for: traits that do not agree with a
woman ("Nana Lou était drôle et gentil"), a kind with the wrong article ("ein Oma"), a doubled
preposition ("vivait dans en haute montagne"), clauses joined as if one caused the other ("Priya sighed
and that had not worked at all") or naming the same character twice ("Bolt joined in and Bolt was a
robot"), and a wish for a party that is granted with a party and then celebrated with another.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from storyloom.providers.text.engine import shapes
from storyloom.providers.text.engine.grammar import agree
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import AGE_GROUPS, GENRES, LANGUAGES, CharacterSpec, StoryParams
from storyloom.story.schema import StoryContent

STORIES = 120
HER = "Nana Lou"
HIM = "Rufus"
HER_KINDS = {
    "en": ("grandma", "mum", "girl", "sister"),
    "es": ("abuela", "mamá", "niña", "grandma", "madre"),
    "fr": ("mamie", "maman", "fille", "grandma", "sœur", "grand-mère"),
    "de": ("Oma", "Mama", "grandma", "Tante", "Schwester"),
}
HIS_KINDS = {
    "en": ("big brother", "dad"),
    "es": ("hermano", "pirata"),
    "fr": ("frère", "pirate"),
    "de": ("Bruder", "Junge"),
}
TRAITS = {
    "en": ("funny and kind", "very curious", ""),
    "es": ("simpático y curioso", "muy curioso", "valiente y generoso", ""),
    "fr": ("drôle et gentil", "très curieux", "courageux", ""),
    "de": ("lustig und lieb", "sehr neugierig", ""),
}
SETTINGS = {
    "en": ("high in the mountains", "down by the river"),
    "es": ("en lo alto de la montaña", "junto al río"),
    "fr": ("en haute montagne", "au bord de la rivière"),
    "de": ("hoch in den Bergen", "am Fluss"),
}
MORALS = {"en": "Be kind", "es": "Sé amable", "fr": "Sois gentil", "de": "Sei freundlich"}


def _params(language: str, seed: int) -> StoryParams:
    cast = seed % 3
    characters = []
    if cast:
        characters.append(
            CharacterSpec(
                name=HER,
                kind=HER_KINDS[language][seed % len(HER_KINDS[language])],
                traits=TRAITS[language][seed % len(TRAITS[language])],
            )
        )
    if cast == 2:
        characters.append(
            CharacterSpec(
                name=HIM,
                kind=HIS_KINDS[language][seed % len(HIS_KINDS[language])],
                traits=TRAITS[language][(seed + 1) % len(TRAITS[language])],
            )
        )
    settings = SETTINGS[language]
    return StoryParams(
        child_name=("Priya", "Mia", "Élodie", "Ana María")[seed % 4],
        pronouns=("she/her", "she/her", "he/him", "they/them")[seed % 4],
        age_group=AGE_GROUPS[(seed // len(GENRES)) % len(AGE_GROUPS)],
        genre=GENRES[seed % len(GENRES)],
        language=language,
        moral_lesson=MORALS[language],
        characters=characters,
        setting=settings[(seed // 4) % len(settings)] if seed % 4 == 1 else "",
        page_count=(8, 12, 16, 24)[seed % 4],
        seed=seed,
    )


@cache
def _stories(language: str) -> tuple[tuple[StoryParams, StoryContent], ...]:
    return tuple(
        (params, compose_story(params, seed, 5000))
        for seed in range(STORIES)
        for params in (_params(language, seed),)
    )


def _pages(story: StoryContent) -> list[str]:
    return [text for chapter in story.chapters for text in (chapter.title, chapter.text)]


MASCULINE_TRAITS = {
    "es": re.compile(rf"{HER} era [^.]*\b(?:simpático|curioso|generoso)\b"),
    "fr": re.compile(rf"{HER} était [^.]*\b(?:gentil|curieux|courageux)\b"),
}
WRONG_ARTICLES = {
    "es": re.compile(r"\bun (?:mamá|madre|abuela|niña)\b|\buna (?:hermano|pirata)\b"),
    "fr": re.compile(r"\bun (?:maman|mamie|sœur|fille|grand-mère)\b|\bune (?:frère|pirate)\b"),
    "de": re.compile(r"\bein (?:Oma|Mama|Tante|Schwester)\b|\beine (?:Bruder|Junge)\b|\bein grandma\b"),
}
DOUBLED_PREPOSITIONS = {
    "en": re.compile(r"\b(?:in|on|by) (?:in|on|by|at|high|down)\b"),
    "es": re.compile(r"\ben (?:en|junto)\b"),
    "fr": re.compile(r"\b(?:dans|sur|à) (?:en|au|dans|sur)\b"),
    "de": re.compile(r"\bin (?:in|im|hoch|am)\b"),
}
COMMENT_JOINS = {
    "en": re.compile(r",? and that had\b"),
    "es": re.compile(r" y (?:era más difícil|había que|tendrían que)\b"),
    "fr": re.compile(r" et (?:c'était plus difficile|il fallait)\b"),
    "de": re.compile(r",? und (?:das war eine sehr gute Idee|es war schwerer)\b"),
}
AND = {"en": "and", "es": "y", "fr": "et", "de": "und"}
NEW_PARTY = {
    # The celebration page's own party; the resolution's party (the wish come true) may be told.
    "en": re.compile(r"\b(?:little|small) party\b|\bparty in a long time\b", re.IGNORECASE),
    "es": re.compile(r"\bpequeña fiesta\b|\bfiestecita\b|\bfiesta en mucho tiempo\b", re.IGNORECASE),
    "fr": re.compile(r"\bpetite fête\b|\bfête depuis longtemps\b", re.IGNORECASE),
    "de": re.compile(r"\bkleines Fest\b|\bFest seit Langem\b", re.IGNORECASE),
}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["es", "fr"])
def test_traits_agree_with_a_woman(language: str) -> None:
    for _, story in _stories(language):
        for text in _pages(story):
            assert not MASCULINE_TRAITS[language].search(text), text


@pytest.mark.parametrize(
    ("language", "said", "feminine"),
    [
        ("fr", "drôle et gentil", "drôle et gentille"),
        ("fr", "très curieux", "très curieuse"),
        ("fr", "plein d'idées et courageux", "pleine d'idées et courageuse"),
        ("fr", "timide mais très brave", "timide mais très brave"),
        ("fr", "amoureux des livres", "amoureuse des livres"),
        ("es", "simpático y curioso", "simpática y curiosa"),
        ("es", "un poco tímido y trabajador", "un poco tímida y trabajadora"),
        ("es", "amante de los libros", "amante de los libros"),
        ("de", "lustig und lieb", "lustig und lieb"),
    ],
)
def test_traits_said_of_a_woman_agree(language: str, said: str, feminine: str) -> None:
    assert agree(said, language, True) == feminine
    assert agree(said, language, False) == said


@pytest.mark.slow
@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_a_customers_kind_takes_its_own_article(language: str) -> None:
    for _, story in _stories(language):
        for text in _pages(story):
            assert not WRONG_ARTICLES[language].search(text), text


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_setting_with_its_own_preposition_gets_no_second_one(language: str) -> None:
    for params, story in _stories(language):
        for text in _pages(story):
            assert not DOUBLED_PREPOSITIONS[language].search(text), (params.setting, text)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_clauses_are_joined_only_where_the_join_reads_naturally(language: str) -> None:
    for params, story in _stories(language):
        names = [params.child_name, *(c.name for c in params.characters)]
        twice = [
            re.compile(
                rf"(?:^|[.!?] ){re.escape(name)} [^.!?:;«»„“\"]*?,? {AND[language]} {re.escape(name)} \w+"
            )
            for name in names
        ]
        for text in _pages(story):
            assert not COMMENT_JOINS[language].search(text), text
            for pattern in twice:
                assert not pattern.search(text), text


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wish_for_a_party_is_not_celebrated_with_a_second_party(language: str) -> None:
    wishes = 0
    for params, story in _stories(language):
        if shapes.shape_for(params.seed or 0, params.genre, params.age_group, params.setting) != "wish":
            continue
        wishes += 1
        for text in _pages(story):
            assert not NEW_PARTY[language].search(text), text
    assert wishes >= 5
