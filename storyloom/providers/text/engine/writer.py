"""The built-in engine's entry point: parameters and a seed in, a whole story out, deterministically."""

from __future__ import annotations

import importlib
import random
import re
from dataclasses import replace
from types import ModuleType

from storyloom.providers.text.engine import bible as bibles
from storyloom.providers.text.engine import chapters as chapter_pages
from storyloom.providers.text.engine import scene_details, scenes, shapes, situations
from storyloom.providers.text.engine.compose import (
    BEAT_SCENES,
    Companion,
    backdrop_for,
    companions_for,
    is_feminine,
    lexicon_for,
    time_of_day,
)
from storyloom.providers.text.engine.grammar import feminine_plural, headline, place_phrase, polish
from storyloom.providers.text.engine.lexicon import GenreWorld, Lexicon, Variant
from storyloom.providers.text.engine.morals import clean_moral, moral_for, shared_thing
from storyloom.providers.text.engine.plot import (
    REGISTERS,
    Pools,
    Register,
    adjusted_register,
    fill,
    join_names,
    plan_beats,
    sentence_case,
    vary,
    write_page,
)
from storyloom.providers.text.engine.variants import ways
from storyloom.providers.text.engine.wording import canonical, reword
from storyloom.story.kinds import kind_of
from storyloom.story.params import StoryParams
from storyloom.story.reading_level import FORMULAS, measure, target_band, word_range
from storyloom.story.scene import INDOOR_PLACES
from storyloom.story.schema import (
    Backdrop,
    Chapter,
    Character,
    SceneSpec,
    StoryContent,
    StorySettings,
    VocabularyWord,
)

# Beats whose second clause carries what every story must say: the companions, the problem, the moral.
ESSENTIAL = frozenset({"opening", "problem", "wishing", "turn", "resolution", "ending"})
WISH_BEATS = {"celebration": "thanks", "problem": "wishing"}
"""The beats a wish story tells its own way: the one wishing is met, and the party is a thank-you."""


# Beats in the middle of the arc, where a thought or an aside fits.
REFLECTIVE = frozenset({"journey", "attempt", "quiet", "doubt", "wonder", "spotlight"})


LIMBS: dict[str, frozenset[str]] = {
    "wing": frozenset({"owl", "bird", "duck", "goose", "chicken", "bee", "butterfly", "ladybird", "dragon"}),
    "flipper": frozenset({"penguin", "turtle", "seal"}),
    "fin": frozenset({"dolphin", "whale", "fish", "shark"}),
    "trunk": frozenset({"elephant"}),
    "claw": frozenset({"crab"}),
    "paw": frozenset(
        {"dog", "cat", "rabbit", "fox", "squirrel", "hedgehog", "bear", "lion", "tiger", "mouse", "dinosaur"}
    ),
    "hand": frozenset({"fairy", "robot", "alien", "monkey"}),
}
"""What a companion of each drawing kind has to hold on to; people have hands, a pony or a snail none."""

SKYLESS = frozenset({"underwater", "outer-space", "space-station"})


def limb_of(kind_id: str) -> str:
    """'hand', 'wing', 'paw' ... for a drawing kind; 'close' when there is nothing to hold."""
    if kind_of(kind_id).is_person:
        return "hand"
    return next((limb for limb, kinds in LIMBS.items() if kind_id in kinds), "close")


def weather_kind(places: tuple[str, ...]) -> str:
    """The kind of sky over all of `places`: 'sky', 'water', 'space', 'indoors', or 'any' when mixed."""
    if all(p == "underwater" for p in places):
        return "water"
    if all(p in ("outer-space", "space-station") for p in places):
        return "space"
    if all(p in INDOOR_PLACES or p == "space-station" for p in places):
        return "indoors"
    if not any(p in INDOOR_PLACES or p in SKYLESS for p in places):
        return "sky"
    return "any"


def party_kind(place: str) -> str:
    """What a party at `place` is made of: 'green' (flowers and leaves), 'shore', 'sea', 'space' ..."""
    if place == "underwater":
        return "sea"
    if place in ("beach", "boat"):
        return "shore"
    if place in ("outer-space", "space-station"):
        return "space"
    if place == "snowy-village":
        return "snow"
    if place in INDOOR_PLACES or place == "cloud-kingdom":
        return "indoors"  # the kingdom of clouds parties as its castle does
    if place in GREEN_PLACES:
        return "green"
    return "any"


