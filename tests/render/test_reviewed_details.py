"""What a reviewer saw still wrong in the built-in books' pictures (issue 13), fourth round: the sky
follows the time of day the text names, paper crowns are worn on heads, hands held are joined, what
stands on the windowsill is on it, the moon seen indoors is in a window, a building is drawn once."""

from __future__ import annotations

import random
import re

import pytest

from storyloom.providers.text.engine import scenes
from storyloom.providers.text.engine.scene_details import (
    animals_on_the_sill,
    holding_hands,
    on_the_sill,
    time_in_text,
    worn_things,
)
from storyloom.providers.text.engine.writer import compose_story
from storyloom.render.illustrator.compose import scene_svg
from storyloom.render.illustrator.poses import hand_point
from storyloom.render.illustrator.staging import SHOT_HEIGHTS, stage
from storyloom.render.illustrator.styles import STYLE_NAMES, style_named
from storyloom.story.params import StoryParams
from storyloom.story.schema import CharacterInScene, PropInScene, StoryContent
from tests.render.test_reviewed_pages import _pages_saying
from tests.render.test_reviewed_stagings import _story as staged_story
from tests.render.test_scene_drawing import HERO, LEO, group_of, raster, scene, svg_of


def _story(genre: str, language: str, seed: int, age: str = "3-5", pages: int = 12) -> StoryContent:
    return staged_story(genre, language, seed, age, pages, moral="Be kind")


@pytest.mark.parametrize(
    ("language", "text", "time"),
    [
        ("en", "That night, Mia and Leo crept down the stairs.", "night"),
        ("en", "They lay in the grass under the stars.", "night"),
        ("es", "Por la noche, Mia oyó un ruido.", "night"),
        ("es", "Se sentaron bajo las estrellas.", "night"),
        ("fr", "La nuit, Mia entendit un bruit.", "night"),
        ("fr", "Ils dormirent sous les étoiles.", "night"),
        ("de", "Nachts hörte Mia ein Geräusch.", "night"),
        ("de", "Sie lagen unter den Sternen.", "night"),
        ("en", "One morning, Mia heard a worried cry.", "morning"),
        ("es", "Una mañana, Mia oyó un grito preocupado.", "morning"),
        ("fr", "Un matin, Mia entendit un cri inquiet.", "morning"),
        ("de", "Eines Morgens hörte Mia einen besorgten Ruf.", "morning"),
        ("en", "That evening there was a little party.", "sunset"),
        ("es", "Aquella tarde hubo una pequeña fiesta.", "sunset"),
        ("fr", "Ce soir-là, il y eut une petite fête.", "sunset"),
        ("de", "An diesem Abend gab es ein kleines Fest.", "sunset"),
    ],
)
def test_the_time_of_day_the_narration_names_is_read(language: str, text: str, time: str) -> None:
    assert time_in_text(text, language) == time


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A strange noise was coming from the big barn at night."),
        ("en", '"This one," said Mia, "but ask me again tonight."'),
        ("es", "La puerta del parque se cerraba por la noche."),
        ("fr", "Le gâteau avait disparu de la vitrine pendant la nuit."),
        ("de", "Mia dachte an den Tag."),
    ],
)
def test_a_night_only_described_or_said_aloud_sets_no_time(language: str, text: str) -> None:
    # "the barn at night" is the place the noise comes from, "ask me again tonight" is said aloud
    assert time_in_text(text, language) is None


@pytest.mark.parametrize(("language", "seed"), [("en", 4), ("en", 2), ("es", 1)])
def test_a_bedtime_page_saying_one_morning_is_drawn_in_the_morning(language: str, seed: int) -> None:
    # given the bedtime book's problem page "One morning, Mia heard a worried cry" (drawn at sunset,
    # because a bedtime book's first half is an evening)
    story = _story("bedtime", language, seed)
    page = story.chapters[2]
    assert time_in_text(page.text, language) == "morning", page.text
    # then its picture is a morning
    assert page.scene.time_of_day == "morning"
    # and the night it ends with stays a night
    assert story.chapters[-1].scene.time_of_day == "night"


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("genre", "language", "seed", "words"),
    [
        ("fantasy", "en", 1, "paper crowns for everyone"),
        ("fairy tale", "es", 2, "coronas de papel para todos"),
        ("fairy tale", "fr", 0, "couronnes en papier pour tout le monde"),
        ("fairy tale", "de", 0, "Papierkronen für alle"),
    ],
)
def test_paper_crowns_made_for_everyone_are_worn_on_every_head(
    genre: str, language: str, seed: int, words: str, style: str
) -> None:
    # given the party page "Tansy made paper crowns for everyone" (the crowns lay on the floor)
    story = _story(genre, language, seed)
    index, page = _pages_saying(story, words)[0]
    # then everyone present wears one
    present = page.scene.characters_present
    assert [(p.prop, p.where, p.held_by) for p in page.scene.props if p.prop == "crown"] == [
        ("crown", "worn", name) for name in present
    ]
    # and each is drawn on its wearer's head, inside the wearer's figure, none on the floor
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=200, height=200)
    for name in present:
        pose = page.scene.pose_of(name).pose
        assert f'id="worn-crown-{name}" data-on="head"' in group_of(drawn, f"pose-{pose}-{name}")
    assert drawn.count('id="prop-crown"') == 1


