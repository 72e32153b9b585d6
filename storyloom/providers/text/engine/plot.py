"""The built-in engine's plot: an arc of beats sized to the page count, written out in one language.

Arc: setup, a problem, attempts that fail, a turn where the moral is acted out, resolution, ending.
Sentence length follows the age group's register, so reading level is matched by construction.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from storyloom.providers.text.engine.lexicon import Lexicon, Variant

CORE = ("opening", "problem", "attempt", "attempt", "turn", "resolution", "celebration", "ending")
# Beats added, in this order, when there are more pages than the core arc; each goes before `anchor`.
EXTRAS = (
    ("meet", "problem"),
    ("setout", "attempt"),
    ("journey", "attempt"),
    ("doubt", "turn"),
    ("spotlight", "turn"),
    ("return", "celebration"),
    ("attempt", "doubt"),
    ("quiet", "doubt"),
    ("journey", "doubt"),
    ("wonder", "attempt"),
    ("meet", "problem"),
    ("spotlight", "doubt"),
    ("journey", "doubt"),
    ("attempt", "doubt"),
    ("wonder", "doubt"),
    ("quiet", "turn"),
    ("meet", "problem"),
    ("spotlight", "doubt"),
    ("journey", "doubt"),
    ("wonder", "turn"),
    ("attempt", "doubt"),
    ("meet", "problem"),
    ("spotlight", "doubt"),
    ("journey", "doubt"),
    ("wonder", "doubt"),
    ("quiet", "doubt"),
    ("journey", "turn"),
    ("wonder", "turn"),
)


@dataclass(frozen=True)
class Register:
    """How much of each beat is written and how many clauses make one sentence."""

    clauses: int
    group: int
    details: int
    split_commas: bool = False
    extras: int = 0
    """What a page adds to its beat: 1 a line of dialogue and a feeling, 2 a chapter book's page."""
    lean: bool = False
    """A chapter book's page without its second feeling and second moment (a long book within its words)."""


REGISTERS = {
    "0-2": Register(clauses=2, group=1, details=0),
    "3-5": Register(clauses=3, group=1, details=0),
    "6-8": Register(clauses=4, group=2, details=1, extras=1),
    "9-12": Register(clauses=4, group=3, details=1, extras=2),
}


def adjusted_register(age_group: str, guidance: tuple[str, ...]) -> Register:
    """The age group's register, moved by rewrite guidance (shorter or longer sentences, fewer words)."""
    base = REGISTERS[age_group]
    clauses, group, details, extras = base.clauses, base.group, base.details, base.extras
    text = " ".join(guidance).casefold()
    steps = text.count("shorter sentences")
    split_commas = steps >= group
    if steps > group:
        clauses = max(1, clauses - (steps - group))
    group = max(1, group - steps)
    group = min(4, group + text.count("longer sentences"))
    if "fewer words" in text:
        fewer = text.count("fewer words")
        details = max(0, details - fewer)
        extras = max(0, extras - max(0, fewer - base.details))
        clauses = max(2, clauses - max(0, fewer - base.details))
    if "more words" in text:
        details = min(1, details + 1)
    return Register(clauses=clauses, group=group, details=details, split_commas=split_commas, extras=extras)


def plan_beats(page_count: int, companions: int, attempts: int) -> list[str]:
    """The beat of each page: the core arc grown with extras until it has `page_count` pages."""
    beats = list(CORE)
    limits = {"meet": companions, "spotlight": companions * 2, "attempt": attempts}
    used: dict[str, int] = {}
    for beat, anchor in EXTRAS:
        if len(beats) >= page_count:
            break
        if beat in limits and used.get(beat, 0) + (2 if beat == "attempt" else 0) >= limits[beat]:
            continue
        used[beat] = used.get(beat, 0) + 1
        beats.insert(beats.index(anchor), beat)
    filler = ("wonder", "quiet", "journey")
    while len(beats) < page_count:
        beats.insert(beats.index("turn"), filler[len(beats) % len(filler)])
    return beats