GREEN_PLACES = frozenset(
    {"garden", "park", "meadow", "farm", "forest", "jungle", "playground", "mountains", "mill"}
    | {"tower-outside"}
)
"""Outdoor places a party is green in."""


def _rng(params: StoryParams, seed: int, purpose: str) -> random.Random:
    request = params.model_dump_json(exclude={"seed"})
    return random.Random(f"{seed}|{purpose}|{request}")


def build_characters(params: StoryParams, seed: int, companions: list[Companion]) -> list[Character]:
    """The hero and every companion, each with a visual bible fixed by the seed."""
    hero_rng = random.Random(f"{seed}|bible|{params.child_name}|{params.genre}|{params.age_group}")
    lexicon = lexicon_for(params.language)
    english = lexicon_for("en")
    characters = [
        Character(
            name=params.child_name,
            role="hero",
            description=f"{params.child_name}, the child this book is for",
            main=True,
            bible=bibles.hero_bible(hero_rng, params.age_group, params.genre),
        )
    ]
    for companion in companions:
        rng = random.Random(f"{seed}|bible|{companion.name}|{companion.species}|{companion.look}")
        described = english.kinds.get(companion.species, companion.kind_phrase)
        characters.append(
            Character(
                name=companion.name,
                role=companion.role,
                description=f"{companion.name}, {described}; {companion.traits}",
                main=True,
                bible=bibles.companion_bible(rng, companion.species, companion.look, companion.human),
            )
        )
    del lexicon
    return characters


def compose_story(
    params: StoryParams, seed: int, max_words: int, guidance: tuple[str, ...] = ()
) -> StoryContent:
    """Write the whole story for `params`; the same parameters, seed and guidance give the same story."""
    register = adjusted_register(params.age_group, guidance)
    story = _compose(params, seed, register)
    _, most = word_range(params.age_group, params.page_count, max_words)
    while story.word_count > most and (register.details or register.extras or register.clauses > 1):
        if register.details:
            register = replace(register, details=register.details - 1)
        elif register.extras >= 2 and not register.lean:
            # A long chapter book stays a chapter book: its pages say less before they say it simpler.
            register = replace(register, lean=True)
        elif register.extras:
            register = replace(register, extras=register.extras - 1)
        else:
            register = replace(register, clauses=register.clauses - 1)
        story = _compose(params, seed, register)
    return _draft_in_band(params, seed, register, story, most)


CHAPTER_BOOK_AGES = frozenset({"9-12"})
LONG_BOOK = 18
"""A book of this many pages (early reader or chapter book) keeps a third of each general phrase pool
back at first (by seed and pool)."""
CHAPTER_DRAFTS = 6
"""How many drafts the writer tries (the same plot, other phrases from its pools) before it keeps the
one that reads closest to its band (a chapter book: to the top half of it)."""


def _draft_in_band(
    params: StoryParams, seed: int, register: Register, story: StoryContent, most: int
) -> StoryContent:
    """A story reads within its age band, and a chapter book in the harder half of it: when the first
    draft does not, the writer tells the same plot again with other phrases (still the same for the
    same seed) and keeps the first draft that does, else the closest one."""
    low, high = target_band(params.language, params.age_group)
    harder = FORMULAS[params.language].direction == "grade"

    def distance(draft: StoryContent) -> float:
        """How far the draft reads from its target (0 on it): outside the band, or, for a chapter
        book, below the middle of the band."""
        text = " ".join(chapter.text for chapter in draft.chapters)
        score = measure(text, params.language, params.age_group, [c.name for c in draft.characters]).score
        if params.age_group in CHAPTER_BOOK_AGES:
            middle = (low + high) / 2
            return max(0.0, middle - score if harder else score - middle)
        return max(0.0, low - score, score - high)

    best, best_distance = story, distance(story)
    for variant in range(1, CHAPTER_DRAFTS):
        if best_distance == 0.0:
            break
        draft = _compose(params, seed, register, variant)
        if draft.word_count > most:
            continue
        if (draft_distance := distance(draft)) < best_distance:
            best, best_distance = draft, draft_distance
    return best


