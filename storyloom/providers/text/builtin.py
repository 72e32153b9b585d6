"""The built-in story writer: offline, deterministic for a seed, in English, Spanish, French and German."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from storyloom.errors import ProviderBadRequestError
from storyloom.providers.base import CallRecord, Stopwatch
from storyloom.providers.text.base import ChapterDraft, StoryDraft, StoryRequest
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.schema import Chapter, StoryContent

if TYPE_CHECKING:
    from storyloom.config import Settings

MODEL = "storyloom-engine-1"


class BuiltinStoryWriter:
    """Writes a real arc (setup, problem, failed attempts, a turn that acts out the moral, resolution)
    from phrase banks, with sentence length matched to the age group. Costs nothing."""

    name: ClassVar[str] = "builtin"
    languages: ClassVar[frozenset[str]] = frozenset({"en", "es", "fr", "de"})

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def write_story(self, request: StoryRequest) -> StoryDraft:
        """Write the whole story; the same request always gives the same story."""
        self._check_language(request)
        watch = Stopwatch()
        story = compose_story(request.params, request.seed, request.max_words, request.guidance)
        return StoryDraft(story=story, call=self._record(request, watch, story.word_count))

    def write_chapter(self, story: StoryContent, index: int, request: StoryRequest) -> ChapterDraft:
        """Write page `index` (1-based) again, differently, keeping the story's characters and bibles."""
        self._check_language(request)
        if not 1 <= index <= len(story.chapters):
            raise ProviderBadRequestError(
                f"chapter {index} does not exist; the story has {len(story.chapters)}", provider=self.name
            )
        watch = Stopwatch()
        names = {c.name for c in story.characters}
        current = story.chapters[index - 1]
        chapter: Chapter | None = None
        for attempt in range(1, 9):
            fresh = compose_story(
                request.params, request.seed + attempt * 7919, request.max_words, request.guidance
            ).chapters[index - 1]
            chapter = fresh.model_copy(update={"scene": fresh.scene.keeping_only(names)})
            if chapter.text != current.text:
                break
        assert chapter is not None
        return ChapterDraft(
            chapter=chapter, call=self._record(request, watch, len(chapter.text.split()), chapter=index)
        )

    def _check_language(self, request: StoryRequest) -> None:
        language = request.params.language
        enabled = self.settings is None or self.settings.limits.enable_multi_language
        if language not in self.languages or (language != "en" and not enabled):
            raise ProviderBadRequestError(
                f"the built-in writer does not write language {language!r} here", provider=self.name
            )

    def _record(
        self, request: StoryRequest, watch: Stopwatch, words: int, chapter: int | None = None
    ) -> CallRecord:
        params = request.params
        prompt = (
            f"builtin story: {params.genre}, ages {params.age_group}, {params.language}, "
            f"{params.page_count} pages, seed {request.seed}"
        )
        details: dict[str, object] = {"words": words, "guidance": list(request.guidance)}
        if chapter is not None:
            details["chapter"] = chapter
        return CallRecord(
            provider=self.name,
            prompt=prompt,
            model=MODEL,
            cost_usd=0.0,
            duration_ms=watch.elapsed_ms,
            details=details,
        )
