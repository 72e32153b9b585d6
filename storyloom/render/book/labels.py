"""The words a book prints around the story, in each language a story may be written in."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "story_for": "A story for {name}",
        "written_for": "Written for {name}",
        "the_end": "The End",
        "moral": "The moral of the story",
        "new_words": "New words",
        "talk": "Let’s talk about it",
        "belongs_to": "This book belongs to",
        "draw": "Draw your favourite part of the story",
        "notes": "Notes",
        "reading_level": "Reading level",
        "made_with": "Made with Storyloom",
        "listen": "Scan to listen",
        "read_online": "Read and listen online",
    },
    "es": {
        "story_for": "Un cuento para {name}",
        "written_for": "Escrito para {name}",
        "the_end": "Fin",
        "moral": "La moraleja del cuento",
        "new_words": "Palabras nuevas",
        "talk": "Hablemos",
        "belongs_to": "Este libro pertenece a",
        "draw": "Dibuja tu parte favorita del cuento",
        "notes": "Notas",
        "reading_level": "Nivel de lectura",
        "made_with": "Hecho con Storyloom",
        "listen": "Escanea para escuchar",
        "read_online": "Lee y escucha en línea",
    },
    "fr": {
        "story_for": "Une histoire pour {name}",
        "written_for": "Écrit pour {name}",
        "the_end": "Fin",
        "moral": "La morale de l’histoire",
        "new_words": "Mots nouveaux",
        "talk": "Parlons-en",
        "belongs_to": "Ce livre appartient à",
        "draw": "Dessine ton moment préféré de l’histoire",
        "notes": "Notes",
        "reading_level": "Niveau de lecture",
        "made_with": "Fait avec Storyloom",
        "listen": "Scanne pour écouter",
        "read_online": "Lire et écouter en ligne",
    },
    "de": {
        "story_for": "Eine Geschichte für {name}",
        "written_for": "Geschrieben für {name}",
        "the_end": "Ende",
        "moral": "Die Moral der Geschichte",
        "new_words": "Neue Wörter",
        "talk": "Lass uns darüber reden",
        "belongs_to": "Dieses Buch gehört",
        "draw": "Male deinen Lieblingsmoment der Geschichte",
        "notes": "Notizen",
        "reading_level": "Lesestufe",
        "made_with": "Gemacht mit Storyloom",
        "listen": "Scannen zum Anhören",
        "read_online": "Online lesen und anhören",
    },
}


def labels_for(language: str, *, child_name: str) -> dict[str, str]:
    """The labels of `language` (English when unknown), with the child's name filled in."""
    chosen = LABELS.get(language, LABELS["en"])
    return {key: text.format(name=child_name) for key, text in chosen.items()}


def reading_level_text(reading_level: dict[str, object] | None, label: str) -> str:
    """One short line from a reading-level dict: its `label`, else its `grade`; empty when neither."""
    if not reading_level:
        return ""
    if isinstance(reading_level.get("label"), str) and reading_level["label"]:
        return f"{label}: {reading_level['label']}"
    grade = reading_level.get("grade")
    if isinstance(grade, int | float) and not isinstance(grade, bool):
        return f"{label}: {grade:.1f}"
    return ""
