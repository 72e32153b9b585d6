"""English phrases of early readers' and chapter books' pages (see chapters.py)."""

from __future__ import annotations

from storyloom.providers.text.engine.chapters import Thread

EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "curious": (
        (
            '"Who do you think it could be?" asked {friend}, eyes shining',
            '"Someone kind, that much is certain," said {hero}, "and someone very good at not being seen."',
            "They both grinned, because a friendly puzzle is the best kind there is",
        ),
        (
            '"Do you think they will come again tomorrow?" wondered {friend}',
            '"I hope so," said {hero}, "and this time we will be ready to look."',
            "{friend} nodded so hard that it looked like a little dance",
        ),
        (
            '"What if it is someone very small?" asked {friend}',
            '"Or someone very shy," said {hero}, "then we must be very gentle."',
            "They whispered their guesses to each other, each one sillier than the last",
        ),
        (
            '"I love a good puzzle," said {friend}, almost hopping with excitement',
            '"So do I," said {hero}, "especially one with a kind answer."',
            "And so the two of them put their heads together",
        ),
        (
            '"Should we write down everything we have noticed?" asked {friend}',
            '"Every single thing," said {hero}, "even the things that seem too small to matter."',
            "Before long the list was surprisingly long",
        ),
        (
            '"It is a bit like getting a letter without a name on it," said {friend}',
            '"Then we will find out who wrote it," said {hero}, "and write back."',
            "{friend} liked that plan very much",
        ),
    ),
    "calm": (
        (
            '"Do you ever wonder what is waiting around the next corner?" asked {friend}',
            '"All the time," said {hero}, "and that is exactly why I love exploring with you."',
            "They grinned at each other, because both of them already knew the answer",
        ),
        (
            '"Listen," whispered {friend}, "everything sounds different when we are quiet."',
            '"You are right," {hero} whispered back, "it is like the place is telling us a secret."',
            "For a while neither of them said another word, and the silence felt comfortable and warm",
        ),
        (
            '"If you could keep one moment of today forever, which would it be?" asked {friend}',
            '"This one, probably," said {hero}, "but ask me again tonight."',
            "{friend} laughed and promised to remember the question",
        ),
        (
            '"I am glad you are here," {friend} said suddenly, without looking up',
            '"So am I," answered {hero}, surprised by how much those words meant',
            "Sometimes the most important things are said in the fewest words",
        ),
        (
            '"Should we remember this place for another day?" asked {hero}',
            '"Definitely," said {friend}, "we could come back when we are not in a hurry."',
            "{hero} looked around slowly, trying to memorise every detail",
        ),
        (
            '"Can I tell you something silly?" asked {friend}',
            '"Silly things are my favourite things," said {hero}',
            "{friend} told a story so ridiculous that they both had to hold their stomachs from laughing",
        ),
        (
            '"What do you think about when you cannot sleep?" {friend} asked',
            '"Adventures, mostly," admitted {hero}, "and sometimes breakfast."',
            "That answer made {friend} giggle for a long time afterwards",
        ),
        (
            '"Have you noticed how different everything looks from here?" asked {hero}',
            '"Everything looks smaller and more interesting at the same time," said {friend} thoughtfully',
            "They argued happily about whether that was even possible",
        ),
        (
            '"Tell me the best thing that happened to you this week," said {friend}',
            '"Today is not finished yet, so I am still deciding," answered {hero} with a wink',
            "{friend} rolled both eyes, but could not stop smiling",
        ),
        (
            '"I wish every day could be as interesting as this one," sighed {friend}',
            '"Then we will just have to keep finding interesting things," said {hero}',
            "It sounded like an excellent plan to both of them",
        ),
        (
            '"What is the strangest thing you have ever seen?" asked {friend}',
            '"Probably my own face first thing in the morning," said {hero}',
            "{friend} laughed so hard that it took a long time to stop",
        ),
        (
            '"Do you think anyone has ever been exactly here before?" wondered {hero}',
            '"Maybe, but never with us," said {friend}, "so it still counts as discovering."',
            "That seemed like a perfectly reasonable argument to both of them",
        ),
    ),
    "worried": (
        (
            '"What if we never find {goal}?" asked {friend} in a small voice',
            (
                '"Then we will keep looking until we do," said {hero}, trying hard to sound braver than '
                "anybody felt"
            ),
            "{friend} nodded slowly, although nobody looked completely convinced",
        ),
        (
            '"Maybe this is all my fault," said {friend}, staring at the ground',
            '"It is nobody\'s fault," {hero} answered firmly, "and blaming ourselves will not help anyone."',
            "The words sounded sensible, and little by little {friend} stopped staring at the ground",
        ),
        (
            '"I do not like this feeling at all," murmured {friend}',
            '"Neither do I," admitted {hero}, "but feelings change, and so can this day."',
            "They stood close together, shoulder to shoulder, until the worst of it passed",
        ),
        (
            '"Do you have a plan?" asked {friend} hopefully',
            '"Not yet," said {hero}, "but I am working on one, I promise."',
            "{hero} frowned in concentration, and {friend} decided not to interrupt",
        ),
        (
            '"Should we go back?" asked {friend} quietly',
            '"Not yet," said {hero}, "let us think for one more minute."',
            "{friend} nodded and waited, and the minute felt very long",
        ),
        (
            '"I am not sure about this any more," whispered {friend}',
            '"Me neither," said {hero}, "but I am glad you are here."',
            "That made both of them feel a tiny bit better",
        ),
    ),
    "busy": (
        (
            '"Which way should we go now?" asked {friend}, looking left and then right',
            '"Let us think about it carefully before we decide," said {hero}',
            "So they stopped, considered every possibility, and chose the path that seemed most sensible",
        ),
        (
            '"I think we are getting closer," said {friend}, with a hopeful little hop',
            '"I hope you are right," replied {hero}, "because my legs are getting tired."',
            "They both laughed, and the laughter gave them enough energy to keep going",
        ),
        (
            '"Be careful here," warned {hero}, "it looks more difficult than it did from far away."',
            '"I will go slowly," promised {friend}, "one careful step at a time."',
            "Moving slowly turned out to be exactly the right idea",
        ),
        (
            '"Do you remember what we have tried already?" asked {hero}',
            '"Every single thing," sighed {friend}, counting them off one by one',
            "Somehow, listing everything out loud made the problem seem a little smaller",
        ),
        (
            '"What would a real explorer do now?" wondered {friend}',
            '"Probably eat a snack and think," said {hero} with a serious face',
            "So that is exactly what they did, and the snack definitely helped",
        ),
        (
            (
                '"Wait, did you notice that?" asked {friend}, stopping so suddenly that {hero} almost '
                "bumped into {friend}"
            ),
            '"Notice what?" asked {hero}, looking around in every direction',
            "It turned out to be nothing important, but from then on they both paid much closer attention",
        ),
        (
            '"I have an idea, but it might be a terrible one," admitted {friend}',
            '"Terrible ideas are sometimes the beginning of brilliant ones," said {hero}',
            "{friend} explained the plan, and {hero} listened carefully to every part of it",
        ),
        (
            '"Are you tired yet?" asked {hero}',
            '"A tiny bit," said {friend}, "but I am much too curious to stop now."',
            "{hero} understood that feeling completely",
        ),
        (
            '"How much further do you think it is?" asked {friend}, shading both eyes',
            '"Further than I would like, but closer than it was this morning," answered {hero}',
            "That was such a sensible answer that {friend} could not think of a single complaint",
        ),
        (
            '"We should make a proper plan before we do anything else," suggested {hero}',
            (
                '"A plan with at least three different steps," agreed {friend}, "in case the first two go '
                'wrong."'
            ),
            "They made the plan together, arguing cheerfully about the order of the steps",
        ),
        (
            '"Whatever happens next, let us stay together," said {friend} quietly',
            '"Always," promised {hero}, and they shook hands very seriously on it',
            "Somehow the promise made the path ahead look a little less uncertain",
        ),
        (
            '"I think I understand the problem better now," said {hero} slowly',
            '"Then explain it to me, because I am completely confused," laughed {friend}',
            "Explaining it out loud helped {hero} see one or two things that had been hidden before",
        ),
        (
            '"Can we rest for one minute?" asked {friend}, puffing',
            '"One minute, and not a second longer," said {hero} with a grin',
            "The minute turned into three, but nobody complained about it",
        ),
        (
            '"What was the last thing we checked?" asked {friend}, scratching {friend}\'s chin thoughtfully',
            '"Everything except the one place we have not thought of yet," said {hero}',
            "It was not a very useful answer, but it did make them think harder",
        ),
    ),
    "glad": (
        (
            '"We actually did it!" shouted {friend}, jumping up and down',
            '"We did it together," said {hero}, "and that is the best part."',
            "Their voices echoed all around, full of happiness and relief",
        ),
        (
            '"I knew you would think of something," said {friend} proudly',
            '"I could not have done it without you," answered {hero}, and meant every word',
            "{friend} looked so pleased that {hero} felt warm all over",
        ),
        (
            '"Is it really over?" asked {friend}, hardly daring to believe it',
            '"It really is," said {hero}, "and everything turned out better than we hoped."',
            "They stood there for a moment, simply enjoying the feeling",
        ),
        (
            '"This is the best day ever," declared {friend}',
            '"You said that yesterday," laughed {hero}, "but this time I agree."',
            "Everyone who heard them started laughing too",
        ),
        (
            '"Can you believe we really did it?" asked {friend}, grinning',
            '"Not yet," laughed {hero}, "ask me again tomorrow."',
            "{friend} laughed so hard that everybody else joined in",
        ),
        (
            '"I was a little bit scared, you know," admitted {friend}',
            '"So was I," said {hero}, "but we did it anyway."',
            "Somehow, saying it out loud made them both feel even braver",
        ),
    ),
    "night": (
        (
            '"Goodnight, {hero}," murmured {friend}, already half asleep',
            '"Goodnight," whispered {hero}, "and thank you for today."',
            (
                "Soon the only sound was the slow, peaceful breathing of friends who had done something "
                "wonderful"
            ),
        ),
        (
            '"Will tomorrow be as exciting as today?" asked {friend} with a yawn',
            '"Maybe not," said {hero} sleepily, "but that is probably a good thing."',
            "Somewhere nearby, someone was already snoring very softly",
        ),
        (
            '"What was the best part of today?" asked {friend} sleepily',
            '"All of it," yawned {hero}, "even the difficult bits."',
            "{friend} agreed with a sleepy nod, and soon both of them were dreaming",
        ),
        (
            '"Do you think we will have another adventure soon?" whispered {friend}',
            '"I hope so," murmured {hero}, "but not before breakfast."',
            "They giggled quietly until the giggles turned into yawns",
        ),
        (
            '"Thank you for not giving up today," said {friend} softly',
            '"Thank you for staying with me," answered {hero}',
            "It was exactly the right thing to say at the end of such a day",
        ),
    ),
}

FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "curious": (
        (
            "A fizzing curiosity bubbled up inside {hero}",
            "Somebody was being kind in secret, and {hero} very much wanted to know who",
        ),
        (
            "{hero} could hardly wait to find out more",
            "A puzzle with a kind answer is the best sort of puzzle",
        ),
        (
            "{hero} felt a little tingle of excitement",
            "It was like the first page of a book nobody had read yet",
        ),
        ("Questions buzzed around {hero}'s head like friendly bees", "Who, and how, and most of all why?"),
        (
            "{hero} smiled a small, secret smile",
            "Whoever it was, they were certainly not trying to frighten anybody",
        ),
        ("{hero} felt wide awake and full of plans", "Somewhere close by, an answer was waiting to be found"),
    ),
    "calm": (
        (
            "{hero} felt calm and curious, the way you feel at the beginning of a good book",
            "Anything could happen next, and that thought was exciting rather than frightening",
        ),
        (
            "A warm, contented feeling spread through {hero}",
            "Days like this one were rare, and {hero} wanted to enjoy every minute of it",
        ),
        (
            "{hero} felt lucky to have such good company",
            "Exploring alone would have been interesting, but exploring together was much better",
        ),
        (
            "For once, {hero} was in no hurry at all",
            "There was time to look closely, to listen, and to wonder about things",
        ),
        (
            "{hero} breathed in slowly and felt completely awake",
            "Every sound and every colour seemed a little brighter than usual",
        ),
        (
            "{hero} felt wonderfully light, as if walking for miles would be easy",
            "It was impossible to feel gloomy in such cheerful company",
        ),
        (
            "A quiet happiness settled over {hero}",
            "It was the kind of happiness that does not need any particular reason",
        ),
        (
            "{hero} felt patient and cheerful, which does not happen every day",
            "Even small things, like a funny noise or an interesting shape, seemed worth stopping for",
        ),
        (
            "A bubble of excitement rose inside {hero}",
            "Something told {hero} that this day would be worth remembering",
        ),
        (
            "{hero} felt perfectly at home",
            "It is a good feeling, being exactly where you want to be with exactly the right company",
        ),
    ),
    "worried": (
        (
            "{hero} felt a heavy knot of worry somewhere in the middle of {their} chest",
            "It was the kind of worry that makes your thoughts run around in circles",
        ),
        (
            "A cold, uncertain feeling crept over {hero}",
            "Everything had seemed so simple that morning, and now nothing was simple at all",
        ),
        (
            "{hero} swallowed hard and tried not to show how worried everybody really was",
            "Somebody had to stay calm, and {hero} decided to be that somebody",
        ),
        (
            "Disappointment sat on {hero} like a heavy coat",
            "Still, a small stubborn voice inside insisted that this was not the end of the story",
        ),
        (
            "A small, worried voice inside {hero} kept asking what would happen next",
            "{hero} tried very hard not to listen to it",
        ),
        (
            "{hero}'s tummy felt tight and fluttery",
            "It was the feeling you get when you do not know how something will end",
        ),
        (
            "All of a sudden {hero} felt very small",
            "The problem seemed to have grown much bigger while nobody was looking",
        ),
    ),
    "busy": (
        (
            "{hero} felt determined, even though nobody knew what would happen next",
            "Every step forward, however small, was a step closer to {goal}",
        ),
        (
            "A flutter of nervous excitement danced in {hero}'s stomach",
            "It was frightening and thrilling at the same time, which is often how adventures feel",
        ),
        (
            "{hero} concentrated so hard that everything else seemed to disappear",
            "Only the problem mattered now, and {hero} was going to solve it",
        ),
        (
            "Hope and doubt took turns inside {hero}'s head",
            "Whenever doubt started winning, {hero} thought about {goal} and kept going",
        ),
        (
            "{hero} was tired, but not tired enough to give up",
            "Being stubborn, Grandpa always said, is sometimes a very useful thing",
        ),
        (
            "Curiosity tugged at {hero} like an invisible string",
            "What was waiting further on, and would it help them or make things harder",
        ),
        (
            "{hero} felt a little nervous, but mostly impatient",
            "Waiting around had never been one of {hero}'s particular talents",
        ),
        (
            "{hero} tried hard to think like a detective",
            "Detectives notice the small things that everybody else walks straight past",
        ),
        (
            "A new idea began to grow in {hero}'s mind, slowly, like a seed",
            "It was not ready yet, but {hero} could already feel it getting bigger",
        ),
        (
            "{hero} felt braver than usual, which was a pleasant surprise",
            "Perhaps bravery is something that grows whenever you need it",
        ),
        (
            "{hero} felt a spark of stubborn hope",
            "It was small, but it refused to go out, however difficult things became",
        ),
        (
            "{hero} was frustrated, but tried not to let it show",
            "Getting cross would not solve anything, and everyone was doing their best",
        ),
        (
            "{hero} suddenly felt very grown up and responsible",
            "The others were counting on {hero}, and that was an important feeling",
        ),
        (
            "{hero} felt wide awake and ready for anything",
            "Every new problem was simply another puzzle to solve",
        ),
        (
            "A stubborn little spark kept {hero} going",
            "Giving up now would mean never knowing how the story ended",
        ),
        (
            "{hero} felt a tingle of excitement",
            "Somewhere close by, the answer was waiting to be found",
        ),
        (
            "{hero} was a little out of breath, but happy",
            "Being busy with something important is a good kind of tired",
        ),
    ),
    "glad": (
        (
            "Happiness fizzed inside {hero} like lemonade",
            "All the worry of the day melted away in an instant",
        ),
        (
            "{hero} felt proud, but mostly relieved",
            "The problem that had seemed so enormous was finally solved",
        ),
        (
            "{hero} could not stop smiling",
            "It was the kind of smile that starts in your toes and finishes in your ears",
        ),
        (
            "A wonderful lightness filled {hero} from head to toe",
            "Everything they had tried, even the things that failed, had led to this moment",
        ),
        (
            "{hero} felt like dancing, and after a while actually did",
            "Nobody minded that it was the silliest dance anyone had ever seen",
        ),
        (
            "Deep down, {hero} was amazed at how the day had turned out",
            "That morning, {hero} could never have imagined an ending like this one",
        ),
        (
            "{hero} felt as light as a balloon",
            "Every worry of the day had floated away",
        ),
        (
            "A big, warm glow spread through {hero}",
            "All the hard work had been worth it",
        ),
    ),
    "night": (
        (
            "{hero} felt tired in the best possible way",
            "It was the tiredness that comes after a long day of doing something important",
        ),
        (
            "{hero} felt safe, warm and peaceful",
            "Tomorrow could bring whatever it liked, because today had been enough",
        ),
        (
            "{hero} felt cosy and calm",
            "The day had been long, but it had ended just right",
        ),
        (
            "A sleepy happiness wrapped itself around {hero} like a warm hug",
            "There was nothing left to worry about at all",
        ),
        (
            "{hero} felt proud and very, very sleepy",
            "Being brave and clever all day long is tiring work",
        ),
        (
            "{hero}'s eyes kept closing all by themselves",
            "It had been a very big day indeed",
        ),
    ),
}

MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "curious": (
        ("Everyone leaned in close to look", "Nobody wanted to miss even the smallest detail"),
        (
            "For a moment nobody spoke, but everybody was smiling",
            "A secret, it seemed, could be a lovely thing",
        ),
        ("The day suddenly felt full of possibilities", "Anything at all might happen next"),
        (
            "Everyone started guessing at once",
            "Some of the guesses were clever, and some were wonderfully silly",
        ),
        ("They looked about with bright, curious eyes", "Any corner might hold a clue"),
    ),
    "calm": (
        ("Time seemed to slow down, as it sometimes does on the very best kind of day",),
        ("{friends} had already started discovering interesting things in every direction",),
        ("Everything around them looked peaceful, as if nothing could possibly go wrong",),
        ("It was the sort of place that makes you want to stay much longer than you planned",),
        ("Nobody was in a hurry, and that made everything feel even more special",),
        ("There were so many interesting things to look at that it was hard to know where to start",),
        ("For once there was nothing to solve, nothing to find and nowhere in particular to be",),
        ("It was quiet enough to hear their own footsteps, and even their own thoughts",),
        ("Everybody seemed to be in a particularly good mood, and good moods are contagious",),
        ("It felt like the beginning of something, although nobody could have said exactly what",),
        ("Somebody was humming a cheerful tune, and before long everyone was humming along",),
        ("The hours seemed to pass in minutes, the way they always do when you are having fun",),
        (
            "For a little while, nobody said anything at all",
            "It was a friendly kind of quiet, the kind that needs no words",
        ),
        (
            "They took their time and looked around properly",
            "There was so much more to see when nobody was in a rush",
        ),
        (
            "Everything felt peaceful and unhurried",
            "Even the problem could wait for a few minutes",
        ),
    ),
    "worried": (
        (
            "For a long moment nobody moved, and nobody knew what to say",
            "Even the smallest sound seemed loud in that heavy silence",
        ),
        (
            "The cheerful mood of the morning had vanished as quickly as a soap bubble",
            "Everyone was thinking the same thing, but nobody wanted to say it first",
        ),
        (
            "Even {friends} had gone unusually quiet, which was never a good sign",
            "Somebody sighed, and somebody else stared hard at the ground",
        ),
        (
            "The way ahead suddenly seemed much longer than before",
            "Every step felt a little heavier than the one before it",
        ),
        (
            "Somewhere nearby something creaked, and everybody jumped",
            "It was nothing at all, but nobody laughed",
        ),
        (
            "All the cheerful plans of the morning seemed very far away now",
            "Nobody could quite remember why it had all seemed so easy",
        ),
        (
            "For a while the only sound was their own slow breathing",
            "Nobody wanted to be the first to say what they were all thinking",
        ),
    ),
    "busy": (
        ("They had already been searching for a long time, and there was still a long way to go",),
        ("Every few steps, somebody stopped to check that everyone was still together",),
        ("Things were not turning out the way anybody had expected, but nobody was ready to give up",),
        ("The further they went, the stranger and more interesting everything became",),
        ("Somewhere ahead was the answer they needed, if only they could find it",),
        ("It was hard work, and nobody pretended otherwise",),
        ("Small discoveries kept them going, even when the big one seemed far away",),
        ("Nobody could remember exactly how long they had been walking, but it felt like ages",),
        ("Each of them noticed different things, and together they noticed almost everything",),
        ("Little by little, the unfamiliar place was beginning to feel a bit more familiar",),
        ("Their shadows stretched out beside them, keeping them company as they went",),
        ("Every question seemed to lead to another question, which is how real explorers learn",),
        ("Their plan kept changing, but changing a plan is not the same as giving up",),
        ("Now and then somebody had a new idea, and everybody stopped to listen",),
        (
            "Everybody had a job to do, and everybody did it",
            "Nobody needed to be asked twice",
        ),
        (
            "They talked in quick, excited whispers as they went",
            "Every idea seemed worth trying at least once",
        ),
        (
            "Step by step, they kept going",
            "Sometimes slowly, sometimes quickly, but always forwards",
        ),
    ),
    "glad": (
        (
            "For a moment everybody simply stood still, hardly able to believe it",
            "Then the cheering started, and it went on for a very long time",
        ),
        (
            "Soon everybody was talking at once, telling the story of the day from the beginning",
            "Each of them remembered it a little differently, which made it even funnier",
        ),
        (
            "The whole place seemed to celebrate with them",
            "Even the things that had seemed difficult that morning now looked friendly and familiar",
        ),
        (
            "Somebody started to laugh, and then everybody was laughing",
            "It was the kind of laughter that is mostly relief",
        ),
        (
            "Everyone wanted to hear the whole story again, right from the start",
            "Each time it was told, the story grew a little bigger",
        ),
        (
            "Hugs were passed around like presents",
            "Nobody was left out, not even the smallest",
        ),
        (
            "It felt as if the whole day had been holding its breath and could finally let it out",
            "Everything was light and easy again",
        ),
    ),
    "night": (
        (
            "Outside, the world had grown quiet and still, as if it were also getting ready to sleep",
            "The long, exciting day was finally coming to a gentle end",
        ),
        (
            "One by one, the lights went out and the voices grew softer",
            "It had been a day nobody would forget in a hurry",
        ),
        (
            "Everything grew quiet, one small sound at a time",
            "Soon there was only the soft hush of the night",
        ),
        (
            "Eyes grew heavy and yawns grew longer",
            "Nobody could stay awake for much longer",
        ),
        (
            "The day's adventure was over, but it was not forgotten",
            "It would be waiting in their dreams, ready to be remembered",
        ),
        (
            "Everyone snuggled down, warm and safe",
            "The busy day had worn them out in the nicest possible way",
        ),
    ),
}

