"""The story engine: how fast the built-in writer is, and what its stories measure, per age and language.

`python -m bench story` prints the median time to write a 12-page story and, over the same 200 random
parameter sets per language as the tests, the reading level and distinct-2 per age group and language.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import time
from collections import defaultdict

from storyloom.config import get_settings
from storyloom.pipeline.text import write_story
from storyloom.providers.text.base import StoryRequest
from storyloom.providers.text.builtin import BuiltinStoryWriter
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import AGE_GROUPS, GENRES, StoryParams
from storyloom.story.reading_level import FORMULAS, distinct_2, target_band
from storyloom.story.samples import random_params

STORIES_PER_LANGUAGE = 200
TIMING_RUNS = 50


def _timings(writer: BuiltinStoryWriter) -> tuple[float, float]:
    params = StoryParams(child_name="Mia", age_group="6-8", genre="space", moral_lesson="Never give up")
    engine, checked = [], []
    for seed in range(TIMING_RUNS):
        started = time.perf_counter()
        writer.write_story(StoryRequest(params=params, seed=seed, max_words=5000))
        engine.append(time.perf_counter() - started)
        started = time.perf_counter()
        write_story([writer], params, seed=seed, max_words=5000)
        checked.append(time.perf_counter() - started)
    return statistics.median(engine) * 1000, statistics.median(checked) * 1000


def run() -> None:
    """Print the timing table and the reading-level and repetition table."""
    os.environ["ENABLE_MULTI_LANGUAGE"] = "true"
    get_settings.cache_clear()
    writer = BuiltinStoryWriter(get_settings())
    write_story([writer], random_params(random.Random(0), "en"), seed=0, max_words=5000)
    engine_ms, checked_ms = _timings(writer)
    print(f"median of {TIMING_RUNS} runs, 12-page story (ages 6-8)")
    print("| step | median ms |\n| --- | ---: |")
    print(f"| engine only (BuiltinStoryWriter.write_story) | {engine_ms:.1f} |")
    print(f"| with measuring and checks (write_story) | {checked_ms:.1f} |")
    print(f"\n{STORIES_PER_LANGUAGE} random parameter sets per language (8-32 pages, 0-4 characters)")
    print(
        "| language | ages | stories | formula | band | median | min | max | in band | rewrites "
        "| distinct-2 mean | distinct-2 min | words/page |"
    )
    print("| --- | --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for language in ("en", "es", "fr", "de"):
        rng = random.Random(f"stories-{language}")
        rows: dict[str, list[tuple[float, bool, int, float, float]]] = defaultdict(list)
        for seed in range(STORIES_PER_LANGUAGE):
            params = random_params(rng, language)
            written = write_story([writer], params, seed=seed, max_words=5000)
            text = " ".join(c.text for c in written.story.chapters)
            level = written.reading_level
            rows[params.age_group].append(
                (
                    level["score"],
                    level["within_band"],
                    level["rewrites"],
                    distinct_2(text),
                    level["words"] / params.page_count,
                )
            )
        for age in AGE_GROUPS:
            data = rows[age]
            scores = [r[0] for r in data]
            low, high = target_band(language, age)
            print(
                f"| {language} | {age} | {len(data)} | {FORMULAS[language].name} | {low:g} to {high:g} "
                f"| {statistics.median(scores):.1f} | {min(scores):.1f} | {max(scores):.1f} "
                f"| {sum(r[1] for r in data)}/{len(data)} | {sum(r[2] for r in data)} "
                f"| {statistics.mean(r[3] for r in data):.3f} | {min(r[3] for r in data):.3f} "
                f"| {statistics.median(r[4] for r in data):.0f} |"
            )
    run_similarity()
    run_chapter_levels(writer)


SIMILARITY_GROUPS = 8
STORIES_PER_GROUP = 4


def four_grams(text: str) -> set[tuple[str, ...]]:
    """The story's 4-word sequences, in lower case, punctuation dropped."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.casefold())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def jaccard(first: set[tuple[str, ...]], second: set[tuple[str, ...]]) -> float:
    return len(first & second) / max(1, len(first | second))


def similarity(language: str) -> tuple[list[float], list[float]]:
    """4-gram Jaccard of pairs of books: same genre and age (all else random); same settings, other seed."""
    rng = random.Random(f"similarity-{language}")
    same_kind: list[float] = []
    same_settings: list[float] = []
    for _ in range(SIMILARITY_GROUPS):
        genre, age = rng.choice(GENRES), rng.choice(AGE_GROUPS)
        grams = []
        for _ in range(STORIES_PER_GROUP):
            params = random_params(rng, language).model_copy(update={"genre": genre, "age_group": age})
            seed = rng.randrange(10_000)
            text = _text(params, seed)
            grams.append(four_grams(text))
            same_settings.append(jaccard(four_grams(text), four_grams(_text(params, seed + 1))))
        same_kind += [jaccard(a, b) for i, a in enumerate(grams) for b in grams[i + 1 :]]
    return same_kind, same_settings


def _text(params: StoryParams, seed: int) -> str:
    story = compose_story(params, seed, 5000)
    return " ".join(chapter.text for chapter in story.chapters)


def run_similarity() -> None:
    """Print the similarity table of item 1 and the words per page of item 6."""
    print(f"\n4-gram Jaccard: {SIMILARITY_GROUPS} genre+age groups x {STORIES_PER_GROUP} books per language")
    print("| language | same genre+age mean | worst | same settings, other seed mean | worst |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for language in ("en", "es", "fr", "de"):
        same_kind, same_settings = similarity(language)
        print(
            f"| {language} | {statistics.mean(same_kind):.3f} | {max(same_kind):.3f} "
            f"| {statistics.mean(same_settings):.3f} | {max(same_settings):.3f} |"
        )


CHAPTER_SEEDS = 50


def chapter_levels(writer: BuiltinStoryWriter, language: str, seeds: int = CHAPTER_SEEDS) -> list[float]:
    """The measured reading level of `seeds` 9-12 books per genre (all else random), as the book prints it."""
    rng = random.Random(f"chapter-levels-{language}")
    scores = []
    for genre in GENRES:
        for seed in range(seeds):
            params = random_params(rng, language).model_copy(update={"genre": genre, "age_group": "9-12"})
            written = write_story([writer], params, seed=seed, max_words=5000)
            scores.append(float(written.reading_level["score"]))
    return scores


def top_half(language: str, score: float) -> bool:
    """Whether a 9-12 score is in the harder half of the band (the chapter books' target of issue 15)."""
    low, high = target_band(language, "9-12")
    middle = (low + high) / 2
    return score >= middle if FORMULAS[language].direction == "grade" else score <= middle


def run_chapter_levels(writer: BuiltinStoryWriter) -> None:
    """Print the 9-12 reading levels over every genre: chapter books read in the top half of the band."""
    print(f"\n9-12 chapter books: {CHAPTER_SEEDS} seeds x {len(GENRES)} genres per language")
    print("| language | formula | top half | min | median | max | in top half |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for language in ("en", "es", "fr", "de"):
        scores = chapter_levels(writer, language)
        low, high = target_band(language, "9-12")
        middle = (low + high) / 2
        half = f">= {middle:g}" if FORMULAS[language].direction == "grade" else f"<= {middle:g}"
        inside = sum(top_half(language, s) for s in scores)
        print(
            f"| {language} | {FORMULAS[language].name} | {half} | {min(scores):.1f} "
            f"| {statistics.median(scores):.1f} | {max(scores):.1f} | {inside}/{len(scores)} |"
        )
