"""The engine's moral taxonomy: customers' own words in four languages mapped to the moral they mean."""

from __future__ import annotations

import pytest

from storyloom.providers.text.engine.morals import MORALS, clean_moral, moral_for, shared_thing
from storyloom.providers.text.engine.writer import compose_story
from storyloom.story.params import StoryParams

PHRASINGS: list[tuple[str, str]] = [
    # English
    ("Sharing is caring", "sharing"),
    ("Don't be greedy", "sharing"),
    ("It is nice to share your toys", "sharing"),
    ("Being generous makes everyone happy", "sharing"),
    ("Never give up", "perseverance"),
    ("Keep trying, even when it is hard", "perseverance"),
    ("Practice makes perfect", "perseverance"),
    ("If at first you don't succeed, try again", "perseverance"),
    ("It's okay to make mistakes", "mistakes"),
    ("Nobody is perfect", "mistakes"),
    ("Don't be afraid to make mistakes", "mistakes"),
    ("Be yourself", "be_yourself"),
    ("Always be true to yourself", "be_yourself"),
    ("Love who you are", "be_yourself"),
    ("Be brave", "courage"),
    ("Courage means going on when you are scared", "courage"),
    ("Believe in yourself", "courage"),
    ("Always tell the truth", "honesty"),
    ("Honesty is the best policy", "honesty"),
    ("Don't lie", "honesty"),
    ("Good things come to those who wait", "patience"),
    ("Be patient", "patience"),
    ("Try new things", "trying_new"),
    ("Don't be afraid of something new", "trying_new"),
    ("Say thank you", "gratitude"),
    ("Be grateful for what you have", "gratitude"),
    ("We are stronger together", "teamwork"),
    ("Teamwork makes the dream work", "teamwork"),
    ("Listen to others", "listening"),
    ("Tidy up your toys", "tidiness"),
    ("Clean up after yourself", "tidiness"),
    ("Sleep is important", "bedtime"),
    ("Go to bed on time", "bedtime"),
    ("Friends help each other", "friendship"),
    ("A true friend is a treasure", "friendship"),
    ("Be kind", "kindness"),
    ("Be gentle with little ones", "kindness"),
    ("Always help others", "helping"),
    ("Say sorry and forgive", "forgiveness"),
    ("Everyone deserves a second chance", "forgiveness"),
    ("Always say please", "manners"),
    ("Good manners matter", "manners"),
    ("Include everyone", "inclusion"),
    ("Nobody should be left out", "inclusion"),
    ("Take care of our planet", "nature"),
    ("Stay calm when you are angry", "calm"),
    ("Keep your promises", "responsibility"),
    ("Eat your vegetables", "healthy"),
    ("Ask questions and keep learning", "curiosity"),
    ("Be a good sport", "fair_play"),
    ("Play fair and take turns", "fair_play"),
    ("Learn to lose gracefully", "fair_play"),
    # Spanish
    ("Compartir es bonito", "sharing"),
    ("No seas egoísta", "sharing"),
    ("Nunca te rindas", "perseverance"),
    ("Sigue intentándolo, con esfuerzo todo se logra", "perseverance"),
    ("Está bien equivocarse", "mistakes"),
    ("Nadie es perfecto", "mistakes"),
    ("Sé tú mismo", "be_yourself"),
    ("Quiérete como eres", "be_yourself"),
    ("Sé valiente", "courage"),
    ("No tengas miedo", "courage"),
    ("Di siempre la verdad", "honesty"),
    ("No digas mentiras", "honesty"),
    ("Hay que tener paciencia", "patience"),
    ("Atrévete a probar cosas nuevas", "trying_new"),
    ("Da las gracias", "gratitude"),
    ("Juntos somos más fuertes", "teamwork"),
    ("Escucha a los demás", "listening"),
    ("Ordena tu cuarto", "tidiness"),
    ("Dormir bien es importante", "bedtime"),
    ("Los amigos se ayudan", "friendship"),
    ("Sé amable con todos", "kindness"),
    ("Ayuda a los demás", "helping"),
    ("Saber pedir perdón", "forgiveness"),
    ("Pide las cosas por favor", "manners"),
    ("Nadie se queda fuera: incluye a todos", "inclusion"),
    ("Cuida la naturaleza", "nature"),
    ("Mantén la calma", "calm"),
    ("Cumple tus promesas", "responsibility"),
    ("Come verduras", "healthy"),
    ("Pregunta y aprende", "curiosity"),
    ("Juega limpio", "fair_play"),
    ("Hay que saber perder", "fair_play"),
    # French
    ("Il faut partager", "sharing"),
    ("Ne sois pas égoïste", "sharing"),
    ("Il ne faut jamais abandonner", "perseverance"),
    ("Persévère et tu réussiras", "perseverance"),
    ("Ce n'est pas grave de faire des erreurs", "mistakes"),
    ("Personne n'est parfait", "mistakes"),
    ("Sois toi-même", "be_yourself"),
    ("Sois courageux", "courage"),
    ("N'aie pas peur", "courage"),
    ("Il faut toujours dire la vérité", "honesty"),
    ("Ne mens pas", "honesty"),
    ("La patience est une vertu", "patience"),
    ("Ose goûter de nouvelles choses", "trying_new"),
    ("Dis merci", "gratitude"),
    ("Ensemble, on est plus forts", "teamwork"),
    ("Écoute les autres", "listening"),
    ("Range ta chambre", "tidiness"),
    ("Le sommeil, c'est important", "bedtime"),
    ("L'amitié est précieuse", "friendship"),
    ("Sois gentil avec tout le monde", "kindness"),
    ("Il faut aider les autres", "helping"),
    ("Savoir pardonner", "forgiveness"),
    ("Dis s'il te plaît", "manners"),
    ("Protège la nature", "nature"),
    ("Reste calme quand tu es en colère", "calm"),
    ("Tiens tes promesses", "responsibility"),
    ("Mange tes légumes", "healthy"),
    ("La curiosité fait grandir", "curiosity"),
    ("Sois beau joueur", "fair_play"),
    ("Chacun son tour", "fair_play"),
    # German
    ("Teilen macht Freude", "sharing"),
    ("Sei nicht gierig", "sharing"),
    ("Gib niemals auf", "perseverance"),
    ("Übung macht den Meister", "perseverance"),
    ("Fehler sind okay", "mistakes"),
    ("Niemand ist perfekt", "mistakes"),
    ("Sei du selbst", "be_yourself"),
    ("Sei mutig", "courage"),
    ("Hab keine Angst", "courage"),
    ("Sag immer die Wahrheit", "honesty"),
    ("Ehrlich währt am längsten", "honesty"),
    ("Geduld zahlt sich aus", "patience"),
    ("Probier Neues aus", "trying_new"),
    ("Sei dankbar", "gratitude"),
    ("Zusammen sind wir stark", "teamwork"),
    ("Hör anderen gut zu", "listening"),
    ("Räum dein Zimmer auf", "tidiness"),
    ("Schlaf ist wichtig", "bedtime"),
    ("Freunde halten zusammen", "friendship"),
    ("Sei lieb zu anderen", "kindness"),
    ("Hilf anderen", "helping"),
    ("Verzeihen ist stark", "forgiveness"),
    ("Sag bitte und danke", "manners"),
    ("Jeder darf mitspielen, niemand wird ausgeschlossen", "inclusion"),
    ("Schütze die Natur", "nature"),
    ("Bleib ruhig, wenn du wütend bist", "calm"),
    ("Halte deine Versprechen", "responsibility"),
    ("Iss dein Gemüse", "healthy"),
    ("Neugier hilft beim Lernen", "curiosity"),
    ("Sei ein guter Verlierer", "fair_play"),
    ("Nicht mogeln!", "fair_play"),
]