THREADS: tuple[Thread, ...] = (
    Thread(
        start=(
            '{pal} had a riddle that nobody had ever solved: "What gets bigger the more you take away?"',
            "{hero} had been trying to guess the answer for days, without any luck",
        ),
        middle=(
            '"Is it a shadow?" guessed {hero}, but {pal} only smiled mysteriously and said nothing',
            "Even while they were busy, {hero} kept turning the riddle over and over in {their} mind",
            (
                '"Is it a mountain of washing?" tried {hero}, and {pal} laughed so much that everybody else '
                "started laughing too"
            ),
            "{hero} was beginning to suspect that {pal}'s riddle had no answer at all",
            '"I still have not forgotten your riddle," {hero} warned {pal}',
        ),
        payoff=(
            (
                'Suddenly {hero} stopped in the middle of everything and shouted, "A hole! The answer is a '
                'hole!"'
            ),
            "{pal} clapped with delight, because after all those days the riddle had finally been solved",
        ),
        epilogue=(
            '"Do you know any other riddles?" {hero} asked before falling asleep, and {pal} promised a new '
            "one for tomorrow"
        ),
    ),
    Thread(
        start=(
            (
                "Hidden in {hero}'s pocket was a friendship bracelet, only half finished, meant as a "
                "surprise for {pal}"
            ),
            "{hero} planned to finish it secretly, one knot at a time, whenever nobody was watching",
        ),
        middle=(
            "Whenever {pal} looked the other way, {hero} quickly tied another knot in the secret bracelet",
            (
                "Once {pal} almost caught {hero} working on the bracelet, and {hero} had to pretend to be "
                "scratching {their} ear"
            ),
            "The bracelet was growing longer, with stripes of every colour {hero} could find",
            "{hero} checked {their} pocket again, just to make sure the bracelet was still safely hidden",
            "Only a few knots were left now, and {hero} could hardly wait",
        ),
        payoff=(
            (
                "When the moment was right, {hero} took the finished bracelet out of {their} pocket and "
                "gave it to {pal}"
            ),
            (
                '"You made this for me, all this time?" asked {pal}, and {pal} wore it proudly for the rest '
                "of the evening"
            ),
        ),
        epilogue="The bracelet stayed on {pal}'s wrist all night, and {hero} fell asleep smiling about it",
    ),
    Thread(
        start=(
            (
                "{pal} had been trying to learn how to whistle for weeks, but only a sad little puff of air "
                "ever came out"
            ),
            '"One day I will whistle louder than anybody," {pal} promised, and {hero} promised to help',
        ),
        middle=(
            "{pal} tried to whistle again, and produced something that sounded like a tired balloon",
            '"Lips rounder," advised {hero}, demonstrating, and {pal} tried again with great determination',
            "Every now and then a tiny, hopeful whistle-like squeak came from {pal}'s direction",
            "{hero} noticed that {pal} was practising quietly, whenever nobody seemed to be listening",
            "The squeaks were getting better, and {hero} gave {pal} an encouraging thumbs-up",
        ),
        payoff=(
            (
                "Then, in the middle of all the happiness, {pal} puckered up and whistled a clear, loud, "
                "perfect note"
            ),
            "Everybody cheered, and {pal} looked prouder than {hero} had ever seen before",
        ),
        epilogue="From somewhere in the dark came one last, very quiet, very proud little whistle",
    ),
    Thread(
        start=(
            "{hero} carried a small notebook everywhere, for drawing a map of every place they explored",
            "Today the first page was still completely empty, and {hero} was determined to fill it",
        ),
        middle=(
            "{hero} paused to add a few careful lines to the map in {their} notebook",
            (
                "{pal} peered over {hero}'s shoulder and suggested drawing a small star wherever something "
                "exciting happened"
            ),
            "The map now had arrows, question marks and three little stars",
            "{hero} drew their route so far, and was surprised by how far they had already come",
            "{pal} added a tiny self-portrait in the corner of the map, which made {hero} laugh",
        ),
        payoff=(
            (
                "Afterwards, {hero} and {pal} finished the map together and drew a big golden star where "
                "the problem had been solved"
            ),
            "It was the best map {hero} had ever made, and they decided to hang it on the wall",
        ),
        epilogue="The map was waiting on the wall, with plenty of space left for the next adventure",
    ),
    Thread(
        start=(
            "{pal} had made a bet that {hero} could not keep a straight face for a whole day",
            "{hero} had accepted at once and put on the most serious face anybody had ever seen",
        ),
        middle=(
            (
                "When nobody else was looking, {pal} pulled a funny face, and {hero} had to bite "
                "{their} lip very hard"
            ),
            "{hero}'s serious face wobbled for a moment, but it held",
            "{pal} whispered a joke about a hiccupping ghost, and {hero} pretended to cough",
            "Twice {hero} almost giggled, and twice {hero} turned the giggle into a sneeze",
            "{pal} was running out of tricks, but not out of hope",
        ),
        payoff=(
            (
                "In the middle of all the cheering, {pal} did a tiny, very silly dance, and {hero} "
                "burst out laughing at last"
            ),
            '"You win," giggled {hero}, and {pal} took a long, very grand bow',
        ),
        epilogue="Even while falling asleep, {hero} was still chuckling about that silly little dance",
    ),
    Thread(
        start=(
            "{pal} had decided to count every single laugh of the day",
            "{hero} thought it was a wonderful idea and promised to help keep count",
        ),
        middle=(
            '"That makes three laughs already," {pal} announced proudly',
            "{hero} lost count for a moment, but {pal} had not, of course",
            "Even at the hardest moment, {pal} counted one small, brave laugh",
            '"Are we still counting?" asked {hero}, and {pal} said the number was getting very big indeed',
            "Every now and then {pal} whispered the new number, just so nobody forgot",
        ),
        payoff=(
            (
                "When everybody cheered at the end, {pal} gave up counting altogether, because there "
                "were far too many laughs"
            ),
            '"Too many to count," declared {pal}, "and that is the best number of all."',
        ),
        epilogue=(
            "The very last laugh of the day was {hero}'s, small and sleepy, and {pal} counted that one too"
        ),
    ),
)

