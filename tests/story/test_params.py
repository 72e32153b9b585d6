"""Every field of the form is checked, and a bad value is named with its rule."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from storyloom.story.params import StoryParams

VALID: dict[str, Any] = {"child_name": "Mia", "age_group": "3-5", "moral_lesson": "sharing is kind"}


def problems(**changes: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        StoryParams.model_validate({**VALID, **changes})
    return [(".".join(str(p) for p in e["loc"]), str(e["msg"])) for e in caught.value.errors()]


def test_the_smallest_valid_request_gets_sensible_defaults() -> None:
    params = StoryParams.model_validate(VALID)

    assert (params.genre, params.language, params.page_count, params.illustration_style) == (
        "adventure", "en", 12, "watercolour",
    )  # fmt: skip
    assert params.characters == []


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        pytest.param({"child_name": ""}, "child_name", "must not be empty", id="empty-name"),
        pytest.param({"child_name": "   "}, "child_name", "must not be empty", id="blank-name"),
        pytest.param({"child_name": "M" * 41}, "child_name", "at most 40", id="long-name"),
        pytest.param({"child_name": "R2D2"}, "child_name", "only letters", id="digits-in-name"),
        pytest.param({"child_name": "<script>"}, "child_name", "only letters", id="markup-in-name"),
        pytest.param({"age_group": "99"}, "age_group", "'0-2', '3-5', '6-8' or '9-12'", id="age"),
        pytest.param({"genre": "horror"}, "genre", "'adventure'", id="genre"),
        pytest.param({"language": "xx"}, "language", "'en'", id="language"),
        pytest.param({"moral_lesson": "hi"}, "moral_lesson", "at least 3", id="short-moral"),
        pytest.param({"moral_lesson": "x" * 121}, "moral_lesson", "at most 120", id="long-moral"),
        pytest.param({"page_count": 0}, "page_count", "greater than or equal to 8", id="zero-pages"),
        pytest.param({"page_count": 33}, "page_count", "less than or equal to 32", id="too-many-pages"),
        pytest.param({"illustration_style": "oil"}, "illustration_style", "'watercolour'", id="style"),
        pytest.param({"pronouns": "it"}, "pronouns", "'she/her'", id="pronouns"),
        pytest.param({"dedication": "x" * 201}, "dedication", "at most 200", id="long-dedication"),
        pytest.param({"setting": "x" * 121}, "setting", "at most 120", id="long-setting"),
        pytest.param({"seed": -1}, "seed", "greater than or equal to 0", id="seed"),
        pytest.param({"characters": [{"name": "A"}] * 5}, "characters", "at most 4", id="five-friends"),
        pytest.param(
            {"characters": [{"name": "Leo"}, {"name": "leo"}]}, "characters", "different names", id="twins"
        ),
        pytest.param(
            {"characters": [{"name": ""}]}, "characters.0.name", "must not be empty", id="nameless-friend"
        ),
        pytest.param(
            {"characters": [{"name": "Leo", "kind": "x" * 61}]}, "characters.0.kind", "at most 60", id="kind"
        ),
        pytest.param({"unknown": 1}, "unknown", "Extra inputs are not permitted", id="unknown-field"),
    ],
)
def test_each_bad_field_is_named_with_its_rule(changes: dict[str, Any], field: str, rule: str) -> None:
    found = problems(**changes)

    assert [f for f, _ in found] == [field]
    assert rule in found[0][1]


def test_names_of_any_script_are_welcome() -> None:
    for name in ("Zoë", "José", "Łucja", "Ngọc", "Anne-Marie", "O'Neil", "李小龙"):
        assert StoryParams.model_validate({**VALID, "child_name": name}).child_name == name


def test_control_characters_and_runs_of_spaces_are_cleaned() -> None:
    params = StoryParams.model_validate(
        {**VALID, "child_name": " Mia\x00  Rose ", "moral_lesson": "be  kind\n"}
    )

    assert (params.child_name, params.moral_lesson) == ("Mia Rose", "be kind")