@pytest.mark.parametrize(
    ("genre", "language", "seed", "words", "prop", "wearer"),
    [
        ("adventure", "en", 0, "made a paper crown", "crown", "Mia"),
        ("space", "de", 5, "Krone aus Papier", "crown", "Mia"),
        ("animals", "en", 0, "made a crown of flowers", "flower-crown", "Biscuit"),
        ("animals", "de", 0, "Blumenkranz", "flower-crown", "Mia"),
        ("friendship", "es", 1, "corona de flores", "flower-crown", "Mia"),
    ],
)
def test_a_crown_one_makes_is_on_the_makers_head(
    genre: str, language: str, seed: int, words: str, prop: str, wearer: str
) -> None:
    # given "Next, Mia made a paper crown. Oh dear, it was much too big and slid down."
    story = _story(genre, language, seed)
    index, page = _pages_saying(story, words)[0]
    # then it is on the maker's head, and no sheet of paper or flower lies about
    assert [(p.prop, p.where, p.held_by) for p in page.scene.props] == [(prop, "worn", wearer)]
    drawn = scene_svg(page.scene, story.characters, style_named("flat"), index, width=200, height=200)
    pose = page.scene.pose_of(wearer).pose
    assert f'id="worn-{prop}-{wearer}"' in group_of(drawn, f"pose-{pose}-{wearer}")


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("genre", "language", "seed", "words", "friend"),
    [
        ("fairy tale", "en", 1, "held Wren's paw", "Wren"),
        ("space", "en", 0, "held Bolt's hand", "Bolt"),
        ("fantasy", "es", 0, "tomó el ala de Tansy", "Tansy"),
        ("adventure", "es", 0, "tomó la pata de Bramble", "Bramble"),
    ],
)
def test_two_who_hold_hands_stand_side_by_side_hand_in_hand(
    genre: str, language: str, seed: int, words: str, friend: str, style: str
) -> None:
    # given "Mia held Wren's paw. They went slowly, step by step." (drawn as two figures apart, each
    # holding nothing up, or walking)
    story = _story(genre, language, seed)
    index, page = _pages_saying(story, words)[0]
    # then both hold hands, facing each other
    assert [(c.name, c.pose, c.facing) for c in page.scene.cast] == [
        ("Mia", "hold-hands", "right"),
        (friend, "hold-hands", "left"),
    ]
    # and in the picture the hands they reach out meet between them
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=200, height=200)
    assert f'id="hands-joined" data-between="Mia {friend}"' in drawn
    spots = {
        spot.character.name: spot
        for spot in stage(page.scene, story.characters, 720.0, random.Random(0)).spots
    }
    mia, other = spots["Mia"], spots[friend]
    hand = hand_point(mia.pose, mia.x, mia.ground, mia.drawn_height, mirror=False)
    other_hand = hand_point(other.pose, other.x, other.ground, other.drawn_height, mirror=True)
    assert abs(hand[0] - other_hand[0]) < 4, (hand, other_hand)
    assert mia.x < other.x


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mia and Leo walked hand in hand."),
        ("es", "Mia y Leo caminaron de la mano."),
        ("fr", "Mia prit la main de Leo."),
        ("fr", "Ils marchèrent main dans la main."),
        ("de", "Mia nahm Leo an der Hand."),
        ("de", "Sie gingen Hand in Hand."),
    ],
)
def test_holding_hands_is_read_in_every_language(language: str, text: str) -> None:
    cast = [CharacterInScene(name="Mia"), CharacterInScene(name="Leo")]
    assert [entry.pose for entry in holding_hands(cast, text, language)] == ["hold-hands", "hold-hands"]


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("genre", "language", "seed", "words"),
    [
        ("fairy tale", "en", 0, "peeked in from far away"),
        ("bedtime", "en", 1, "peeked inside the wardrobe"),
        ("fairy tale", "fr", 0, "jeta un coup d'œil"),
    ],
)
def test_a_page_that_peeks_is_drawn_peeking_not_reaching_up(
    genre: str, language: str, seed: int, words: str, style: str
) -> None:
    # given "First, Mia peeked inside the wardrobe" (drawn reaching up, the attempt's pose)
    story = _story(genre, language, seed)
    index, page = _pages_saying(story, words)[0]
    # then Mia leans forward to peek, turned to the side she looks
    assert (page.scene.pose_of("Mia").pose, page.scene.pose_of("Mia").facing) == ("peek", "right")
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=200, height=200)
    assert 'id="pose-peek-Mia"' in group_of(drawn, "kind-" + drawn.split('id="kind-')[1].split('"')[0])
    assert "rotate(14)" in group_of(drawn, "pose-peek-Mia").split(">")[0]


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "on the windowsill"),
        ("es", "junto a la ventana"),
        ("fr", "sur le rebord de la fenêtre"),
        ("de", "auf dem Fensterbrett"),
    ],
)
def test_a_glass_on_the_windowsill_stands_on_the_sill_under_the_moon_in_the_window(
    language: str, words: str, style: str
) -> None:
    # given "The moonbeam was resting in a glass of water on the windowsill" (the glass stood on the
    # floor under a sill, the moon hung on the bedroom wall like a picture)
    story = _story("bedtime", language, 2, age="6-8")
    index, page = _pages_saying(story, words)[0]
    # then the glass is on the sill
    assert ("glass", "sill") in [(p.prop, p.where) for p in page.scene.props]
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=200, height=200)
    assert 'id="prop-windowsill" data-where="room-window"' in drawn
    assert '<g data-where="sill"><g id="prop-glass"' in drawn
    # and the moon is seen through the room's window, not on its wall
    assert 'id="prop-moon" data-where="window"' in drawn
    assert drawn.count('id="prop-moon"') == 1
    # and where the room paints no window, one is drawn on the wall for them
    hall = page.scene.model_copy(update={"place": "castle-hall"})
    in_hall = scene_svg(hall, story.characters, style_named(style), index, width=200, height=200)
    assert 'id="prop-window"' in in_hall and 'id="prop-moon" data-where="window"' in in_hall
    assert '<g data-where="sill"><g id="prop-glass"' in in_hall


