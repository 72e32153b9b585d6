"""Simulated providers: fixed latency and an optional failure rate, for benchmarks, load tests and
pipeline tests. They register like any other provider ("simulated"), and make plain but valid output.

Latency and failures come from class attributes (make a variant with `variant(...)`), overridden by
SIMULATED_TEXT_LATENCY, SIMULATED_IMAGE_LATENCY, SIMULATED_SPEECH_LATENCY and SIMULATED_FAILURE_RATE
(the share of calls that fail, dealt in shuffled runs: 3 in every 10 calls at 0.3), so worker
processes started elsewhere simulate the same services. With SIMULATED_CALL_LOG set, every call
appends one line `kind provider pid start end outcome` (epoch seconds) to that file, so tests can
check limits across processes.
"""

from __future__ import annotations

import io
import os
import random
import threading
import time
from typing import TYPE_CHECKING, Any, ClassVar

from PIL import Image

from storyloom.errors import ProviderRateLimitError, ProviderServerError, ProviderTimeoutError
from storyloom.providers.base import CallRecord
from storyloom.providers.image.base import Illustration, ImageRequest
from storyloom.providers.registry import register
from storyloom.providers.speech.base import Narration, SpeechRequest, WordTiming
from storyloom.providers.text.base import ChapterDraft, StoryDraft, StoryRequest
from storyloom.story.params import StoryParams
from storyloom.story.schema import (
    Chapter,
    Character,
    CharacterInScene,
    PropInScene,
    SceneSpec,
    StoryContent,
    StorySettings,
    VisualBible,
    VocabularyWord,
)

if TYPE_CHECKING:
    from storyloom.config import Settings


class _Simulated:
    kind: ClassVar[str] = ""
    latency_seconds: float = 0.0
    failure_rate: float = 0.0
    _random = random.Random(7)
    _lock = threading.Lock()

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        self.call_log = ""
        options = settings.providers.simulated if settings is not None else None
        if options is not None:
            latency = getattr(options, f"{self.kind}_latency", None)
            if latency is not None:
                self.latency_seconds = latency
            if options.failure_rate is not None:
                self.failure_rate = options.failure_rate
            self.call_log = options.call_log
        if options is not None and options.failure_rate is not None:
            # Each process rolls its own dice (a shared seed would fail the same calls everywhere).
            self._random = random.Random(os.getpid() ^ int(time.time() * 1000))

    def _wait_or_fail(self, provider: str) -> None:
        started = time.time()
        try:
            self._roll(provider)
        except Exception as exc:
            self._log(provider, started, type(exc).__name__)
            raise
        self._log(provider, started, "ok")

    def _fails(self) -> bool:
        """Whether this call fails. The failures are dealt from a shuffled deck holding the rate's
        share of failed calls (3 in each 10 at 0.3), so every run of calls fails at that rate, in a
        random order, rather than only on average."""
        if self.failure_rate <= 0:
            return False
        deck: list[bool] = self.__dict__.setdefault("_deck", [])
        if not deck:
            size = next(
                (
                    n
                    for n in range(1, 101)
                    if abs(self.failure_rate * n - round(self.failure_rate * n)) < 1e-9
                ),
                100,
            )
            failures = round(self.failure_rate * size)
            deck.extend([True] * failures + [False] * (size - failures))
            self._random.shuffle(deck)
        return deck.pop()

    def _roll(self, provider: str) -> None:
        with self._lock:
            failing = self._fails()
            which = self._random.randrange(3)
        if failing:
            time.sleep(self.latency_seconds / 4)
            if which == 0:
                raise ProviderTimeoutError(f"{provider} timed out (simulated)", provider=provider)
            if which == 1:
                raise ProviderRateLimitError(
                    f"{provider} rate limited (simulated)", provider=provider, status=429, retry_after=0.05
                )
            raise ProviderServerError(
                f"{provider} returned HTTP 500 (simulated)", provider=provider, status=500
            )
        if self.latency_seconds:
            time.sleep(self.latency_seconds)

    def _log(self, provider: str, started: float, outcome: str) -> None:
        if not self.call_log:
            return
        line = f"{self.kind} {provider} {os.getpid()} {started:.6f} {time.time():.6f} {outcome}\n"
        descriptor = os.open(self.call_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, line.encode())
        finally:
            os.close(descriptor)


_SIMULATED_BEATS = (
    ("park", "walk", "kite", "sky"),
    ("garden", "hold", "flower", "held"),
    ("forest", "sit", "log", "ground"),
    ("kitchen", "hold", "cookie", "held"),
    ("beach", "point", "shell", "ground"),
    ("bedroom", "sleep", "bed", "ground"),
)
"""(place, the hero's pose, a prop the text names, where it is) for the simulated pages, in turn."""
_SIMULATED_SHOTS = ("wide", "medium", "two-shot", "close-up", "from-behind")


