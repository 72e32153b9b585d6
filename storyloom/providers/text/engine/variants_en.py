"""Other ways to tell the English pool phrases (see variants.py)."""

from __future__ import annotations

VARIANTS: dict[str, tuple[str, ...]] = {
    # THREADS: the riddle
    '{pal} had a riddle that nobody had ever solved: "What gets bigger the more you take away?"': (
        '{pal} had been saving up a riddle that had beaten everybody so far: "What gets bigger the more you '
        'take away?"',
    ),
    "{hero} had been trying to guess the answer for days, without any luck": (
        "For days {hero} had puzzled over it, and every guess had been wrong",
    ),
    '"Is it a shadow?" guessed {hero}, but {pal} only smiled mysteriously and said nothing': (
        '"A shadow?" tried {hero}, and {pal} just shook {their} head with a secretive grin',
    ),
    "Even while they were busy, {hero} kept turning the riddle over and over in {their} mind": (
        "Busy or not, a corner of {hero}'s mind never stopped chewing on that riddle",
    ),
    "{hero} was beginning to suspect that {pal}'s riddle had no answer at all": (
        "{hero} started to wonder whether {pal} had made the riddle up just to be mischievous",
    ),
    '"I still have not forgotten your riddle," {hero} warned {pal}': (
        '"Do not think I have given up on that riddle," {hero} told {pal} sternly',
    ),
    "{pal} clapped with delight, because after all those days the riddle had finally been solved": (
        "{pal} cheered, because at long last somebody had cracked the riddle",
    ),
    # THREADS: the bracelet
    "{hero} planned to finish it secretly, one knot at a time, whenever nobody was watching": (
        "The plan was to add a knot here and a knot there, always in secret, until it was done",
    ),
    "Whenever {pal} looked the other way, {hero} quickly tied another knot in the secret bracelet": (
        "The moment {pal} turned away, another knot went into the secret bracelet",
    ),
    "The bracelet was growing longer, with stripes of every colour {hero} could find": (
        "Stripe by stripe, the secret bracelet was turning into a small rainbow",
    ),
    "{hero} checked {their} pocket again, just to make sure the bracelet was still safely hidden": (
        "Every so often {hero} patted {their} pocket to feel the bracelet hidden inside",
    ),
    "Only a few knots were left now, and {hero} could hardly wait": (
        "Just a handful of knots to go, and the surprise would be ready",
    ),
    "The bracelet stayed on {pal}'s wrist all night, and {hero} fell asleep smiling about it": (
        "{pal} would not take the bracelet off even to sleep, and {hero} drifted off with a happy grin",
    ),
    # THREADS: the whistle
    "{pal} tried to whistle again, and produced something that sounded like a tired balloon": (
        "Another whistle attempt came out as a wheezy hiss, like a kettle that had lost interest",
    ),
    "Every now and then a tiny, hopeful whistle-like squeak came from {pal}'s direction": (
        "From time to time a hopeful little squeak escaped from {pal}, almost a whistle but not quite",
    ),
    "{hero} noticed that {pal} was practising quietly, whenever nobody seemed to be listening": (
        "{pal} kept practising in secret, puffing softly whenever the others were busy",
    ),
    "The squeaks were getting better, and {hero} gave {pal} an encouraging thumbs-up": (
        "The squeaks were definitely improving, and {hero} said so, which made {pal} beam",
    ),
    "Everybody cheered, and {pal} looked prouder than {hero} had ever seen before": (
        "The cheer that followed was enormous, and {pal} glowed with pride from ear to ear",
    ),
    "From somewhere in the dark came one last, very quiet, very proud little whistle": (
        "Just before sleep, a soft, proud whistle floated through the darkness",
    ),
    # THREADS: the map
    "{hero} carried a small notebook everywhere, for drawing a map of every place they explored": (
        "In {hero}'s bag was a little notebook, kept for mapping every place worth exploring",
    ),
    "Today the first page was still completely empty, and {hero} was determined to fill it": (
        "Its first page was blank so far, and {hero} meant to change that today",
    ),
    "{hero} paused to add a few careful lines to the map in {their} notebook": (
        "{hero} stopped long enough to sketch the path they had taken so far",
    ),
    "The map now had arrows, question marks and three little stars": (
        "By now the page was crowded with arrows, question marks and a few small stars",
    ),
    "{hero} drew their route so far, and was surprised by how far they had already come": (
        "Looking at the map, {hero} could hardly believe how much ground they had covered",
    ),
    "{pal} added a tiny self-portrait in the corner of the map, which made {hero} laugh": (
        "{pal} squeezed a tiny self-portrait into one corner of the map, and {hero} giggled",
    ),
    "It was the best map {hero} had ever made, and they decided to hang it on the wall": (
        "Nobody had ever made a finer map, they agreed, and it would go on the wall at home",
    ),
    "The map was waiting on the wall, with plenty of space left for the next adventure": (
        "On the wall hung the map, its edges still empty, ready for wherever they went next",
    ),
    # THREADS: the straight face
    "{pal} had made a bet that {hero} could not keep a straight face for a whole day": (
        "{pal} had bet that {hero} would not last a single day without laughing",
    ),
    "{hero} had accepted at once and put on the most serious face anybody had ever seen": (
        "{hero} took the bet immediately and pulled on a face as solemn as a judge's",
    ),
    "{hero}'s serious face wobbled for a moment, but it held": (
        "For a second the corners of {hero}'s mouth twitched, but the serious face survived",
    ),
    "{pal} whispered a joke about a hiccupping ghost, and {hero} pretended to cough": (
        "{pal} muttered something about a penguin in a bathtub, and {hero} had to fake a sneeze",
    ),
    "Twice {hero} almost giggled, and twice {hero} turned the giggle into a sneeze": (
        "More than once a giggle nearly escaped, and each time {hero} disguised it as a cough",
    ),
    "{pal} was running out of tricks, but not out of hope": (
        "{pal} had almost no silly ideas left, yet refused to admit defeat",
    ),
    "Even while falling asleep, {hero} was still chuckling about that silly little dance": (
        "The memory of that ridiculous dance kept {hero} chuckling all the way into sleep",
    ),
    # THREADS: counting laughs
    "{pal} had decided to count every single laugh of the day": (
        "{pal} had announced a plan to keep a tally of every laugh from morning to night",
    ),
    "{hero} thought it was a wonderful idea and promised to help keep count": (
        "{hero} loved the idea and offered to be the official second counter",
    ),
    '"That makes three laughs already," {pal} announced proudly': (
        '"Laugh number three," {pal} reported, as proud as if {pal} had won a prize',
    ),
    "{hero} lost count for a moment, but {pal} had not, of course": (
        "{hero} had long since lost track, but {pal} still knew the exact number",
    ),
    "Even at the hardest moment, {pal} counted one small, brave laugh": (
        "Even when things looked bleak, somebody managed a little laugh, and {pal} counted it",
    ),
    "Every now and then {pal} whispered the new number, just so nobody forgot": (
        "Now and again {pal} murmured the latest total, to keep everyone up to date",
    ),
    # MOMENTS: calm
    "Time seemed to slow down, as it sometimes does on the very best kind of day": (
        "The minutes stretched out lazily, the way they only do on a really good day",
    ),
    "{friends} had already started discovering interesting things in every direction": (
        "{friends} kept finding something new to look at wherever they turned",
    ),
    "Everything around them looked peaceful, as if nothing could possibly go wrong": (
        "All around them lay a gentle calm, and trouble felt a hundred miles away",
    ),
    "It was the sort of place that makes you want to stay much longer than you planned": (
        "Some places make you forget to leave, and this was one of them",
    ),
    "Nobody was in a hurry, and that made everything feel even more special": (
        "With no reason to rush, each little thing felt like a small treasure",
    ),
    "There were so many interesting things to look at that it was hard to know where to start": (
        "Wherever they looked, something asked to be looked at properly",
    ),
    "For once there was nothing to solve, nothing to find and nowhere in particular to be": (
        "Just then there were no jobs, no puzzles and no one waiting for them anywhere",
    ),
    "It was quiet enough to hear their own footsteps, and even their own thoughts": (
        "In the hush, every footstep sounded clear, and thinking felt easy",
    ),
    "Everybody seemed to be in a particularly good mood, and good moods are contagious": (
        "Cheerfulness spread from one of them to the next, the way yawns do",
    ),
    "It felt like the beginning of something, although nobody could have said exactly what": (
        "There was a feeling in the air that something was about to start",
    ),
    "Somebody was humming a cheerful tune, and before long everyone was humming along": (
        "A bright little tune began with one voice and soon had joined them all together",
    ),
    "The hours seemed to pass in minutes, the way they always do when you are having fun": (
        "Fun has a way of gobbling up time, and the morning simply flew",
    ),
    "For a little while, nobody said anything at all": ("A comfortable silence settled over them",),
    "It was a friendly kind of quiet, the kind that needs no words": (
        "Nobody felt the need to fill it, and that was part of the pleasure",
    ),
    "They took their time and looked around properly": ("They slowed right down and let their eyes wander",),
    "There was so much more to see when nobody was in a rush": (
        "Going slowly, they spotted things they would have rushed straight past",
    ),
    # MOMENTS: worried
    "For a long moment nobody moved, and nobody knew what to say": (
        "Everyone stood frozen, searching for words that would not come",
    ),
    "Even the smallest sound seemed loud in that heavy silence": (
        "In the stillness, the faintest rustle sounded like a shout",
    ),
    "The cheerful mood of the morning had vanished as quickly as a soap bubble": (
        "The morning's good spirits had popped and disappeared",
    ),
    "Everyone was thinking the same thing, but nobody wanted to say it first": (
        "The same worry sat in every head, waiting for someone brave enough to say it",
    ),
    "The way ahead suddenly seemed much longer than before": (
        "All at once the path in front of them looked endless",
    ),
    "Every step felt a little heavier than the one before it": (
        "Their feet dragged as if their shoes had filled with sand",
    ),
    "All the cheerful plans of the morning seemed very far away now": (
        "The bright ideas of breakfast time felt as if they belonged to another day",
    ),
    "Nobody could quite remember why it had all seemed so easy": (
        "Nobody could work out how any of it had ever looked simple",
    ),
    "For a while the only sound was their own slow breathing": (
        "For some time they simply stood there and listened to themselves breathe",
    ),
    "Nobody wanted to be the first to say what they were all thinking": (
        "The thought hung between them, and nobody dared put it into words",
    ),
    # MOMENTS: busy
    "They had already been searching for a long time, and there was still a long way to go": (
        "A good part of the day had gone already, and there was still a long way ahead of them",
    ),
    "Every few steps, somebody stopped to check that everyone was still together": (
        "Now and then they counted heads, just to be sure nobody had wandered off",
    ),
    "Things were not turning out the way anybody had expected, but nobody was ready to give up": (
        "Nothing was going to plan, yet quitting was the last thing on anyone's mind",
    ),
    "The further they went, the stranger and more interesting everything became": (
        "With every stretch of the way, the world around them grew odder and more wonderful",
    ),
    "Somewhere ahead was the answer they needed, if only they could find it": (
        "The answer was out there somewhere, hiding, waiting for sharp eyes",
    ),
    "Small discoveries kept them going, even when the big one seemed far away": (
        "Little finds along the way gave them fresh heart when the goal felt distant",
    ),
    "Nobody could remember exactly how long they had been walking, but it felt like ages": (
        "They had lost all track of time, and their legs were beginning to say so",
    ),
    "Each of them noticed different things, and together they noticed almost everything": (
        "What one of them missed, another spotted, so between them very little slipped by",
    ),
    "Little by little, the unfamiliar place was beginning to feel a bit more familiar": (
        "Bit by bit, the strange surroundings began to feel like somewhere they knew",
    ),
    "Every question seemed to lead to another question, which is how real explorers learn": (
        "Each answer opened up a new question, and that, real explorers say, is how you learn",
    ),
    "Their plan kept changing, but changing a plan is not the same as giving up": (
        "They changed their plan again and again, which is a very different thing from quitting",
    ),
    "Now and then somebody had a new idea, and everybody stopped to listen": (
        "Whenever a fresh idea popped up, they all paused to hear it out",
    ),
    "They talked in quick, excited whispers as they went": (
        "On they went, whispering eagerly to one another",
    ),
    "Every idea seemed worth trying at least once": ("No suggestion was too strange to be given a go",),
    # MOMENTS: glad
    "For a moment everybody simply stood still, hardly able to believe it": (
        "At first nobody moved, as if it might all vanish if they blinked",
    ),
    "Soon everybody was talking at once, telling the story of the day from the beginning": (
        "In no time they were all chattering together, going over the day from its first moment",
    ),
    "Each of them remembered it a little differently, which made it even funnier": (
        "No two of them told it quite the same way, and that made everybody giggle",
    ),
    "The whole place seemed to celebrate with them": (
        "It was as if the place itself was joining in the joy",
    ),
    "Even the things that had seemed difficult that morning now looked friendly and familiar": (
        "What had looked hard and strange at breakfast now seemed kind and welcoming",
    ),
    "Everyone wanted to hear the whole story again, right from the start": (
        "They begged each other to tell it all over again from the very beginning",
    ),
    "It felt as if the whole day had been holding its breath and could finally let it out": (
        "The day gave a great sigh of relief, and so did everyone in it",
    ),
    # FEELINGS: calm
    "{hero} felt calm and curious, the way you feel at the beginning of a good book": (
        "{hero} felt quietly curious, like someone turning to the first page of a new story",
    ),
    "Anything could happen next, and that thought was exciting rather than frightening": (
        "Whatever came next, {hero} was ready to meet it with a smile",
    ),
    "Days like this one were rare, and {hero} wanted to enjoy every minute of it": (
        "Such days did not come along often, and {hero} meant to make the most of this one",
    ),
    "{hero} felt lucky to have such good company": ("{hero} was glad not to be on {their} own today",),
    "Exploring alone would have been interesting, but exploring together was much better": (
        "Everything is more fun when there is somebody to share it with",
    ),
    "There was time to look closely, to listen, and to wonder about things": (
        "There were minutes to spare for watching, listening and daydreaming",
    ),
    "{hero} felt wonderfully light, as if walking for miles would be easy": (
        "{hero}'s feet felt springy, as if they could carry {hero} anywhere",
    ),
    "It was impossible to feel gloomy in such cheerful company": (
        "Nobody could stay grumpy with friends like these around",
    ),
    "Even small things, like a funny noise or an interesting shape, seemed worth stopping for": (
        "A strange pebble, a funny sound: every little thing deserved a closer look",
    ),
    "It is a good feeling, being exactly where you want to be with exactly the right company": (
        "There is nothing quite like being in the right place with the right friends",
    ),
    # FEELINGS: worried
    "{hero} felt a heavy knot of worry somewhere in the middle of {their} chest": (
        "Worry sat in {hero}'s chest like a stone that would not budge",
    ),
    "It was the kind of worry that makes your thoughts run around in circles": (
        "Round and round went {hero}'s thoughts, getting nowhere at all",
    ),
    "Everything had seemed so simple that morning, and now nothing was simple at all": (
        "The morning had been easy, but the afternoon had turned into a tangle",
    ),
    "Disappointment sat on {hero} like a heavy coat": (
        "{hero}'s shoulders drooped under the weight of disappointment",
    ),
    "Still, a small stubborn voice inside insisted that this was not the end of the story": (
        "Yet somewhere deep down, a tiny voice kept saying that the story was not over yet",
    ),
    "It was the feeling you get when you do not know how something will end": (
        "Not knowing how things would turn out was the hardest part",
    ),
    # FEELINGS: busy
    "It was frightening and thrilling at the same time, which is often how adventures feel": (
        "Part of {hero} wanted to run home and part wanted to rush ahead, and adventures are often like that",
    ),
    "What was waiting further on, and would it help them or make things harder": (
        "There was only one way to learn whether the next bend would bring help or fresh trouble",
    ),
    "Detectives notice the small things that everybody else walks straight past": (
        "The tiniest clue can matter, and good detectives never ignore one",
    ),
    "Perhaps bravery is something that grows whenever you need it": (
        "Courage, it seemed, turned up just when it was needed most",
    ),
    # SHAPE_MOMENTS: lost
    "Now and then somebody thought they had found a clue, and everybody hurried to look": (
        "Every so often a shout went up about a possible clue, and they all rushed over",
    ),
    "Every time a hiding place turned out empty, somebody crossed it off the list": (
        "One by one, the empty hiding places were struck from their list",
    ),
    "Somebody made up a searching song, and it was terrible, and everybody sang it": (
        "Someone invented a song for searching, a truly dreadful one, and they all joined in anyway",
    ),
    "Every corner got checked twice, and some corners got checked three times": (
        "No nook was looked at only once, and a few were inspected over and over",
    ),
    "Somebody suggested retracing their steps, and somebody else had already started": (
        "Going back the way they had come seemed wise, and one of them was already doing it",
    ),
    "The list of places where it was not grew longer and longer": (
        "Their list of wrong places kept on growing",
    ),
    "Each empty hiding place made the next one seem more promising": (
        "With every empty spot, the remaining ones looked a little more hopeful",
    ),
    # SHAPE_MOMENTS: broken
    "Somebody hummed while they worked, and the work seemed to go faster": (
        "A tune drifted along with the work, and the minutes went quicker for it",
    ),
    "Every few minutes somebody stepped back to see how it looked": (
        "From time to time they all stood back to judge their progress",
    ),
    "There were a few small setbacks, but nobody let them spoil the mood": (
        "Things went wrong once or twice, yet the good mood survived",
    ),
    "Every little piece was laid out neatly, so that nothing could go missing": (
        "All the bits were lined up in tidy rows, where none of them could get lost",
    ),
    "The mending went slowly, one careful step after another": (
        "Fixing it was a slow business, done with great care",
    ),
    "Now and then something creaked or wobbled, and everybody held their breath": (
        "Whenever something shifted or groaned, they all went perfectly still",
    ),
    "Bit by bit, the broken thing was starting to look like itself again": (
        "Slowly the damage was disappearing, and the old shape was coming back",
    ),
    # SHAPE_MOMENTS: need
    "Every kind word seemed to make a difference, however small": (
        "Even the gentlest word of comfort seemed to help a little",
    ),
    "Somebody shared what they had, and somebody else offered to keep watch": (
        "One of them gave what they had brought, and another stood guard",
    ),
    "It was slow work, the kind that cannot be hurried": ("Nothing about it could be rushed",),
    "Helping someone, they discovered, means listening as much as doing": (
        "Being a good helper, they learned, is half listening and half doing",
    ),
    "Everybody moved a little more gently than usual": ("They all moved softly and carefully",),
    "Nobody talked loudly now, in case somebody small was listening": (
        "Their voices dropped to murmurs, so as not to frighten anyone little",
    ),
    "The more they helped, the more they wanted to help": (
        "Helping turned out to be catching: each bit of it made them want to do more",
    ),
    # SHAPE_MOMENTS: fear
    "Every little noise made somebody jump, and then everybody laughed at the jumping": (
        "At each small sound someone leapt in the air, and then they all giggled about it",
    ),
    "Slowly, very slowly, the scary place was coming closer": (
        "Inch by inch, the place they were afraid of drew nearer",
    ),
    "Nobody went first and nobody stayed behind, so they went side by side": (
        "They walked in a row, shoulder to shoulder, so that no one had to lead",
    ),
    "Every shadow looked a little bigger than it probably was": (
        "The shadows seemed to stretch taller than they had any right to",
    ),
    "They stayed so close together that their elbows kept bumping": (
        "They huddled so tightly that they kept treading on each other's toes",
    ),
    "Nobody mentioned the wobbly feeling inside, but everybody had it": (
        "Each of them had butterflies, though none of them said so",
    ),
    "Each small brave step made the next one a tiny bit easier": (
        "One bold little step made the following one less frightening",
    ),
    # SHAPE_MOMENTS: wish
    "Everybody worked on a different part, and slowly the parts came together": (
        "Each of them took a piece of the job, and little by little the pieces joined up",
    ),
    "There was a lot of whispering, because wishes like to stay secret until they come true": (
        "They spoke in hushed voices, since a wish is best kept secret until it is granted",
    ),
    "Somebody kept asking if it was ready yet, and the answer was always almost": (
        '"Is it ready?" someone asked again and again, and every time the reply was "nearly".',
    ),
    "Making somebody else's wish come true turned out to be a lot of work": (
        "Granting a wish for someone else was much harder work than anyone had guessed",
    ),
    "Everybody had an idea, and some of the ideas were even useful": (
        "Ideas came from every side, and a few of them were actually good",
    ),
    "Nobody said it, but they were all imagining the happy ending": (
        "Silently, every one of them was already picturing how happy it would end",
    ),
    "The plan grew bigger and better every time somebody added to it": (
        "Each time someone chipped in, the plan became grander",
    ),
    # SHAPE_MOMENTS: glad
    "Everybody wanted to see the find up close, to be sure it was real": (
        "They crowded round to look properly, to make sure they were not dreaming",
    ),
    "The search was over, and suddenly everybody was very hungry": (
        "With the hunt finished, every tummy began to rumble at once",
    ),
    "Everybody wanted a turn to check that it all held, one after another": (
        "One after another, they each tested it to be certain it would hold",
    ),
    "Somebody said it was even better than before, and nobody disagreed": (
        "It looked finer than it ever had, they all agreed",
    ),
    "Everybody was smiling now, even those who had been frightened before": (
        "Smiles had appeared on every face, even the ones that had been pale with worry",
    ),
    "Somebody said thank you, and then everybody said thank you to everybody else": (
        "Thank-yous went round and round until everyone had thanked everyone",
    ),
    "Everybody talked at once about the moment they had been most scared": (
        "They all chattered together about the instant they had felt most afraid",
    ),
    "The place that had seemed so scary now looked almost friendly": (
        "The spot that had frightened them so much now seemed almost welcoming",
    ),
    "For a moment nobody said anything, because the happy ending needed no words": (
        "For a little while they simply looked, because words were not needed",
    ),
    "Then everybody cheered at once, and the cheering went on and on": (
        "Then a great cheer burst out of them all and would not stop",
    ),
    # SHAPE_FEELINGS: reasons
    "Every clue mattered, even the ones that led nowhere": (
        "Even a clue that leads nowhere tells you where not to look",
    ),
    "Searching is slow, and {hero} wanted an answer right now": (
        "Hunting for something takes ages, and waiting was never {hero}'s strong point",
    ),
    "Losing a thing you love is one of the worst feelings there is": (
        "Few things feel as bad as missing something you are fond of",
    ),
    "Eyes learn to notice things when you give them enough practice": (
        "The more you look, the better your eyes get at it",
    ),
    "Picturing it did not bring it back, but it did bring new ideas": (
        "Imagining it would not make it reappear, yet it sparked a few fresh thoughts",
    ),
    "Everything is somewhere, and somewhere can be found": (
        "A thing cannot be nowhere, so it had to be waiting in some place or other",
    ),
    "The very next place might be the right one": (
        "Perhaps the answer was waiting just around the next corner",
    ),
    "Small successes add up, one after another": ("Lots of little wins make one big one in the end",),
    "Breaking takes a second, and fixing can take all day": (
        "Something can break in a blink and still need hours to mend",
    ),
    "Inventors make mistakes too, and then they try again": (
        "Even famous inventors get things wrong before they get them right",
    ),
    "It was the good kind of tiredness, the kind that comes from making things": (
        "Tired hands from useful work are nothing to complain about",
    ),
    "Each piece that fitted made the next one easier": (
        "Every part that slotted into place showed where the next should go",
    ),
    "Careful hands, {hero} decided, were better than quick ones": (
        "Slow and careful, {hero} decided, would beat fast and sloppy",
    ),
    "Mending, it turned out, needed both thinking and trying": (
        "Fixing things, it seemed, took a busy head as well as busy hands",
    ),
    "Broken things do not mend in a hurry": ("No repair worth doing is ever done in a rush",),
    "Being gentle, in the end, is a kind of strength": (
        "Gentleness, {hero} was learning, takes a strong heart",
    ),
    "What would have happened if nobody had come along?": (
        "It was hard not to wonder how things would have gone if nobody had come to help",
    ),
    "There is no better feeling than knowing you are making a difference": (
        "Knowing you have helped is one of the best feelings in the world",
    ),
    "Sometimes kindness makes you want to cry a little, in a good way": (
        "Kindness can make your eyes prickle, even when you are happy",
    ),
    "Nobody should be left alone with a problem": ("Troubles are always lighter when they are shared",),
    "Somebody needed them, and that mattered more than anything": (
        "Being needed made everything else seem unimportant",
    ),
    "Kindness would have to do the explaining instead": (
        "Gentle deeds would have to speak instead of words",
    ),
    "Looking after someone smaller does that to you": ("Caring for someone little makes you feel bigger",),
    "It was not a nice feeling, but it did not last": ("Luckily, that horrible feeling soon passed",),
    "Songs are very good at keeping fears quiet": ("A tune, even a silent one, can keep fear at a distance",),
    "Then {hero} remembered that small people can be very brave": (
        "Then {hero} remembered that courage does not depend on size",
    ),
    "Staying won, and {hero} was proud of that": ("In the end {hero} stayed, and felt proud of it",),
    "Being brave does not mean your knees stop wobbling": (
        "Brave people have wobbly knees too; they just keep walking",
    ),
    "Curiosity was winning, but only just": ("Curiosity was ahead, though by a whisker",),
    "Letting it out slowly made the fear shrink a little": (
        "Breathing out very slowly squeezed some of the fear away",
    ),
    "Fears seem to grow when you hide from them and shrink when you look at them": (
        "Look a fear in the face and it often turns out smaller than it seemed",
    ),
    "There were a hundred ways to make a wish come true, and {hero} wanted to try them all": (
        "So many ways to grant a wish, and {hero} longed to try every one",
    ),
    "Wishes take time, and {hero} wanted this one to come true today": (
        "Waiting for a wish is hard, and {hero} hoped this one would not take long",
    ),
    "Not everybody gets to help a wish along": ("Helping a wish come true is a rare job",),
    "Making a wish come true felt almost better than having one of your own come true": (
        "Granting a wish for someone else felt nearly as good as getting your own",
    ),
    "Making a wish come true is a kind of everyday magic": (
        "Helping a wish along is the closest thing to real magic",
    ),
    "That picture kept {hero} going whenever things got difficult": (
        "Whenever the work got hard, {hero} thought of those happy faces",
    ),
    "It was a surprisingly nice feeling": ("It turned out to be a lovely feeling",),
    "Hoping was not enough, though, so {hero} kept working": (
        "But hoping alone would not do it, so {hero} carried on working",
    ),
    # SHAPE_EXCHANGES: what follows the exchange
    "Nobody knew the answer, but it was a funny question to think about": (
        "It was a puzzling question, and a funny one, and nobody could answer it",
    ),
    "It was not the right thing, only something that looked a little like it from far away": (
        "From a distance it had fooled them, but up close it was something else entirely",
    ),
    "{friend} was not sure that luck worked like that, but was willing to try": (
        "{friend} doubted that luck counted the tries, but agreed to give it a go",
    ),
    "After that, everybody looked a little more carefully": (
        "From then on, every pair of eyes searched more closely",
    ),
    "So they went back over the whole morning, one hour at a time": (
        "Step by step, they walked back through everything that had happened since breakfast",
    ),
    "It turned into a kind of game, and the game made the searching easier": (
        "Searching became a sort of game after that, and games are never as tiring",
    ),
    "{friend} looked relieved and stayed right at {hero}'s side": (
        "{friend} was clearly glad to hear it and did not stray a single step from {hero}",
    ),
    "From then on, nobody they passed escaped a polite question or two": (
        "After that, everyone they met was asked, very politely, whether they had seen it",
    ),
    "It sounded silly, but it was the most useful idea anyone had had so far": (
        "It was a strange plan, yet it turned out to be their best one yet",
    ),
    "{friend} laughed, but had to agree that it was true": (
        "That made {friend} giggle, but it was hard to argue with",
    ),
    "It did, and for a moment they both felt terribly clever": (
        "It fitted perfectly, and they both felt very pleased with themselves",
    ),
    "There was something comforting about that answer": (
        "Somehow, hearing that made everything feel better",
    ),
    "Taking turns made the work slower, but much more fun": (
        "Sharing the work meant it went slower, and it was also far more enjoyable",
    ),
    "{friend} nodded and promised to be very patient indeed": (
        "{friend} nodded firmly and vowed to be the most patient helper ever",
    ),
    "Working in order made the whole job look much less frightening": (
        "Doing one thing at a time made the big job seem much smaller",
    ),
    "It was exactly like that, and the next piece slid neatly into place": (
        "That was just right, and the following part clicked into its spot",
    ),
    "Undoing took a while, but the second try went much better": (
        "Taking it apart again was slow, but their next attempt worked far better",
    ),
    "So they looked closely at every crack and every loose piece": (
        "They studied each crack and wobbly bit as carefully as detectives",
    ),
    "Waiting patiently turned out to be a kind of helping too": (
        "Sometimes, they found, simply being there and waiting is a way of helping",
    ),
    "They decided to help with all three, just in case": (
        "To be safe, they made up their minds to help with all of it",
    ),
    "So they introduced themselves, very softly and very politely": (
        "They said who they were in their gentlest and most polite voices",
    ),
    "It was strange to think how nearly they had passed by without seeing anything": (
        "They had almost walked straight past, and that was an odd thought",
    ),
    "They came closer, making themselves as small and gentle as they could": (
        "Slowly they crept nearer, trying to look as small and friendly as possible",
    ),
    "It felt good to know that the first step was already behind them": (
        "Knowing they had already begun made the rest seem possible",
    ),
    "That seemed sensible to everyone": ("Everyone agreed that this was a wise plan",),
    "After that, nobody needed to be told to be kind": (
        "From then on, kindness came without anyone asking for it",
    ),
    "They took that promise very seriously, the way real helpers do": (
        "It was a serious promise, and they meant to keep it like true helpers",
    ),
    "That was a possibility nobody had thought about": ("Nobody had even considered that before",),
    "And they did stay close, from the beginning to the end": (
        "And so they did, never more than a step apart the whole way",
    ),
    "{friend} had never thought of it that way before": ("That was a brand new idea for {friend}",),
    "Joking did not make the fear go away, but it made it smaller": (
        "The jokes could not chase the fear off, but they did shrink it",
    ),
    "{friend} thought about that for a long time": (
        "Those words stayed in {friend}'s head for a good while",
    ),
    "Saying it out loud made it sound much less terrible": (
        "Once it had been said, it did not seem nearly so dreadful",
    ),
    "The laughing helped far more than the counting": ("The giggles did more good than any number could",),
    "Somehow it was easier to be frightened together than alone": (
        "Being scared side by side turned out to be much easier than being scared alone",
    ),
    "Not knowing, they decided, was worse than finding out": (
        "Wondering for ever, they agreed, would be worse than looking",
    ),
    "After that, the wish did not seem quite so enormous": ("Suddenly the wish looked a size smaller",),
    "Everybody agreed that the surprise was the best part": (
        "Nobody could argue: the surprise was what mattered most",
    ),
    "Keeping a happy secret is harder than it sounds": (
        "A happy secret is one of the hardest things to keep",
    ),
    "Just thinking about it made them work a little faster": (
        "Picturing those faces made their work go quicker",
    ),
    "And helping was exactly what they had decided to do": ("Which was just what they intended to do",),
    "{friend} had to admit that this was true": ("{friend} could not find anything wrong with that",),
    "Nobody needed to be told twice": ("At once, they all got busier",),
    "It was the kindest answer {hero} had ever heard": (
        "{hero} thought that was the kindest reply in the world",
    ),
    "Inventing, luckily, was one of the things they did best": (
        "Luckily, making things up as they went along was one of their talents",
    ),
    # REFLECTIONS
    "{hero} wondered whether every great adventure felt this uncertain in the middle": (
        "Halfway through an adventure, {hero} thought, nobody ever knows how it will end",
    ),
    "Somewhere ahead, {goal} was waiting, and that thought kept {hero} going": (
        "The thought of {goal} waiting out there gave {hero} fresh strength",
    ),
    "{friend} noticed how carefully {hero} was thinking, and decided to stay close": (
        "{friend} could see {hero} thinking hard and quietly kept near",
    ),
    "It is strange how a single afternoon can feel as long as a whole week": (
        "Sometimes one afternoon holds as much as a whole week of ordinary days",
    ),
    "{hero} remembered something Grandma always said about patience and small steps": (
        "{hero} recalled that big things, as Grandma liked to say, are made of small steps",
    ),
    "The further they went, the more {hero} understood that the journey mattered too": (
        "Bit by bit, {hero} began to see that the way there counted as much as the end",
    ),
    "Nobody said it out loud, but everyone was a little nervous": (
        "Nobody admitted it, but a few knees were trembling",
    ),
    "{hero} made a list in {their} head of everything they had already tried": (
        "Silently, {hero} went over every idea they had already tested",
    ),
    "Every new sound made {friend} look around, curious and alert": (
        "At each fresh noise, {friend} turned to look, ears pricked",
    ),
    "At moments like this, {hero} liked to imagine what the explorers in storybooks would do": (
        "{hero} wondered what the heroes of {their} favourite books would try now",
    ),
    "The problem seemed enormous, but {hero} tried to think about it one piece at a time": (
        "{hero} decided to take the huge problem apart and think about one small bit after another",
    ),
    "{friend} hummed quietly, which usually meant an idea was on its way": (
        "A soft humming came from {friend}, and that nearly always meant a plan was coming",
    ),
    "{hero} thought about how different the morning had felt, and how much had happened since": (
        "The morning seemed a long way off now, after everything that had happened",
    ),
    "{friend} was being very patient, and {hero} was grateful for that": (
        "{hero} was thankful that {friend} never once hurried anybody",
    ),
    "Every step brought them a little closer, even when it did not feel like it": (
        "Even the steps that felt useless were carrying them nearer",
    ),
    "{hero} had a feeling that today would be a story worth telling later": (
        "{hero} suspected that this day would be told and retold for years",
    ),
    "It is funny how the hardest part of a problem is often just getting started": (
        "Beginning, {hero} noticed, is often the trickiest part of all",
    ),
    "{hero} tried to remember every detail, in case it turned out to be important": (
        "{hero} stored away every little detail, just in case one of them mattered",
    ),
    "Nobody complained, although everybody was a little tired": (
        "Tired legs or not, not a single grumble was heard",
    ),
    "{hero} kept turning the problem over and over in {their} mind": (
        "The problem went round and round in {hero}'s head like a marble in a bowl",
    ),
    "There was no hurry, {hero} decided, and careful was better than quick": (
        "Slow and steady, {hero} decided, would get them there",
    ),
    "{friend} kept glancing at {hero}, as if to check that everything was all right": (
        "Every now and then {friend} looked over to make sure {hero} was fine",
    ),
    # SHAPE_FEELINGS: glad, the reasons
    "After all that searching, letting go did not seem like a good idea": (
        "It had taken far too long to find to risk losing it again",
    ),
    "Lost things that come back are even more precious than before": (
        "Something that was missing and turns up again is worth twice as much",
    ),
    "Of course it had been teamwork, and {hero} knew it": (
        "Nobody could have done it alone, and {hero} said so",
    ),
    "The long search was over at last": ("All that hunting had finally come to an end",),
    "You could hardly see anything now": ("Only someone who knew where to look would notice the repair",),
    "Mending something with your own hands is a special kind of happy": (
        "Few things feel as good as fixing something yourself",
    ),
    "All that careful work had been worth it": ("Every slow, patient minute had paid off",),
    "Broken had turned into whole again, and that felt like magic": (
        "What had been in pieces was in one piece again, and that seemed almost magical",
    ),
    "Making someone else happy is a very special kind of happiness": (
        "The joy of making somebody else smile is a joy all of its own",
    ),
    "Kindness always finds its way back": ("Kindness has a habit of coming home again",),
    "Nobody had asked them to help, but they had helped anyway": (
        "They had helped without being asked, and that made it even better",
    ),
    "Everyone was safe and happy, and that was all that mattered": (
        "All that counted now was that everybody was safe and smiling",
    ),
    "Facing a fear changes you a little, and for the better": (
        "Looking a fear in the eye leaves you a little bigger inside",
    ),
    "From the other side it seemed almost silly": (
        "Now that it was behind them, it looked almost laughable",
    ),
    "It was the kind of feeling you would like to keep forever": (
        "{hero} wished that feeling could be kept in a jar for later",
    ),
    "Being brave is tiring, but it is worth it": ("Courage wears you out, and it is worth every bit",),
    "Maybe it had, and maybe they had made it themselves": (
        "Perhaps it had, and perhaps they were the ones who had made it",
    ),
    "A wish come true is even better when you helped it along": (
        "A wish you have helped to grant is the best kind of wish there is",
    ),
    "Happiness like that wants to dance": ("Joy that big simply has to get out through your feet",),
    "Seeing a wish come true was the loveliest thing {hero} had ever seen": (
        "Watching a wish come true was more beautiful than anything {hero} could remember",
    ),
    # THREADS: the payoffs
    'Suddenly {hero} stopped in the middle of everything and shouted, "A hole! The answer is a hole!"': (
        'All at once {hero} froze and cried out, "It is a hole! The more you dig, the bigger it gets!"',
    ),
    '"Do you know any other riddles?" {hero} asked before falling asleep, and {pal} promised a new one for '
    "tomorrow": (
        "With a yawn, {hero} asked {pal} for another riddle, and {pal} promised one first thing in the "
        "morning",
    ),
    "When the moment was right, {hero} took the finished bracelet out of {their} pocket and gave it to "
    "{pal}": ("At just the right moment, out came the finished bracelet, and {hero} handed it to {pal}",),
    '"You made this for me, all this time?" asked {pal}, and {pal} wore it proudly for the rest of the '
    "evening": ('"Is this what you were doing all day?" gasped {pal}, and put it on straight away, beaming',),
    "Then, in the middle of all the happiness, {pal} puckered up and whistled a clear, loud, perfect note": (
        "And right then, with everyone celebrating, {pal} whistled at last: one bright, clear, ringing note",
    ),
    "Afterwards, {hero} and {pal} finished the map together and drew a big golden star where the problem had "
    "been solved": (
        "Later, {hero} and {pal} completed the map side by side and marked the place of their success with "
        "a large gold star",
    ),
    "In the middle of all the cheering, {pal} did a tiny, very silly dance, and {hero} burst out laughing at "
    "last": (
        "Amid the celebrations, {pal} wiggled a ridiculous little dance, and {hero}'s serious face finally "
        "cracked into laughter",
    ),
    '"You win," giggled {hero}, and {pal} took a long, very grand bow': (
        '"All right, you win," {hero} spluttered, and {pal} bowed as low as a king\'s servant',
    ),
    "When everybody cheered at the end, {pal} gave up counting altogether, because there were far too many "
    "laughs": (
        "By the end, with everyone cheering, {pal} stopped counting, because the laughs had become "
        "uncountable",
    ),
    '"Too many to count," declared {pal}, "and that is the best number of all."': (
        '"More than I can count," {pal} announced, "which is the finest total there is."',
    ),
    "The very last laugh of the day was {hero}'s, small and sleepy, and {pal} counted that one too": (
        "Just before sleep, {hero} gave one small, drowsy chuckle, and {pal} added it to the tally",
    ),
    # EXCHANGES: what follows the exchange
    "They grinned at each other, because both of them already knew the answer": (
        "They swapped a smile: neither of them needed to say it",
    ),
    "For a while neither of them said another word, and the silence felt comfortable and warm": (
        "After that they just listened for a while, and the quiet was cosy",
    ),
    "{friend} laughed and promised to remember the question": (
        "{friend} chuckled and vowed to ask again at bedtime",
    ),
    "Sometimes the most important things are said in the fewest words": (
        "The things that matter most often need only a handful of words",
    ),
    "{hero} looked around slowly, trying to memorise every detail": (
        "{hero} took a long look, storing up every detail like a treasure",
    ),
    "{friend} told a story so ridiculous that they both had to hold their stomachs from laughing": (
        "The tale {friend} told was so absurd that they both ended up helpless with giggles",
    ),
    "That answer made {friend} giggle for a long time afterwards": (
        "{friend} could not stop giggling about that answer",
    ),
    "They argued happily about whether that was even possible": (
        "That started a cheerful argument about whether such a thing could be true",
    ),
    "{friend} rolled both eyes, but could not stop smiling": (
        "{friend} groaned, though the smile gave it away",
    ),
    "It sounded like an excellent plan to both of them": ("They both agreed that this was a splendid idea",),
    "{friend} laughed so hard that it took a long time to stop": (
        "{friend} laughed until it was hard to breathe",
    ),
    "That seemed like a perfectly reasonable argument to both of them": (
        "Neither of them could find a single thing wrong with that logic",
    ),
    "So they stopped, considered every possibility, and chose the path that seemed most sensible": (
        "They paused, weighed up each way, and picked the one that made the most sense",
    ),
    "They both laughed, and the laughter gave them enough energy to keep going": (
        "That made them both laugh, and laughing gave their legs fresh strength",
    ),
    "Moving slowly turned out to be exactly the right idea": (
        "Going carefully proved to be the wisest choice",
    ),
    "Somehow, listing everything out loud made the problem seem a little smaller": (
        "Saying it all aloud somehow shrank the problem a little",
    ),
    "So that is exactly what they did, and the snack definitely helped": (
        "They did just that, and the snack was a great help",
    ),
    "It turned out to be nothing important, but from then on they both paid much closer attention": (
        "It was nothing much, yet after that they both kept their eyes wide open",
    ),
    "{friend} explained the plan, and {hero} listened carefully to every part of it": (
        "{hero} heard the whole plan from {friend} without interrupting once",
    ),
    "{hero} understood that feeling completely": ("{hero} knew exactly what that was like",),
    "That was such a sensible answer that {friend} could not think of a single complaint": (
        "{friend} had to admit that it was a very wise reply",
    ),
    "They made the plan together, arguing cheerfully about the order of the steps": (
        "Together they worked out the plan, squabbling happily over which step came first",
    ),
    "Somehow the promise made the path ahead look a little less uncertain": (
        "After that promise, the way ahead seemed a little friendlier",
    ),
    "Explaining it out loud helped {hero} see one or two things that had been hidden before": (
        "Talking it through, {hero} noticed a couple of things that had been missed",
    ),
    "The minute turned into three, but nobody complained about it": (
        "The one minute stretched into three, and nobody minded",
    ),
    "It was not a very useful answer, but it did make them think harder": (
        "That did not help much, but it set them thinking again",
    ),
    # FEELINGS: busy and glad, the feelings
    "{hero} felt determined, even though nobody knew what would happen next": (
        "{hero} was set on carrying on, whatever came next",
    ),
    "A flutter of nervous excitement danced in {hero}'s stomach": (
        "{hero}'s tummy was full of jittery butterflies",
    ),
    "{hero} concentrated so hard that everything else seemed to disappear": (
        "{hero} thought so hard that the rest of the world went quiet",
    ),
    "Hope and doubt took turns inside {hero}'s head": ("{hero} swung between hoping and doubting",),
    "{hero} was tired, but not tired enough to give up": (
        "{hero}'s legs were weary, but {hero} was not finished yet",
    ),
    "Curiosity tugged at {hero} like an invisible string": ("Curiosity kept pulling {hero} onwards",),
    "{hero} felt a little nervous, but mostly impatient": (
        "{hero} was a bit jumpy, and even more eager to get on",
    ),
    "{hero} tried hard to think like a detective": ("{hero} switched on {their} best detective brain",),
    "A new idea began to grow in {hero}'s mind, slowly, like a seed": (
        "Slowly, like a seedling, a fresh idea was sprouting in {hero}'s head",
    ),
    "{hero} felt braver than usual, which was a pleasant surprise": (
        "To {hero}'s delight, courage seemed to have turned up out of nowhere",
    ),
    "{hero} felt a spark of stubborn hope": ("A stubborn little hope flickered in {hero}",),
    "{hero} was frustrated, but tried not to let it show": (
        "{hero} felt cross inside, but kept {their} face calm",
    ),
    "{hero} suddenly felt very grown up and responsible": ("All at once {hero} felt trusted and important",),
    "{hero} felt wide awake and ready for anything": ("Every bit of {hero} was alert and raring to go",),
    "A stubborn little spark kept {hero} going": (
        "Something small and determined inside {hero} would not give up",
    ),
    "{hero} felt a tingle of excitement": ("A thrill ran through {hero}",),
    "{hero} was a little out of breath, but happy": ("{hero} was puffing a bit, and smiling all the same",),
    "Happiness fizzed inside {hero} like lemonade": ("{hero} was bubbling over with joy",),
    "{hero} felt proud, but mostly relieved": ("Above all, {hero} felt relief, with a good dose of pride",),
    "{hero} could not stop smiling": ("A huge smile had taken over {hero}'s face",),
    "A wonderful lightness filled {hero} from head to toe": ("{hero} felt as light as a feather",),
    "{hero} felt like dancing, and after a while actually did": (
        "{hero}'s feet wanted to dance, and soon they were dancing",
    ),
    "Deep down, {hero} was amazed at how the day had turned out": (
        "{hero} could hardly believe how well the day had ended",
    ),
    "{hero} felt as light as a balloon": ("{hero} felt ready to float off into the sky",),
    "A big, warm glow spread through {hero}": ("{hero} glowed with happiness from the inside out",),
}
