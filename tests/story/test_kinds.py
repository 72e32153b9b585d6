import pytest

from storyloom.story.kinds import KINDS, KINDS_BY_ID, kind_of, kind_word, resolve_kind
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