# What a page says while the problem is under way, per problem shape (see shapes.py): drawn before the
# mood's phrases on the beats of `chapters.SHAPED_BEATS`, so that a book about mending does not talk like
# a book about searching.
SHAPE_EXCHANGES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "lost": (
        (
            '"Let us think like the thing we are looking for," suggested {friend}',
            '"Where would I be if I were lost?" wondered {hero} out loud',
            "Nobody knew the answer, but it was a funny question to think about",
        ),
        (
            '"I think I see something over there!" called {friend}',
            '"Let us look, but it might only be a shadow," said {hero}, hurrying over',
            "It was not the right thing, only something that looked a little like it from far away",
        ),
        (
            '"We have looked everywhere twice," sighed {friend}',
            '"Then the third time will be the lucky one," said {hero}',
            "{friend} was not sure that luck worked like that, but was willing to try",
        ),
        (
            '"Do you remember exactly what it looks like?" asked {hero}',
            '"Every little detail," said {friend}, and described it all over again',
            "After that, everybody looked a little more carefully",
        ),
        (
            '"When did anyone last see it?" asked {friend}',
            '"This morning, I am almost sure," said {hero}, counting back on {their} fingers',
            "So they went back over the whole morning, one hour at a time",
        ),
        (
            '"Things are never really lost, they are only somewhere else," said {friend} wisely',
            '"Then let us find out where somewhere else is," laughed {hero}',
            "It turned into a kind of game, and the game made the searching easier",
        ),
        (
            '"Should we split up?" asked {friend}',
            '"No," said {hero}, "we search together, or we do not search at all."',
            "{friend} looked relieved and stayed right at {hero}'s side",
        ),
        (
            '"What if somebody else picked it up?" wondered {friend}',
            '"Then we ask everybody we meet," decided {hero}',
            "From then on, nobody they passed escaped a polite question or two",
        ),
        (
            '"I keep looking in the same places," groaned {friend}',
            '"So do I, so let us look where we would never think of looking," said {hero}',
            "It sounded silly, but it was the most useful idea anyone had had so far",
        ),
    ),
    "broken": (
        (
            '"I wish we knew exactly what to do," said {friend}',
            '"We have our hands and our heads," said {hero}, "and that is a good start."',
            "{friend} laughed, but had to agree that it was true",
        ),
        (
            '"This bit does not fit anywhere," said {friend}, holding it up',
            '"Maybe it goes the other way round," suggested {hero}',
            "It did, and for a moment they both felt terribly clever",
        ),
        (
            '"Do you think anyone will see that it was broken?" asked {friend}',
            '"A little, maybe, but it will work again," said {hero}, "and that is what matters."',
            "There was something comforting about that answer",
        ),
        (
            '"Can I do the next part?" asked {friend}',
            '"Of course, we take turns," said {hero}, stepping back',
            "Taking turns made the work slower, but much more fun",
        ),
        (
            '"Do you think it can really be fixed?" asked {friend}',
            '"Almost anything can be fixed if you are patient enough," said {hero}',
            "{friend} nodded and promised to be very patient indeed",
        ),
        (
            '"Which part should we mend first?" asked {friend}',
            '"The part that broke first," said {hero}, "and then the part after that."',
            "Working in order made the whole job look much less frightening",
        ),
        (
            '"Hold this steady for me, please," said {hero}',
            '"Like this?" asked {friend}, keeping very still',
            "It was exactly like that, and the next piece slid neatly into place",
        ),
        (
            '"Oops, I think I made it a little worse," admitted {friend}',
            '"Then we undo it and try again," said {hero} calmly',
            "Undoing took a while, but the second try went much better",
        ),
        (
            '"How did it break in the first place?" wondered {friend}',
            '"If we find that out, we can stop it breaking again," said {hero}',
            "So they looked closely at every crack and every loose piece",
        ),
    ),
    "need": (
        (
            '"What if our help is not wanted?" asked {friend}',
            '"Then we will wait nearby until it is," said {hero}',
            "Waiting patiently turned out to be a kind of helping too",
        ),
        (
            '"Maybe somebody here is hungry," whispered {friend}',
            '"Or tired, or just very lonely," whispered {hero}',
            "They decided to help with all three, just in case",
        ),
        (
            '"We should say our names," said {friend}',
            '"Good idea," said {hero}, "friendships always start with names."',
            "So they introduced themselves, very softly and very politely",
        ),
        (
            '"I am glad we came this way," said {friend}',
            '"So am I, or nobody would have noticed," said {hero}',
            "It was strange to think how nearly they had passed by without seeing anything",
        ),
        (
            '"Do you think we are frightening it?" whispered {friend}',
            '"Maybe a little, so let us move slowly and speak softly," said {hero}',
            "They came closer, making themselves as small and gentle as they could",
        ),
        (
            '"What do you think it needs most?" asked {friend}',
            '"Someone who notices," said {hero}, "and we have already done that part."',
            "It felt good to know that the first step was already behind them",
        ),
        (
            '"Should we go and get a grown-up?" asked {friend}',
            '"Let us see what we can do first, and ask for help if we need it," said {hero}',
            "That seemed sensible to everyone",
        ),
        (
            '"How would you feel if you were all alone like that?" asked {hero}',
            '"Very small and very worried," said {friend} quietly',
            "After that, nobody needed to be told to be kind",
        ),
        (
            '"I think it is starting to trust us," said {friend}',
            '"Then we must not let it down," answered {hero}',
            "They took that promise very seriously, the way real helpers do",
        ),
    ),
    "fear": (
        (
            '"What if it is even scarier inside?" asked {friend}',
            '"And what if it is not scary at all?" answered {hero}',
            "That was a possibility nobody had thought about",
        ),
        (
            '"Will you stay close to me?" asked {friend}',
            '"As close as a shadow," promised {hero}',
            "And they did stay close, from the beginning to the end",
        ),
        (
            '"Do you think brave people ever get scared?" asked {friend}',
            '"All the time, I think, which is why they need to be brave," said {hero}',
            "{friend} had never thought of it that way before",
        ),
        (
            '"I can hear my knees knocking," joked {friend}',
            '"That is just your courage warming up," {hero} joked back',
            "Joking did not make the fear go away, but it made it smaller",
        ),
        (
            '"Are you scared?" asked {friend}',
            '"Yes," admitted {hero}, "but I do not think scared means stop."',
            "{friend} thought about that for a long time",
        ),
        (
            '"What is the worst thing that could happen?" asked {hero}',
            '"Something jumps out and says boo," said {friend}, and they both giggled nervously',
            "Saying it out loud made it sound much less terrible",
        ),
        (
            '"Let us count to three and then go," suggested {friend}',
            '"One, two, two and a half," counted {hero}, and they both burst out laughing',
            "The laughing helped far more than the counting",
        ),
        (
            '"My heart is beating really fast," whispered {friend}',
            '"Mine too, so we are even," whispered {hero}',
            "Somehow it was easier to be frightened together than alone",
        ),
        (
            '"We could always turn back," said {friend}',
            '"We could," agreed {hero}, "but then we would never know what is really there."',
            "Not knowing, they decided, was worse than finding out",
        ),
    ),
    "wish": (
        (
            '"Do you think a wish can be too big?" asked {friend}',
            '"Only if nobody tries," said {hero}',
            "After that, the wish did not seem quite so enormous",
        ),
        (
            '"What is the most important part of the plan?" asked {hero}',
            '"The surprise at the end," said {friend} firmly',
            "Everybody agreed that the surprise was the best part",
        ),
        (
            '"Shh, it has to stay a secret until it is ready," whispered {friend}',
            '"My lips are sealed," whispered {hero}',
            "Keeping a happy secret is harder than it sounds",
        ),
        (
            '"I keep imagining everybody\'s faces," said {friend}',
            '"So do I, and that is what keeps me going," said {hero}',
            "Just thinking about it made them work a little faster",
        ),
        (
            '"Do you think wishes can really come true?" asked {friend}',
            '"Some of them do, if somebody helps," said {hero}',
            "And helping was exactly what they had decided to do",
        ),
        (
            '"What if we get it wrong?" worried {friend}',
            '"Then we will have made a wish almost come true, which is better than nothing," said {hero}',
            "{friend} had to admit that this was true",
        ),
        (
            '"I wonder how long it has been wishing for this," said {friend}',
            '"Far too long," said {hero}, "so we had better hurry."',
            "Nobody needed to be told twice",
        ),
        (
            '"What would you wish for, if you could?" asked {hero}',
            '"Today I would wish for this wish to come true," said {friend}',
            "It was the kindest answer {hero} had ever heard",
        ),
        (
            '"Do we have everything we need?" asked {friend}',
            '"Almost everything," said {hero}, "and the rest we will have to invent."',
            "Inventing, luckily, was one of the things they did best",
        ),
    ),
    "lost:glad": (
        (
            '"I cannot believe it was there all along," said {friend}',
            '"Things always are, once you find them," laughed {hero}',
            "Everybody agreed that this was the silliest and truest thing anyone had said all day",
        ),
        (
            '"Promise me we will be more careful from now on," said {friend}',
            '"I promise, I will keep a very close eye on it," said {hero}',
            "{friend} nodded, satisfied and a little relieved",
        ),
        (
            '"I think we have earned a rest," said {friend}',
            '"A long rest, with a snack," agreed {hero}',
            "Searching makes you hungry, as everybody knows",
        ),
    ),
    "broken:glad": (
        (
            '"It works!" cried {friend}, "it really works!"',
            '"It works even better than before," said {hero}, looking very closely',
            "Perhaps that is what happens to things that are mended with care",
        ),
        (
            '"We should have a mending party," suggested {friend}',
            '"Good idea, but first let us put the pieces away," said {hero}',
            "Tidying up took only a minute, because everyone helped",
        ),
        (
            '"Shall we open a mending workshop?" asked {friend}',
            '"With a sign and everything," said {hero} with a grin',
            "The idea made them both smile even more",
        ),
    ),
    "need:glad": (
        (
            '"Look how much better everything is now," whispered {friend}',
            '"That is the best thank-you there is," whispered {hero}',
            "They watched for a long while, smiling from ear to ear",
        ),
        (
            '"Do you think we will see each other again?" asked {friend}',
            '"I am sure of it, friends always find each other again," said {hero}',
            "Somehow that seemed very likely",
        ),
        (
            '"Helping was much nicer than I thought," said {friend}',
            '"It always is," said {hero}, "that is the secret."',
            "{friend} decided to remember that secret forever",
        ),
    ),
    "fear:glad": (
        (
            '"It was not that scary after all!" laughed {friend}',
            '"Only a tiny bit, right at the beginning," admitted {hero}',
            "They laughed at how frightened they had been",
        ),
        (
            '"I feel as if I could do anything now," said {friend}',
            '"So do I, but maybe not everything at once," said {hero}',
            "Still, it was a wonderful feeling to have",
        ),
        (
            '"Next time I will go first," announced {friend}',
            '"Then I will be right behind you," promised {hero}',
            "Strangely, the next time did not sound frightening at all any more",
        ),
    ),
    "wish:glad": (
        (
            '"It really came true!" gasped {friend}',
            '"Because we gave it a little help," said {hero}, beaming',
            "It was hard to tell who was happiest",
        ),
        (
            '"Do you think we could make another wish come true one day?" asked {friend}',
            '"Maybe lots of them," said {hero}, "one at a time."',
            "The thought made the whole day even better",
        ),
        (
            '"I will never forget this," said {friend} softly',
            '"Neither will I," said {hero}',
            "Some days are like that, and you know at once that you will remember them",
        ),
    ),
}

