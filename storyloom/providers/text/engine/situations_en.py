"""English sentences of a chapter book's page drawn from its situation (see situations.py)."""

from __future__ import annotations

BEFORE: dict[str, tuple[str, ...]] = {
    "lost": (
        "{hero} kept picturing {lost} lying somewhere nobody had thought of, waiting patiently to be noticed",
        "Whenever {friend} asked where {lost} could possibly be, {hero} answered with a new guess, each one "
        "a little wilder than the last",
        "Without {lost}, the whole day felt strangely unfinished, like a story missing its most "
        "important page",
        "{hero} tried to remember the very last moment anyone had seen {lost}, but the memory kept slipping "
        "away",
        '"If we think like {lost}, we will find it," {friend} declared, which made no sense at all and '
        "somehow helped",
        "{hero} searched every pocket twice, just in case {lost} had been there the whole time",
    ),
    "broken": (
        "{hero} kept thinking about {thing}, and about how quiet and sad everything seemed without it",
        "Whenever {friend} mentioned {thing}, {hero} imagined all the pieces fitting neatly back "
        "together again",
        "Mending something properly takes patience, and {hero} was beginning to understand how much",
        "{friend} wondered aloud whether {thing} could ever be as good as new, and {hero} refused to believe "
        "otherwise",
        "{hero} counted the pieces of {thing} again, to be sure that not a single one had gone missing",
        '"Broken things can be mended," said {friend}, "but only by people who do not give up halfway."',
    ),
    "need": (
        "{hero} could not stop thinking about {creature_def}, somewhere out there and probably very "
        "frightened",
        "Every few minutes {friend} stopped to listen, hoping to hear {creature_def} calling from somewhere "
        "nearby",
        "Helping someone who is lost is serious work, and {hero} was determined to do it properly",
        "{hero} promised quietly that nobody would rest until {creature_def} was safe and warm again",
        "{hero} wondered whether {creature_def} was hungry, and saved the best bit of the snack just in case",
        '"We are coming," {friend} called softly, although {creature_def} was still much too far away to '
        "hear",
    ),
    "fear": (
        "{hero} glanced towards {scary} and felt a small shiver run all the way down to {their} toes",
        "Whenever anybody mentioned {scary}, {friend} suddenly became very interested in looking "
        "somewhere else",
        "Being scared is not the same as being a coward, {hero} reminded everybody, including {their} own "
        "wobbly knees",
        "The closer they came to {scary}, the louder the strange noise seemed, and the slower everyone "
        "walked",
        "{hero} tried to imagine what could possibly be making that noise inside {scary}, and every "
        "guess was stranger",
        '"If we go together, it will only be half as scary," said {friend}, which sounded very sensible',
    ),
    "wish": (
        "{hero} kept imagining the look on the face of {creature_def} when the wish finally came true",
        "Planning a surprise is harder than it sounds, because every good idea seems to need three more",
        "{friend} made a list of everything a really good party needs, and it was a surprisingly long list",
        "{hero} whispered to {friend} that nobody should ever have to wait for ever for a wish to come true",
        "{hero} thought about balloons, songs and cake, and wondered which of them {creature_def} would "
        "like best",
        '"A wish is only a plan that has not started yet," said {friend}, looking very pleased with the idea',
    ),
    "mystery": (
        "{hero} wrote every clue in a small notebook, because a detective who forgets the clues has "
        "nothing left to think with",
        "Every time {friend} suggested a new suspect, {hero} asked which clue pointed to them, and usually "
        "none did",
        "A good detective, {hero} decided, does not guess first and look afterwards, but looks carefully "
        "and guesses last",
        "{friend} wondered aloud why anyone would steal soft things, and the question stayed with {hero} "
        "for the rest of the afternoon",
        "{hero} studied the clues again, certain that the answer was hiding somewhere inside them",
        '"A puzzle is only a story with its last page missing," said {friend}, rather pleased with the idea',
    ),
    "gifts": (
        "{hero} lined up every gift in a row and studied them, as if they might whisper who had brought them",
        "{friend} thought that a secret giver must be very shy, or very kind, or perhaps a little of both",
        "It is a strange feeling to be given presents by someone you have never met, {hero} decided",
        "Every new gift made the puzzle a little bigger, and {hero} a little more curious",
        "{hero} wondered what a giver who never showed their face could possibly want in return",
    ),
    "noise": (
        "{hero} tapped three times on a stone to hear how the sound carried, and it carried a long way",
        "{friend} whispered that a noise with nobody making it was the best kind of puzzle",
        "Each evening they listened harder, and each evening the tapping seemed a little more shy",
        "{hero} drew a map of every place the tapping had been heard, and the marks all bunched together",
        "A noise, {hero} decided, is only a clue that you hear instead of see",
    ),
}
"""What the characters think and say about the story's problem before it is solved, per problem shape."""

GOAL: tuple[str, ...] = (
    "Every step they took brought them a little closer to {goal}, even the steps that felt like going "
    "backwards",
    "{hero} kept {goal} firmly in mind, the way a sailor keeps an eye on the one bright star",
    "Nobody had said so out loud, but everyone knew that {goal} mattered more than being tired",
    "{friend} asked whether they were any closer to {goal}, and {hero} said yes, because it felt true",
    "Whenever the way grew hard, {hero} thought about {goal} and found a little more strength somewhere",
    "{friend} said that {goal} was worth every muddy step, and nobody disagreed",
    "It was strange to think that {goal} might be just around the next corner, or still very far away",
    "{hero} imagined how it would feel once they had {goal} at last, and walked a little faster",
    "Even when the talk turned to other things, everybody's thoughts kept drifting back to {goal}",
    "{hero} decided that {goal} was worth at least one more try, and probably several more after that",
)
"""Frames about the problem's `{goal}` before it is reached."""

AFTER: dict[str, tuple[str, ...]] = {
    "lost": ("Every now and then {hero} checked that {lost} was still safe, just to be completely sure",),
    "broken": ("{hero} ran a finger over {thing} and could hardly see where it had been broken",),
    "need": ("{creature_def} kept close to {hero}, as if to say thank you in the only way it knew",),
    "fear": (
        "Now that they knew the truth, {scary} did not seem frightening at all, only a little mysterious",
    ),
    "wish": (
        "{creature_def} looked so happy that {hero} decided this had been the best idea of the whole year",
    ),
    "mystery": (
        "{hero} closed the notebook of clues with a satisfied snap, because every single clue had fitted "
        "in the end",
    ),
    "gifts": ("{hero} kept every one of the gifts in a little box, and each of them now meant thank you",),
    "noise": (
        "Now, whenever the soft tapping began, everybody smiled, because they knew exactly who was "
        "having supper",
    ),
}
"""What the characters say about the problem once it is solved, per problem shape."""

PLACE: tuple[str, ...] = (
    "While {friend} thought it over, {hero} looked around and noticed that {detail}, which somehow made "
    "everything feel a little calmer",
    "{friend} pointed out that {detail}, and for a moment they both simply stood and watched",
    "It was the kind of place where {detail}, and {hero} tried hard to remember every bit of it",
)
"""Frames for a detail of the story's place (`{detail}`, a clause)."""

COMPANION: tuple[str, ...] = (
    "{friend} was {friend_kind}, after all, and knew a few things about this place that nobody else did",
    "{hero} was very glad to have {friend} along, because {friend} was {friend_traits}",
    "{friend} stayed close to {hero} the whole time, ready to help the moment help was needed",
    "{hero} noticed that {friend} had gone quiet, and nudged {friend} gently until a smile came back",
)
"""Frames about the page's companion (`{friend_kind}` with its article, `{friend_traits}`)."""