def _compose(params: StoryParams, seed: int, register: Register, variant: int = 0) -> StoryContent:
    language = params.language
    lexicon = lexicon_for(language)
    rng = _rng(params, seed, f"plot-{variant}" if variant else "plot")
    # Only a story about something lost may call its resolution "Found it!".
    shape = shapes.shape_for(seed, params.genre, params.age_group, params.setting)
    # A long book would use up its general phrase pools: the seed keeps a third of each back at first.
    pools = Pools(
        rng,
        spare=seed if register.extras and params.page_count >= LONG_BOOK else None,
        wording=_rng(params, seed, f"wording-{variant}"),
    )
    turns = importlib.import_module(f"storyloom.providers.text.engine.turns_{params.language}")
    if shape in chapter_pages.SHAPE_MOODS:
        # a pleasant puzzle begins with a surprise to wonder at, not a worried cry
        problem_titles = {**lexicon.titles, "problem": turns.CURIOUS_PROBLEM_TITLES}
        lexicon = replace(
            lexicon, beats={**lexicon.beats, "problem": turns.CURIOUS_PROBLEM}, titles=problem_titles
        )
    companions = companions_for(params, lexicon, rng)
    characters = build_characters(params, seed, companions)
    names = {c.name for c in characters}
    # The problem's creature is never a companion's kind (no fox friend meeting "a shy little fox").
    kinds = shapes.companion_kinds((c.species for c in companions), language)
    world, simple = shapes.story_world(lexicon, params.genre, params.age_group, seed, params.setting, kinds)
    nouns = shapes.problem_nouns(language, params.genre, params.setting, kinds)
    if shape == "lost" and world.mends:  # the world's own problem is a thing to mend (the torn kite)
        shape, nouns = "broken", {**nouns, **dict(world.mends)}
    found = shape == "lost"
    # French "elles" and Spanish "ellas" for a cast of girls and women (and feminine nouns) only.
    all_feminine = params.pronouns == "she/her" and all(
        is_feminine(c.kind_phrase, lexicon) for c in companions
    )
    backdrop, scene_setting = backdrop_for(params)
    place_in = place_phrase(params.setting, language) if params.setting else world.place_in
    moral = clean_moral(params.moral_lesson)
    theme = moral_for(moral)
    moral_quote = f"{turns.QUOTES[0]}{moral}{turns.QUOTES[1]}"
    pronoun = {"she/her": "her", "he/him": "his", "they/them": "their"}[params.pronouns]
    base = {
        "hero": params.child_name,
        "friends": join_names([c.name for c in companions], lexicon.list_and),
        "everyone": join_names([params.child_name, *(c.name for c in companions)], lexicon.list_and),
        "place_in": place_in,
        "goal": world.goal,
        "problem": world.problem,
        # A puzzle's answer is worked out by the hero, who is named in it.
        "discovery": world.discovery.replace("{hero}", params.child_name),
        "ending": world.ending.replace("{hero}", params.child_name),
        "hero_trait": rng.choice(lexicon.hero_traits),
        "moral": moral,
        "moral_quote": moral_quote,
        "their": pronoun,
        "pal": companions[-1].name,
    }
    lesson_lines = turns.LESSON if theme else turns.LESSON_KEPT
    base["lesson"] = fill(lesson_lines[rng.randrange(len(lesson_lines))], base)
    if params.age_group == "0-2" or register.split_commas:
        base["problem"], base["discovery"], base["ending"] = simple
    home, away = scenes.story_places(params.genre, params.setting)
    places = (home, *away)
    base["gloom"] = rng.choice(turns.GLOOM[weather_kind(away)])
    own_party = turns.PARTY[party_kind(home)]
    base["party"] = fill(rng.choice((*own_party, *turns.PARTY["any"])), base)
    limbs = {c.name: limb_of(c.bible.kind) for c in characters}
    beats = plan_beats(params.page_count, len(companions), len(world.attempts))
    if shape == "wish" and "return" in beats:
        # the wish comes true in a party where it is made: its thank-you page already sees everyone home,
        # so a way-home page before it ("It was time to go home" twice) is a quiet moment on the way
        beats.remove("return")
        beats.insert(beats.index("turn"), "quiet")
    world = _fitted(world, places, language)
    if params.genre == "mystery":
        world = replace(world, attempts=clue_order(world.attempts, shape, _rng(params, seed, "clues")))
        if beats.count("attempt") < len(world.attempts):  # some clues are never told: the answer lists none
            full_answer = world.discovery.replace("{hero}", params.child_name)
            world = replace(world, discovery=shapes.without_clue_list(world.discovery, language))
            if base["discovery"] == full_answer:  # not the board book's simple answer
                base["discovery"] = world.discovery.replace("{hero}", params.child_name)
    details = list(world.details)
    rng.shuffle(details)
    reflections = list(lexicon.reflections)
    rng.shuffle(reflections)
    chapters: list[Chapter] = []
    used_titles: set[str] = set()
    said: set[str] = set()
    trail = scenes.SceneTrail()
    plot = scenes.plot_place(world.problem)
    rotation = {"meet": 0, "spotlight": 0}
    # A long chapter book follows two threads: the seed walks through them (the next seed, other threads).
    walk = (random.Random(params.model_dump_json(exclude={"seed"})).randrange(1_000), seed)
    walk_threads = walk if params.page_count >= LONG_BOOK else None
    threads = chapter_pages.plan_threads(beats, language, pools, walk_threads) if register.extras >= 2 else {}
    situation = situations.Situation(
        language,
        shape,
        {**nouns, "lost": world.goal},
        details,
        world.details,
    )
    introduced: set[str] = set()
    solved_from = beats.index("turn")
    problem_from = beats.index("problem")
    for index, beat in enumerate(beats):
        if beat in rotation:
            companion = companions[rotation[beat] % len(companions)]
            rotation[beat] += 1
        else:
            companion = companions[index % len(companions)]
        slots = dict(base)
        hold = turns.HOLD[limbs.get(companion.name, "close")]
        slots.update(
            friend=companion.name,
            friend_kind=companion.kind_phrase,
            friend_traits=companion.traits,
            hold_friend=fill(hold, {"friend": companion.name, "but": ""}),
            hold_friend_but=fill(hold, {"friend": companion.name, "but": "aber "}),
        )
        # A wish for a party is granted by the resolution's party: the celebration page is a thank-you;
        # and a wish is no trouble: its problem page meets the one wishing ("something went wrong" no).
        own_beat = WISH_BEATS.get(beat, beat) if shape == "wish" else beat
        tries = [own_beat] * 3 + (
            [b for b in ("journey", "wonder", "quiet") if b != beat] if beat in REFLECTIVE else []
        )
        # A page whose sentences earlier pages already said is drafted again (another draw, then a
        # neighbouring beat): what is left must still make a page, not one stray sentence.
        # (A board book's page is one sentence; so is a page squeezed to fewer clauses to fit its words.)
        squeezed = register.clauses < REGISTERS[params.age_group].clauses
        enough = 1 if params.age_group == "0-2" or squeezed else 2
        best: tuple[list[str], str] = ([], "")
        for written_beat in tries:
            text = _write_beat(
                written_beat,
                slots,
                pools,
                world,
                lexicon,
                turns,
                theme,
                register,
                details,
                reflections,
                rng,
                names,
                ordered=params.genre == "mystery",
            )
            sentences = [
                sentence
                for sentence in fresh_sentences(text, said)
                if written_beat in ESSENTIAL or scenes.fits_the_places(sentence, places, language)
            ]
            if len(sentences) > len(best[0]):
                best = (sentences, text)
            if len(sentences) >= min(enough, len(_SENTENCE.split(text))):
                break
        sentences, text = best if best[0] else (sentences, text)
        if len(sentences) < enough:
            sentences += _noticing(turns, slots, world, said, places)
        said.update(_sentence_key(sentence) for sentence in sentences)

        def is_new(sentence: str) -> bool:
            key = _sentence_key(polish(sentence, language))
            return key not in said and scenes.fits_the_places(sentence, places, language)

        def say(sentence: str) -> str:
            said.add(_sentence_key(polish(sentence, language)))
            return polish(sentence, language)

        told = len(sentences)
        for sentence in chapter_pages.page_extras(
            "wishing" if own_beat == "wishing" else beat,
            register.extras,
            slots,
            pools,
            threads.get(index, []),
            language,
            is_new,
            shape,
            register.lean,
        ):
            if is_new(sentence):
                sentences.append(say(sentence))
        if register.extras >= 2:
            sentences = situations.fill_page(
                sentences,
                told,
                situation,
                index >= solved_from,
                slots,
                pools,
                is_new,
                say,
                started=index >= problem_from,
            )
        together = lexicon.and_word if register.extras >= 2 else None
        sentences = _introduced(sentences, companions, introduced, turns, language, said, together)
        text = " ".join(sentences) or text
        if all_feminine:
            text = feminine_plural(text, language)
        title = polish(_title(lexicon, own_beat, slots, pools, used_titles, text, found), language)
        chapters.append(
            Chapter(
                title=title,
                text=text,
                scene=_scene(
                    "wishing" if own_beat == "wishing" else beat,
                    index,
                    len(beats),
                    params,
                    characters,
                    text,
                    slots,
                    backdrop,
                    scene_setting,
                    trail,
                    plot,
                    mending=situation.nouns["thing"] if beat == "attempt" and shape == "broken" else "",
                    afar=_scary(situation.nouns) if beat == "attempt" and shape == "fear" else "",
                ),
            )
        )
    return StoryContent(
        title=_book_title(world, turns, {**base, "friend": companions[0].name}, rng, language),
        description=polish(
            fill(lexicon.description, {**base, "genre_phrase": lexicon.genre_phrases[params.genre]}), language
        ),
        characters=characters,
        settings=StorySettings(
            place=scene_setting, backdrop=backdrop, illustration_style=params.illustration_style
        ),
        chapters=chapters,
        moral=moral,
        vocabulary=_vocabulary(lexicon, params.genre, theme, chapters),
        discussion_questions=[polish(fill(q, base), language) for q in lexicon.questions],
    )


