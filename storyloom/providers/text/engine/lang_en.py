"""English phrase bank of the built-in engine."""

from __future__ import annotations

from storyloom.providers.text.engine.lexicon import Lexicon
from storyloom.providers.text.engine.worlds_en import SIMPLE, WORLDS

BEATS = {
    "opening": (
        (
            "{hero} lived {place_in}|{hero} was growing up {place_in}",
            "{hero} loved to play with {friends}|{hero} spent every day with {friends}",
            "{hero} had {hero_trait}",
            "Every day was a new chance to explore",
        ),
        (
            "This is {hero}",
            "{hero} played every day with {friends}|Every day, {hero} played with {friends}",
            "{hero} lived {place_in}|{hero} was growing up {place_in}",
            "Life there was never boring",
        ),
        (
            "Once upon a time, {hero} woke up {place_in}|Early one morning, {hero} woke up {place_in}",
            ("{friends} came running over|{friends} came by to play|{friends} could not wait to play"),
            "{hero} had {hero_trait}",
            "Today felt like a day for something special",
        ),
    ),
    "meet": (
        (
            "Soon {friend} came along too|Before long, {friend} joined in|Then along came {friend}",
            "{friend} was {friend_kind}",
            "{hero} had known {friend} for ages|{hero} and {friend} had been friends for ages",
            "Every day was better together",
        ),
        (
            "{friend} was {friend_kind}",
            "{friend} was {friend_traits}",
            "{hero} and {friend} shared everything|{hero} and {friend} did everything together",
            "They liked to sit together and make plans",
        ),
        (
            (
                "{friend} came running with a big hello|"
                "{friend} hurried over to say hello|"
                "{friend} called out a cheerful hello"
            ),
            "{friend} was {friend_kind}",
            "Everyone knew {friend} was {friend_traits}",
            "{hero} was glad to have such a friend",
        ),
    ),
    "problem": (
        (
            (
                "But then something went wrong|"
                "But one day, something went wrong|"
                "Then, all of a sudden, there was trouble"
            ),
            "Oh no, {problem}|Uh-oh, {problem}",
            "{hero} stared in surprise|{hero} could hardly believe it|{hero} gasped",
            "Someone had to do something",
        ),
        (
            (
                "One morning, {hero} heard a worried cry|"
                "Suddenly, {hero} heard a worried cry|"
                "That morning, somebody called out to {hero}"
            ),
            "Oh dear, {problem}|Oh my, {problem}",
            "{hero} and {friends} looked at each other",
            "Nobody knew what to do",
        ),
    ),
    "wishing": (
        (
            (
                "Then one day, {hero} met someone new|"
                "One morning, {hero} heard a small, hopeful voice|"
                "That afternoon, someone came shyly up to {hero}"
            ),
            "{problem}",
            "{hero} listened carefully|{hero} wanted to help at once",
            "Such a wish deserved to come true",
        ),
        (
            "One day, {hero} noticed someone sitting all alone|Soon after, {hero} heard a little sigh",
            "{problem}",
            "{hero} and {friends} smiled at each other",
            "Maybe they could help",
        ),
    ),
    "setout": (
        (
            "{hero} took a deep breath|{hero} stood up tall|{hero} made up {their} mind",
            '"We will find {goal}," said {hero}',
            "{friend} nodded at once|{friend} nodded, ready to go|{friend} jumped up, ready to help",
            "They packed a snack and set off",
        ),
        (
            "{hero} pulled on {their} shoes|{hero} got ready in a flash",
            '"Let us go and look for {goal}," said {hero}',
            "{friends} followed close behind|{friends} came along at once",
            "The adventure had begun",
        ),
    ),
    "journey": (
        (
            "Before long, {obstacle}",
            "{friend} stopped short|{friend} froze",
            "{hero} took a careful look",
            "Then they found a safe way through",
        ),
        (
            "All of a sudden, {obstacle}",
            "{hero} stayed calm|{hero} did not panic",
            "{friend} stayed close",
            "In the end they managed it",
        ),
        (
            "Soon {obstacle}",
            "{hero} {hold_friend}",
            "They went slowly, step by step",
            "At last they were past it",
        ),
        (
            "Along the way, {obstacle}",
            "{friend} gulped|{friend} looked worried",
            "{hero} looked for another way",
            "Together they found a way around",
        ),
        (
            "Then {obstacle}",
            "{hero} did not stop|{hero} kept going",
            "{friend} hummed a song to stay brave",
            "Bit by bit, they kept on going",
        ),
        (
            "Further on, {obstacle}",
            "{hero} thought hard|{hero} stopped to think",
            "{friend} pointed out a safe spot",
            "They crossed it carefully, one after the other",
        ),
    ),
    "spotlight": (
        (
            (
                "{friend} had an idea: {idea}|"
                "{friend} had a clever thought: {idea}|"
                "Then {friend} thought of something: {idea}"
            ),
            "{idea_used}",
            "That was just what they needed|It was a very good idea",
            "{hero} smiled and said thank you",
        ),
        (
            "It was {friend}'s turn to help|Now {friend} could help|{friend} wanted to help too",
            "{friend}, {friend_kind}, knew a secret path|{friend}, {friend_kind}, knew a clever shortcut",
            "{hero} was glad {friend} had come",
            "They went on feeling a little stronger",
        ),
    ),
    "attempt": (
        (
            "First, {attempt}",
            "But {failure}",
            "{hero} sighed|{hero} let out a long sigh",
            "That had not worked at all",
        ),
        (
            "Next, {attempt}",
            "Oh dear, {failure}",
            "{friend} patted {hero} on the back|{friend} gave {hero} a hug",
            "They would have to think of something else",
        ),
        (
            "Then {attempt}",
            "Sadly, {failure}",
            "{hero} sat down with a bump",
            "It was harder than anyone had thought",
        ),
        ("After that, {attempt}", "But {failure}", "{hero} frowned", "Still, giving up was not an option"),
    ),
    "quiet": (
        (
            "{hero} and {friend} found a cosy spot to sit",
            "{detail}",
            "They shared a snack and caught their breath",
            "Sometimes a short rest is the best idea of all",
        ),
        (
            "Everyone needed a little break|It was time for a little break",
            "{detail}",
            "{friend} told a funny story",
            "After that, they all felt much better",
        ),
        (
            "They stopped to rest|They sat down for a rest",
            "{friend} shared some crunchy apples",
            "{detail}",
            "For a moment, everything was calm",
        ),
        ("{hero} sat quietly for a while", "{detail}", "{friend} sat close by", "Resting helped them think"),
    ),
    "doubt": (
        (
            "{hero} sat down with a heavy sigh|{hero} sat down and sighed",
            '"What if it is too hard?" whispered {hero}',
            "{friend} came and sat close by",
            "For a while, nobody said a word",
        ),
        (
            "{hero} felt tired and small|{hero} felt tired and a little sad",
            '"Maybe we cannot do it," said {hero}',
            "{friend} did not say anything",
            "{gloom}",
        ),
        (
            "Nothing was working|Nothing they tried had worked",
            "{hero}'s eyes filled with tears|{hero} felt like crying",
            "{hero} and {friends} sat close together",
            "Everything felt very quiet",
        ),
    ),
    "wonder": (
        (
            "{hero} stopped to take it all in|{hero} stood still and looked around",
            "{detail}",
            "{friend} gasped in delight",
            "Neither of them wanted to hurry",
        ),
        (
            "Everywhere {hero} looked, there was something new",
            "{detail}",
            "{friend} could not stop asking questions",
            "It felt like being inside a story",
        ),
        (
            "What a place it was|What a wonderful place it was",
            "{detail}",
            "{hero} tried to count all the colours",
            "{friend} gave up at twenty",
        ),
        ("{hero} looked all around", "{detail}", "It was all so beautiful", "{friend} laughed with joy"),
        ("They walked on and on", "{detail}", "{hero} pointed and smiled", "There was so much to see"),
    ),
    "resolution": (
        (
            "And look, {ending}",
            "{hero} cheered|{hero} jumped for joy|{hero} clapped with delight",
            "{friends} danced in a circle|{friends} twirled around and around",
            "Everyone was safe and happy",
        ),
        (
            "At last, {ending}",
            '"Hooray!" shouted {hero}',
            "{friend} clapped and clapped|{friend} laughed with joy",
            "The long day had a happy end",
        ),
    ),
    "return": (
        (
            "The day was nearly over, so they headed home",
            "{hero} and {friends} went back side by side",
            "{detail}",
            "Nobody said much, but everybody was smiling",
        ),
        (
            "Slowly, they made their way back",
            "On the way they talked about everything that had happened",
            "{detail}",
            "Home had never looked so welcoming",
        ),
        (
            "It was time to go home",
            "{hero} and {friends} walked back together",
            "{detail}",
            "Their feet were tired but their hearts were light",
        ),
    ),
    "celebration": (
        (
            (
                "That evening there was a little party|"
                "That evening everyone had a little party|"
                "Later there was a small party to celebrate"
            ),
            (
                "{friends} brought treats to share|"
                "{friends} shared yummy treats|"
                "{friends} brought a cake to share"
            ),
            "{hero} laughed and laughed|{hero} giggled all evening",
            "It was the best party in a long time",
        ),
        (
            "Everyone came to say thank you|Everybody came to say thank you",
            "{hero} blushed|{hero} smiled a shy smile",
            "{party}",
            "The day ended with songs and giggles",
        ),
    ),
    "thanks": (
        (
            "Everyone came to say thank you|Everybody came to say thank you",
            "{hero} blushed|{hero} smiled a shy smile",
            "{pal} gave {hero} a little thank-you card with a drawing on it",
            "Then everyone walked home under the first stars",
        ),
        (
            "When the last song was sung, it was time to go home",
            "{hero} and {friends} helped to tidy up|{hero} and {friends} helped to clear everything away",
            "Everyone waved goodbye until they were out of sight",
            "Their feet were tired but their hearts were full",
        ),
    ),
    "ending": (
        (
            (
                "That night, {hero} thought about the day|"
                "At bedtime, {hero} thought about the day|"
                "That night, {hero} remembered everything that had happened"
            ),
            "{lesson}",
            "{friend} could hardly keep both eyes open",
            "And {hero} smiled all the way into dreams",
        ),
        (
            "Now {hero} knew something important|Now {hero} understood something important",
            "{lesson}",
            "{friends} said goodnight",
        ),
    ),
}

