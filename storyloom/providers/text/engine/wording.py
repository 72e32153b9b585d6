"""A book's own wording: interchangeable words and phrases said one way or another, by the seed.

A long book's pages draw many sentences from shared phrase pools (`pages_<language>.py`,
`situations_<language>.py`), so two books of the same genre would repeat long runs of the same words.
Each occurrence of a phrase listed here may be said in any of its group's ways ("nobody" or "no one",
"de repente" or "de pronto"), chosen by the story's random draws: the same sentence then reads a little
differently from one book to the next. A group lists only phrases that mean the same and fit the same
places in a sentence: the same grammatical role, gender and word order, so any choice stays correct.
Templates are reworded before their slots are filled, so a customer's own words are never touched.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from functools import lru_cache

_EN_MORE = (
    "closer",
    "more",
    "less",
    "faster",
    "slower",
    "heavier",
    "lighter",
    "bigger",
    "braver",
    "better",
    "worse",
    "stronger",
    "longer",
    "further",
    "harder",
    "easier",
    "louder",
    "quieter",
    "wilder",
    "differently",
    "nervous",
    "tired",
    "sad",
    "worried",
    "scared",
    "shy",
    "sore",
    "wobbly",
)

# Each group: phrases said interchangeably. A phrase is matched as whole words, in lower case or with a
# capital first letter (the choice then keeps the capital). A phrase marked "~" is only ever chosen, never
# replaced: it has other meanings elsewhere ("ages" of "all ages", German "zusammen" of "brach zusammen").
# A group of one phrase keeps it as it is: Spanish "después de que" is not "tras que".
GROUPS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("nobody", "no one"),
        ("everybody", "everyone"),
        ("somebody", "someone"),
        ("anybody", "anyone"),
        ("could not", "couldn't"),
        ("did not", "didn't"),
        ("was not", "wasn't"),
        ("were not", "weren't"),
        ("had not", "hadn't"),
        ("do not", "don't"),
        ("does not", "doesn't"),
        ("would not", "wouldn't"),
        ("began to", "started to"),
        ("perhaps", "maybe"),
        ("for a moment", "~for a second", "~for an instant"),
        ("for a while", "for some time"),
        ("a long time", "~ages"),
        ("the whole", "the entire"),
        ("suddenly", "all of a sudden"),
        ("tiny", "~little"),
        ("keep going", "~carry on"),
        ("kept going", "~carried on"),
        ("a lot of", "lots of"),
        ("seemed to", "~appeared to"),
        ("at last", "finally"),
        ("each other", "one another"),
        ("let us", "let's"),
        ("exactly", "precisely"),
        ("a little while", "a short while"),
        ("have to", "need to"),
        ("had to", "needed to"),
        ("decided to", "~chose to"),
        ("had decided to", "had chosen to"),  # never "had chose to"
        ("as if", "as though"),
        ("kind of", "sort of"),
        ("check that", "make sure that"),
        *((f"a little {word}", f"a bit {word}") for word in _EN_MORE),
    ),
    "es": (
        ("de repente", "de pronto", "súbitamente"),
        ("quizás", "quizá", "tal vez"),
        ("empezó a", "comenzó a"),
        ("empezaron a", "comenzaron a"),
        ("empezaba a", "comenzaba a"),
        ("otra vez", "de nuevo", "nuevamente"),
        ("una y otra vez",),  # never "una y de nuevo"
        ("por fin", "~al fin", "finalmente"),
        ("todavía", "aún"),
        ("enseguida", "en seguida", "~inmediatamente"),
        ("despacio", "lentamente"),
        ("en voz baja", "en un susurro"),
        ("un buen rato", "largo rato"),
        ("a veces", "de vez en cuando"),
        ("poco a poco", "~gradualmente"),
        ("un momento", "un instante"),
        ("aquel", "ese"),
        ("aquella", "esa"),
        ("aquellos", "esos"),
        ("aquellas", "esas"),
        ("lo previsto", "lo planeado"),
        ("alegría", "felicidad"),
        ("casi", "~prácticamente"),
        ("de verdad", "realmente"),
        ("una forma de", "una manera de"),
        ("de esta forma", "de esta manera"),
        ("a lo mejor", "~quizás", "~tal vez"),
        ("después de que",),
        ("después de", "tras"),
        *((f"un poco {word}", f"algo {word}") for word in ("más", "menos", "mejor", "peor")),
    ),
    "fr": (
        ("tout à coup", "~soudain", "~brusquement"),
        ("petit à petit", "peu à peu"),
        ("commença à", "se mit à"),
        ("commencèrent à", "se mirent à"),
        ("de nouveau", "à nouveau"),
        ("tout de suite", "~aussitôt", "immédiatement"),
        ("vraiment", "réellement", "véritablement"),
        ("un instant", "un moment"),
        ("ensuite", "après cela"),
        ("tout le monde", "chacun"),
        ("tout près", "juste à côté"),
        ("cet endroit", "ce lieu"),
        ("un endroit", "un lieu"),
        ("s'installa", "~se répandit"),
        ("quand on", "lorsqu'on"),
        ("quand il", "lorsqu'il"),
        ("quand ils", "lorsqu'ils"),
        ("quand elle", "lorsqu'elle"),
        ("quand elles", "lorsqu'elles"),
        ("un moyen de", "une façon de", "une manière de"),
        ("tu crois", "tu penses"),
        ("je crois", "je pense"),
        ("avec patience", "patiemment"),
        ("un peu plus", "~légèrement plus"),
    ),
    "de": (
        ("plötzlich", "~auf einmal", "~mit einem Mal"),
        ("vielleicht", "~möglicherweise", "~womöglich"),
        ("endlich", "~schließlich"),
        ("ein bisschen", "ein wenig", "~etwas"),
        ("sofort", "~augenblicklich"),
        ("eine Weile", "eine Zeit lang"),
        ("ziemlich", "~recht"),
        ("gemeinsam", "~zusammen"),
        ("wirklich", "tatsächlich"),
        ("noch einmal", "ein weiteres Mal"),
        ("Stück für Stück", "nach und nach"),
        ("der Reihe nach", "nacheinander"),
        ("Moment", "Augenblick"),
        ("schnell", "rasch"),
        ("oft", "häufig"),
        ("jetzt", "nun"),
        ("ab jetzt", "von nun an"),  # never "ab nun"
        ("bis jetzt", "bisher"),  # never "bis nun"
        ("vorher", "zuvor"),
        *(
            (f"niemand {verb}", f"keiner {verb}")
            for verb in ("hatte", "wusste", "sagte", "wollte", "konnte", "war")
        ),
    ),
}


def _pattern(language: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    options: dict[str, tuple[str, ...]] = {}
    for group in GROUPS.get(language, ()):
        said = tuple(phrase.lstrip("~") for phrase in group)
        for phrase in group:
            if not phrase.startswith("~"):
                options[phrase.casefold()] = said
    if not options:
        return re.compile(r"(?!)"), options
    alternatives = "|".join(re.escape(p) for p in sorted(options, key=len, reverse=True))
    return re.compile(rf"(?<![\w{{'’-])(?:{alternatives})(?![\w}}'’-])", re.IGNORECASE), options


_COMPILED = {language: _pattern(language) for language in GROUPS}


def reword(template: str, language: str, rng: random.Random) -> str:
    """The template with each listed phrase said in one of its group's ways, drawn from `rng`."""
    pattern, options = _COMPILED.get(language, (None, {}))
    if pattern is None or not options:
        return template

    def choose(match: re.Match[str]) -> str:
        found = match.group(0)
        group = options.get(found.casefold())
        if group is None:
            return found
        chosen = group[rng.randrange(len(group))]
        # A phrase at the start of a sentence keeps its capital ("Maybe" for "Perhaps").
        return chosen[:1].upper() + chosen[1:] if found[:1].isupper() else chosen

    return pattern.sub(choose, template)


def _canonical_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    first = {
        phrase.lstrip("~").casefold(): group[0].lstrip("~").casefold()
        for groups in GROUPS.values()
        for group in groups
        for phrase in group
    }
    alternatives = "|".join(re.escape(p) for p in sorted(first, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])"), first


_CANONICAL = _canonical_pattern()


@lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """`text` casefolded, with every listed phrase said its group's first way: "No one moved" and
    "Nobody moved" are one sentence, so a book never says it twice in other words."""
    pattern, first = _CANONICAL
    return pattern.sub(lambda match: first[match.group(0)], text.casefold())