def _book_title(
    world: GenreWorld, turns: ModuleType, slots: dict[str, str], rng: random.Random, language: str
) -> str:
    """A title naming the hero and the story's thing, creature, place or companion, chosen by the seed."""
    options = world.titles or (world.title, *turns.LOST_TITLES)
    return headline(polish(sentence_case(fill(rng.choice(options), slots)), language), language)


def _write_beat(
    beat: str,
    slots: dict[str, str],
    pools: Pools,
    world: GenreWorld,
    lexicon: Lexicon,
    turns: ModuleType,
    theme: str | None,
    register: Register,
    details: list[str],
    reflections: list[str],
    rng: random.Random,
    names: set[str],
    ordered: bool = False,
) -> str:
    """One page's text for `beat`, its slots drawn from the story's pools; `ordered`: the tries are told in
    their order (a mystery's wrong guess first, then the clues), not drawn at random."""
    if beat == "journey":
        slots["obstacle"] = vary(world.obstacles[pools.draw("obstacle", len(world.obstacles))], rng)
    if beat == "spotlight":
        # a companion's clever thought is said, and used, on its page
        slots["idea"], slots["idea_used"] = turns.IDEAS[pools.draw("idea", len(turns.IDEAS))]
    if beat == "attempt":
        choose = pools.next_in_order if ordered else pools.draw
        attempt, failure = world.attempts[choose("attempt", len(world.attempts))]
        slots["attempt"] = fill(vary(attempt, rng), slots)
        slots["failure"] = fill(vary(failure, rng), slots)
    if beat == "turn":
        shared = shared_thing(slots["moral"])
        variant = _turning_point(turns, theme, pools, world, slots["discovery"] != world.discovery, shared)
    else:
        variants = lexicon.beats[beat]
        pick = pools.next_in_order if beat == "attempt" else pools.draw
        variant = variants[pick(f"beat:{beat}", len(variants))]
    variant = tuple(vary(clause, rng) for clause in variant)
    detail = None
    if "{detail}" in "".join(variant[: register.clauses]):
        slots["detail"] = details.pop() if details else rng.choice(world.details)
    elif register.details and details:
        detail = details.pop()
    page_register = register
    if beat == "turn":
        page_register = replace(register, clauses=len(variant), group=1)
    elif beat in ESSENTIAL and register.clauses < 2:
        page_register = replace(register, clauses=2)
    reflection = None
    if register.details and reflections and beat in REFLECTIVE:
        reflection = rng.choice(ways(reflections.pop(), lexicon.language))
    variant = tuple(
        clause.replace(f"{{hero}} {lexicon.list_and} {{friends}}", "{everyone}") for clause in variant
    )
    # A wish is told as its own sentence: "Mia met someone new. A baby dragon wished...", never joined
    # with "and" to the meeting.
    alone: frozenset[str] = frozenset({"{problem}"}) if beat == "wishing" else frozenset()
    if register.extras >= 2:
        # A chapter book tells the beat in its own, longer sentences where it has them.
        richer: dict[str, str] = getattr(chapter_pages.bank(lexicon.language), "CHAPTER_CLAUSES", {})
        alone |= frozenset(richer[clause] for clause in variant if clause in richer)
        variant = tuple(richer.get(clause, clause) for clause in variant)
    # The book's own wording of the beat's clauses (the chapter book's own sentences stay whole); the
    # turning point tells the solution in the words of the story's world.
    worded = {
        clause: clause if beat == "turn" else reword(clause, lexicon.language, pools.wording)
        for clause in variant
    }
    variant = tuple(worded[clause] for clause in variant)
    alone = frozenset(worded.get(clause, clause) for clause in alone)
    text = write_page(variant, slots, page_register, lexicon, names, detail, reflection, alone)
    if (
        beat in ("journey", "attempt", "wonder", "spotlight")
        and register.clauses >= 4
        and register.group == 2
        and not register.extras
    ):
        lines = turns.DIALOGUE
        text += " " + _speech(fill(lines[pools.draw("dialogue", len(lines))], slots))
    return polish(text, lexicon.language)


