"""English turning points: how the hero acts out each moral, and how that solves the problem.

Each turning point is (the hero's act, how the act leads the characters to the answer); the page
then states the answer itself (the world's `discovery`), so the solution is always on the page
where it happens. Slots: hero, friend, friends, their, moral_quote.
"""

from __future__ import annotations

TURNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sharing": (
        (
            "{hero} had one last snack and broke it in half for {friend}",
            "Full of energy again, {friend} climbed up high to look, and called {hero} over",
        ),
        (
            "{hero} let {friend} have the first turn with {their} magnifying glass",
            "Through the glass, {friend} spotted a tiny clue, and they followed it side by side",
        ),
    ),
    "courage": (
        (
            "{hero} was scared of the dark corner nobody had checked, but took one brave step into it",
            "Step by step, with {friend} close behind, {hero} looked right into that corner",
        ),
        (
            "{hero} felt afraid, but {hold_friend} and went first",
            "Being brave meant going where nobody had dared to look, and that was the right place",
        ),
    ),
    "perseverance": (
        (
            '{hero} stood up and said, "Let us try one more time."',
            "This time {hero} and {friend} searched slowly, one spot after another",
        ),
        (
            "{hero} was tired, but did not give up",
            "{hero} and {friend} went back to the very first place and looked again, more carefully",
        ),
    ),
    "honesty": (
        (
            '{hero} told the truth: "I was not looking carefully, and I rushed past one place."',
            "So {hero} and {friend} went back to that place together",
        ),
        (
            "{hero} owned up to forgetting to check the last corner",
            "Thanks to the truth, {friend} knew exactly where to look next",
        ),
    ),
    "patience": (
        (
            "{hero} decided to sit very still and wait",
            "After a long, quiet while, {friend} heard a tiny sound, and they followed it",
        ),
        (
            "{hero} took a deep breath and slowed right down",
            "Step by slow step, {hero} and {friend} looked under, behind and inside everything",
        ),
    ),
    "trying_new": (
        (
            "{hero} had never climbed so high before, but decided to try",
            "From the top, {hero} could see everything, and showed {friend} the way",
        ),
        (
            "{friend} pointed to a path they had never taken, and {hero} said yes",
            "The new path led them straight to the answer",
        ),
    ),
    "mistakes": (
        (
            "{hero} noticed the map had been upside down the whole time",
            '"Oops, my mistake," laughed {hero}, and turned it the right way, so now the way was clear',
        ),
        (
            "{hero} took a wrong turn and ended up somewhere they had not searched",
            '"A mistake can show the way," said {friend}, and they looked around',
        ),
    ),
    "be_yourself": (
        (
            "{hero} stopped trying to do it like everyone else and did it {hero}'s own way",
            "{hero} hummed {their} favourite silly song, the song echoed back from one spot, and they "
            "looked there",
        ),
        (
            "{hero} had a funny idea and tried it, even though nobody else would have",
            "It was the kind of idea only {hero} could have, and {friend} helped to make it work",
        ),
    ),
    "gratitude": (
        (
            "{hero} stopped to thank {friend} for every step of the way",
            "Warm and happy, {friend} remembered a place they had passed, and they went back to it",
        ),
        (
            "{hero} said thank you to everyone who had helped so far",
            "One of them smiled and pointed, and {hero} and {friend} hurried that way",
        ),
    ),
    "teamwork": (
        (
            '{hero} said, "Let us each do one part."',
            "{friend} held the light while {hero} looked, and together they saw it",
        ),
        (
            "{hero} and {friend} made a plan: one would look high and one would look low",
            "Working as a team, they checked every spot twice as fast",
        ),
    ),
    "listening": (
        (
            "{hero} stopped talking and listened to {friend}",
            "{friend} had seen something small and shiny, and they went to look",
        ),
        (
            "{hero} listened to every little sound around them",
            "One soft sound was different, and {hero} and {friend} followed it",
        ),
    ),
    "tidiness": (
        (
            '{hero} said, "Let us tidy up first, so we can see properly."',
            "{hero} and {friend} put everything back in its place, one thing at a time",
        ),
        (
            "{hero} and {friend} sorted the big jumble into neat piles",
            "Under the very last pile, the answer was waiting",
        ),
    ),
    "healthy": (
        (
            "{hero} and {friend} stopped for a drink of water and some crunchy fruit",
            "Full of fresh energy, they ran up the last slope and looked down",
        ),
        (
            "{hero} washed {their} hands and ate a good, healthy snack with {friend}",
            "With strong legs and clear heads, they searched the last place properly",
        ),
    ),
    "bedtime": (
        (
            '{hero} yawned and said, "Let us rest, and look again after a good sleep."',
            "After a long nap, with fresh eyes, {hero} and {friend} saw what they had missed",
        ),
        (
            "{hero} curled up for a short sleep, and {friend} did too",
            "When they woke up, rested and clear-headed, {hero} knew just where to look",
        ),
    ),
    "friendship": (
        (
            '{hero} {hold_friend} and said, "We will do it as friends."',
            "Two friends see more than one, and side by side they looked once more",
        ),
        (
            "{hero} noticed that {friend} was sad and stayed close",
            "Cheered up, {friend} remembered something important and whispered it to {hero}",
        ),
    ),
    "helping": (
        (
            "{hero} saw that {friend} could not go on alone and offered a hand",
            "As {hero} helped {friend} up, they both looked down and saw it",
        ),
        (
            "{hero} helped {friend} carry the heavy bag",
            "With the load shared, they reached the last place before dark and searched it",
        ),
    ),
    "kindness": (
        (
            "{hero} saw that {friend} was sad and gave {friend} a big, warm hug",
            "Feeling better, {friend} had an idea, and {hero} followed it",
        ),
        (
            "{hero} gently helped a lost little one find the way back home",
            "On the way back, {hero} and {friend} passed the one place they had not checked",
        ),
    ),
    "forgiveness": (
        (
            '{friend} had wandered off and made them lose time, but {hero} said, "It is all right."',
            "Friends again, they searched side by side, and four eyes saw more than two",
        ),
        (
            "{hero} and {friend} had argued, but {hero} said sorry and forgave {friend} too",
            "No longer cross, they put their two ideas together, and the answer was clear",
        ),
    ),
    "manners": (
        (
            "{hero} asked everyone politely, with a please and a thank you",
            "Glad to help such a polite child, someone showed them the way",
        ),
        (
            '{hero} knocked softly and said, "Please, may we look here?"',
            "The answer was yes, and there they looked",
        ),
    ),
    "inclusion": (
        (
            "{hero} asked a lonely newcomer to join the search",
            "The newcomer knew this place well and led them right to the answer",
        ),
        (
            "{hero} made sure that {friend}, the smallest, had an important job too",
            "Being small, {friend} squeezed into a narrow gap and found the answer there",
        ),
    ),
    "nature": (
        (
            "{hero} moved the plants aside gently instead of trampling them",
            "Behind the last leaf, just where a careful hand would look, was the answer",
        ),
        (
            "{hero} and {friend} picked up every scrap of litter on the way",
            "Under the very last scrap lay the clue they needed",
        ),
    ),
    "fair_play": (
        (
            '{hero} wanted to go first again, but stepped back and said, "It is {friend}\'s turn now."',
            "On that turn, {friend} looked somewhere new and spotted what they had all missed",
        ),
        (
            "{hero} lost a quick race to {friend} but cheered instead of sulking",
            "Laughing together, they got their breath back and looked at everything again with fresh eyes",
        ),
    ),
    "calm": (
        (
            "{hero} felt cross and wanted to stamp, but took three slow breaths instead",
            "Calm again, {hero} could think clearly, and thought of one place they had not looked",
        ),
        (
            "{hero} counted slowly to ten, and the angry feeling got smaller",
            "With a calm head, {hero} told {friend} a new idea, and they tried it",
        ),
    ),
    "responsibility": (
        (
            "{hero} had promised to help, and kept that promise",
            "{hero} went back to the start and checked each place again with {friend}",
        ),
        (
            '{hero} said, "This is my job, and I will finish it."',
            "{hero} and {friend} made a list and crossed off one place after another",
        ),
    ),
    "curiosity": (
        (
            '{hero} asked a new question: "Where have we not looked yet?"',
            "{friend} thought hard, and they went to the one place nobody had named",
        ),
        (
            "{hero} got curious about a strange little sound",
            "They followed it, around a corner and under a ledge, to the answer",
        ),
    ),
}