def simulated_story(params: StoryParams, seed: int) -> StoryContent:
    """A plain, valid story for `params`: every page names the child, every character appears."""
    hero = Character(
        name=params.child_name,
        role="hero",
        description=f"{params.child_name}, the child this book is for",
        bible=VisualBible(
            species="human child",
            age="child",
            skin_or_fur="warm brown skin",
            hair="short black",
            outfit="a yellow raincoat",
            colours={"skin": "#8d5524", "hair": "#1f1a17", "outfit": "#f2c12e"},
        ),
    )
    friends = [
        Character(
            name=spec.name,
            role="friend",
            description=f"{spec.name} the {spec.kind}",
            bible=VisualBible(
                species=spec.kind or "friend",
                age="child",
                skin_or_fur="soft orange fur",
                hair="none",
                outfit="a blue scarf",
                colours={"skin": "#e07b39", "outfit": "#2e6fd8"},
            ),
        )
        for spec in params.characters
    ]
    cast = [hero, *friends]
    chapters = []
    for number in range(1, params.page_count + 1):
        present = [hero.name] + ([cast[number % len(cast)].name] if len(cast) > 1 else [])
        present = list(dict.fromkeys(present))
        place, pose, thing, where = _SIMULATED_BEATS[(number - 1) % len(_SIMULATED_BEATS)]
        held = where == "held"
        chapters.append(
            Chapter(
                title=f"Page {number}",
                text=(
                    f"{params.child_name} walked on, page {number} of the day, and found a {thing}. "
                    f"{' and '.join(present)} remembered that {params.moral_lesson}."
                ),
                scene=SceneSpec(
                    setting="a park",
                    backdrop="garden",
                    place=place,
                    time_of_day="morning",
                    characters_present=present,
                    action="walking",
                    mood="calm",
                    composition="wide",
                    shot=_SIMULATED_SHOTS[(number - 1) % len(_SIMULATED_SHOTS)],
                    cast=[
                        CharacterInScene(
                            name=name,
                            pose=pose if index == 0 else "talk",
                            facing="front" if len(present) == 1 else ("right" if index == 0 else "left"),
                            holding=thing if held and index == 0 else "",
                        )
                        for index, name in enumerate(present)
                    ],
                    props=[PropInScene(prop=thing, where=where, held_by=hero.name if held else "")],
                ),
            )
        )
    return StoryContent(
        title=f"{params.child_name} and the Simulated Day",
        description=f"A simulated story about {params.moral_lesson}.",
        characters=cast,
        settings=StorySettings(
            place="a park", backdrop="garden", illustration_style=params.illustration_style
        ),
        chapters=chapters,
        moral=params.moral_lesson,
        vocabulary=[VocabularyWord(word=w, definition=f"the word {w}") for w in ("walk", "park", "day")],
        discussion_questions=["What happened?", "Who helped?", "What did you learn?"],
    )


@register("text", "simulated")
class SimulatedStoryWriter(_Simulated):
    kind: ClassVar[str] = "text"
    name: ClassVar[str] = "simulated"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es", "fr", "de"})

    def write_story(self, request: StoryRequest) -> StoryDraft:
        self._wait_or_fail(self.name)
        story = simulated_story(request.params, request.seed)
        call = CallRecord(
            provider=self.name,
            prompt=f"story for {request.params.child_name}",
            duration_ms=int(self.latency_seconds * 1000),
        )
        return StoryDraft(story=story, call=call)

    def write_chapter(self, story: StoryContent, index: int, request: StoryRequest) -> ChapterDraft:
        self._wait_or_fail(self.name)
        chapter = story.chapters[index - 1].model_copy(
            update={"text": story.chapters[index - 1].text + " Again."}
        )
        return ChapterDraft(chapter=chapter, call=CallRecord(provider=self.name, prompt=f"chapter {index}"))


@register("image", "simulated")
class SimulatedIllustrator(_Simulated):
    kind: ClassVar[str] = "image"
    name: ClassVar[str] = "simulated"
    accepts_references: ClassVar[bool] = True
    max_size: ClassVar[int] = 4096

    def illustrate(self, request: ImageRequest) -> Illustration:
        self._wait_or_fail(self.name)
        shade = request.seed % 200
        image = Image.new("RGB", (request.width // 8, request.height // 8), (shade, 120, 200 - shade // 2))
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        call = CallRecord(
            provider=self.name, prompt=request.prompt, duration_ms=int(self.latency_seconds * 1000)
        )
        return Illustration(png=buffer.getvalue(), width=image.width, height=image.height, call=call)


@register("speech", "simulated")
class SimulatedNarrator(_Simulated):
    kind: ClassVar[str] = "speech"
    name: ClassVar[str] = "simulated"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es", "fr", "de"})
    word_timings: ClassVar[bool] = True

    def narrate(self, request: SpeechRequest) -> Narration:
        self._wait_or_fail(self.name)
        words, position, clock = [], 0, 0
        for token in request.text.split():
            start = request.text.index(token, position)
            position = start + len(token)
            words.append(WordTiming(token, clock, clock + 300, start, position))
            clock += 350
        # One silent MPEG-1 layer III frame header repeated: a decodable stand-in, not real speech.
        frame = b"\xff\xfb\x90\x64" + b"\x00" * 413
        frames = max(1, clock // 26)
        call = CallRecord(
            provider=self.name, prompt=request.text, duration_ms=int(self.latency_seconds * 1000)
        )
        return Narration(mp3=frame * frames, duration_ms=frames * 26, words=words, call=call)


def variant(
    base: type[Any], name: str, *, latency_seconds: float = 0.0, failure_rate: float = 0.0
) -> type[Any]:
    """A subclass of a simulated provider with its own latency and failure rate, registered as `name`."""
    kind = {SimulatedStoryWriter: "text", SimulatedIllustrator: "image", SimulatedNarrator: "speech"}[base]
    cls = type(
        f"{base.__name__}_{name}",
        (base,),
        {
            "name": name,
            "latency_seconds": latency_seconds,
            "failure_rate": failure_rate,
            "_random": random.Random(11),
        },
    )
    return register(kind, name)(cls)