@pytest.mark.parametrize("place", ["bedroom", "kitchen", "library", "classroom", "tower"])
def test_a_moonbeam_named_indoors_is_a_moon_in_a_window_not_on_the_wall(place: str) -> None:
    # given an indoor page naming a moonbeam: its scene's moon is "on the wall"
    story = _story("bedtime", "en", 2, age="6-8")
    index, page = _pages_saying(story, "on the windowsill")[0]
    moonlit = page.scene.model_copy(
        update={"place": place, "props": [PropInScene(prop="moon", where="wall")]}
    )
    # when it is drawn
    drawn = scene_svg(moonlit, story.characters, style_named("flat"), index, width=200, height=200)
    # then the moon is seen through a window, clipped to its pane
    assert 'id="prop-moon" data-where="window"' in drawn
    assert 'clip-path="url(#moonpane)"' in group_of(drawn, "prop-moon")


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(("language", "words"), [("en", "the big dark barn"), ("fr", "la grande grange")])
def test_a_barn_named_on_the_farm_is_drawn_once_not_beside_the_farms_own(
    language: str, words: str, style: str
) -> None:
    # given the farm book's "a strange noise was coming from the big dark barn" (drawn with the
    # farm's own red barn and a second barn beside it)
    story = _story("animals", language, 2)
    index, page = _pages_saying(story, words)[0]
    assert page.scene.place == "farm"
    assert "barn" in [p.prop for p in page.scene.props]
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=200, height=200)
    # then the page shows one barn: the one it names, drawn where the cast hides the least of it, and
    # not the farm's own red barn (its 240 x 190 wall) beside it
    assert drawn.count('id="prop-barn"') == 1
    assert not re.search(FARM_BARN_WALL, drawn)
    # and a farm page naming no barn keeps the farm's own
    plain = page.scene.model_copy(update={"props": []})
    assert re.search(
        FARM_BARN_WALL, scene_svg(plain, story.characters, style_named(style), index, width=99, height=99)
    )