def _speech(line: str) -> str:
    """A line of dialogue as a sentence: its closing stop after the speaker."""
    return line if line.endswith((".", "!", "?")) else line + "."


def _fitted(world: GenreWorld, places: tuple[str, ...], language: str) -> GenreWorld:
    """The world without the details, obstacles and tries that cannot happen at the story's places."""

    def fits(*texts: str) -> bool:
        return all(scenes.fits_the_places(text, places, language) for text in texts)

    details = tuple(d for d in world.details if fits(d)) or world.details
    obstacles = tuple(o for o in world.obstacles if fits(o)) or world.obstacles
    attempts = tuple(a for a in world.attempts if fits(*a))
    return replace(
        world,
        details=details,
        obstacles=obstacles,
        attempts=attempts if len(attempts) >= 2 else world.attempts,
    )


def clue_order(
    attempts: tuple[tuple[str, str], ...], shape: str, rng: random.Random
) -> tuple[tuple[str, str], ...]:
    """A mystery's tries in an order its seed chooses, so another seed finds the clues in another order.

    A puzzle's wrong guess (its first try) comes first or second and its clues in any order around it;
    a lost thing's wrong lead and the clue the answer is worked out from stay first, the rest follow in
    any order."""
    if shape == "lost":
        rest = list(attempts[2:])
        rng.shuffle(rest)
        return (*attempts[:2], *rest)
    guess, *clues = attempts
    rng.shuffle(clues)
    clues.insert(rng.randrange(min(2, len(clues) + 1)), guess)
    return tuple(clues)


