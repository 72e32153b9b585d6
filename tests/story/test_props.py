import pytest

from storyloom.providers.text.engine.scenes import named_props
from storyloom.story.props import LANGUAGES, PROP_IDS, PROPS, find_props, fold, prop_word


def test_the_vocabulary_has_at_least_150_props_each_named_in_four_languages():
    assert len(PROPS) >= 150
    assert len(PROP_IDS) == len(PROPS)
    for prop in PROPS:
        assert prop.size in ("tiny", "small", "medium", "large", "huge", "giant"), prop.id
        for language in LANGUAGES:
            assert prop.words[language], (prop.id, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Mia found the lost compass under a log and shared a cookie.", ["compass", "log", "cookie"]),
        ("en", "Two COOKIES and three kites!", ["cookie", "kite"]),
        ("en", "She held up the magnifying glass.", ["magnifying-glass"]),
        ("es", "La brujula estaba junto a las galletas.", ["compass", "cookie"]),
        ("es", "Se sentaron en un tronco.", ["log"]),
        ("fr", "Elle lit un livre dans son lit.", ["book", "bed"]),
        ("fr", "Les biscuits et la boussole.", ["cookie", "compass"]),
        ("de", "Der Kompass lag neben den Keksen und dem Baumstamm.", ["compass", "cookie", "log"]),
        ("de", "Ein Eis für Ben.", ["ice-cream"]),
        (
            "en",
            "The night light glowed by a glass of water; treats to share.",
            ["nightlight", "glass", "candy"],
        ),
        ("es", "Trajeron cosas ricas para compartir.", ["candy"]),
        ("en", "The rocket rose softly with the star map on its screen.", ["rocket", "map"]),
    ],
    ids=[
        "en",
        "en-plural-case",
        "en-longest-phrase",
        "es-accents",
        "es",
        "fr-verb-lit",
        "fr",
        "de-dative",
        "de",
        "en-bedtime-things",
        "es-treats",
        "en-star-map-rose-verb",
    ],
)
def test_find_props_names_the_props_a_text_names(language, text, expected):
    assert find_props(text, language) == expected


def test_find_props_matches_whole_words_only():
    assert find_props("The ballet and the bedroom window", "en") == ["window"]


def test_fold_removes_case_and_accents():
    assert fold("Brújula") == fold("brujula") == "brujula"


def test_prop_word_falls_back_to_english():
    assert prop_word("compass", "de") == "Kompass"
    assert prop_word("compass", "xx") == "compass"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils entrèrent dans la grotte de glace.", []),
        ("Le palais en glace brillait.", []),
        ("Elle mangea une glace.", ["ice-cream"]),
        ("Il prit une boule de glace.", ["ice-cream"]),
    ],
)
def test_french_ice_is_not_ice_cream(text: str, expected: list[str]) -> None:
    # when
    found = find_props(text, "fr")
    # then
    assert found == expected
    assert named_props(text, "fr") == expected
