"""Details of a page's picture read from its words, beyond place, cast and props (`scenes`): the time of
day the text names, the things worn on a head (paper crowns), hands held, and what stands on the
windowsill.
"""

from __future__ import annotations

import re
import unicodedata

from storyloom.story.schema import TimeOfDay

SENTENCE_START = r"(?:^|[.!?»”“]\s+)(?:(?:and|then|but|y|luego|pero|et|puis|mais|und|dann|aber)\s+)?"
"""Where a sentence begins (accents folded), with a joining word it may open with."""
NIGHT_OPENING = {
    "en": r"(?:at night|late at night|in the night|one night|that night)",
    "es": r"(?:por la noche|de noche|una noche|esa noche|aquella noche|esta noche)",
    "fr": r"(?:la nuit|une nuit|cette nuit|cette nuit-la|pendant la nuit|dans la nuit)",
    "de": r"(?:nachts|in der nacht|eines nachts|in dieser nacht|in jener nacht|spat in der nacht)",
}
"""Words opening a sentence that set it at night ("That night, ...", "Por la noche, ..."): said
elsewhere ("the big barn at night", "disappeared during the night") they describe another time."""
NIGHT_ANYWHERE = {
    "en": r"\b(?:that night|under the stars|by moonlight|in the moonlight|night fell|the stars came out"
    r"|beneath the stars)\b",
    "es": r"\b(?:esa noche|aquella noche|bajo las estrellas|a la luz de la luna|cayo la noche"
    r"|se hizo de noche)\b",
    "fr": r"\b(?:cette nuit-la|sous les etoiles|au clair de lune|la nuit tomba|la nuit tombait"
    r"|la nuit etait tombee)\b",
    "de": r"\b(?:in dieser nacht|in jener nacht|unter den sternen|im mondlicht|im mondschein"
    r"|es wurde nacht|die nacht brach herein)\b",
}
"""Words setting the page at night wherever they stand in the narration."""
MORNING_OPENING = {
    "en": r"(?:one morning|early one morning|that morning|the next morning|in the morning)",
    "es": r"(?:una manana|aquella manana|esa manana|a la manana siguiente|por la manana)",
    "fr": r"(?:un matin|ce matin-la|le lendemain matin|le matin)",
    "de": r"(?:eines morgens|am nachsten morgen|an diesem morgen|am morgen|morgens)",
}
"""Words opening a sentence that set it in the morning ("Una mañana, Mia oyó ...")."""
SPOKEN = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“]*“')
"""What the characters say aloud: "ask me again tonight" does not make the page night."""


def fold(text: str) -> str:
    """`text` lower-cased, accents removed, ß as ss."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def time_in_text(text: str, language: str) -> TimeOfDay | None:
    """The time of day the page's narration names ("That night", "under the stars", "Una mañana"),
    or None when it names none: the picture's sky follows the text."""
    told = fold(SPOKEN.sub(" ", text))
    if language not in NIGHT_OPENING:
        return None
    if re.search(SENTENCE_START + NIGHT_OPENING[language] + r"\b", told) or re.search(
        NIGHT_ANYWHERE[language], told
    ):
        return "night"
    if re.search(SENTENCE_START + MORNING_OPENING[language] + r"\b", told):
        return "morning"
    return None