FARM_BARN_WALL = r'<rect [^>]*width="240" height="190"'
"""The wall of the red barn the farm's backdrop paints (`scenery_buildings.farm`)."""


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(("language", "seed", "words"), [("en", 7, "a giant"), ("fr", 1, "un géant")])
def test_the_sleeping_giant_is_seen_whole_from_head_to_feet(
    language: str, seed: int, words: str, style: str
) -> None:
    # given the fairy tale's page where "a giant was asleep across the road" (its legs ran off the
    # picture's edge beside Mia and Clover holding hands)
    params = StoryParams(
        child_name="Mia",
        age_group="3-5",
        genre="fairy tale",
        language=language,  # type: ignore[arg-type]
        moral_lesson="Be brave",
        page_count=12,
        seed=seed,
    )
    story = compose_story(params, seed=seed, max_words=2000)
    index, page = _pages_saying(story, words)[0]
    drawn = scene_svg(page.scene, story.characters, style_named(style), index, width=200, height=200)
    # then the whole giant lies inside the picture, longer than the tallest of the cast is tall
    alone = raster(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 1000 1000">'
        f"{re.search(r'<defs>.*?</defs>', drawn, re.DOTALL).group(0)}"  # type: ignore[union-attr]
        f'<rect width="1000" height="1000" fill="#000000"/>{group_of(drawn, "prop-giant")}</svg>'
    )
    box = alone.convert("L").point(lambda v: 255 if v > 24 else 0).getbbox()
    assert box is not None and box[0] > 0 and box[2] < 199, box
    length = float(re.search(r'id="prop-giant"[^>]*data-length="(\d+)"', drawn).group(1))  # type: ignore[union-attr]
    assert length > max(SHOT_HEIGHTS[page.scene.shot], 1.0)


def _moral_story(genre: str, language: str, seed: int, moral: str, age: str = "3-5") -> StoryContent:
    params = StoryParams(
        child_name="Mia",
        age_group=age,  # type: ignore[arg-type]
        genre=genre,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        moral_lesson=moral,
        page_count=12,
        seed=seed,
    )
    return compose_story(params, seed=seed, max_words=2000)


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", "coupa en deux"), ("de", "letztes Pausenbrot"), ("es", "partió en dos")],
)
def test_a_snack_cut_in_two_for_a_friend_is_in_the_sharers_hand(language: str, words: str) -> None:
    # given "Mia avait un dernier goûter et le coupa en deux pour Pip" (no snack was drawn: "goûter" and
    # "Pausenbrot" were no words for one)
    story = _moral_story("adventure", language, 1, "Share with others")
    index, page = _pages_saying(story, words)[0]
    # then the snack is in Mia's hand
    assert ("sandwich", "held", "Mia") in [(p.prop, p.where, p.held_by) for p in page.scene.props]
    drawn = scene_svg(page.scene, story.characters, style_named("flat"), index, width=200, height=200)
    assert 'id="prop-sandwich"' in drawn


@pytest.mark.parametrize(("language", "words"), [("en", "a lost spoon"), ("es", "una cuchara perdida")])
def test_the_lost_spoon_a_shiny_glint_turns_out_to_be_is_drawn(language: str, words: str) -> None:
    # given "Next, Mia followed a shiny glint. Oh dear, it was just a lost spoon." (no spoon was drawn:
    # "lost" read as the spoon being missing from the page)
    story = _story("ocean", language, 1)
    index, page = _pages_saying(story, words)[0]
    # then the spoon she found is there
    assert "spoon" in [p.prop for p in page.scene.props]
    drawn = scene_svg(page.scene, story.characters, style_named("flat"), index, width=200, height=200)
    assert 'id="prop-spoon"' in drawn


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Ce n'était qu'une cuillère perdue."),
        ("de", "Es war nur ein verlorener Löffel."),
    ],
)
def test_a_thing_that_is_only_a_lost_one_is_on_the_page(language: str, sentence: str) -> None:
    assert not scenes.missing_from_page("spoon", sentence, language)
    assert scenes.missing_from_page("spoon", "Mia lost her spoon.", "en")