def _introduced(
    sentences: list[str],
    companions: list[Companion],
    introduced: set[str],
    turns: ModuleType,
    language: str,
    said: set[str],
    together: str | None = None,
) -> list[str]:
    """The page's sentences with every companion it names for the first time in the book introduced
    where first named ("Every day, Mia played with Button. Button was a little mouse."), unless that
    sentence or the next already says who they are; `introduced` and `said` are updated. With
    `together` (a chapter book's "and"), two companions named together are introduced in one sentence
    ("Hopper was a frog and Juniper was a rabbit.")."""
    page = list(sentences)
    added: set[str] = set()
    joined = False
    for companion in companions:
        if companion.name in introduced:
            continue
        naming = re.compile(rf"(?<!\w){re.escape(companion.name)}(?!\w)")
        first = next((number for number, sentence in enumerate(page) if naming.search(sentence)), None)
        if first is None:
            continue
        introduced.add(companion.name)
        kind = companion.kind_phrase.casefold()
        if any(kind in s.casefold() and naming.search(s) for s in page[first : first + 2]):
            continue
        slots = {"friend": companion.name, "friend_kind": companion.kind_phrase}
        introduction = polish(sentence_case(fill(turns.INTRODUCTION, slots)) + ".", language)
        after = first + 1
        while after < len(page) and page[after] in added:
            after += 1  # companions named together are introduced in the order they were named
        if together and not joined and after > 0 and page[after - 1] in added:
            introduction = f"{page[after - 1][:-1]} {together} {introduction}"
            said.discard(_sentence_key(page[after - 1]))
            page[after - 1] = introduction
            joined = True
        else:
            page.insert(after, introduction)
        added.add(introduction)
        said.add(_sentence_key(introduction))
    return page


def _noticing(
    turns: ModuleType, slots: dict[str, str], world: GenreWorld, said: set[str], places: tuple[str, ...]
) -> list[str]:
    """A sentence no page has said yet: someone noticing a detail of the place."""
    language = turns.__name__.rsplit("_", 1)[-1]
    for detail in world.details:
        for frame in turns.NOTICING:
            sentence = polish(sentence_case(fill(frame, {**slots, "detail": detail})) + ".", language)
            if _sentence_key(sentence) not in said and scenes.fits_the_places(sentence, places, language):
                return [sentence]
    return [
        polish(sentence_case(fill(turns.NOTICING[0], {**slots, "detail": world.details[0]})) + ".", language)
    ]