SHAPE_FEELINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "lost": (
        (
            "{hero} felt like a detective on a very important case",
            "Every clue mattered, even the ones that led nowhere",
        ),
        (
            "{hero} grew more and more impatient",
            "Searching is slow, and {hero} wanted an answer right now",
        ),
        (
            "{hero} thought about how sad it is to lose something",
            "Losing a thing you love is one of the worst feelings there is",
        ),
        (
            "{hero} was getting a good eye for searching",
            "Eyes learn to notice things when you give them enough practice",
        ),
        (
            "{hero} felt the itch of a question that would not go away",
            "Where can a thing simply disappear to?",
        ),
        (
            "{hero} kept picturing the exact spot where it should have been",
            "Picturing it did not bring it back, but it did bring new ideas",
        ),
        (
            "{hero} refused to believe that anything could vanish for good",
            "Everything is somewhere, and somewhere can be found",
        ),
        ("A small, hopeful thought kept {hero} searching", "The very next place might be the right one"),
    ),
    "broken": (
        (
            "{hero} felt a tiny flutter of pride at every piece that held",
            "Small successes add up, one after another",
        ),
        (
            "{hero} wished mending were as quick as breaking",
            "Breaking takes a second, and fixing can take all day",
        ),
        (
            "{hero} felt like a real inventor in a real workshop",
            "Inventors make mistakes too, and then they try again",
        ),
        (
            "{hero}'s fingers ached a little, but {hero} did not mind",
            "It was the good kind of tiredness, the kind that comes from making things",
        ),
        (
            "{hero} felt the quiet satisfaction of fixing things",
            "Each piece that fitted made the next one easier",
        ),
        (
            "{hero} was afraid of making it worse",
            "Careful hands, {hero} decided, were better than quick ones",
        ),
        (
            "{hero} felt clever and clumsy at the same time",
            "Mending, it turned out, needed both thinking and trying",
        ),
        ("A stubborn patience settled over {hero}", "Broken things do not mend in a hurry"),
    ),
    "need": (
        (
            "A great gentleness filled {hero} from head to toe",
            "Being gentle, in the end, is a kind of strength",
        ),
        ("A worrying thought crossed {hero}'s mind", "What would have happened if nobody had come along?"),
        (
            "{hero} was glad to be useful",
            "There is no better feeling than knowing you are making a difference",
        ),
        (
            "{hero} had a lump in {their} throat",
            "Sometimes kindness makes you want to cry a little, in a good way",
        ),
        ("{hero} felt a warm tug of sympathy", "Nobody should be left alone with a problem"),
        (
            "{hero} felt responsible, in a good way",
            "Somebody needed them, and that mattered more than anything",
        ),
        (
            "{hero} wished there were a way to explain that they were friends",
            "Kindness would have to do the explaining instead",
        ),
        ("{hero} felt surprisingly grown up", "Looking after someone smaller does that to you"),
    ),
    "fear": (
        ("A shiver ran all the way down {hero}'s back", "It was not a nice feeling, but it did not last"),
        ("{hero} sang a small brave song inside {their} head", "Songs are very good at keeping fears quiet"),
        ("For a moment {hero} felt very small", "Then {hero} remembered that small people can be very brave"),
        (
            "{hero} wanted to run away and to stay at the same time",
            "Staying won, and {hero} was proud of that",
        ),
        (
            "{hero}'s knees felt wobbly, but {hero} kept going",
            "Being brave does not mean your knees stop wobbling",
        ),
        ("{hero} felt scared and curious at exactly the same time", "Curiosity was winning, but only just"),
        (
            "{hero} took a deep breath and held it for a moment",
            "Letting it out slowly made the fear shrink a little",
        ),
        (
            "{hero} noticed that the fear was getting smaller",
            "Fears seem to grow when you hide from them and shrink when you look at them",
        ),
    ),
    "wish": (
        (
            "{hero} was bursting with plans and ideas",
            "There were a hundred ways to make a wish come true, and {hero} wanted to try them all",
        ),
        ("{hero} grew a little impatient", "Wishes take time, and {hero} wanted this one to come true today"),
        ("{hero} felt lucky to be part of something so special", "Not everybody gets to help a wish along"),
        (
            "The thought of it made {hero} warm inside",
            "Making a wish come true felt almost better than having one of your own come true",
        ),
        ("{hero} felt a secret thrill of excitement", "Making a wish come true is a kind of everyday magic"),
        (
            "{hero} could almost see how happy everyone would be",
            "That picture kept {hero} going whenever things got difficult",
        ),
        ("{hero} felt a little like a fairy godparent", "It was a surprisingly nice feeling"),
        (
            "{hero} hoped very much that the wish would come true",
            "Hoping was not enough, though, so {hero} kept working",
        ),
    ),
    "lost:glad": (
        (
            "{hero} held the find very tightly, just in case",
            "After all that searching, letting go did not seem like a good idea",
        ),
        (
            "Relief washed over {hero} like warm water",
            "Lost things that come back are even more precious than before",
        ),
        ("{hero} could have hugged the whole world", "Of course it had been teamwork, and {hero} knew it"),
        ("{hero} laughed out loud from pure relief", "The long search was over at last"),
    ),
    "broken:glad": (
        ("{hero} ran a careful hand over the mended place", "You could hardly see anything now"),
        (
            "{hero} felt the pride of a job well done",
            "Mending something with your own hands is a special kind of happy",
        ),
        ("{hero} let out a long breath", "All that careful work had been worth it"),
        (
            "A warm glow of satisfaction filled {hero}",
            "Broken had turned into whole again, and that felt like magic",
        ),
    ),
    "need:glad": (
        (
            "{hero}'s heart felt full to the brim",
            "Making someone else happy is a very special kind of happiness",
        ),
        ("{hero} felt warm right down to {their} toes", "Kindness always finds its way back"),
        ("{hero} felt a quiet pride", "Nobody had asked them to help, but they had helped anyway"),
        (
            "A soft, glad feeling settled over {hero}",
            "Everyone was safe and happy, and that was all that mattered",
        ),
    ),
    "fear:glad": (
        (
            "{hero} felt taller than before, or at least braver",
            "Facing a fear changes you a little, and for the better",
        ),
        (
            "{hero} could hardly believe how small the fear looked now",
            "From the other side it seemed almost silly",
        ),
        (
            "A fizzy, bubbly courage filled {hero}",
            "It was the kind of feeling you would like to keep forever",
        ),
        (
            "{hero} felt proud, with knees that were still a little wobbly",
            "Being brave is tiring, but it is worth it",
        ),
    ),
    "wish:glad": (
        (
            "{hero} felt as if a little bit of magic had just happened",
            "Maybe it had, and maybe they had made it themselves",
        ),
        ("Joy bubbled up inside {hero}", "A wish come true is even better when you helped it along"),
        (
            "{hero} was so happy that standing still was almost impossible",
            "Happiness like that wants to dance",
        ),
        (
            "{hero} watched with shining eyes",
            "Seeing a wish come true was the loveliest thing {hero} had ever seen",
        ),
    ),
}