@pytest.mark.parametrize("style", STYLE_NAMES)
@pytest.mark.parametrize(("language", "seed", "page_number"), [("en", 0, 1), ("en", 1, 1), ("es", 1, 4)])
def test_the_earth_in_the_space_stations_window_is_drawn_in_its_porthole(
    language: str, seed: int, page_number: int, style: str
) -> None:
    # given "The Earth glowed blue and white in the window" on the space station (no Earth was drawn,
    # and a square window hung on the wall beside the round one)
    story = _story("space", language, seed, age="6-8")
    page = story.chapters[page_number - 1]
    assert page.scene.place == "space-station"
    assert ("earth", "wall") in [(p.prop, p.where) for p in page.scene.props]
    drawn = scene_svg(page.scene, story.characters, style_named(style), page_number, width=200, height=200)
    # then the Earth is seen through the station's round window, which is the window the page names
    assert 'id="prop-earth" data-where="porthole"' in drawn
    assert 'id="prop-window" data-where="porthole"' in group_of(drawn, "prop-window")
    assert drawn.count('id="prop-window"') == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "magic lamp had gone dark"),
        ("en", "look for a way to mend"),
        ("es", "buscar una forma de arreglar"),
        ("fr", "chercher un moyen de réparer"),
        ("de", "suchen einen Weg"),
    ],
)
def test_the_magic_lamp_is_on_the_page_that_says_it_went_dark_and_the_one_setting_out_to_mend_it(
    language: str, words: str
) -> None:
    # given "Uh-oh, the wizard's magic lamp had gone dark" and "Let us look for a way to mend the
    # wizard's magic lamp" (no lamp was drawn: "gone" and "look for" read as the lamp being lost)
    story = _story("fantasy", language, 2)
    index, page = _pages_saying(story, words)[0]
    # then the lamp is there
    assert "magic-lamp" in [p.prop for p in page.scene.props]
    drawn = scene_svg(page.scene, story.characters, style_named("flat"), index, width=200, height=200)
    assert 'id="prop-magic-lamp"' in drawn
    # and a lamp lost or looked for is still not on the page
    assert scenes.missing_from_page("magic-lamp", "The magic lamp was gone.", "en")
    assert scenes.missing_from_page("magic-lamp", "They searched for the magic lamp.", "en")


def test_a_bedtime_party_that_evening_is_drawn_at_sunset() -> None:
    # given the bedtime book's "That evening there was a little party" (drawn in the night of a
    # bedtime book's second half)
    params = StoryParams(
        child_name="Mia", age_group="3-5", genre="bedtime", moral_lesson="Be kind", page_count=10, seed=3
    )
    story = compose_story(params, seed=3, max_words=2000)
    index, page = _pages_saying(story, "That evening")[0]
    # then the party is at sunset, and the goodnight after it at night
    assert page.scene.time_of_day == "sunset"
    assert story.chapters[index].scene.time_of_day == "night"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The cat dozed on the windowsill."),
        ("es", "El gato dormía en el alféizar."),
        ("fr", "Le chat dormait sur le rebord de la fenêtre."),
        ("de", "Die Katze schlief auf dem Fensterbrett."),
    ],
)
def test_a_cat_on_the_windowsill_sits_on_the_sill_not_on_the_floor(language: str, text: str) -> None:
    # given a kitchen page saying the cat dozes on the windowsill (it stood on the floor under it)
    animals = scenes.animals_for(text, language, [HERO, LEO], "kitchen")
    animals = animals_on_the_sill(animals, text, language)
    props = on_the_sill([], text, language, animals)
    # then the cat is on the sill, under the kitchen's window
    assert [(a.kind, a.where) for a in animals] == [("cat", "sill")]
    assert [(p.prop, p.where) for p in props] == [("windowsill", "wall")]
    drawn = svg_of(scene(place="kitchen", props=props, animals=animals), [HERO, LEO], "flat")
    assert 'id="prop-windowsill" data-where="room-window"' in drawn
    assert 'id="animal-cat-1" data-gait="on-sill"' in drawn


@pytest.mark.parametrize("style", STYLE_NAMES)
def test_the_snowmans_party_hat_is_on_the_snowman_and_party_hats_put_on_are_worn(style: str) -> None:
    # given the snowy party "Mia and Leo built a snowman wearing a party hat"
    text = "Mia and Leo built a snowman wearing a party hat."
    props = worn_things(
        scenes.props_for(text, "en", ["Mia", "Leo"], "snowy-village"), text, "en", ["Mia", "Leo"]
    )
    # then nobody of the cast wears it, and it is drawn on the snowman's head, not on the ground
    assert [(p.prop, p.where) for p in props] == [("snowman", "ground"), ("party-hat", "ground")]
    drawn = svg_of(scene(place="snowy-village", props=props), [HERO, LEO], style)
    assert '<g data-on="snowman"><g id="prop-party-hat"' in drawn
    # and "everyone put on party hats" crowns everyone with one
    text = "Everyone put on party hats."
    worn = worn_things(scenes.props_for(text, "en", ["Mia", "Leo"], "park"), text, "en", ["Mia", "Leo"])
    assert [(p.prop, p.where, p.held_by) for p in worn] == [
        ("party-hat", "worn", "Mia"),
        ("party-hat", "worn", "Leo"),
    ]