@dataclass
class Pools:
    """Draws variants and slot values without repeating until a pool is used up."""

    rng: random.Random
    _left: dict[str, list[int]] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)
    spare: int | None = None
    """A long book's seed: each large general pool keeps back a third of its phrases, chosen by the seed
    and the pool, so two long books of one kind draw less of the same."""
    _filled: set[str] = field(default_factory=set)
    _alternatives: dict[str, str] = field(default_factory=dict)
    wording: random.Random = field(default_factory=random.Random)
    """Draws the book's own wording of its phrases (`wording.reword`), apart from `rng`, so that how a
    phrase is worded never changes what the story draws next."""

    def next_in_order(self, key: str, size: int) -> int:
        """0, 1, 2 ... for `key`, wrapping at `size`: for beats whose order matters (first try, next try)."""
        count = self._counts.get(key, 0)
        self._counts[key] = count + 1
        return count % size

    def draw(self, key: str, size: int) -> int:
        left = self._left.get(key)
        if not left:
            left = list(range(size))
            if self.spare is not None and size >= SPARED_FROM and key not in self._filled:
                # each pool keeps back its own third, so two books rarely keep back the same ones
                third = random.Random(f"{self.spare}|{key}").randrange(3)
                left = [i for i in left if (i + third) % 3]
            self._filled.add(key)
            self.rng.shuffle(left)
            self._left[key] = left
        return left.pop()

    def alternative(self, ways: tuple[str, ...], key: str) -> str:
        """One of a phrase's `ways` (see variants.py), the same each time the phrase (`key`: its pool and
        place) is drawn again, so a long book that comes back to a used-up pool recognises it as said."""
        if len(ways) == 1:
            return ways[0]
        if key not in self._alternatives:
            self._alternatives[key] = self.rng.choice(ways)
        return self._alternatives[key]


SPARED_FROM = 6
"""Pools of at least this many phrases keep a third back the first time round (see `Pools.spare`)."""


def vary(template: str, rng: random.Random) -> str:
    """One of a template's alternatives, chosen by the story's seed: "A|B|C" is A, B or C.

    Each alternative is a whole clause on its own, so two books with the same settings and another
    seed tell the same moment in other words."""
    if "|" not in template:
        return template
    return rng.choice(template.split("|"))


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


COMMENTS = {
    "en": re.compile(r"(?:that|this|it was|it is|someone (?:had|needed) to)\b", re.IGNORECASE),
    "es": re.compile(
        r"(?:eso|esto|era|fue|había que|tendrían que|tenían que|alguien tenía que)\b", re.IGNORECASE
    ),
    "fr": re.compile(
        r"(?:c'était|c'est|ce n'était|ce fut|cela|ça|il fallait|il était temps)\b", re.IGNORECASE
    ),
    "de": re.compile(r"(?:das war|das hatte|das ist|es war|es ist|jemand musste)\b", re.IGNORECASE),
}
"""Clauses that comment on what came before ("That had not worked at all"): they stand alone, for
"Priya sighed and that had not worked" reads as if the sigh had failed, "Leo gasped and someone had
to do something" as if someone else had to act on the gasp."""


def _subjects(clause: str, names: set[str], list_and: str) -> list[str]:
    """The names a clause starts with ("Mia and Bolt joined in" -> Mia, Bolt), or none."""
    found: list[str] = []
    rest = clause
    while name := next((n for n in names if rest.startswith(n + " ") or rest.startswith(n + ",")), ""):
        found.append(name)
        rest = rest[len(name) :].lstrip(", ")
        if rest.startswith(list_and + " "):
            rest = rest[len(list_and) + 1 :]
    return found


def _joinable(clause: str, lexicon: Lexicon, names: set[str], current: list[str] | None = None) -> bool:
    """Whether `clause` may join the sentence being built: it starts with a name or a joining word,
    is no comment on the sentence before, and does not name again someone the clause before names
    ("Bolt joined in and Bolt was a robot" is two sentences)."""
    comment = COMMENTS.get(lexicon.language)
    if comment and comment.match(clause):
        return False
    if current and any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", current[-1])
        for name in _subjects(clause, names, lexicon.list_and)
    ):
        return False
    first = clause.split(" ", 1)[0].strip(",")
    return first in names or first.casefold() in lexicon.lowercase_starters


def _lower_start(clause: str, names: set[str]) -> str:
    first = clause.split(" ", 1)[0].strip(",")
    return clause if first in names else clause[:1].lower() + clause[1:]


