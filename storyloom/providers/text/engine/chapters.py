"""Pages of early readers and chapter books: what a page says beyond its beat of the plot.

A picture book's page tells one beat. An early reader's page (ages 6-8) adds a line of dialogue
between named characters and how the hero feels; a chapter book's page (ages 9-12) adds the whole
exchange, the moment around it, what the hero feels and why, and the secondary thread: a subplot
that starts on the first pages, comes back now and then, and pays off once the problem is solved.
Each language module (`pages_<language>.py`) holds `EXCHANGES`, `FEELINGS` and `MOMENTS` (what
happens around the hero) per mood (see `MOODS`) and `THREADS`, the subplots. Slots: hero, friend,
friends, pal (the companion the thread follows), goal, their (English only).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from types import ModuleType

from storyloom.providers.text.engine.plot import Pools, fill, sentence_case
from storyloom.providers.text.engine.variants import ways
from storyloom.providers.text.engine.wording import reword

MOODS: Mapping[str, str] = {
    "opening": "calm",
    "meet": "calm",
    "wonder": "calm",
    "quiet": "calm",
    "return": "calm",
    "problem": "worried",
    "wishing": "hopeful",  # a wish's problem page: only the wish's own phrases, no trouble, no calm day
    "doubt": "worried",
    "setout": "busy",
    "journey": "busy",
    "attempt": "busy",
    "spotlight": "busy",
    "turn": "glad",
    "resolution": "glad",
    "celebration": "glad",
    "ending": "night",
}

# A pleasant puzzle (a small gift left on the doorstep every morning) is met with curiosity: its
# problem and its low moments are "curious", never worried or guilty ("Maybe this is all my fault").
SHAPE_MOODS: Mapping[str, Mapping[str, str]] = {"gifts": {"worried": "curious"}}

# Moods whose beats are told in few words: a chapter book says twice how the hero feels there.
SHORT_BEATS = frozenset({"worried", "curious", "glad", "night"})

# Moods whose phrases may stand in for another's when a long book has used all of that one's.
NEIGHBOURS: Mapping[str, tuple[str, ...]] = {"calm": ("busy",), "busy": ("calm",), "curious": ("calm",)}

# Beats told while the problem is under way: their pages talk about the story's own kind of problem
# (searching, mending, helping, daring, wishing) before the mood's general phrases.
SHAPED_BEATS = frozenset({"setout", "journey", "attempt", "spotlight", "doubt", "wonder", "quiet", "wishing"})

# Books of this many pages or more follow two threads, the second starting a page later.
TWO_THREADS_FROM = 18


@dataclass(frozen=True)
class Thread:
    """A subplot, said in order: its start on the first pages, reminders, a payoff after the problem is
    solved and an epilogue on the last page."""

    start: tuple[str, ...]
    middle: tuple[str, ...]
    payoff: tuple[str, ...]
    epilogue: str


def bank(language: str) -> ModuleType:
    """The language's chapter-page phrases."""
    return importlib.import_module(f"storyloom.providers.text.engine.pages_{language}")