SHAPE_MOMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "lost": (
        ("Now and then somebody thought they had found a clue, and everybody hurried to look",),
        ("Every time a hiding place turned out empty, somebody crossed it off the list",),
        ("Somebody made up a searching song, and it was terrible, and everybody sang it",),
        ("Every corner got checked twice, and some corners got checked three times",),
        ("Somebody suggested retracing their steps, and somebody else had already started",),
        ("The list of places where it was not grew longer and longer",),
        ("Each empty hiding place made the next one seem more promising",),
    ),
    "broken": (
        ("Somebody hummed while they worked, and the work seemed to go faster",),
        ("Every few minutes somebody stepped back to see how it looked",),
        ("There were a few small setbacks, but nobody let them spoil the mood",),
        ("Every little piece was laid out neatly, so that nothing could go missing",),
        ("The mending went slowly, one careful step after another",),
        ("Now and then something creaked or wobbled, and everybody held their breath",),
        ("Bit by bit, the broken thing was starting to look like itself again",),
    ),
    "need": (
        ("Every kind word seemed to make a difference, however small",),
        ("Somebody shared what they had, and somebody else offered to keep watch",),
        ("It was slow work, the kind that cannot be hurried",),
        ("Helping someone, they discovered, means listening as much as doing",),
        ("Everybody moved a little more gently than usual",),
        ("Nobody talked loudly now, in case somebody small was listening",),
        ("The more they helped, the more they wanted to help",),
    ),
    "fear": (
        ("Every little noise made somebody jump, and then everybody laughed at the jumping",),
        ("Slowly, very slowly, the scary place was coming closer",),
        ("Nobody went first and nobody stayed behind, so they went side by side",),
        ("Every shadow looked a little bigger than it probably was",),
        ("They stayed so close together that their elbows kept bumping",),
        ("Nobody mentioned the wobbly feeling inside, but everybody had it",),
        ("Each small brave step made the next one a tiny bit easier",),
    ),
    "wish": (
        ("Everybody worked on a different part, and slowly the parts came together",),
        ("There was a lot of whispering, because wishes like to stay secret until they come true",),
        ("Somebody kept asking if it was ready yet, and the answer was always almost",),
        ("Making somebody else's wish come true turned out to be a lot of work",),
        ("Everybody had an idea, and some of the ideas were even useful",),
        ("Nobody said it, but they were all imagining the happy ending",),
        ("The plan grew bigger and better every time somebody added to it",),
    ),
    "lost:glad": (
        ("Everybody wanted to see the find up close, to be sure it was real",),
        ("The search was over, and suddenly everybody was very hungry",),
    ),
    "broken:glad": (
        ("Everybody wanted a turn to check that it all held, one after another",),
        ("Somebody said it was even better than before, and nobody disagreed",),
    ),
    "need:glad": (
        ("Everybody was smiling now, even those who had been frightened before",),
        ("Somebody said thank you, and then everybody said thank you to everybody else",),
    ),
    "fear:glad": (
        ("Everybody talked at once about the moment they had been most scared",),
        ("The place that had seemed so scary now looked almost friendly",),
    ),
    "wish:glad": (
        ("For a moment nobody said anything, because the happy ending needed no words",),
        ("Then everybody cheered at once, and the cheering went on and on",),
    ),
}


