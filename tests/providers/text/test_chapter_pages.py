"""Early readers and chapter books of the built-in engine: words per page, dialogue, the secondary thread,
a customer's setting in the plot and titles that name the story's things."""

from __future__ import annotations

import importlib
import random
import re
from functools import cache

import pytest

from storyloom.providers.text.engine import shapes
from storyloom.providers.text.engine.compose import lexicon_for
from storyloom.providers.text.engine.grammar import feminine_plural
from storyloom.providers.text.engine.variants import ways
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import LANGUAGES, StoryParams
from storyloom.story.reading_level import count_words
from storyloom.story.samples import random_params
from storyloom.story.schema import StoryContent
from tests.providers.text.test_engine_stories import companion_kinds

STORIES_PER_AGE = 30
OPENING_QUOTES = {"en": '"', "es": "«", "fr": "«", "de": "„"}


@cache
def _stories(language: str, age_group: str) -> tuple[tuple[StoryParams, StoryContent], ...]:
    rng = random.Random(f"chapter-pages-{language}-{age_group}")
    written = []
    for seed in range(STORIES_PER_AGE):
        params = random_params(rng, language).model_copy(update={"age_group": age_group, "seed": seed})
        written.append((params, compose_story(params, seed, 5000)))
    return tuple(written)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.casefold()))


def _literal(template: str) -> str:
    """The longest stretch of a template without slots, less a last word a name may elide ("de" Olive)."""
    literal = _plain(max(re.split(r"\{\w+\}", template), key=len))
    return re.sub(r" (?:de|que|le|la)$", "", literal)


def _said(template: str, page: str, language: str) -> bool:
    """Whether the page says the template, in any of its ways (variants.py)."""
    return any(_literal(way) in page for way in ways(template, language))


def _words_per_page(story: StoryContent) -> float:
    return sum(count_words(c.text) for c in story.chapters) / len(story.chapters)


@pytest.mark.parametrize("language", LANGUAGES)
def test_early_readers_have_40_to_90_words_a_page(language: str) -> None:
    for params, story in _stories(language, "6-8"):
        assert 40 <= _words_per_page(story) <= 90, (params.page_count, _words_per_page(story))


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapter_books_have_120_to_250_words_on_every_page(language: str) -> None:
    for params, story in _stories(language, "9-12"):
        # then: every page of every length of book, the longest (32 pages) too
        for number, chapter in enumerate(story.chapters, start=1):
            words = count_words(chapter.text)
            assert 120 <= words <= 250, (params.page_count, number, words, chapter.text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_longest_chapter_books_fill_every_page_without_saying_a_sentence_twice(language: str) -> None:
    rng = random.Random(f"longest-chapter-books-{language}")
    for seed in range(6):
        # given: 28 to 32 pages, the books whose phrase pools run out first
        params = random_params(rng, language).model_copy(
            update={"age_group": "9-12", "page_count": 28 + seed % 5, "seed": seed}
        )
        # when
        story = compose_story(params, seed, 5000)
        # then
        sentences = [
            _plain(s) for c in story.chapters for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«„\"¡¿])", c.text)
        ]
        assert len(sentences) == len(set(sentences)), [s for s in sentences if sentences.count(s) > 1]
        assert min(count_words(c.text) for c in story.chapters) >= 120


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapter_books_have_dialogue_between_named_characters_on_almost_every_page(language: str) -> None:
    for _, story in _stories(language, "9-12"):
        names = [c.name for c in story.characters]
        speaking = [
            c.text
            for c in story.chapters
            if OPENING_QUOTES[language] in c.text and sum(name in c.text for name in names) >= 2
        ]
        assert len(speaking) >= 0.9 * len(story.chapters), len(speaking)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_secondary_thread_starts_on_the_first_page_and_pays_off_after_the_solution(language: str) -> None:
    threads = importlib.import_module(f"storyloom.providers.text.engine.pages_{language}").THREADS
    for params, story in _stories(language, "9-12"):
        # given
        pages = [_plain(c.text) for c in story.chapters]
        world, _ = shapes.story_world(
            lexicon_for(language),
            params.genre,
            params.age_group,
            params.seed or 0,
            params.setting,
            companion_kinds(params, story),
        )
        discovery = _plain(world.discovery.replace("{hero}", params.child_name))  # a puzzle's solver
        # A puzzle told with fewer tries than clues gathers them without listing them.
        short = shapes.without_clue_list(world.discovery, language)
        short = _plain(short.replace("{hero}", params.child_name))
        answers = [discovery, short, *(_literal(answer) for _, answer in world.solutions)]
        answers += [_plain(feminine_plural(answer, language)) for answer in answers]  # "qu'elles croisaient"
        solved = next(i for i, page in enumerate(pages) if any(a in page for a in answers))
        # when
        thread = next(t for t in threads if _said(t.start[0], pages[0], language))
        # then
        assert any(_said(line, page, language) for line in thread.middle for page in pages[1:solved])
        paid = [i for i, page in enumerate(pages) if _said(thread.payoff[0], page, language)]
        assert paid and paid[0] > solved, (paid, solved)
        assert _said(thread.epilogue, pages[-1], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_picture_books_stay_short(language: str) -> None:
    for age_group, most in (("0-2", 35), ("3-5", 45)):
        for _, story in _stories(language, age_group)[:10]:
            assert _words_per_page(story) <= most


@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_name_the_hero_vary_with_the_seed_and_are_not_the_old_bland_ones(language: str) -> None:
    # given
    params = StoryParams(
        child_name="Inés", age_group="6-8", genre="adventure", moral_lesson="Be kind", language=language
    )
    # when
    titles = [compose_story(params, seed, 5000).title for seed in range(8)]
    # then
    assert len(set(titles)) >= 5, titles
    for title in titles:
        assert "Inés" in title
        assert not re.search(r"Saves the Day|salva el día|sauve la journée|rettet den Tag", title)
        assert not re.search(r"encuentra la solución|trouve une solution|findet einen Weg", title)


SNOWY_VILLAGE = {
    "en": ("a snowy mountain village", "reindeer"),
    "es": ("un pueblo nevado de montaña", "reno"),
    "fr": ("un village enneigé", "renne"),
    "de": ("ein verschneites Bergdorf", "Rentier"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_customers_setting_brings_its_own_creatures_and_things_into_the_plot(language: str) -> None:
    setting, creature = SNOWY_VILLAGE[language]
    for seed in range(4):
        # given
        params = StoryParams(
            child_name="Mia",
            age_group="6-8",
            genre="ocean",
            moral_lesson="Be kind",
            language=language,
            setting=setting,
        )
        # when
        story = compose_story(params, seed, 5000)
        text = " ".join(c.text for c in story.chapters)
        # then
        assert shapes.shape_for(seed, "ocean", "6-8", setting) != "lost"
        assert not re.search(r"seahorse|caballito de mar|hippocampe|Seepferdchen|coral castle", text)
        if shapes.shape_for(seed, "ocean", "6-8", setting) in ("need", "wish", "fear"):
            assert creature in text, text[:400]


@pytest.mark.parametrize("age_group", ["3-5", "6-8", "9-12"])
def test_a_hero_is_presented_in_a_sentence_of_their_own(age_group: str) -> None:
    openings = [story.chapters[0].text for _, story in _stories("en", age_group)]

    run_on = [text for text in openings if re.match(r"This is (\w+), \1 ", text)]

    assert any(text.startswith("This is ") for text in openings)
    assert run_on == []
