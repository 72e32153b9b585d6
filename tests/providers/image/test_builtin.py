"""The built-in illustrator as an ImageProvider: exact sizes, determinism, kinds, bad requests."""

from __future__ import annotations

import pytest

from storyloom.errors import ProviderBadRequestError
from storyloom.providers.image.base import ImageProvider, ImageRequest
from storyloom.providers.image.builtin import BuiltinIllustrator
from storyloom.providers.registry import provider_class
from storyloom.render.scene_prompt import build_prompt
from tests.render.fixtures.illustration import load_story, open_png, pixels_near

STORY = load_story("lantern_of_stars")


def page(
    index: int, *, seed: int = 11, width: int = 300, height: int = 300, style: str = "watercolour"
) -> ImageRequest:
    scene = STORY.chapters[index].scene
    cast = tuple(STORY.character(name) for name in scene.characters_present)
    return ImageRequest(
        kind="page",
        prompt=build_prompt(STORY, scene, style),
        style=style,
        width=width,
        height=height,
        seed=seed,
        scene=scene,
        characters=cast,
    )


def test_registered_as_builtin_and_satisfies_the_protocol() -> None:
    assert provider_class("image", "builtin") is BuiltinIllustrator
    assert isinstance(BuiltinIllustrator(), ImageProvider)


@pytest.mark.parametrize(
    ("width", "height"), [(300, 300), (320, 200), (200, 320)], ids=["square", "wide", "tall"]
)
def test_pictures_have_exactly_the_requested_size(width: int, height: int) -> None:
    result = BuiltinIllustrator().illustrate(page(1, width=width, height=height))
    assert open_png(result.png).size == (width, height)
    assert (result.width, result.height) == (width, height)


def test_same_request_draws_the_same_picture_and_other_seeds_do_not() -> None:
    illustrator = BuiltinIllustrator()
    first = illustrator.illustrate(page(4)).png
    assert illustrator.illustrate(page(4)).png == first
    assert illustrator.illustrate(page(4, seed=12)).png != first


def test_call_record_is_free_and_names_the_provider() -> None:
    call = BuiltinIllustrator().illustrate(page(0)).call
    assert (call.provider, call.model, call.cost_usd) == ("builtin", "storyloom-illustrator-1", 0.0)
    assert call.prompt.startswith(
        "Illustration for the children's picture book 'Maya and the Lantern of Stars'"
    )


def test_character_sheet_draws_the_one_character_large() -> None:
    # given
    rusty = STORY.character("Rusty")
    request = ImageRequest(
        kind="character", prompt="sheet", style="flat", width=300, height=300, seed=1, characters=(rusty,)
    )
    # when
    png = BuiltinIllustrator().illustrate(request).png
    # then the fox's fur and teal scarf are there, Maya's yellow coat is not
    assert pixels_near(png, "#e2722b", 10) > 300 * 300 * 0.05
    assert pixels_near(png, "#1f9e9a", 10) > 300
    assert pixels_near(png, "#f6c026", 10) == 0


def test_cover_without_a_scene_uses_the_given_characters() -> None:
    maya = STORY.character("Maya")
    request = ImageRequest(
        kind="cover",
        prompt="cover",
        style="flat",
        width=300,
        height=300,
        seed=1,
        characters=(maya,),
        title=STORY.title,
    )
    png = BuiltinIllustrator().illustrate(request).png
    assert pixels_near(png, "#f6c026", 10) > 200


@pytest.mark.parametrize(
    "request_",
    [
        pytest.param(
            ImageRequest(kind="page", prompt="p", style="flat", width=300, height=300, seed=1),
            id="page-without-scene",
        ),
        pytest.param(
            ImageRequest(kind="character", prompt="p", style="flat", width=300, height=300, seed=1),
            id="sheet-without-character",
        ),
        pytest.param(
            ImageRequest(kind="cover", prompt="p", style="flat", width=0, height=300, seed=1), id="zero-width"
        ),
        pytest.param(
            ImageRequest(kind="cover", prompt="p", style="flat", width=9000, height=300, seed=1),
            id="too-wide",
        ),
    ],
)
def test_impossible_requests_are_bad_requests(request_: ImageRequest) -> None:
    with pytest.raises(ProviderBadRequestError):
        BuiltinIllustrator().illustrate(request_)
