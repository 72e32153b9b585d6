"""Random but valid story parameters: for the engine's property tests, the benchmark and demos."""

from __future__ import annotations

import random

from storyloom.story.params import AGE_GROUPS, GENRES, STYLES, CharacterSpec, StoryParams

NAMES = (
    "Mia",
    "Leo",
    "Amara",
    "Noah",
    "Zoë",
    "Mateo",
    "Aiko",
    "Oskar",
    "Inés",
    "Kwame",
    "Élodie",
    "Sami",
    "Jean-Luc",
    "O'Neil",
    "Priya",
    "Lukas",
    "Yara",
    "Finn",
    "Chloé",
    "Ana María",
)
CHARACTER_NAMES = (
    "Rufus",
    "Pepper",
    "Grandma Rose",
    "Ziggy",
    "Olive",
    "Bruno",
    "Momo",
    "Captain Fizz",
    "Luna",
    "Toby",
    "Kiki",
    "Nana Lou",
)
KINDS = {
    "en": ("fox", "grandma", "robot", "dog", "owl", "dragon", "big brother", "cat"),
    "es": ("zorro", "abuela", "robot", "perro", "búho", "dragón", "hermano", "gata"),
    "fr": ("renard", "mamie", "robot", "chien", "chouette", "dragon", "frère", "chatte"),
    "de": ("Fuchs", "Oma", "Roboter", "Hund", "Eule", "Drache", "Bruder", "Katze"),
}
TRAITS = {
    "en": ("", "brave", "funny and kind", "very curious"),
    "es": ("", "valiente", "amable y alegre", "muy curioso"),
    "fr": ("", "courageux", "drôle et gentil", "très curieux"),
    "de": ("", "mutig", "lustig und lieb", "sehr neugierig"),
}
LOOKS = (
    "",
    "orange fur and a blue scarf",
    "red hat, green coat",
    "silver metal with yellow eyes",
    "pelaje marrón y bufanda roja",
    "fourrure grise et chapeau jaune",
    "braunes Fell und rote Mütze",
)
MORALS = {
    "en": (
        "Sharing is caring",
        "Be brave even when you are scared",
        "Always tell the truth",
        "Good things come to those who wait",
        "Friends help each other",
        "Never give up",
        "Say thank you",
        "Listen to others",
        "It's okay to make mistakes",
        "be yourself",
        "Don't be greedy",
        "Tidy up after playing",
        "Be a good sport",
        "Try new things",
    ),
    "es": (
        "Compartir es querer",
        "Ser valiente aunque tengas miedo",
        "Di siempre la verdad",
        "Los amigos se ayudan",
        "Nunca te rindas",
        "Da las gracias",
        "Está bien equivocarse",
        "sé tú mismo",
        "Cuida la naturaleza",
        "Hay que tener paciencia",
        "Quien ríe el último ríe mejor",
    ),
    "fr": (
        "Partager, c'est aimer",
        "Avoir du courage même quand on a peur",
        "Toujours dire la vérité",
        "Les amis s'entraident",
        "Ne jamais abandonner",
        "Dire merci",
        "Ce n'est pas grave de se tromper",
        "sois toi-même",
        "Range ta chambre",
        "Il faut savoir pardonner",
        "Qui va piano va sano",
    ),
    "de": (
        "Teilen macht Freude",
        "Mutig sein, auch wenn man Angst hat",
        "Immer die Wahrheit sagen",
        "Freunde helfen einander",
        "Niemals aufgeben",
        "Danke sagen",
        "Fehler sind erlaubt",
        "sei du selbst",
        "Hilf anderen",
        "Bleib ruhig, wenn du wütend bist",
        "Morgenstund hat Gold im Mund",
    ),
}
SETTINGS = {
    "en": ("", "", "Grandma's garden", "a snowy mountain village", "the seaside"),
    "es": ("", "", "el jardín de la abuela", "un pueblo en la montaña"),
    "fr": ("", "", "le jardin de mamie", "un village à la montagne"),
    "de": ("", "", "Omas Garten", "einem Dorf in den Bergen"),
}


GRANDMA_NAMES = ("Grandma Rose", "Nana Lou")
"""Names that say what their character is: a grandma, whatever kind was drawn for them."""


def _kind_for(name: str, drawn: str, language: str) -> str:
    """The drawn kind, or a grandma for a grandma's name ("Grandma Rose" is no big brother)."""
    return KINDS[language][1] if name in GRANDMA_NAMES else drawn


def random_params(rng: random.Random, language: str) -> StoryParams:
    """One valid, randomly chosen set of parameters in `language`."""
    hero = rng.choice(NAMES)
    others = [n for n in CHARACTER_NAMES if n != hero]
    characters = [
        CharacterSpec(
            name=name,
            kind=_kind_for(name, rng.choice(KINDS[language]), language),
            traits=rng.choice(TRAITS[language]),
            look=rng.choice(LOOKS),
        )
        for name in rng.sample(others, rng.choice((0, 0, 1, 1, 2, 3, 4)))
    ]
    return StoryParams(
        child_name=hero,
        pronouns=rng.choice(("she/her", "he/him", "they/them")),
        age_group=rng.choice(AGE_GROUPS),
        genre=rng.choice(GENRES),
        language=language,
        moral_lesson=rng.choice(MORALS[language]),
        characters=characters,
        setting=rng.choice(SETTINGS[language]),
        page_count=rng.randint(8, 32),
        illustration_style=rng.choice(STYLES),
    )