THEMES = {
    "kindness": (
        (
            "{hero} saw that {friend} was sad and gave {friend} a big, warm hug",
            "That small kindness made {friend} smile",
            "Feeling better, {friend} noticed something",
            "{discovery}",
        ),
    ),
    "sharing": (
        (
            "{hero} had one last cookie and broke it in half for {friend}",
            "They ate it together on a log",
            "With full tummies, they spotted something",
            "{discovery}",
        ),
    ),
    "bravery": (
        (
            "{hero} was scared, but took one brave step forward",
            "Then another, and another",
            "Being brave did not mean not being scared",
            "And there it was: {discovery}",
        ),
    ),
    "honesty": (
        (
            '{hero} told the truth: "I was not looking carefully, so we missed it."',
            "Everyone was glad to know the truth",
            "Now they could look in the right place",
            "{discovery}",
        ),
    ),
    "patience": (
        (
            "{hero} decided to wait and watch very carefully",
            "They waited and waited",
            "Slowly, something moved",
            "{discovery}",
        ),
    ),
    "teamwork": (
        (
            '{hero} said, "Let us try together this time."',
            "Everyone did one part of the job",
            "Working together, they saw the answer",
            "{discovery}",
        ),
    ),
    "perseverance": (
        (
            '{hero} stood up and said, "I will try one more time."',
            "This time {hero} looked very carefully",
            "Trying again was the secret",
            "{discovery}",
        ),
    ),
    "friendship": (
        (
            '{hero} {hold_friend} and said, "We will do it as friends."',
            "Friends help each other in hard times",
            "Together they looked one more time",
            "{discovery}",
        ),
    ),
    "gratitude": (
        (
            "{hero} stopped to thank {friends} for all their help",
            "Everyone felt warm inside",
            "And as they smiled, {hero} noticed something",
            "{discovery}",
        ),
    ),
    "curiosity": (
        (
            "{hero} asked a new question: where have we not looked yet",
            "Asking questions is how we learn",
            "They thought about the answer",
            "{discovery}",
        ),
    ),
    "listening": (
        (
            "{hero} stopped talking and listened to {friend}",
            "{friend} had seen something small",
            "Listening made all the difference",
            "{discovery}",
        ),
    ),
}