CHAPTER_CLAUSES: dict[str, str] = {
    "Life there was never boring": (
        "Life there was never boring, because every corner seemed to be hiding a surprise of its own"
    ),
    "{hero} had known {friend} for ages": (
        "{hero} had known {friend} for so long that neither of them could remember how they had first met"
    ),
    "Every day was better together": (
        "Together, even the most ordinary afternoon had a way of turning into something memorable"
    ),
    "But then something went wrong": (
        "But then something unexpected happened, and all that comfortable calm disappeared at once"
    ),
    "{hero} stared in surprise": (
        "{hero} stared in astonishment, unable to say a single word for a long, uncomfortable moment"
    ),
    "Someone had to do something": (
        "Someone had to act quickly, before the situation became genuinely serious"
    ),
    "Nobody knew what to do": (
        "Nobody knew where to begin, and for a moment the silence felt unbearably heavy"
    ),
    "{friend} stopped short": (
        "{friend} stopped short and studied the obstacle with understandable suspicion"
    ),
    "{hero} stayed calm": (
        "{hero} made a determined effort to stay calm, because panicking had never solved anything"
    ),
    "In the end they managed it": (
        "With patience and stubbornness, they eventually overcame that unexpected difficulty"
    ),
    "{friend} gulped": ("{friend} swallowed hard, but never once suggested turning back"),
    "{hero} looked for another way": (
        "{hero} searched methodically for another way, refusing to be discouraged so easily"
    ),
    "{friend} had an idea: {idea}": (
        "{friend} suddenly had an idea so simple that everybody wondered why nobody had thought of it "
        "before: {idea}"
    ),
    "{hero} sighed": ("{hero} let out a long, disappointed sigh and wondered what exactly had gone wrong"),
    "That had not worked at all": (
        "Nothing had gone according to plan, and the disappointment weighed more than anybody wanted to admit"
    ),
    "They stopped to rest": (
        "They decided to take a proper rest, because tiredness was beginning to muddle their thinking"
    ),
    "Resting helped them think": (
        "The pause helped them think more clearly, and gradually the ideas began to return"
    ),
    "{friend} did not say anything": (
        "{friend} did not answer, but was obviously considering how to cheer {hero} up"
    ),
    "Neither of them wanted to hurry": (
        "Neither of them wanted to hurry, because a place like that deserved to be admired properly"
    ),
    "It was all so beautiful": (
        "Everything was so beautiful that it was difficult to decide what to look at first"
    ),
    "They walked on and on": (
        "They walked on for a long time, discovering a new curiosity around every corner"
    ),
    "Everyone was safe and happy": (
        "Everyone was safe, and that relief was worth more than any reward imaginable"
    ),
    "It was time to go home": ("It was time to go home, although nobody really wanted the adventure to end"),
    "Now {hero} knew something important": (
        "Now {hero} understood something essential, which no lesson could have explained so clearly"
    ),
    # a wish's problem page (the `wishing` beat)
    "Then one day, {hero} met someone new": (
        "Then one day, quite unexpectedly, {hero} met someone new, someone who had been waiting a "
        "long time for a friend"
    ),
    "One morning, {hero} heard a small, hopeful voice": (
        "One morning, while everyone was still busy with breakfast, {hero} heard a small, hopeful "
        "voice calling from somewhere nearby"
    ),
    "That afternoon, someone came shyly up to {hero}": (
        "That afternoon, someone came shyly up to {hero}, looking as though there was something very "
        "important to ask"
    ),
    "One day, {hero} noticed someone sitting all alone": (
        "One day, {hero} noticed someone sitting all alone, a little apart from everybody else, "
        "looking hopeful and a little sad"
    ),
    "Soon after, {hero} heard a little sigh": (
        "Soon after, {hero} heard a little sigh, the kind of sigh somebody makes when wishing very "
        "hard for something"
    ),
    "{hero} listened carefully": ("{hero} listened carefully to every word, without interrupting once"),
    "{hero} wanted to help at once": (
        "{hero} wanted to help at once, because nobody should have to wait forever for a wish"
    ),
    "Such a wish deserved to come true": (
        "Such a wish deserved to come true, and {hero} decided then and there to make sure that it did"
    ),
    "{hero} and {friends} smiled at each other": (
        "{hero} and {friends} smiled at each other, because they were all thinking exactly the same thing"
    ),
    "Maybe they could help": ("Maybe, if they all worked together, they could help"),
}
"""A chapter book's (ages 9-12) own sentence for a short clause of a plot beat (see writer.py)."""