def write_page(
    variant: Variant,
    slots: dict[str, str],
    register: Register,
    lexicon: Lexicon,
    names: set[str],
    detail: str | None,
    reflection: str | None = None,
    alone: frozenset[str] = frozenset(),
) -> str:
    """One page's text: the variant's clauses grouped into sentences of the register's length.

    For the youngest readers (one clause per sentence) clauses joined by "and" or "but" are split too.
    A clause in `alone` (a chapter book's sentence, already long) is a sentence of its own.
    """
    whole = {_fill(clause, slots).strip() for clause in alone}
    clauses = [filled for clause in variant[: register.clauses] if (filled := _fill(clause, slots).strip())]
    if register.group == 1:
        clauses = [
            part
            for clause in clauses
            for part in _split(clause, register.split_commas, lexicon.starter_pattern)
        ]
    sentences: list[str] = []
    current: list[str] = []
    for clause in clauses:
        if (
            current
            and len(current)
            < (min(register.group, 2) if any("," in c for c in (*current, clause)) else register.group)
            and not _is_speech(clause)
            and not _is_speech(current[-1])
            and clause not in whole
            and current[-1] not in whole
            and not current[0].startswith(PRESENTATIVES)
            and _joinable(clause, lexicon, names, current)
            and sum(_has_and(c, lexicon) for c in (*current, clause)) < (2 if register.group >= 3 else 1)
        ):
            current.append(_lower_start(clause, names))
            continue
        if current:
            sentences.append(_joined(current, lexicon))
        current = [clause]
    if current:
        sentences.append(_joined(current, lexicon))
    if detail:
        sentences.insert(1, detail)
    if reflection:
        sentences.append(_fill(reflection, slots))
    return " ".join(_finish(sentence_case(s)) for s in sentences)


CONJUNCTIONS = frozenset({"and", "but", "y", "pero", "et", "mais", "und", "aber", "doch"})
# A clause that presents someone stands alone: "This is Mia. Mia played...", not "This is Mia, Mia played".
PRESENTATIVES = ("This is ", "Meet ")


def _split(clause: str, every_comma: bool, starters: str) -> list[str]:
    if _is_speech(clause):
        return [clause]
    words = "|".join(sorted(CONJUNCTIONS))
    parts = re.split(rf", (?=(?:{words}) (?:{starters}|[A-ZÀ-Ý]))", clause)
    if every_comma:
        parts = [piece for part in parts for piece in _split_long(part, starters)]
    return [sentence_case(part) for part in parts if part]


def _split_long(clause: str, starters: str) -> list[str]:
    head, comma, tail = clause.partition(", ")
    if comma and len(head.split()) >= 5 and len(tail.split()) >= 5 and re.match(rf"(?:{starters}) ", tail):
        return [head, *_split_long(tail, starters)]
    return [clause]


def _joined(clauses: list[str], lexicon: Lexicon) -> str:
    text = clauses[0]
    for position, clause in enumerate(clauses[1:], start=2):
        starts_with_conjunction = clause.split(" ", 1)[0].casefold() in CONJUNCTIONS
        if position == len(clauses) and not starts_with_conjunction:
            said = lexicon.language == "de" or any(_has_and(c, lexicon) for c in clauses)
            text += f", {lexicon.and_word} " if said else f" {lexicon.and_word} "
        else:
            text += ", "
        text += clause
    return text


def _has_and(clause: str, lexicon: Lexicon) -> bool:
    """Whether the clause already says "and": joining it to another would say it twice."""
    return f" {lexicon.and_word} " in clause or f", {lexicon.and_word} " in clause


def _is_speech(clause: str) -> bool:
    return any(mark in clause for mark in ('"', "«", "„", "“", "—", ":"))


def _finish(sentence: str) -> str:
    sentence = sentence.rstrip()
    if (
        sentence.endswith(('"', "»", "“", "”"))
        and len(sentence) > 1
        and sentence.rstrip('"»“” ')[-1:] in ".!?"
    ):
        return sentence
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, slots: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: slots.get(m.group(1), ""), template)


def fill(template: str, slots: dict[str, str]) -> str:
    """Fill `{slots}` in a template; unknown slots become empty."""
    return _fill(template, slots)


def join_names(names: list[str], list_and: str) -> str:
    """'A', 'A and B', 'A, B and C' in the language's words."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {list_and} " + names[-1]