SEARCH_ACTS: dict[str, frozenset[int]] = {
    "sharing": frozenset({1}),
    "courage": frozenset({0}),
    "honesty": frozenset({0, 1}),
    "mistakes": frozenset({0, 1}),
    "perseverance": frozenset({1}),
    "trying_new": frozenset({1}),
    "teamwork": frozenset({1}),
    "bedtime": frozenset({0}),
    "kindness": frozenset({1}),
    "manners": frozenset({1}),
    "inclusion": frozenset({0}),
    "curiosity": frozenset({0}),
}
"""The turning points (by moral and position, the same in every language's TURNS) whose act is itself
part of a search ("the corner nobody had checked"): they do not fit a wish, a broken thing, someone
in need or a fear to face."""


def _turning_point(
    turns: ModuleType,
    theme: str | None,
    pools: Pools,
    world: GenreWorld,
    simple: bool,
    shared: str | None = None,
) -> Variant:
    """The hero acting out the moral, how that leads the characters to the answer, and the answer.

    A lost thing is found by searching: the moral's own turning points say how. Any other problem is
    solved its own way (the shape's `solutions`, chosen by the seed), after an act of the moral that
    is not a search; a board book keeps the act and the problem's one-clause answer. A sharing moral
    that names a thing ("Share your toys") is acted out with that very thing."""
    options: tuple[tuple[str, str], ...] = turns.TURNS[theme] if theme else turns.UNKNOWN
    if shared is not None:
        options = turns.SHARED[shared]
    if not world.solutions:
        act, link = options[pools.draw(f"turn:{theme}", len(options))]
        return (act, link, "{discovery}")
    searching = SEARCH_ACTS.get(theme or "", frozenset()) if shared is None else frozenset()
    acts = [act for number, (act, _) in enumerate(options) if number not in searching]
    acts += turns.ANY_PROBLEM.get(theme, ())
    act = acts[pools.draw(f"turn:{theme}", len(acts))]
    if simple:
        return (act, "{discovery}")
    link, answer = world.solutions[pools.draw("solution", len(world.solutions))]
    return (act, link, answer)


def _title(
    lexicon: Lexicon,
    beat: str,
    slots: dict[str, str],
    pools: Pools,
    used: set[str],
    text: str,
    found: bool = True,
) -> str:
    options = lexicon.titles[beat]
    if beat == "resolution" and not found:
        options = options[1:]
    pick = pools.next_in_order if beat == "attempt" else pools.draw
    for _ in range(len(options)):
        title = fill(options[pick(f"title:{beat}", len(options))], slots)
        if title not in used:
            used.add(title)
            return title
    base = fill(options[0], slots)
    for numeral in ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"):
        title = f"{base} {numeral}"
        if title not in used:
            break
    used.add(title)
    return title


_SENTENCE = re.compile(r"(?<=[.!?»”“])\s+(?=[A-ZÀ-ÖØ-Þ¡¿«„“\"])")


def _sentence_key(sentence: str) -> str:
    """What makes a sentence the same as another: its words, said one way (see `wording.canonical`)."""
    return re.sub(r"\W+", " ", canonical(sentence)).strip()


def fresh_sentences(text: str, said: set[str]) -> list[str]:
    """The page's sentences that no earlier page said (`said` holds the earlier ones' keys)."""
    return [sentence for sentence in _SENTENCE.split(text) if _sentence_key(sentence) not in said]


def _scary(nouns: dict[str, str]) -> str:
    """The place a fear story is about ("the dark cave under the falls"; German has it in the dative)."""
    return nouns.get("scary") or nouns.get("scary_dat", "")


