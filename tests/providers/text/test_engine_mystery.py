"""A mystery book is a puzzle: a wrong guess, clues found on the way, the answer worked out from them."""

from __future__ import annotations

import random

import pytest

from storyloom.providers.text.engine import shapes
from storyloom.providers.text.engine.writer import clue_order, compose_story
from storyloom.story.params import AGE_GROUPS, LANGUAGES, StoryParams

# How each language says that a guess was wrong, and the word for the clues the hero puts together.
WRONG_GUESS = {
    "en": "guess was wrong",
    "fr": "idée était fausse",
    "es": "idea era equivocada",
    "de": "vermutung falsch",
}
ANSWER = {
    "en": "priya put the clues together",
    "fr": "priya rassembla les indices",
    "es": "priya juntó las pistas",
    "de": "priya setzte die hinweise zusammen",
}
SEEDS = range(6)


def _story_text(language: str, age: str, seed: int, setting: str = "") -> list[str]:
    params = StoryParams(
        child_name="Priya",
        age_group=age,
        genre="mystery",
        moral_lesson="Patience pays off",
        language=language,
        page_count=8,
        setting=setting,
    )
    return [chapter.text.casefold() for chapter in compose_story(params, seed, 5000).chapters]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("age", AGE_GROUPS)
def test_a_mystery_has_a_wrong_guess_clues_and_an_answer_worked_out_by_the_hero(
    language: str, age: str
) -> None:
    for seed in SEEDS:
        # when
        pages = _story_text(language, age, seed)
        # then
        assert shapes.shape_for(seed, "mystery", age) in shapes.MYSTERY_SHAPES
        guess = next(i for i, page in enumerate(pages) if WRONG_GUESS[language] in page)
        if age == "0-2":
            continue  # a board book's answer is its one short clause
        answer = next(i for i, page in enumerate(pages) if ANSWER[language] in page)
        assert guess < answer, (language, age, seed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mystery_at_the_customers_own_place_is_still_a_puzzle(language: str) -> None:
    for seed in SEEDS:
        shape = shapes.shape_for(seed, "mystery", "6-8", "a snowy mountain village")
        assert shape in shapes.PUZZLES
        assert shapes.shape_for(seed + 1, "mystery", "6-8", "a snowy mountain village") != shape
        text = " ".join(_story_text(language, "6-8", seed, "a snowy mountain village"))
        assert WRONG_GUESS[language] in text
        assert ANSWER[language] in text


@pytest.mark.parametrize("shape", ["mystery", "gifts", "noise", "lost"])
def test_another_seed_finds_a_puzzles_clues_in_another_order_after_the_same_kind_of_start(shape: str) -> None:
    # given: a puzzle's tries, its wrong guess first
    tries = tuple((f"try {number}", f"fail {number}") for number in range(5))
    # when
    orders = {clue_order(tries, shape, random.Random(seed)) for seed in range(20)}
    # then
    assert len(orders) > 3
    for order in orders:
        assert sorted(order) == sorted(tries)
        if shape == "lost":
            assert order[:2] == tries[:2]  # the wrong lead, then the clue the answer comes from
        else:
            assert tries[0] in order[:2]  # the wrong guess is among the first two tries


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("pages", "lists_clues"), [(8, False), (12, False), (24, True)])
def test_the_answer_lists_its_clues_only_when_the_book_told_every_one(
    language: str, pages: int, lists_clues: bool
) -> None:
    # given: puzzles at a customer's farm, a short book that tells two of the four tries, a long one all
    for seed in range(3):
        params = StoryParams(
            child_name="Priya",
            age_group="3-5",
            genre="mystery",
            moral_lesson="Patience pays off",
            language=language,
            page_count=pages,
            setting="farm",
        )
        # when
        text = " ".join(chapter.text.casefold() for chapter in compose_story(params, seed, 5000).chapters)
        # then: "put the clues together and worked out the answer" in a short book, the list in a long one
        after = text.split(ANSWER[language], 1)[1]
        assert after.startswith(",") is lists_clues, after[:80]