THEME_KEYWORDS = {
    "sharing": ("shar", "give", "giving"),
    "kindness": ("kind", "nice", "care", "caring", "help", "gentle"),
    "bravery": ("brave", "courage", "fear", "afraid", "scared"),
    "honesty": ("honest", "truth", "lie"),
    "patience": ("patien", "wait"),
    "teamwork": ("together", "team"),
    "perseverance": ("give up", "try", "keep going", "persever", "practice"),
    "friendship": ("friend",),
    "gratitude": ("thank", "grateful", "gratitude"),
    "curiosity": ("learn", "curio", "question", "wonder"),
    "listening": ("listen",),
}

TITLES = {
    "opening": ("Meet {hero}", "A Morning Like Any Other", "Where {hero} Lived"),
    "meet": ("A Friend Called {friend}", "Hello, {friend}"),
    "problem": ("Something Is Wrong", "Oh No!"),
    "wishing": ("A Wish", "A Little Wish"),
    "setout": ("Off We Go", "The Search Begins"),
    "journey": (
        "Along the Way",
        "A Tricky Path",
        "Onwards",
        "Over and Around",
        "Step by Step",
        "Further Still",
        "The Long Way Round",
        "Keep Going",
    ),
    "spotlight": ("{friend} Helps", "{friend}'s Idea", "Thanks to {friend}", "{friend} to the Rescue"),
    "attempt": ("A First Try", "Not Quite", "Another Idea", "Try, Try Again", "One More Go", "Still Trying"),
    "quiet": (
        "A Little Rest",
        "Catching Breath",
        "A Quiet Moment",
        "Slowing Down",
        "A Breather",
        "Time to Think",
    ),
    "doubt": ("A Hard Moment", "Feeling Small", "When Everything Felt Hard", "A Wobbly Moment"),
    "wonder": (
        "So Much to See",
        "A Beautiful Place",
        "Look at That!",
        "A Place to Remember",
        "Eyes Wide Open",
        "What a View",
        "Wonders Everywhere",
        "Stopping to Look",
    ),
    "turn": ("A New Way", "The Turning Point"),
    "resolution": ("Found It!", "Hooray!"),
    "return": ("The Way Home",),
    "celebration": ("A Little Party", "Thank You, {hero}"),
    "thanks": ("Thank You, {hero}", "Time to Say Goodbye"),
    "ending": ("Goodnight", "What {hero} Learned"),
}