def _scene(
    beat: str,
    index: int,
    total: int,
    params: StoryParams,
    characters: list[Character],
    text: str,
    slots: dict[str, str],
    backdrop: Backdrop,
    setting: str,
    trail: scenes.SceneTrail,
    plot: str = "",
    mending: str = "",
    afar: str = "",
) -> SceneSpec:
    """The page's scene; `mending` names the broken thing an attempt page tries to mend (drawn there
    even where the text says only "it"), `afar` the place a fear story's attempt may look at from far
    off (drawn there, seen from where they stand)."""
    composition, mood, action = BEAT_SCENES.get(beat, BEAT_SCENES["wonder"])
    present = [
        c.name
        for c in characters
        if c.role == "hero" or re.search(rf"(?<!\w){re.escape(c.name)}(?!\w)", text)
    ]
    if scenes.EVERYONE_CAME.search(text):
        present = [c.name for c in characters]  # "Everyone came to say thank you": the friends are there
    english_goal = lexicon_for("en").worlds[params.genre].goal
    party = scenes.is_party(beat, text, params.language)
    names = [c.name for c in characters]
    # "Florence" is no town, and a place only asked about ("Shall we open a workshop?") is not where they are
    unnamed = scenes.without_questions(scenes.blank_names(text, names))
    place = scenes.place_for(beat, index, params.genre, params.setting, trail.place, unnamed, plot, party)
    props = scenes.props_for(text, params.language, present, place, names)
    if (inside := scene_details.inside_the_station(place, props)) != place:
        place = inside  # "floated into the greenhouse": the station's, not a glasshouse on the moon
        props = scenes.props_for(text, params.language, present, place, names)
    if (far := scenes.seen_from_afar(text, afar, params.language, place, names)) is not None:
        place, sights = far
        props = [*props, *(sight for sight in sights if sight.prop not in {p.prop for p in props})]
    if mending:
        props = scenes.with_thing_to_mend(props, mending, params.language, place, names)
    animals = scenes.animals_for(text, params.language, characters, place)
    animals = scene_details.families(animals, text, params.language, names)
    trail.met.extend(a.kind for a in animals if a.kind not in trail.met and not a.broken)
    if party:
        # everyone comes to the party, and the creature it was for: with something good to eat
        present = [c.name for c in characters]
        props = scenes.party_things(props, place)
        friends = {kind_of(c.bible.species, c.bible.kind).id for c in characters}
        animals = scenes.party_guests(animals, trail.met, friends, place)
    props = scenes.tidy_things(props, text, present)
    props = scene_details.worn_things(props, text, params.language, present)
    animals = scene_details.animals_on_the_sill(animals, text, params.language)
    props = scene_details.on_the_sill(props, text, params.language, animals)
    props = scene_details.earth_in_view(props, text, params.language, place)
    far_sight = any(prop.where == "background" for prop in props)
    herd = sum(a.count for a in animals if a.where in ("ground", "background")) >= scenes.HERD
    if (far_sight or herd) and composition in ("hero-left", "hero-right", "close-up"):
        # the landmark, or the herd of cows, needs the picture's width: the text goes in a band below
        composition = "wide"
    shot = scenes.shot_for(beat, index, place, composition, trail, far_sight or herd)
    trail.place, trail.shot, trail.composition = place, shot, composition
    trail.recent.append((place, shot))
    cast = scenes.cast_for(beat, present, text, place, {p.prop: p.held_by for p in props if p.held_by})
    cast = scene_details.holding_hands(cast, text, params.language)
    cast, props = scene_details.singing(cast, props, text, params.language)
    if any(a.where == "held" for a in animals) and not any(c.pose in ("hold", "hug") for c in cast):
        cast[0] = cast[0].model_copy(update={"pose": "hold"})  # "versuchte, das Lamm zu tragen"
    return SceneSpec(
        setting=setting,
        backdrop=backdrop,
        place=place,
        time_of_day=scene_details.time_in_text(text, params.language)
        or time_of_day(beat, index, total, params.genre),
        characters_present=present,
        action=fill(action, {**slots, "goal": english_goal}),
        mood=mood,
        composition=composition,
        shot=shot,
        cast=cast,
        props=props,
        animals=animals,
        text_space="top" if composition == "close-up" else "bottom",
    )


def _vocabulary(
    lexicon: Lexicon, genre: str, theme: str | None, chapters: list[Chapter]
) -> list[VocabularyWord]:
    text = " ".join(c.text for c in chapters).casefold()
    own = list(lexicon.worlds[genre].vocabulary)
    if theme in lexicon.moral_vocabulary:
        own.append(lexicon.moral_vocabulary[theme])
    others = [
        *(w for world in lexicon.worlds.values() for w in world.vocabulary),
        *lexicon.moral_vocabulary.values(),
    ]
    chosen: list[tuple[str, str]] = []
    for word, definition in [*own, *others]:
        if len(chosen) < 5 and word not in {w for w, _ in chosen} and _names(word, text):
            chosen.append((word, definition))
    for entry in own:
        if len(chosen) >= 3:
            break
        if entry not in chosen:
            chosen.append(entry)
    return [VocabularyWord(word=w, definition=d) for w, d in chosen]


def _names(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", text) is not None
