"""What a chapter book's page says from its own situation: the problem's shape, the place, the companion.

A chapter book's page (ages 9-12) has room beyond its beat, its exchange and its feelings. Rather than
sentences that could stand in any book, the page adds what the characters think about this story's
problem (the lost thing, the broken thing, the creature in need, the fear, the wish), a detail of the
story's own place, or a word about the companion beside the hero, until it has its least number of
words. Each language module (`situations_<language>.py`) holds `BEFORE` and `AFTER` (per problem
shape: before and after the turning point), `GOAL` (frames for the problem's `{goal}`), `PLACE`
(frames for a `{detail}` clause of the place) and `COMPANION` (frames about `{friend}`). Slots: hero,
friend, goal, lost (a lost thing's goal), thing, thing_acc, creature_def, creature_acc, scary,
detail, friend_kind, friend_traits, their (English).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType

from storyloom.providers.text.engine.plot import Pools, fill, sentence_case
from storyloom.providers.text.engine.variants import ways
from storyloom.providers.text.engine.wording import reword
from storyloom.story.reading_level import count_words

LEAST_WORDS = 120
"""A chapter book's page has at least this many words (ages 9-12)."""
MOST_WORDS = 250
"""... and at most this many."""


def bank(language: str) -> ModuleType:
    """The language's situation phrases."""
    return importlib.import_module(f"storyloom.providers.text.engine.situations_{language}")


@dataclass
class Situation:
    """The story's situation: its problem shape, the nouns of its problem and its place's details."""

    language: str
    shape: str
    nouns: dict[str, str]
    details: list[str]
    """The place's details no page has told yet (shared with the pages' beats, which use them up too)."""
    sights: tuple[str, ...] = ()
    """All the place's details, for a long book to come back to."""

    def candidates(
        self, solved: bool, slots: dict[str, str], pools: Pools, started: bool = True
    ) -> Iterator[str]:
        """Sentences for the page, the problem's first (once it has `started`), in an order the story's
        pools choose."""
        phrases = bank(self.language)
        values = {**slots, **self.nouns}
        lines: tuple[str, ...] = (phrases.AFTER if solved else phrases.BEFORE)[self.shape] if started else ()
        key = f"situation:{'after' if solved else 'before'}"
        for _ in range(len(lines)):
            index = pools.draw(key, len(lines))
            line = pools.alternative(ways(lines[index], self.language), f"{key}:{self.shape}:{index}")
            yield _sentence(fill(reword(line, self.language, pools.wording), values))
        if started and not solved:
            for _ in range(len(phrases.GOAL)):
                yield _sentence(fill(phrases.GOAL[pools.draw("situation:goal", len(phrases.GOAL))], values))
        while self.details:
            frame = phrases.PLACE[pools.draw("situation:place", len(phrases.PLACE))]
            yield _sentence(fill(frame, {**values, "detail": self.details.pop()}))
        for frame in phrases.COMPANION:
            yield _sentence(fill(frame, values))
        # Last, a detail told before, in another frame: a long book comes back to its place's sights.
        for detail in self.sights:
            for frame in phrases.PLACE:
                yield _sentence(fill(frame, {**values, "detail": detail}))


def fill_page(
    sentences: list[str],
    at: int,
    situation: Situation,
    solved: bool,
    slots: dict[str, str],
    pools: Pools,
    is_new: Callable[[str], bool],
    add: Callable[[str], str],
    started: bool = True,
) -> list[str]:
    """The page's sentences with lines of its situation after the first `at` until it has `LEAST_WORDS`
    words (never more than `MOST_WORDS`). `add` records a sentence as said and returns it
    as written. Before the problem has `started` (the opening pages) nothing is said about it."""
    added: list[str] = []
    words = sum(count_words(s) for s in sentences)
    for line in situation.candidates(solved, slots, pools, started):
        if words >= LEAST_WORDS:
            break
        if words + count_words(line) > MOST_WORDS or not is_new(line):
            continue
        written = add(line)
        added.append(written)
        words += count_words(written)
    return [*sentences[:at], *added, *sentences[at:]]


def _sentence(text: str) -> str:
    text = sentence_case(text.strip())
    return text if text.endswith((".", "!", "?")) else text + "."
