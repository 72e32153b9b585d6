import pytest

from storyloom.story.kinds import (
    ANIMAL_KIND_IDS,
    KINDS,
    KINDS_BY_ID,
    kind_of,
    kind_word,
    named_animals,
    resolve_kind,
)
from storyloom.story.props import LANGUAGES

REQUIRED = [
    "dog",
    "cat",
    "rabbit",
    "fox",
    "squirrel",
    "hedgehog",
    "bear",
    "owl",
    "penguin",
    "dolphin",
    "whale",
    "octopus",
    "turtle",
    "frog",
    "duck",
    "horse",
    "pony",
    "unicorn",
    "dragon",
    "dinosaur",
    "elephant",
    "lion",
    "tiger",
    "giraffe",
    "monkey",
    "mouse",
    "pig",
    "cow",
    "sheep",
    "chicken",
    "bee",
    "butterfly",
    "ladybird",
    "snail",
    "fish",
    "shark",
    "robot",
    "alien",
    "fairy",
    "grandma",
    "grandpa",
    "mum",
    "dad",
    "baby",
    "teacher",
    "child",
    "deer",
    "reindeer",
    "goat",
    "camel",
    "seal",
    "beetle",
]


def test_the_table_has_every_kind_the_issue_lists_in_four_languages():
    assert len(KINDS) >= 40
    for kind_id in REQUIRED:
        kind = KINDS_BY_ID[kind_id]
        for language in LANGUAGES:
            assert kind.words[language], (kind_id, language)


@pytest.mark.parametrize("kind_id", REQUIRED)
def test_every_word_of_every_kind_resolves_to_it_with_and_without_an_article(kind_id):
    articles = {"en": "the", "es": "los", "fr": "les", "de": "die"}
    for language in LANGUAGES:
        for word in KINDS_BY_ID[kind_id].words[language]:
            resolved = resolve_kind(word, language=language)
            assert KINDS_BY_ID[resolved].is_person == KINDS_BY_ID[kind_id].is_person, (word, resolved)
            if resolved == kind_id:
                assert resolve_kind(f"{articles[language]} {word}", language=language) == kind_id


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("perro", "es", "dog"),
        ("chien", "fr", "dog"),
        ("Hund", "de", "dog"),
        ("abuela", "es", "grandma"),
        ("mamie", "fr", "grandma"),
        ("Oma", "de", "grandma"),
        ("tortuga", "es", "turtle"),
        ("tortue", "fr", "turtle"),
        ("Schildkröte", "de", "turtle"),
        ("die Schildkröten", "de", "turtle"),
        ("unos perros", "es", "dog"),
        ("les renards", "fr", "fox"),
        ("a baby dragon", "en", "dragon"),
        ("baby sibling", "en", "baby"),
        ("my big brother", "en", "child"),
        ("papi", "es", "dad"),
        ("papi", "fr", "grandpa"),
        ("Eichhörnchen", None, "squirrel"),
        ("dinosuar", None, "dinosaur"),
        ("wombat", None, "child"),
        ("kleines", None, "child"),
        ("girafee", None, "giraffe"),
        ("ein Buckelwal", "de", "whale"),
        ("a goat", "en", "goat"),
        ("la chèvre", "fr", "goat"),
        ("the sea lion", "en", "seal"),
        ("Marienkäfer", "de", "ladybird"),
        ("Käfer", "de", "beetle"),
    ],
)
def test_resolve_kind(words, language, expected):
    assert resolve_kind(words, language=language) == expected


def test_people_have_ages():
    assert KINDS_BY_ID["grandma"].age == "elder"
    assert KINDS_BY_ID["dad"].age == "adult"
    assert KINDS_BY_ID["baby"].age == "baby"
    assert KINDS_BY_ID["child"].age == "child"


def test_kind_of_prefers_the_stored_kind():
    assert kind_of("perro", stored="fox").id == "fox"
    assert kind_of("perro").id == "dog"
    assert kind_word("dog", "es", plural=True) == "perros"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mia asked a passing dolphin for help.", "en", [("dolphin", 1)]),
        ("The cows just mooed back, and the sheepdog sniffed around.", "en", [("cow", 3), ("dog", 1)]),
        ("Ay, un caballito de mar bebé lloraba. Las gaviotas gritaban.", "es", [("fish", 1), ("bird", 3)]),
        (
            "Les mouettes criaient au-dessus du port, et un chat errant attendait.",
            "fr",
            [("bird", 3), ("cat", 1)],
        ),
        ("Ein Falke zog Kreise am Himmel. Die Kühe muhten.", "de", [("bird", 1), ("cow", 3)]),
        ("Die Kiefern rochen nach Harz und Sonne.", "de", []),
        ("The grandma and the teacher waved.", "en", []),
    ],
)
def test_named_animals_finds_every_creature_a_page_names_in_its_language(text, language, expected):
    assert named_animals(text, language) == expected


def test_named_animals_leaves_out_names_and_props_that_share_an_animals_word():
    text = "Fox hugged her teddy bear and saw a duck."
    assert named_animals(text, "en", ignore=["Fox", "teddy bear"]) == [("duck", 1)]


def test_only_non_people_are_animal_kinds():
    assert "cow" in ANIMAL_KIND_IDS and "dolphin" in ANIMAL_KIND_IDS
    assert not {"child", "grandma", "baby", "adult"} & set(ANIMAL_KIND_IDS)