# Thoughts and asides that older readers (ages 9-12) get on top of each page's events.
REFLECTIONS = (
    "{hero} wondered whether every great adventure felt this uncertain in the middle",
    "Somewhere ahead, {goal} was waiting, and that thought kept {hero} going",
    "{friend} noticed how carefully {hero} was thinking, and decided to stay close",
    "It is strange how a single afternoon can feel as long as a whole week",
    "{hero} remembered something Grandma always said about patience and small steps",
    "The further they went, the more {hero} understood that the journey mattered too",
    "Nobody said it out loud, but everyone was a little nervous",
    "{hero} made a list in {their} head of everything they had already tried",
    "Every new sound made {friend} look around, curious and alert",
    "At moments like this, {hero} liked to imagine what the explorers in storybooks would do",
    "The problem seemed enormous, but {hero} tried to think about it one piece at a time",
    "{friend} hummed quietly, which usually meant an idea was on its way",
    "{hero} thought about how different the morning had felt, and how much had happened since",
    "{friend} was being very patient, and {hero} was grateful for that",
    "Every step brought them a little closer, even when it did not feel like it",
    "{hero} had a feeling that today would be a story worth telling later",
    "It is funny how the hardest part of a problem is often just getting started",
    "{hero} tried to remember every detail, in case it turned out to be important",
    "Nobody complained, although everybody was a little tired",
    "{hero} kept turning the problem over and over in {their} mind",
    "There was no hurry, {hero} decided, and careful was better than quick",
    "{friend} kept glancing at {hero}, as if to check that everything was all right",
)