SHARED: dict[str, tuple[tuple[str, str], ...]] = {
    "toys": (
        (
            "{hero} fetched {their} favourite toys and shared every one of them with {friend}",
            "Playing side by side, {friend} noticed something they had both missed, and called {hero} over",
        ),
    ),
    "books": (
        (
            "{hero} opened {their} favourite book and shared it with {friend}, page by page",
            "In one of its pictures, {friend} saw a clue that showed the way",
        ),
    ),
    "crayons": (
        (
            "{hero} shared {their} crayons with {friend}, even the very best colour",
            "With them, {friend} drew a map of every place they had tried, "
            "and the map showed the one place left",
        ),
    ),
    "treats": (
        (
            "{hero} had one last treat and broke it in half for {friend}",
            "Full of energy again, {friend} climbed up high to look, and called {hero} over",
        ),
    ),
}
"""The hero sharing the very thing a sharing moral names ("Share your toys"), and how that leads on."""

ANY_PROBLEM: dict[str, tuple[str, ...]] = {
    "honesty": (
        '{hero} owned up: "That last try went wrong because I rushed it."',
        '{hero} told the truth, even though it was hard: "I was scared, and I pretended I was not."',
    ),
    "mistakes": (
        '{hero} had got it wrong twice, but laughed and said, "Mistakes help me learn."',
        "{hero} looked hard at what had gone wrong, and saw exactly why",
    ),
}
"""The hero's act for a moral whose turning points above are all searches, for a story that is not
about something lost (the other morals keep the acts above that are not searches)."""