def plan_threads(
    beats: list[str], language: str, seed_rng: Pools, walk: tuple[int, int] | None = None
) -> dict[int, list[str]]:
    """The thread sentences of each page (templates, in order): starts first, payoffs after the solution.

    The start is told over the first two pages, the reminders spread evenly over the pages before the
    turning point, and the payoff on the celebration (or, failing that, the resolution) page. With a
    `walk` (a start fixed by the story's settings, and its seed) the seed walks through the threads, so
    the same settings with the next seed follow other threads; else they are drawn from `seed_rng`.
    """
    threads: tuple[Thread, ...] = bank(language).THREADS
    count = 2 if len(beats) >= TWO_THREADS_FROM else 1
    if walk is None:
        chosen = [threads[seed_rng.draw("thread", len(threads))] for _ in range(count)]
    else:
        start, seed = walk
        walked = thread_walk(len(threads), count)
        chosen = [threads[number] for number in walked[(start + seed) % len(walked)]]
    turn = beats.index("turn")
    payoff_page = beats.index("celebration") if "celebration" in beats else beats.index("resolution")
    pages: dict[int, list[str]] = {}
    for number, thread in enumerate(chosen):
        first = number
        for offset, sentence in enumerate(thread.start):
            pages.setdefault(first + min(offset, 1), []).append(sentence)
        middle_pages = [i for i in range(first + 2, turn) if i % count == number]
        if middle_pages:
            step = max(1, len(middle_pages) // len(thread.middle))
            spread = middle_pages[::step][: len(thread.middle)]
            for page, sentence in zip(spread, thread.middle, strict=False):
                pages.setdefault(page, []).append(sentence)
        target = payoff_page - number if payoff_page - number > turn else payoff_page
        pages.setdefault(target, []).extend(thread.payoff)
        pages.setdefault(len(beats) - 1, []).append(thread.epilogue)
    return pages


@cache
def thread_walk(size: int, count: int) -> tuple[tuple[int, ...], ...]:
    """Every choice of `count` of `size` threads, in an order where the next choice shares none with the
    one before: a long book's seed walks through them, so the same settings with the next seed follow
    other threads, and two books of other settings seldom follow both the same (1 in 15 of 6 threads, not
    1 in 3 when the walk paired neighbours)."""
    choices = list(combinations(range(size), count))

    def apart(first: tuple[int, ...], second: tuple[int, ...]) -> bool:
        return not set(first) & set(second)

    def extend(walk: list[tuple[int, ...]]) -> bool:
        if len(walk) == len(choices):
            return len(walk) == 1 or apart(walk[-1], walk[0])
        for choice in choices:
            if choice not in walk and apart(walk[-1], choice):
                walk.append(choice)
                if extend(walk):
                    return True
                walk.pop()
        return False

    walk = [choices[0]]
    if not extend(walk):  # too few threads to keep every neighbour apart: plain order
        walk = choices
    return tuple(walk)


def page_extras(
    beat: str,
    extras: int,
    slots: dict[str, str],
    pools: Pools,
    thread: list[str],
    language: str,
    is_new: Callable[[str], bool],
    shape: str = "",
    lean: bool = False,
) -> list[str]:
    """The sentences an early reader's (`extras` 1) or a chapter book's (`extras` 2) page adds to its beat.

    The exchange is a line by the page's companion, the hero's answer and (chapter books) what they do
    next; the feeling is how the hero feels and (chapter books) why; chapter books add the moment
    around them and the thread. Only sentences `is_new` accepts are drawn: when the beat's mood has
    none left, a neighbouring mood lends one. While the problem is under way (`SHAPED_BEATS`), the
    phrases of the story's problem `shape` (`SHAPE_EXCHANGES`, `SHAPE_FEELINGS`, `SHAPE_MOMENTS`) come
    first, and once it is solved (the glad beats) those of `"<shape>:glad"`, so two books with other
    problems talk about other things. A `lean` page (a long book within its words) leaves out the second
    feeling and the second moment.
    """
    if extras <= 0:
        return []
    phrases = bank(language)
    mood = MOODS.get(beat, "busy")
    mood = SHAPE_MOODS.get(shape, {}).get(mood, mood)

    own = shape if beat in SHAPED_BEATS else f"{shape}:{mood}" if mood == "glad" else ""

    def pick(kind: str, size: int, explained: bool = False, shaped: bool = True) -> list[str]:
        banks = [(f"SHAPE_{kind}", own)] if shape and own and shaped else []
        for bank_name, lender in (*banks, *((kind, m) for m in (mood, *NEIGHBOURS.get(mood, ())))):
            options = getattr(phrases, bank_name, {}).get(lender, ())
            for _ in range(len(options)):
                key = f"{bank_name}:{lender}"
                index = pools.draw(key, len(options))
                templates = tuple(
                    reword(
                        pools.alternative(ways(template, language), f"{key}:{index}:{place}"),
                        language,
                        pools.wording,
                    )
                    for place, template in enumerate(options[index][:size])
                )
                if explained and len(templates) == 2:
                    templates = (_explained(templates[0], templates[1], language),)
                lines = [_sentence(fill(line, slots)) for line in templates]
                if all(is_new(line) for line in lines):
                    return lines
        return []

    if extras == 1:
        return [*pick("EXCHANGES", 2), *pick("FEELINGS", 1)]
    lines = [*pick("MOMENTS", 2, explained=True), *pick("EXCHANGES", 3), *pick("FEELINGS", 2, explained=True)]
    if mood in SHORT_BEATS and not lean:
        lines += pick("FEELINGS", 2, explained=True)
    if shape and own and not lean:
        # The problem's own phrases are short: a chapter book's page also tells the mood's moment.
        lines[1:1] = pick("MOMENTS", 2, explained=True, shaped=False)
    return lines + [_sentence(fill(pools.rng.choice(ways(line, language)), slots)) for line in thread]


def _explained(feeling: str, reason: str, language: str) -> str:
    """A feeling and its reason as one sentence: "Mia felt proud: the problem was solved"."""
    keeps_capital = language == "de" or reason.startswith(("{", "I ", "«", '"', "„", "¿", "¡"))
    colon = " : " if language == "fr" else ": "
    return f"{feeling}{colon}{reason if keeps_capital else reason[:1].lower() + reason[1:]}"


def _sentence(text: str) -> str:
    text = sentence_case(text.strip())
    if text.endswith((".", "!", "?", "»", "”", "“", '"')):
        return text
    return text + "."