LEXICON = Lexicon(
    language="en",
    and_word="and",
    list_and="and",
    lowercase_starters=frozenset(
        {
            "the",
            "a",
            "an",
            "it",
            "they",
            "there",
            "everyone",
            "nobody",
            "someone",
            "that",
            "this",
            "then",
            "soon",
            "but",
            "still",
            "life",
            "every",
            "today",
            "their",
            "now",
            "for",
            "bit",
        }
    ),
    worlds=WORLDS,
    simple=SIMPLE,
    reflections=REFLECTIONS,
    beats=BEATS,
    themes=THEMES,
    theme_keywords=THEME_KEYWORDS,
    titles=TITLES,
    hero_traits=(
        "a head full of questions",
        "a laugh that made everyone smile",
        "quick feet and a big heart",
        "a pocket full of treasures",
        "a great love of adventure",
        "a gentle way with animals",
    ),
    default_traits=("kind and funny", "clever and calm", "quick and cheerful", "shy but very brave"),
    kinds={
        "hedgehog": "a little hedgehog",
        "owl": "a wise owl",
        "fox": "a clever fox",
        "robot": "a small robot",
        "dragon": "a friendly dragon",
        "unicorn": "a shy unicorn",
        "puppy": "a bouncy puppy",
        "kitten": "a curious kitten",
        "turtle": "a slow turtle",
        "dolphin": "a playful dolphin",
        "squirrel": "a quick squirrel",
        "bear": "a gentle bear",
        "rabbit": "a soft rabbit",
        "mouse": "a tiny mouse",
        "frog": "a jumpy frog",
        "duck": "a cheerful duck",
    },
    description="{genre_phrase} for {hero} about {goal}.",
    genre_phrases={
        "adventure": "An adventure story",
        "fantasy": "A fantasy story",
        "fairy tale": "A fairy tale",
        "space": "A space story",
        "animals": "An animal story",
        "bedtime": "A bedtime story",
        "mystery": "A mystery",
        "friendship": "A friendship story",
        "science": "A science story",
        "ocean": "An ocean story",
    },
    questions=(
        "What went wrong at the start of the story, and how did {hero} feel?",
        "Why do you think the first tries did not work?",
        "What did {hero} do that helped the most, and when could you do the same?",
    ),
    moral_vocabulary={
        "kindness": ("kindness", "being friendly, caring and gentle to others"),
        "sharing": ("share", "to give part of what you have to someone else"),
        "bravery": ("brave", "ready to do something even when you feel scared"),
        "honesty": ("truth", "what really happened"),
        "patience": ("wait", "to stay calm until something happens"),
        "teamwork": ("together", "with each other"),
        "perseverance": ("try", "to do your best to do something"),
        "friendship": ("friends", "people who like and help each other"),
        "gratitude": ("thank", "to tell someone you are glad for what they did"),
        "curiosity": ("question", "something you ask to find out"),
        "listening": ("listened", "paid attention to what someone said"),
    },
    setting_place_in="in {setting}",
    article_rules={"_articles": "a an the my our"},
)