UNKNOWN: tuple[tuple[str, str], ...] = (
    (
        "{hero} remembered the words {their} family liked to say: {moral_quote}",
        "So {hero} did just that, with {friend} joining in, and that was how they found the answer",
    ),
    (
        "{hero} thought of something important: {moral_quote}",
        "{hero} acted on it straight away, and with {friend}'s help it showed them the way",
    ),
)

LESSON = (
    "{hero} remembered what the day had shown: {moral_quote}",
    "Deep inside, {hero} held on to one thought: {moral_quote}",
)
"""The ending's line that names the moral, once, in the customer's words."""

LESSON_KEPT = (
    "{hero} would remember this day for a long time",
    "{hero} knew that today had taught something important",
)
"""The ending's line when the customer's words were already said at the turning point."""

QUOTES = ("“", "”")

NOTICING = (
    "{hero} noticed that {detail}",
    "{friend} whispered that {detail}",
    "Nearby, {detail}",
    "{hero} saw that {detail}",
    "For a while, {hero} just watched: {detail}",
)
"""A quiet sentence about the place, for a page whose usual words were all said already."""

DIALOGUE = (
    '"Look over there!" said {friend}',
    '"What do you think we should do?" asked {hero}',
    '"I am right here with you," said {friend}',
    '"We can do this," whispered {hero}',
    '"Wait for me!" called {friend}',
    '"Did you hear that?" asked {friend}',
    '"Let me think for a moment," said {hero}',
    '"That was close!" laughed {friend}',
    '"Which way now?" asked {hero}',
    '"Stay close to me," said {hero}',
    '"I have a funny feeling about this," said {friend}',
    '"Keep going, we are nearly there," said {hero}',
)
"""What the characters say on the way, for early readers and chapter books."""

