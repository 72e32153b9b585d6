"""The story lookups of storyloom/db/stories.py: found, missing, too long to be an id, locked."""

from __future__ import annotations

import pytest

from storyloom.db.models import Story, StoryStatus
from storyloom.db.stories import detached_story, find_story, get_story, locked_story
from storyloom.errors import NotFoundError
from storyloom.runtime import Runtime


def _add_story(runtime: Runtime) -> str:
    with runtime.session() as session:
        story = Story(genre="space", age_group="3-5", status=StoryStatus.COMPLETE, title="The Moon Kite")
        session.add(story)
        session.flush()
        return story.id


def test_a_lookup_finds_the_story_or_says_there_is_none(runtime: Runtime) -> None:
    story_id = _add_story(runtime)

    with runtime.session() as session:
        found = find_story(session, story_id)
        missing = find_story(session, "0" * 32)
        too_long = find_story(session, "x" * 65)
        with pytest.raises(NotFoundError, match="no story with id 0{32}$"):
            get_story(session, "0" * 32)

    assert (found.title if found else None, missing, too_long) == ("The Moon Kite", None, None)


def test_a_locked_story_can_change_and_a_detached_one_outlives_its_session(runtime: Runtime) -> None:
    story_id = _add_story(runtime)

    with runtime.session() as session:
        locked_story(session, story_id).title = "The Sun Kite"
    with runtime.session() as session:
        story = detached_story(session, story_id)

    assert story.title == "The Sun Kite"
    with runtime.session() as session, pytest.raises(NotFoundError):
        locked_story(session, "0" * 32)