def test_the_taxonomy_has_at_least_twenty_morals() -> None:
    assert len(MORALS) >= 20
    assert len(PHRASINGS) >= 100
    assert {moral for _, moral in PHRASINGS} == set(MORALS)


@pytest.mark.parametrize(("words", "expected"), PHRASINGS, ids=[words for words, _ in PHRASINGS])
def test_a_customers_words_map_to_the_moral_they_mean(words: str, expected: str) -> None:
    assert moral_for(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "A penny saved is a penny earned",
        "Quien ríe el último ríe mejor",
        "Rira bien qui rira le dernier",
        "Morgenstund hat Gold im Mund",
    ],
)
def test_words_about_no_moral_of_the_taxonomy_stay_unknown(words: str) -> None:
    assert moral_for(words) is None


@pytest.mark.parametrize(
    ("words", "cleaned"),
    [
        ("sharing is kind", "Sharing is kind."),
        ("  never give up!  ", "Never give up!"),
        ('"be brave"', "Be brave."),
        ("¿por qué no compartir?", "¿por qué no compartir?"),
    ],
)
def test_the_moral_is_cleanly_capitalised_and_punctuated(words: str, cleaned: str) -> None:
    assert clean_moral(words) == cleaned


SHARE_TOYS = {
    "en": ("Share your toys", "toys"),
    "es": ("Comparte tus juguetes", "juguetes"),
    "fr": ("Partage tes jouets", "jouets"),
    "de": ("Teile deine Spielsachen", "spielsachen"),
}


@pytest.mark.parametrize(
    ("words", "thing"),
    [
        ("Share your toys", "toys"),
        ("Always share your toys with friends", "toys"),
        ("Comparte tus juguetes", "toys"),
        ("Partage tes jouets", "toys"),
        ("Teile dein Spielzeug", "toys"),
        ("Teile deine Spielsachen", "toys"),
        ("Share your books", "books"),
        ("Comparte tus libros", "books"),
        ("Partage tes livres", "books"),
        ("Share your crayons", "crayons"),
        ("Teile deine Buntstifte", "crayons"),
        ("Share your sweets", "treats"),
        ("Comparte tus golosinas", "treats"),
        ("Partage tes bonbons", "treats"),
        ("Teile deine Süßigkeiten", "treats"),
        ("Sharing is caring", None),
        ("Be kind to your toys", None),
    ],
)
def test_a_sharing_moral_names_the_thing_to_share(words: str, thing: str | None) -> None:
    assert shared_thing(words) == thing


@pytest.mark.parametrize("language", list(SHARE_TOYS))
@pytest.mark.parametrize("age", ["0-2", "3-5", "6-8", "9-12"])
def test_share_your_toys_is_acted_out_with_toys_on_the_turning_page(language: str, age: str) -> None:
    moral, word = SHARE_TOYS[language]
    for seed in range(3):
        params = StoryParams(
            child_name="Lola",
            age_group=age,
            genre=("animals", "space", "ocean")[seed],
            moral_lesson=moral,
            language=language,
            page_count=8,
        )
        pages = [c.text.casefold() for c in compose_story(params, seed, 5000).chapters]
        # the customer's words are quoted once, at the end; the toys are shared before that
        acted = [page for page in pages if word in page and moral.casefold() not in page]
        assert acted, (language, age, seed, pages)