LOST_TITLES = (
    "{hero} and the Search for {goal}",
    "{hero}, {friend} and {goal}",
    "{hero} Looks for {goal}",
)
"""Titles of a story about a lost thing, naming it (`{goal}`) and the first companion (`{friend}`)."""

GLOOM: dict[str, tuple[str, ...]] = {
    "sky": ("The sky grew a little darker", "A grey cloud slid across the sun"),
    "water": ("The water seemed to grow a little darker", "Even the fish swam away into the shadows"),
    "space": (
        "Even the stars seemed to shine a little less brightly",
        "Outside the window, space looked very big",
    ),
    "indoors": (
        "The room seemed to grow a little dimmer",
        "The corners of the room looked dark and far away",
    ),
    "any": ("Everything seemed a little greyer than before", "Even the light seemed to fade a little"),
}
"""A low moment's weather, fitting the place: no sky under the sea, indoors or on a space station."""

PARTY: dict[str, tuple[str, ...]] = {
    "green": ("{friends} made a crown of flowers", "{friends} hung garlands of leaves between the branches"),
    "shore": ("{friends} made necklaces of shiny shells", "{friends} drew a giant smiling sun in the sand"),
    "sea": ("{friends} blew rings of sparkling bubbles", "{friends} made necklaces of shiny shells"),
    "space": ("{friends} hung up a string of twinkling lights", "{friends} cut out paper stars for everyone"),
    "snow": ("{friends} built a snowman wearing a party hat", "{friends} lit little lanterns in the snow"),
    "indoors": ("{friends} hung paper garlands across the room", "{friends} made paper crowns for everyone"),
    "any": (
        "{friends} made paper crowns for everyone",
        "{friends} hung up colourful bunting",
        "{friends} made up a thank-you song",
        "{friends} played a silly game of musical statues",
    ),
}
"""What the friends make or do at the party, fitting the place (no flower crowns in space)."""

HOLD: dict[str, str] = {
    "hand": "held {friend}'s hand",
    "wing": "held {friend}'s wing",
    "paw": "held {friend}'s paw",
    "fin": "held on to {friend}'s fin",
    "flipper": "held {friend}'s flipper",
    "trunk": "held on to {friend}'s trunk",
    "claw": "held {friend}'s claw very gently",
    "close": "stayed close beside {friend}",
}
"""Holding on to a companion, by what the companion has to hold: no owl has a hand."""

IDEAS: tuple[tuple[str, str], ...] = (
    ("they could take turns to lead the way", "So they took turns at the front, and nobody grew too tired"),
    (
        "they could each keep an eye on a different side",
        "So each of them looked one way, and nothing slipped past them",
    ),
    ("they could sing as they went", "So they sang as they went, and the way felt much shorter"),
    ("they could count out loud together", "So they counted out loud together, and nobody fell behind"),
    (
        "they could say out loud everything they knew so far",
        "So they went over it all, and saw at once what was still left to do",
    ),
)
"""A companion's clever thought on its own page (`{idea}`) and how it is used there (`{idea_used}`)."""

INTRODUCTION = "{friend} was {friend_kind}"
"""Who a companion is, said where the book first names them (the meet page says it the same way)."""

CURIOUS_PROBLEM: tuple[tuple[str, ...], ...] = (
    (
        "Then something curious began to happen|But then something very curious happened",
        "{problem}",
        "{hero} and {friends} looked at each other in wonder",
        "Who could it be?",
    ),
    (
        "One morning, {hero} found a surprise|That morning, {hero} noticed something strange and lovely",
        "{problem}",
        "{hero}'s eyes grew wide|{hero} smiled a puzzled smile",
        "It was a real puzzle",
    ),
)
CURIOUS_PROBLEM_TITLES = ("A Curious Surprise", "Who Could It Be?")
"""The problem page of a pleasant puzzle (gifts left every morning), and its titles: a surprise to
wonder at, not a worried cry."""
